"""``kg serve`` and ``--store URL``: the official Oxigraph server, spoken to as users do.

A read-only server over a copy of the samples store answers SPARQLWrapper in
every result format, refuses updates, stops a runaway query, and serves a
post's graph by the Graph Store Protocol; a writable one takes a build and
ends up holding the same graphs as a local build of the same posts.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.compare import isomorphic
from SPARQLWrapper import CSV, JSON, JSONLD, POST, TSV, TURTLE, XML, SPARQLWrapper

import kg
from kg.cli import main
from kg.errors import StoreError
from kg.graph.contract import MANIFEST, post_iri
from kg.graph.query import PROLOGUE, saved_queries
from kg.graph.remote import RemoteStore
from kg.graph.server import free_port, running
from kg.graph.store import GraphStore
from tests.conftest import SAMPLES
from tests.helpers_build import build_into, norm, quad_set, samples_store
from tests.test_browser import ARTIFACTS, CHROMIUM, browser  # noqa: F401 (a fixture)

SPEAKERS = PROLOGUE + saved_queries()["speakers"].read_text()
PEOPLE = PROLOGUE + ("CONSTRUCT { ?p rdfs:label ?name } "
                     "WHERE { ?p a schema:Person ; rdfs:label ?name }")
POST_ID = "devrel-blog/_posts/2018-05-24-openstack-summit-vancouver-recap.md"


@pytest.fixture(scope="module")
def local(tmp_path_factory, nlp) -> Path:
    return samples_store(tmp_path_factory, nlp)


@pytest.fixture(scope="module")
def served(tmp_path_factory, local):
    """A read-only server, two seconds per query, over a copy of the samples store."""
    store = tmp_path_factory.mktemp("served") / "store"
    shutil.copytree(local, store)
    with running(store, f"127.0.0.1:{free_port()}", timeout=2) as server:
        yield server


@pytest.fixture(scope="module")
def speakers(local) -> set[str]:
    with kg.open(local) as graph:
        return {str(row.speaker) for row in graph.query("speakers")}


def client(url: str, query: str, fmt: str, method: str = "GET") -> SPARQLWrapper:
    sw = SPARQLWrapper(f"{url}/query")
    sw.setQuery(query)
    sw.setReturnFormat(fmt)
    sw.setMethod(method)
    sw.setTimeout(60)
    return sw


# --- reading -----------------------------------------------------------------------------

@pytest.mark.parametrize("method", ["GET", "POST"])
def test_select_answers_in_json_xml_csv_and_tsv(served, speakers, method: str) -> None:
    url = served.url
    js = client(url, SPEAKERS, JSON, method).query().convert()
    assert {b["speaker"]["value"] for b in js["results"]["bindings"]} == speakers
    xml = client(url, SPEAKERS, XML, method).query().convert()
    names = {b.getElementsByTagName("literal")[0].firstChild.data
             for b in xml.getElementsByTagName("binding") if b.getAttribute("name") == "speaker"}
    assert names == speakers
    for fmt, delimiter in ((CSV, ","), (TSV, "\t")):
        text = client(url, SPEAKERS, fmt, method).query().convert().decode("utf-8")
        rows = list(csv.reader(io.StringIO(text), delimiter=delimiter))
        assert rows[0][0].lstrip("?") == "speaker"
        assert {r[0].strip('"') for r in rows[1:]} == speakers


def test_construct_answers_in_turtle_ntriples_and_json_ld(served, local) -> None:
    with kg.open(local) as graph:
        people = {(URIRef(r.p), str(r.name)) for r in graph.query(
            "SELECT ?p ?name WHERE { ?p a schema:Person ; rdfs:label ?name }")}
    turtle = Graph().parse(data=client(served.url, PEOPLE, TURTLE).query().convert(),
                           format="turtle")
    nt_client = client(served.url, PEOPLE, TURTLE)
    nt_client.addCustomHttpHeader("Accept", "application/n-triples")
    ntriples = Graph().parse(data=nt_client.query().convert(), format="nt")
    jsonld = Graph()
    for triple in client(served.url, PEOPLE, JSONLD, POST).query().convert():
        jsonld.add(triple)
    for g in (turtle, ntriples, jsonld):
        assert {(s, str(o)) for s, _, o in g} == {(p, n) for p, n in people}
        assert isomorphic(g, turtle)


def test_describe_and_ask(served) -> None:
    person = next(iter(Graph().parse(data=client(served.url, PEOPLE, TURTLE).query().convert(),
                                     format="turtle").subjects()))
    described = Graph().parse(data=client(
        served.url, f"DESCRIBE <{person}>", TURTLE).query().convert(), format="turtle")
    assert (person, None, None) in described
    ask = client(served.url, PROLOGUE + "ASK { ?s a ckg:Session }", JSON).query().convert()
    assert ask["boolean"] is True


def test_a_post_graph_by_the_graph_store_protocol(served, local) -> None:
    post = post_iri(POST_ID)
    url = f"{served.url}/store?{urllib.parse.urlencode({'graph': str(post)})}"
    request = urllib.request.Request(url, headers={"Accept": "text/turtle"})
    with urllib.request.urlopen(request, timeout=30) as response:
        served_graph = Graph().parse(data=response.read(), format="turtle")
    store = GraphStore(local, create=False)
    try:
        expected = Graph()
        for s, p, o in store.graph(post):
            expected.add((norm(s), norm(p), norm(o)))
    finally:
        store.close()
    assert len(expected) > 100
    got = Graph()
    for s, p, o in served_graph:
        got.add((norm(s), norm(p), norm(o)))
    assert isomorphic(got, expected)


def test_kg_query_through_the_url_answers_as_the_folder_does(served, local, capsys) -> None:
    assert main(["query", "speakers", "--store", served.url, "--format", "json"]) == 0
    remote = json.loads(capsys.readouterr().out)
    assert main(["query", "speakers", "--store", str(local), "--format", "json"]) == 0
    assert remote == json.loads(capsys.readouterr().out)
    assert main(["stats", "--store", served.url, "--json"]) == 0
    remote_stats = json.loads(capsys.readouterr().out)
    assert main(["stats", "--store", str(local), "--json"]) == 0
    assert remote_stats == json.loads(capsys.readouterr().out)


# --- safe by default ---------------------------------------------------------------------

def test_read_only_refuses_updates_and_graph_writes(served, speakers) -> None:
    update = SPARQLWrapper(f"{served.url}/update")
    update.setMethod(POST)
    update.setQuery("INSERT DATA { <https://example.org/a> <https://example.org/b> 1 }")
    with pytest.raises(urllib.error.HTTPError, match="403"):
        update.query()
    put = urllib.request.Request(f"{served.url}/store?graph=https://example.org/g", method="PUT",
                                 data=b"<https://example.org/a> <https://example.org/b> 1 .",
                                 headers={"Content-Type": "application/n-triples"})
    with pytest.raises(urllib.error.HTTPError, match="403"):
        urllib.request.urlopen(put, timeout=30)
    ask = "ASK { <https://example.org/a> ?p ?o }"
    assert client(served.url, ask, JSON).query().convert()["boolean"] is False


def test_a_runaway_query_is_stopped_by_the_timeout(served) -> None:
    endless = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"  # 3e9 rows
    started = time.monotonic()
    with pytest.raises(Exception):  # noqa: B017 - the server cuts the answer: any failure
        client(served.url, endless, JSON).query().convert()
    assert time.monotonic() - started < 15


def test_a_served_folder_is_not_opened_behind_the_servers_back(served, capsys) -> None:
    with pytest.raises(StoreError, match=f"use --store {served.url}"):
        kg.open(served.store)
    assert main(["query", "speakers", "--store", str(served.store)]) == 1
    assert "served by kg serve" in capsys.readouterr().err


def test_the_saved_queries_page_links_each_query_to_the_query_page(served) -> None:
    page = served.page.read_text(encoding="utf-8")
    for name, path in saved_queries().items():
        assert f'id="{name}"' in page
        assert path.read_text().splitlines()[0].lstrip("# ") in page
    link = page.split('class="run" href="')[1].split('"')[0].replace("&amp;", "&")
    params = urllib.parse.parse_qs(urllib.parse.urlsplit(link).query)
    assert link.startswith(served.url + "/?")
    assert params["endpoint"] == [f"{served.url}/query"]
    assert params["query"][0].startswith("PREFIX ckg:")


def test_kg_serve_says_where_and_stopping_it_stops_the_server(local, tmp_path: Path) -> None:
    store = tmp_path / "store"
    shutil.copytree(local, store)
    argv = [sys.executable, "-m", "kg.cli", "serve", "--store", str(store), "--bind",
            f"127.0.0.1:{free_port()}"]
    process = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        said = [process.stdout.readline() for _ in range(3)]
        assert said[0].startswith(f"serving {store} (read-only, 30s per query) at http://"), said
        endpoint = said[1].split(": ", 1)[1].strip()
        ask = client(endpoint.removesuffix("/query"), PROLOGUE + "ASK { ?s a ckg:Session }",
                     JSON)
        assert ask.query().convert()["boolean"] is True
    finally:
        process.terminate()
        process.wait(30)
    assert "the server has stopped" in process.stderr.read()
    assert not _answers(endpoint)  # the Oxigraph server went with it


# --- writing through the server ----------------------------------------------------------

def _graphs(store) -> dict[URIRef, set]:
    """Every named graph a store holds, literals normalised."""
    dataset = store.snapshot() if isinstance(store, RemoteStore) else store.dataset
    out: dict[URIRef, set] = {}
    for s, p, o, g in quad_set(dataset):
        out.setdefault(g, set()).add((s, p, o))
    return out


def assert_same_graphs(remote: RemoteStore, local: GraphStore) -> None:
    mine, theirs = _graphs(remote), _graphs(local)
    assert set(mine) == set(theirs)
    for name, triples in theirs.items():
        a, b = Graph(), Graph()
        for t in triples:
            a.add(t)
        for t in mine[name]:
            b.add(t)
        assert isomorphic(a, b), name


@pytest.fixture
def writable(tmp_path: Path):
    with running(tmp_path / "served", f"127.0.0.1:{free_port()}", writable=True) as server:
        yield server


VIRTUOSO, ISQL = shutil.which("virtuoso-t"), shutil.which("isql-vt")
VIRTUOSO_INI = """[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:{sql}
DisableUnixSocket = 1
DirsAllowed = .
[HTTPServer]
ServerPort = 127.0.0.1:{http}
ServerRoot = /var/lib/virtuoso-opensource-7/vsp
Charset = UTF-8
"""


@pytest.fixture
def virtuoso(tmp_path: Path):
    """Debian's Virtuoso on free loopback ports, with SPARQL updates allowed."""
    if not (VIRTUOSO and ISQL):
        pytest.skip("no virtuoso-t (apt-get install virtuoso-opensource)")
    http, sql = free_port(), free_port()
    (tmp_path / "virtuoso.ini").write_text(VIRTUOSO_INI.format(d=tmp_path, sql=sql, http=http))
    process = subprocess.Popen([VIRTUOSO, "-c", "virtuoso.ini", "+foreground"], cwd=tmp_path,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{http}/sparql"
    try:
        deadline = time.monotonic() + 60
        while not _answers(url):
            assert process.poll() is None and time.monotonic() < deadline, "virtuoso did not start"
            time.sleep(0.5)
        subprocess.run([ISQL, f"127.0.0.1:{sql}", "dba", "dba",
                        'exec=GRANT SPARQL_UPDATE TO "SPARQL";'], check=True, timeout=60,
                       capture_output=True)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:
            process.kill()


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}?query=ASK%7B%7D", timeout=2):
            return True
    except OSError:
        return False


@pytest.fixture(params=["oxigraph", "virtuoso"])
def server_url(request) -> str:
    if request.param == "oxigraph":
        return request.getfixturevalue("writable").url
    return request.getfixturevalue("virtuoso")


def test_a_build_through_the_server_equals_a_local_build(server_url: str, tmp_path: Path, nlp,
                                                         capsys, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)  # a URL taken for a folder would show up here
    posts = tmp_path / "posts"
    shutil.copytree(SAMPLES, posts)
    remote, local = RemoteStore(server_url), GraphStore(tmp_path / "local")
    try:
        for store in (remote, local):
            assert build_into(store, nlp, posts).built == 3
        assert_same_graphs(remote, local)
        assert main(["build", str(posts), "--store", server_url, "--quiet"]) == 0
        assert "0 built, 3 unchanged" in capsys.readouterr().out

        next(posts.rglob("2019-05-06-pycon-us-2019.markdown")).unlink()
        for store in (remote, local):
            assert build_into(store, nlp, posts).removed == 1
        assert_same_graphs(remote, local)
        assert MANIFEST in _graphs(remote) and len(remote.manifest()) == 2
        assert not [p for p in tmp_path.iterdir() if p.name.startswith("http")]
    finally:
        remote.close()
        local.close()


def test_names_an_interrupted_build_left_are_pruned_by_the_next(writable, nlp) -> None:
    stale = "<https://w3id.org/conference-kg/id/person/nobody> rdfs:label 'Nobody' "
    remote = RemoteStore(writable.url)
    try:
        remote.client.update(f"{PROLOGUE}INSERT DATA {{ GRAPH ckg:manifest {{ {stale} }} }}")
        assert len(remote.graph(MANIFEST)) == 1
        build_into(remote, nlp, SAMPLES)
        labels = {str(o) for o in remote.graph(MANIFEST).objects(None, None)}
        assert "Nobody" not in labels and "Kubernetes" in labels
    finally:
        remote.close()


def test_a_url_nothing_answers_at_is_a_clear_error(capsys) -> None:
    url = f"http://127.0.0.1:{free_port()}"
    assert main(["query", "speakers", "--store", url]) == 1
    assert f"no SPARQL server answers at {url}" in capsys.readouterr().err


# --- the query page in a browser ---------------------------------------------------------

@pytest.mark.browser
@pytest.mark.skipif(CHROMIUM is None, reason="no chromium binary (apt-get install chromium)")
def test_the_query_page_runs_a_saved_query_in_chromium(served, browser, speakers) -> None:  # noqa: F811
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(served.page.as_uri())
    page.click("#speakers a.run")  # the saved query, opened in the server's query page
    page.wait_for_selector(".yasqe_queryButton", timeout=60_000)
    assert page.url.startswith(served.url + "/?query=")
    page.click(".yasqe_queryButton")
    page.wait_for_selector(".yasr table tbody tr", timeout=60_000)
    header = [h.strip() for h in page.locator(".yasr table thead th").all_inner_texts()]
    assert [h for h in header if h] == ["speaker", "session", "event"]
    cells = page.locator(".yasr table tbody tr td:nth-child(2)").all_inner_texts()
    assert {c.strip() for c in cells} == speakers
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "query-page.png"))
    assert not errors
    page.close()
