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
YARN ; Hadoop YARN ; 0
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
OAuth ; OAuth2|OAuth 2.0 ; 0
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
TAR ; tarball ; 0
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
REST ; RESTful ; 1
JSON-RPC ; ; 0
XML-RPC ; ; 0
AMQP ; ; 0
MQTT ; ; 0
STOMP ; ; 0
XMPP ; Jabber ; 0
SPDY ; ; 0
HTTP/2 ; HTTP2 ; 0
QUIC ; ; 0
OpenFlow ; ; 0
VXLAN ; ; 0
BGP ; ; 0
IPv6 ; ; 0
TLS ; SSL ; 0
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
Oracle Data Guard ; Data Guard ; 0
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


def rows():
    out = []
    for block in (LANGUAGES, WEB, DATA, DEVOPS, SYSTEMS, FORMATS, ENTERPRISE):
        out += parse_table(block, "Software")
    return out


if __name__ == "__main__":
    write_tsv("software_general.tsv", rows())
