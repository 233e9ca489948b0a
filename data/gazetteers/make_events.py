"""Generate events.tsv: recurring technology conferences, summits, meetup series
and hackathons (series names; editions such as "PyCon 2013" or "PyCon
Australia 2013" are built by the extractor). Hand-curated from general knowledge.

Run: /work/main/.venv/bin/python data/gazetteers/make_events.py
"""

from _gazlib import parse_table, write_tsv

# name ; aliases ; ambiguous ; wikidata
EVENTS = """
OpenStack Summit ; Openstack Summit|OpenStack Conference ; 0
OpenStack Design Summit ; Design Summit ; 0
Open Infrastructure Summit ; Open Infra Summit|OpenInfra Summit ; 0
OpenInfra Days ; OpenStack Days ; 0
OpenStack Operators Meetup ; Ops Meetup|OpenStack Ops Meetup ; 0
OpenStack Project Teams Gathering ; PTG|Project Teams Gathering ; 0
OpenStack Forum ; ; 0
OpenStack Silicon Valley ; ; 0
OpenStack Israel ; ; 0
OpenStack Day ; ; 0
Cloud Foundry Summit ; CF Summit ; 0
Cloud Foundry Days ; ; 0
PlatformCF ; ; 0
KubeCon ; KubeCon + CloudNativeCon|KubeCon+CloudNativeCon|KubeCon EU|KubeCon NA ; 0
CloudNativeCon ; ; 0
Kubernetes Community Days ; KCD ; 0
DockerCon ; Dockercon|DockerCon EU ; 0
ContainerCon ; ; 0
LinuxCon ; Linuxcon ; 0
Open Source Summit ; ; 0
Embedded Linux Conference ; ELC ; 0
Linux Plumbers Conference ; LPC|Linux Plumbers ; 0
Linux Foundation Collaboration Summit ; Collaboration Summit ; 0
CloudOpen ; ; 0
MesosCon ; ; 0
HashiConf ; ; 0
PuppetConf ; Puppetconf|Puppet Conf ; 0
Puppet Camp ; ; 0
ChefConf ; Chefconf|Chef Conf ; 0
Chef Summit ; Chef Community Summit ; 0
AnsibleFest ; Ansiblefest ; 0
SaltConf ; ; 0
DevOpsDays ; DevOps Days|Devopsdays|devopsdays ; 0
DevOps Enterprise Summit ; DOES ; 0
Velocity ; Velocity Conference|O'Reilly Velocity|Velocity Conf ; 1
Monitorama ; ; 0
SREcon ; SRECon ; 0
LISA ; Large Installation System Administration Conference|USENIX LISA ; 1
USENIX ATC ; USENIX Annual Technical Conference ; 0
OSDI ; ; 0
NSDI ; ; 0
SOSP ; ; 0
FAST ; USENIX FAST ; 1
Gluecon ; GlueCon|Glue Conference ; 0
Defrag ; ; 1
Cloud Connect ; ; 0
Cloud Expo ; CloudExpo ; 0
Interop ; Interop ITX|Interop Las Vegas ; 1
Structure ; GigaOM Structure|Gigaom Structure ; 1
Structure Data ; ; 0
CloudCamp ; ; 0
Cloud Computing Expo ; ; 0
re:Invent ; AWS re:Invent|reInvent|re:invent ; 0
AWS Summit ; AWS Summits ; 0
re:Inforce ; ; 0
Google I/O ; Google IO ; 0
Google Cloud Next ; Cloud Next|Google Next ; 0
Google Developer Day ; ; 0
DevFest ; ; 0
Microsoft Build ; Build ; 1
Microsoft Ignite ; Ignite ; 1
TechEd ; Microsoft TechEd|Tech Ed ; 0
MIX ; ; 1
PDC ; Professional Developers Conference ; 0
WWDC ; Apple Worldwide Developers Conference|Worldwide Developers Conference ; 0
VMworld ; VMWorld ; 0
VMware Explore ; ; 0
Red Hat Summit ; ; 0
Dreamforce ; ; 0
Oracle OpenWorld ; OpenWorld ; 0
JavaOne ; ; 0
IBM Think ; ; 0
IBM Impact ; ; 0
IBM Pulse ; ; 0
HP Discover ; ; 0
Cisco Live ; ; 0
EMC World ; ; 0
Dell EMC World ; ; 0
NetApp Insight ; ; 0
Citrix Synergy ; ; 0
Intel Developer Forum ; IDF ; 0
F8 ; Facebook F8 ; 0
Twitter Flight ; ; 0
SAP Sapphire ; SAPPHIRE NOW ; 0
Splunk .conf ; ; 0
SpringOne ; SpringOne Platform|SpringOne2GX ; 0
GopherCon ; Gophercon ; 0
dotGo ; ; 0
RustConf ; ; 0
RustFest ; ; 0
PyCon ; Pycon|PyCon US ; 0
PyCon Australia ; PyConAU ; 0
PyCon UK ; ; 0
PyCon Canada ; ; 0
PyCon India ; ; 0
PyCon APAC ; ; 0
PyCon JP ; ; 0
EuroPython ; ; 0
SciPy Conference ; ; 0
PyData ; ; 0
PyTexas ; ; 0
PyOhio ; ; 0
DjangoCon ; DjangoCon US|DjangoCon Europe ; 0
Kiwi PyCon ; ; 0
PyGotham ; ; 0
PyCascades ; ; 0
RailsConf ; Railsconf ; 0
RubyConf ; Rubyconf ; 0
Lone Star Ruby Conference ; LSRC ; 0
MountainWest RubyConf ; ; 0
Ruby on Ales ; ; 0
GoRuCo ; ; 0
Ruby Midwest ; ; 0
RubyKaigi ; ; 0
Euruko ; ; 0
Golden Gate Ruby Conference ; GoGaRuCo ; 0
Big Ruby ; ; 0
Keep Ruby Weird ; ; 0
Rocky Mountain Ruby ; ; 0
Madison Ruby ; ; 0
Cascadia Ruby ; ; 0
Steel City Ruby ; ; 0
ArrrrCamp ; ; 0
JSConf ; JSConf US|JSConf EU ; 0
NodeConf ; Nodeconf ; 0
Node Summit ; ; 0
Node.js Interactive ; ; 0
NodeConf EU ; ; 0
CascadiaJS ; ; 0
EmpireJS ; ; 0
Fluent ; Fluent Conference|O'Reilly Fluent ; 1
jQuery Conference ; jQCon ; 0
ng-conf ; ngconf ; 0
React Conf ; ; 0
ReactEurope ; ; 0
EmberConf ; ; 0
CSSConf ; ; 0
An Event Apart ; ; 0
SXSW ; South by Southwest|SXSW Interactive|SXSWi ; 0
SXSW Eco ; ; 0
Web Summit ; ; 0
Collision ; Collision Conference ; 1
TechCrunch Disrupt ; Disrupt ; 1
LeWeb ; ; 0
Web 2.0 Summit ; ; 0
Web 2.0 Expo ; ; 0
Google Developer Summit ; ; 0
CES ; Consumer Electronics Show ; 0
Mobile World Congress ; MWC ; 0
CeBIT ; ; 0
IFA ; ; 0
Computex ; ; 0
MacWorld ; Macworld ; 0
E3 ; Electronic Entertainment Expo ; 0
GDC ; Game Developers Conference ; 0
SIGGRAPH ; ; 0
QCon ; QCon San Francisco|QCon London|QCon New York ; 0
GOTO ; GOTO Conference|GOTO Amsterdam|GOTO Chicago ; 1
Devoxx ; ; 0
Strange Loop ; StrangeLoop ; 0
OSCON ; O'Reilly Open Source Convention|Open Source Convention ; 0
Strata ; Strata Conference|Strata + Hadoop World|Strata Data Conference ; 1
Hadoop World ; ; 0
Hadoop Summit ; DataWorks Summit ; 0
Spark Summit ; Spark + AI Summit|Data + AI Summit ; 0
Kafka Summit ; ; 0
Cassandra Summit ; ; 0
MongoDB World ; MongoDB Days ; 0
MongoSF ; ; 0
RedisConf ; ; 0
PGConf ; PGConf US|PGConf.EU ; 0
PGCon ; ; 0
Postgres Open ; ; 0
Percona Live ; ; 0
MySQL Conference ; ; 0
Elastic{ON} ; ElasticON ; 0
GraphConnect ; ; 0
Data Day Texas ; ; 0
Data Council ; ; 0
Big Data TechCon ; ; 0
NeurIPS ; NIPS ; 0
ICML ; ; 0
KDD ; SIGKDD ; 0
CVPR ; ; 0
ICLR ; ; 0
AAAI ; ; 0
ACL ; ; 1
EMNLP ; ; 0
SIGMOD ; ; 0
VLDB ; ; 0
ISWC ; International Semantic Web Conference ; 0
WWW Conference ; The Web Conference ; 0
SIGCOMM ; ; 0
ICSE ; ; 0
OOPSLA ; SPLASH ; 0
Supercomputing ; SC Conference ; 1
ISC High Performance ; ; 0
Grace Hopper Celebration ; Grace Hopper Celebration of Women in Computing|GHC|Grace Hopper Conference ; 0
Tapia Conference ; Tapia ; 0
AlterConf ; ; 0
Write the Docs ; ; 0
LibrePlanet ; ; 0
FOSDEM ; ; 0
SCALE ; Southern California Linux Expo|SCaLE ; 1
LinuxFest Northwest ; ; 0
Ohio LinuxFest ; ; 0
All Things Open ; ; 0
Texas Linux Fest ; ; 0
OpenWest ; ; 0
Open Source Bridge ; ; 0
linux.conf.au ; LCA ; 0
FOSS Asia ; FOSSASIA ; 0
DebConf ; ; 0
Ubuntu Developer Summit ; UDS ; 0
GUADEC ; ; 0
Akademy ; ; 0
Flock ; Fedora Flock ; 1
FUDCon ; ; 0
openSUSE Conference ; ; 0
ApacheCon ; Apachecon|ApacheCon North America|ApacheCon Europe ; 0
EclipseCon ; ; 0
Black Hat ; Black Hat USA|BlackHat ; 0
DEF CON ; DEFCON|Defcon ; 0
RSA Conference ; RSAC ; 0
BSides ; Security BSides|BSidesSF ; 0
Chaos Communication Congress ; CCC|Chaos Communication Camp ; 0
ShmooCon ; ; 0
DerbyCon ; ; 0
AppSec ; OWASP AppSec ; 0
Hackers on Planet Earth ; HOPE ; 0
Mobile World Congress Americas ; ; 0
Droidcon ; droidcon ; 0
360iDev ; ; 0
CocoaConf ; ; 0
iOSDevUK ; ; 0
Agile Alliance Conference ; ; 0
XP Conference ; ; 0
Lean Startup Conference ; ; 0
Business of Software ; ; 0
Mind the Product ; ; 0
ProductCamp ; ; 0
UX Week ; ; 0
Angelhack ; AngelHack ; 0
HackMIT ; ; 0
PennApps ; ; 0
TreeHacks ; ; 0
MHacks ; ; 0
Startup Weekend ; ; 0
Global Day of Code Retreat ; Code Retreat ; 0
Hacktoberfest ; ; 0
Google Summer of Code ; GSoC ; 0
Rackspace Solve ; ; 0
Rackspace::Solve ; ; 0
Interop Tokyo ; ; 0
CloudStack Collaboration Conference ; CloudStack Collab ; 0
Ceph Day ; Ceph Days ; 0
Cephalocon ; ; 0
Gluster Summit ; ; 0
OpenNebula Conf ; OpenNebulaConf ; 0
Open Networking Summit ; ONS ; 0
OpenDaylight Summit ; ; 0
Xen Project Developer Summit ; ; 0
KVM Forum ; ; 0
Linux Storage and Filesystem Summit ; LSF/MM ; 0
Storage Developer Conference ; SDC ; 0
Open Compute Summit ; OCP Summit ; 0
Flash Memory Summit ; ; 0
VMUG ; VMware User Group ; 0
Tech Field Day ; ; 0
Cloud Field Day ; ; 0
Storage Field Day ; ; 0
Networking Field Day ; ; 0
CloudBeat ; ; 0
VentureBeat Transform ; Transform ; 1
DataEngConf ; ; 0
ODSC ; Open Data Science Conference ; 0
useR! ; useR ; 0
rstudio::conf ; RStudio Conference|posit::conf ; 0
JuliaCon ; ; 0
Scala Days ; ; 0
Scala eXchange ; ; 0
Clojure/conj ; Clojure Conj|Clojure/West ; 0
ElixirConf ; ; 0
Erlang Factory ; Code BEAM ; 0
Lambda Jam ; LambdaConf ; 0
Haskell eXchange ; ; 0
ZendCon ; ; 0
php[tek] ; ; 0
Laracon ; ; 0
DrupalCon ; Drupalcon ; 0
WordCamp ; ; 0
Magento Imagine ; ; 0
Perl Conference ; YAPC|YAPC::NA ; 0
Velocity Europe ; ; 0
Web Directions ; ; 0
Smashing Conference ; SmashingConf ; 0
Beyond Tellerrand ; ; 0
Fronteers ; ; 0
dotJS ; ; 0
dotScale ; ; 0
Craft Conference ; ; 0
NDC ; Norwegian Developers Conference|NDC Oslo|NDC London ; 0
Øredev ; Oredev ; 0
JavaZone ; ; 0
Jfokus ; ; 0
JAX ; ; 1
W-JAX ; ; 0
Oracle Code One ; Code One ; 0
KotlinConf ; ; 0
Gradle Summit ; ; 0
Jenkins User Conference ; Jenkins World|DevOps World ; 0
GitHub Universe ; ; 0
Git Merge ; ; 0
GitLab Commit ; ; 0
Atlassian Summit ; ; 0
JFrog swampUP ; swampUP ; 0
DevNation ; ; 0
Codemotion ; ; 0
Voxxed Days ; ; 0
Devoxx France ; ; 0
DevConf ; DevConf.cz ; 0
Container Camp ; ContainerCamp ; 0
ServerlessConf ; Serverlessconf ; 0
Serverless Days ; ServerlessDays|JeffConf ; 0
Istio Day ; ; 0
Prometheus Conference ; PromCon ; 0
Cloud Native Rejekts ; ; 0
Observability Day ; ; 0
GrafanaCON ; ; 0
Datadog DASH ; ; 0
New Relic FutureStack ; FutureStack ; 0
PagerDuty Summit ; ; 0
Twilio Signal ; ; 0
Heroku Waza ; Waza ; 0
Salesforce World Tour ; ; 0
Snowflake Summit ; ; 0
Money20/20 ; ; 0
Finovate ; ; 0
Techstars Demo Day ; ; 0
Y Combinator Demo Day ; YC Demo Day ; 0
Launch Festival ; LAUNCH ; 0
Startup Grind ; ; 0
Slush ; ; 0
Pioneers Festival ; ; 0
TNW Conference ; The Next Web Conference ; 0
re:publica ; ; 0
Campus Party ; ; 0
Wikimania ; ; 0
Mozilla Festival ; MozFest ; 0
Maker Faire ; ; 0
Hackaday Superconference ; ; 0
Open Hardware Summit ; ; 0
IoT World ; ; 0
ThingsCon ; ; 0
Internet of Things World Forum ; ; 0
TED ; TED Conference ; 0
TEDx ; ; 0
Foo Camp ; ; 0
BarCamp ; Barcamp ; 0
Science Foo Camp ; ; 0
Agile Testing Days ; ; 0
STAREAST ; ; 0
STARWEST ; ; 0
SeleniumConf ; Selenium Conference ; 0
CukeUp ; ; 0
TestBash ; ; 0
Google Test Automation Conference ; GTAC ; 0
Continuous Delivery Summit ; ; 0
Spinnaker Summit ; ; 0
DevSecCon ; ; 0
Ruby Conference India ; RubyConf India ; 0
RubyConf AU ; ; 0
Rails Girls Summer of Code ; ; 0
CodeMash ; ; 0
That Conference ; ; 0
Dev Up ; ; 0
Stir Trek ; ; 0
DevNexus ; ; 0
Abstractions ; ; 1
Big Data Day LA ; ; 0
SpiceWorld ; ; 0
Austin Startup Week ; ; 0
Innotech ; ; 0
Dallas Startup Week ; ; 0
Boulder Startup Week ; ; 0
Denver Startup Week ; ; 0
New York Tech Meetup ; NY Tech Meetup ; 0
Silicon Valley Code Camp ; ; 0
Pacific Northwest Software Quality Conference ; PNSQC ; 0
DevIntersection ; ; 0
Visual Studio Live! ; VSLive ; 0
Microsoft Inspire ; ; 0
Microsoft Worldwide Partner Conference ; WPC ; 0
SharePoint Conference ; ; 0
SQL PASS Summit ; PASS Summit ; 0
SQLBits ; ; 0
Tableau Conference ; ; 0
Gartner Symposium ; Gartner Symposium/ITxpo ; 0
Gartner Data Center Conference ; ; 0
Forrester Forum ; ; 0
Structure Europe ; ; 0
Cloud World Forum ; ; 0
Cloud Expo Europe ; ; 0
Cloud Computing World Forum ; ; 0
Interop New York ; ; 0
LinuxWorld ; LinuxWorld Expo ; 0
Government Open Source Conference ; GOSCON ; 0
Code for America Summit ; ; 0
Personal Democracy Forum ; ; 0
Strata Rx ; ; 0
HIMSS ; ; 0
Health 2.0 ; ; 0
Solid Conference ; ; 0
Emerging Technology Conference ; ETech ; 0
Where 2.0 ; ; 0
FOSS4G ; ; 0
State of the Map ; ; 0
MySQL User Conference ; ; 0
Erlang User Conference ; ; 0
Python Brasil ; ; 0
PyCon Sweden ; ; 0
PyCon Ireland ; ; 0
PyCon Italia ; PyCon Italy ; 0
PyCon DE ; ; 0
PyCon ZA ; ; 0
PyCon Korea ; ; 0
PyCon Taiwan ; ; 0
PyCon Singapore ; ; 0
PyCon China ; ; 0
PyCon Colombia ; ; 0
PyCon Argentina ; PyCon AR ; 0
"""


