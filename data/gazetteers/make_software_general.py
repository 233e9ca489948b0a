"""Generate software_general.tsv: programming languages, frameworks, databases,
data tools, Apache Software Foundation projects, DevOps tools, operating systems,
hypervisors, browsers, editors/IDEs, named file formats and specs.
Hand-curated from general knowledge.

Run: /work/main/.venv/bin/python data/gazetteers/make_software_general.py
"""

from _gazlib import parse_table, write_tsv

# name ; aliases ; ambiguous ; wikidata
LANGUAGES = """
Python ; python|Python 2|Python 3|Python3|Python2 ; 0 ; Q28865
Java ; ; 0 ; Q251
JavaScript ; Javascript|javascript|JS|ECMAScript ; 0 ; Q2005
TypeScript ; Typescript ; 0 ; Q978185
C ; ; 1 ; Q15777
C++ ; cpp|CPP ; 0 ; Q2407
C# ; C-Sharp|CSharp ; 0 ; Q2370
Objective-C ; ObjC|Objective C ; 0 ; Q188531
Ruby ; ; 1 ; Q161053
PHP ; php ; 0 ; Q59
Perl ; perl|Perl 5 ; 0 ; Q42478
Raku ; Perl 6 ; 0
Go ; Golang|golang ; 1 ; Q37227
Rust ; ; 1 ; Q575650
Haskell ; ; 0 ; Q34010
Erlang ; ; 0 ; Q334879
Elixir ; ; 1 ; Q5362035
Scala ; ; 0 ; Q460584
Clojure ; ClojureScript ; 0 ; Q51798
Kotlin ; ; 0 ; Q3816639
Groovy ; Apache Groovy ; 1
Lua ; ; 0 ; Q207316
R ; ; 1 ; Q206904
Julia ; ; 1 ; Q2613697
MATLAB ; Matlab ; 0 ; Q169478
Fortran ; FORTRAN ; 0 ; Q83303
COBOL ; Cobol ; 0 ; Q131140
Lisp ; LISP|Common Lisp ; 0 ; Q132874
Scheme ; ; 1
Racket ; ; 1
OCaml ; Ocaml ; 0
F# ; FSharp ; 0
Dart ; ; 1 ; Q406009
Swift ; ; 1 ; Q17118377
Visual Basic ; VB|VB.NET|Visual Basic .NET ; 0
Pascal ; ; 1
Delphi ; ; 1
Ada ; ; 1
Smalltalk ; ; 0
Prolog ; ; 0
Tcl ; TCL ; 0
Bash ; bash ; 0 ; Q189248
PowerShell ; Powershell ; 0
Zsh ; zsh ; 0
Fish ; ; 1
CoffeeScript ; Coffeescript|coffeescript ; 0
Elm ; ; 1
PureScript ; ; 0
Crystal ; ; 1
Nim ; ; 0
Zig ; ; 0
D ; Dlang ; 1
Hack ; ; 1
Solidity ; ; 0
Assembly ; ; 1
SQL ; ; 0 ; Q47607
PL/SQL ; ; 0
T-SQL ; Transact-SQL ; 0
HTML ; HTML5 ; 0 ; Q8811
CSS ; CSS3 ; 0 ; Q46441
Sass ; SASS|SCSS ; 0
Less ; LESS ; 1
Stylus ; ; 1
Markdown ; markdown ; 0
reStructuredText ; RST ; 0
AsciiDoc ; ; 0
LaTeX ; TeX ; 0
Haml ; HAML ; 0
Jinja ; Jinja2 ; 0
Mustache ; ; 1
Handlebars ; ; 1
ERB ; ; 0
Liquid ; ; 1
Puppet DSL ; ; 0
HCL ; HashiCorp Configuration Language ; 0
Jsonnet ; ; 0
WebAssembly ; Wasm|WASM ; 0
Cython ; ; 0
Jython ; ; 0
JRuby ; ; 0
IronPython ; ; 0
PyPy ; ; 0
CPython ; ; 0
Rubinius ; ; 0
MRI ; ; 1
LuaJIT ; ; 0
HHVM ; ; 0
V8 ; ; 1
SpiderMonkey ; ; 0
GraalVM ; ; 0
JVM ; Java Virtual Machine ; 0
.NET ; dotnet|.NET Framework|.NET Core ; 0
Mono ; ; 1
OpenJDK ; ; 0
Java EE ; J2EE|Jakarta EE ; 0
Node.js ; NodeJS|Nodejs|nodejs|node.js|Node ; 0 ; Q756100
Deno ; ; 0
Bun ; ; 1
io.js ; iojs ; 0
Unix shell ; ; 0
Awk ; AWK|awk ; 0
sed ; ; 0
"""

WEB = """
Ruby on Rails ; Rails|RoR|rails ; 1 ; Q190478
Django ; django ; 0 ; Q842014
Flask ; ; 1
Sinatra ; ; 1
Express ; Express.js|ExpressJS|express.js ; 1
React ; React.js|ReactJS|Reactjs ; 1 ; Q19399674
React Native ; ; 0
Angular ; Angular 2 ; 1
AngularJS ; Angular.js|angular.js ; 0
Vue.js ; Vue|VueJS|Vuejs ; 0
Svelte ; ; 0
Ember.js ; Ember|EmberJS ; 1
Backbone.js ; Backbone|BackboneJS ; 1
jQuery ; jquery|JQuery ; 0 ; Q230036
jQuery UI ; ; 0
jQuery Mobile ; ; 0
Dojo Toolkit ; Dojo ; 1
MooTools ; ; 0
Prototype ; Prototype.js ; 1
script.aculo.us ; ; 0
YUI ; ; 0
Ext JS ; ExtJS|Sencha Ext JS ; 0
Knockout.js ; Knockout ; 1
Meteor ; ; 1
Next.js ; NextJS ; 0
Nuxt.js ; Nuxt ; 0
Gatsby ; ; 1
Bootstrap ; Twitter Bootstrap ; 1
Foundation ; ; 1
Tailwind CSS ; Tailwind ; 0
Polymer ; ; 1
Web Components ; ; 0
Spring ; Spring Framework ; 1
Spring Boot ; ; 0
Spring Cloud ; ; 0
Hibernate ; ; 0
Struts ; Apache Struts ; 0
Play Framework ; Play ; 0
Grails ; ; 0
Dropwizard ; ; 0
Vert.x ; Vertx ; 0
Akka ; ; 0
Laravel ; ; 0
Symfony ; ; 0
Zend Framework ; Zend ; 0
CodeIgniter ; ; 0
CakePHP ; ; 0
Drupal ; ; 0
WordPress ; Wordpress|wordpress ; 0
Joomla ; Joomla! ; 0
Magento ; ; 0
MediaWiki ; ; 0
Jekyll ; ; 0
Octopress ; ; 0
Hugo ; ; 1
Pelican ; ; 1
Middleman ; ; 1
Ghost ; ; 1
ASP.NET ; ASP.NET MVC ; 0
Blazor ; ; 0
Phoenix Framework ; Phoenix ; 1
Tornado ; ; 1
Twisted ; ; 1
Pyramid ; ; 1
Pylons ; ; 0
Bottle ; ; 1
FastAPI ; ; 0
web2py ; ; 0
Zope ; ; 0
Plone ; ; 0
Padrino ; ; 0
Hanami ; ; 0
Merb ; ; 0
Koa ; Koa.js ; 0
Hapi ; hapi ; 1
Sails.js ; Sails ; 1
LoopBack ; ; 0
NestJS ; ; 0
Socket.IO ; socket.io|Socket.io ; 0
GraphQL ; ; 0
Apollo ; ; 1
Relay ; ; 1
Redux ; ; 0
RxJS ; ; 0
D3.js ; D3|d3.js ; 0
Three.js ; three.js ; 0
Chart.js ; ; 0
Leaflet ; ; 1
OpenLayers ; ; 0
PhoneGap ; ; 0
Apache Cordova ; Cordova ; 0
Ionic ; Ionic Framework ; 1
Xamarin ; ; 0
Flutter ; ; 1
Electron ; ; 1
Qt ; ; 0
GTK ; GTK+ ; 0
Cocoa ; ; 1
Unity ; Unity3D ; 1
Unreal Engine ; ; 0
OpenGL ; ; 0
Vulkan ; ; 0
DirectX ; ; 0
WebGL ; ; 0
WebRTC ; ; 0
WebSocket ; WebSockets ; 0
"""

