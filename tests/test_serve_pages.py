"""The workbench pages: search, entity pages, network, matrix and SPARQL page, all escaped and sourced."""

from __future__ import annotations

import csv
import html
import io
import json
import re

import pytest
from rdflib import URIRef

from kg.queries import run_query
from kg.serve.pages import link
from kg.use import network, titles
from kg.use.names import find_entities
from kg.use.who import who

pytest_plugins = ["test_serve_support"]

from test_serve_support import HOSTILE, HOSTILE_AGENCY, HOSTILE_RUN  # noqa: E402


def get(client, url, status=200, **kw) -> str:
    response = client.get(url, **kw)
    assert response.status_code == status, (url, response.data[:300])
    return response.data.decode("utf-8")


def hrefs(page: str) -> set[str]:
    return {html.unescape(h) for h in re.findall(r'href="([^"]*)"', page)}


def page_of(app, iri) -> str:
    with app.test_request_context():
        return link(iri)


def one(store, sparql: str) -> URIRef:
    rows = store.query(sparql)
    assert rows, sparql
    return rows[0]["x"]


@pytest.fixture(scope="module")
def picks(served_store):
    """Entities of each kind that have facts (picked from the graph, not named in the test)."""
    s = served_store
    return {
        "agency": one(s, """SELECT ?x WHERE { ?x a ict:GovernmentAgency ; ict:tookPartIn ?m
                            FILTER NOT EXISTS { ?x a ict:Candidate } } ORDER BY STR(?x) LIMIT 1"""),
        "state": one(s, "SELECT ?x WHERE { ?x a ict:State ; ict:hasAgency ?a ; ict:tookPartIn ?m } ORDER BY STR(?x) LIMIT 1"),
        "forum": one(s, """SELECT ?x (COUNT(?m) AS ?n) WHERE { ?m ict:ofForum ?x } GROUP BY ?x
                           ORDER BY DESC(?n) STR(?x) LIMIT 1"""),
        "meeting": one(s, "SELECT ?x WHERE { ?a ict:reports ?x } ORDER BY STR(?x) LIMIT 1"),
        "person": one(s, "SELECT ?x WHERE { ?c ict:chairPerson ?x } ORDER BY STR(?x) LIMIT 1"),
        "announcement": one(s, "SELECT ?x WHERE { ?x a ict:Announcement ; ict:reports ?m } ORDER BY STR(?x) LIMIT 1"),
    }


def test_search_resolves_names_as_who_does(client, served_store, picks):
    labels = served_store.query("""SELECT ?l WHERE { ?a skos:prefLabel|ict:acronym ?l ; ict:agencyOf ?s }""",
                                {"a": picks["agency"]})
    assert labels
    for row in labels:
        name = str(row["l"])
        page = get(client, "/search", query_string={"q": name})
        expected = find_entities(served_store, name, "entity")
        assert picks["agency"] in expected
        best = re.findall(r'<li class="best"><a href="([^"]+)"', page)
        assert {html.unescape(h) for h in best} >= {page_of(client.application, e) for e in expected}
        assert "Government agency" in page


def test_search_finds_inflected_russian_forms_and_groups_by_type(client, served_store):
    state = one(served_store, """SELECT ?x WHERE { ?x a ict:State ; skos:prefLabel ?l ; ict:tookPartIn ?m
                                  FILTER(LANG(?l) = "ru") } ORDER BY STR(?x) LIMIT 1""")
    nominative = str(served_store.query('SELECT ?l WHERE { ?x skos:prefLabel ?l FILTER(LANG(?l) = "ru") }',
                                        {"x": state})[0]["l"])
    genitive = find_entities(served_store, f"Министерства иностранных дел {nominative}", "agency")
    page = get(client, "/search", query_string={"q": f"министерства иностранных дел {nominative}"})
    for iri in genitive:
        assert page_of(client.application, iri) in hrefs(page)
    ministry = get(client, "/search", query_string={"q": "Ministry"})
    assert ministry.count('<section class="hits">') >= 1 and "Government agency" in ministry


