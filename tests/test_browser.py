"""The HTML export in a real browser: headless Chromium from the OS, driven by Playwright.

Checks that the page draws the nodes, that search finds an entity and that a
click shows its details, and saves a screenshot and the time the page took to
open under ``tests/artifacts/`` (or ``$KG_ARTIFACTS``). With ``KG_BROWSER_STORE``
set to a built store (e.g. the full corpus), it also times the corpus-sized pages.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = Path(os.environ.get("KG_ARTIFACTS") or ROOT / "tests" / "artifacts")
CHROMIUM = next((p for p in (os.environ.get("KG_CHROMIUM"), shutil.which("chromium"),
                             "/usr/bin/chromium", shutil.which("chromium-browser"))
                 if p and Path(p).is_file()), None)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(CHROMIUM is None, reason="no chromium binary (apt-get install chromium)"),
]

# Pixels of the network canvas that something was drawn on (canvas starts transparent).
DRAWN_PIXELS = """() => {
  const canvas = document.querySelector('#kg-network canvas');
  const ctx = canvas.getContext('2d');
  const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
  let n = 0;
  for (let i = 3; i < data.length; i += 4) { if (data[i] > 0) { n++; } }
  return n;
}"""

# The labels one frame draws at ``scale``: label text -> how many times it was drawn in a
# colour that shows (vis-network hides a label by making it transparent).
LABELS_DRAWN = """(scale) => new Promise(resolve => {
  const net = window.kgNetwork;
  net.moveTo({ scale: scale });
  setTimeout(() => {
    const proto = CanvasRenderingContext2D.prototype, original = proto.fillText, drawn = {};
    proto.fillText = function (text) {
      const clear = /rgba\\([^)]*,\\s*0(\\.0*)?\\)$/.test(String(this.fillStyle));
      if (!clear && this.globalAlpha > 0) { drawn[text] = (drawn[text] || 0) + 1; }
      return original.apply(this, arguments);
    };
    net.once("afterDrawing", () => { proto.fillText = original; resolve(drawn); });
    net.redraw();
  }, 300);
})"""


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        launched = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"])
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def entity_page(samples_graph, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("browser") / "entity.html"
    samples_graph.export("html", path)
    return path


def _open(browser, path: Path, errors: list[str]):
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    started = time.perf_counter()
    page.goto(path.as_uri())
    page.wait_for_function("window.kgReady === true", timeout=120_000)
    return page, time.perf_counter() - started


def _record(name: str, seconds: float, path: Path) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    log = ARTIFACTS / "browser-timing.json"
    times = json.loads(log.read_text()) if log.exists() else {}
    times[name] = {"open_seconds": round(seconds, 3), "bytes": path.stat().st_size}
    log.write_text(json.dumps(times, indent=2) + "\n")
    print(f"{name}: opened in {seconds:.2f} s ({path.stat().st_size} bytes)")


def test_page_draws_searches_and_shows_details(browser, entity_page) -> None:
    errors: list[str] = []
    page, seconds = _open(browser, entity_page, errors)
    _record("samples-entity", seconds, entity_page)
    expected = json.loads(page.inner_text("#kg-data"))
    assert page.evaluate("window.kgNetwork.body.data.nodes.length") == len(expected["nodes"])
    assert page.evaluate(DRAWN_PIXELS) > 2000
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "explore-entity-overview.png"))

    # A click on a node shows its details.
    target = next(n for n in expected["nodes"] if n[1] == "PyCon US 2019")
    spot = page.evaluate(f"window.kgNetwork.canvasToDOM(window.kgNetwork.getPosition({target[0]}))")
    box = page.locator("#kg-network").bounding_box()
    page.mouse.click(box["x"] + spot["x"], box["y"] + spot["y"])
    page.wait_for_selector("#kg-details-label")
    assert page.inner_text("#kg-details-label") == "PyCon US 2019"
    assert "Event" in page.inner_text("#kg-details")

    # Search finds an entity by its label in another case, then by an alias.
    page.fill("#kg-search", "kubernetes")
    page.press("#kg-search", "Enter")
    page.wait_for_function(
        "document.querySelector('#kg-details-label').textContent === 'Kubernetes'")
    details = page.inner_text("#kg-details")
    assert "Relations" in details and "Posts" in details
    assert page.locator("#kg-details blockquote").count() > 0  # evidence sentences
    page.fill("#kg-search", "Daniel Brooks keynote")
    page.press("#kg-search", "Enter")
    page.wait_for_function(
        "document.querySelector('#kg-details-label').textContent === 'Keynote by Daniel Brooks'")
    page.fill("#kg-search", "no such thing anywhere")
    page.press("#kg-search", "Enter")
    assert "No entity matches" in page.inner_text("#kg-message")

    page.wait_for_timeout(500)  # let the focus animation end before the picture
    page.screenshot(path=str(ARTIFACTS / "explore-entity.png"))
    assert errors == []
    page.close()


# Where each node is on the canvas and whether it is drawn: [id, x, y, hidden, links].
NODES_ON_SCREEN = """() => {
  const net = window.kgNetwork, data = JSON.parse(document.getElementById('kg-data').textContent);
  const shown = net.body.data.nodes;
  return data.nodes.map(n => {
    const p = net.canvasToDOM(net.getPosition(n[0]));
    return [n[0], p.x, p.y, !!shown.get(n[0]).hidden, n[7]];
  });
}"""


def _first_screen(page) -> tuple[list, list, dict]:
    nodes = page.evaluate(NODES_ON_SCREEN)
    box = page.locator("#kg-network").bounding_box()
    return ([n for n in nodes if not n[3]], [n for n in nodes if n[3]], box)


def test_the_first_screen_shows_the_connected_part(browser, entity_page) -> None:
    errors: list[str] = []
    page, _ = _open(browser, entity_page, errors)
    shown, hidden, box = _first_screen(page)
    # Entities with no link wait behind a switch; every linked one is drawn.
    assert hidden and all(n[4] == 0 for n in hidden)
    assert shown and all(n[4] > 0 for n in shown)
    # ... and the linked part fills the first screen: all in view, spread over most of it.
    xs, ys = [n[1] for n in shown], [n[2] for n in shown]
    assert min(xs) >= 0 and max(xs) <= box["width"] and min(ys) >= 0 and max(ys) <= box["height"]
    assert max((max(xs) - min(xs)) / box["width"], (max(ys) - min(ys)) / box["height"]) > 0.6
    meta = page.inner_text("#kg-meta")
    assert meta.startswith(f"{len(shown)} of {len(shown) + len(hidden)} nodes shown")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "explore-first-screen.png"))

    page.check("#kg-show-alone")
    shown, hidden, box = _first_screen(page)
    assert hidden == [] and page.inner_text("#kg-meta").startswith(f"{len(shown)} of "
                                                                   f"{len(shown)} nodes")
    assert all(0 <= n[1] <= box["width"] and 0 <= n[2] <= box["height"] for n in shown)
    page.screenshot(path=str(ARTIFACTS / "explore-first-screen-all.png"))
    assert errors == []
    page.close()


@pytest.mark.parametrize(("typed", "found"), [
    ("KUBERNETES", "Kubernetes"),
    ("kubernets", "Kubernetes"),              # a letter missing
    ("Kuberentes", "Kubernetes"),             # two swapped
    ("open stack", "OpenStack"),              # spaces and case
    ("Fira Gran-Via", "Fira Gran Via"),       # an entity with no link: shown when found
])
def test_search_forgives_case_and_small_typos(browser, entity_page, typed, found) -> None:
    errors: list[str] = []
    page, _ = _open(browser, entity_page, errors)
    page.fill("#kg-search", typed)
    page.press("#kg-search", "Enter")
    page.wait_for_selector("#kg-details-label")
    assert page.inner_text("#kg-details-label") == found
    data = json.loads(page.inner_text("#kg-data"))
    node = next(n for n in data["nodes"] if n[1] == found)
    assert page.evaluate(f"window.kgNetwork.body.data.nodes.get({node[0]}).hidden") is False
    assert errors == []
    page.close()


@pytest.mark.parametrize("view", ["entity", "comention"])
def test_every_label_is_drawn_once_zoomed_out_and_in(browser, samples_graph, tmp_path,
                                                     view: str) -> None:
    path = tmp_path / f"{view}.html"
    samples_graph.export("html", path, view=view)
    errors: list[str] = []
    page, _ = _open(browser, path, errors)
    data = json.loads(page.inner_text("#kg-data"))
    names = [n[1] for n in data["nodes"]]
    central = [n[1] for n in sorted(data["nodes"], key=lambda n: -n[5])[:20]]
    for scale in (0.4, 0.25, 1.0):
        drawn = page.evaluate(LABELS_DRAWN, scale)
        twice = {label: n for label, n in drawn.items() if n > names.count(label)}
        assert twice == {}, f"scale {scale}: drawn more than once: {twice}"
        if scale < 0.5:  # zoomed out: the central nodes keep a readable label
            assert sum(label in drawn for label in central) >= 5, (scale, drawn)
        else:
            assert len(drawn) >= 3, drawn
    page.screenshot(path=str(ARTIFACTS / f"explore-{view}-zoomed.png"))
    assert errors == []
    page.close()


def test_legend_hides_a_type_and_colours_by_community(browser, samples_graph, tmp_path) -> None:
    path = tmp_path / "comention.html"
    samples_graph.export("html", path, view="comention")
    errors: list[str] = []
    page, _ = _open(browser, path, errors)
    visible = "window.kgNetwork.body.data.nodes.get({filter: n => !n.hidden}).length"
    before = page.evaluate(visible)
    page.click("#kg-legend li[data-key='Person']")
    assert page.evaluate(visible) < before
    page.select_option("#kg-colour-by", "community")
    assert page.locator("#kg-legend li").count() >= 2
    page.screenshot(path=str(ARTIFACTS / "explore-comention.png"))
    assert errors == []
    page.close()


@pytest.mark.skipif(not os.environ.get("KG_BROWSER_STORE"),
                    reason="set KG_BROWSER_STORE to a built store to time corpus-sized pages")
@pytest.mark.parametrize("view", ["entity", "comention"])
def test_corpus_sized_page_opens(browser, view, tmp_path) -> None:
    import kg

    with kg.open(os.environ["KG_BROWSER_STORE"]) as graph:
        path = tmp_path / f"{view}.html"
        graph.export("html", path, view=view)
    errors: list[str] = []
    page, seconds = _open(browser, path, errors)
    _record(f"store-{view}", seconds, path)
    assert page.evaluate(DRAWN_PIXELS) > 2000
    shown, hidden, box = _first_screen(page)  # the linked part, in view; the rest waits
    assert all(n[4] == 0 for n in hidden) and all(n[4] > 0 for n in shown)
    assert all(0 <= n[1] <= box["width"] and 0 <= n[2] <= box["height"] for n in shown)
    page.screenshot(path=str(ARTIFACTS / f"explore-store-{view}-overview.png"))
    assert seconds < 30
    page.fill("#kg-search", "openstack")
    page.press("#kg-search", "Enter")
    page.wait_for_selector("#kg-details-label")
    page.wait_for_timeout(500)
    page.screenshot(path=str(ARTIFACTS / f"explore-store-{view}.png"))
    assert errors == []
    page.close()
