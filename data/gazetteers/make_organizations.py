"""Generate organizations.tsv: companies, foundations, non-profits, universities,
standards bodies, government bodies and named communities.
Hand-curated from general knowledge.

Notes on company/product names: the bare company is an Organization; a product
named with the company ("Rackspace Cloud Files") is Software (other lists).
Where the company and its main product share one name, the product keeps the
bare name and the company gets its legal-style name (Docker -> "Docker, Inc.",
Chef -> "Chef Software" with "Opscode", Puppet -> "Puppet Labs").

Run: /work/main/.venv/bin/python data/gazetteers/make_organizations.py
"""

from _gazlib import parse_table, write_tsv

# name ; aliases ; ambiguous ; wikidata
COMPANIES = """
Rackspace ; Rackspace Hosting|Rackspace US|Rackspace Technology|rackspace ; 0
VMware ; VMWare|Vmware ; 0
Amazon ; Amazon.com ; 0 ; Q3884
Google ; Google Inc. ; 0 ; Q95
Microsoft ; Microsoft Corporation|MSFT ; 0 ; Q2283
Apple ; Apple Inc. ; 1 ; Q312
IBM ; International Business Machines ; 0 ; Q37156
Intel ; Intel Corporation ; 0 ; Q248
Oracle ; Oracle Corporation ; 1 ; Q19900
Facebook ; Meta Platforms ; 0 ; Q380
Twitter ; ; 0 ; Q918
GitHub ; Github|github ; 0 ; Q364
Netflix ; ; 0
Red Hat ; RedHat|Redhat ; 0
Canonical ; Canonical Ltd. ; 1
SUSE ; SuSE ; 0
Mirantis ; ; 0
Puppet Labs ; PuppetLabs|Puppet Inc.|Puppet, Inc. ; 0
Chef Software ; Opscode|Chef Software Inc. ; 0
Docker, Inc. ; Docker Inc|Docker Inc. ; 0
dotCloud, Inc. ; ; 0
Pivotal ; Pivotal Software ; 1
HashiCorp ; Hashicorp ; 0
Mesosphere ; D2iQ ; 0
CoreOS, Inc. ; ; 0
Rancher Labs ; ; 0
Heptio ; ; 0
Weaveworks ; ; 0
Joyent ; ; 0
DigitalOcean ; Digital Ocean ; 0
Linode ; ; 0
Vultr ; ; 0
OVH ; OVHcloud ; 0
Hetzner ; ; 0
Scaleway ; ; 0
SoftLayer ; Softlayer ; 0
GoDaddy ; ; 0
Media Temple ; ; 0
Engine Yard ; ; 0
Heroku, Inc. ; ; 0
Salesforce ; Salesforce.com ; 0
HP ; Hewlett-Packard|HPE|Hewlett Packard Enterprise ; 0
Dell ; Dell EMC|Dell Technologies ; 0
EMC ; EMC Corporation ; 0
Cisco ; Cisco Systems ; 0
Juniper Networks ; Juniper ; 0
Arista Networks ; Arista ; 0
Brocade ; ; 0
F5 Networks ; F5 ; 0
Citrix ; Citrix Systems ; 0
NetApp ; ; 0
Nutanix ; ; 0
SolidFire ; ; 0
Pure Storage ; ; 0
Nimble Storage ; ; 0
Inktank ; ; 0
Nebula, Inc. ; ; 0
Piston Cloud Computing ; Piston Cloud|Piston ; 0
Cloudscaling ; ; 0
Metacloud ; ; 0
Blue Box ; Blue Box Group ; 0
eNovance ; ; 0
Cloudwatt ; ; 0
Internap ; ; 0
DreamHost ; Dreamhost ; 0
Morphlabs ; ; 0
StackStorm ; ; 0
Cumulus Networks ; ; 0
PLUMgrid ; ; 0
Midokura ; ; 0
Nicira ; ; 0
Big Switch Networks ; ; 0
Tesora ; ; 0
Platform9 ; ; 0
SwiftStack ; ; 0
Gluster, Inc. ; ; 0
Scality ; ; 0
Cloudian ; ; 0
Basho ; Basho Technologies ; 0
DataStax ; Datastax ; 0
MongoDB Inc. ; 10gen ; 0
Couchbase, Inc. ; ; 0
Redis Labs ; Redis Ltd. ; 0
Elastic ; Elasticsearch BV|Elastic N.V. ; 1
Cloudera ; ; 0
Hortonworks ; ; 0
MapR Technologies ; ; 0
Databricks ; ; 0
Confluent ; ; 0
Neo Technology ; Neo4j, Inc. ; 0
InfluxData ; ; 0
Cockroach Labs ; ; 0
Snowflake Inc. ; ; 0
Teradata ; ; 0
Informatica Corporation ; ; 0
Tableau Software ; ; 0
Palantir ; Palantir Technologies ; 0
Splunk Inc. ; ; 0
New Relic ; NewRelic ; 0
Datadog ; DataDog ; 0
AppDynamics ; ; 0
Dynatrace ; ; 0
PagerDuty, Inc. ; ; 0
Atlassian ; ; 0
JetBrains ; ; 0
Slack Technologies ; ; 0
Twilio ; ; 0
Stripe ; ; 1
Square ; Block, Inc. ; 1
PayPal Holdings ; ; 0
eBay ; ; 0
Etsy ; ; 0
Shopify ; ; 0
Airbnb ; AirBnB ; 0
Uber ; ; 0
Lyft ; ; 0
LinkedIn ; ; 0
Yahoo! ; Yahoo ; 0
AOL ; ; 0
Mozilla ; Mozilla Corporation ; 0
Dropbox ; ; 0
Box, Inc. ; ; 0
Evernote Corporation ; ; 0
Instagram ; ; 0
WhatsApp ; ; 0
Tumblr ; ; 0
Pinterest ; ; 0
Reddit ; ; 0
Yelp ; ; 0
Foursquare ; ; 0
Flickr ; ; 0
Quora ; ; 0
Stack Exchange ; Stack Overflow Inc. ; 0
Eventbrite ; ; 0
Meetup ; ; 1
Zynga ; ; 0
Spotify ; ; 0
SoundCloud ; Soundcloud ; 0
Pandora ; ; 1
Hulu ; ; 0
Walmart ; Walmart Labs|WalmartLabs|@WalmartLabs ; 0
Target ; ; 1
Best Buy ; ; 0
Comcast ; ; 0
AT&T ; ; 0
Verizon ; ; 0
Sprint ; ; 1
T-Mobile ; ; 0
Deutsche Telekom ; ; 0
Telefónica ; Telefonica ; 0
Vodafone ; ; 0
Orange ; ; 1
BT ; British Telecom ; 0
NTT ; NTT Communications|NTT Docomo ; 0
KDDI ; ; 0
China Mobile ; ; 0
Huawei ; ; 0
ZTE ; ; 0
Lenovo ; ; 0
Samsung ; Samsung Electronics ; 0
LG ; LG Electronics ; 0
Sony ; ; 0
Panasonic ; ; 0
Toshiba ; ; 0
Fujitsu ; ; 0
Hitachi ; ; 0
NEC ; ; 0
Nokia ; ; 0
Ericsson ; ; 0
Alcatel-Lucent ; ; 0
Motorola ; ; 0
Qualcomm ; ; 0
AMD ; Advanced Micro Devices ; 0
NVIDIA ; Nvidia ; 0
ARM Holdings ; Arm ; 1
Broadcom ; ; 0
Texas Instruments ; ; 0
Micron ; ; 0
Seagate ; ; 0
Western Digital ; ; 0
SanDisk ; ; 0
Supermicro ; ; 0
Quanta ; ; 1
Foxconn ; ; 0
Xerox ; Xerox PARC|PARC ; 0
Sun Microsystems ; Sun ; 1
SGI ; Silicon Graphics ; 0
Novell ; ; 0
Borland ; ; 0
Adobe ; Adobe Systems ; 0
Autodesk ; ; 0
SAP ; SAP SE ; 0
Infor ; ; 0
Workday, Inc. ; ; 0
ServiceNow, Inc. ; ; 0
Okta, Inc. ; ; 0
Auth0, Inc. ; ; 0
Symantec ; ; 0
McAfee ; ; 0
Palo Alto Networks ; ; 0
CrowdStrike ; ; 0
RSA Security ; ; 0
Tenable ; ; 0
Rapid7 ; ; 0
Cloudflare ; CloudFlare ; 0
Akamai ; Akamai Technologies ; 0
Fastly ; ; 0
Limelight Networks ; ; 0
Equinix ; ; 0
Digital Realty ; ; 0
CenturyLink ; ; 0
Level 3 ; Level 3 Communications ; 0
Savvis ; ; 0
Terremark ; ; 0
Peer 1 ; ; 0
Hostway ; ; 0
Bluehost ; ; 0
1&1 ; ; 0
Alibaba ; Alibaba Group ; 0
Tencent ; ; 0
Baidu ; ; 0
JD.com ; ; 0
ByteDance ; ; 0
Xiaomi ; ; 0
Rakuten ; ; 0
Yandex ; ; 0
Mail.Ru ; ; 0
Naver ; ; 0
Kakao ; ; 0
LINE Corporation ; ; 0
Infosys ; ; 0
Wipro ; ; 0
Tata Consultancy Services ; TCS ; 0
HCL Technologies ; ; 0
Accenture ; ; 0
Capgemini ; ; 0
Deloitte ; ; 0
PwC ; PricewaterhouseCoopers ; 0
KPMG ; ; 0
Ernst & Young ; EY ; 0
McKinsey ; McKinsey & Company ; 0
Gartner ; ; 0
Forrester ; Forrester Research ; 0
IDC ; ; 0
451 Research ; ; 0
RedMonk ; ; 0
O'Reilly Media ; O'Reilly|OReilly ; 0
Pearson ; ; 1
Manning Publications ; Manning ; 1
Pragmatic Bookshelf ; ; 0
Packt ; ; 0
ThoughtWorks ; Thoughtworks ; 0
Pivotal Labs ; ; 0
37signals ; ; 0
GitLab Inc. ; ; 0
Travis CI GmbH ; ; 0
CircleCI, Inc. ; ; 0
CloudBees ; ; 0
JFrog ; ; 0
Sonatype ; ; 0
Electric Cloud ; ; 0
XebiaLabs ; ; 0
Octopus Deploy ; ; 0
Sauce Labs ; ; 0
BrowserStack ; ; 0
Loggly ; ; 0
Papertrail ; ; 0
Sumo Logic ; ; 0
Librato ; ; 0
Pingdom ; ; 0
Rollbar ; ; 0
Bugsnag ; ; 0
Airbrake ; ; 0
Codeship ; ; 0
Coveralls ; ; 0
Code Climate ; CodeClimate ; 0
Snyk ; ; 0
SendGrid ; ; 0
Mailchimp ; MailChimp ; 0
PubNub ; ; 0
Algolia ; ; 0
Zapier ; ; 0
IFTTT ; ; 0
PayPal ; ; 0
Braintree ; ; 1
Intercom ; ; 1
HubSpot ; Hubspot ; 0
Marketo ; ; 0
Zuora ; ; 0
Mashery ; ; 0
Apigee ; ; 0
MuleSoft ; Mulesoft ; 0
Kong Inc. ; Mashape ; 0
3scale ; ; 0
Layer 7 ; Layer 7 Technologies ; 0
Postman ; ; 1
SmartBear ; ; 0
Parse, Inc. ; ; 0
StrongLoop ; ; 0
Joyent, Inc. ; ; 0
npm, Inc. ; ; 0
NodeSource ; ; 0
Nodejitsu, Inc. ; ; 0
Iron.io ; ; 0
CenturyLink Labs ; ; 0
Tutum ; ; 0
ClusterHQ ; ; 0
Sysdig ; ; 0
Aqua Security ; ; 0
Twistlock ; ; 0
Tigera ; ; 0
Buoyant ; ; 0
Solo.io ; ; 0
Tetrate ; ; 0
Kubermatic ; Loodse ; 0
Giant Swarm ; ; 0
Apprenda ; ; 0
ActiveState ; ; 0
Anaconda, Inc. ; Continuum Analytics ; 0
Enthought ; ; 0
Kitware ; ; 0
DataRobot ; ; 0
H2O.ai ; ; 0
OpenAI ; ; 0
Anthropic ; ; 0
DeepMind ; ; 0
Hugging Face ; HuggingFace ; 0
Mistral AI ; ; 0
Cohere ; ; 1
Stability AI ; ; 0
Scale AI ; ; 0
Tesla ; Tesla Motors ; 1
SpaceX ; ; 0
General Electric ; GE|GE Digital ; 0
Siemens ; ; 0
Bosch ; ; 0
Philips ; ; 0
BMW ; ; 0
Volkswagen ; ; 0
Toyota ; ; 0
Ford ; Ford Motor Company ; 1
General Motors ; GM ; 0
Boeing ; ; 0
Lockheed Martin ; ; 0
Raytheon ; ; 0
Northrop Grumman ; ; 0
Goldman Sachs ; ; 0
JPMorgan Chase ; JPMorgan|J.P. Morgan ; 0
Morgan Stanley ; ; 0
Bank of America ; ; 0
Wells Fargo ; ; 0
Citigroup ; Citi ; 0
Capital One ; ; 0
American Express ; AmEx ; 0
Visa ; ; 1
Mastercard ; MasterCard ; 0
Fidelity Investments ; Fidelity ; 1
Bloomberg ; Bloomberg L.P. ; 0
Thomson Reuters ; Reuters ; 0
The New York Times ; New York Times|NYT ; 0
The Washington Post ; Washington Post ; 0
The Guardian ; Guardian ; 1
BBC ; British Broadcasting Corporation ; 0
CNN ; ; 0
NPR ; National Public Radio ; 0
Disney ; Walt Disney Company ; 0
Time Warner ; ; 0
Viacom ; ; 0
Condé Nast ; Conde Nast ; 0
BuzzFeed ; ; 0
Vox Media ; ; 0
Gawker Media ; ; 0
TechCrunch ; ; 0
Wired ; ; 1
GigaOM ; Gigaom ; 0
InfoQ ; ; 0
The Register ; ; 0
ZDNet ; ; 0
InformationWeek ; ; 0
Network World ; ; 0
Kickstarter ; ; 0
Indiegogo ; ; 0
Y Combinator ; YC ; 0
Andreessen Horowitz ; a16z ; 0
Sequoia Capital ; Sequoia ; 1
Kleiner Perkins ; ; 0
Accel ; Accel Partners ; 0
Greylock Partners ; Greylock ; 0
Benchmark Capital ; ; 0
Battery Ventures ; ; 0
Lightspeed Venture Partners ; ; 0
Bessemer Venture Partners ; ; 0
Index Ventures ; ; 0
Intel Capital ; ; 0
Google Ventures ; ; 0
Techstars ; TechStars ; 0
500 Startups ; ; 0
Capital Factory ; ; 0
Rackspace Ventures ; ; 0
Hacker Dojo ; ; 0
General Assembly ; ; 1
Codecademy ; ; 0
Coursera ; ; 0
Udacity ; ; 0
edX ; ; 0
Khan Academy ; ; 0
Pluralsight ; ; 0
Treehouse ; ; 1
Lynda.com ; ; 0
Code School ; ; 0
Hack Reactor ; ; 0
Flatiron School ; ; 0
Dev Bootcamp ; ; 0
Turing School ; ; 0
Makers Academy ; ; 0
Ada Developers Academy ; ; 0
Galvanize ; ; 1
HackerRank ; ; 0
Kaggle ; ; 0
Topcoder ; TopCoder ; 0
Upwork ; oDesk|Elance ; 0
Fiverr ; ; 0
Craigslist ; ; 0
Zillow ; ; 0
Expedia ; ; 0
TripAdvisor ; ; 0
Booking.com ; ; 0
Groupon ; ; 0
LivingSocial ; ; 0
Gilt ; Gilt Groupe ; 1
Wayfair ; ; 0
Zappos ; ; 0
Chegg ; ; 0
Intuit ; ; 0
Riverbed ; Riverbed Technology ; 0
Extreme Networks ; ; 0
Mellanox ; Mellanox Technologies ; 0
Chelsio ; ; 0
Emulex ; ; 0
QLogic ; ; 0
Hitachi Data Systems ; HDS ; 0
Violin Memory ; ; 0
Fusion-io ; ; 0
Tintri ; ; 0
Nexenta ; ; 0
Coraid ; ; 0
Zadara Storage ; ; 0
Stratoscale ; ; 0
Cloudbase Solutions ; ; 0
Aptira ; ; 0
Catalyst IT ; ; 0
B1 Systems ; ; 0
Objectif Libre ; ; 0
Rackspace Open Cloud Academy ; ; 0
ScaleUp Technologies ; ; 0
GoGrid ; ; 0
Rightscale ; RightScale ; 0
enStratius ; Enstratius ; 0
CliQr ; ; 0
ElasticBox ; ; 0
Cloudsoft ; ; 0
Appcelerator ; ; 0
Sencha ; ; 0
Xamarin Inc. ; ; 0
Unity Technologies ; ; 0
Epic Games ; ; 0
Valve ; Valve Corporation ; 1
Electronic Arts ; EA ; 0
Riot Games ; ; 0
Blizzard Entertainment ; Blizzard ; 1
Nintendo ; ; 0
Ubisoft ; ; 0
Zendesk ; ; 0
Freshworks ; ; 0
Asana, Inc. ; ; 0
Trello, Inc. ; ; 0
Basecamp LLC ; ; 0
GitKraken ; Axosoft ; 0
Honeycomb ; Honeycomb.io ; 1
LaunchDarkly ; ; 0
Optimizely ; ; 0
Segment ; Segment.io ; 1
Mixpanel ; ; 0
Amplitude ; ; 1
Heap ; ; 1
Keen IO ; ; 0
Pusher Ltd ; ; 0
Firebase, Inc. ; ; 0
Fastly, Inc. ; ; 0
Netlify, Inc. ; ; 0
Vercel Inc. ; ; 0
Zeit ; ; 1
Ooyala ; ; 0
Brightcove ; ; 0
Wikia ; Fandom ; 0
Automattic ; ; 0
Six Apart ; ; 0
SquareSpace ; Squarespace ; 0
Wix ; Wix.com ; 0
Weebly ; ; 0
Mailgun Technologies ; ; 0
Nexmo ; Vonage ; 0
Bandwidth ; ; 1
Plivo ; ; 0
Tropo ; ; 0
Voxeo ; ; 0
SendBird ; ; 0
Layer ; ; 1
"""

