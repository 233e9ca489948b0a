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


def rows():
    out = []
    for block in (COMPANIES, FOUNDATIONS, GOVERNMENT, UNIVERSITIES, COMMUNITIES):
        out += parse_table(block, "Organization")
    return out


if __name__ == "__main__":
    write_tsv("organizations.tsv", rows())