DATA = """
PostgreSQL ; Postgres|postgres|postgresql|PostgresSQL ; 0 ; Q192490
MySQL ; mysql|MySql ; 0 ; Q850
MariaDB ; ; 0
Percona Server ; ; 0
SQLite ; sqlite|SQLite3 ; 0 ; Q319417
Oracle Database ; Oracle DB|Oracle RDBMS ; 0
Microsoft SQL Server ; SQL Server|MSSQL|MS SQL ; 0
IBM Db2 ; DB2|Db2 ; 0
Microsoft Access ; MS Access ; 0
MongoDB ; Mongo|mongodb|Mongodb ; 0 ; Q1165204
Redis ; redis ; 0 ; Q2136322
Memcached ; memcached|memcache ; 0
Riak ; ; 0
CouchDB ; Apache CouchDB|Couch ; 0
Couchbase ; Couchbase Server ; 0
Neo4j ; ; 0
RethinkDB ; ; 0
InfluxDB ; ; 0
OpenTSDB ; ; 0
Graphite ; ; 1
TimescaleDB ; ; 0
CockroachDB ; ; 0
FoundationDB ; ; 0
VoltDB ; ; 0
MemSQL ; SingleStore ; 0
Greenplum ; ; 0
Vertica ; HP Vertica ; 0
Teradata Database ; ; 0
Netezza ; ; 0
ClickHouse ; ; 0
Druid ; Apache Druid ; 1
Pinot ; Apache Pinot ; 1
Presto ; PrestoDB|Trino ; 1
Dremel ; ; 0
Impala ; Apache Impala|Cloudera Impala ; 1
Elasticsearch ; ElasticSearch|elasticsearch|Elastic Search ; 0
Logstash ; logstash ; 0
Kibana ; kibana ; 0
Beats ; Filebeat|Metricbeat ; 1
ELK Stack ; ELK|Elastic Stack ; 0
OpenSearch ; ; 0
Apache Solr ; Solr ; 0
Apache Lucene ; Lucene ; 0
Sphinx Search ; ; 0
Splunk ; ; 0
Graylog ; ; 0
DuckDB ; ; 0
Snowflake ; ; 1
Apache Hadoop ; Hadoop|hadoop ; 0 ; Q29526
HDFS ; Hadoop Distributed File System ; 0
MapReduce ; Map Reduce|Hadoop MapReduce ; 0
Apache Hadoop YARN ; YARN|Hadoop YARN ; 0
Apache Spark ; Spark ; 1
Spark Streaming ; ; 0
Spark SQL ; ; 0
MLlib ; ; 0
PySpark ; ; 0
Apache Kafka ; Kafka ; 0
Kafka Streams ; ; 0
Apache Cassandra ; Cassandra ; 0
Apache HBase ; HBase ; 0
Apache Hive ; Hive ; 1
Apache Pig ; Pig ; 1
Apache ZooKeeper ; ZooKeeper|Zookeeper ; 0
Apache Storm ; Storm ; 1
Apache Flink ; Flink ; 0
Apache Samza ; Samza ; 0
Apache Beam ; Beam ; 1
Apache Airflow ; Airflow ; 0
Apache NiFi ; NiFi ; 0
Apache Flume ; Flume ; 0
Apache Sqoop ; Sqoop ; 0
Apache Oozie ; Oozie ; 0
Apache Mahout ; Mahout ; 0
Apache Tez ; Tez ; 0
Apache Phoenix ; ; 0
Apache Drill ; Drill ; 1
Apache Giraph ; Giraph ; 0
Apache Accumulo ; Accumulo ; 0
Apache Avro ; Avro ; 0
Apache Parquet ; Parquet ; 0
Apache ORC ; ORC ; 0
Apache Arrow ; Arrow ; 1
Apache Thrift ; Thrift ; 1
Apache Zeppelin ; Zeppelin ; 1
Apache Superset ; Superset ; 1
Apache Kylin ; Kylin ; 0
Apache Ignite ; Ignite ; 1
Apache Geode ; Geode ; 0
Apache Ambari ; Ambari ; 0
Apache Ranger ; ; 0
Apache Knox ; ; 0
Apache Sentry ; ; 0
Apache Atlas ; ; 0
Apache Hudi ; Hudi ; 0
Apache Iceberg ; Iceberg ; 1
Delta Lake ; ; 0
Apache Pulsar ; Pulsar ; 1
Apache ActiveMQ ; ActiveMQ ; 0
Apache Camel ; Camel ; 1
Apache Qpid ; Qpid ; 0
RabbitMQ ; Rabbit MQ|rabbitmq ; 0
ZeroMQ ; 0MQ|ZMQ|zeromq|ØMQ ; 0
Kestrel ; ; 1
Beanstalkd ; ; 0
Resque ; ; 0
Sidekiq ; ; 0
Celery ; ; 1
Gearman ; ; 0
Apache HTTP Server ; Apache httpd|httpd|Apache Web Server ; 0 ; Q11354
Apache Tomcat ; Tomcat ; 0
Apache Maven ; Maven ; 0
Apache Ant ; Ant ; 1
Gradle ; ; 0
sbt ; SBT ; 0
Leiningen ; ; 0
Apache Subversion ; Subversion|SVN|svn ; 0
Apache CloudStack ; CloudStack|Cloudstack ; 0
Apache Traffic Server ; ; 0
Apache Karaf ; ; 0
Apache Felix ; ; 0
Apache CXF ; ; 0
Apache Axis ; Axis2 ; 0
Apache OpenOffice ; OpenOffice|OpenOffice.org ; 0
Apache Cocoon ; ; 0
Apache Wicket ; Wicket ; 0
Apache POI ; ; 0
Apache Commons ; ; 0
Apache Log4j ; Log4j|log4j ; 0
Apache Velocity ; ; 0
Apache Derby ; ; 0
Apache OpenJPA ; ; 0
Apache Jackrabbit ; ; 0
Apache Sling ; ; 0
Apache Nutch ; Nutch ; 0
Apache Tika ; Tika ; 0
Apache UIMA ; ; 0
Apache OpenNLP ; OpenNLP ; 0
Apache SpamAssassin ; SpamAssassin ; 0
Apache Allura ; ; 0
Apache Bloodhound ; ; 0
Apache Crunch ; ; 0
Apache Curator ; ; 0
Apache Kudu ; Kudu ; 0
Apache Calcite ; Calcite ; 0
Apache Helix ; ; 0
Apache Whirr ; Whirr ; 0
Apache Bigtop ; Bigtop ; 0
Apache Chukwa ; ; 0
Apache Hama ; ; 0
Apache MXNet ; MXNet ; 0
Apache SystemML ; ; 0
Apache Stanbol ; ; 0
Apache Jena ; Jena ; 0
Apache Guacamole ; ; 0
Apache Cassandra Query Language ; CQL ; 0
Apache APISIX ; APISIX ; 0
Apache DolphinScheduler ; ; 0
Apache Doris ; ; 0
Apache ShardingSphere ; ; 0
Apache SkyWalking ; SkyWalking ; 0
Apache Dubbo ; Dubbo ; 0
Apache RocketMQ ; RocketMQ ; 0
Apache Struts 2 ; Struts 2 ; 0
Apache Flex ; ; 0
Apache Harmony ; ; 0
Apache Lenya ; ; 0
Apache Shiro ; Shiro ; 0
Apache Synapse ; ; 0
Apache ServiceMix ; ; 0
Apache ODE ; ; 0
Apache Stratos ; ; 0
Apache Deltacloud ; Deltacloud ; 0
Apache VCL ; ; 0
Apache Usergrid ; Usergrid ; 0
Apache Hivemall ; ; 0
Apache Spot ; ; 0
Apache Metron ; ; 0
Apache Eagle ; ; 0
Apache Trafodion ; ; 0
Apache Gora ; ; 0
Apache Lens ; ; 0
Apache Falcon ; ; 0
Apache Tajo ; ; 0
Apache Slider ; ; 0
Apache Twill ; ; 0
Apache REEF ; ; 0
Apache Mnemonic ; ; 0
Apache Apex ; ; 0
Apache Gearpump ; ; 0
Apache Heron ; Heron ; 1
Apache Livy ; Livy ; 0
Apache Toree ; ; 0
Apache Zest ; ; 0
Apache Brooklyn ; ; 0
Apache Airavata ; ; 0
Apache Marmotta ; ; 0
Apache Any23 ; ; 0
Apache Clerezza ; ; 0
Apache Cayenne ; ; 0
Apache Click ; ; 0
Apache Tapestry ; Tapestry ; 0
Apache MyFaces ; ; 0
Apache Roller ; ; 0
Apache Abdera ; ; 0
Apache Buildr ; ; 0
Apache Ivy ; Ivy ; 1
Apache Forrest ; ; 0
Apache Gump ; ; 0
Apache Continuum ; ; 0
Apache Archiva ; ; 0
Apache Rat ; ; 0
Apache Yetus ; ; 0
Apache Creadur ; ; 0
Apache Mina ; MINA ; 0
Apache Directory ; ; 0
Apache James ; ; 0
Apache Batik ; ; 0
Apache FOP ; ; 0
Apache PDFBox ; PDFBox ; 0
Apache Xerces ; Xerces ; 0
Apache Xalan ; Xalan ; 0
Apache Santuario ; ; 0
Apache Portals ; ; 0
Apache Jetspeed ; ; 0
Apache Pivot ; ; 0
Apache Flagon ; ; 0
Apache Rya ; ; 0
Apache Kibble ; ; 0
Apache Fineract ; ; 0
Apache Ofbiz ; OFBiz ; 0
Apache Weex ; ; 0
Apache Myriad ; ; 0
Apache CarbonData ; ; 0
Apache Kafka Connect ; Kafka Connect ; 0
Apache Nemo ; ; 0
Apache Crail ; ; 0
Apache Singa ; ; 0
Apache TVM ; TVM ; 0
Apache Hadoop Ozone ; Ozone ; 1
Apache Submarine ; ; 0
Apache ECharts ; ECharts ; 0
Apache Pekko ; Pekko ; 0
Apache Answer ; ; 0
Apache OpenWhisk ; OpenWhisk ; 0
Cloudera CDH ; CDH ; 0
Hortonworks Data Platform ; HDP ; 0
MapR ; ; 0
Amazon EMR ; Elastic MapReduce|EMR ; 0
Pig Latin ; ; 0
HiveQL ; ; 0
Dremio ; ; 0
Jupyter ; Jupyter Notebook|JupyterLab|IPython Notebook ; 0
IPython ; ; 0
RStudio ; ; 0
Tableau ; ; 0
Power BI ; ; 0
Looker ; ; 1
Metabase ; ; 0
Redash ; ; 0
TensorFlow ; Tensorflow|tensorflow ; 0
PyTorch ; Pytorch|pytorch ; 0
Keras ; ; 0
Caffe ; ; 0
Theano ; ; 0
Torch ; ; 1
scikit-learn ; sklearn|Scikit-learn|scikit learn ; 0
XGBoost ; ; 0
LightGBM ; ; 0
NumPy ; Numpy|numpy ; 0
SciPy ; Scipy|scipy ; 0
pandas ; Pandas ; 1
Matplotlib ; matplotlib ; 0
Hugging Face Transformers ; Transformers ; 1
spaCy ; spacy|SpaCy ; 0
NLTK ; ; 0
Gensim ; ; 0
OpenCV ; ; 0
Weka ; ; 0
H2O ; ; 1
Dask ; ; 0
Ray ; ; 1
MLflow ; ; 0
Pentaho ; ; 0
Talend ; ; 0
Informatica ; ; 0
"""

DEVOPS = """
Chef ; Opscode Chef|Chef Infra ; 1
Chef Server ; ; 0
Chef Solo ; chef-solo ; 0
Chef Zero ; chef-zero ; 0
Knife ; knife ; 1
Test Kitchen ; ; 0
ChefSpec ; ; 0
Berkshelf ; ; 0
Foodcritic ; ; 0
InSpec ; Chef InSpec ; 0
Habitat ; Chef Habitat ; 1
Chef Automate ; ; 0
Ohai ; ; 0
Puppet ; ; 1
Puppet Enterprise ; PE ; 0
Facter ; ; 0
Hiera ; ; 0
MCollective ; Marionette Collective ; 0
PuppetDB ; ; 0
Puppet Forge ; ; 0
Razor ; ; 1
r10k ; ; 0
Ansible ; ansible ; 0
Ansible Tower ; AWX ; 0
Ansible Galaxy ; ; 0
SaltStack ; Salt ; 1
CFEngine ; ; 0
Juju Charms ; ; 0
Capistrano ; ; 0
Fabric ; ; 1
Rundeck ; ; 0
Jenkins ; Hudson|jenkins ; 1
Travis CI ; Travis|TravisCI|travis-ci ; 0
CircleCI ; Circle CI ; 0
GitLab CI ; GitLab CI/CD ; 0
TeamCity ; ; 0
Bamboo ; ; 1
Buildbot ; ; 0
GoCD ; Go.CD|ThoughtWorks Go ; 0
Drone ; Drone CI ; 1
Bitbucket Pipelines ; ; 0
Azure Pipelines ; ; 0
Tekton Pipelines ; ; 0
Git ; git ; 0 ; Q186055
Mercurial ; hg ; 0
Bazaar ; bzr ; 1
CVS ; ; 0
Perforce ; ; 0
Gitolite ; ; 0
git-annex ; ; 0
GitLab ; Gitlab ; 0
Gitea ; ; 0
Phabricator ; ; 0
Review Board ; ; 0
Nagios ; nagios ; 0
Icinga ; ; 0
Zabbix ; ; 0
Sensu ; ; 0
Ganglia ; ; 0
Cacti ; ; 1
Munin ; ; 0
Collectd ; collectd ; 0
StatsD ; statsd ; 0
Diamond ; ; 1
Riemann ; ; 0
Kapacitor ; ; 0
Telegraf ; ; 0
Chronograf ; ; 0
Monit ; ; 0
Supervisor ; supervisord ; 1
systemd ; ; 0
Upstart ; ; 1
runit ; ; 0
SysVinit ; ; 0
cron ; ; 1
Nginx ; nginx|NGINX|NginX ; 0 ; Q306144
Lighttpd ; lighttpd ; 0
Varnish ; Varnish Cache ; 1
Squid ; ; 1
Caddy ; ; 1
IIS ; Internet Information Services ; 0
Gunicorn ; gunicorn ; 0
uWSGI ; uwsgi ; 0
Unicorn ; ; 1
Puma ; ; 1
Passenger ; Phusion Passenger ; 1
Thin ; ; 1
Mongrel ; ; 1
Jetty ; ; 0
Undertow ; ; 0
Netty ; ; 0
WildFly ; JBoss|JBoss AS ; 0
GlassFish ; ; 0
WebSphere ; IBM WebSphere ; 0
WebLogic ; Oracle WebLogic ; 0
Keepalived ; keepalived ; 0
Pacemaker ; ; 1
Corosync ; ; 0
DRBD ; ; 0
Bind ; BIND ; 1
PowerDNS ; ; 0
dnsmasq ; ; 0
Unbound ; ; 1
OpenSSL ; openssl ; 0
OpenSSH ; SSH ; 0
OpenVPN ; ; 0
WireGuard ; ; 0
iptables ; ; 0
Let's Encrypt ; LetsEncrypt ; 0
Kerberos ; ; 0
OpenLDAP ; LDAP ; 0
Active Directory ; ; 0
FreeIPA ; ; 0
Keycloak ; ; 0
OpenID Connect ; OpenID|OIDC ; 0
SAML ; ; 0
JSON Web Token ; JWT ; 0
Selenium ; Selenium WebDriver ; 0
Cucumber ; ; 1
RSpec ; rspec ; 0
Minitest ; ; 0
Test::Unit ; ; 0
JUnit ; junit ; 0
TestNG ; ; 0
Mockito ; ; 0
pytest ; py.test|PyTest ; 0
nose ; ; 1
tox ; ; 1
Jasmine ; ; 1
Mocha ; ; 1
Jest ; ; 1
Karma ; ; 1
Protractor ; ; 1
Cypress ; ; 1
Puppeteer ; ; 0
Playwright ; ; 0
PhantomJS ; ; 0
CasperJS ; ; 0
JMeter ; Apache JMeter ; 0
Gatling ; ; 0
Locust ; ; 1
Tsung ; ; 0
SonarQube ; Sonar ; 0
Serverspec ; ; 0
Chaos Monkey ; ; 0
Simian Army ; ; 0
Asgard ; ; 1
Eureka ; ; 1
Hystrix ; ; 0
Ribbon ; ; 1
Archaius ; ; 0
Aminator ; ; 0
Edda ; ; 0
Ice ; ; 1
Priam ; ; 0
EVCache ; ; 0
Titus ; ; 1
Atlas ; ; 1
Vector ; ; 1
Nebula ; ; 1
Genie ; ; 1
Lipstick ; ; 1
Docker Registry ; ; 0
Artifactory ; JFrog Artifactory ; 0
Nexus ; Sonatype Nexus ; 1
Bower ; bower ; 0
Grunt ; ; 1
Gulp ; gulp|gulp.js ; 1
webpack ; Webpack ; 0
Browserify ; browserify ; 0
Babel ; babel ; 1
npm ; NPM ; 0
Yarn ; yarn ; 1
pnpm ; ; 0
pip ; ; 1
virtualenv ; ; 0
Conda ; Anaconda|conda ; 0
RubyGems ; rubygems ; 0
Bundler ; bundler ; 1
RVM ; ; 0
rbenv ; ; 0
Rake ; rake ; 1
Homebrew ; brew ; 0
APT ; apt-get ; 1
Yum ; yum ; 1
DNF ; ; 0
dpkg ; ; 0
RPM ; ; 0
Composer ; ; 1
NuGet ; ; 0
CPAN ; ; 0
Cargo ; ; 1
Maven Central ; ; 0
PyPI ; Python Package Index ; 0
Make ; GNU Make|make ; 1
CMake ; ; 0
Autoconf ; Autotools ; 0
Bazel ; ; 0
Buck ; ; 1
Pants ; ; 1
Ninja ; ; 1
GCC ; gcc|GNU Compiler Collection ; 0
LLVM ; ; 0
Clang ; clang ; 0
GDB ; gdb ; 0
Valgrind ; ; 0
strace ; ; 0
DTrace ; ; 0
SystemTap ; ; 0
perf ; ; 1
tcpdump ; ; 0
Wireshark ; ; 0
Nmap ; nmap ; 0
Metasploit ; ; 0
Snort ; ; 0
Tor ; ; 1
curl ; cURL ; 0
wget ; Wget ; 0
rsync ; ; 0
tmux ; ; 0
GNU Screen ; ; 0
Vim ; vim|Vi|vi ; 0 ; Q131382
Neovim ; ; 0
Emacs ; emacs|GNU Emacs ; 0 ; Q189722
Sublime Text ; Sublime ; 0
Atom ; ; 1
Visual Studio Code ; VS Code|VSCode|vscode ; 0
Visual Studio ; ; 0
Eclipse IDE ; Eclipse ; 1
IntelliJ IDEA ; IntelliJ ; 0
PyCharm ; ; 0
RubyMine ; ; 0
WebStorm ; ; 0
NetBeans ; ; 0
Xcode ; XCode ; 0
Android Studio ; ; 0
TextMate ; ; 0
Notepad++ ; ; 0
BBEdit ; ; 0
Brackets ; ; 1
Cloud9 ; Cloud9 IDE ; 0
Nitrous.IO ; Nitrous ; 0
Eclipse Che ; ; 0
Slack ; ; 1
HipChat ; Hipchat ; 0
Campfire ; ; 1
IRC ; ; 0
Mattermost ; ; 0
Jira ; JIRA ; 0
Confluence ; ; 1
Trello ; ; 0
Asana ; ; 1
Basecamp ; ; 0
Pivotal Tracker ; ; 0
Redmine ; ; 0
Trac ; ; 0
Bugzilla ; ; 0
Mantis ; ; 1
PagerDuty ; ; 0
Hubot ; ; 0
Errbot ; ; 0
Lita ; ; 0
Kafka Manager ; ; 0
"""

