"""The shape of the package, read from its source: layers, no circles, short functions.

Nothing is imported: the modules under ``kg/`` are parsed with ``ast``, and every
import statement counts, at the top of a module, inside a function or under
``TYPE_CHECKING`` alike, since each one is a dependency a reader has to follow.
"""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

import networkx as nx
import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "kg"

# Higher layers may import lower ones, never the other way round. A module's layer is
# that of the longest prefix of its name listed here.
LAYERS = {
    "kg": 4, "kg.api": 4, "kg.cli": 4,                  # the face
    "kg.builder": 3, "kg.changes": 3, "kg.explore": 3, "kg.evaluate": 3,  # orchestration
    "kg.graph": 2,
    "kg.ingest": 1, "kg.nlp": 1,
    "kg.errors": 0, "kg.data": 0,
}
# The CLI reaches the library through one door.
CLI_MAY_IMPORT = ("kg.api", "kg.errors", "kg.cli")

MAX_LINES = 80
def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


@cache
def modules() -> dict[str, Path]:
    return {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _target(name: str) -> str | None:
    """The module of ours that ``name`` (a module, or a name in one) resolves to."""
    while name and name not in modules():
        name = name.rpartition(".")[0]
    return name or None


def imports_of(name: str) -> set[str]:
    """The modules of ours that module ``name`` imports."""
    path = modules()[name]
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found = [_target(a.name) for a in node.names if a.name.split(".")[0] == "kg"]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[:len(package.split(".")) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            if base.split(".")[0] != "kg":
                continue
            # ``from kg.explore import records`` imports a module; ``from kg import KGError``
            # imports a name from the package.
            found = [_target(f"{base}.{a.name}") for a in node.names]
        else:
            continue
        out.update(t for t in found if t and t != name)
    return out


def layer(name: str) -> int:
    best = max((k for k in LAYERS if name == k or name.startswith(k + ".")), key=len)
    return LAYERS[best]


def import_graph() -> nx.DiGraph:
    graph = nx.DiGraph()
    for name in modules():
        graph.add_node(name)
        graph.add_edges_from((name, target) for target in imports_of(name))
    return graph


def unit(name: str) -> str:
    """The package (or top-level module) a module belongs to: kg.explore, kg.api, ..."""
    parts = name.split(".")
    return ".".join(parts[:2]) if len(parts) > 1 else name


def test_the_walk_sees_the_imports_we_know_of() -> None:
    graph = import_graph()
    assert graph.has_edge("kg.cli.core", "kg.api")
    assert graph.has_edge("kg.graph.contract", "kg.nlp.extraction")
    assert graph.has_edge("kg.explore.views", "kg.explore.paths")  # inside a method
    assert graph.has_edge("kg.api", "kg.builder")                  # from kg import builder
    assert graph.has_edge("kg", "kg.api") and graph.has_edge("kg", "kg.errors")


def test_every_module_has_a_layer() -> None:
    for name in modules():
        assert layer(name) in range(5), name


def test_no_module_imports_a_higher_layer() -> None:
    upward = sorted(f"{a} -> {b}" for a, b in import_graph().edges if layer(b) > layer(a))
    assert upward == []


def test_the_cli_calls_only_the_api() -> None:
    graph = import_graph()
    leaks = sorted(f"{a} -> {b}" for a, b in graph.edges
                   if unit(a) == "kg.cli" and not b.startswith(CLI_MAY_IMPORT))
    assert leaks == []


def test_no_circular_imports_between_modules() -> None:
    assert sorted(nx.simple_cycles(import_graph())) == []


def test_no_circular_imports_between_packages() -> None:
    packages = nx.DiGraph()
    for a, b in import_graph().edges:
        if unit(a) != unit(b):
            packages.add_edge(unit(a), unit(b))
    assert sorted(nx.simple_cycles(packages)) == []


# --- function length -------------------------------------------------------------------------

def long_functions() -> dict[str, int]:
    out = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                first = min([node.lineno, *(d.lineno for d in node.decorator_list)])
                lines = node.end_lineno - first + 1  # type: ignore[operator]
                if lines > MAX_LINES:
                    out[f"{path.relative_to(PACKAGE.parent).as_posix()}:{node.name}"] = lines
    return out


def test_no_function_is_over_80_lines() -> None:
    assert long_functions() == {}


@pytest.mark.parametrize(("face", "below"), [("kg.cli", "kg"), ("kg.explore.views", "kg.explore")])
def test_a_face_is_not_imported_from_below(face: str, below: str) -> None:
    """Nothing under kg imports the CLI; nothing in kg.explore imports the GraphView facade."""
    importers = sorted(a for a, b in import_graph().edges
                       if b.startswith(face) and not a.startswith(face)
                       and (a == below or a.startswith(below + ".")))
    assert importers == []