FOUNDATIONS = """
OpenStack Foundation ; OpenInfra Foundation|Open Infrastructure Foundation|OSF ; 0
Linux Foundation ; The Linux Foundation ; 0 ; Q858851
Cloud Native Computing Foundation ; CNCF ; 0
Cloud Foundry Foundation ; ; 0
Apache Software Foundation ; ASF|Apache Foundation ; 0 ; Q489709
Python Software Foundation ; PSF ; 0
Eclipse Foundation ; ; 0
Mozilla Foundation ; ; 0 ; Q55672
Free Software Foundation ; FSF ; 0
Open Source Initiative ; OSI ; 0
Software Freedom Conservancy ; ; 0
Software in the Public Interest ; SPI ; 0
OpenJS Foundation ; ; 0
Node.js Foundation ; ; 0
JS Foundation ; jQuery Foundation ; 0
Dojo Foundation ; ; 0
Outercurve Foundation ; ; 0
.NET Foundation ; ; 0
Ruby Central ; ; 0
Ruby Association ; ; 0
Rails Foundation ; ; 0
Django Software Foundation ; DSF ; 0
NumFOCUS ; ; 0
Perl Foundation ; The Perl Foundation|TPF ; 0
PHP Foundation ; ; 0
Rust Foundation ; ; 0
Open Source Geospatial Foundation ; OSGeo ; 0
OpenSSF ; Open Source Security Foundation ; 0
Core Infrastructure Initiative ; ; 0
Open Container Initiative ; OCI ; 0
Open Compute Project ; OCP ; 0
OpenDaylight ; ; 0
Open Networking Foundation ; ONF ; 0
Open Networking Lab ; ON.Lab ; 0
OPNFV ; ; 0
Hyperledger ; ; 0
OW2 ; ; 0
GNOME Foundation ; ; 0
KDE e.V. ; KDE ; 0
Debian Project ; ; 0
Fedora Project ; ; 0
CentOS Project ; ; 0
Apache Incubator ; ; 0
OpenStack Technical Committee ; ; 0
OpenStack Board of Directors ; ; 0
Electronic Frontier Foundation ; EFF ; 0
Wikimedia Foundation ; ; 0 ; Q180
Internet Archive ; ; 0
Creative Commons ; ; 0
Code for America ; ; 0
Bill & Melinda Gates Foundation ; Gates Foundation ; 0
Knight Foundation ; ; 0
Sloan Foundation ; Alfred P. Sloan Foundation ; 0
Raspberry Pi Foundation ; ; 0
Internet Security Research Group ; ISRG ; 0
Internet Society ; ISOC ; 0
Internet Systems Consortium ; ISC ; 0
Tor Project ; ; 0
Signal Foundation ; ; 0
Code.org ; ; 0
Anita Borg Institute ; AnitaB.org ; 0
National Center for Women & Information Technology ; NCWIT ; 0
Ada Initiative ; ; 0
Outreachy ; ; 0
Linux Professional Institute ; LPI ; 0
USENIX ; ; 0
ACM ; Association for Computing Machinery ; 0
IEEE ; Institute of Electrical and Electronics Engineers ; 0
IEEE Computer Society ; ; 0
SNIA ; Storage Networking Industry Association ; 0
DMTF ; Distributed Management Task Force ; 0
OASIS ; ; 1
Object Management Group ; OMG ; 0
Open Group ; The Open Group ; 0
W3C ; World Wide Web Consortium ; 0
WHATWG ; ; 0
IETF ; Internet Engineering Task Force ; 0
IANA ; ; 0
ICANN ; ; 0
ISO ; International Organization for Standardization ; 0
Ecma International ; ECMA ; 0
TC39 ; ; 0
Unicode Consortium ; ; 0
Khronos Group ; ; 0
JCP ; Java Community Process ; 0
OpenJDK Community ; ; 0
Cloud Security Alliance ; CSA ; 0
Open Data Center Alliance ; ; 0
TM Forum ; ; 0
ETSI ; ; 0
3GPP ; ; 0
Wi-Fi Alliance ; ; 0
Bluetooth SIG ; ; 0
PCI Security Standards Council ; ; 0
OWASP ; Open Web Application Security Project ; 0
SANS Institute ; SANS ; 0
CERT ; CERT/CC ; 0
MITRE ; MITRE Corporation ; 0
RAND Corporation ; ; 0
Allen Institute for AI ; AI2 ; 0
"""

GOVERNMENT = """
NASA ; National Aeronautics and Space Administration ; 0
NASA Ames Research Center ; NASA Ames|Ames Research Center ; 0
Jet Propulsion Laboratory ; JPL|NASA JPL ; 0
NIST ; National Institute of Standards and Technology ; 0
National Science Foundation ; NSF ; 0
DARPA ; Defense Advanced Research Projects Agency ; 0
Department of Defense ; DoD ; 0
Department of Energy ; DOE ; 0
Department of Homeland Security ; DHS ; 0
National Security Agency ; NSA ; 0
Central Intelligence Agency ; CIA ; 0
Federal Bureau of Investigation ; FBI ; 0
Federal Communications Commission ; FCC ; 0
Federal Trade Commission ; FTC ; 0
Securities and Exchange Commission ; SEC ; 0
General Services Administration ; GSA ; 0
18F ; ; 0
United States Digital Service ; USDS ; 0
Centers for Medicare & Medicaid Services ; CMS ; 0
National Institutes of Health ; NIH ; 0
Centers for Disease Control and Prevention ; CDC ; 0
NOAA ; National Oceanic and Atmospheric Administration ; 0
U.S. Census Bureau ; Census Bureau ; 0
US Patent and Trademark Office ; USPTO ; 0
U.S. Army ; US Army ; 0
U.S. Navy ; US Navy ; 0
U.S. Air Force ; US Air Force|USAF ; 0
Lawrence Livermore National Laboratory ; LLNL ; 0
Lawrence Berkeley National Laboratory ; Berkeley Lab|LBNL ; 0
Los Alamos National Laboratory ; LANL ; 0
Oak Ridge National Laboratory ; ORNL ; 0
Argonne National Laboratory ; Argonne ; 0
Sandia National Laboratories ; Sandia ; 0
Brookhaven National Laboratory ; ; 0
Fermilab ; ; 0
SLAC National Accelerator Laboratory ; SLAC ; 0
National Center for Supercomputing Applications ; NCSA ; 0
Texas Advanced Computing Center ; TACC ; 0
San Diego Supercomputer Center ; SDSC ; 0
CERN ; ; 0
European Space Agency ; ESA ; 0
European Commission ; ; 0
European Union ; EU ; 0
European Parliament ; ; 0
United Nations ; UN ; 0
World Bank ; ; 0
UK Government Digital Service ; Government Digital Service|GDS ; 0
Cabinet Office ; ; 0
NHS ; National Health Service ; 0
GCHQ ; ; 0
Fraunhofer Society ; Fraunhofer ; 0
Max Planck Society ; Max Planck Institute ; 0
CNRS ; ; 0
INRIA ; Inria ; 0
CSIRO ; ; 0
NICTA ; ; 0
RIKEN ; ; 0
Chinese Academy of Sciences ; ; 0
Barcelona Supercomputing Center ; ; 0
GÉANT ; GEANT ; 0
Internet2 ; ; 0
ESnet ; ; 0
"""