# cloud-native, DevOps and infrastructure conferences
CLOUD_NATIVE_EVENTS = """
Open Source Summit North America ; OSS NA ; 0
Open Source Summit Europe ; OSS EU ; 0
Open Source Summit Japan ;  ; 0
Open Source Summit India ;  ; 0
KubeCon Europe ; KubeCon + CloudNativeCon Europe ; 0
KubeCon North America ; KubeCon + CloudNativeCon North America ; 0
KubeCon China ; KubeCon + CloudNativeCon China ; 0
KubeCon India ; KubeCon + CloudNativeCon India ; 0
KubeCon Japan ; KubeCon + CloudNativeCon Japan ; 0
KubeDay ;  ; 0
Cloud Native Days ; CloudNative Days ; 0
Cloud Native Summit ;  ; 0
Cloud Native Community Days ;  ; 0
ArgoCon ;  ; 0
BackstageCon ;  ; 0
CiliumCon ;  ; 0
EnvoyCon ;  ; 0
Cloud Native Wasm Day ;  ; 0
Cloud Native SecurityCon ; CloudNativeSecurityCon ; 0
Cloud Native Security Day ;  ; 0
Cloud Native AI Day ;  ; 0
Cloud Native Telco Day ;  ; 0
Cloud Native Hacks ;  ; 0
Cloud Native StartupFest ;  ; 0
Kubernetes Contributor Summit ;  ; 0
Kubernetes AI Day ;  ; 0
Kubernetes Batch + HPC Day ;  ; 0
Kubernetes on Edge Day ;  ; 0
Kubernetes Forum ;  ; 0
KubeCrash ;  ; 0
Platform Engineering Day ;  ; 0
PlatformCon ;  ; 0
AppDeveloperCon ;  ; 0
OpenTelemetry Community Day ; OTel Community Day ; 0
OpenFeature Summit ;  ; 0
FluxCon ;  ; 0
Linkerd Day ;  ; 0
Knative Day ;  ; 0
Cloud Native Rust Day ;  ; 0
Open Observability Day ;  ; 0
Multi-Tenancy Con ;  ; 0
Data on Kubernetes Day ; DoK Day ; 0
FinOps X ;  ; 0
GitOpsCon ;  ; 0
EnvoyCon North America ;  ; 0
ServiceMeshCon ;  ; 0
Open Source SecurityCon ;  ; 0
SupplyChainSecurityCon ;  ; 0
OpenSSF Day ;  ; 0
Open Source Leadership Summit ;  ; 0
Linux Kernel Maintainers Summit ; Kernel Summit ; 0
Open Source Firmware Conference ; OSFC ; 0
Embedded Open Source Summit ; EOSS ; 0
Automotive Linux Summit ;  ; 0
Zephyr Developer Summit ;  ; 0
ONE Summit ;  ; 0
Open Networking & Edge Summit ;  ; 0
LF Member Summit ;  ; 0
OpenSSF Community Day ;  ; 0
Hyperledger Global Forum ;  ; 0
Open Source Strategy Forum ; OSSF ; 0
TODO Group Summit ;  ; 0
All Day DevOps ; ADDO ; 0
DevOps Enterprise Summit Europe ;  ; 0
Enterprise Technology Leadership Summit ;  ; 0
DevOpsCon ;  ; 0
DevOps Summit ;  ; 0
DevSecOps Days ;  ; 0
SRE Day ;  ; 0
Conf42 ;  ; 0
Config Management Camp ; CfgMgmtCamp ; 0
LOADays ;  ; 0
Container Days ; ContainerDays ; 0
Continuous Lifecycle ;  ; 0
Agile India ;  ; 0
Agile Tour ;  ; 0
Agile Testing Days USA ;  ; 0
DevOps Talks Conference ; DOTC ; 0
QCon Plus ;  ; 0
InfoQ Dev Summit ;  ; 0
Velocity Berlin ;  ; 0
Monitorama EU ;  ; 0
ObservabilityCON ;  ; 0
GrafanaCON ;  ; 0
PromCon EU ;  ; 0
o11yfest ;  ; 0
LEAD DEV ; LeadDev ; 0
LeadDev London ;  ; 0
StaffPlus ;  ; 0
Chaos Conf ;  ; 0
Failover Conf ;  ; 0
Cloud Native London ;  ; 0
HashiConf Europe ;  ; 0
HashiDays ;  ; 0
HashiTalks ;  ; 0
Puppetize ; Puppetize PDX ; 0
Red Hat Summit Connect ;  ; 0
Red Hat Forum ;  ; 0
DevConf.US ;  ; 0
DevConf.IN ;  ; 0
Flock to Fedora ;  ; 0
SUSECON ;  ; 0
openSUSE Asia Summit ;  ; 0
Ubuntu Summit ;  ; 0
Rancher Roadshow ;  ; 0
Kafka Summit London ;  ; 0
Flink Forward ;  ; 0
Pulsar Summit ;  ; 0
Cassandra Summit Europe ;  ; 0
Redis Day ; Redis Days ; 0
MongoDB.local ; MongoDB .local ; 0
MongoDB Europe ;  ; 0
CockroachDB RoachFest ; RoachFest ; 0
Postgres Vision ;  ; 0
PGConf NYC ;  ; 0
PGDay ;  ; 0
P2D2 ;  ; 0
Nordic PGDay ;  ; 0
PostgresConf ; Postgres Conference ; 0
Percona Live Europe ;  ; 0
FOSDEM PGDay ;  ; 0
MySQL Summit ;  ; 0
Databricks Data + AI World Tour ;  ; 0
Snowflake BUILD ;  ; 0
dbt Coalesce ;  ; 0
Big Data London ;  ; 0
Berlin Buzzwords ;  ; 0
Crunch Conference ;  ; 0
DataEngBytes ;  ; 0
Data Council Austin ;  ; 0
Airflow Summit ;  ; 0
Ray Summit ;  ; 0
MLOps World ;  ; 0
MLconf ;  ; 0
TWIMLcon ;  ; 0
AI Engineer Summit ; AI Engineer World's Fair ; 0
AI Dev ;  ; 0
PyTorch Conference ;  ; 0
TensorFlow Dev Summit ;  ; 0
NVIDIA GTC ; GTC ; 0
Hot Chips ;  ; 0
OCP Global Summit ;  ; 0
OpenInfra Summit Asia ;  ; 0
OpenInfra Summit Europe ;  ; 0
OpenNebula TechDay ;  ; 0
CloudStack European User Group ;  ; 0
VMware Explore Europe ;  ; 0
VMworld Europe ;  ; 0
Nutanix .NEXT ;  ; 0
Dell Technologies World ;  ; 0
HPE Discover ;  ; 0
Cisco Live Europe ;  ; 0
NetApp INSIGHT ;  ; 0
Pure//Accelerate ; Pure Accelerate ; 0
Commvault Connections ;  ; 0
Veeam Con ; VeeamON ; 0
"""

