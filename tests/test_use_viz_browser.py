"""The pages in a real browser: headless Chromium opens them from a local file.

Chromium is Debian's `chromium`; when /usr/bin/chromium is missing the fixture tries
`apt-get update && apt-get install -y chromium` (root only, with a time limit) and
skips with the reason when that is impossible.
"""

import importlib.util
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from helpers import store_from_trig
from rdflib import Literal
from rdflib.namespace import RDF, SKOS

from kg.namespaces import ICT, ID, announcement_graph
from kg.use import network, viz
from kg.use.report import write_report

pytestmark = pytest.mark.browser

FIXTURE = Path(__file__).parent / "fixtures" / "viz_graph.trig"
ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
HOSTILE = ["<img src=x onerror=alert(1)>", "<img src=x onerror=\"document.body.setAttribute('data-pwned','1')\">"]


def _install_chromium() -> str | None:
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        return "Chromium is missing and cannot be installed here (apt-get as root is needed)"
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    try:
        subprocess.run(["sh", "-c", "apt-get update && apt-get install -y chromium"], env=env,
                       capture_output=True, timeout=900, check=True)
    except (subprocess.TimeoutExpired, subprocess.CalledProcessError) as exc:
        return f"installing Chromium failed: {exc}"
    return None if Path(CHROMIUM).exists() else "apt-get ran but /usr/bin/chromium is still missing"


@pytest.fixture(scope="session")
def chromium():
    if not Path(CHROMIUM).exists():
        reason = _install_chromium()
        if reason:
            pytest.skip(reason)
    return CHROMIUM


def browse(chromium, page: Path, profile: Path, *extra: str, budget_ms: int = 8000, timeout: int = 90) -> str:
    """Run headless Chromium on a local file; returns stdout (the DOM with --dump-dom)."""
    args = [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={profile}",
            f"--virtual-time-budget={budget_ms}", *extra, page.resolve().as_uri()]
    done = subprocess.run(args, capture_output=True, text=True, timeout=timeout)
    return done.stdout


def body_attrs(dom: str) -> dict[str, str]:
    tag = re.search(r"<body([^>]*)>", dom).group(1)
    return dict(re.findall(r'([\w-]+)="([^"]*)"', tag))


def page_errors(dom: str) -> str:
    match = re.search(r'<div id="page-errors"[^>]*>(.*?)</div>', dom, re.S)
    return match.group(1).strip() if match else "page-errors element missing"


def load_fixture():
    return store_from_trig(FIXTURE)[0]


def test_graph_page_renders_every_node_without_errors(chromium, tmp_path):
    store = load_fixture()
    page = viz.write_graph_page(store, tmp_path / "graph.html")
    expected = len(viz.page_data(network.build_network(store).graph, {})["nodes"])
    dom = browse(chromium, page, tmp_path / "profile", "--dump-dom")
    assert page_errors(dom) == ""
    attrs = body_attrs(dom)
    assert attrs["data-node-count"] == str(expected)
    assert attrs["data-settled"] == "physics"
    shot = tmp_path / "graph.png"
    browse(chromium, page, tmp_path / "profile", f"--screenshot={shot}", "--window-size=1280,900")
    assert shot.read_bytes()[:4] == b"\x89PNG" and shot.stat().st_size > 10_000


def test_hostile_names_run_nothing_in_the_browser(chromium, tmp_path):
    store = load_fixture()
    key = "hostile-2024-deadbeef"
    ann, meeting = ID[f"announcement/{key}"], ID["meeting/russia-asean-ict-dialogue/2024-05-05"]
    triples = [(ann, RDF.type, ICT.Announcement), (ann, ICT.reports, meeting), (meeting, RDF.type, ICT.Meeting),
               (meeting, ICT.ofForum, ID["process/russia-asean-ict-dialogue"]),
               (meeting, ICT.linkedToProcess, ID["process/un-oewg-2021-2025"])]
    for i, name in enumerate(HOSTILE):
        agency = ID[f"candidate/agency/hostile-{i}"]
        triples += [(agency, RDF.type, ICT.GovernmentAgency), (agency, SKOS.prefLabel, Literal(name, lang="en")),
                    (meeting, ICT.hasParticipant, agency)]
    store.replace_graph(announcement_graph(key), triples)
    page = viz.write_graph_page(store, tmp_path / "graph.html")
    report = write_report(store, tmp_path)
    # The report's only picture is the timeline; the other pages have none.
    for target, pictures in ((page, 0), (report, 1), (tmp_path / "heatmap.html", 0)):
        dom = browse(chromium, target, tmp_path / "profile", "--dump-dom")
        assert "data-pwned" not in body_attrs(dom), target.name
        assert len(re.findall(r"<img\b", dom)) == pictures, target.name
        assert page_errors(dom) in ("", "page-errors element missing"), target.name
    dom = browse(chromium, report, tmp_path / "profile", "--dump-dom")
    assert "&lt;img src=x onerror=alert(1)&gt;" in dom  # shown as text