SYSTEMS = """
Linux ; linux|GNU/Linux ; 0 ; Q388
Linux kernel ; ; 0
Unix ; UNIX ; 0
Ubuntu ; ubuntu|Ubuntu Linux|Ubuntu Server ; 0 ; Q381
Debian ; debian|Debian GNU/Linux ; 0 ; Q7593
Fedora ; ; 1 ; Q48267
Red Hat Enterprise Linux ; RHEL ; 0
CentOS ; Centos|centos ; 0
Rocky Linux ; ; 0
AlmaLinux ; ; 0
Scientific Linux ; ; 0
Oracle Linux ; ; 0
SUSE Linux Enterprise ; SLES|SUSE Linux Enterprise Server ; 0
openSUSE ; OpenSUSE ; 0
Gentoo ; ; 0
Arch Linux ; Arch ; 1
Slackware ; ; 0
Linux Mint ; Mint ; 1
Elementary OS ; elementary OS ; 0
Alpine Linux ; Alpine ; 1
CoreOS ; Container Linux|CoreOS Linux ; 0
Fedora CoreOS ; ; 0
Flatcar Container Linux ; Flatcar ; 0
RancherOS ; ; 0
Project Atomic ; Atomic Host ; 0
Snappy Ubuntu Core ; Ubuntu Core ; 0
Amazon Linux ; ; 0
Chrome OS ; ChromeOS ; 0
Android ; android ; 0 ; Q94
iOS ; ; 0
macOS ; Mac OS X|OS X|OSX|MacOS ; 0 ; Q14116
Microsoft Windows ; Windows ; 0 ; Q1406
Windows Server ; ; 0
Windows Azure Pack ; ; 0
Windows Phone ; ; 0
Windows 10 ; ; 0
Windows 7 ; ; 0
Windows XP ; ; 0
FreeBSD ; ; 0
OpenBSD ; ; 0
NetBSD ; ; 0
DragonFly BSD ; ; 0
Solaris ; Oracle Solaris ; 0
OpenSolaris ; ; 0
illumos ; Illumos ; 0
SmartOS ; ; 0
OmniOS ; ; 0
AIX ; IBM AIX ; 0
HP-UX ; ; 0
z/OS ; ; 0
Plan 9 ; ; 0
MINIX ; ; 0
Haiku ; ; 1
Tizen ; ; 0
Firefox OS ; ; 0
Sailfish OS ; ; 0
webOS ; ; 0
BlackBerry OS ; ; 0
Symbian ; ; 0
watchOS ; ; 0
tvOS ; ; 0
Raspbian ; Raspberry Pi OS ; 0
KVM ; Kernel-based Virtual Machine ; 0
QEMU ; qemu ; 0
Xen ; Xen Project|XenServer|Citrix XenServer ; 0
VMware ESXi ; ESXi|ESX ; 0
VMware vSphere ; vSphere ; 0
VMware vCenter ; vCenter ; 0
VMware vCloud Director ; vCloud Director|vCloud ; 0
VMware Workstation ; ; 0
VMware Fusion ; ; 0
VMware NSX ; NSX ; 0
VMware vSAN ; vSAN|VSAN ; 0
VMware vRealize ; vRealize ; 0
Hyper-V ; Microsoft Hyper-V|HyperV ; 0
VirtualBox ; Oracle VirtualBox|Virtualbox ; 0
Parallels Desktop ; ; 0
Firecracker ; ; 1
gVisor ; ; 0
libvirt ; ; 0
virt-manager ; ; 0
oVirt ; ; 0
Proxmox VE ; Proxmox ; 0
OpenVZ ; ; 0
Virtuozzo ; ; 0
bhyve ; ; 0
Solaris Zones ; Zones ; 1
FreeBSD jails ; ; 0
Eucalyptus ; ; 1
OpenNebula ; ; 0
Nimbus ; ; 1
ZFS ; OpenZFS ; 0
Btrfs ; btrfs ; 0
ext4 ; ; 0
XFS ; ; 0
NFS ; ; 0
iSCSI ; ; 0
Lustre ; ; 0
MinIO ; Minio ; 0
Mozilla Firefox ; Firefox ; 0 ; Q698
Google Chrome ; Chrome ; 0 ; Q777
Chromium ; ; 0
Safari ; ; 0
Internet Explorer ; IE ; 0
Microsoft Edge ; ; 0
Opera ; ; 1
WebKit ; ; 0
Blink ; ; 1
Gecko ; ; 1
Thunderbird ; ; 0
Microsoft Office ; MS Office|Office 365|Microsoft 365 ; 0
Microsoft Excel ; Excel ; 0
Microsoft Word ; ; 0
PowerPoint ; ; 0
Keynote ; ; 1
LibreOffice ; ; 0
Google Docs ; ; 0
Google Sheets ; ; 0
Google Maps ; ; 0
Google Search ; ; 0
Gmail ; ; 0
Skype ; ; 0
Zoom ; ; 1
Microsoft Teams ; ; 0
Photoshop ; Adobe Photoshop ; 0
Adobe Flash ; Flash ; 1
Adobe Illustrator ; ; 0
Dreamweaver ; ; 0
Sketch ; ; 1
Figma ; ; 0
GIMP ; ; 0
Inkscape ; ; 0
Blender ; ; 1
FFmpeg ; ffmpeg ; 0
VLC ; VLC media player ; 0
iTunes ; ; 0
Evernote ; ; 0
OwnCloud ; ownCloud ; 0
Nextcloud ; ; 0
"""

FORMATS = """
JSON ; ; 0 ; Q2063
XML ; ; 0 ; Q2115
YAML ; YML ; 0
TOML ; ; 0
CSV ; ; 0
Protocol Buffers ; protobuf|Protobuf|protobufs ; 0
MessagePack ; msgpack ; 0
BSON ; ; 0
Cap'n Proto ; ; 0
FlatBuffers ; ; 0
JSON-LD ; ; 0
RDF ; Resource Description Framework ; 0
SPARQL ; ; 0
OWL ; Web Ontology Language ; 0
Turtle ; ; 1
RSS ; ; 0
Atom feed ; ; 0
SVG ; ; 0
PNG ; ; 0
JPEG ; JPG ; 0
GIF ; ; 0
WebP ; ; 0
PDF ; ; 0
EPUB ; ; 0
MP3 ; ; 0
MP4 ; ; 0
WebM ; ; 0
Ogg ; ; 0
Qcow2 ; qcow2|QCOW2|QCOW ; 0
VHD ; VHDX ; 0
VMDK ; ; 0
OVF ; Open Virtualization Format|OVA ; 0
AMI ; Amazon Machine Image ; 0
ISO 9660 ; ; 0
OCI Image Format ; OCI image ; 0
TAR ; ; 0
ZIP ; ; 0
gzip ; ; 0
bzip2 ; ; 0
Snappy ; ; 1
LZ4 ; ; 0
Zstandard ; zstd ; 0
HDF5 ; ; 0
NetCDF ; ; 0
GeoJSON ; ; 0
Shapefile ; ; 0
OpenAPI ; OpenAPI Specification|Swagger ; 0
RAML ; ; 0
API Blueprint ; ; 0
WSDL ; ; 0
SOAP ; ; 1
JSON-RPC ; ; 0
XML-RPC ; ; 0
AMQP ; ; 0
MQTT ; ; 0
STOMP ; ; 0
XMPP ; Jabber ; 0
SPDY ; ; 0
QUIC ; ; 0
OpenFlow ; ; 0
VXLAN ; ; 0
BGP ; ; 0
IPv6 ; ; 0
CloudEvents ; ; 0
TOSCA ; ; 0
CIMI ; ; 0
OCCI ; Open Cloud Computing Interface ; 0
CDMI ; Cloud Data Management Interface ; 0
POSIX ; ; 0
Unicode ; UTF-8 ; 0
Dockerfile ; ; 0
Vagrantfile ; ; 0
Procfile ; ; 0
Heat Orchestration Template ; HOT ; 0
CloudFormation template ; ; 0
"""