# vendor and cloud provider conferences
VENDOR_EVENTS = """
AWS Community Day ;  ; 0
AWS Summit New York ;  ; 0
AWS Summit London ;  ; 0
AWS Summit Berlin ;  ; 0
AWS Summit Stockholm ;  ; 0
AWS Summit Sydney ;  ; 0
AWS Summit Tokyo ;  ; 0
AWS Summit Washington, DC ;  ; 0
AWS Dev Day ;  ; 0
AWS Innovate ;  ; 0
AWS re:Inforce ;  ; 0
AWS re:Mars ; re:MARS ; 0
AWS Public Sector Summit ;  ; 0
Google Cloud Summit ;  ; 0
Google Cloud Next Tokyo ;  ; 0
Google Cloud Community Day ;  ; 0
Google I/O Extended ; I/O Extended ; 0
Google Developer Student Clubs ;  ; 0
Chrome Dev Summit ;  ; 0
Android Dev Summit ;  ; 0
Firebase Summit ;  ; 0
Microsoft Build ;  ; 0
Microsoft Ignite The Tour ; Ignite The Tour ; 0
Microsoft Ready ;  ; 0
Microsoft Connect() ;  ; 0
.NET Conf ; .NET Conf ; 0
Azure Summit ;  ; 0
Global Azure ; Global Azure Bootcamp ; 0
Microsoft Tech Summit ;  ; 0
IBM TechXchange ;  ; 0
IBM Interconnect ; InterConnect ; 0
IBM Insight ;  ; 0
Oracle CloudWorld ;  ; 0
Oracle Developer Live ;  ; 0
SAP TechEd ;  ; 0
SAP Sapphire Now ;  ; 0
Salesforce TrailheaDX ; TrailheaDX ; 0
Salesforce Connections ;  ; 0
Adobe Summit ;  ; 0
Adobe MAX ;  ; 0
Meta Connect ; Oculus Connect ; 0
Samsung Developer Conference ;  ; 0
Intel Vision ;  ; 0
Intel Innovation ;  ; 0
AMD Advancing AI ;  ; 0
Qualcomm Snapdragon Summit ; Snapdragon Summit ; 0
Atlassian Team ;  ; 0
GitHub Satellite ;  ; 0
GitLab Commit Virtual ;  ; 0
JetBrains Day ;  ; 0
Elastic{ON} Tour ; ElasticON Tour ; 0
Datadog DASH Paris ;  ; 0
New Relic FutureStack London ;  ; 0
Dynatrace Perform ;  ; 0
PagerDuty Summit London ;  ; 0
Twilio SIGNAL ;  ; 0
Stripe Sessions ;  ; 0
Shopify Editions ;  ; 0
Cloudflare Connect ;  ; 0
Fastly Altitude ;  ; 0
Akamai Edge World ; Akamai Edge ; 0
Okta Oktane ; Oktane ; 0
Auth0 Developer Day ;  ; 0
Snyk Ignite ;  ; 0
CrowdStrike Fal.Con ; Fal.Con ; 0
Palo Alto Ignite ;  ; 0
Zscaler Zenith Live ; Zenithlive|Zenith Live ; 0
ServiceNow Knowledge ;  ; 0
Workday Rising ;  ; 0
Tableau Conference Europe ;  ; 0
Qlik World ;  ; 0
Couchbase Connect ;  ; 0
Neo4j NODES ;  ; 0
HashiConf Global ;  ; 0
CloudBees DevOps World ;  ; 0
JFrog SwampUP Europe ;  ; 0
Harness Unscripted ;  ; 0
LaunchDarkly Galaxy ;  ; 0
Postman Galaxy ; POST/CON ; 0
Kong Summit ;  ; 0
API World ;  ; 0
APIdays ; API Days ; 0
Nordic APIs Platform Summit ;  ; 0
Apidays Paris ;  ; 0
"""

