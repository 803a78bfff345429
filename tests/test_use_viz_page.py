"""The interactive network page: offline, escaped, filtered, and laid out by size."""

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from helpers import store_from_trig
from rdflib import Literal
from rdflib.namespace import RDF, SKOS

from kg.namespaces import ICT, ID, announcement_graph
from kg.use import names, network, viz

FIXTURE = Path(__file__).parent / "fixtures" / "viz_graph.trig"
XSS_NAMES = ["<img src=x onerror=alert(1)>", "<img src=x onerror=\"document.body.setAttribute('data-pwned','1')\">"]


def load_fixture():
    return store_from_trig(FIXTURE)[0]


def add_hostile_announcement(store):
    """An announcement graph whose extracted agencies are named with HTML (kept as candidates)."""
    key = "hostile-2024-deadbeef"
    ann, meeting = ID[f"announcement/{key}"], ID["meeting/russia-asean-ict-dialogue/2024-05-05"]
    triples = [(ann, RDF.type, ICT.Announcement), (ann, ICT.sourceName, Literal("hostile.txt")),
               (ann, ICT.reports, meeting), (meeting, RDF.type, ICT.Meeting),
               (meeting, ICT.ofForum, ID["process/russia-asean-ict-dialogue"])]
    for i, name in enumerate(XSS_NAMES):
        agency = ID[f"candidate/agency/hostile-{i}"]
        triples += [(agency, RDF.type, ICT.GovernmentAgency), (agency, RDF.type, ICT.Candidate),
                    (agency, ICT.isCandidate, Literal(True)), (agency, SKOS.prefLabel, Literal(name, lang="en")),
                    (agency, ICT.agencyOf, ID["state/RUS"]), (meeting, ICT.hasParticipant, agency)]
    store.replace_graph(announcement_graph(key), triples)
    return store


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def page_json(html: str) -> dict:
    block = re.search(r'<script type="application/json" id="graph-data">(.*?)</script>', html, re.S).group(1)
    return json.loads(block)


@pytest.fixture(scope="module")
def store():
    return load_fixture()


def test_page_loads_nothing_from_the_network(store, tmp_path):
    html = viz.write_graph_page(store, tmp_path / "g.html").read_text(encoding="utf-8")
    parser = _Tags()
    parser.feed(html)
    for tag, attrs in parser.tags:
        if tag in ("script", "link", "img", "iframe"):
            assert not re.match(r"(https?:)?//", attrs.get("src", "") + attrs.get("href", "")), (tag, attrs)
    assert "vis.Network" in html  # the library is inlined, not referenced


def test_page_holds_every_node_of_the_graph_with_type_style(store, tmp_path):
    net = network.build_network(store)
    data = page_json(viz.write_graph_page(store, tmp_path / "g.html").read_text(encoding="utf-8"))
    assert {n["id"] for n in data["nodes"]} == set(net.graph)
    assert len(data["edges"]) == net.graph.number_of_edges()
    for n in data["nodes"]:
        colour, shape, _ = viz.STYLE[net.graph.nodes[n["id"]]["kind"]]
        assert (n["color"], n["shape"]) == (colour, shape)
        assert n["tip"]["type"] and "sources" in n["tip"]
    assert all(e["label"] for e in data["edges"])


def test_labels_follow_the_chosen_language(store, tmp_path):
    ru = page_json(viz.write_graph_page(store, tmp_path / "ru.html", lang="ru").read_text(encoding="utf-8"))
    en = page_json(viz.write_graph_page(store, tmp_path / "en.html", lang="en").read_text(encoding="utf-8"))
    rus = str(ID["state/RUS"])
    label = {n["id"]: n["label"] for n in ru["nodes"]}[rus]
    assert label != {n["id"]: n["label"] for n in en["nodes"]}[rus]
    assert re.search("[а-яА-Я]", label)


def test_tooltips_list_sources_with_links(store, tmp_path):
    data = page_json(viz.write_graph_page(store, tmp_path / "g.html").read_text(encoding="utf-8"))
    meeting = next(n for n in data["nodes"] if n["group"] == "meeting")
    assert meeting["tip"]["dates"] and meeting["tip"]["sources"]
    assert all(s["url"].startswith("https://") for s in meeting["tip"]["sources"])


def test_focus_keeps_only_the_neighbourhood(store, tmp_path):
    data = page_json(viz.write_graph_page(store, tmp_path / "g.html", focus="Oleg Syromolotov", depth=1)
                     .read_text(encoding="utf-8"))
    net = network.build_network(store)
    person = names.resolve_node(net, "Oleg Syromolotov")
    assert {n["id"] for n in data["nodes"]} == {person, *net.graph.neighbors(person)}