UNIVERSITIES = """
Massachusetts Institute of Technology ; MIT ; 0
Stanford University ; Stanford ; 0
Harvard University ; Harvard ; 0
University of California, Berkeley ; UC Berkeley|Berkeley University ; 0
Carnegie Mellon University ; Carnegie Mellon|CMU ; 0
California Institute of Technology ; Caltech ; 0
Princeton University ; ; 0
Yale University ; Yale ; 0
Columbia University ; ; 0
Cornell University ; Cornell ; 0
University of Pennsylvania ; UPenn ; 0
Brown University ; ; 0
Dartmouth College ; Dartmouth ; 0
Duke University ; ; 0
University of Chicago ; UChicago ; 0
Northwestern University ; ; 0
Johns Hopkins University ; Johns Hopkins ; 0
New York University ; NYU ; 0
University of Southern California ; USC ; 0
University of California, Los Angeles ; UCLA ; 0
University of California, San Diego ; UCSD|UC San Diego ; 0
University of California, Santa Barbara ; UCSB ; 0
University of California, Santa Cruz ; UCSC ; 0
University of California, Davis ; UC Davis ; 0
University of California, Irvine ; UC Irvine|UCI ; 0
University of California, San Francisco ; UCSF ; 0
University of California ; ; 0
University of Washington ; UW ; 0
University of Michigan ; UMich ; 0
University of Illinois at Urbana-Champaign ; UIUC|University of Illinois ; 0
University of Wisconsin–Madison ; UW–Madison|University of Wisconsin ; 0
University of Texas at Austin ; UT Austin|University of Texas ; 0
University of Texas at San Antonio ; UTSA ; 0
University of Texas at Dallas ; UT Dallas ; 0
Texas A&M University ; Texas A&M|TAMU ; 0
Rice University ; ; 0
University of Colorado Boulder ; CU Boulder|University of Colorado ; 0
Colorado State University ; ; 0
University of Denver ; ; 0
Georgia Institute of Technology ; Georgia Tech ; 0
University of Maryland ; UMD ; 0
Virginia Tech ; ; 0
University of Virginia ; UVA ; 0
University of North Carolina ; UNC|UNC Chapel Hill ; 0
North Carolina State University ; NC State ; 0
Purdue University ; Purdue ; 0
Indiana University ; ; 0
Ohio State University ; The Ohio State University ; 0
Pennsylvania State University ; Penn State ; 0
University of Minnesota ; ; 0
University of Utah ; ; 0
Brigham Young University ; BYU ; 0
University of Arizona ; ; 0
Arizona State University ; ASU ; 0
Oregon State University ; ; 0
Portland State University ; ; 0
University of Oregon ; ; 0
Washington University in St. Louis ; WashU ; 0
Boston University ; ; 0
Northeastern University ; ; 0
Tufts University ; Tufts ; 0
University of Massachusetts ; UMass ; 0
Rensselaer Polytechnic Institute ; RPI ; 0
Rochester Institute of Technology ; RIT ; 0
University of Rochester ; ; 0
Syracuse University ; ; 0
University at Buffalo ; ; 0
Stony Brook University ; ; 0
University of Florida ; ; 0
Florida State University ; ; 0
University of Miami ; ; 0
Vanderbilt University ; Vanderbilt ; 0
Emory University ; ; 0
University of Notre Dame ; Notre Dame ; 0
University of Iowa ; ; 0
Iowa State University ; ; 0
University of Kansas ; ; 0
University of Missouri ; ; 0
University of Nebraska ; ; 0
University of Oklahoma ; ; 0
Oklahoma State University ; ; 0
University of Pittsburgh ; ; 0
Drexel University ; ; 0
Temple University ; ; 0
Georgetown University ; ; 0
George Washington University ; ; 0
George Mason University ; ; 0
San Jose State University ; SJSU ; 0
San Francisco State University ; ; 0
San Diego State University ; ; 0
Cal Poly ; California Polytechnic State University ; 0
Harvey Mudd College ; ; 0
Olin College ; ; 0
Naval Postgraduate School ; ; 0
University of Cambridge ; Cambridge University ; 0
University of Oxford ; Oxford University ; 0
Imperial College London ; Imperial College ; 0
University College London ; UCL ; 0
King's College London ; ; 0
London School of Economics ; LSE ; 0
University of Edinburgh ; ; 0
University of Manchester ; ; 0
University of Bristol ; ; 0
University of Southampton ; ; 0
University of Glasgow ; ; 0
ETH Zurich ; ETH Zürich ; 0
EPFL ; École Polytechnique Fédérale de Lausanne ; 0
Technical University of Munich ; TU Munich|TUM ; 0
Technische Universität Berlin ; TU Berlin ; 0
Karlsruhe Institute of Technology ; KIT ; 0
RWTH Aachen University ; RWTH Aachen ; 0
Delft University of Technology ; TU Delft ; 0
University of Amsterdam ; ; 0
Vrije Universiteit Amsterdam ; VU Amsterdam ; 0
KU Leuven ; ; 0
Sorbonne University ; Sorbonne ; 0
École Polytechnique ; ; 0
Politecnico di Milano ; ; 0
University of Helsinki ; ; 0
Aalto University ; ; 0
KTH Royal Institute of Technology ; KTH ; 0
Chalmers University of Technology ; Chalmers ; 0
University of Copenhagen ; ; 0
Technical University of Denmark ; DTU ; 0
University of Oslo ; ; 0
Trinity College Dublin ; ; 0
University of Toronto ; U of T ; 0
University of Waterloo ; ; 0
University of British Columbia ; UBC ; 0
McGill University ; McGill ; 0
Simon Fraser University ; SFU ; 0
University of Alberta ; ; 0
University of Melbourne ; ; 0
University of Sydney ; ; 0
Australian National University ; ANU ; 0
University of New South Wales ; UNSW ; 0
University of Auckland ; ; 0
University of Tokyo ; ; 0
Kyoto University ; ; 0
Tsinghua University ; Tsinghua ; 0
Peking University ; ; 0
National University of Singapore ; NUS ; 0
Nanyang Technological University ; NTU ; 0
KAIST ; ; 0
Seoul National University ; ; 0
Indian Institute of Technology ; IIT ; 0
Indian Institute of Science ; IISc ; 0
Technion ; Technion – Israel Institute of Technology ; 0
Hebrew University of Jerusalem ; ; 0
Tel Aviv University ; ; 0
Weizmann Institute of Science ; ; 0
University of São Paulo ; ; 0
University of Cape Town ; ; 0
Hasso Plattner Institute ; HPI ; 0
Open University ; The Open University ; 0
"""

COMMUNITIES = """
CodeChix ; ; 0
ChickTech ; ; 0
Blacks In Technology ; ; 0
Women in DevOps ; ; 0
Women Who Code ; WWCode ; 0
Girl Develop It ; GDI ; 0
Girls Who Code ; ; 0
Black Girls Code ; ; 0
PyLadies ; Pyladies ; 0
Rails Girls ; RailsGirls ; 0
RailsBridge ; ; 0
Django Girls ; ; 0
NodeSchool ; ; 0
Code Newbie ; CodeNewbie ; 0
Write/Speak/Code ; ; 0
Lesbians Who Tech ; ; 0
Hackbright Academy ; Hackbright ; 0
Women in Technology International ; WITI ; 0
Systers ; ; 0
LinuxChix ; ; 0
Ladies Learning Code ; ; 0
Women in Cloud ; ; 0
Women of OpenStack ; ; 0
OpenStack Women ; ; 0
OpenStack User Committee ; ; 0
OpenStack Ambassadors ; ; 0
OpenStack Operators ; OpenStack Ops ; 0
San Francisco Python Meetup ; SF Python ; 0
NYC Python ; ; 0
Boston Python ; ; 0
Seattle.rb ; ; 0
NYC.rb ; ; 0
Portland Ruby Brigade ; PDX.rb ; 0
Free Code Camp ; freeCodeCamp ; 0
CoderDojo ; ; 0
Mozilla Reps ; ; 0
Google Developer Groups ; GDG ; 0
Google Developer Experts ; GDE ; 0
Microsoft MVP ; ; 0
AWS Heroes ; ; 0
Docker Captains ; ; 0
Debian Developers ; ; 0
Hackers and Founders ; ; 0
Silicon Valley Bank ; SVB ; 0
"""


