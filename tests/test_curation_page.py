"""The workbench's candidates page in headless Chromium (and its refusals through Flask's client):
the queue renders, a decision without the token is refused and changes nothing, with the token it is
applied, a read-only server says so, and a `<script>` name stays text."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

pytest_plugins = ["test_serve_support", "test_use_viz_browser"]  # test_use_viz_browser: the `chromium` fixture

from test_serve_support import HOSTILE, HOSTILE_AGENCY, add_hostile_announcement, start_server  # noqa: E402

from kg.curation import GRAPH_DECISIONS  # noqa: E402
from kg.ingest import ingest  # noqa: E402
from kg.namespaces import GRAPH_MERGED, ID  # noqa: E402
from kg.read import read_paths  # noqa: E402
from kg.reason import materialise  # noqa: E402
from kg.serve import ServeConfig, create_app  # noqa: E402
from kg.store import open_store  # noqa: E402

TOKEN = "page-test-token"
FORUM = str(ID["candidate/process/dialog-rossiya-sovet-sotrudnichestvo-po-vopros-mib"])
ACCEPTED = ID["process/dialog-rossiya-sovet-sotrudnichestvo-po-vopros-mib"]
TEXTS = [
    "5 мая в Дохе состоялось первое заседание Диалога Россия – Совет сотрудничества по вопросам МИБ.",
    "Диалог Россия – Совет сотрудничества по вопросам МИБ провел 9 октября второе заседание в Москве.",
    "20 февраля делегации приняли участие в третьем заседании Диалога Россия – Совет сотрудничества по "
    "вопросам МИБ, прошедшем в Эр-Рияде.",
]


@pytest.fixture
def store(tmp_path):
    folder = tmp_path / "announcements"
    folder.mkdir()
    for i, text in enumerate(TEXTS):
        (folder / f"f{i}.txt").write_text(f"---\npublished: 2025-10-10\nlang: ru\n---\n{text}\n", encoding="utf-8")
    s = open_store(memory=True)
    ingest(read_paths([str(folder)]), s)
    add_hostile_announcement(s)  # a candidate body named `<script>alert(1)</script>`
    materialise(s)
    yield s
    s.close()


def stated(s) -> set:
    return {(g, t) for g in s.graphs() if g not in (GRAPH_DECISIONS, GRAPH_MERGED) for t in s.triples_in(g)}


@pytest.fixture
def served(store):
    app = create_app(store, ServeConfig(time_limit=20, allow_update=True, token=TOKEN))
    base, server = start_server(app)
    yield base
    server.close()


def browse(chromium: str, url: str, profile: Path) -> str:
    args = [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={profile}",
            "--virtual-time-budget=4000", "--dump-dom", url]
    return subprocess.run(args, capture_output=True, text=True, timeout=90).stdout


def submit_page_form(chromium: str, base: str, dom: str, css_class: str, fields: dict, tmp_path: Path) -> str:
    """Submit, in Chromium, the page's own form of `css_class` for the forum (as rendered), with
    `fields` typed in; the DOM of the answer page."""
    section = dom[dom.index(f'data-candidate="{FORUM}"'):]
    form = re.search(rf'<form[^>]*class="{css_class}".*?</form>', section, re.S).group(0)
    for name, value in fields.items():
        form = form.replace(f'name="{name}"', f'name="{name}" value="{value}"', 1)
    page = tmp_path / f"submit-{css_class}-{len(fields)}.html"
    page.write_text(f'<!doctype html><html><head><meta charset="utf-8"><base href="{base}/"></head><body>{form}'
                    "<script>document.forms[0].submit()</script></body></html>", encoding="utf-8")
    return browse(chromium, page.resolve().as_uri(), tmp_path / "profile")


@pytest.mark.browser
def test_queue_renders_and_a_script_name_stays_text(chromium, served, tmp_path):
    dom = browse(chromium, f"{served}/candidates", tmp_path / "profile")
    root = re.search(r"<html[^>]*>", dom).group(0)
    assert 'data-errors="0"' in root and "data-pwned" not in root  # errors.js saw nothing; no script ran
    section = dom[dom.index(f'data-candidate="{FORUM}"'):]
    assert re.search(r'<span class="count">3</span> Диалог Россия – Совет сотрудничества по вопросам МИБ', section)
    assert TEXTS[0] in section  # its sentences
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in dom  # the hostile name, as text
    assert "<script>alert(1)</script>" not in dom
    assert 'class="accept"' in dom and "read-only" not in dom.split("<main>", 1)[1].split("</h1>", 1)[0]


@pytest.mark.browser
def test_a_decision_without_the_token_is_refused_and_with_it_applied(chromium, served, store, tmp_path):
    dom = browse(chromium, f"{served}/candidates", tmp_path / "profile")
    before = stated(store)
    refused = submit_page_form(chromium, served, dom, "accept", {"name_en": "Russia – GCC Dialogue"}, tmp_path)
    assert "needs the server" in refused and "nothing was changed" in refused
    assert stated(store) == before
    wrong = submit_page_form(chromium, served, dom, "accept", {"name_en": "Russia – GCC Dialogue",
                                                               "token": "not-the-token"}, tmp_path)
    assert "needs the server" in wrong and stated(store) == before
    done = submit_page_form(chromium, served, dom, "accept", {"name_en": "Russia – GCC Dialogue", "token": TOKEN,
                                                              "by": "browser-analyst"}, tmp_path)
    assert "decision 1:" in done and f"accepted as {ACCEPTED}" in done
    assert store.ask("ASK { ?m ict:ofForum ?f }", {"f": ACCEPTED})
    assert f'data-candidate="{FORUM}"' not in done  # it left the queue
    assert re.search(r"<td>1</td><td>[^<]+</td><td>browser-analyst</td>", done)


@pytest.mark.browser
def test_undo_from_the_page_restores_the_graph(chromium, served, store, tmp_path):
    dom = browse(chromium, f"{served}/candidates", tmp_path / "profile")
    before = stated(store)
    submit_page_form(chromium, served, dom, "reject", {"token": TOKEN}, tmp_path)
    assert stated(store) != before
    page = browse(chromium, f"{served}/candidates", tmp_path / "profile")
    form = re.search(r'<form[^>]*class="undo".*?</form>', page, re.S).group(0)
    form = form.replace('name="token"', f'name="token" value="{TOKEN}"', 1)
    html = tmp_path / "undo.html"
    html.write_text(f'<!doctype html><html><head><base href="{served}/"></head><body>{form}'
                    "<script>document.forms[0].submit()</script></body></html>", encoding="utf-8")
    answer = browse(chromium, html.resolve().as_uri(), tmp_path / "profile")
    assert "decision 1 (reject) undone" in answer
    assert stated(store) == before


def test_a_read_only_server_shows_the_queue_says_so_and_refuses_decisions(store):
    client = create_app(store, ServeConfig(time_limit=20)).test_client()
    page = client.get("/candidates").get_data(as_text=True)
    assert 'id="read-only"' in page and "<form method=\"post\"" not in page
    assert "Диалог Россия – Совет сотрудничества по вопросам МИБ" in page
    before = stated(store)
    answer = client.post("/candidates/decide", data={"action": "reject", "candidate": FORUM, "token": "x"})
    assert answer.status_code == 403 and "read-only" in answer.get_data(as_text=True)
    assert stated(store) == before


def test_a_decision_with_the_bearer_token_is_applied_and_a_bad_one_is_explained(store):
    client = create_app(store, ServeConfig(time_limit=20, allow_update=True, token=TOKEN)).test_client()
    bad = client.post("/candidates/decide", data={"action": "merge", "candidate": str(HOSTILE_AGENCY),
                                                  "into": "id:process/nothing"},
                      headers={"Authorization": f"Bearer {TOKEN}"})
    assert bad.status_code == 400 and "not a known entity" in bad.get_data(as_text=True)
    ok = client.post("/candidates/decide", data={"action": "reject", "candidate": str(HOSTILE_AGENCY)},
                     headers={"Authorization": f"Bearer {TOKEN}"})
    page = ok.get_data(as_text=True)
    assert ok.status_code == 200 and "rejected" in page and HOSTILE not in page
    assert not store.ask("ASK { GRAPH ?g { ?m ict:hasParticipant ?a } FILTER(?g != ?merged) }",
                         {"a": HOSTILE_AGENCY, "merged": GRAPH_MERGED})