def test_unknown_forum_name_is_a_clear_error(store, tmp_path):
    with pytest.raises(ValueError, match="no forum named"):
        viz.write_graph_page(store, tmp_path / "g.html", forum=["No Such Forum"])


def test_focus_on_a_name_of_two_groups_says_which_it_took_and_lists_the_other(tmp_path):
    from rdflib import Literal
    from rdflib.namespace import RDF, SKOS

    from kg.namespaces import ICT, ID

    store = load_fixture()
    first = ID["process/un-oewg-2019-2021"]
    store.add_quads([(first, RDF.type, ICT.Process, ID["graph/vocab"]),
                     (first, SKOS.prefLabel, Literal("UN OEWG 2019-2021", lang="en"), ID["graph/vocab"]),
                     (first, ICT.acronym, Literal("OEWG 2019-2021", lang="en"), ID["graph/vocab"])])
    notes: list[str] = []
    data = page_json(viz.write_graph_page(store, tmp_path / "g.html", focus="OEWG", notes=notes)
                     .read_text(encoding="utf-8"))
    chosen = str(ID["process/un-oewg-2021-2025"])
    assert chosen in {n["id"] for n in data["nodes"]}
    assert len(notes) == 1
    assert notes[0].startswith("note: 'OEWG' taken as ") and f"<{chosen}>" in notes[0]
    assert f"it may also mean: UN OEWG 2019-2021 <{first}>" in notes[0]
    notes.clear()
    viz.write_graph_page(store, tmp_path / "g.html", focus=chosen, notes=notes)
    assert notes == []  # an IRI means one entity


def test_large_graphs_start_with_physics_off_and_a_layout(store, tmp_path, monkeypatch):
    monkeypatch.setattr(viz, "PHYSICS_NODE_LIMIT", 5)
    html = viz.write_graph_page(store, tmp_path / "g.html").read_text(encoding="utf-8")
    data = page_json(html)
    assert data["physics"] is False and data["options"]["physics"]["enabled"] is False
    assert all(isinstance(n["x"], float) and isinstance(n["y"], float) for n in data["nodes"])
    assert len({(n["x"], n["y"]) for n in data["nodes"]}) == len(data["nodes"])


def test_layout_is_repeatable(store):
    g = network.build_network(store).graph
    assert viz.precomputed_layout(g) == viz.precomputed_layout(g)


def test_announcement_text_is_escaped_in_the_page(tmp_path):
    store = add_hostile_announcement(load_fixture())
    html = viz.write_graph_page(store, tmp_path / "g.html").read_text(encoding="utf-8")
    for name in XSS_NAMES:
        assert name not in html
    parser = _Tags()
    parser.feed(html)
    assert not [t for t, _ in parser.tags if t == "img"]
    labels = {n["label"] for n in page_json(html)["nodes"]}
    assert any(name in label for name in XSS_NAMES for label in labels)  # shown, as text


def test_json_for_script_cannot_close_the_script():
    text = str(viz.json_for_script({"a": "</script><script>alert(1)</script>&"}))
    assert "</script" not in text and "<" not in text and "&" not in text
    assert json.loads(text) == {"a": "</script><script>alert(1)</script>&"}


def test_only_http_links_survive():
    assert viz.safe_url("javascript:alert(1)") == ""
    assert viz.safe_url("https://example.org/x") == "https://example.org/x"


def test_sources_on_the_page_are_the_announcements_whose_graphs_state_the_fact(tmp_path):
    from helpers import reasoned_store

    store = reasoned_store(FIXTURE)  # with the merged graph, as `ictkg ingest` leaves a store
    data = page_json(viz.write_graph_page(store, tmp_path / "g.html").read_text(encoding="utf-8"))
    reported, names = {}, {}
    for r in store.query("SELECT ?g ?m ?title ?name WHERE { GRAPH ?g { ?a ict:reports ?m ; dcterms:title ?title ; "
                         "ict:sourceName ?name } }"):
        if "/graph/announcement/" in str(r["g"]):
            reported.setdefault(str(r["m"]), set()).add(str(r["title"]))
    meetings = [n for n in data["nodes"] if n["group"] == "meeting"]
    assert meetings
    for n in meetings:
        assert {s["title"] for s in n["tip"]["sources"]} == reported[n["id"]], n["id"]
    for r in store.query("SELECT ?g ?m ?b ?name WHERE { GRAPH ?g { ?m ict:hasParticipant ?b . "
                         "?a a ict:Announcement ; ict:sourceName ?name } }"):
        if "/graph/announcement/" in str(r["g"]):
            names.setdefault((str(r["m"]), str(r["b"])), set()).add(str(r["name"]))
    tips = {frozenset((e["from"], e["to"])): e["tip"] for e in data["edges"]}
    for (m, b), stated in names.items():
        assert set(tips[frozenset((m, b))].split(": ", 1)[1].split("; ")) == stated