# cloud-native companies and CNCF members/startups
TECH_VENDORS = """
Grafana Labs ;  ; 0
Kasten ; Kasten by Veeam ; 0
Civo ;  ; 0
Banzai Cloud ;  ; 0
Isovalent ;  ; 0
Chainguard ;  ; 0
Upbound ;  ; 0
Kinvolk ;  ; 0
Jetstack ;  ; 0
Aiven ;  ; 0
Timescale ;  ; 0
PlanetScale ;  ; 0
Cockroach Labs ;  ; 0
Yugabyte ; YugabyteDB Inc. ; 0
Starburst ; Starburst Data ; 0
Ahana ;  ; 0
Imply ; Imply Data ; 1
Rockset ;  ; 0
Redpanda Data ; Vectorized ; 0
StreamNative ;  ; 0
Ververica ; data Artisans ; 0
Decodable ;  ; 0
Acryl Data ;  ; 0
Astronomer ;  ; 1
Prefect Technologies ;  ; 0
Dagster Labs ; Elementl ; 0
Fivetran ;  ; 0
dbt Labs ; Fishtown Analytics ; 0
Airbyte ;  ; 0
Hightouch ;  ; 0
Monte Carlo Data ;  ; 0
Pinecone Systems ;  ; 0
Weaviate B.V. ; SeMI Technologies ; 0
Zilliz ;  ; 0
Qdrant ;  ; 0
LangChain, Inc. ;  ; 0
LlamaIndex, Inc. ;  ; 0
Weights & Biases ; W&B|wandb ; 0
Anyscale ;  ; 0
Modal Labs ;  ; 0
Replicate ;  ; 1
Together AI ;  ; 0
Fireworks AI ;  ; 0
Groq ;  ; 0
Cerebras ; Cerebras Systems ; 0
SambaNova ; SambaNova Systems ; 0
Graphcore ;  ; 0
Lambda Labs ;  ; 0
CoreWeave ;  ; 0
Run:ai ;  ; 0
Seldon ;  ; 0
Iguazio ;  ; 0
Domino Data Lab ;  ; 0
Dataiku ;  ; 0
Alteryx ;  ; 0
DataRobot ;  ; 0
Determined AI ;  ; 0
Pachyderm ;  ; 0
OctoML ;  ; 0
Neural Magic ;  ; 0
Arize AI ;  ; 0
Fiddler AI ;  ; 0
WhyLabs ;  ; 0
Comet ML ; Comet.ml ; 0
Neptune.ai ;  ; 0
Labelbox ;  ; 0
Snorkel AI ;  ; 0
Mosaic ML ; MosaicML ; 0
Inflection AI ;  ; 0
Character.AI ;  ; 0
Perplexity AI ;  ; 0
xAI ;  ; 0
AI21 Labs ;  ; 0
Aleph Alpha ;  ; 0
Stability AI ;  ; 0
Midjourney ;  ; 0
Scale AI ;  ; 0
Appen ;  ; 0
Tetrate ;  ; 0
Kong Inc. ;  ; 0
Ambassador Labs ; Datawire ; 0
Traefik Labs ; Containous ; 0
NGINX, Inc. ; NGINX Inc. ; 0
HAProxy Technologies ;  ; 0
Solo.io ;  ; 0
Buoyant ;  ; 0
Aspen Mesh ;  ; 0
Styra ;  ; 0
Snyk ;  ; 0
Sysdig ;  ; 0
Aqua Security ;  ; 0
Twistlock ;  ; 0
StackRox ;  ; 0
NeuVector ;  ; 0
Anchore ;  ; 0
Wiz ; Wiz, Inc. ; 1
Lacework ;  ; 0
Orca Security ;  ; 0
Palo Alto Networks ;  ; 0
Fortinet ;  ; 0
Check Point ; Check Point Software ; 0
Zscaler ;  ; 0
Netskope ;  ; 0
Cloudflare ;  ; 0
Akamai ; Akamai Technologies ; 0
Imperva ;  ; 0
Okta, Inc. ;  ; 0
Auth0, Inc. ;  ; 0
Ping Identity ;  ; 0
ForgeRock ;  ; 0
CyberArk ;  ; 0
SailPoint ;  ; 0
BeyondTrust ;  ; 0
Duo Security ;  ; 0
1Password ; AgileBits ; 0
LastPass ;  ; 0
Bitwarden ;  ; 0
Keeper Security ;  ; 0
HackerOne ;  ; 0
Bugcrowd ;  ; 0
Synack ;  ; 0
Veracode ;  ; 0
Checkmarx ;  ; 0
Sonatype ;  ; 0
WhiteSource ; Mend.io ; 0
Black Duck Software ; Black Duck ; 0
Synopsys ;  ; 0
Cadence Design Systems ;  ; 0
GitGuardian ;  ; 0
Socket Security ;  ; 0
Endor Labs ;  ; 0
Legit Security ;  ; 0
Cycode ;  ; 0
Aikido Security ;  ; 0
Semgrep, Inc. ; r2c ; 0
Trail of Bits ;  ; 0
NCC Group ;  ; 0
Mandiant ; FireEye ; 0
SentinelOne ;  ; 0
CrowdStrike ;  ; 0
Carbon Black ;  ; 0
Tenable ;  ; 0
Qualys ;  ; 0
Rapid7 ;  ; 0
Trend Micro ;  ; 0
Sophos ;  ; 0
Kaspersky ; Kaspersky Lab ; 0
ESET ;  ; 0
Bitdefender ;  ; 0
Avast ;  ; 0
McAfee ;  ; 0
Elastic ; Elastic N.V.|Elastic NV ; 0
Splunk Inc. ;  ; 0
Sumo Logic ;  ; 0
New Relic ;  ; 0
Dynatrace ;  ; 0
AppDynamics ;  ; 0
Honeycomb ; Honeycomb.io ; 0
Lightstep ; LightStep ; 0
Chronosphere ;  ; 0
Coralogix ;  ; 0
Logz.io ;  ; 0
Mezmo ; LogDNA ; 0
Observe, Inc. ;  ; 0
Cribl ;  ; 0
Instana ;  ; 0
Epsagon ;  ; 0
Lumigo ;  ; 0
Thundra ;  ; 0
Groundcover ;  ; 0
Komodor ;  ; 0
Robusta ;  ; 1
Kubecost ;  ; 0
CAST AI ; Cast AI ; 0
Spot by NetApp ; Spotinst ; 0
StormForge ;  ; 0
Fairwinds ;  ; 0
Loft Labs ;  ; 0
Okteto ;  ; 0
Garden.io ;  ; 0
Tilt Dev ;  ; 0
Acorn Labs ;  ; 0
Mirantis ;  ; 0
Platform9 ;  ; 0
Spectro Cloud ;  ; 0
Rafay Systems ; Rafay ; 0
Portworx ;  ; 0
Robin.io ;  ; 0
Diamanti ;  ; 0
MayaData ;  ; 0
StorageOS ; Ondat ; 0
MinIO, Inc. ;  ; 0
Wasabi Technologies ;  ; 0
Backblaze ;  ; 0
Veeam ; Veeam Software ; 0
Cohesity ;  ; 0
Rubrik ;  ; 0
Druva ;  ; 0
Zerto ;  ; 0
Veritas Technologies ; Veritas ; 1
NetApp ;  ; 0
Pure Storage ;  ; 0
Hitachi Vantara ;  ; 0
VAST Data ;  ; 0
DataCore ;  ; 0
Nutanix ;  ; 0
Scality ;  ; 0
Cloudian ;  ; 0
Packet ; Packet Host ; 1
Equinix Metal ;  ; 0
Netlify, Inc. ;  ; 0
Cloudinary ;  ; 0
Supabase, Inc. ;  ; 0
Neon, Inc. ;  ; 0
Turso ;  ; 0
Upstash ;  ; 0
Xata ;  ; 0
Prisma Data ;  ; 0
Hasura ; Hasura, Inc. ; 0
Apollo GraphQL ;  ; 0
StepZen ;  ; 0
Postman ;  ; 0
Kong Inc. ;  ; 0
Tyk Technologies ;  ; 0
Gravitee ;  ; 0
Apigee ;  ; 0
MuleSoft ;  ; 0
Boomi ; Dell Boomi ; 0
Zapier ;  ; 0
Temporal Technologies ;  ; 0
Camunda ;  ; 0
Orkes ;  ; 0
Inngest ;  ; 0
Dapr Labs ;  ; 0
Diagrid ;  ; 0
Fermyon ;  ; 0
Cosmonic ;  ; 0
Suborbital ;  ; 0
Wasmer, Inc. ;  ; 0
Bytecode Alliance ;  ; 0
Docker, Inc. ;  ; 0
Mirantis ;  ; 0
Weaveworks ;  ; 0
Codefresh ;  ; 0
Harness ; Harness Inc.|Harness.io ; 1
Armory ;  ; 1
OpsMx ;  ; 0
Akuity ;  ; 0
Intuit ;  ; 0
Octopus Deploy ;  ; 0
Spacelift ;  ; 0
env0 ;  ; 0
Scalr ;  ; 0
Pulumi Corporation ;  ; 0
Gruntwork ;  ; 0
Firefly ;  ; 1
Buildkite ;  ; 0
CircleCI, Inc. ;  ; 0
Travis CI GmbH ;  ; 0
CloudBees ;  ; 0
JFrog ;  ; 0
Cloudsmith ;  ; 0
Packagecloud ;  ; 0
GitLab Inc. ;  ; 0
Sourcegraph ;  ; 0
Gitpod ;  ; 0
Coder Technologies ;  ; 1
Replit ; Repl.it ; 0
CodeSandbox ;  ; 0
StackBlitz ;  ; 0
Tabnine ; Codota ; 0
Codeium ;  ; 0
Cognition Labs ;  ; 0
Notion Labs ;  ; 0
Canva ;  ; 0
Miro ;  ; 1
Airtable ;  ; 0
Asana, Inc. ;  ; 0
Monday.com ;  ; 0
Smartsheet ;  ; 0
ClickUp ;  ; 0
Zendesk ;  ; 0
Freshworks ;  ; 0
HubSpot ;  ; 0
Atlassian ;  ; 0
Trello, Inc. ;  ; 0
PagerDuty, Inc. ;  ; 0
incident.io ;  ; 0
FireHydrant ;  ; 0
Rootly ;  ; 0
Blameless ;  ; 1
Gremlin ;  ; 1
Steadybit ;  ; 0
LaunchDarkly ;  ; 0
Split Software ; Split.io ; 0
Optimizely ;  ; 0
Flagsmith ;  ; 0
Unleash ;  ; 1
ConfigCat ;  ; 0
Statsig ;  ; 0
PostHog ;  ; 0
Amplitude ;  ; 0
Mixpanel ;  ; 0
Heap ;  ; 0
FullStory ;  ; 0
LogRocket ;  ; 0
Rollbar ;  ; 0
Bugsnag ;  ; 0
Raygun ;  ; 0
Checkly ;  ; 0
Pingdom ;  ; 0
Catchpoint ;  ; 0
ThousandEyes ;  ; 0
Kentik ;  ; 0
Gigamon ;  ; 0
Netdata ;  ; 0
SolarWinds ;  ; 0
Nagios Enterprises ;  ; 0
Zabbix LLC ;  ; 0
Icinga GmbH ;  ; 0
Checkmk ; tribe29 ; 0
Paessler ;  ; 0
LogicMonitor ;  ; 0
ScienceLogic ;  ; 0
BigPanda ;  ; 0
Moogsoft ;  ; 0
OpsRamp ;  ; 0
Datadog ;  ; 0
InfluxData ;  ; 0
VictoriaMetrics ;  ; 0
QuestDB ;  ; 0
Timescale ;  ; 0
Aerospike ;  ; 0
Couchbase, Inc. ;  ; 0
MongoDB Inc. ; MongoDB, Inc. ; 0
DataStax ;  ; 0
ScyllaDB ; ScyllaDB Inc. ; 0
MariaDB Corporation ; MariaDB plc ; 0
Percona ;  ; 0
EnterpriseDB ; EDB ; 0
Crunchy Data ;  ; 0
Citus Data ;  ; 0
2ndQuadrant ;  ; 0
TigerGraph ;  ; 0
ArangoDB GmbH ;  ; 0
Memgraph ;  ; 0
Dgraph Labs ;  ; 0
Cloudera ;  ; 0
Hortonworks ;  ; 0
MapR Technologies ;  ; 0
Databricks ;  ; 0
Snowflake Inc. ;  ; 0
Confluent ;  ; 0
Teradata ;  ; 0
Exasol ;  ; 0
ClickHouse, Inc. ;  ; 0
Firebolt ;  ; 0
MotherDuck ;  ; 0
DuckDB Labs ;  ; 0
Tableau Software ;  ; 0
Qlik ;  ; 0
ThoughtSpot ;  ; 0
Sisense ;  ; 0
Domo ;  ; 0
MicroStrategy ;  ; 0
Informatica Corporation ;  ; 0
Collibra ;  ; 0
Alation ;  ; 0
Matillion ;  ; 0
Palantir ; Palantir Technologies ; 0
SAS Institute ; SAS ; 0
MathWorks ; The MathWorks ; 0
Wolfram Research ;  ; 0
Posit ; RStudio, PBC ; 1
Anaconda, Inc. ;  ; 0
Quansight ;  ; 0
Enthought ;  ; 0
Esri ;  ; 0
Mapbox ;  ; 0
Carto ; CARTO ; 0
Planet Labs ;  ; 0
Twilio ;  ; 0
Sinch ;  ; 0
Bandwidth ;  ; 1
SendGrid ;  ; 0
Mailgun Technologies ;  ; 0
Postmark ;  ; 0
Stripe ;  ; 0
Adyen ;  ; 0
Square ; Block, Inc. ; 1
Plaid ;  ; 0
Klarna ;  ; 0
Revolut ;  ; 0
Monzo ; Monzo Bank ; 0
Starling Bank ;  ; 0
N26 ;  ; 0
Wise ; TransferWise ; 1
Nubank ;  ; 0
Coinbase ;  ; 0
Chainalysis ;  ; 0
Ripple ; Ripple Labs ; 1
ConsenSys ;  ; 0
Ethereum Foundation ;  ; 0
Brex ;  ; 0
Robinhood ; Robinhood Markets ; 0
SoFi ;  ; 0
Shopify ;  ; 0
BigCommerce ;  ; 0
Wix ; Wix.com ; 0
WordPress Foundation ;  ; 0
Automattic ;  ; 0
Sanity ; Sanity.io ; 1
Storyblok ;  ; 0
Strapi ;  ; 0
Algolia ;  ; 0
Elastic ;  ; 0
Lucidworks ;  ; 0
Coveo ;  ; 0
Yext ;  ; 0
Twitch ;  ; 0
Discord ; Discord Inc. ; 0
Slack Technologies ;  ; 0
Zoom Video Communications ;  ; 1
Dropbox ;  ; 0
Box, Inc. ;  ; 0
DocuSign ;  ; 0
Workday ;  ; 0
ServiceNow, Inc. ;  ; 0
Salesforce ;  ; 0
SAP ;  ; 0
Oracle ;  ; 1
Adobe ;  ; 0
Autodesk ;  ; 0
Intuit ;  ; 0
VMware ;  ; 0
Broadcom ;  ; 0
Citrix ;  ; 0
Nutanix ;  ; 0
Red Hat ;  ; 0
SUSE ;  ; 0
Canonical ;  ; 1
Rancher Labs ;  ; 0
Heptio ;  ; 0
Pivotal ;  ; 1
Kubermatic ;  ; 0
Giant Swarm ;  ; 0
Container Solutions ;  ; 0
Syself ;  ; 0
Sighup ; SIGHUP ; 0
Elastisys ;  ; 0
Cloudfleet ;  ; 0
Nirmata ;  ; 0
Cloudsmith ;  ; 0
Northflank ;  ; 0
Qovery ;  ; 0
Shipa ;  ; 0
Massdriver ;  ; 0
Humanitec ;  ; 0
OpsLevel ;  ; 0
Spotify ;  ; 0
Kasten ;  ; 0
Trilio ;  ; 0
CloudCasa ; Catalogic Software ; 0
Teleport ; Gravitational ; 1
StrongDM ;  ; 0
Tailscale ;  ; 0
ZeroTier ;  ; 0
NetBird ;  ; 0
Ngrok ; ngrok ; 0
Isovalent ;  ; 0
Tigera ;  ; 0
Cumulus Networks ;  ; 0
Big Switch Networks ;  ; 0
Pensando ;  ; 0
"""

# hardware, semiconductors, telecom equipment
HARDWARE = """
AMD ; Advanced Micro Devices ; 0
Marvell ; Marvell Technology ; 0
Xilinx ;  ; 0
Altera ;  ; 0
Ampere Computing ;  ; 0
SiFive ;  ; 0
RISC-V International ; RISC-V Foundation ; 0
TSMC ; Taiwan Semiconductor Manufacturing Company ; 0
GlobalFoundries ;  ; 0
Texas Instruments ;  ; 0
NXP Semiconductors ; NXP ; 0
Infineon ; Infineon Technologies ; 0
STMicroelectronics ;  ; 0
Renesas ; Renesas Electronics ; 0
MediaTek ;  ; 0
SK Hynix ;  ; 0
Western Digital ;  ; 0
Kioxia ;  ; 0
Lenovo ;  ; 0
Asus ; ASUS ; 0
Acer ;  ; 0
HP Inc. ;  ; 0
Supermicro ;  ; 0
Inspur ;  ; 0
Quanta Cloud Technology ; QCT ; 0
Wistron ;  ; 0
Nokia ;  ; 0
Ericsson ;  ; 0
ZTE ;  ; 0
Ciena ;  ; 0
Infinera ;  ; 0
Mavenir ;  ; 0
Radisys ;  ; 0
Casa Systems ;  ; 0
Ribbon Communications ;  ; 0
Extreme Networks ;  ; 0
Aruba Networks ;  ; 0
Ubiquiti ;  ; 0
Netgear ;  ; 0
Mellanox ;  ; 0
Chelsio ;  ; 0
Solarflare ;  ; 0
Barefoot Networks ;  ; 0
Pluribus Networks ;  ; 0
Kaloom ;  ; 0
DriveNets ;  ; 0
Arrcus ;  ; 0
Versa Networks ;  ; 0
VeloCloud ;  ; 0
Silver Peak ;  ; 0
Viptela ;  ; 0
Meraki ; Cisco Meraki ; 0
Nuage Networks ;  ; 0
Contrail Systems ;  ; 0
Affirmed Networks ;  ; 0
Metaswitch ; Metaswitch Networks ; 0
Canonical ;  ; 1
"""

# telecom operators
TELECOM = """
Verizon ; Verizon Communications ; 0
AT&T ;  ; 0
Sprint ;  ; 1
T-Mobile ;  ; 0
Comcast ;  ; 0
Charter Communications ;  ; 0
Cox Communications ;  ; 0
Vodafone ;  ; 0
BT ; British Telecom|BT Group ; 0
Telefónica ; Telefonica ; 0
Orange ;  ; 1
Deutsche Telekom ;  ; 0
Swisscom ;  ; 0
Telenor ;  ; 0
Telia ; Telia Company ; 0
KPN ;  ; 0
Proximus ;  ; 0
Telstra ;  ; 0
Optus ;  ; 0
Rogers Communications ;  ; 0
Bell Canada ;  ; 0
Telus ;  ; 0
Reliance Jio ;  ; 0
Bharti Airtel ;  ; 0
China Mobile ;  ; 0
China Telecom ;  ; 0
China Unicom ;  ; 0
NTT ;  ; 0
NTT Data ;  ; 0
SoftBank ; SoftBank Group ; 0
KDDI ;  ; 0
SK Telecom ;  ; 0
KT Corporation ;  ; 0
LG Uplus ;  ; 0
Singtel ;  ; 0
Turkcell ;  ; 0
Etisalat ;  ; 0
Saudi Telecom Company ;  ; 0
MTN Group ; MTN ; 0
Safaricom ;  ; 0
Telecom Italia ;  ; 0
Bouygues Telecom ;  ; 0
SFR ;  ; 0
Free Mobile ;  ; 0
Iliad ;  ; 0
Liberty Global ;  ; 0
Virgin Media ;  ; 0
Sky ; Sky Group ; 1
Elisa ; Elisa Oyj ; 1
Rakuten Mobile ;  ; 0
Lumen Technologies ;  ; 0
Zayo ;  ; 0
Cogent Communications ;  ; 0
Hurricane Electric ;  ; 0
Digital Realty ;  ; 0
Equinix ;  ; 0
CyrusOne ;  ; 0
Switch ;  ; 1
"""