ENTERPRISE = """
Oracle E-Business Suite ; E-Business Suite|Oracle EBS ; 0
Oracle Fusion Middleware ; Fusion Middleware ; 0
Oracle Fusion Applications ; Oracle Fusion ; 0
Oracle GoldenGate ; GoldenGate ; 0
Oracle Data Guard ; Data Guard|DataGuard ; 0
Oracle Real Application Clusters ; Oracle RAC|RAC ; 0
Oracle Automatic Storage Management ; Oracle ASM ; 0
Oracle Recovery Manager ; RMAN ; 0
Oracle Enterprise Manager ; ; 0
Oracle Exadata Database Machine ; ; 0
Oracle Application Express ; APEX|Oracle APEX ; 0
Oracle REST Data Services ; ORDS ; 0
Oracle HTTP Server ; OHS ; 0
Oracle Forms ; ; 0
Oracle Reports ; ; 0
Oracle Discoverer ; Discoverer ; 0
Oracle Demantra ; Demantra ; 0
Oracle Hyperion ; Hyperion ; 0
Oracle PeopleSoft ; PeopleSoft ; 0
Oracle JD Edwards ; JD Edwards|JDE ; 0
Oracle Siebel ; Siebel ; 0
Oracle Business Intelligence Enterprise Edition ; OBIEE ; 0
Oracle SOA Suite ; SOA Suite ; 0
Oracle Identity Manager ; OIM ; 0
Oracle Access Manager ; OAM ; 0
Oracle Data Pump ; Data Pump ; 0
Oracle Multitenant ; ; 0
Oracle Transparent Data Encryption ; TDE ; 0
Oracle Database Vault ; ; 0
Oracle Workspace Manager ; ; 0
Oracle NetSuite ; NetSuite ; 0
MySQL Cluster ; ; 0
MySQL Workbench ; ; 0
SQL Server Management Studio ; SSMS ; 0
SQL Server Integration Services ; SSIS ; 0
SQL Server Reporting Services ; SSRS ; 0
SQL Server Analysis Services ; SSAS ; 0
SQL Server Always On ; Always On Availability Groups ; 0
Query Store ; ; 0
Windows Virtual Desktop ; WVD|Azure Virtual Desktop ; 0
FSLogix ; ; 0
Azure Site Recovery ; ; 0
Azure Backup ; ; 0
Azure Monitor ; ; 0
Azure Sentinel ; Microsoft Sentinel ; 0
Azure Data Factory ; ; 0
Azure Databricks ; ; 0
Azure Logic Apps ; Logic Apps ; 0
Azure Key Vault ; Key Vault ; 0
Azure Arc ; ; 0
Microsoft Intune ; Intune ; 0
Microsoft Power Apps ; Power Apps|PowerApps ; 0
Microsoft Power Automate ; Power Automate|Microsoft Flow ; 0
Microsoft OneDrive ; OneDrive ; 0
Microsoft Dynamics CRM ; Dynamics CRM ; 0
Microsoft Dynamics AX ; Dynamics AX ; 0
Microsoft Dynamics GP ; Dynamics GP ; 0
Microsoft Dynamics NAV ; Dynamics NAV ; 0
Microsoft Lync ; Lync|Skype for Business ; 0
Microsoft Exchange Online ; Exchange Online ; 0
Microsoft SCCM ; SCCM ; 0
Remote Desktop Services ; ; 0
Group Policy ; ; 0
Windows Server Update Services ; WSUS ; 0
Citrix XenApp ; XenApp ; 0
Citrix XenDesktop ; XenDesktop ; 0
Citrix NetScaler ; NetScaler ; 0
VMware Horizon ; ; 0
VMware Tanzu ; Tanzu ; 0
VMware vMotion ; vMotion ; 0
VMware Site Recovery Manager ; Site Recovery Manager ; 0
Veeam Backup & Replication ; Veeam Backup ; 0
Commvault ; ; 0
Veritas NetBackup ; NetBackup ; 0
SAP HANA ; HANA ; 0
SAP S/4HANA ; S/4HANA ; 0
SAP ERP ; SAP ECC ; 0
SAP NetWeaver ; NetWeaver ; 0
SAP Business Warehouse ; SAP BW ; 0
SAP BusinessObjects ; BusinessObjects ; 0
SAP Fiori ; Fiori ; 0
SAP Manufacturing Integration and Intelligence ; SAP MII ; 0
SAP Plant Connectivity ; SAP PCo ; 0
SAP Web Dispatcher ; ; 0
SAP Solution Manager ; ; 0
SAP Ariba ; Ariba ; 0
SAP SuccessFactors ; SuccessFactors ; 0
SAP Concur ; Concur ; 1
SAP Business One ; ; 0
ABAP ; ; 0
Salesforce Marketing Cloud ; Marketing Cloud|ExactTarget ; 0
Salesforce Service Cloud ; Service Cloud ; 0
Salesforce Commerce Cloud ; Commerce Cloud|Demandware ; 0
Salesforce CPQ ; ; 0
Salesforce Lightning ; Lightning Experience ; 0
Salesforce Einstein ; Einstein ; 1
Pardot ; ; 0
Journey Builder ; ; 0
Social Studio ; ; 0
Apex ; ; 1
Visualforce ; ; 0
Heroku Connect ; ; 0
MuleSoft Anypoint Platform ; Anypoint ; 0
Tableau Server ; ; 0
Slack Enterprise Grid ; ; 0
Sitecore ; ; 0
Adobe Experience Manager ; AEM ; 0
Adobe Analytics ; ; 0
Adobe Campaign ; ; 0
Adobe Target ; ; 0
Adobe Creative Cloud ; Creative Cloud ; 0
Acquia ; ; 0
Episerver ; Optimizely CMS ; 0
Umbraco ; ; 0
Kentico ; ; 0
Contentful ; ; 0
Magento Commerce ; Adobe Commerce ; 0
Shopify Plus ; ; 0
Workday HCM ; ; 0
ServiceNow ITSM ; ; 0
Atlassian Bitbucket Server ; Stash ; 1
Jira Service Desk ; ; 0
Repose ; ; 1
Syntribos ; ; 0
Molecule ; ; 1
Testinfra ; ; 0
"""


# programming languages, runtimes and compilers
LANGUAGES_MORE = """
Kotlin ;  ; 0
Scala ;  ; 0
Groovy ;  ; 1
Clojure ;  ; 0
Elixir ;  ; 0
Erlang ;  ; 0
Haskell ;  ; 0
OCaml ;  ; 0
F# ;  ; 0
Elm ;  ; 1
PureScript ;  ; 0
ReasonML ; Reason ; 0
ReScript ;  ; 0
Dart ;  ; 1
Zig ;  ; 0
Nim ;  ; 0
Mojo ;  ; 1
Carbon ;  ; 1
Gleam ;  ; 1
Pony ;  ; 1
Julia ;  ; 1
R ;  ; 1
MATLAB ; Matlab ; 0
Octave ; GNU Octave ; 1
Fortran ;  ; 0
COBOL ;  ; 0
Ada ;  ; 1
Pascal ;  ; 1
Delphi ;  ; 1
Objective-C ; ObjC ; 0
SwiftUI ;  ; 0
Lua ;  ; 0
LuaJIT ;  ; 0
Tcl ;  ; 0
Perl ;  ; 0
Raku ; Perl 6 ; 0
PHP ;  ; 0
Solidity ;  ; 0
Vyper ;  ; 0
WebAssembly ; Wasm|WASM ; 0
WASI ;  ; 0
AssemblyScript ;  ; 0
Emscripten ;  ; 0
LLVM ;  ; 0
Clang ;  ; 0
GCC ; GNU Compiler Collection ; 0
MSVC ;  ; 0
GraalVM ;  ; 0
OpenJDK ;  ; 0
HotSpot ;  ; 0
OpenJ9 ; Eclipse OpenJ9 ; 0
Eclipse Temurin ; Temurin|AdoptOpenJDK ; 0
Amazon Corretto ; Corretto ; 0
Azul Zulu ; ; 0
Java EE ; J2EE ; 0
Kotlin Multiplatform ; KMP ; 0
Jetpack Compose ;  ; 0
Deno ;  ; 0
Bun ;  ; 1
TypeScript ;  ; 0
CoffeeScript ;  ; 0
Babel ;  ; 1
SWC ;  ; 0
V8 ;  ; 0
SpiderMonkey ;  ; 0
JavaScriptCore ;  ; 0
CPython ;  ; 0
PyPy ;  ; 0
Cython ;  ; 0
MicroPython ;  ; 0
CircuitPython ;  ; 0
Jython ;  ; 0
IronPython ;  ; 0
JRuby ;  ; 0
TruffleRuby ;  ; 0
Mono ;  ; 1
ASP.NET Core ;  ; 0
Blazor ;  ; 0
Entity Framework ; EF Core ; 0
Xamarin ;  ; 0
.NET MAUI ; MAUI ; 0
PowerShell ;  ; 0
Bash ;  ; 0
Zsh ; zsh ; 0
Fish ; fish shell ; 1
Nushell ;  ; 0
SQL ;  ; 0
PL/SQL ;  ; 0
T-SQL ; Transact-SQL ; 0
GraphQL ;  ; 0
SPARQL ;  ; 0
Cypher ;  ; 1
Datalog ;  ; 0
Prolog ;  ; 0
Lisp ;  ; 0
Scheme ;  ; 1
Racket ;  ; 1
Smalltalk ;  ; 0
Pharo ;  ; 0
Verilog ;  ; 0
VHDL ;  ; 0
CUDA C ;  ; 0
OpenCL ;  ; 0
Starlark ;  ; 0
Jsonnet ;  ; 0
CUE ;  ; 0
Dhall ;  ; 0
Nickel ;  ; 1
Pkl ;  ; 0
Nix ;  ; 0
NixOS ;  ; 0
Guix ; GNU Guix ; 0
"""

# web, mobile and front-end frameworks and tools
WEB_MORE = """
React ; React.js|ReactJS ; 0
React Native ;  ; 0
Next.js ; NextJS ; 0
Vue.js ; Vue ; 0
Angular ;  ; 0
AngularJS ;  ; 0
Svelte ;  ; 0
SvelteKit ;  ; 0
SolidJS ;  ; 0
Qwik ;  ; 0
Polymer ;  ; 1
Ember.js ; Ember ; 0
Backbone.js ;  ; 0
Astro ;  ; 1
Remix ;  ; 1
Gatsby ;  ; 1
Eleventy ; 11ty ; 0
Hugo ;  ; 1
Jekyll ;  ; 0
Docusaurus ;  ; 0
Redux ;  ; 0
RxJS ;  ; 0
jQuery ;  ; 0
Bootstrap ; Twitter Bootstrap ; 1
Tailwind CSS ; Tailwind ; 0
Sass ; SASS ; 0
Turbopack ;  ; 0
Turborepo ;  ; 0
Nx ;  ; 0
pnpm ;  ; 0
Yarn ;  ; 1
npm ;  ; 0
Jest ;  ; 0
Vitest ;  ; 0
Mocha ;  ; 1
Cypress ;  ; 1
Playwright ;  ; 0
Puppeteer ;  ; 0
Selenium ;  ; 0
WebDriver ;  ; 0
Appium ;  ; 0
Flutter ;  ; 0
Ionic ;  ; 1
PhoneGap ;  ; 0
Capacitor ;  ; 1
Electron ;  ; 1
Tauri ;  ; 0
Express ; Express.js ; 1
NestJS ;  ; 0
Koa ;  ; 0
Hapi ; hapi ; 0
Meteor ;  ; 1
Socket.IO ;  ; 0
Django ;  ; 0
Django REST Framework ;  ; 0
Flask ;  ; 0
FastAPI ;  ; 0
Pyramid ;  ; 1
Tornado ;  ; 1
Ruby on Rails ; Rails ; 0
Sinatra ;  ; 1
Hanami ;  ; 0
Phoenix Framework ;  ; 0
Laravel ;  ; 0
Symfony ;  ; 0
Drupal ;  ; 0
WordPress ;  ; 0
Spring Boot ;  ; 0
Spring Cloud ;  ; 0
Micronaut ;  ; 0
Quarkus ;  ; 0
Helidon ;  ; 0
Vert.x ; Eclipse Vert.x ; 0
Play Framework ;  ; 0
Akka ;  ; 0
Ktor ;  ; 0
Gin ;  ; 1
Echo ;  ; 1
Fiber ;  ; 1
Actix ; Actix Web ; 0
Axum ;  ; 0
Tokio ;  ; 0
Hyper ;  ; 1
gRPC-Web ;  ; 0
Protocol Buffers ; Protobuf|protobuf ; 0
Apache Thrift ; Thrift ; 0
Apache Avro ; Avro ; 0
FlatBuffers ;  ; 0
Cap'n Proto ;  ; 0
JSON Schema ;  ; 0
AsyncAPI ;  ; 0
tRPC ;  ; 0
Apollo Server ;  ; 0
Relay ;  ; 1
Hasura GraphQL Engine ;  ; 0
PostGraphile ;  ; 0
Drizzle ORM ; Drizzle ; 0
Hibernate ;  ; 0
MyBatis ;  ; 0
jOOQ ;  ; 0
Gradle ;  ; 0
Bazel ;  ; 0
Pants ;  ; 1
CMake ;  ; 0
Meson ;  ; 0
Ninja ;  ; 1
Cargo ;  ; 1
pip ;  ; 0
uv ;  ; 1
Conda ; conda ; 0
Mamba ; mamba ; 1
Homebrew ;  ; 0
Chocolatey ;  ; 0
Scoop ;  ; 1
Snap ; Snapcraft ; 1
Flatpak ;  ; 0
AppImage ;  ; 0
"""