def test_unknown_name_suggests_close_ones(client):
    page = get(client, "/search", query_string={"q": "Ministry of Foreign Afairs"})
    assert "Ministry" in page


def test_agency_page_shows_its_meetings_with_sources_and_evidence(client, served_store, picks):
    report = who(served_store, picks["agency"])
    page = get(client, page_of(client.application, picks["agency"]))
    links = hrefs(page)
    assert report.meetings
    for m in report.meetings:
        assert page_of(client.application, m.meeting) in links
        for s in m.sources[:5]:
            assert page_of(client.application, s.announcement) in links
        for s in m.sources[:3]:
            if s.sentence:
                assert html.escape(s.sentence, quote=False) in page
    assert "Co-participants" in page


def test_state_page_lists_agencies_and_forums(client, served_store, picks):
    page = get(client, page_of(client.application, picks["state"]))
    links = hrefs(page)
    agencies = served_store.query("SELECT ?a WHERE { ?a ict:agencyOf ?s ; ict:tookPartIn ?m }", {"s": picks["state"]})
    assert all(page_of(client.application, r["a"]) in links for r in agencies)
    _, forums = run_query(served_store, "cq7_state_forums", {"state": str(picks["state"])})
    assert forums and all(page_of(client.application, r["forum"]) in links for r in forums)
    assert any("/id/announcement/" in h for h in links)


def test_forum_page_has_timeline_participants_chairs_documents(client, served_store, picks):
    forum = str(picks["forum"])
    page = get(client, page_of(client.application, picks["forum"]))
    links = hrefs(page)
    _, timeline = run_query(served_store, "cq4_forum_timeline", {"forum": forum})
    assert all(page_of(client.application, r["meeting"]) in links for r in timeline)
    # Rows kept only for the forum's meetings: cq5 and cq6 keep ?forum inside an OPTIONAL,
    # so the bound parameter does not restrict their rows.
    ours = {str(r["meeting"]) for r in timeline}
    _, chairs = run_query(served_store, "cq3_chairs", {"forum": forum})
    assert all(page_of(client.application, r["person"]) in links for r in chairs if str(r["meeting"]) in ours)
    _, docs = run_query(served_store, "cq5_documents", {"forum": forum})
    assert all(page_of(client.application, r["document"]) in links for r in docs if str(r["meeting"]) in ours)
    _, follow_ups = run_query(served_store, "cq6_follow_ups", {"forum": forum})
    follow_ups = [r for r in follow_ups if str(r["meeting"]) in ours]
    assert page.count("no later meeting known") + len(re.findall(r"<td>yes", page)) == len(follow_ups)
    assert any("/id/announcement/" in h for h in links)


def test_meeting_page_shows_every_source_side_by_side(client, served_store, picks):
    page = get(client, page_of(client.application, picks["meeting"]))
    reports = served_store.query("SELECT ?a WHERE { ?a ict:reports ?m }", {"m": picks["meeting"]})
    assert page.count('<article class="source">') == min(len(reports), 6)
    for r in reports[:6]:
        assert page_of(client.application, r["a"]) in hrefs(page)


def test_meeting_pages_are_titled_by_forum_date_and_place_never_a_slug(client, served_store):
    rows = served_store.query("""SELECT ?m (SAMPLE(?f) AS ?forum) (SAMPLE(?d) AS ?date) WHERE {
        ?m a ict:Meeting OPTIONAL { ?m ict:ofForum ?f } OPTIONAL { ?m ict:date ?d } } GROUP BY ?m""")
    assert rows
    named = network.meeting_titles(served_store)
    for r in rows:
        meeting = str(r["m"])
        page = get(client, page_of(client.application, meeting))
        heading = html.unescape(re.search(r"<h1>(.*?)</h1>", page).group(1))
        title = html.unescape(re.search(r"<title>(.*?) · ictsec workbench</title>", page).group(1))
        slug = meeting.rsplit("/", 1)[-1]
        assert heading == title == named[meeting]["en"]
        assert slug not in heading
        if r["date"] is not None:
            assert titles.readable_date(str(r["date"])) in heading
        if r["forum"] is not None:  # the forum is named (by its acronym when it has one), not left out
            assert heading.split(" · ")[0] != "Meeting"