# consultancies, system integrators, training
CONSULTANCIES_MEDIA = """
Accenture ;  ; 0
Deloitte ;  ; 0
PwC ; PricewaterhouseCoopers ; 0
KPMG ;  ; 0
McKinsey ; McKinsey & Company ; 0
Boston Consulting Group ; BCG ; 0
Bain & Company ;  ; 0
Capgemini ;  ; 0
Sogeti ;  ; 0
Atos ;  ; 0
Eviden ;  ; 0
Sopra Steria ;  ; 0
CGI ; CGI Group ; 0
Cognizant ;  ; 0
Infosys ;  ; 0
Wipro ;  ; 0
Tata Consultancy Services ; TCS ; 0
HCL Technologies ; HCLTech ; 0
Tech Mahindra ;  ; 0
LTIMindtree ; Larsen & Toubro Infotech|Mindtree ; 0
Mphasis ;  ; 0
Persistent Systems ;  ; 0
Hexaware ;  ; 0
Zensar ;  ; 0
EPAM Systems ; EPAM ; 0
Globant ;  ; 0
Endava ;  ; 0
Luxoft ;  ; 0
SoftServe ;  ; 0
DXC Technology ;  ; 0
Kyndryl ;  ; 0
Unisys ;  ; 0
Booz Allen Hamilton ;  ; 0
Leidos ;  ; 0
SAIC ;  ; 0
CACI ;  ; 0
ThoughtWorks ; Thoughtworks ; 0
Container Solutions ;  ; 0
Xebia ;  ; 0
OpenCredo ;  ; 0
Contino ;  ; 0
Slalom ;  ; 0
2nd Watch ;  ; 0
Cloudreach ;  ; 0
Mission Cloud ;  ; 0
Onica ;  ; 0
Nordcloud ;  ; 0
Claranet ;  ; 0
Adfinis ;  ; 0
Puzzle ITC ;  ; 0
Inovex ; inovex ; 0
Codecentric ; codecentric ; 0
INNOQ ; innoQ ; 0
Zühlke ; Zuhlke ; 0
Netcompany ;  ; 0
Tieto ; TietoEVRY ; 0
Reaktor ;  ; 0
Futurice ;  ; 0
Nortal ;  ; 0
Valtech ;  ; 0
Publicis Sapient ;  ; 0
Pivotal Labs ;  ; 0
Test Double ;  ; 0
Thoughtbot ; thoughtbot ; 0
Hashrocket ;  ; 0
Atomic Object ;  ; 0
Carbon Five ;  ; 0
Evil Martians ;  ; 0
Manning Publications ;  ; 0
O'Reilly Media ; O'Reilly ; 0
Packt ; Packt Publishing ; 0
No Starch Press ;  ; 0
Pragmatic Bookshelf ;  ; 0
Apress ;  ; 0
Addison-Wesley ;  ; 0
Pearson ;  ; 0
A Cloud Guru ;  ; 0
Linux Academy ;  ; 0
KodeKloud ;  ; 0
Udemy ;  ; 0
Coursera ;  ; 0
Pluralsight ;  ; 0
Frontend Masters ;  ; 0
Egghead.io ; ; 0
DataCamp ;  ; 0
Gartner ;  ; 0
Forrester ; Forrester Research ; 0
IDC ;  ; 0
RedMonk ;  ; 0
451 Research ;  ; 0
Omdia ;  ; 0
GigaOm ;  ; 0
The New Stack ;  ; 0
InfoQ ;  ; 0
DZone ;  ; 0
TechTarget ;  ; 0
ZDNet ;  ; 0
CNET ;  ; 0
Wired ;  ; 1
The Verge ;  ; 0
Ars Technica ;  ; 0
VentureBeat ;  ; 0
Business Insider ;  ; 0
Bloomberg ;  ; 0
Forbes ;  ; 0
Fortune ;  ; 1
The Economist ;  ; 0
Financial Times ;  ; 0
The Wall Street Journal ; Wall Street Journal|WSJ ; 0
Heise ; heise ; 0
"""

# consumer internet and software companies
CONSUMER_INTERNET = """
Alphabet ; Alphabet Inc. ; 0
Meta ;  ; 1
IBM Research ;  ; 0
Microsoft Research ; MSR ; 0
Google Research ;  ; 0
Google Brain ;  ; 0
Meta AI ; Facebook AI Research|FAIR ; 0
Nvidia Research ;  ; 0
Bell Labs ; Nokia Bell Labs ; 0
Xerox ;  ; 0
Snap Inc. ;  ; 0
WhatsApp ;  ; 0
Telegram ;  ; 1
Signal Messenger ;  ; 0
Zalando ;  ; 0
Delivery Hero ;  ; 0
HelloFresh ;  ; 0
Trivago ; trivago ; 0
Celonis ;  ; 0
Personio ;  ; 0
N26 ;  ; 0
GetYourGuide ;  ; 0
Babbel ;  ; 0
SoundCloud ;  ; 0
Skyscanner ;  ; 0
Deliveroo ;  ; 0
Just Eat Takeaway ; Just Eat ; 0
Ocado ; Ocado Technology ; 0
Sky Betting & Gaming ;  ; 0
Farfetch ;  ; 0
ASOS ;  ; 0
Wayfair ;  ; 0
Etsy ;  ; 0
eBay ;  ; 0
Zillow ;  ; 0
Redfin ;  ; 0
Instacart ;  ; 0
DoorDash ;  ; 0
Grubhub ;  ; 0
Postmates ;  ; 0
Uber ;  ; 0
Lyft ;  ; 0
Airbnb ;  ; 0
Booking.com ;  ; 0
Expedia ;  ; 0
Trip.com ; Ctrip ; 0
Agoda ;  ; 0
Grab ;  ; 1
Gojek ; GoTo ; 0
Sea Limited ;  ; 0
Tokopedia ;  ; 0
Bukalapak ;  ; 0
Traveloka ;  ; 0
Lazada ;  ; 0
Flipkart ;  ; 0
Paytm ;  ; 0
Swiggy ;  ; 0
Zomato ;  ; 0
Ola ; Ola Cabs ; 1
Razorpay ;  ; 0
PhonePe ;  ; 0
Zoho ; Zoho Corporation ; 0
InMobi ;  ; 0
Meesho ;  ; 0
Mercado Libre ; MercadoLibre ; 0
Rappi ;  ; 0
iFood ;  ; 0
Globo ; Grupo Globo ; 0
Ant Group ; Ant Financial ; 0
Baidu ;  ; 0
JD.com ;  ; 0
Meituan ;  ; 0
Pinduoduo ; PDD Holdings ; 0
Xiaomi ;  ; 0
NetEase ;  ; 0
Kuaishou ;  ; 0
Didi ; DiDi|Didi Chuxing ; 0
Trip.com Group ;  ; 0
Bilibili ;  ; 0
iQIYI ;  ; 0
Sina ; Sina Corporation ; 0
Weibo ;  ; 0
Ping An ; Ping An Insurance ; 0
PingCAP ;  ; 0
DaoCloud ;  ; 0
EMQ Technologies ; EMQ ; 0
Kyligence ;  ; 0
Lenovo Group ;  ; 0
Inspur Group ;  ; 0
ZTE Corporation ;  ; 0
Yandex ;  ; 0
VK ; VKontakte ; 0
Kaspersky ;  ; 0
JetBrains ;  ; 0
Naver ;  ; 0
Kakao ;  ; 0
Coupang ;  ; 0
Samsung SDS ;  ; 0
LG CNS ;  ; 0
Hyundai ; Hyundai Motor ; 0
Kia ;  ; 1
Line Corporation ; LINE ; 0
LINE Yahoo ; LY Corporation ; 0
Mercari ;  ; 0
CyberAgent ;  ; 0
DeNA ;  ; 0
GREE ;  ; 0
Cookpad ;  ; 0
Money Forward ;  ; 0
Preferred Networks ;  ; 0
Sakura Internet ;  ; 0
Fujitsu ;  ; 0
NEC ;  ; 0
Hitachi ;  ; 0
Toshiba ;  ; 0
Sony ;  ; 0
Nintendo ;  ; 0
Canon ;  ; 1
Ricoh ;  ; 0
Panasonic ;  ; 0
Yahoo Japan ;  ; 0
Z Holdings ;  ; 0
Rakuten ;  ; 0
Atlassian ;  ; 0
Canva ;  ; 0
Afterpay ;  ; 0
Xero ;  ; 0
Culture Amp ;  ; 0
SafetyCulture ;  ; 0
REA Group ;  ; 0
Seek ; SEEK ; 1
Envato ;  ; 0
Campaign Monitor ;  ; 0
Spotify ;  ; 0
Klarna ;  ; 0
Ericsson ;  ; 0
King ; King Digital Entertainment ; 1
Mojang ; Mojang Studios ; 0
Supercell ;  ; 0
Rovio ; Rovio Entertainment ; 0
Unity Technologies ;  ; 0
Epic Games ;  ; 0
Valve ; Valve Corporation ; 1
Roblox ;  ; 0
Activision Blizzard ; Activision ; 0
Ubisoft ;  ; 0
CD Projekt ; CD Projekt Red ; 0
Zynga ;  ; 0
Niantic ;  ; 0
Riot Games ;  ; 0
Bungie ;  ; 0
Electronic Arts ; EA ; 0
Take-Two Interactive ; Take-Two ; 0
Nexon ;  ; 0
Krafton ;  ; 0
NCSoft ; NCsoft ; 0
Booking Holdings ;  ; 0
Pinterest ;  ; 0
Reddit ;  ; 0
Quora ;  ; 0
Medium ; A Medium Corporation ; 1
Substack ;  ; 0
Patreon ;  ; 0
Kickstarter ;  ; 0
GoFundMe ;  ; 0
Yelp ;  ; 0
Nextdoor ;  ; 0
Tinder ;  ; 0
Match Group ;  ; 0
Bumble ;  ; 1
Duolingo ;  ; 0
Grammarly ;  ; 0
Evernote Corporation ;  ; 0
Mozilla ;  ; 0
Brave Software ;  ; 0
DuckDuckGo ;  ; 0
Proton AG ; ProtonMail ; 0
Wikimedia Foundation ;  ; 0
Internet Archive ;  ; 0
Automattic ;  ; 0
Ghost Foundation ;  ; 0
Mattermost, Inc. ;  ; 0
Rocket.Chat ;  ; 0
Element ; New Vector ; 1
Matrix.org Foundation ;  ; 0
Nextcloud GmbH ;  ; 0
ownCloud GmbH ;  ; 0
Collabora ;  ; 0
Igalia ;  ; 0
Codethink ;  ; 0
Linaro ;  ; 0
Toradex ;  ; 0
Bootlin ; Free Electrons ; 0
Pengutronix ;  ; 0
Wind River ; Wind River Systems ; 0
BlackBerry ; BlackBerry Limited ; 0
QNX ;  ; 0
Green Hills Software ;  ; 0
Raspberry Pi Ltd ;  ; 0
Adafruit ; Adafruit Industries ; 0
SparkFun ; SparkFun Electronics ; 0
Espressif ; Espressif Systems ; 0
Particle ;  ; 1
Balena ; balena|Resin.io ; 0
System76 ;  ; 0
Purism ;  ; 0
Framework Computer ;  ; 0
Tuxedo Computers ;  ; 0
Pine64 ;  ; 0
Fairphone ;  ; 0
Jolla ;  ; 0
Tesla ;  ; 0
Rivian ;  ; 0
Waymo ;  ; 0
Cruise ;  ; 1
Aurora Innovation ;  ; 0
Zoox ;  ; 0
Mobileye ;  ; 0
Bosch ;  ; 0
Continental ; Continental AG ; 1
Siemens ;  ; 0
Schneider Electric ;  ; 0
ABB ;  ; 0
Honeywell ;  ; 0
Philips ;  ; 0
General Electric ; GE ; 0
GE Healthcare ;  ; 0
Caterpillar ;  ; 1
John Deere ; Deere & Company ; 0
3M ;  ; 0
Airbus ;  ; 0
Boeing ;  ; 0
Lockheed Martin ;  ; 0
Raytheon ;  ; 0
Northrop Grumman ;  ; 0
BAE Systems ;  ; 0
Thales ; Thales Group ; 0
Dassault Systèmes ; Dassault Systemes ; 0
Rolls-Royce ;  ; 0
SpaceX ;  ; 0
Blue Origin ;  ; 0
"""