# databases, data platforms and Apache Software Foundation projects
DATA_MORE = """
PostgreSQL ; Postgres ; 0
MySQL ;  ; 0
MariaDB ;  ; 0
SQLite ;  ; 0
Microsoft SQL Server ; SQL Server|MSSQL ; 0
Oracle Database ; Oracle DB ; 0
IBM Db2 ; Db2|DB2 ; 0
MongoDB ; Mongo ; 0
MongoDB Atlas ;  ; 0
Redis ;  ; 0
Valkey ;  ; 0
KeyDB ;  ; 0
Dragonfly DB ; DragonflyDB ; 0
Memcached ; memcached ; 0
Couchbase ;  ; 0
CouchDB ; Apache CouchDB ; 0
PouchDB ;  ; 0
RethinkDB ;  ; 0
Neo4j ;  ; 0
JanusGraph ;  ; 0
ArangoDB ;  ; 0
OrientDB ;  ; 0
Dgraph ;  ; 0
NebulaGraph ; Nebula Graph ; 0
CockroachDB ;  ; 0
YugabyteDB ;  ; 0
FoundationDB ;  ; 0
InfluxDB ;  ; 0
TimescaleDB ;  ; 0
OpenTSDB ;  ; 0
Graphite ;  ; 1
M3DB ;  ; 0
ClickHouse ;  ; 0
DuckDB ;  ; 0
Apache Doris ; ; 0
StarRocks ;  ; 0
Greenplum ;  ; 0
Citus ;  ; 0
Vertica ;  ; 0
Snowflake ;  ; 1
Delta Lake ;  ; 0
Apache Iceberg ; Iceberg ; 1
Apache Hudi ; Hudi ; 0
Apache Paimon ; Paimon ; 0
Apache Arrow ; Arrow ; 1
Apache Parquet ; Parquet ; 0
Apache ORC ; ORC ; 0
Apache Spark ; Spark ; 1
PySpark ;  ; 0
Spark Streaming ;  ; 0
Spark SQL ;  ; 0
MLlib ;  ; 0
Apache Flink ; Flink ; 0
Apache Beam ; Beam ; 1
Apache Storm ; Storm ; 1
Apache Samza ; Samza ; 0
Apache Heron ; Heron ; 1
Apache Apex ;  ; 0
Apache Kafka ; Kafka ; 0
Kafka Streams ;  ; 0
ksqlDB ; KSQL ; 0
Apache Pulsar ; Pulsar ; 1
Apache BookKeeper ; BookKeeper ; 0
RabbitMQ ;  ; 0
Apache RocketMQ ; RocketMQ ; 0
ZeroMQ ; ZMQ|ØMQ ; 0
Redpanda ;  ; 0
Apache NiFi ; NiFi ; 0
Apache Airflow ; Airflow ; 0
Apache Oozie ; Oozie ; 0
Apache Hadoop ; Hadoop ; 0
HDFS ; Hadoop Distributed File System ; 0
Apache Hadoop YARN ; YARN|Hadoop YARN ; 0
MapReduce ;  ; 0
Apache Hive ; Hive ; 1
Apache Pig ; Pig ; 1
Presto ; PrestoDB ; 1
Apache Drill ;  ; 0
Apache Kylin ;  ; 0
Apache Calcite ; Calcite ; 0
Apache Phoenix ;  ; 0
Apache Tez ; Tez ; 0
Apache Sqoop ; Sqoop ; 0
Apache Flume ; Flume ; 0
Apache Ambari ; Ambari ; 0
Apache Ranger ;  ; 0
Apache Atlas ;  ; 0
Apache Knox ;  ; 0
Apache Sentry ;  ; 0
Apache Zeppelin ; Zeppelin ; 1
Apache Superset ; Superset ; 0
Apache Livy ; Livy ; 0
Apache Mahout ; Mahout ; 0
Apache Giraph ;  ; 0
Apache Lucene ; Lucene ; 0
Apache Solr ; Solr ; 0
Elasticsearch ;  ; 0
OpenSearch ;  ; 0
Logstash ;  ; 0
Kibana ;  ; 0
Beats ; Filebeat|Metricbeat|Packetbeat ; 1
Elastic APM ;  ; 0
Elastic Cloud ;  ; 0
Elastic Security ;  ; 0
Elastic Agent ;  ; 0
OpenSearch Dashboards ;  ; 0
Apache Tomcat ; Tomcat ; 0
Apache TomEE ; TomEE ; 0
Apache HTTP Server ; Apache httpd|httpd ; 0
Apache Traffic Server ;  ; 0
Apache Camel ; Camel ; 1
Apache Karaf ; Karaf ; 0
Apache ServiceMix ;  ; 0
Apache CXF ;  ; 0
Apache Wicket ; Wicket ; 0
Apache Tapestry ;  ; 0
Apache Ant ; Ant ; 1
Apache Ivy ;  ; 0
Apache Commons ;  ; 0
Apache Log4j ; Log4j|log4j ; 0
Apache Shiro ;  ; 0
Apache Geode ; Geode ; 0
Apache Ignite ;  ; 1
Apache Cayenne ;  ; 0
Apache Derby ;  ; 0
Apache Jackrabbit ; Jackrabbit ; 0
Apache Sling ;  ; 0
Apache Felix ;  ; 0
Apache Guacamole ; ; 0
Apache CloudStack ; CloudStack ; 0
Apache Marathon ;  ; 0
Apache Brooklyn ;  ; 0
Apache APISIX ; APISIX ; 0
Apache ShardingSphere ; ShardingSphere ; 0
Apache DolphinScheduler ; DolphinScheduler ; 0
Apache SkyWalking ; SkyWalking ; 0
Apache Dubbo ; Dubbo ; 0
Apache SeaTunnel ; SeaTunnel ; 0
Apache InLong ;  ; 0
Apache Kvrocks ; Kvrocks ; 0
Apache IoTDB ; IoTDB ; 0
Apache Hop ;  ; 0
Apache Gobblin ;  ; 0
Apache Griffin ;  ; 0
Apache Submarine ;  ; 0
Apache MXNet ; MXNet ; 0
Apache SystemDS ; SystemML ; 0
Apache TVM ; TVM ; 0
Apache Singa ;  ; 0
Apache OpenNLP ; OpenNLP ; 0
Apache Tika ; Tika ; 0
Apache PDFBox ; PDFBox ; 0
Apache POI ;  ; 0
Apache OpenOffice ; OpenOffice ; 0
LibreOffice ;  ; 0
Apache Subversion ; Subversion|SVN ; 0
Apache Bench ;  ; 0
Apache Airavata ;  ; 0
Apache Flex ;  ; 0
Apache Royale ;  ; 0
Apache NetBeans ;  ; 0
Apache Hadoop Ozone ; Apache Ozone|Ozone ; 0
Apache Kudu ; Kudu ; 0
Apache Crail ;  ; 0
Apache Curator ;  ; 0
Apache Helix ;  ; 0
Apache Answer ;  ; 0
Apache Celeborn ;  ; 0
Apache Uniffle ;  ; 0
Apache Linkis ;  ; 0
Apache EventMesh ; EventMesh ; 0
Apache StreamPipes ;  ; 0
Apache Wayang ;  ; 0
Apache OpenDAL ; OpenDAL ; 0
Apache DataFusion ; DataFusion ; 0
Apache Arrow Flight ; Arrow Flight ; 0
Apache Sedona ; ; 0
Apache Gora ;  ; 0
Apache Nutch ; Nutch ; 0
Apache Spamassassin ;  ; 0
Apache James ;  ; 0
Apache Qpid ; Qpid ; 0
Apache Kafka MirrorMaker ; MirrorMaker ; 0
Apache Synapse ;  ; 0
Amazon MemoryDB ;  ; 0
Amazon QLDB ; QLDB ; 0
Google Firestore ; Cloud Firestore ; 0
Google AlloyDB ; AlloyDB ; 0
Supabase ;  ; 0
Neon ;  ; 1
Pinecone ;  ; 1
Weaviate ;  ; 0
Milvus ;  ; 0
Chroma DB ; ChromaDB|Chroma ; 0
pgvector ;  ; 0
FAISS ; Faiss ; 0
Vespa ;  ; 1
Meilisearch ;  ; 0
Typesense ;  ; 0
Sphinx Search ;  ; 0
Xapian ;  ; 0
Tantivy ;  ; 0
Quickwit ;  ; 0
Materialize ;  ; 1
RisingWave ;  ; 0
Apache Flink SQL ; Flink SQL ; 0
dbt Cloud ;  ; 0
Amundsen ;  ; 0
DataHub ;  ; 1
OpenLineage ;  ; 0
Marquez ;  ; 1
Metabase ;  ; 0
Redash ;  ; 0
Power BI ; PowerBI|Microsoft Power BI ; 0
Tableau ;  ; 0
Qlik Sense ; QlikView ; 0
Looker Studio ; Google Data Studio|Data Studio ; 0
Jupyter ; Project Jupyter|Jupyter Notebook ; 0
JupyterHub ;  ; 0
Binder ;  ; 1
RStudio ;  ; 0
Observable ;  ; 1
NumPy ;  ; 0
SciPy ;  ; 0
Dask ;  ; 0
Modin ;  ; 0
Vaex ;  ; 0
Matplotlib ; matplotlib ; 0
D3.js ; D3 ; 0
Apache ECharts ; ECharts ; 0
Chart.js ;  ; 0
Vega ; Vega-Lite ; 1
"""

