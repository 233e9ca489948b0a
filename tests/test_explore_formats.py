"""Every visual export format, read back: networkx readers, JSON schemas, a parsed page."""

from __future__ import annotations

import io
import json
import os
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import networkx as nx
import pytest

from kg.errors import ExportError
from kg.explore import export, records
from kg.explore.formats import cytoscape, gexf, graphml, html, image, nodelink

# What Cytoscape.js reads as `elements`, with the preset positions this export adds.
CYTOSCAPE_SCHEMA = {
    "type": "object",
    "required": ["elements"],
    "properties": {"elements": {
        "type": "object",
        "required": ["nodes", "edges"],
        "properties": {
            "nodes": {"type": "array", "items": {
                "type": "object", "required": ["data", "position"],
                "properties": {
                    "data": {"type": "object", "required": ["id", "label", "type"],
                             "properties": {"id": {"type": "string"},
                                            "label": {"type": "string"}}},
                    "position": {"type": "object", "required": ["x", "y"],
                                 "properties": {"x": {"type": "number"},
                                                "y": {"type": "number"}}}}}},
            "edges": {"type": "array", "items": {
                "type": "object", "required": ["data"],
                "properties": {"data": {
                    "type": "object", "required": ["id", "source", "target", "weight"],
                    "properties": {"source": {"type": "string"}, "target": {"type": "string"},
                                   "weight": {"type": "integer", "minimum": 1}}}}}},
        }}},
}
# D3's force layout reads `nodes` with ids and `links` between them.
NODE_LINK_SCHEMA = {
    "type": "object",
    "required": ["directed", "multigraph", "nodes", "links"],
    "properties": {
        "nodes": {"type": "array", "items": {"type": "object", "required": ["id", "label"]}},
        "links": {"type": "array", "items": {
            "type": "object", "required": ["source", "target", "relation", "weight"]}},
    },
}


@pytest.fixture(scope="module")
def recs(samples_graph) -> records.Records:
    return records.load(samples_graph.dataset)


@pytest.fixture(scope="module", params=["entity", "comention"])
def view(request, recs):
    """Both views, annotated as every export annotates them."""
    from kg.explore.analytics import annotate
    from kg.explore.views import make

    made = make(recs, request.param, include_posts=request.param == "entity")
    annotate(made.graph)
    return made


def test_graphml_reads_back_with_scalar_attributes(view, tmp_path) -> None:
    path = tmp_path / "g.graphml"
    graphml.write(view.graph, path)
    back = graphml.read(path)
    assert set(back) == set(view.graph)
    assert back.number_of_edges() == view.graph.number_of_edges()
    node, data = next((n, d) for n, d in view.graph.nodes(data=True) if d.get("aliases"))
    assert back.nodes[node]["aliases"] == "; ".join(data["aliases"])
    assert back.nodes[node]["label"] == data["label"]
    assert all(isinstance(v, str | int | float | bool)
               for _, d in back.nodes(data=True) for v in d.values())


def test_gexf_reads_back_with_colour_size_and_position(view, tmp_path) -> None:
    path = tmp_path / "g.gexf"
    gexf.write(view.graph, path)
    back = gexf.read(path)
    assert set(back) == set(view.graph)
    assert back.number_of_edges() == view.graph.number_of_edges()
    for node, data in back.nodes(data=True):
        assert data["label"] == view.graph.nodes[node]["label"]
        assert {"color", "size", "position"} <= set(data["viz"])


def test_cytoscape_json_matches_schema_and_round_trips(view, tmp_path) -> None:
    path = tmp_path / "g.cyjs"
    cytoscape.write(view.graph, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    jsonschema.validate(data, CYTOSCAPE_SCHEMA)
    back = cytoscape.read(path)
    assert set(back) == set(view.graph)
    assert back.number_of_edges() == view.graph.number_of_edges()


def test_node_link_json_matches_schema_and_round_trips(view) -> None:
    buffer = io.BytesIO()
    nodelink.write(view.graph, buffer)
    data = json.loads(buffer.getvalue())
    jsonschema.validate(data, NODE_LINK_SCHEMA)
    back = nodelink.read(io.BytesIO(buffer.getvalue()))
    assert nx.utils.graphs_equal(back, view.graph)
    assert back.graph["posts"] == view.graph.graph["posts"]


def test_html_page_is_self_contained(view) -> None:
    page = view.to_html()
    assert "vis-network" in page and "sourceMappingURL" not in page
    # Opens offline: no script, style or image is fetched from anywhere.
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert "@import" not in page
    data = _payload(page)
    assert len(data["nodes"]) == view.graph.number_of_nodes() == len(data["info"])
    assert len(data["edges"]) == data["all_edges"] == view.graph.number_of_edges()
    assert {t for t, _, _ in data["types"]} == {t for _, t in view.graph.nodes(data="type")}
    said = [s for info in data["info"] for _, ss in info["evidence"] for s in ss]
    assert said and all(0 <= s < len(data["sentences"]) for s in said)


def test_html_caps_edges_keeping_each_node_linked(recs) -> None:
    from kg.explore.views import make

    g = make(recs, "comention").graph
    data = html.payload(g, max_edges=40)
    assert len(data["edges"]) >= 40 and data["all_edges"] == g.number_of_edges()
    linked = {e[0] for e in data["edges"]} | {e[1] for e in data["edges"]}
    assert linked == {i for i, n in enumerate(g) if g.degree(n)}


def _payload(page: str) -> dict:
    found = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S)
    assert found
    return json.loads(found.group(1))