# language, framework and developer conferences
LANGUAGE_EVENTS = """
GopherCon EU ; GopherCon Europe ; 0
GopherCon UK ;  ; 0
GopherCon India ;  ; 0
GopherCon Singapore ;  ; 0
GopherCon Brazil ;  ; 0
GopherCon Israel ;  ; 0
Go Systems Conf ;  ; 0
dotGo Paris ;  ; 0
RustConf Europe ;  ; 0
EuroRust ;  ; 0
RustNation UK ; Rust Nation UK ; 0
RustLab ;  ; 0
Rust Belt Rust ;  ; 0
PyCon Portugal ;  ; 0
PyCon Spain ; PyConES ; 0
PyCon France ; PyConFR ; 0
PyCon Poland ; PyCon PL ; 0
PyCon Africa ;  ; 0
PyCon Israel ;  ; 0
PyCon Lithuania ;  ; 0
PyCon Hong Kong ;  ; 0
PyCon Japan ;  ; 0
PyCon Latam ;  ; 0
PyCon Nigeria ;  ; 0
PyCon Kenya ;  ; 0
PyCon Ghana ;  ; 0
PyCon Namibia ;  ; 0
PyCon NZ ;  ; 0
PyCon SK ;  ; 0
PyCon CZ ;  ; 0
PyCon Balkan ;  ; 0
PyCon Estonia ;  ; 0
PyCon Colombia ;  ; 0
PyCon Chile ;  ; 0
PyCon Uruguay ;  ; 0
PyCon Mexico ;  ; 0
PyCon Philippines ;  ; 0
PyCon Thailand ;  ; 0
PyCon Malaysia ;  ; 0
PyCon Indonesia ;  ; 0
PyCon Pakistan ;  ; 0
PyCon Hungary ;  ; 0
PyCon Austria ;  ; 0
PyCon Switzerland ;  ; 0
PyData Global ;  ; 0
PyData London ;  ; 0
PyData NYC ;  ; 0
PyData Berlin ;  ; 0
PyData Amsterdam ;  ; 0
PyConDE & PyData Berlin ;  ; 0
DjangoCon Africa ;  ; 0
DjangoCon Australia ;  ; 0
Python Web Conference ;  ; 0
SciPy Conference ;  ; 0
EuroSciPy ;  ; 0
JupyterCon ;  ; 0
useR! Conference ;  ; 0
R/Medicine ;  ; 0
JuliaCon Local ;  ; 0
RubyConf Thailand ;  ; 0
RubyConf Taiwan ;  ; 0
RubyConf Brazil ;  ; 0
Rails World ;  ; 0
RubyKaigi Takeout ;  ; 0
Brighton Ruby ;  ; 0
Balkan Ruby ;  ; 0
Wroclove.rb ;  ; 0
Ruby Conf Portugal ;  ; 0
RubyDay ;  ; 0
ElixirConf EU ;  ; 0
Code BEAM America ;  ; 0
Code BEAM Europe ;  ; 0
Lambda Days ;  ; 0
Curry On ;  ; 0
Strange Loop Conference ;  ; 0
Functional Conf ;  ; 0
Haskell Symposium ;  ; 0
ICFP ;  ; 0
ClojureD ;  ; 0
Scala Days Europe ;  ; 0
Scala Matsuri ;  ; 0
Scalar Conference ;  ; 0
KotlinConf Global ;  ; 0
Devoxx Belgium ;  ; 0
Devoxx UK ;  ; 0
Devoxx Poland ;  ; 0
Devoxx Morocco ;  ; 0
Devoxx Greece ;  ; 0
Voxxed Days Zurich ;  ; 0
J-Fall ;  ; 0
JCrete ;  ; 0
JavaLand ;  ; 0
JAX London ;  ; 0
Jfokus Stockholm ;  ; 0
JChampions Conference ;  ; 0
Jakarta EE Developer Conference ;  ; 0
SpringOne Tour ;  ; 0
Spring I/O ;  ; 0
Micronaut Summit ;  ; 0
Quarkus World Tour ;  ; 0
NDC Sydney ;  ; 0
NDC Porto ;  ; 0
NDC Copenhagen ;  ; 0
NDC Minnesota ;  ; 0
NDC Security ;  ; 0
Techorama ;  ; 0
Update Conference Prague ;  ; 0
DevSum ;  ; 0
Swetugg ;  ; 0
DotNext ;  ; 0
JSNation ;  ; 0
React Summit ;  ; 0
React Advanced ;  ; 0
React Native EU ;  ; 0
React Rally ;  ; 0
React Miami ;  ; 0
Chain React ;  ; 0
Next.js Conf ;  ; 0
Vercel Ship ;  ; 0
VueConf ;  ; 0
Vue.js Amsterdam ;  ; 0
Vue Fes Japan ;  ; 0
Nuxt Nation ;  ; 0
NG-BE ;  ; 0
ngVikings ;  ; 0
AngularConnect ;  ; 0
Svelte Summit ;  ; 0
ViteConf ;  ; 0
NodeConf Argentina ;  ; 0
Node Congress ;  ; 0
CityJS ;  ; 0
JSWorld Conference ;  ; 0
BeJS ;  ; 0
HolyJS ;  ; 0
Web Unleashed ;  ; 0
CSS Day ;  ; 0
CSSConf EU ;  ; 0
Frontend Conference Zurich ;  ; 0
FrontFest ;  ; 0
Frontend Love ;  ; 0
Smashing Conference San Francisco ;  ; 0
An Event Apart Seattle ;  ; 0
beyond tellerrand ;  ; 0
Web Summer Camp ;  ; 0
GraphQL Summit ;  ; 0
GraphQL Conf ; GraphQLConf ; 0
GraphQL Galaxy ;  ; 0
TypeScript Congress ;  ; 0
Deno Fest ;  ; 0
WeAreDevelopers World Congress ; WeAreDevelopers ; 0
Codemotion Madrid ;  ; 0
Codemotion Milan ;  ; 0
DevFest Nantes ;  ; 0
Devfest Toulouse ;  ; 0
BreizhCamp ;  ; 0
Sunny Tech ;  ; 0
Mix-IT ;  ; 0
Paris Web ;  ; 0
Riviera Dev ;  ; 0
Volcamp ;  ; 0
Touraine Tech ;  ; 0
SnowCamp ;  ; 0
DevLille ;  ; 0
Agile Grenoble ;  ; 0
droidcon London ;  ; 0
droidcon Berlin ;  ; 0
droidcon NYC ;  ; 0
Android Makers ;  ; 0
try! Swift ; try! Swift Conference ; 0
Swift Heroes ;  ; 0
iOSDevUK ;  ; 0
Deep Dish Swift ;  ; 0
Flutter Forward ;  ; 0
FlutterCon ;  ; 0
Fluttercon Europe ;  ; 0
Unreal Fest ;  ; 0
Gamescom ; gamescom ; 0
PAX ; Penny Arcade Expo ; 0
"""

