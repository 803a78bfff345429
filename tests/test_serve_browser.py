"""The workbench in a real browser: headless Chromium (Debian's `chromium`, installed when missing by the
fixture of test_use_viz_browser) opens the pages from a live server, finds no errors and saves screenshots.

Set ICTKG_SCREENSHOTS=DIR to keep the screenshots (docs/img holds the README's).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import urllib.parse
from pathlib import Path

import pytest

pytest_plugins = ["test_serve_support", "test_use_viz_browser"]  # test_use_viz_browser: the `chromium` fixture

from test_serve_support import HOSTILE_AGENCY  # noqa: E402

pytestmark = pytest.mark.browser


def browse(chromium: str, url: str, profile: Path, *extra: str, budget_ms: int = 6000) -> str:
    args = [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={profile}",
            f"--virtual-time-budget={budget_ms}", *extra, url]
    return subprocess.run(args, capture_output=True, text=True, timeout=90).stdout


def html_attrs(dom: str, tag: str) -> dict[str, str]:
    found = re.search(rf"<{tag}([^>]*)>", dom)
    return dict(re.findall(r'([\w-]+)="([^"]*)"', found.group(1))) if found else {}


def page_errors(dom: str) -> str:
    found = re.search(r'<div id="page-errors"[^>]*>(.*?)</div>', dom, re.S)
    return found.group(1).strip() if found else "page-errors element missing"


@pytest.fixture(scope="module")
def pages(server_url, served_store):
    agency = served_store.query("""SELECT ?a ?l WHERE { ?a a ict:GovernmentAgency ; ict:tookPartIn ?m ;
        skos:prefLabel ?l FILTER(LANG(?l) = "en") FILTER NOT EXISTS { ?a a ict:Candidate } }
        ORDER BY STR(?a) LIMIT 1""")[0]
    forum = served_store.query("SELECT ?f (COUNT(?m) AS ?n) WHERE { ?m ict:ofForum ?f } GROUP BY ?f "
                               "ORDER BY DESC(?n) LIMIT 1")[0]["f"]
    path = str(agency["a"]).split("/id/", 1)[1]
    q = urllib.parse.urlencode
    return {
        "search": f"{server_url}/search?{q({'q': 'Министерство иностранных дел'})}",
        "agency": f"{server_url}/id/{path}",
        "network": f"{server_url}/network?{q({'iri': str(forum), 'depth': 2})}",
        "sparql": f"{server_url}/query?{q({'name': 'cq4_forum_timeline', 'p.forum': str(forum), 'run': 1})}",
        "forum": f"{server_url}/id/{str(forum).split('/id/', 1)[1]}",
        "matrix": f"{server_url}/matrix",
        "hostile": f"{server_url}/id/{str(HOSTILE_AGENCY).split('/id/', 1)[1]}",
    }


@pytest.mark.parametrize("name", ["search", "agency", "network", "sparql", "forum", "matrix", "hostile"])
def test_page_opens_without_errors_and_screenshots(chromium, pages, tmp_path, name):
    budget = 10_000 if name == "network" else 3000
    dom = browse(chromium, pages[name], tmp_path / "profile", "--dump-dom", budget_ms=budget)
    assert page_errors(dom) == "", name
    root = html_attrs(dom, "html")
    assert root.get("data-errors") == "0", name  # errors.js ran and saw nothing
    assert "data-pwned" not in root
    if name == "network":
        body = html_attrs(dom, "body")
        assert int(body["data-node-count"]) > 1 and body["data-settled"] == "physics"
    if name == "sparql":
        assert dom.count("<tr>") > 1
    shot = tmp_path / f"{name}.png"
    browse(chromium, pages[name], tmp_path / "profile", f"--screenshot={shot}", "--window-size=1280,860",
           "--hide-scrollbars", budget_ms=budget)
    assert shot.read_bytes()[:4] == b"\x89PNG" and shot.stat().st_size > 10_000
    keep = os.environ.get("ICTKG_SCREENSHOTS")
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=True)
        shutil.copy(shot, Path(keep) / f"workbench-{name}.png")


def test_meeting_page_is_titled_by_forum_date_and_place_in_the_browser(chromium, server_url, served_store, tmp_path):
    """The busiest forum's latest meeting: the browser's tab title and the page heading are its readable
    title (forum, number, date, place), never the IRI's slug; the screenshot shows it."""
    from kg.use.network import meeting_titles

    meeting = served_store.query("""SELECT ?m WHERE { ?m ict:ofForum ?f ; ict:date ?d }
                                    ORDER BY DESC(STR(?d)) STR(?m) LIMIT 1""")[0]["m"]
    title = meeting_titles(served_store)[str(meeting)]["en"]
    url = f"{server_url}/id/{str(meeting).split('/id/', 1)[1]}"
    dom = browse(chromium, url, tmp_path / "profile", "--dump-dom", budget_ms=3000)
    assert page_errors(dom) == ""
    heading = re.search(r"<h1>(.*?)</h1>", dom).group(1)
    tab = re.search(r"<title>(.*?)</title>", dom).group(1)
    assert heading == title.replace("&", "&amp;") and tab.startswith(heading)
    assert str(meeting).rsplit("/", 1)[1] not in heading
    shot = tmp_path / "meeting.png"
    browse(chromium, url, tmp_path / "profile", f"--screenshot={shot}", "--window-size=1280,860",
           "--hide-scrollbars", budget_ms=3000)
    assert shot.read_bytes()[:4] == b"\x89PNG" and shot.stat().st_size > 10_000
    keep = os.environ.get("ICTKG_SCREENSHOTS")
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=True)
        shutil.copy(shot, Path(keep) / "workbench-meeting.png")