_OBSERVED_STATES = """SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ict:State .
    FILTER EXISTS { GRAPH ?g { ?x ?p ?s } FILTER(STRSTARTS(STR(?g), "https://w3id.org/ictsec/id/graph/announcement/")) } }"""
_LISTED_STATES = "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH <https://w3id.org/ictsec/id/graph/vocab> { ?s a ict:State } }"


def test_front_page_counts_observed_states_apart_from_the_vocabulary(client, served_store):
    page = get(client, "/")
    observed = int(served_store.query(_OBSERVED_STATES)[0]["n"])
    listed = int(served_store.query(_LISTED_STATES)[0]["n"])
    assert 0 < observed < listed  # the vocabulary lists every state; the examples name a few
    named = html.unescape(re.search(r'<li id="observed">(.*?)</li>', page, re.S).group(1))
    vocabulary = html.unescape(re.search(r'<li id="vocabulary"[^>]*>(.*?)</li>', page, re.S).group(1))
    assert named.startswith("Named in announcements") and f"{observed} states" in named
    assert vocabulary.startswith("Listed in the vocabularies") and f"{listed} states" in vocabulary
    assert f"{listed} states" not in named


def test_person_page_lists_meetings_chaired(client, served_store, picks):
    page = get(client, page_of(client.application, picks["person"]))
    chaired = served_store.query("SELECT ?m WHERE { ?c ict:chairPerson ?p ; ict:chairOf ?m }", {"p": picks["person"]})
    assert all(page_of(client.application, r["m"]) in hrefs(page) for r in chaired)
    assert any("/id/announcement/" in h for h in hrefs(page))


def test_announcement_page_links_back_to_what_it_reports(client, served_store, picks):
    page = get(client, page_of(client.application, picks["announcement"]))
    reported = served_store.query("SELECT ?m WHERE { ?a ict:reports ?m }", {"a": picks["announcement"]})
    assert all(page_of(client.application, r["m"]) in hrefs(page) for r in reported)
    assert "/graph-store?graph=" in page


def test_network_page_holds_the_neighbourhood(client, served_store, picks):
    page = get(client, "/network", query_string={"iri": str(picks["agency"]), "depth": 2})
    data = json.loads(re.search(r'<script type="application/json" id="graph-data">(.*?)</script>', page, re.S)
                      .group(1))
    net = network.build_network(served_store)
    expected = network.filter_network(net, focus=str(picks["agency"]), depth=2)
    assert {n["id"] for n in data["nodes"]} == set(expected)
    assert "/vendor/vis-network.min.js" in page and "https://cdn" not in page
    assert get(client, "/vendor/vis-network.min.js").startswith(("/**", "!function", "/*"))
    get(client, "/network", query_string={"iri": "https://w3id.org/ictsec/id/state/NOPE"}, status=404)


def test_matrix_page_and_csv(client):
    page = get(client, "/matrix")
    rows = list(csv.reader(io.StringIO(get(client, "/matrix.csv"))))
    assert rows[0][:2] == ["agency", "agency_iri"]
    for row in rows[1:]:
        assert page_of(client.application, row[1]) in hrefs(page)