# machine-learning frameworks, models and AI tools
ML_AI = """
TensorFlow ; Tensorflow ; 0
TensorFlow Lite ; TFLite|LiteRT ; 0
TensorFlow Extended ; TFX ; 0
TensorFlow.js ;  ; 0
TensorBoard ;  ; 0
Keras ;  ; 0
PyTorch ; Pytorch ; 0
TorchServe ;  ; 0
TorchScript ;  ; 0
Flax ;  ; 1
Theano ;  ; 0
Caffe ;  ; 0
Caffe2 ;  ; 0
PaddlePaddle ;  ; 0
MindSpore ;  ; 0
OpenVINO ;  ; 0
TensorRT ;  ; 0
Triton Inference Server ;  ; 0
NVIDIA NIM ;  ; 0
cuDNN ;  ; 0
NCCL ;  ; 0
ROCm ;  ; 0
oneAPI ;  ; 0
scikit-learn ; sklearn|Scikit-learn ; 0
XGBoost ;  ; 0
LightGBM ;  ; 0
spaCy ;  ; 0
NLTK ;  ; 0
Gensim ;  ; 0
Hugging Face Transformers ; Transformers ; 1
Hugging Face Hub ;  ; 0
Diffusers ;  ; 0
Tokenizers ;  ; 1
DeepSpeed ;  ; 0
Megatron-LM ; Megatron ; 0
Horovod ;  ; 0
Ray Serve ;  ; 0
Ray Tune ;  ; 0
vLLM ;  ; 0
llama.cpp ;  ; 0
Ollama ;  ; 0
LM Studio ;  ; 0
LocalAI ;  ; 0
Text Generation Inference ; TGI ; 0
LangGraph ;  ; 0
LangSmith ;  ; 0
Haystack ;  ; 1
Semantic Kernel ;  ; 0
AutoGen ;  ; 0
CrewAI ;  ; 0
DSPy ;  ; 0
MLflow ;  ; 0
Metaflow ;  ; 0
Flyte ;  ; 0
ZenML ;  ; 0
BentoML ;  ; 0
Seldon Core ;  ; 0
Feast ;  ; 1
DVC ; Data Version Control ; 0
Label Studio ;  ; 0
OpenCV ;  ; 0
Stable Diffusion ;  ; 0
DALL-E ; DALL·E ; 0
GPT-3 ;  ; 0
GPT-4 ;  ; 0
GPT-4o ;  ; 0
Codex ;  ; 1
Microsoft Copilot ;  ; 0
Bard ; Google Bard ; 1
PaLM ;  ; 0
BERT ;  ; 0
Llama ; LLaMA|Llama 2|Llama 3 ; 1
Mistral 7B ;  ; 0
Mixtral ;  ; 0
Falcon LLM ;  ; 0
Phi-3 ;  ; 0
Whisper ;  ; 1
CLIP ;  ; 1
Model Context Protocol ; MCP ; 0
Amazon Textract ; Textract ; 0
Amazon Q ;  ; 0
Amazon CodeWhisperer ; CodeWhisperer ; 0
Google Vertex AI ;  ; 0
Google AI Platform ;  ; 0
Google AutoML ; AutoML ; 0
Cloud TPU ;  ; 0
Azure OpenAI Service ; Azure OpenAI ; 0
Azure Cognitive Services ; Cognitive Services ; 0
watsonx ;  ; 0
H2O ;  ; 0
"""

# CI/CD, configuration, observability, security and developer tools
DEVOPS_MORE = """
Jenkins ;  ; 1
Jenkins Pipeline ;  ; 0
Blue Ocean ; ; 0
GitLab CI ; GitLab CI/CD ; 0
CircleCI ;  ; 0
Travis CI ;  ; 0
TeamCity ;  ; 0
Bamboo ;  ; 1
Azure Pipelines ;  ; 0
Drone ; Drone CI ; 1
Woodpecker CI ;  ; 0
GoCD ;  ; 0
Ansible ;  ; 0
Ansible Tower ;  ; 0
Ansible Automation Platform ;  ; 0
SaltStack ; Salt ; 1
CFEngine ;  ; 0
Puppet Enterprise ;  ; 0
Test Kitchen ;  ; 0
Serverspec ;  ; 0
Serverless Framework ;  ; 0
Bicep ;  ; 1
Google Cloud Deployment Manager ; Deployment Manager ; 0
Git ;  ; 0
Mercurial ;  ; 0
Perforce ; Helix Core ; 0
Gitea ;  ; 0
Forgejo ;  ; 0
Gogs ;  ; 0
Phabricator ;  ; 0
Review Board ;  ; 0
Bitbucket Pipelines ;  ; 0
GitHub Container Registry ; GHCR ; 0
GitHub Advanced Security ;  ; 0
Renovate ; Renovate Bot ; 1
CodeQL ;  ; 0
SonarQube ;  ; 0
SonarCloud ;  ; 0
Snyk Open Source ;  ; 0
Snyk Container ;  ; 0
OWASP ZAP ; ZAP ; 0
Burp Suite ;  ; 0
Metasploit ;  ; 0
Nmap ; nmap ; 0
Wireshark ;  ; 0
tcpdump ;  ; 0
Snort ;  ; 0
Suricata ;  ; 0
Zeek ;  ; 0
OSSEC ;  ; 0
Wazuh ;  ; 0
osquery ;  ; 0
Sysmon ;  ; 0
YARA ;  ; 0
ModSecurity ;  ; 0
Fail2ban ;  ; 0
OpenSSL ;  ; 0
BoringSSL ;  ; 0
LibreSSL ;  ; 0
GnuPG ; GPG ; 0
OpenSSH ;  ; 0
WireGuard ;  ; 0
OpenVPN ;  ; 0
AWS Identity Center ; AWS SSO ; 0
Azure Key Vault ; Key Vault ; 0
Microsoft Entra ID ; Entra ID ; 0
Active Directory ;  ; 0
OpenLDAP ;  ; 0
FreeIPA ;  ; 0
Kerberos ;  ; 0
SAML ;  ; 0
OpenID Connect ; OIDC ; 0
WebAuthn ;  ; 0
FIDO2 ;  ; 0
CycloneDX ;  ; 0
SPDX ;  ; 0
OpenVEX ;  ; 0
Scorecard ; OpenSSF Scorecard ; 1
Nagios ;  ; 0
Zabbix ;  ; 0
Icinga ;  ; 0
Sensu ;  ; 0
Munin ;  ; 0
Cacti ;  ; 1
StatsD ;  ; 0
Telegraf ;  ; 0
Kapacitor ;  ; 0
Chronograf ;  ; 0
Datadog Agent ;  ; 0
New Relic One ;  ; 0
Dynatrace OneAgent ; OneAgent ; 0
Splunk Enterprise ;  ; 0
Splunk Observability Cloud ;  ; 0
Graylog ;  ; 0
Kiali ;  ; 0
Uptime Kuma ;  ; 0
PagerDuty ;  ; 0
Locust ;  ; 1
Gatling ;  ; 0
wrk ;  ; 0
Vegeta ;  ; 1
Artillery ;  ; 1
JUnit ;  ; 0
TestNG ;  ; 0
pytest ;  ; 0
RSpec ;  ; 0
Cucumber ;  ; 1
Insomnia ;  ; 1
Pact ;  ; 1
WireMock ;  ; 0
Testcontainers ;  ; 0
LocalStack ;  ; 0
Mockito ;  ; 0
Visual Studio Code ; VS Code|VSCode ; 0
Visual Studio ;  ; 0
IntelliJ IDEA ; IntelliJ ; 0
PyCharm ;  ; 0
GoLand ;  ; 0
WebStorm ;  ; 0
CLion ;  ; 0
Android Studio ;  ; 0
Xcode ;  ; 0
Eclipse IDE ;  ; 0
Vim ;  ; 0
Neovim ;  ; 0
Emacs ; GNU Emacs ; 0
Sublime Text ;  ; 0
Atom ;  ; 1
JetBrains Fleet ;  ; 0
Jira ; JIRA ; 0
Confluence ;  ; 1
Trello ;  ; 0
Slack ;  ; 1
Microsoft Teams ; MS Teams ; 0
Zoom ;  ; 1
Google Meet ;  ; 0
Mattermost ;  ; 0
Zulip ;  ; 0
Notion ;  ; 1
Obsidian ;  ; 1
Google Docs ;  ; 0
Microsoft Excel ; Excel ; 0
Microsoft Word ;  ; 0
PowerPoint ;  ; 0
Gmail ;  ; 0
Buck2 ;  ; 0
"""

# operating systems, virtualisation, storage and networking software
SYSTEMS_MORE = """
Linux ;  ; 0
Linux kernel ; Linux Kernel ; 0
Ubuntu ;  ; 0
Debian ;  ; 0
Fedora ;  ; 1
CentOS ;  ; 0
CentOS Stream ;  ; 0
Rocky Linux ;  ; 0
AlmaLinux ;  ; 0
Red Hat Enterprise Linux ; RHEL ; 0
Oracle Linux ;  ; 0
Amazon Linux ; Amazon Linux 2 ; 0
SUSE Linux Enterprise ; SLES|SUSE Linux Enterprise Server ; 0
openSUSE ;  ; 0
Arch Linux ;  ; 0
Gentoo ;  ; 0
Alpine Linux ; Alpine ; 1
Linux Mint ;  ; 0
Pop!_OS ;  ; 0
Kali Linux ;  ; 0
Slackware ;  ; 0
Chrome OS ; ChromeOS ; 0
Android ;  ; 0
iOS ;  ; 0
iPadOS ;  ; 0
watchOS ;  ; 0
tvOS ;  ; 0
visionOS ;  ; 0
macOS ; Mac OS X|OS X ; 0
Windows Server ;  ; 0
Windows Subsystem for Linux ; WSL|WSL2 ; 0
FreeBSD ;  ; 0
OpenBSD ;  ; 0
NetBSD ;  ; 0
DragonFly BSD ;  ; 0
illumos ;  ; 0
SmartOS ;  ; 0
Solaris ; Oracle Solaris ; 0
AIX ;  ; 0
HP-UX ;  ; 0
z/OS ;  ; 0
Fuchsia ;  ; 1
HarmonyOS ;  ; 0
Tizen ;  ; 0
Zephyr ; Zephyr RTOS ; 1
FreeRTOS ;  ; 0
RIOT OS ;  ; 0
Yocto ;  ; 0
Buildroot ;  ; 0
OpenWrt ;  ; 0
Red Hat CoreOS ; RHCOS ; 0
Container-Optimized OS ; COS ; 0
systemd ;  ; 0
GRUB ;  ; 0
U-Boot ;  ; 0
eBPF ; BPF ; 0
bpftrace ;  ; 0
BCC ;  ; 0
DTrace ;  ; 0
SystemTap ;  ; 0
perf ;  ; 1
strace ;  ; 0
Valgrind ;  ; 0
GDB ;  ; 0
LLDB ;  ; 0
io_uring ;  ; 0
cgroups ; cgroup|cgroup v2 ; 0
KVM ;  ; 0
QEMU ;  ; 0
Xen ; Xen Project ; 0
libvirt ;  ; 0
VirtualBox ;  ; 0
VMware ESXi ; ESXi ; 0
VMware vSphere ; vSphere ; 0
VMware vCenter ; vCenter ; 0
VMware vSAN ; vSAN ; 0
VMware NSX ; NSX ; 0
VMware Workstation ;  ; 0
VMware Fusion ;  ; 0
VMware Cloud Foundation ; VCF ; 0
VMware Aria ;  ; 0
Hyper-V ;  ; 0
Proxmox VE ; Proxmox ; 0
oVirt ;  ; 0
Red Hat Virtualization ; RHV|Red Hat Enterprise Virtualization|RHEV ; 0
Nutanix AHV ; AHV ; 0
Citrix Hypervisor ;  ; 0
XCP-ng ;  ; 0
Parallels Desktop ;  ; 0
Incus ;  ; 0
OpenVZ ;  ; 0
Docker Scout ;  ; 0
Moby ;  ; 1
Lustre ;  ; 0
BeeGFS ;  ; 0
MinIO ;  ; 0
SeaweedFS ;  ; 0
JuiceFS ;  ; 0
ZFS ; OpenZFS ; 0
Btrfs ;  ; 0
ext4 ;  ; 0
XFS ;  ; 0
NFS ;  ; 0
iSCSI ;  ; 0
NVMe over Fabrics ; NVMe-oF ; 0
DRBD ;  ; 0
LINSTOR ;  ; 0
DPDK ;  ; 0
FD.io ; VPP ; 0
SONiC ;  ; 0
ONOS ;  ; 0
OpenDaylight Controller ;  ; 0
P4 ;  ; 0
FRRouting ; FRR ; 0
BIRD ;  ; 1
Quagga ;  ; 0
GoBGP ;  ; 0
NGINX Plus ;  ; 0
NGINX Unit ;  ; 0
Caddy ;  ; 0
Varnish ;  ; 1
Squid ;  ; 1
Apache APISIX Gateway ;  ; 0
Kong Gateway ;  ; 0
Tyk ;  ; 0
KrakenD ;  ; 0
Traefik Proxy ;  ; 0
Pingora ;  ; 0
PowerDNS ;  ; 0
Unbound ;  ; 1
dnsmasq ;  ; 0
Keepalived ; keepalived ; 0
Pacemaker ;  ; 1
Corosync ;  ; 0
Consul Template ;  ; 0
Slurm ;  ; 0
HTCondor ;  ; 0
OpenMPI ; Open MPI ; 0
MPI ;  ; 0
OpenMP ;  ; 0
Singularity ; Apptainer ; 1
Spack ;  ; 0
EasyBuild ;  ; 0
"""

