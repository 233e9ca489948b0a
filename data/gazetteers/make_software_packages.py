"""Generate software_packages.tsv: widely used libraries from the PyPI and npm
package indexes (plus well-known Ruby gems from general knowledge).

Source data: /work/.library/env/packages/pypi.tsv (columns: name, version,
month, rank_among_15000_most_downloaded, summary) and
/work/.library/env/packages/npm.tsv (name, version, downloads_a_month, summary).
Only the name and the popularity column are used; no summary text is copied.

Method: a hand-written candidate list maps each package name to its display
name (correct casing), extra aliases and ambiguity flag. A candidate is kept when
the index lists it and it is popular (PyPI rank <= PYPI_MAX_RANK, npm downloads
>= NPM_MIN_DOWNLOADS) or it is in HISTORIC (well known in the 2010s cloud/devops
scene but no longer top-ranked). Entries whose name or alias is already in
another gazetteer are skipped, so each surface form has one owner.

Run: /work/main/.venv/bin/python data/gazetteers/make_software_packages.py
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

from _gazlib import entry, write_tsv

PKG_DIR = Path("/work/.library/env/packages")
PYPI_MAX_RANK = 10000
NPM_MIN_DOWNLOADS = 200_000

# package ; Display name ; aliases ; ambiguous
PYPI = """
django ; Django ; ; 0
flask ; Flask ; ; 1
sqlalchemy ; SQLAlchemy ; sqlalchemy ; 0
celery ; Celery ; ; 1
twisted ; Twisted ; ; 1
fabric ; Fabric ; ; 1
boto ; boto ; Boto ; 0
boto3 ; Boto3 ; boto3 ; 0
botocore ; botocore ; ; 0
apache-libcloud ; Libcloud ; ; 0
pyrax ; pyrax ; ; 0
requests ; Requests ; ; 1
numpy ; NumPy ; ; 0
pandas ; pandas ; ; 1
scipy ; SciPy ; ; 0
matplotlib ; Matplotlib ; ; 0
seaborn ; seaborn ; Seaborn ; 0
plotly ; Plotly ; ; 0
bokeh ; Bokeh ; ; 0
altair ; Altair ; ; 1
scikit-learn ; scikit-learn ; ; 0
scikit-image ; scikit-image ; ; 0
statsmodels ; statsmodels ; ; 0
sympy ; SymPy ; ; 0
networkx ; NetworkX ; networkx ; 0
nltk ; NLTK ; ; 0
gensim ; Gensim ; ; 0
spacy ; spaCy ; ; 0
transformers ; Transformers ; ; 1
tensorflow ; TensorFlow ; ; 0
keras ; Keras ; ; 0
torch ; PyTorch ; ; 0
jax ; JAX ; ; 0
xgboost ; XGBoost ; ; 0
lightgbm ; LightGBM ; ; 0
catboost ; CatBoost ; ; 0
pyspark ; PySpark ; ; 0
dask ; Dask ; ; 0
polars ; Polars ; ; 1
pyarrow ; PyArrow ; pyarrow ; 0
h5py ; h5py ; ; 0
numba ; Numba ; ; 0
cython ; Cython ; ; 0
ipython ; IPython ; ; 0
jupyter ; Jupyter ; ; 0
jupyterlab ; JupyterLab ; ; 0
notebook ; Jupyter Notebook ; ; 0
pillow ; Pillow ; PIL ; 0
opencv-python ; OpenCV ; ; 0
beautifulsoup4 ; Beautiful Soup ; BeautifulSoup|bs4 ; 0
lxml ; lxml ; ; 0
scrapy ; Scrapy ; ; 0
selenium ; Selenium ; ; 0
playwright ; Playwright ; ; 0
pytest ; pytest ; ; 0
nose ; nose ; ; 1
tox ; tox ; ; 1
coverage ; Coverage.py ; coverage.py ; 1
hypothesis ; Hypothesis ; ; 1
flake8 ; Flake8 ; flake8 ; 0
pylint ; Pylint ; pylint ; 0
pyflakes ; Pyflakes ; pyflakes ; 0
black ; Black ; ; 1
isort ; isort ; ; 0
mypy ; mypy ; Mypy ; 0
ruff ; Ruff ; ; 1
sphinx ; Sphinx ; ; 0
mkdocs ; MkDocs ; ; 0
docutils ; Docutils ; docutils ; 0
jinja2 ; Jinja2 ; ; 0
mako ; Mako ; ; 0
pyyaml ; PyYAML ; ; 0
simplejson ; simplejson ; ; 0
ujson ; UltraJSON ; ujson ; 0
orjson ; orjson ; ; 0
msgpack ; MessagePack for Python ; ; 0
grpcio ; gRPC Python ; grpcio ; 0
paramiko ; Paramiko ; paramiko ; 0
pyopenssl ; pyOpenSSL ; ; 0
pycrypto ; PyCrypto ; ; 0
pycryptodome ; PyCryptodome ; ; 0
bcrypt ; bcrypt ; ; 0
pyjwt ; PyJWT ; ; 0
oauthlib ; OAuthLib ; oauthlib ; 0
passlib ; Passlib ; ; 0
gunicorn ; Gunicorn ; ; 0
uwsgi ; uWSGI ; ; 0
waitress ; Waitress ; ; 1
werkzeug ; Werkzeug ; ; 0
tornado ; Tornado ; ; 1
gevent ; gevent ; ; 0
eventlet ; Eventlet ; eventlet ; 0
greenlet ; greenlet ; ; 0
uvicorn ; Uvicorn ; ; 0
starlette ; Starlette ; ; 0
fastapi ; FastAPI ; ; 0
aiohttp ; aiohttp ; ; 0
httpx ; HTTPX ; httpx ; 0
urllib3 ; urllib3 ; ; 0
httplib2 ; httplib2 ; ; 0
pycurl ; PycURL ; pycurl ; 0
pyzmq ; PyZMQ ; pyzmq ; 0
kombu ; Kombu ; ; 0
pika ; Pika ; ; 0
kafka-python ; kafka-python ; ; 0
confluent-kafka ; confluent-kafka ; ; 0
redis ; redis-py ; ; 0
pymongo ; PyMongo ; pymongo ; 0
mongoengine ; MongoEngine ; ; 0
psycopg2 ; psycopg2 ; Psycopg ; 0
pymysql ; PyMySQL ; ; 0
mysqlclient ; mysqlclient ; MySQLdb ; 0
cassandra-driver ; DataStax Python Driver ; ; 0
elasticsearch ; elasticsearch-py ; ; 0
peewee ; peewee ; Peewee ; 0
alembic ; Alembic ; ; 0
sqlmodel ; SQLModel ; ; 0
pydantic ; Pydantic ; pydantic ; 0
marshmallow ; marshmallow ; ; 1
attrs ; attrs ; ; 1
click ; Click ; ; 1
typer ; Typer ; ; 1
docopt ; docopt ; ; 0
rich ; Rich ; ; 1
tqdm ; tqdm ; ; 0
colorama ; Colorama ; ; 0
pendulum ; Pendulum ; ; 1
python-dateutil ; dateutil ; python-dateutil ; 0
pytz ; pytz ; ; 0
setuptools ; setuptools ; Setuptools ; 0
pip ; pip ; ; 1
virtualenv ; virtualenv ; ; 0
pipenv ; Pipenv ; pipenv ; 0
poetry ; Poetry ; ; 1
twine ; Twine ; twine ; 0
buildout ; Buildout ; zc.buildout ; 0
pbr ; pbr ; ; 0
docker ; Docker SDK for Python ; docker-py ; 0
kubernetes ; Kubernetes Python Client ; ; 0
openstacksdk ; OpenStackSDK ; ; 0
python-novaclient ; python-novaclient ; ; 0
shade ; shade ; ; 1
pywinrm ; pywinrm ; ; 0
netaddr ; netaddr ; ; 0
dnspython ; dnspython ; ; 0
scapy ; Scapy ; ; 0
psutil ; psutil ; ; 0
supervisor ; Supervisor ; ; 1
watchdog ; watchdog ; ; 1
apscheduler ; APScheduler ; ; 0
luigi ; Luigi ; ; 1
apache-airflow ; Apache Airflow ; ; 0
prefect ; Prefect ; ; 1
dagster ; Dagster ; ; 0
mlflow ; MLflow ; ; 0
great-expectations ; Great Expectations ; ; 0
dbt-core ; dbt ; ; 0
streamlit ; Streamlit ; ; 0
dash ; Dash ; ; 1
gradio ; Gradio ; ; 0
langchain ; LangChain ; ; 0
llama-index ; LlamaIndex ; ; 0
openai ; OpenAI Python library ; ; 0
sentence-transformers ; Sentence Transformers ; ; 0
datasets ; Hugging Face Datasets ; ; 0
accelerate ; Accelerate ; ; 1
onnx ; ONNX ; ; 0
onnxruntime ; ONNX Runtime ; ; 0
rdflib ; RDFLib ; rdflib ; 0
pyoxigraph ; pyoxigraph ; ; 0
biopython ; Biopython ; ; 0
astropy ; Astropy ; ; 0
shapely ; Shapely ; ; 0
geopandas ; GeoPandas ; ; 0
pyproj ; pyproj ; ; 0
folium ; Folium ; ; 0
pygame ; Pygame ; pygame ; 0
kivy ; Kivy ; ; 0
pyqt5 ; PyQt ; PyQt5 ; 0
wxpython ; wxPython ; ; 0
pyinstaller ; PyInstaller ; ; 0
pexpect ; Pexpect ; ; 0
sh ; sh ; ; 1
invoke ; Invoke ; ; 1
plumbum ; Plumbum ; ; 0
cookiecutter ; Cookiecutter ; ; 0
pre-commit ; pre-commit ; ; 0
bandit ; Bandit ; ; 1
locust ; Locust ; ; 1
behave ; behave ; ; 1
robotframework ; Robot Framework ; ; 0
factory-boy ; factory_boy ; Factory Boy ; 0
faker ; Faker ; ; 1
freezegun ; FreezeGun ; ; 0
vcrpy ; VCR.py ; ; 0
moto ; Moto ; ; 1
sentry-sdk ; Sentry SDK ; ; 0
structlog ; structlog ; ; 0
loguru ; Loguru ; ; 0
prometheus-client ; Prometheus Python client ; ; 0
djangorestframework ; Django REST framework ; DRF|Django Rest Framework ; 0
django-cms ; django CMS ; ; 0
wagtail ; Wagtail ; ; 0
mezzanine ; Mezzanine ; ; 1
flask-sqlalchemy ; Flask-SQLAlchemy ; ; 0
flask-restful ; Flask-RESTful ; ; 0
pyramid ; Pyramid ; ; 1
bottle ; Bottle ; ; 1
cherrypy ; CherryPy ; ; 0
falcon ; Falcon ; ; 1
sanic ; Sanic ; ; 0
zope.interface ; zope.interface ; ; 0
paste ; Paste ; ; 1
webob ; WebOb ; ; 0
routes ; Routes ; ; 1
pecan ; Pecan ; ; 1
wsme ; WSME ; ; 0
sqlalchemy-migrate ; sqlalchemy-migrate ; ; 0
oslo.config ; oslo.config ; ; 0
oslo.messaging ; oslo.messaging ; ; 0
keystoneauth1 ; keystoneauth ; ; 0
python-swiftclient ; python-swiftclient ; ; 0
gitpython ; GitPython ; ; 0
pygithub ; PyGithub ; ; 0
dulwich ; Dulwich ; ; 0
pygments ; Pygments ; ; 0
markdown ; Python-Markdown ; ; 0
mistune ; Mistune ; ; 0
feedparser ; feedparser ; ; 0
xlrd ; xlrd ; ; 0
openpyxl ; openpyxl ; ; 0
reportlab ; ReportLab ; ; 0
pypdf ; pypdf ; PyPDF2 ; 0
tweepy ; Tweepy ; ; 0
python-telegram-bot ; python-telegram-bot ; ; 0
slack-sdk ; Slack SDK ; ; 0
stripe ; Stripe Python library ; ; 1
twilio ; Twilio Python library ; ; 0
google-api-python-client ; Google API Python Client ; ; 0
google-cloud-storage ; google-cloud-storage ; ; 0
azure-storage-blob ; azure-storage-blob ; ; 0
s3cmd ; s3cmd ; ; 0
s3fs ; s3fs ; ; 0
fsspec ; fsspec ; ; 0
httpie ; HTTPie ; ; 0
youtube-dl ; youtube-dl ; ; 0
yt-dlp ; yt-dlp ; ; 0
glances ; Glances ; ; 1
mitmproxy ; mitmproxy ; ; 0
certbot ; Certbot ; ; 0
ipdb ; ipdb ; ; 0
pdbpp ; pdb++ ; ; 0
line-profiler ; line_profiler ; ; 0
py-spy ; py-spy ; ; 0
memray ; Memray ; ; 0
numexpr ; NumExpr ; ; 0
theano ; Theano ; ; 0
chainer ; Chainer ; ; 0
mxnet ; MXNet ; ; 0
fastai ; fastai ; ; 0
pytorch-lightning ; PyTorch Lightning ; ; 0
optuna ; Optuna ; ; 0
ray ; Ray ; ; 1
joblib ; joblib ; Joblib ; 0
imbalanced-learn ; imbalanced-learn ; ; 0
shap ; SHAP ; ; 0
prophet ; Prophet ; ; 1
pymc ; PyMC ; PyMC3 ; 0
pystan ; PyStan ; ; 0
emcee ; emcee ; ; 1
"""

HISTORIC_PYPI = {"pyrax", "buildout", "pecan", "wsme", "sqlalchemy-migrate", "theano",
                 "chainer", "mezzanine", "paste", "routes", "youtube-dl", "pycrypto",
                 "django-cms", "plumbum", "glances", "httpie", "s3cmd", "behave",
                 "robotframework", "pystan", "flask-restful", "pdbpp", "line-profiler",
                 "scrapy", "bokeh", "cherrypy", "falcon", "sanic", "wagtail", "kivy",
                 "wxpython", "pygame", "folium", "astropy", "mongoengine", "catboost",
                 "emcee", "mxnet", "fastai", "mitmproxy", "certbot", "scapy", "pycurl",
                 "dagster", "llama-index", "pymc", "tweepy", "pyoxigraph", "luigi",
                 "salt", "ansible", "pyqt5", "pywinrm", "python-swiftclient",
                 "oslo.messaging", "keystoneauth1", "oslo.config", "shade"}

# package ; Display name ; aliases ; ambiguous
NPM = """
express ; Express ; ; 1
react ; React ; ; 1
react-dom ; ReactDOM ; ; 0
vue ; Vue.js ; ; 0
@angular/core ; Angular ; ; 1
angular ; AngularJS ; ; 0
ember-source ; Ember.js ; ; 1
backbone ; Backbone.js ; ; 1
underscore ; Underscore.js ; ; 0
lodash ; Lodash ; lodash ; 0
jquery ; jQuery ; ; 0
moment ; Moment.js ; ; 0
dayjs ; Day.js ; ; 0
date-fns ; date-fns ; ; 0
async ; Async.js ; async.js ; 0
bluebird ; Bluebird ; ; 1
axios ; Axios ; axios ; 0
superagent ; SuperAgent ; superagent ; 0
node-fetch ; node-fetch ; ; 0
socket.io ; Socket.IO ; ; 0
grunt ; Grunt ; ; 1
gulp ; gulp ; ; 1
webpack ; webpack ; ; 0
browserify ; Browserify ; ; 0
rollup ; Rollup ; rollup.js ; 1
parcel ; Parcel ; ; 1
vite ; Vite ; ; 0
esbuild ; esbuild ; ; 0
@babel/core ; Babel ; ; 1
typescript ; TypeScript ; ; 0
coffee-script ; CoffeeScript ; ; 0
eslint ; ESLint ; eslint ; 0
jshint ; JSHint ; ; 0
jslint ; JSLint ; ; 0
prettier ; Prettier ; ; 1
mocha ; Mocha ; ; 1
chai ; Chai ; ; 1
jasmine ; Jasmine ; ; 1
jest ; Jest ; ; 1
karma ; Karma ; ; 1
sinon ; Sinon.JS ; Sinon ; 0
nyc ; nyc ; ; 0
supertest ; SuperTest ; ; 0
puppeteer ; Puppeteer ; ; 0
cypress ; Cypress ; ; 1
nodemon ; nodemon ; ; 0
pm2 ; PM2 ; ; 0
commander ; Commander.js ; ; 0
yargs ; yargs ; ; 0
chalk ; chalk ; ; 1
winston ; winston ; ; 1
bunyan ; Bunyan ; ; 1
pino ; Pino ; ; 1
morgan ; morgan ; ; 1
passport ; Passport.js ; Passport ; 1
jsonwebtoken ; jsonwebtoken ; ; 0
mongoose ; Mongoose ; ; 1
sequelize ; Sequelize ; ; 0
knex ; Knex.js ; Knex ; 0
typeorm ; TypeORM ; ; 0
prisma ; Prisma ; ; 1
pg ; node-postgres ; ; 0
mysql ; node-mysql ; ; 0
redis ; node-redis ; ; 0
ioredis ; ioredis ; ; 0
handlebars ; Handlebars.js ; ; 0
mustache ; Mustache.js ; mustache.js ; 0
ejs ; EJS ; ; 0
pug ; Pug ; Jade ; 1
less ; Less.js ; ; 0
sass ; Dart Sass ; ; 0
node-sass ; node-sass ; ; 0
postcss ; PostCSS ; ; 0
autoprefixer ; Autoprefixer ; ; 0
bootstrap ; Bootstrap ; ; 1
tailwindcss ; Tailwind CSS ; ; 0
d3 ; D3.js ; ; 0
three ; Three.js ; ; 0
chart.js ; Chart.js ; ; 0
leaflet ; Leaflet ; ; 1
highcharts ; Highcharts ; ; 0
redux ; Redux ; ; 0
mobx ; MobX ; ; 0
rxjs ; RxJS ; ; 0
immutable ; Immutable.js ; ; 0
graphql ; GraphQL ; ; 0
@apollo/client ; Apollo Client ; ; 0
next ; Next.js ; ; 0
nuxt ; Nuxt.js ; ; 0
gatsby ; Gatsby ; ; 1
svelte ; Svelte ; ; 0
preact ; Preact ; ; 0
koa ; Koa ; ; 0
@hapi/hapi ; hapi ; ; 1
restify ; Restify ; ; 0
fastify ; Fastify ; ; 0
@nestjs/core ; NestJS ; ; 0
sails ; Sails.js ; ; 1
loopback ; LoopBack ; ; 0
meteor-node-stub ; Meteor ; ; 1
electron ; Electron ; ; 1
cordova ; Apache Cordova ; ; 0
ionic ; Ionic ; ; 1
react-native ; React Native ; ; 0
yeoman-generator ; Yeoman ; ; 0
bower ; Bower ; ; 0
npm ; npm ; ; 0
yarn ; Yarn ; ; 1
pnpm ; pnpm ; ; 0
lerna ; Lerna ; ; 0
nx ; Nx ; ; 0
storybook ; Storybook ; ; 0
uglify-js ; UglifyJS ; ; 0
terser ; Terser ; ; 0
jsdom ; jsdom ; ; 0
cheerio ; Cheerio ; ; 0
phantomjs-prebuilt ; PhantomJS ; ; 0
pkgcloud ; pkgcloud ; ; 0
aws-sdk ; AWS SDK for JavaScript ; aws-sdk ; 0
firebase ; Firebase JS SDK ; ; 0
stripe ; stripe-node ; ; 0
twilio ; twilio-node ; ; 0
nodemailer ; Nodemailer ; ; 0
multer ; Multer ; ; 0
body-parser ; body-parser ; ; 0
helmet ; Helmet ; ; 1
dotenv ; dotenv ; ; 0
ramda ; Ramda ; ; 0
zone.js ; zone.js ; ; 0
hammerjs ; Hammer.js ; ; 0
marked ; marked ; ; 1
highlight.js ; highlight.js ; ; 0
codemirror ; CodeMirror ; ; 0
monaco-editor ; Monaco Editor ; ; 0
quill ; Quill ; ; 1
tinymce ; TinyMCE ; ; 0
video.js ; Video.js ; ; 0
hls.js ; hls.js ; ; 0
pixi.js ; PixiJS ; ; 0
phaser ; Phaser ; ; 0
babylonjs ; Babylon.js ; ; 0
mapbox-gl ; Mapbox GL JS ; ; 0
openlayers ; OpenLayers ; ; 0
handsontable ; Handsontable ; ; 0
ag-grid-community ; AG Grid ; ; 0
material-ui ; Material-UI ; MUI ; 0
antd ; Ant Design ; ; 0
semantic-ui ; Semantic UI ; ; 0
bulma ; Bulma ; ; 0
knockout ; Knockout.js ; ; 1
polymer ; Polymer ; ; 1
lit ; Lit ; ; 1
stencil ; Stencil ; ; 1
mithril ; Mithril ; ; 0
riot ; Riot.js ; ; 0
alpinejs ; Alpine.js ; ; 0
htmx.org ; htmx ; ; 0
"""

HISTORIC_NPM = {"pkgcloud", "bower", "jslint", "forever", "coffee-script", "phantomjs-prebuilt",
                "semantic-ui", "riot", "mithril", "openlayers", "babylonjs", "meteor-node-stub",
                "loopback", "sails", "knockout", "polymer", "material-ui", "yeoman-generator",
                "angular", "backbone", "istanbul", "hammerjs", "stencil", "handsontable",
                "restify", "bunyan", "ionic", "video.js", "codemirror", "phaser", "highcharts",
                "ember-source"}

# Ruby gems (general knowledge; the package lists here cover PyPI and npm only)
# Display name ; aliases ; ambiguous
GEMS = """
Sinatra ; ; 1
Capistrano ; ; 0
RSpec ; rspec ; 0
Cucumber ; ; 1
Bundler ; ; 1
Rake ; ; 1
Devise ; ; 1
Sidekiq ; ; 0
Resque ; ; 0
Delayed Job ; delayed_job ; 0
Nokogiri ; nokogiri ; 0
ActiveRecord ; Active Record ; 0
ActiveSupport ; Active Support ; 0
Action Cable ; ActionCable ; 0
Sprockets ; ; 1
Haml ; ; 0
Slim ; ; 1
Jbuilder ; ; 0
Grape ; ; 1
Padrino ; ; 0
Hanami ; ; 0
Rack ; ; 1
Unicorn ; ; 1
Puma ; ; 1
Thin ; ; 1
Passenger ; ; 1
Vagrant ; ; 0
Chef ; ; 1
Fog ; ; 1
Berkshelf ; ; 0
Test Kitchen ; ; 0
Serverspec ; ; 0
Jekyll ; ; 0
Octopress ; ; 0
Middleman ; ; 1
Rubocop ; RuboCop|rubocop ; 0
Pry ; pry ; 1
Guard ; ; 1
Spork ; ; 0
FactoryBot ; Factory Girl|FactoryGirl|factory_bot ; 0
Capybara ; ; 0
Minitest ; ; 0
VCR ; ; 0
WebMock ; ; 0
SimpleCov ; ; 0
Rubygems.org ; ; 0
CarrierWave ; ; 0
Paperclip ; ; 1
Kaminari ; ; 0
will_paginate ; ; 0
CanCanCan ; CanCan ; 0
Pundit ; ; 1
OmniAuth ; ; 0
Doorkeeper ; ; 1
ActiveAdmin ; Active Admin ; 0
RailsAdmin ; ; 0
Spree ; ; 1
Solidus ; ; 0
Refinery CMS ; RefineryCMS ; 0
Discourse ; ; 1
Redmine ; ; 0
Homebrew ; ; 0
CocoaPods ; ; 0
Fastlane ; fastlane ; 0
Danger ; ; 1
Jruby-openssl ; ; 0
EventMachine ; ; 0
Celluloid ; ; 1
Faraday ; ; 1
HTTParty ; ; 0
RestClient ; rest-client ; 0
Thor ; ; 1
Rails Admin ; ; 0
Mongoid ; ; 0
Sequel ; ; 1
DataMapper ; ; 0
Hpricot ; ; 0
Mechanize ; ; 1
Watir ; ; 0
Cinch ; ; 1
Foreman ; ; 1
Whenever ; ; 1
God ; ; 1
Bluepill ; ; 1
Mongrel ; ; 1
Rails Girls Guides ; ; 0
"""


def _norm(pkg):
    # PyPI name normalisation (PEP 503): case-insensitive, runs of -_. are equal
    return re.sub(r"[-_.]+", "-", pkg).lower()


def _load_pypi():
    ranks = {}
    with (PKG_DIR / "pypi.tsv").open(encoding="utf-8", newline="") as f:
        r = csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        next(r)
        for row in r:
            if len(row) < 4:
                continue
            ranks[_norm(row[0])] = int(row[3]) if row[3].strip().isdigit() else None
    return ranks


def _load_npm():
    dl = {}
    with (PKG_DIR / "npm.tsv").open(encoding="utf-8", newline="") as f:
        r = csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        next(r)
        for row in r:
            if len(row) < 3:
                continue
            try:
                dl[row[0]] = int(row[2])
            except ValueError:
                dl[row[0]] = 0
    return dl


def _parse(block, fields):
    for raw in block.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split(";")]
        parts += [""] * (fields - len(parts))
        yield parts


def _clean_display(name):
    # "(Python)", "(npm)" and similar qualifiers only disambiguate inside this
    # list; such entries are not distinctive surface forms and are skipped.
    return None if "(" in name else name


def _taken_surface_forms():
    import make_events
    import make_organizations
    import make_places
    import make_software_cloud_services
    import make_software_general
    import make_software_openstack

    taken = set()
    for mod in (make_software_openstack, make_software_general, make_software_cloud_services,
                make_organizations, make_events, make_places):
        for name, _t, aliases, _q, _a in mod.rows():
            taken.add(name)
            taken.update(aliases)
    return taken


def rows(verbose=False):
    taken = _taken_surface_forms()
    taken_cf = {t.casefold() for t in taken}  # "django CMS" is "Django CMS"
    ranks = _load_pypi()
    downloads = _load_npm()
    out, skipped = [], []
    seen = set()

    def add(display, aliases, amb, why):
        display = _clean_display(display)
        if display is None:
            skipped.append((why, "qualified display name"))
            return
        forms = [display, *aliases]
        if any(len(x) < 3 for x in forms):
            skipped.append((why, "shorter than 3 characters"))
            return
        if display in taken or display in seen or display.casefold() in taken_cf:
            skipped.append((why, "already in another list"))
            return
        aliases = [a for a in aliases if a not in taken and a not in seen]
        seen.update([display, *aliases])
        out.append(entry(display, "Software", aliases, "", amb))

    for pkg, display, aliases, amb in _parse(PYPI, 4):
        rank = ranks.get(_norm(pkg), "missing")
        if rank == "missing":
            skipped.append((f"pypi:{pkg}", "not in index"))
            continue
        popular = rank is not None and rank <= PYPI_MAX_RANK
        if not popular and pkg not in HISTORIC_PYPI:
            skipped.append((f"pypi:{pkg}", f"rank {rank}"))
            continue
        al = [a for a in aliases.split("|") if a]
        if (pkg != display and pkg not in al and pkg.lower() != display.lower()
                and "-" not in pkg and not int(amb or 0)):
            al.append(pkg)
        add(display, al, int(amb or 0), f"pypi:{pkg}")

    for pkg, display, aliases, amb in _parse(NPM, 4):
        n = downloads.get(pkg)
        if n is None:
            skipped.append((f"npm:{pkg}", "not in index"))
            continue
        if n < NPM_MIN_DOWNLOADS and pkg not in HISTORIC_NPM:
            skipped.append((f"npm:{pkg}", f"{n} downloads"))
            continue
        al = [a for a in aliases.split("|") if a]
        add(display, al, int(amb or 0), f"npm:{pkg}")

    for display, aliases, amb in _parse(GEMS, 3):
        al = [a for a in aliases.split("|") if a]
        add(display, al, int(amb or 0), f"gem:{display}")

    if verbose:
        for why, reason in sorted(skipped):
            print(f"  skipped {why}: {reason}", file=sys.stderr)
    return out


if __name__ == "__main__":
    write_tsv("software_packages.tsv", rows(verbose="-v" in sys.argv))
