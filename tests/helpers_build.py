"""Helpers for the ingest, build, store, query and export tests: invented posts, quad sets."""

from __future__ import annotations

from pathlib import Path

from rdflib import XSD, Literal
from rdflib.term import Node

from kg.builder import BuildReport, build
from kg.graph.store import GraphStore
from kg.ingest.sources import MAX_BYTES
from tests.conftest import SAMPLES


def write_post(folder: Path, name: str, body: str, front: str | None = None, **meta: str) -> Path:
    """Write a Markdown post with YAML front matter (``front`` verbatim, or ``meta`` keys)."""
    if front is None:
        front = "".join(f"{k}: {v}\n" for k, v in ({"title": name.title()} | meta).items())
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"---\n{front}---\n{body}", encoding="utf-8")
    return path


def build_into(store: GraphStore, nlp, *paths: Path, drafts: bool = False) -> BuildReport:
    """Build with the session's pipeline, so no test pays for loading spaCy again."""
    return build(list(paths), store, drafts=drafts, nlp=nlp)


def store_of(nlp, folder: Path, posts: dict[str, tuple[str, str]]) -> GraphStore:
    """An in-memory graph of invented posts (file name -> (front matter, body)), each of
    which must build."""
    for name, (front, body) in posts.items():
        write_post(folder, name, body, front=front)
    graph = GraphStore(None)
    report = build_into(graph, nlp, folder)
    if not (report.ok and report.built == len(posts)):
        graph.close()
        raise AssertionError(f"the invented posts did not all build: {report.problems}")
    return graph


def norm(term: Node) -> Node:
    """RDF 1.1: a plain literal and an xsd:string literal are the same term."""
    if isinstance(term, Literal) and term.datatype is None and term.language is None:
        return Literal(str(term), datatype=XSD.string)
    return term


def quad_set(dataset) -> set[tuple[Node, ...]]:
    """Every quad of a dataset (graph name last), literals normalised."""
    quads = dataset.quads((None, None, None, None))
    return {(norm(s), norm(p), norm(o), g) for s, p, o, g in quads}


def triple_set(graph) -> set[tuple[Node, ...]]:
    return {(norm(s), norm(p), norm(o)) for s, p, o in graph.triples((None, None, None))}


_SHARED: dict[str, Path] = {}


def samples_store(tmp_path_factory, nlp) -> Path:
    """An on-disk Oxigraph store of the sample posts, built once per session and closed.

    Read-only users only: the CLI tests open it by path, one at a time.
    """
    if "samples" not in _SHARED:
        path = tmp_path_factory.mktemp("samples-store") / "store"
        store = GraphStore(path)
        try:
            report = build_into(store, nlp, SAMPLES)
            assert report.ok and report.built == 3, report
        finally:
            store.close()
        _SHARED["samples"] = path
    return _SHARED["samples"]


# Invented names only: made-up people, companies and events, real software.
_EVENTS = ["Larchfield DevDays 2021", "Brindle Cloud Forum 2020", "Northgate Infra Week 2019"]
_CITIES = ["Lisbon", "Oslo", "Montreal", "Nairobi", "Osaka"]
_PEOPLE = ["Mara Quint", "Dov Ellery", "Ines Fallow", "Kofi Brannagh", "Yuki Sandoval",
           "Petra Lund"]
_ORGS = ["Tessaline", "Corvid Labs", "Hollowmere Systems"]
_SOFTWARE = ["Kubernetes", "OpenStack", "Ansible", "Prometheus", "Terraform", "PostgreSQL",
             "Nova", "Neutron"]