# products named with their company
VENDOR_PRODUCTS = """
Red Hat OpenStack Platform ; Red Hat OpenStack|RHOSP|RHEL OpenStack Platform ; 0
Red Hat Satellite ;  ; 0
Red Hat Ansible Automation Platform ;  ; 0
Red Hat Ceph Storage ;  ; 0
Red Hat Gluster Storage ;  ; 0
Red Hat JBoss ;  ; 0
JBoss EAP ;  ; 0
WildFly ;  ; 0
Red Hat OpenShift Dedicated ;  ; 0
Red Hat Advanced Cluster Management ;  ; 0
Red Hat Advanced Cluster Security ;  ; 0
Red Hat Developer Hub ;  ; 0
Red Hat CloudForms ; CloudForms ; 0
ManageIQ ;  ; 0
Red Hat Insights ;  ; 0
Red Hat Fuse ;  ; 0
Red Hat AMQ ;  ; 0
Red Hat Data Grid ; Infinispan ; 0
Red Hat Single Sign-On ; RH-SSO ; 0
Pivotal HD ; PivotalHD ; 0
Pivotal Greenplum ;  ; 0
Pivotal GemFire ; GemFire ; 0
Pivotal Tracker ;  ; 0
Mirantis OpenStack ;  ; 0
Mirantis Kubernetes Engine ;  ; 0
Mirantis Container Runtime ;  ; 0
SUSE OpenStack Cloud ;  ; 0
SUSE Rancher ;  ; 0
SUSE NeuVector ;  ; 0
SUSE CaaS Platform ;  ; 0
Ubuntu OpenStack ;  ; 0
Canonical Kubernetes ; Charmed Kubernetes ; 0
Multipass ;  ; 0
Snap Store ;  ; 0
HPE GreenLake ; GreenLake ; 0
HPE Ezmeral ; Ezmeral ; 0
HPE Synergy ;  ; 0
HPE SimpliVity ; SimpliVity ; 0
HP Helion OpenStack ;  ; 0
Dell EMC PowerStore ; PowerStore ; 0
Dell EMC PowerScale ; Isilon ; 0
Dell EMC PowerMax ;  ; 0
Dell EMC Unity ;  ; 0
VxRail ;  ; 0
Cisco ACI ; ACI ; 0
Cisco IOS ;  ; 0
Cisco IOS XR ; IOS XR ; 0
Cisco NX-OS ; NX-OS ; 0
Cisco Webex ; Webex ; 0
Cisco AnyConnect ;  ; 0
Juniper Junos ; Junos|Junos OS ; 0
Juniper Contrail ; Contrail|Tungsten Fabric ; 0
Arista EOS ;  ; 0
Cumulus Linux ;  ; 0
F5 BIG-IP ; BIG-IP ; 0
Citrix ADC ;  ; 0
Palo Alto Prisma Cloud ; Prisma Cloud ; 0
Palo Alto Cortex XSOAR ; Cortex XSOAR ; 0
CrowdStrike Falcon ;  ; 0
Microsoft Defender ; Microsoft Defender for Cloud|Defender for Endpoint ; 0
Microsoft Intune ; Intune ; 0
Microsoft Dynamics 365 ;  ; 0
Microsoft Power Platform ;  ; 0
Microsoft Fabric ;  ; 0
Microsoft Graph ;  ; 0
Microsoft Edge ;  ; 0
Microsoft Bing ;  ; 0
Microsoft Dataverse ;  ; 0
IBM z/OS ;  ; 0
IBM MQ ; WebSphere MQ|MQSeries ; 0
IBM Cloud Pak ; Cloud Pak ; 0
IBM Cloud Private ;  ; 0
IBM Tivoli ; Tivoli ; 0
IBM Spectrum Scale ; GPFS ; 0
IBM Instana ;  ; 0
IBM Turbonomic ; Turbonomic ; 0
IBM QRadar ; QRadar ; 0
Oracle E-Business Suite ;  ; 0
Oracle Fusion Middleware ;  ; 0
Oracle GoldenGate ; GoldenGate ; 0
Oracle Autonomous Database ; Autonomous Database ; 0
MySQL HeatWave ; HeatWave ; 0
SAP HANA ; HANA ; 0
SAP S/4HANA ; S/4HANA ; 0
SAP ERP ;  ; 0
SAP NetWeaver ; NetWeaver ; 0
SAP Business Technology Platform ; SAP BTP ; 0
SAP Fiori ; Fiori ; 0
SAP Ariba ; Ariba ; 0
SAP SuccessFactors ; SuccessFactors ; 0
Salesforce Service Cloud ; Service Cloud ; 0
Salesforce Marketing Cloud ; Marketing Cloud ; 0
Salesforce Einstein ;  ; 0
Salesforce Lightning ;  ; 0
Salesforce Commerce Cloud ;  ; 0
Slack Workflow Builder ;  ; 0
MuleSoft Anypoint Platform ; Anypoint Platform ; 0
Adobe Experience Manager ; AEM ; 0
Adobe Illustrator ; ; 0
Adobe Acrobat ; Acrobat ; 0
Adobe Creative Cloud ; Creative Cloud ; 0
Adobe Premiere Pro ; Premiere Pro ; 0
Adobe Flash ; Flash|Flash Player ; 1
Adobe AIR ;  ; 0
Adobe Analytics ;  ; 0
ServiceNow ITOM ;  ; 0
ServiceNow Now Platform ; Now Platform ; 0
Atlassian Confluence ;  ; 0
Atlassian Jira ;  ; 0
Atlassian Bamboo ;  ; 0
Atlassian Compass ;  ; 0
Jira Software ;  ; 0
Jira Align ;  ; 0
GitLab Runner ;  ; 0
GitLab Duo ;  ; 0
GitLab Ultimate ;  ; 0
GitLab Community Edition ; GitLab CE ; 0
GitLab Enterprise Edition ; GitLab EE ; 0
GitHub Copilot Chat ;  ; 0
GitHub Enterprise Server ;  ; 0
GitHub Discussions ;  ; 0
GitHub Projects ;  ; 0
JFrog Xray ; ; 0
JFrog Pipelines ;  ; 0
CloudBees CI ; CloudBees Core ; 0
Docker Enterprise ; Docker EE ; 0
Docker Trusted Registry ; DTR ; 0
Docker Datacenter ;  ; 0
Elastic Cloud on Kubernetes ; ECK ; 0
Confluent Platform ;  ; 0
Confluent Cloud ;  ; 0
Confluent Schema Registry ; Schema Registry ; 0
Databricks SQL ;  ; 0
Unity Catalog ;  ; 0
Snowpark ;  ; 0
Snowflake Cortex ;  ; 0
Cloudera Data Platform ; CDP ; 0
Cloudera Manager ;  ; 0
Hortonworks Data Platform ; HDP ; 0
MapR-FS ;  ; 0
Datastax Enterprise ; DSE|DataStax Enterprise ; 0
DataStax Astra ; Astra DB ; 0
MongoDB Realm ;  ; 0
Redis Enterprise ;  ; 0
Redis Stack ;  ; 0
Couchbase Capella ;  ; 0
Neo4j Aura ; AuraDB ; 0
CockroachDB Serverless ; CockroachDB Cloud ; 0
Aiven for PostgreSQL ;  ; 0
Grafana Enterprise Metrics ;  ; 0
Dynatrace Davis ;  ; 0
Splunk Cloud ;  ; 0
Splunk SOAR ;  ; 0
Sumo Logic Cloud SIEM ;  ; 0
Okta Workforce Identity ;  ; 0
Auth0 ;  ; 0
Cloudflare Pages ;  ; 0
Cloudflare R2 ;  ; 0
Cloudflare Tunnel ;  ; 0
Cloudflare Zero Trust ;  ; 0
Akamai Connected Cloud ;  ; 0
Fastly Compute ; Compute@Edge ; 0
Vercel Edge Functions ;  ; 0
Netlify Functions ;  ; 0
Deno Deploy ;  ; 0
Twilio Segment ;  ; 0
Twilio Flex ;  ; 0
Shopify Plus ;  ; 0
Shopify Hydrogen ; ; 0
Unity ; Unity engine|Unity3D ; 1
Unreal Engine ; Unreal ; 0
Godot ; Godot Engine ; 0
Blender ;  ; 1
"""

ADDED_BLOCKS = (LANGUAGES_MORE, WEB_MORE, DATA_MORE, ML_AI, DEVOPS_MORE, SYSTEMS_MORE, VENDOR_PRODUCTS,)


# more databases, storage engines and database tools
DATABASES_MORE = """
H2 Database ; H2 ; 0
HSQLDB ; HyperSQL ; 0
IBM Informix ; Informix ; 0
Sybase ; SAP ASE|Sybase ASE ; 0
Teradata Vantage ;  ; 0
Riak ; Riak KV ; 0
Project Voldemort ; Voldemort ; 0
Hazelcast ;  ; 0
EventStoreDB ; Event Store ; 0
RavenDB ;  ; 0
LevelDB ;  ; 0
RocksDB ;  ; 0
BoltDB ; bbolt ; 0
BadgerDB ;  ; 0
LMDB ;  ; 0
Berkeley DB ; BerkeleyDB ; 0
MyRocks ;  ; 0
InnoDB ;  ; 0
MyISAM ;  ; 0
WiredTiger ;  ; 0
Percona Server ;  ; 0
Percona XtraDB Cluster ;  ; 0
Percona XtraBackup ; XtraBackup ; 0
Galera Cluster ; Galera ; 0
ProxySQL ;  ; 0
MaxScale ; MariaDB MaxScale ; 0
PgBouncer ; pgbouncer ; 0
Pgpool-II ; pgpool ; 0
Patroni ;  ; 0
Stolon ;  ; 0
pgBackRest ;  ; 0
WAL-G ;  ; 0
WAL-E ;  ; 0
PostGIS ;  ; 0
pg_stat_statements ;  ; 0
Debezium ;  ; 0
Maxwell's Daemon ;  ; 0
Liquibase ;  ; 0
Flyway ;  ; 0
Sqitch ;  ; 0
gh-ost ;  ; 0
pt-online-schema-change ;  ; 0
Apache Cassandra Reaper ; Cassandra Reaper ; 0
K8ssandra ;  ; 0
DBeaver ;  ; 0
pgAdmin ;  ; 0
MySQL Workbench ;  ; 0
DataGrip ;  ; 0
Adminer ;  ; 0
phpMyAdmin ;  ; 0
TablePlus ;  ; 0
Redis Cluster ;  ; 0
Redis Sentinel ;  ; 0
Twemproxy ; ; 0
Dynomite ;  ; 0
EVCache ;  ; 0
Tarantool ;  ; 0
Apache CarbonData ;  ; 0
SurrealDB ;  ; 0
EdgeDB ;  ; 0
Dolt ;  ; 0
TerminusDB ;  ; 0
immudb ;  ; 0
GridDB ;  ; 0
CrateDB ;  ; 0
MonetDB ;  ; 0
TigerBeetle ;  ; 0
Couchbase Lite ;  ; 0
IndexedDB ;  ; 0
"""