# large enterprises that keynote at tech conferences: finance
FINANCE = """
JPMorgan Chase ; JP Morgan|J.P. Morgan|JPMorgan ; 0
Goldman Sachs ;  ; 0
Morgan Stanley ;  ; 0
Bank of America ;  ; 0
Citigroup ; Citi|Citibank ; 0
Wells Fargo ;  ; 0
Capital One ;  ; 0
American Express ; Amex ; 0
Visa ; Visa Inc. ; 1
Mastercard ;  ; 0
PayPal ;  ; 0
U.S. Bank ;  ; 0
PNC Financial Services ; PNC ; 0
Truist ;  ; 0
Charles Schwab ;  ; 0
Fidelity Investments ;  ; 0
Vanguard ; The Vanguard Group ; 1
BlackRock ;  ; 0
State Street ; State Street Corporation ; 0
BNY Mellon ; Bank of New York Mellon ; 0
Northern Trust ;  ; 0
Nasdaq ;  ; 0
New York Stock Exchange ; NYSE ; 0
Intercontinental Exchange ;  ; 0
CME Group ;  ; 0
London Stock Exchange Group ; LSEG ; 0
Deutsche Börse ; Deutsche Borse ; 0
Refinitiv ;  ; 0
S&P Global ;  ; 0
Moody's ;  ; 0
Fitch Ratings ;  ; 0
Experian ;  ; 0
Equifax ;  ; 0
TransUnion ;  ; 0
FICO ;  ; 0
Two Sigma ;  ; 0
Jane Street ;  ; 0
Citadel ; Citadel Securities ; 1
Bridgewater Associates ; Bridgewater ; 0
D. E. Shaw ; D. E. Shaw & Co. ; 0
Renaissance Technologies ;  ; 0
HSBC ;  ; 0
Barclays ;  ; 0
Lloyds Banking Group ; Lloyds Bank ; 0
NatWest ; NatWest Group|Royal Bank of Scotland|RBS ; 0
Standard Chartered ;  ; 0
Santander ; Banco Santander ; 0
BBVA ;  ; 0
CaixaBank ;  ; 0
BNP Paribas ;  ; 0
Société Générale ; Societe Generale ; 0
Crédit Agricole ; Credit Agricole ; 0
Deutsche Bank ;  ; 0
Commerzbank ;  ; 0
UBS ;  ; 0
Credit Suisse ;  ; 0
ING ; ING Group|ING Bank ; 0
ABN AMRO ;  ; 0
Rabobank ;  ; 0
Nordea ;  ; 0
Danske Bank ;  ; 0
SEB ; Skandinaviska Enskilda Banken ; 0
Handelsbanken ;  ; 0
Swedbank ;  ; 0
DNB ; DNB ASA ; 0
UniCredit ;  ; 0
Intesa Sanpaolo ;  ; 0
Allianz ;  ; 0
AXA ;  ; 0
Generali ; Assicurazioni Generali ; 0
Zurich Insurance Group ; Zurich Insurance ; 0
Swiss Re ;  ; 0
Munich Re ;  ; 0
Aviva ;  ; 0
Prudential ; Prudential Financial ; 0
MetLife ;  ; 0
AIG ; American International Group ; 0
Liberty Mutual ;  ; 0
State Farm ;  ; 0
Allstate ;  ; 0
Progressive ; Progressive Insurance ; 1
Nationwide ; Nationwide Insurance ; 1
USAA ;  ; 0
GEICO ; Geico ; 0
Travelers ; The Travelers Companies ; 1
The Hartford ;  ; 0
Aetna ;  ; 0
Anthem ; Elevance Health ; 1
Cigna ;  ; 0
Humana ;  ; 0
UnitedHealth Group ; UnitedHealthcare ; 0
Kaiser Permanente ;  ; 0
Royal Bank of Canada ; RBC ; 0
TD Bank ; Toronto-Dominion Bank ; 0
Scotiabank ;  ; 0
BMO ; Bank of Montreal ; 0
CIBC ;  ; 0
Commonwealth Bank ; Commonwealth Bank of Australia|CBA ; 0
ANZ ; ANZ Bank ; 0
Westpac ;  ; 0
National Australia Bank ; NAB ; 0
DBS Bank ; DBS ; 0
OCBC ; OCBC Bank ; 0
UOB ; United Overseas Bank ; 0
ICICI Bank ; ICICI ; 0
HDFC Bank ; HDFC ; 0
State Bank of India ; SBI ; 0
Itaú Unibanco ; Itau ; 0
Bradesco ;  ; 0
Mitsubishi UFJ Financial Group ; MUFG ; 0
Mizuho ; Mizuho Financial Group ; 0
Nomura ; Nomura Holdings ; 0
Sumitomo Mitsui ; SMBC ; 0
Industrial and Commercial Bank of China ; ICBC ; 0
Bank of China ;  ; 0
China Construction Bank ;  ; 0
European Central Bank ; ECB ; 0
Federal Reserve ;  ; 0
Bank of England ;  ; 0
Deutsche Bundesbank ; Bundesbank ; 0
International Monetary Fund ; IMF ; 0
World Bank ;  ; 0
"""

# retail, consumer goods, logistics
RETAIL_LOGISTICS = """
Walmart ; Wal-Mart ; 0
Target ; Target Corporation ; 1
Costco ;  ; 0
Home Depot ; The Home Depot ; 0
Lowe's ;  ; 0
Best Buy ;  ; 0
Kroger ;  ; 0
Walgreens ; Walgreens Boots Alliance ; 0
CVS Health ;  ; 0
Macy's ;  ; 0
Nordstrom ;  ; 0
Gap ; Gap Inc. ; 1
Nike ;  ; 1
Adidas ; adidas ; 0
Under Armour ;  ; 0
Levi Strauss & Co. ; Levi's ; 0
Starbucks ;  ; 0
McDonald's ;  ; 0
Domino's ; Domino's Pizza ; 0
Chick-fil-A ;  ; 0
Coca-Cola ; The Coca-Cola Company ; 0
PepsiCo ; Pepsi ; 0
Procter & Gamble ; P&G ; 0
Unilever ;  ; 0
Nestlé ; Nestle ; 0
Danone ;  ; 0
Heineken ;  ; 0
AB InBev ; Anheuser-Busch InBev ; 0
Diageo ;  ; 0
L'Oréal ; L'Oreal ; 0
IKEA ; Ikea|Ingka Group ; 0
H&M ;  ; 0
Inditex ;  ; 0
Carrefour ;  ; 0
Tesco ;  ; 0
Sainsbury's ;  ; 0
Marks & Spencer ; M&S ; 0
John Lewis ; John Lewis Partnership ; 0
Ahold Delhaize ;  ; 0
Aldi ;  ; 0
Lidl ;  ; 0
Otto Group ;  ; 0
Rewe ; REWE Group ; 0
Metro AG ;  ; 0
Decathlon ;  ; 0
Leroy Merlin ;  ; 0
Woolworths ;  ; 0
Coles ; Coles Group ; 1
FedEx ;  ; 0
UPS ; United Parcel Service ; 0
DHL ; Deutsche Post DHL ; 0
Maersk ; A.P. Moller-Maersk ; 0
Deutsche Bahn ;  ; 0
SNCF ;  ; 0
Amtrak ;  ; 0
Transport for London ; TfL ; 0
Delta Air Lines ;  ; 1
United Airlines ;  ; 0
American Airlines ;  ; 0
Southwest Airlines ;  ; 0
Alaska Airlines ;  ; 0
JetBlue ;  ; 0
Lufthansa ; Lufthansa Group ; 0
Air France-KLM ; KLM|Air France ; 0
British Airways ;  ; 0
Ryanair ;  ; 0
easyJet ; EasyJet ; 0
Emirates ; Emirates Airline ; 1
Qantas ;  ; 0
Singapore Airlines ;  ; 0
Marriott ; Marriott International ; 0
Hilton ; Hilton Worldwide ; 1
"""

# media and entertainment
MEDIA_ENTERTAINMENT = """
Warner Music Group ;  ; 0
Universal Music Group ;  ; 0
Sony Music ; Sony Music Entertainment ; 0
Warner Bros. Discovery ; Warner Bros.|WarnerMedia ; 0
Paramount ; Paramount Global|ViacomCBS ; 1
NBCUniversal ;  ; 0
Fox Corporation ;  ; 1
Sony Pictures ;  ; 0
The Walt Disney Company ; Walt Disney ; 0
HBO ;  ; 0
Pixar ; Pixar Animation Studios ; 0
DreamWorks Animation ; DreamWorks ; 0
Industrial Light & Magic ; ILM ; 0
Weta Digital ; Weta FX ; 0
Lucasfilm ;  ; 0
BBC ;  ; 0
ITV ;  ; 0
Channel 4 ;  ; 0
Sky UK ;  ; 0
ProSiebenSat.1 ;  ; 0
RTL Group ;  ; 0
Canal+ ;  ; 0
Mediaset ;  ; 0
ZDF ;  ; 0
ARD ;  ; 0
NHK ;  ; 0
CBC ; Canadian Broadcasting Corporation ; 0
ABC ; Australian Broadcasting Corporation ; 0
CNN ;  ; 0
CBS ;  ; 0
NBC ;  ; 0
ESPN ;  ; 0
Turner Broadcasting ;  ; 0
The New York Times ; New York Times|NYT ; 0
The Washington Post ; Washington Post ; 0
The Times ;  ; 0
Financial Times ;  ; 0
The Atlantic ;  ; 0
Vox Media ;  ; 0
BuzzFeed ;  ; 0
Vice Media ;  ; 0
Condé Nast ; Conde Nast ; 0
Hearst ; Hearst Communications ; 0
News Corp ;  ; 0
Axel Springer ;  ; 0
Schibsted ;  ; 0
Bonnier ;  ; 0
Netflix ;  ; 0
Hulu ;  ; 0
Roku ;  ; 0
iHeartMedia ;  ; 0
SiriusXM ; Sirius XM ; 0
Pandora ;  ; 1
Deezer ;  ; 0
Tidal ;  ; 1
Peloton ;  ; 0
"""

# health, pharma, energy, automotive, industry
INDUSTRY = """
Johnson & Johnson ;  ; 0
Pfizer ;  ; 0
Moderna ;  ; 0
Novartis ;  ; 0
Roche ;  ; 0
Genentech ;  ; 0
Merck ; Merck & Co.|MSD ; 1
AstraZeneca ;  ; 0
GSK ; GlaxoSmithKline ; 0
Sanofi ;  ; 0
Bayer ;  ; 0
Novo Nordisk ;  ; 0
Eli Lilly ;  ; 0
Bristol Myers Squibb ;  ; 0
AbbVie ;  ; 0
Amgen ;  ; 0
Gilead Sciences ; Gilead ; 0
Illumina ;  ; 0
Medtronic ;  ; 0
Siemens Healthineers ;  ; 0
Philips Healthcare ;  ; 0
Cerner ;  ; 0
Epic Systems ;  ; 0
Mayo Clinic ;  ; 0
Cleveland Clinic ;  ; 0
ExxonMobil ; Exxon Mobil ; 0
Chevron ;  ; 0
Shell ; Royal Dutch Shell ; 1
BP ;  ; 0
TotalEnergies ;  ; 0
Equinor ; Statoil ; 0
Saudi Aramco ; Aramco ; 0
Schlumberger ; SLB ; 0
Halliburton ;  ; 0
Baker Hughes ;  ; 0
Enel ;  ; 0
EDF ; Électricité de France ; 0
E.ON ;  ; 0
RWE ;  ; 0
Iberdrola ;  ; 0
Vattenfall ;  ; 0
Ørsted ; Orsted ; 0
National Grid ;  ; 0
Duke Energy ;  ; 0
Ford ; Ford Motor Company ; 0
General Motors ;  ; 0
Stellantis ;  ; 0
Volkswagen ; Volkswagen Group|VW ; 0
Mercedes-Benz ; Mercedes-Benz Group|Daimler ; 0
BMW ; BMW Group ; 0
Audi ;  ; 0
Porsche ;  ; 0
Renault ; Renault Group ; 0
Volvo ; Volvo Cars ; 0
Scania ;  ; 0
Toyota ;  ; 0
Honda ;  ; 0
Nissan ;  ; 0
Mazda ;  ; 0
Subaru ;  ; 0
Tata Motors ;  ; 0
Tata Group ;  ; 0
Reliance Industries ;  ; 0
Mahindra ; Mahindra Group ; 0
Larsen & Toubro ; L&T ; 0
Infosys ;  ; 0
"""