# community, security, academic, open-source and startup events
COMMUNITY_EVENTS = """
State of Open Con ;  ; 0
Open Source Monitoring Conference ; OSMC ; 0
OpenSearchCon ;  ; 0
OpenJS World ;  ; 0
Open Source Experience ;  ; 0
Paris Open Source Summit ;  ; 0
FOSSY ;  ; 0
SeaGL ; Seattle GNU/Linux Conference ; 0
LinuxFest ;  ; 0
Linux App Summit ;  ; 0
FOSS Backstage ;  ; 0
FrOSCon ;  ; 0
Chemnitzer Linux-Tage ;  ; 0
Kieler Open Source und Linux Tage ;  ; 0
Linuxwochen ;  ; 0
Libre Software Meeting ; RMLL ; 0
OSCAL ;  ; 0
FOSSCOMM ;  ; 0
Ubucon ;  ; 0
GNOME Asia ; GNOME.Asia Summit ; 0
KDE Akademy ;  ; 0
All Systems Go! ; All Systems Go ; 0
Open Source Hardware Summit ;  ; 0
RISC-V Summit ;  ; 0
Embedded World ;  ; 0
Embedded Recipes ;  ; 0
Kernel Recipes ;  ; 0
Netdev ; Netdev Conference ; 0
eBPF Summit ;  ; 0
BSDCan ;  ; 0
EuroBSDCon ;  ; 0
AsiaBSDCon ;  ; 0
vBSDcon ;  ; 0
Wikimedia Hackathon ;  ; 0
Google Code-in ;  ; 0
MLH Fellowship ;  ; 0
Major League Hacking ; MLH ; 0
HackZurich ;  ; 0
ETHGlobal ;  ; 0
ETHDenver ;  ; 0
Bitcoin Conference ;  ; 0
Black Hat Europe ;  ; 0
Black Hat Asia ;  ; 0
DEF CON China ;  ; 0
BSides Las Vegas ; BSidesLV ; 0
BSides London ;  ; 0
Infosecurity Europe ;  ; 0
it-sa ;  ; 0
Nullcon ;  ; 0
Hack In The Box ; HITB ; 0
CanSecWest ;  ; 0
Pwn2Own ;  ; 0
REcon ;  ; 0
OffensiveCon ;  ; 0
Insomni'hack ;  ; 0
SecTor ;  ; 0
GrrCON ;  ; 0
ToorCon ;  ; 0
Hushcon ;  ; 0
USENIX Security Symposium ; USENIX Security ; 0
IEEE Symposium on Security and Privacy ; IEEE S&P ; 0
ACM CCS ;  ; 0
NDSS ;  ; 0
Real World Crypto ;  ; 0
OWASP Global AppSec ;  ; 0
SANS Summit ;  ; 0
Gartner Security & Risk Management Summit ;  ; 0
Cloud Security Alliance Congress ;  ; 0
fwd:cloudsec ;  ; 0
CloudSecNext ;  ; 0
SEC-T ;  ; 0
DeepSec ;  ; 0
Hacktivity ;  ; 0
44CON ;  ; 0
Virus Bulletin Conference ;  ; 0
FIRST Conference ;  ; 0
ACM SIGCOMM ;  ; 0
EuroSys ;  ; 0
SoCC ; ACM Symposium on Cloud Computing ; 0
IEEE CLOUD ;  ; 0
IEEE INFOCOM ; INFOCOM ; 0
IEEE IPDPS ; IPDPS ; 0
HPDC ;  ; 0
ISCA ;  ; 0
ASPLOS ;  ; 0
PLDI ;  ; 0
POPL ;  ; 0
ECOOP ;  ; 0
FSE ; ESEC/FSE ; 0
ASE ;  ; 0
MSR Conference ; Mining Software Repositories ; 0
ICSME ;  ; 0
CHI ; CHI Conference ; 0
UIST ;  ; 0
CSCW ;  ; 0
WSDM ;  ; 0
SIGIR ;  ; 0
RecSys ;  ; 0
CIKM ;  ; 0
ICDE ;  ; 0
CIDR ;  ; 0
ECML PKDD ;  ; 0
AAMAS ;  ; 0
IJCAI ;  ; 0
ECCV ;  ; 0
ICCV ;  ; 0
NAACL ;  ; 0
COLING ;  ; 0
Interspeech ;  ; 0
ICASSP ;  ; 0
MLSys ;  ; 0
Web Summit Rio ;  ; 0
Web Summit Lisbon ;  ; 0
VivaTech ; Viva Technology ; 0
Slush Helsinki ;  ; 0
TechBBQ ;  ; 0
4YFN ;  ; 0
Mobile World Congress Shanghai ;  ; 0
GITEX ; GITEX Global ; 0
Startup Grind Global ;  ; 0
TechCrunch Sessions ;  ; 0
SaaStr Annual ; SaaStr ; 0
Money20/20 Europe ;  ; 0
Sibos ;  ; 0
Finovate Europe ;  ; 0
NAB Show ;  ; 0
IBC ;  ; 0
MWC Barcelona ;  ; 0
MWC Shanghai ;  ; 0
MWC Las Vegas ;  ; 0
Hannover Messe ;  ; 0
IFA Berlin ;  ; 0
Computex Taipei ;  ; 0
SEMICON ;  ; 0
Augmented World Expo ;  ; 0
VRDC ;  ; 0
Game Developers Conference Europe ;  ; 0
Women in Tech Summit ;  ; 0
Grace Hopper Celebration India ;  ; 0
Lesbians Who Tech Summit ;  ; 0
AfroTech ;  ; 0
Tapia Celebration of Diversity in Computing ;  ; 0
PyLadies Con ; PyLadiesCon ; 0
Write the Docs Portland ;  ; 0
API the Docs ;  ; 0
XP Days ;  ; 0
Lean Agile Scotland ;  ; 0
Domain-Driven Design Europe ; DDD Europe ; 0
Explore DDD ;  ; 0
O'Reilly Software Architecture Conference ;  ; 0
YOW! ; YOW! Conference ; 0
Software Craftsmanship Conference ; SoCraTes ; 0
Mind the Product London ;  ; 0
ProductCon ;  ; 0
UXDX ;  ; 0
Open Source Founders Summit ;  ; 0
"""

ADDED_BLOCKS = (CLOUD_NATIVE_EVENTS, VENDOR_EVENTS, LANGUAGE_EVENTS, COMMUNITY_EVENTS,)


def rows():
    out = parse_table(EVENTS, "Event")
    for block in ADDED_BLOCKS:
        out += parse_table(block, "Event")
    return out


if __name__ == "__main__":
    write_tsv("events.tsv", rows())
