"""The overview page and its companions: counts, meetings, agencies by process, pictures."""

import csv
import re
from html.parser import HTMLParser
from pathlib import Path

from helpers import store_from_trig
from rdflib import Literal
from rdflib.namespace import RDF, SKOS, XSD

from kg.namespaces import ICT, ID, announcement_graph
from kg.use import analysis, network
from kg.use.report import meeting_rows, write_report

FIXTURE = Path(__file__).parent / "fixtures" / "viz_graph.trig"
HOSTILE = "<img src=x onerror=alert(1)>"


def load_fixture():
    return store_from_trig(FIXTURE)[0]


class _Tables(HTMLParser):
    """Rows of every table by id, and every tag seen."""

    def __init__(self):
        super().__init__()
        self.tables, self.tags, self.links = {}, [], []
        self._table = None
        self._cell = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append(tag)
        if tag == "a":
            self.links.append(attrs.get("href"))
        if tag == "table":
            self._table = self.tables.setdefault(attrs.get("id") or attrs.get("class"), [])
        elif tag == "tr" and self._table is not None:
            self._table.append([])
        elif tag in ("td", "th") and self._table is not None:
            self._cell = []

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self._cell is not None:
            self._table[-1].append("".join(self._cell).strip())
            self._cell = None
        elif tag == "table":
            self._table = None

    def handle_data(self, data):
        if self._cell is not None:
            self._cell.append(data)