def test_png_and_svg_drawings(view, tmp_path) -> None:
    import matplotlib.image

    png = tmp_path / "g.png"
    image.write(view.graph, png, color_by="community", labels=5)
    pixels = matplotlib.image.imread(png)
    assert min(pixels.shape[:2]) > 300
    assert pixels.std() > 0.01  # not a blank canvas
    buffer = io.BytesIO()
    image.write(view.graph, buffer, fmt="svg")
    root = ET.fromstring(buffer.getvalue())
    assert root.tag.endswith("svg")
    top = max(view.graph.nodes(data=True), key=lambda nd: nd[1]["pagerank"])[1]["label"]
    assert top[:20] in buffer.getvalue().decode()


@pytest.mark.parametrize("fmt", sorted(n for n, f in export.FORMATS.items() if f.kind == "visual"))
def test_every_format_through_the_graph_with_filters(samples_graph, fmt, tmp_path) -> None:
    path = tmp_path / f"people{export.FORMATS[fmt].suffix}"
    samples_graph.export(fmt, path, view="comention", types="Person", min_weight=1)
    assert path.stat().st_size > 0
    if fmt in {"graphml", "gexf"}:
        back = (graphml if fmt == "graphml" else gexf).read(path)
        assert {t for _, t in back.nodes(data="type")} == {"Person"}


def test_unknown_formats_and_options_fail_clearly(samples_graph, tmp_path) -> None:
    with pytest.raises(ExportError, match="visual: graphml"):
        samples_graph.export("pdf", tmp_path / "x.pdf")
    with pytest.raises(ExportError, match="no option colour"):
        samples_graph.export("png", tmp_path / "x.png", colour="red")


# --- edge ids and evidence -------------------------------------------------------------------

@pytest.fixture(scope="module")
def entity_view(recs):
    from kg.explore.views import make

    return make(recs, "entity")


def test_graphml_edge_ids_are_unique(entity_view, tmp_path) -> None:
    path = tmp_path / "g.graphml"
    graphml.write(entity_view.graph, path)
    ids = [e.get("id") for e in ET.parse(path).getroot().iter()
           if e.tag.endswith("}edge")]
    assert len(ids) == entity_view.graph.number_of_edges() > 1
    assert len(set(ids)) == len(ids)
    relations = {d["relation"] for _, _, d in graphml.read(path).edges(data=True)}
    assert relations == {d["relation"] for _, _, d in entity_view.graph.edges(data=True)}


def _sentences(graph) -> dict[tuple[str, str, str], str]:
    return {(u, v, d["relation"]): d.get("sentence") for u, v, d in graph.edges(data=True)}


def test_each_edge_keeps_its_evidence_sentence(entity_view, tmp_path) -> None:
    expected = _sentences(entity_view.graph)
    assert any(expected.values())
    for _, _, d in entity_view.graph.edges(data=True):  # the first sentence that states it
        said = [s for ident in sorted(d["evidence"]) for s in d["evidence"][ident]]
        assert d["sentence"] == (said[0] if said else "")
    for module, suffix in ((graphml, ".graphml"), (gexf, ".gexf"), (cytoscape, ".cyjs")):
        path = tmp_path / f"g{suffix}"
        module.write(entity_view.graph, path)
        assert _sentences(module.read(path)) == expected, module.__name__


# --- layout and the static drawing -----------------------------------------------------------

def test_the_layout_is_the_same_in_every_process(samples_graph, tmp_path) -> None:
    """A subgraph iterates in set order, which changes with the hash seed of the process."""
    import subprocess
    import sys

    script = ("import kg, json; from kg.explore import layout; "
              "g = kg.build('data/samples').to_networkx(); "
              "print(json.dumps(sorted((n, round(x, 6), round(y, 6)) "
              "for n, (x, y) in layout.positions(g).items())))")
    runs = {subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                           check=True, env={**os.environ, "PYTHONHASHSEED": seed},
                           cwd=Path(__file__).resolve().parents[1]).stdout
            for seed in ("1", "2", "3")}
    assert len(runs) == 1


def test_the_drawing_leaves_out_entities_with_no_link(entity_view) -> None:
    g = entity_view.graph
    alone = [n for n in g if not set(nx.all_neighbors(g, n)) - {n}]
    assert alone and len(alone) < len(g)
    buffer = io.BytesIO()
    image.write(g, buffer, fmt="svg", labels=200)
    svg = buffer.getvalue().decode()
    assert f"the {len(alone)} with no link not drawn" in svg
    lonely = g.nodes[alone[0]]["label"]
    shown = io.BytesIO()
    image.write(g, shown, fmt="svg", labels=len(g), isolated=True)
    assert "not drawn" not in shown.getvalue().decode()
    assert image.linked(g).number_of_nodes() == len(g) - len(alone)
    assert lonely not in image.linked(g).nodes
