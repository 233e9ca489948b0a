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


def rows():
    return parse_table(EVENTS, "Event")


if __name__ == "__main__":
    write_tsv("events.tsv", rows())