def invented_post(i: int, sections: int = 6) -> str:
    """A small post about an invented conference, different for every ``i``."""
    event, city = _EVENTS[i % 3], _CITIES[i % 5]
    speaker, author, org = _PEOPLE[i % 6], _PEOPLE[(i + 2) % 6], _ORGS[i % 3]
    sw = [_SOFTWARE[(i + k) % 8] for k in range(4)]
    parts = [f"We spent two days at {event} in {city}, and the hallway track was busy."]
    for k in range(sections):
        parts.append(
            f"## Session {k}\n\n{speaker} from {org} gave a talk titled \"Scaling {sw[k % 4]} "
            f"number {k}\". In their lab {sw[0]} runs on {sw[1]}, and {sw[2]} uses {sw[3]} "
            f"for every job. {author} asked how {sw[(k + 1) % 4]} fits in, and the answer "
            "was a long one.")
    return (f"---\ntitle: \"Field notes {i} from {event}\"\ndate: 2021-03-{1 + i % 28:02d}\n"
            f"author: {author}\ntags: [notes, conf]\n---\n" + "\n\n".join(parts) + "\n")


def invented_folder(folder: Path, n: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"post-{i:02d}.md").write_text(invented_post(i), encoding="utf-8")
    return folder


def jekyll_site(root: Path) -> Path:
    """An invented Jekyll site: two posts, a draft, author profiles and an event record."""
    (root / "_data").mkdir(parents=True)
    (root / "_data" / "authors.yml").write_text(
        "wren:\n  name: Wren Halloway\n  job: Staff Engineer\n  twitter: wren_codes\n"
        "  github: wrenhal\nada:\n  name: Ada Brisk\n  job: Developer Advocate\n"
        "nameless:\n  job: Ghost\n", encoding="utf-8")
    write_post(root / "_events", "2021-04-02-ferngrove.md", "",
               front="name: Ferngrove Assembly\ndate: 2021-04-02\n")
    write_post(root / "_posts", "2021-04-05-ferngrove-recap.md",
               "The Ferngrove Assembly was small and friendly. Kubernetes was everywhere.\n",
               front="title: Ferngrove recap\nauthor: wren\n")
    write_post(root / "_posts", "2021-04-09-second.md", "Ada wrote about Ansible.\n",
               front="title: Second\nauthor: ada brisk\n")
    write_post(root / "_posts", "2021-04-10-guest.md", "A guest wrote about Terraform.\n",
               front="title: Guest\nauthor: Guest Writer\n")
    write_post(root / "_drafts", "unfinished.md", "Nothing yet about Terraform.\n",
               front="title: Unfinished\n")
    write_post(root, "about.md", "This page is not a post.\n", front="title: About\n")
    return root


# Bad input files, each kind with the words its error must say.
def _huge(path: Path) -> None:
    with path.open("wb") as f:  # sparse: only the front matter and one byte are written
        f.write(b"---\ntitle: Huge\n---\nText.\n")
        f.seek(MAX_BYTES + 100_000)
        f.write(b"\n")


BAD = {
    "broken-yaml": (lambda p: p.write_text("---\ntitle: [unclosed\n---\nText.\n"),
                    "broken YAML front matter"),
    "unclosed": (lambda p: p.write_text("---\ntitle: Never closed\nText.\n"), "never closed"),
    "broken-toml": (lambda p: p.write_text('+++\ntitle = "x\n+++\nText.\n'),
                    "broken TOML front matter"),
    "not-a-mapping": (lambda p: p.write_text("---\n- just\n- a list\n---\nText.\n"),
                      "not a mapping"),
    "no-front-matter": (lambda p: p.write_text("# Just a heading\n\nText.\n"),
                        "no front matter"),
    "empty-body": (lambda p: p.write_text("---\ntitle: Empty\n---\n\n```\ncode\n```\n"),
                   "empty body"),
    "binary": (lambda p: p.write_bytes(b"---\ntitle: x\n---\nab\x00\x01\x02cd\n"), "binary"),
    "latin-1": (lambda p: p.write_bytes("---\ntitle: café\n---\nText.\n".encode("latin-1")),
                "not UTF-8"),
    "huge": (_huge, "too large"),
}