def test_sparql_page_runs_a_named_query_with_parameters(client, served_store, picks):
    query = {"name": "cq4_forum_timeline", "p.forum": str(picks["forum"]), "run": "1"}
    page = get(client, "/query", query_string={"name": "cq4_forum_timeline", "load": "1"})
    assert "# title: Forum timeline" in html.unescape(page)
    text = load_text = html.unescape(re.search(r'<textarea[^>]*>(.*?)</textarea>', page, re.S).group(1))
    assert load_text.strip()
    page = get(client, "/query", query_string={**query, "text": text})
    columns, rows = run_query(served_store, "cq4_forum_timeline", {"forum": str(picks["forum"])})
    assert page.count("<tr>") - 1 == len(rows)
    downloaded = list(csv.reader(io.StringIO(get(client, "/query", query_string={**query, "text": text,
                                                                                  "download": "csv"}))))
    assert downloaded[0] == columns and len(downloaded) == len(rows) + 1
    as_json = json.loads(get(client, "/query", query_string={**query, "text": text, "download": "json"}))
    assert len(as_json["results"]["bindings"]) == len(rows)


def test_sparql_page_reports_errors_in_one_line(client):
    page = get(client, "/query", query_string={"text": "SELECT ?x WHERE {", "run": "1"}, status=400)
    assert "not valid SPARQL" in page
    page = get(client, "/query", query_string={"name": "cq4_forum_timeline", "run": "1"}, status=400)
    assert "needs --param forum" in page


def test_unknown_entity_is_a_404_page(client):
    get(client, "/id/agency/XXX/nothing", status=404)


def test_hostile_names_show_as_text_on_every_page(client, served_store):
    meeting = served_store.query("SELECT ?m WHERE { ?m ict:hasParticipant ?a }", {"a": HOSTILE_AGENCY})[0]["m"]
    ann = served_store.query("SELECT ?x WHERE { ?x ict:reports ?m ; dcterms:title ?t FILTER(CONTAINS(?t, '<')) }",
                             {"m": meeting})[0]["x"]
    forum = served_store.query("SELECT ?f WHERE { ?m ict:ofForum ?f }", {"m": meeting})[0]["f"]
    app = client.application
    pages = {"/": False, "/announcements": True, "/search?q=script": True, "/search?q=" + HOSTILE: True,
             page_of(app, HOSTILE_AGENCY): True, page_of(app, meeting): True, page_of(app, ann): True,
             page_of(app, forum): True, page_of(app, "https://w3id.org/ictsec/id/state/RUS"): True,
             "/network?iri=" + str(HOSTILE_AGENCY): False, "/matrix": False,
             "/query?run=1&text=SELECT+%3Fl+WHERE+%7B+%3Fa+skos%3AprefLabel+%3Fl+%7D": True}
    for url, shows_name in pages.items():
        page = get(client, url)
        assert HOSTILE not in page and HOSTILE_RUN not in page, url
        assert "<script>" not in page, url
        assert not any(h.lower().startswith("javascript:") for h in hrefs(page)), url
        if shows_name:
            assert html.escape(HOSTILE, quote=False) in page or html.escape(HOSTILE) in page, url


def test_pages_set_a_strict_content_security_policy(client):
    policy = client.get("/").headers["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy.split("script-src")[1].split(";")[0]


@pytest.mark.parametrize("query", ["Сеитовой", "Сеитова", "Д.А. Сеитовой", "Сеитовой Д.А.", "Seitova"])
def test_search_finds_a_person_in_any_case_form(query):
    """A surname the dictionary does not know, in the genitive or instrumental, finds the person
    whose name the graph holds in the nominative."""
    from rdflib import Literal
    from rdflib.namespace import RDF, SKOS

    from kg.namespaces import ICT, ID, announcement_graph
    from kg.serve.search import name_table, search
    from kg.store import open_store

    store = open_store(memory=True)
    person, other = ID["person/seitova-d-a"], ID["person/seitov-b-b"]
    store.replace_graph(announcement_graph("x"), [
        (person, RDF.type, ICT.Person), (person, ICT.nameNative, Literal("Сеитова Д.А.", lang="ru")),
        (person, SKOS.prefLabel, Literal("Seitova D.A.", lang="en")),
        (other, RDF.type, ICT.Person), (other, ICT.nameNative, Literal("Петров Б.Б.", lang="ru"))])
    found = search(store, name_table(store), query)
    assert [(kind, [hit["iri"] for hit in hits]) for kind, hits in found["groups"]] == [("person", [str(person)])]