# foundations, consortia, standards bodies, communities
FOUNDATIONS_MORE = """
Cloud Native Computing Foundation ;  ; 0
Continuous Delivery Foundation ; CD Foundation|CDF ; 0
LF AI & Data ; LF AI & Data Foundation|LF AI ; 0
LF Networking ; LFN ; 0
LF Edge ;  ; 0
LF Energy ;  ; 0
LF Public Health ;  ; 0
LF Research ;  ; 0
TODO Group ;  ; 0
FinOps Foundation ;  ; 0
GraphQL Foundation ;  ; 0
OpenAPI Initiative ;  ; 0
Cloud Foundry Foundation ;  ; 0
Hyperledger Foundation ;  ; 0
Academy Software Foundation ; ASWF ; 0
Automotive Grade Linux ; AGL ; 0
Zephyr Project ;  ; 0
Yocto Project ;  ; 0
Open Mainframe Project ;  ; 0
OpenChain Project ;  ; 0
Confidential Computing Consortium ;  ; 0
Open Source Program Office ; OSPO ; 0
PyTorch Foundation ;  ; 0
Open Voice Network ;  ; 0
OpenSearch Software Foundation ;  ; 0
OpenSSF ;  ; 0
Alpha-Omega ;  ; 0
Sovereign Tech Fund ; Sovereign Tech Agency ; 0
NLnet Foundation ; NLnet ; 0
Open Technology Fund ;  ; 0
Mozilla Foundation ;  ; 0
Apache Software Foundation ;  ; 0
Eclipse Foundation ;  ; 0
OW2 ;  ; 0
OpenUK ;  ; 0
Open Source Initiative ; OSI ; 0
Software Freedom Law Center ; SFLC ; 0
Free Software Foundation Europe ; FSFE ; 0
Open Knowledge Foundation ;  ; 0
Open Source Geospatial Foundation ;  ; 0
Document Foundation ; The Document Foundation ; 0
X.Org Foundation ;  ; 0
FreeBSD Foundation ;  ; 0
NetBSD Foundation ;  ; 0
OpenBSD Foundation ;  ; 0
Gentoo Foundation ;  ; 0
openSUSE Project ;  ; 0
Kubernetes SIG Network ; SIG Network ; 0
Kubernetes SIG Storage ; SIG Storage ; 0
Kubernetes SIG Node ; SIG Node ; 0
Kubernetes SIG Apps ; SIG Apps ; 0
Kubernetes SIG Auth ; SIG Auth ; 0
Kubernetes SIG Scheduling ; SIG Scheduling ; 0
Kubernetes SIG Cluster Lifecycle ; SIG Cluster Lifecycle ; 0
Kubernetes SIG Release ; SIG Release ; 0
Kubernetes SIG Security ; SIG Security ; 0
Kubernetes SIG Contributor Experience ; SIG Contributor Experience|SIG ContribEx ; 0
Kubernetes SIG Docs ; SIG Docs ; 0
Kubernetes SIG Testing ; SIG Testing ; 0
Kubernetes SIG Architecture ; SIG Architecture ; 0
Kubernetes SIG Autoscaling ; SIG Autoscaling ; 0
Kubernetes SIG CLI ; SIG CLI ; 0
Kubernetes SIG Instrumentation ; SIG Instrumentation ; 0
Kubernetes SIG Multicluster ; SIG Multicluster ; 0
Kubernetes SIG Windows ; SIG Windows ; 0
Kubernetes SIG Cloud Provider ; SIG Cloud Provider ; 0
Kubernetes SIG API Machinery ; SIG API Machinery ; 0
Kubernetes SIG Scalability ; SIG Scalability ; 0
Kubernetes Steering Committee ;  ; 0
CNCF Technical Oversight Committee ; CNCF TOC ; 0
CNCF TAG Security ; TAG Security ; 0
CNCF TAG Observability ; TAG Observability ; 0
CNCF TAG App Delivery ; TAG App Delivery ; 0
CNCF TAG Runtime ; TAG Runtime ; 0
CNCF TAG Storage ; TAG Storage ; 0
CNCF TAG Network ; TAG Network ; 0
CNCF TAG Contributor Strategy ; TAG Contributor Strategy ; 0
CNCF TAG Environmental Sustainability ; TAG Environmental Sustainability ; 0
CNCF End User Community ;  ; 0
CNCF Ambassadors ;  ; 0
Python Steering Council ;  ; 0
W3C ; World Wide Web Consortium ; 0
WHATWG ;  ; 0
IETF ;  ; 0
IEEE ;  ; 0
ISO ; International Organization for Standardization ; 0
IEC ; International Electrotechnical Commission ; 0
ANSI ; American National Standards Institute ; 0
ITU ; International Telecommunication Union ; 0
3GPP ;  ; 0
ETSI ;  ; 0
O-RAN Alliance ;  ; 0
GSMA ;  ; 0
TM Forum ;  ; 0
MEF ; MEF Forum ; 0
Open Networking Foundation ; ONF ; 0
Broadband Forum ;  ; 0
Wi-Fi Alliance ;  ; 0
Bluetooth SIG ;  ; 0
USB Implementers Forum ; USB-IF ; 0
PCI-SIG ;  ; 0
JEDEC ;  ; 0
SNIA ;  ; 0
NVM Express ;  ; 0
CXL Consortium ;  ; 0
UEFI Forum ;  ; 0
Trusted Computing Group ;  ; 0
FIDO Alliance ;  ; 0
OpenID Foundation ;  ; 0
Kantara Initiative ;  ; 0
CIS ; Center for Internet Security ; 0
Cloud Security Alliance ; CSA ; 0
OWASP ; OWASP Foundation ; 0
MITRE ;  ; 0
FIRST ; Forum of Incident Response and Security Teams ; 1
CISA ; Cybersecurity and Infrastructure Security Agency ; 0
ENISA ;  ; 0
NCSC ; National Cyber Security Centre ; 0
BSI ; Bundesamt für Sicherheit in der Informationstechnik ; 0
Green Software Foundation ;  ; 0
Climate Change AI ;  ; 0
Partnership on AI ;  ; 0
MLCommons ;  ; 0
AI Alliance ;  ; 0
Allen Institute for AI ; AI2 ; 0
EleutherAI ;  ; 0
LAION ;  ; 0
BigScience ;  ; 0
Mila ; Mila - Quebec AI Institute ; 1
Vector Institute ;  ; 0
Alan Turing Institute ; The Alan Turing Institute ; 0
Max Planck Institute for Informatics ;  ; 0
DFKI ; German Research Center for Artificial Intelligence ; 0
CEA ;  ; 0
TNO ;  ; 0
VTT ; VTT Technical Research Centre of Finland ; 0
SINTEF ;  ; 0
RISE Research Institutes of Sweden ;  ; 0
A*STAR ;  ; 0
NII ; National Institute of Informatics ; 0
AIST ;  ; 0
ETRI ;  ; 0
CSAIL ; MIT CSAIL ; 0
Berkman Klein Center ;  ; 0
Software Carpentry ; The Carpentries ; 0
rOpenSci ;  ; 0
pyOpenSci ;  ; 0
Chaos Computer Club ;  ; 0
Electronic Frontier Foundation ; EFF ; 0
Internet Security Research Group ; ISRG ; 0
Open Rights Group ;  ; 0
Freedom of the Press Foundation ;  ; 0
Tor Project ;  ; 0
OpenStreetMap Foundation ;  ; 0
Apereo Foundation ;  ; 0
Linux Professional Institute ; LPI ; 0
CompTIA ;  ; 0
(ISC)² ; ISC2 ; 0
ISACA ;  ; 0
Project Management Institute ; PMI ; 0
DevOps Institute ;  ; 0
DevOps Research and Assessment ; DORA ; 0
Agile Alliance ;  ; 0
Scrum Alliance ;  ; 0
Scrum.org ;  ; 0
Scaled Agile ; Scaled Agile, Inc. ; 0
Continuous Delivery Foundation ;  ; 0
Women in Linux ;  ; 0
Women in Tech ;  ; 0
Techqueria ;  ; 0
Black Women in Tech ;  ; 0
/dev/color ;  ; 0
Code2040 ;  ; 0
Girls in Tech ;  ; 0
Women in Data Science ; WiDS ; 0
Women in Machine Learning ; WiML ; 0
Black in AI ;  ; 0
Queer in AI ;  ; 0
LatinX in AI ;  ; 0
Out in Tech ;  ; 0
TechLadies ;  ; 0
Women Techmakers ;  ; 0
She Codes ;  ; 0
CodeBar ; codebar ; 0
Coding Black Females ;  ; 0
Ladies of Code ;  ; 0
R-Ladies ; RLadies ; 0
NumFOCUS ;  ; 0
Python Software Foundation ;  ; 0
Django Software Foundation ;  ; 0
Plone Foundation ;  ; 0
Drupal Association ;  ; 0
PHP Foundation ;  ; 0
OpenJS Foundation ;  ; 0
Linux Foundation ;  ; 0
Linux Foundation Europe ;  ; 0
Linux Foundation Japan ;  ; 0
LF Decentralized Trust ;  ; 0
Open Compute Project ; OCP ; 0
Open Invention Network ; OIN ; 0
Software Freedom Conservancy ;  ; 0
Open Source Collective ;  ; 0
Open Collective ;  ; 0
Tidelift ;  ; 0
"""