# open-source projects from large internet companies
BIGTECH_OSS = """
Hystrix ; Netflix Hystrix ; 0
Archaius ;  ; 0
Simian Army ;  ; 0
Netflix Atlas ;  ; 0
Netflix Conductor ;  ; 0
Falcor ;  ; 0
Metacat ;  ; 0
Polynote ;  ; 0
Security Monkey ;  ; 0
Vizceral ;  ; 0
Finagle ;  ; 0
Scalding ;  ; 0
Summingbird ;  ; 0
Gizzard ;  ; 0
FlockDB ;  ; 0
Azkaban ;  ; 0
Rest.li ;  ; 0
Cruise Control ;  ; 0
Brooklin ;  ; 0
Databus ;  ; 0
Peloton Scheduler ;  ; 0
Ringpop ;  ; 0
AresDB ;  ; 0
Folly ;  ; 0
HHVM ;  ; 0
Detectron2 ; Detectron ; 0
Infer ;  ; 0
Zstandard ; zstd ; 0
Katran ;  ; 0
Lottie ;  ; 0
Chronon ;  ; 0
Knowledge Repo ;  ; 0
Fluent UI ;  ; 0
Roslyn ;  ; 0
MSBuild ;  ; 0
vcpkg ;  ; 0
Chromium OS ;  ; 0
Abseil ;  ; 0
Skia ;  ; 0
Angular Material ;  ; 0
Material Design ;  ; 0
Material UI ;  ; 0
Chakra UI ;  ; 0
Shadcn UI ; shadcn/ui ; 0
Radix UI ;  ; 0
Headless UI ;  ; 0
Three.js ;  ; 0
OpenLayers ;  ; 0
deck.gl ;  ; 0
QGIS ;  ; 0
GDAL ;  ; 0
GeoServer ;  ; 0
OpenStreetMap ;  ; 0
Kepler.gl ;  ; 0
"""

# developer, testing, security and operations tools
TOOLS_MORE = """
tmux ;  ; 0
GNU Screen ;  ; 0
Oh My Zsh ;  ; 0
fzf ;  ; 0
ripgrep ;  ; 0
jq ;  ; 0
yq ;  ; 0
curl ; cURL ; 0
mkcert ;  ; 0
direnv ;  ; 0
asdf ;  ; 0
nvm ;  ; 0
pyenv ;  ; 0
rbenv ;  ; 0
RVM ;  ; 0
SDKMAN! ; SDKMAN ; 0
Earthly ;  ; 0
Nix Flakes ;  ; 0
Devbox ;  ; 0
Dev Containers ; devcontainer ; 0
lint-staged ;  ; 0
Commitizen ;  ; 0
semantic-release ;  ; 0
Conventional Commits ;  ; 0
Git LFS ;  ; 0
git-annex ;  ; 0
Sourcetree ;  ; 0
GitHub CLI ;  ; 0
GitLab CLI ; glab ; 0
tig ;  ; 0
lazygit ;  ; 0
Meld ;  ; 0
Beyond Compare ;  ; 0
Hadolint ;  ; 0
Dockle ;  ; 0
ShellCheck ; shellcheck ; 0
kube-score ;  ; 0
KubeLinter ; kube-linter ; 0
Datree ;  ; 0
Conftest ;  ; 0
Terrascan ;  ; 0
KICS ;  ; 0
Prowler ;  ; 0
ScoutSuite ; Scout Suite ; 0
CloudSploit ;  ; 0
Steampipe ;  ; 0
Pacu ;  ; 0
Gitleaks ;  ; 0
TruffleHog ;  ; 0
detect-secrets ;  ; 0
git-secrets ;  ; 0
Semgrep ;  ; 0
Brakeman ;  ; 0
SpotBugs ;  ; 0
FindBugs ;  ; 0
PMD ;  ; 0
Checkstyle ;  ; 0
Pyright ;  ; 0
Tox ;  ; 0
Nox ;  ; 0
JaCoCo ;  ; 0
Codecov ;  ; 0
TestCafe ;  ; 0
REST Assured ;  ; 0
SpecFlow ;  ; 0
NUnit ;  ; 0
xUnit.net ; xUnit ; 0
PHPUnit ;  ; 0
Minitest ;  ; 0
Nightwatch.js ; Nightwatch ; 0
WebdriverIO ;  ; 0
XCTest ;  ; 0
XCUITest ;  ; 0
LambdaTest ;  ; 0
Applitools ;  ; 0
WebPageTest ;  ; 0
Sitespeed.io ;  ; 0
JMH ;  ; 0
Tsung ;  ; 0
Fortio ;  ; 0
Toxiproxy ;  ; 0
Pumba ;  ; 0
PowerfulSeal ;  ; 0
kube-monkey ;  ; 0
AWS Fault Injection Simulator ; AWS FIS ; 0
Tracee ;  ; 0
Anchore Engine ;  ; 0
Athenz ;  ; 0
Ory Hydra ;  ; 0
Ory Kratos ;  ; 0
Ory Keto ;  ; 0
Ory Oathkeeper ;  ; 0
Authelia ;  ; 0
Authentik ; authentik ; 0
Zitadel ;  ; 0
Casbin ;  ; 0
Cerbos ;  ; 0
Permit.io ;  ; 0
SpiceDB ;  ; 0
Pomerium ;  ; 0
oauth2-proxy ;  ; 0
Smallstep ; step-ca ; 0
acme.sh ;  ; 0
EJBCA ;  ; 0
CFSSL ;  ; 0
htop ;  ; 0
btop ;  ; 0
iotop ;  ; 0
sysstat ;  ; 0
nmon ;  ; 0
SigNoz ;  ; 0
Uptrace ;  ; 0
HyperDX ;  ; 0
OpenObserve ;  ; 0
Highlight.io ;  ; 0
Coroot ;  ; 0
Odigos ;  ; 0
Botkube ;  ; 0
Kubewatch ;  ; 0
Goldpinger ;  ; 0
Blackbox Exporter ;  ; 0
Pushgateway ;  ; 0
Prometheus Adapter ;  ; 0
InfluxDB Enterprise ;  ; 0
TICK Stack ;  ; 0
Fluent Operator ;  ; 0
Logging Operator ;  ; 0
syslog-ng ;  ; 0
rsyslog ;  ; 0
journald ;  ; 0
Elastic Fleet ;  ; 0
Auditbeat ;  ; 0
Winlogbeat ;  ; 0
Netflix Eureka ;  ; 0
Netflix Titus ;  ; 0
Netflix Conductor ;  ; 0
Google Zanzibar ;  ; 0
Google Dapper ;  ; 0
Google Monarch ;  ; 0
Facebook Prophet ;  ; 0
Uber Michelangelo ;  ; 0
"""

# application servers, CMS, commerce, messaging and hardware platforms
SERVERS_PLATFORMS = """
Gunicorn ; gunicorn ; 0
uWSGI ; uwsgi ; 0
Hypercorn ;  ; 0
Jetty ; Eclipse Jetty ; 0
Undertow ;  ; 0
Netty ;  ; 0
GlassFish ;  ; 0
Payara ;  ; 0
Open Liberty ;  ; 0
WebSphere Liberty ;  ; 0
IIS ; Internet Information Services ; 0
Lighttpd ; lighttpd ; 0
OpenResty ;  ; 0
Tengine ;  ; 0
Magento ;  ; 0
WooCommerce ;  ; 0
PrestaShop ;  ; 0
Shopware ;  ; 0
Saleor ;  ; 0
Medusa.js ;  ; 0
Spree Commerce ;  ; 0
Directus ;  ; 0
Payload CMS ;  ; 0
Craft CMS ;  ; 0
Umbraco ;  ; 0
Sitecore Experience Platform ;  ; 0
Liferay ;  ; 0
Plone ;  ; 0
TYPO3 ;  ; 0
Concrete CMS ; concrete5 ; 0
Django CMS ;  ; 0
MediaWiki ;  ; 0
DokuWiki ;  ; 0
BookStack ;  ; 0
Nextcloud ;  ; 0
Seafile ;  ; 0
Syncthing ;  ; 0
phpBB ;  ; 0
Moodle ;  ; 0
Canvas LMS ;  ; 0
Open edX ;  ; 0
NSQ ;  ; 0
Mosquitto ; Eclipse Mosquitto ; 0
EMQX ;  ; 0
VerneMQ ;  ; 0
HiveMQ ;  ; 0
Apache Artemis ; ActiveMQ Artemis ; 0
Solace PubSub+ ;  ; 0
TIBCO EMS ;  ; 0
IBM Event Streams ;  ; 0
Centrifugo ;  ; 0
Mercure ;  ; 0
Pusher Channels ;  ; 0
Ably ;  ; 0
Arduino Uno ;  ; 0
ESP32 ;  ; 0
ESP8266 ;  ; 0
NVIDIA Jetson ; Jetson ; 0
NVIDIA DGX ;  ; 0
NVIDIA A100 ; A100 ; 0
NVIDIA H100 ; H100 ; 0
NVIDIA GeForce ; GeForce ; 0
NVIDIA BlueField ; BlueField ; 0
NVIDIA DOCA ;  ; 0
NVIDIA Omniverse ; Omniverse ; 0
Apple M1 ;  ; 0
Apple Silicon ;  ; 0
Apple Vision Pro ;  ; 0
AirPods ;  ; 0
Mac mini ;  ; 0
iMac ;  ; 0
Intel SGX ;  ; 0
Intel TDX ;  ; 0
AMD EPYC ; EPYC ; 0
AMD SEV ;  ; 0
AMD Instinct ;  ; 0
AMD Ryzen ; Ryzen ; 0
Arm Neoverse ; Neoverse ; 0
RISC-V ;  ; 0
IBM POWER ; POWER9|POWER10 ; 0
Intel Optane ; Optane ; 0
Microsoft Surface ;  ; 0
PlayStation ;  ; 0
Nintendo Switch ;  ; 0
Meta Quest ; Oculus Quest ; 0
Steam Deck ;  ; 0
"""

# platform engineering, GitOps, automation and ITSM tools
OPS_PLATFORMS = """
Rundeck ;  ; 0
Jenkins Configuration as Code ; JCasC ; 0
Kratix ;  ; 0
Ansible Galaxy ;  ; 0
Ansible Vault ;  ; 0
Cloudbase-Init ;  ; 0
Preseed ;  ; 0
Katello ;  ; 0
Spacewalk ;  ; 0
Uyuni ;  ; 0
Metal3 ; Metal Kubed ; 0
Ironic Python Agent ;  ; 0
BMC Remedy ;  ; 0
BMC Helix ;  ; 0
Cherwell ;  ; 0
Freshservice ;  ; 0
Jira Service Management ;  ; 0
Splunk ITSI ;  ; 0
xMatters ;  ; 0
"""

# Named projects and products missing above: the Spring family, Pivotal's data
# products, collaboration tools, security and transfer tools, Cloud Foundry
# buildpacks. General knowledge.
MORE_PROJECTS = """
Spring Batch ; ; 0
Spring XD ; ; 0
Spring IO Platform ; Spring IO ; 0
Spring Integration ; ; 0
Spring Data ; ; 0
Spring Security ; ; 0
Spring MVC ; Spring Web MVC ; 0
Spring WebFlux ; ; 0
Spring Cloud Data Flow ; SCDF ; 0
Spring Roo ; ; 0
Spring Web Flow ; ; 0
Spring Session ; ; 0
Spring AMQP ; ; 0
Spring for Apache Kafka ; Spring Kafka ; 0
Spring Shell ; ; 0
Spring HATEOAS ; ; 0
Spring Social ; ; 0
Spring LDAP ; ; 0
Spring Statemachine ; ; 0
Spring Cloud Stream ; ; 0
Spring Cloud Gateway ; ; 0
Spring Native ; ; 0
Apache HAWQ ; HAWQ ; 0
Etherpad ; Etherpad Lite ; 0
Gauntlt ; ; 0
BitTorrent ; ; 0
Blueflood ; ; 0
Java Buildpack ; Java buildpack ; 0
Ruby Buildpack ; Ruby buildpack ; 0
Node.js Buildpack ; Node.js buildpack ; 0
Python Buildpack ; Python buildpack ; 0
Go Buildpack ; Go buildpack ; 0
PHP Buildpack ; PHP buildpack ; 0
Staticfile Buildpack ; Staticfile buildpack ; 0
Binary Buildpack ; Binary buildpack ; 0
.NET Core Buildpack ; .NET Core buildpack ; 0
"""

ADDED_BLOCKS_2 = (DATABASES_MORE, BIGTECH_OSS, TOOLS_MORE, SERVERS_PLATFORMS, OPS_PLATFORMS,
                  MORE_PROJECTS,)


def rows():
    out = []
    for block in (LANGUAGES, WEB, DATA, DEVOPS, SYSTEMS, FORMATS, ENTERPRISE, *ADDED_BLOCKS,
                  *ADDED_BLOCKS_2):
        out += parse_table(block, "Software")
    return out


if __name__ == "__main__":
    write_tsv("software_general.tsv", rows())