def test_report_writes_its_pictures_and_links_them(tmp_path):
    path = write_report(load_fixture(), tmp_path)
    assert path == tmp_path / "report.html"
    assert (tmp_path / "timeline.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert (tmp_path / "heatmap.html").is_file() and (tmp_path / "agency_process.csv").is_file()
    parser = _Tables()
    parser.feed(path.read_text(encoding="utf-8"))
    for target in ("graph.html", "heatmap.html", "timeline.png", "agency_process.csv"):
        assert target in parser.links


def test_counts_match_the_store(tmp_path):
    store = load_fixture()
    parser = _Tables()
    parser.feed(write_report(store, tmp_path).read_text(encoding="utf-8"))
    counts = {row[0]: int(row[1]) for row in parser.tables["counts"][1:]}
    announcements = store.query("SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a ict:Announcement }")
    meetings = store.query("SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m a ict:Meeting }")
    assert counts["Announcements"] == int(announcements[0]["n"])
    assert counts["Meeting"] == int(meetings[0]["n"])
    assert counts["Triples"] == len(store)


def test_counts_say_observed_apart_from_the_vocabulary(tmp_path):
    """A vocabulary listing many states is not counted as states taking part: the observed column holds
    the states some announcement names, the vocabulary column the ones the vocabulary lists."""
    store = load_fixture()
    vocab = ID["graph/vocab"]
    listed = len(store.query("SELECT DISTINCT ?s WHERE { GRAPH ?v { ?s a ict:State } }", {"v": vocab}))
    # three states listed by the vocabulary and named by no announcement
    store.add_quads([(ID[f"state/{code}"], RDF.type, ICT.State, vocab) for code in ("AAA", "BBB", "CCC")])
    named = {str(r["s"]) for r in store.query("""SELECT DISTINCT ?s WHERE { ?s a ict:State .
        GRAPH ?g { ?x ?p ?s } FILTER(STRSTARTS(STR(?g), "https://w3id.org/ictsec/id/graph/announcement/")) }""")}
    assert named
    parser = _Tables()
    parser.feed(write_report(store, tmp_path).read_text(encoding="utf-8"))
    header, *rows = parser.tables["counts"]
    assert header[1:] == ["named in announcements", "listed in the vocabularies"]
    states = next(r for r in rows if r[0] == "State")
    assert (int(states[1]), int(states[2])) == (len(named), listed + 3)


def test_meetings_table_has_one_row_per_meeting_by_date(tmp_path):
    store = load_fixture()
    parser = _Tables()
    parser.feed(write_report(store, tmp_path).read_text(encoding="utf-8"))
    rows = parser.tables["meetings"][1:]
    dated = store.query("SELECT DISTINCT ?m ?d WHERE { ?m a ict:Meeting ; ict:date ?d }")
    assert len(rows) == len(dated)
    dates = [r[0][:10] for r in rows]
    assert dates == sorted(dates)
    assert all(r[1] and r[4] for r in rows)  # a forum and at least one source


def test_agency_process_csv_agrees_with_the_heatmap(tmp_path):
    store = load_fixture()
    write_report(store, tmp_path)
    with (tmp_path / "agency_process.csv").open(encoding="utf-8") as fh:
        table = list(csv.reader(fh))
    net = network.build_network(store)
    rows, cols, counts = analysis.agency_process_matrix(net.graph)
    assert len(table) == len(rows) + 1 and len(table[0]) == len(cols) + 2
    total = sum(int(x) for row in table[1:] for x in row[2:])
    assert total == sum(counts.values()) > 0


def test_hostile_names_appear_as_text_in_report_and_heatmap(tmp_path):
    store = load_fixture()
    key = "hostile-2024-deadbeef"
    ann, meeting = ID[f"announcement/{key}"], ID["meeting/russia-china-ict-consultations/2024-01-10"]
    agency = ID["candidate/agency/hostile"]
    store.replace_graph(announcement_graph(key), [
        (ann, RDF.type, ICT.Announcement), (ann, ICT.reports, meeting), (meeting, RDF.type, ICT.Meeting),
        (meeting, ICT.ofForum, ID["process/russia-china-ict-consultations"]),
        (meeting, ICT.linkedToProcess, ID["process/un-oewg-2021-2025"]),
        (agency, RDF.type, ICT.GovernmentAgency), (agency, SKOS.prefLabel, Literal(HOSTILE, lang="en")),
        (meeting, ICT.hasParticipant, agency)])
    write_report(store, tmp_path)
    for name in ("report.html", "heatmap.html"):
        html = (tmp_path / name).read_text(encoding="utf-8")
        assert HOSTILE not in html
        parser = _Tables()
        parser.feed(html)
        assert "img" not in parser.tags or name == "report.html" and parser.tags.count("img") == 1
        assert any(HOSTILE in row[0] for row in parser.tables["matrix"])
    assert re.search(r"timeline\.png", (tmp_path / "report.html").read_text(encoding="utf-8"))


def test_sources_column_lists_the_announcements_that_report_each_meeting(tmp_path):
    # reasoned as `ictkg ingest` leaves it: the merged graph repeats every announcement
    from helpers import reasoned_store

    store = reasoned_store(FIXTURE)
    parser = _Tables()
    parser.feed(write_report(store, tmp_path).read_text(encoding="utf-8"))
    counts = {row[0]: int(row[1]) for row in parser.tables["counts"][1:]}
    graphs = store.query("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?a a ict:Announcement } "
                         "FILTER(CONTAINS(STR(?g), '/graph/announcement/')) }")
    assert counts["Announcements"] == int(graphs[0]["n"])
    reported = {}
    for r in store.query("SELECT ?g ?m ?title WHERE { GRAPH ?g { ?a ict:reports ?m ; dcterms:title ?title } }"):
        if "/graph/announcement/" in str(r["g"]):
            reported.setdefault(str(r["m"]), set()).add(str(r["title"]))
    rows = meeting_rows(network.build_network(store))
    html_rows = parser.tables["meetings"][1:]
    assert len(html_rows) == len(rows)
    for row, cells in zip(rows, html_rows, strict=True):
        assert set(cells[4].split("; ")) == reported[row["iri"]], row["iri"]


def test_meetings_of_unknown_year_come_last_and_are_named_under_the_timeline(tmp_path):
    store = load_fixture()
    ann, meeting = ID["announcement/undated-0badc0de"], ID["meeting/russia-asean-ict-dialogue/undated-0badc0de-0"]
    store.replace_graph(announcement_graph("undated-0badc0de"), [
        (ann, RDF.type, ICT.Announcement), (ann, ICT.reports, meeting), (meeting, RDF.type, ICT.Meeting),
        (meeting, ICT.ofForum, ID["process/russia-asean-ict-dialogue"]),
        (meeting, ICT.date, Literal("--08-19", datatype=XSD.gMonthDay))])
    parser = _Tables()
    html = write_report(store, tmp_path).read_text(encoding="utf-8")
    parser.feed(html)
    rows = parser.tables["meetings"][1:]
    assert rows[-1][0] == "19 Aug, year unknown"
    assert all(re.match(r"\d{4}-\d{2}-\d{2}", r[0]) for r in rows[:-1])
    assert "Not on the time axis: 1 meeting(s) of unknown year or date" in html
    assert re.search(r'<ul id="unplaced"><li>[^<]*19 Aug, year unknown</li></ul>', html)