# universities known for computer science
UNIVERSITIES_MORE = """
Princeton University ;  ; 0
Yale University ; Yale ; 0
Harvard University ; Harvard ; 0
Columbia University ;  ; 0
Cornell University ; Cornell ; 0
Cornell Tech ;  ; 0
University of Washington ; UW ; 0
University of Michigan ; UMich ; 0
Purdue University ; Purdue ; 0
University of Massachusetts Amherst ; UMass Amherst ; 0
University of Virginia ; UVA ; 0
Virginia Tech ;  ; 0
Duke University ;  ; 0
Rice University ;  ; 0
Johns Hopkins University ;  ; 0
New York University ; NYU ; 0
University of Southern California ; USC ; 0
Texas A&M University ; Texas A&M ; 0
University of Chicago ; UChicago ; 0
Northwestern University ;  ; 0
University of Pennsylvania ; UPenn ; 0
Brown University ;  ; 0
Dartmouth College ; Dartmouth ; 0
University of Arizona ;  ; 0
Arizona State University ; ASU ; 0
University of Utah ;  ; 0
Oregon State University ;  ; 0
University of Oregon ;  ; 0
Portland State University ;  ; 0
University of Minnesota ;  ; 0
Ohio State University ; The Ohio State University ; 0
Rutgers University ; Rutgers ; 0
Stony Brook University ;  ; 0
University at Buffalo ;  ; 0
Boston University ;  ; 0
Northeastern University ;  ; 0
Tufts University ;  ; 0
Brandeis University ;  ; 0
Worcester Polytechnic Institute ; WPI ; 0
Rensselaer Polytechnic Institute ; RPI ; 0
Rochester Institute of Technology ; RIT ; 0
Drexel University ;  ; 0
Vanderbilt University ;  ; 0
Emory University ;  ; 0
University of Florida ;  ; 0
University of Central Florida ; UCF ; 0
North Carolina State University ; NC State ; 0
Clemson University ;  ; 0
University of Georgia ;  ; 0
University of Kentucky ;  ; 0
University of Tennessee ;  ; 0
University of Houston ;  ; 0
University of North Texas ;  ; 0
Baylor University ;  ; 0
Southern Methodist University ; SMU ; 0
University of Notre Dame ; Notre Dame ; 0
Indiana University ;  ; 0
Iowa State University ;  ; 0
University of Nebraska–Lincoln ;  ; 0
Kansas State University ;  ; 0
University of Missouri ; Mizzou ; 0
Washington University in St. Louis ; WashU ; 0
Saint Louis University ;  ; 0
University of Pittsburgh ;  ; 0
Case Western Reserve University ;  ; 0
University of Cincinnati ;  ; 0
Michigan State University ;  ; 0
Wayne State University ;  ; 0
University of Waterloo ;  ; 0
University of Toronto ;  ; 0
McGill University ;  ; 0
Université de Montréal ; University of Montreal ; 0
University of British Columbia ; UBC ; 0
Simon Fraser University ; SFU ; 0
University of Alberta ;  ; 0
University of Calgary ;  ; 0
University of Ottawa ;  ; 0
Carleton University ;  ; 0
Queen's University ;  ; 0
McMaster University ;  ; 0
Western University ;  ; 0
Dalhousie University ;  ; 0
Concordia University ;  ; 0
University of Oxford ; Oxford University ; 0
University of Cambridge ; Cambridge University ; 0
Imperial College London ; Imperial College ; 0
University College London ; UCL ; 0
King's College London ;  ; 0
University of Edinburgh ;  ; 0
University of Glasgow ;  ; 0
University of Manchester ;  ; 0
University of Bristol ;  ; 0
University of Warwick ;  ; 0
University of Southampton ;  ; 0
University of Leeds ;  ; 0
University of Sheffield ;  ; 0
University of Birmingham ;  ; 0
University of Nottingham ;  ; 0
Newcastle University ;  ; 0
Lancaster University ;  ; 0
University of York ;  ; 0
University of Bath ;  ; 0
Durham University ;  ; 0
Cardiff University ;  ; 0
Queen Mary University of London ;  ; 0
University of St Andrews ;  ; 0
Heriot-Watt University ;  ; 0
Trinity College Dublin ;  ; 0
University College Dublin ; UCD ; 0
ETH Zurich ; ETH Zürich|ETH ; 0
EPFL ; École Polytechnique Fédérale de Lausanne ; 0
University of Zurich ;  ; 0
University of Geneva ;  ; 0
University of Bern ;  ; 0
Technical University of Munich ; TUM|TU Munich ; 0
Ludwig Maximilian University of Munich ; LMU Munich ; 0
Technische Universität Berlin ; TU Berlin ; 0
Humboldt University of Berlin ;  ; 0
Free University of Berlin ; FU Berlin ; 0
Karlsruhe Institute of Technology ; KIT ; 0
RWTH Aachen University ; RWTH Aachen ; 0
TU Darmstadt ; Technische Universität Darmstadt ; 0
TU Dresden ;  ; 0
University of Stuttgart ;  ; 0
Heidelberg University ;  ; 0
University of Freiburg ;  ; 0
University of Tübingen ;  ; 0
Saarland University ;  ; 0
University of Hamburg ;  ; 0
University of Bonn ;  ; 0
University of Potsdam ;  ; 0
TU Wien ; Vienna University of Technology ; 0
University of Vienna ;  ; 0
Graz University of Technology ; TU Graz ; 0
Johannes Kepler University Linz ; JKU ; 0
Delft University of Technology ; TU Delft ; 0
Eindhoven University of Technology ; TU Eindhoven ; 0
University of Twente ;  ; 0
Vrije Universiteit Amsterdam ; VU Amsterdam ; 0
Leiden University ;  ; 0
Utrecht University ;  ; 0
University of Groningen ;  ; 0
Radboud University ;  ; 0
KU Leuven ;  ; 0
Ghent University ;  ; 0
Université catholique de Louvain ; UCLouvain ; 0
University of Antwerp ;  ; 0
University of Luxembourg ;  ; 0
Sorbonne University ;  ; 0
École Polytechnique ;  ; 0
École normale supérieure ;  ; 0
Université Paris-Saclay ; Paris-Saclay University ; 0
Télécom Paris ;  ; 0
EPITA ;  ; 0
Epitech ;  ; 0
École 42 ; 42 Paris ; 0
Université Grenoble Alpes ;  ; 0
University of Lille ;  ; 0
University of Bordeaux ;  ; 0
Polytechnic University of Madrid ; Universidad Politécnica de Madrid|UPM ; 0
Complutense University of Madrid ;  ; 0
University of Barcelona ;  ; 0
Polytechnic University of Catalonia ; Universitat Politècnica de Catalunya|UPC ; 0
Pompeu Fabra University ;  ; 0
University of Valencia ;  ; 0
University of Lisbon ;  ; 0
University of Porto ;  ; 0
University of Coimbra ;  ; 0
Sapienza University of Rome ; Sapienza ; 0
University of Bologna ;  ; 0
Politecnico di Torino ;  ; 0
University of Pisa ;  ; 0
University of Milan ;  ; 0
University of Padua ;  ; 0
University of Trento ;  ; 0
Chalmers University of Technology ; Chalmers ; 0
Lund University ;  ; 0
Uppsala University ;  ; 0
Linköping University ;  ; 0
Stockholm University ;  ; 0
University of Gothenburg ;  ; 0
Norwegian University of Science and Technology ; NTNU ; 0
University of Bergen ;  ; 0
Aarhus University ;  ; 0
IT University of Copenhagen ;  ; 0
Aalborg University ;  ; 0
Technical University of Denmark ; DTU ; 0
University of Tartu ;  ; 0
Tallinn University of Technology ; TalTech ; 0
University of Warsaw ;  ; 0
Warsaw University of Technology ;  ; 0
AGH University of Science and Technology ; AGH ; 0
Jagiellonian University ;  ; 0
Wrocław University of Science and Technology ;  ; 0
Gdańsk University of Technology ;  ; 0
Charles University ;  ; 0
Czech Technical University in Prague ; CTU ; 0
Brno University of Technology ;  ; 0
Masaryk University ;  ; 0
Budapest University of Technology and Economics ;  ; 0
Eötvös Loránd University ; ELTE ; 0
University of Bucharest ;  ; 0
Politehnica University of Bucharest ;  ; 0
University of Belgrade ;  ; 0
University of Ljubljana ;  ; 0
University of Zagreb ;  ; 0
National Technical University of Athens ; NTUA ; 0
University of Crete ;  ; 0
Moscow State University ; Lomonosov Moscow State University ; 0
ITMO University ; ITMO ; 0
Moscow Institute of Physics and Technology ; MIPT ; 0
Higher School of Economics ; HSE University ; 0
Kyiv Polytechnic Institute ;  ; 0
Technion ; Technion – Israel Institute of Technology ; 0
Tel Aviv University ;  ; 0
Hebrew University of Jerusalem ;  ; 0
Weizmann Institute of Science ;  ; 0
Ben-Gurion University of the Negev ;  ; 0
Bilkent University ;  ; 0
Middle East Technical University ; METU ; 0
Boğaziçi University ; Bogazici University ; 0
Istanbul Technical University ;  ; 0
Sabancı University ;  ; 0
KAUST ; King Abdullah University of Science and Technology ; 0
Khalifa University ;  ; 0
Mohamed bin Zayed University of Artificial Intelligence ; MBZUAI ; 0
American University of Beirut ;  ; 0
Cairo University ;  ; 0
University of Cape Town ; UCT ; 0
University of the Witwatersrand ; Wits University ; 0
Stellenbosch University ;  ; 0
University of Pretoria ;  ; 0
University of Lagos ;  ; 0
University of Nairobi ;  ; 0
Makerere University ;  ; 0
African Institute for Mathematical Sciences ;  ; 0
IIT Bombay ;  ; 0
IIT Delhi ;  ; 0
IIT Madras ;  ; 0
IIT Kanpur ;  ; 0
IIT Kharagpur ;  ; 0
IIT Roorkee ;  ; 0
IIT Guwahati ;  ; 0
IIT Hyderabad ;  ; 0
IIIT Hyderabad ;  ; 0
IIIT Bangalore ;  ; 0
BITS Pilani ;  ; 0
NIT Trichy ;  ; 0
Anna University ;  ; 0
Jadavpur University ;  ; 0
Vellore Institute of Technology ; VIT ; 0
Manipal Institute of Technology ;  ; 0
Indian Institute of Science ; IISc ; 0
IIM Ahmedabad ;  ; 0
Indian Statistical Institute ;  ; 0
Tsinghua University ;  ; 0
Peking University ;  ; 0
Zhejiang University ;  ; 0
Shanghai Jiao Tong University ; SJTU ; 0
Fudan University ;  ; 0
University of Science and Technology of China ; USTC ; 0
Nanjing University ;  ; 0
Wuhan University ;  ; 0
Harbin Institute of Technology ;  ; 0
Huazhong University of Science and Technology ;  ; 0
Beihang University ;  ; 0
Sun Yat-sen University ;  ; 0
Tongji University ;  ; 0
National Taiwan University ;  ; 0
National Tsing Hua University ;  ; 0
National Chiao Tung University ;  ; 0
University of Hong Kong ; HKU ; 0
Hong Kong University of Science and Technology ; HKUST ; 0
Chinese University of Hong Kong ; CUHK ; 0
City University of Hong Kong ;  ; 0
Hong Kong Polytechnic University ; PolyU ; 0
National University of Singapore ; NUS ; 0
Nanyang Technological University ;  ; 0
Singapore Management University ;  ; 0
Singapore University of Technology and Design ; SUTD ; 0
University of Tokyo ;  ; 0
Kyoto University ;  ; 0
Osaka University ;  ; 0
Tohoku University ;  ; 0
Tokyo Institute of Technology ; Tokyo Tech ; 0
Keio University ;  ; 0
Waseda University ;  ; 0
Nagoya University ;  ; 0
Kyushu University ;  ; 0
Hokkaido University ;  ; 0
Seoul National University ; SNU ; 0
KAIST ;  ; 0
POSTECH ;  ; 0
Yonsei University ;  ; 0
Korea University ;  ; 0
Sungkyunkwan University ;  ; 0
Hanyang University ;  ; 0
University of Melbourne ;  ; 0
University of Sydney ;  ; 0
University of New South Wales ; UNSW ; 0
Australian National University ; ANU ; 0
Monash University ;  ; 0
University of Queensland ;  ; 0
RMIT University ; RMIT ; 0
University of Technology Sydney ; UTS ; 0
Macquarie University ;  ; 0
University of Adelaide ;  ; 0
University of Western Australia ;  ; 0
Queensland University of Technology ; QUT ; 0
University of Auckland ;  ; 0
Victoria University of Wellington ;  ; 0
University of Canterbury ;  ; 0
University of Otago ;  ; 0
University of São Paulo ; USP ; 0
University of Campinas ; Unicamp ; 0
Federal University of Rio de Janeiro ; UFRJ ; 0
Federal University of Minas Gerais ; UFMG ; 0
Federal University of Rio Grande do Sul ; UFRGS ; 0
Federal University of Pernambuco ; UFPE ; 0
National Autonomous University of Mexico ; UNAM ; 0
Tecnológico de Monterrey ; Monterrey Institute of Technology ; 0
University of Buenos Aires ; UBA ; 0
University of Chile ;  ; 0
Pontifical Catholic University of Chile ;  ; 0
University of the Andes ; Universidad de los Andes ; 0
National University of Colombia ;  ; 0
Universidad de la República ;  ; 0
Naval Postgraduate School ;  ; 0
West Point ; United States Military Academy ; 1
Air Force Institute of Technology ;  ; 0
Carnegie Mellon University ; Carnegie Mellon ; 0
Stanford University ;  ; 0
Massachusetts Institute of Technology ;  ; 0
"""

# government bodies and public-sector technology groups
GOVERNMENT_MORE = """
Defense Information Systems Agency ; DISA ; 0
Defense Digital Service ;  ; 0
Kessel Run ;  ; 0
Platform One ;  ; 0
U.S. Space Force ; Space Force ; 0
U.S. Marine Corps ;  ; 0
Department of Veterans Affairs ;  ; 0
Department of Health and Human Services ; HHS ; 0
Department of Justice ; DOJ ; 0
Department of State ; State Department ; 0
Department of the Treasury ; U.S. Treasury ; 0
Internal Revenue Service ; IRS ; 0
U.S. Digital Service ;  ; 0
Technology Transformation Services ; TTS ; 0
Office of Management and Budget ; OMB ; 0
NASA Jet Propulsion Laboratory ;  ; 0
Goddard Space Flight Center ;  ; 0
National Renewable Energy Laboratory ; NREL ; 0
Pacific Northwest National Laboratory ; PNNL ; 0
Idaho National Laboratory ;  ; 0
National Energy Research Scientific Computing Center ; NERSC ; 0
Oak Ridge Leadership Computing Facility ;  ; 0
HMRC ; HM Revenue and Customs ; 0
Ministry of Defence ; MoD ; 0
Met Office ;  ; 0
DWP ; Department for Work and Pensions ; 0
Canadian Digital Service ;  ; 0
Shared Services Canada ;  ; 0
Digital Transformation Agency ;  ; 0
GovTech Singapore ; GovTech ; 0
Bundeswehr ;  ; 0
Bundesagentur für Arbeit ;  ; 0
DINUM ;  ; 0
Etalab ;  ; 0
European Organization for Nuclear Research ;  ; 0
EMBL ; European Molecular Biology Laboratory ; 0
EMBL-EBI ; European Bioinformatics Institute ; 0
ECMWF ; European Centre for Medium-Range Weather Forecasts ; 0
EUMETSAT ;  ; 0
SKA Observatory ; Square Kilometre Array ; 0
DESY ;  ; 0
Jülich Supercomputing Centre ; Forschungszentrum Jülich ; 0
Leibniz Supercomputing Centre ; LRZ ; 0
CSCS ; Swiss National Supercomputing Centre ; 0
CSC ; CSC – IT Center for Science ; 0
SURF ; SURFsara ; 0
GARR ;  ; 0
Jisc ;  ; 0
RedIRIS ;  ; 0
DFN ;  ; 0
NORDUnet ;  ; 0
AARNet ;  ; 0
CANARIE ;  ; 0
Internet2 ;  ; 0
ESnet ;  ; 0
Open Science Grid ;  ; 0
XSEDE ;  ; 0
European Grid Infrastructure ; EGI ; 0
PRACE ;  ; 0
EuroHPC ; EuroHPC Joint Undertaking ; 0
United Nations ;  ; 0
UNICEF ;  ; 0
World Health Organization ;  ; 0
World Food Programme ;  ; 0
Red Cross ; International Committee of the Red Cross ; 0
Médecins Sans Frontières ; Doctors Without Borders ; 0
Chan Zuckerberg Initiative ; CZI ; 0
Ford Foundation ;  ; 0
Schmidt Futures ;  ; 0
Wellcome Trust ; Wellcome ; 0
Howard Hughes Medical Institute ; HHMI ; 0
"""

# investors and accelerators
INVESTORS = """
Y Combinator ; YC ; 0
Sequoia Capital ;  ; 0
Andreessen Horowitz ; a16z ; 0
Accel ; Accel Partners ; 0
Kleiner Perkins ;  ; 0
Greylock Partners ; Greylock ; 0
Lightspeed Venture Partners ;  ; 0
Index Ventures ;  ; 0
Insight Partners ;  ; 0
Tiger Global ; Tiger Global Management ; 0
General Catalyst ;  ; 0
Bessemer Venture Partners ;  ; 0
Redpoint Ventures ; Redpoint ; 0
Battery Ventures ;  ; 0
Founders Fund ;  ; 0
Khosla Ventures ;  ; 0
New Enterprise Associates ; NEA ; 0
Intel Capital ;  ; 0
Salesforce Ventures ;  ; 0
M12 ; Microsoft Ventures ; 0
SoftBank Vision Fund ;  ; 0
Silver Lake ; Silver Lake Partners ; 0
Thoma Bravo ;  ; 0
Vista Equity Partners ;  ; 0
KKR ;  ; 0
Blackstone ;  ; 0
Carlyle Group ;  ; 0
Amplify Partners ;  ; 0
Boldstart Ventures ;  ; 0
Unusual Ventures ;  ; 0
Heavybit ;  ; 0
Techstars ;  ; 0
500 Startups ; 500 Global ; 0
Plug and Play ; Plug and Play Tech Center ; 0
Station F ;  ; 0
Entrepreneur First ;  ; 0
Seedcamp ;  ; 0
Balderton Capital ;  ; 0
Atomico ;  ; 0
Northzone ;  ; 0
Point Nine Capital ;  ; 0
EQT ; EQT Group ; 0
Hummingbird Ventures ;  ; 0
"""

ADDED_BLOCKS = (TECH_VENDORS, HARDWARE, TELECOM, CONSULTANCIES_MEDIA, CONSUMER_INTERNET, FINANCE, RETAIL_LOGISTICS, MEDIA_ENTERTAINMENT, INDUSTRY, FOUNDATIONS_MORE, UNIVERSITIES_MORE, GOVERNMENT_MORE, INVESTORS,)


def rows():
    out = []
    for block in (COMPANIES, FOUNDATIONS, GOVERNMENT, UNIVERSITIES, COMMUNITIES, *ADDED_BLOCKS):
        out += parse_table(block, "Organization")
    return out


if __name__ == "__main__":
    write_tsv("organizations.tsv", rows())