@pytest.mark.slow
def test_physics_settles_on_two_thousand_nodes(chromium, tmp_path):
    spec = importlib.util.spec_from_file_location("viz_bench", ROOT / "bench" / "viz_bench.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    page = viz.write_graph_page(bench.load_store(2000), tmp_path / "big.html")
    dom = browse(chromium, page, tmp_path / "profile", "--dump-dom", budget_ms=120_000, timeout=180)
    attrs = body_attrs(dom)
    assert page_errors(dom) == ""
    assert attrs["data-node-count"] == "2000"
    assert attrs["data-settled"] == "physics"


def _bench_store(n_nodes: int):
    spec = importlib.util.spec_from_file_location("viz_bench", ROOT / "bench" / "viz_bench.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    return bench.load_store(n_nodes)


def test_network_of_150_nodes_labels_the_central_ones_and_fits_the_view(chromium, tmp_path):
    """At 150 nodes the page draws the labels of the best-linked nodes only (the rest on hover or zoom),
    and the fitted view holds every node: none lies, even partly, outside the drawing area."""
    page = viz.write_graph_page(_bench_store(150), tmp_path / "graph.html")
    dom = browse(chromium, page, tmp_path / "profile", "--dump-dom", "--window-size=1280,900", budget_ms=20_000)
    assert page_errors(dom) == ""
    attrs = body_attrs(dom)
    nodes = int(attrs["data-node-count"])
    assert 130 <= nodes <= 170
    assert attrs["data-settled"] == "physics"
    assert int(attrs["data-labels-drawn"]) == viz.CENTRAL_LABELS < nodes
    assert attrs["data-nodes-outside"] == "0"
    shot = tmp_path / "graph-150.png"
    browse(chromium, page, tmp_path / "profile", f"--screenshot={shot}", "--window-size=1280,900", budget_ms=20_000)
    assert shot.read_bytes()[:4] == b"\x89PNG" and shot.stat().st_size > 10_000


def test_small_network_labels_every_node(chromium, tmp_path):
    store = load_fixture()
    page = viz.write_graph_page(store, tmp_path / "graph.html")
    attrs = body_attrs(browse(chromium, page, tmp_path / "profile", "--dump-dom", "--window-size=1280,900"))
    assert attrs["data-labels-drawn"] == attrs["data-node-count"]
    assert attrs["data-nodes-outside"] == "0"


def test_report_sources_column_cites_the_announcements_whose_graphs_report_each_meeting(chromium, tmp_path):
    from html import unescape

    from helpers import reasoned_store

    from kg.use.report import meeting_rows

    store = reasoned_store(FIXTURE)  # with the merged graph, which must not become a source of every meeting
    report = write_report(store, tmp_path)
    reported: dict[str, set[str]] = {}
    for r in store.query("SELECT ?g ?m ?title WHERE { GRAPH ?g { ?a ict:reports ?m ; dcterms:title ?title } }"):
        if "/graph/announcement/" in str(r["g"]):
            reported.setdefault(str(r["m"]), set()).add(str(r["title"]))
    dom = browse(chromium, report, tmp_path / "profile", "--dump-dom")
    table = re.search(r'<table id="meetings">.*?<tbody>(.*?)</tbody>', dom, re.S).group(1)
    cells = [re.sub(r"<[^>]+>", "", row[-1]) for row in
             (re.findall(r"<td>(.*?)</td>", tr, re.S) for tr in re.findall(r"<tr>(.*?)</tr>", table, re.S))]
    expected = meeting_rows(network.build_network(store))
    assert len(cells) == len(expected) and cells
    for cell, row in zip(cells, expected, strict=True):
        assert set(unescape(cell).split("; ")) == reported[row["iri"]], row["iri"]
    shot = tmp_path / "report.png"
    browse(chromium, report, tmp_path / "profile", f"--screenshot={shot}", "--window-size=1280,1200")
    assert shot.read_bytes()[:4] == b"\x89PNG" and shot.stat().st_size > 10_000
