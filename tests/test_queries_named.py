from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers import reasoned_store
from rdflib import Literal

from kg.cli import cli
from kg.namespaces import ICT, ID
from kg.queries import QueryError, expand_shorthand, list_queries, run_query
from kg.store import open_store
from kg.use.names import AmbiguousName

FIXTURE = Path(__file__).parent / "fixtures" / "graph_small.trig"
M1 = ID["meeting/russia-asean-ict-dialogue/2021-09-23"]
M2 = ID["meeting/russia-asean-ict-dialogue/2022-10-05"]


@pytest.fixture(scope="module")
def store():
    return reasoned_store(FIXTURE)


@pytest.fixture(scope="module")
def disk_store(tmp_path_factory):
    path = tmp_path_factory.mktemp("q") / "store"
    reasoned_store(FIXTURE, path).close()
    return str(path)


def test_every_query_documents_itself_and_runs():
    queries = list_queries()
    assert len(queries) >= 9
    for q in queries:
        assert q.title and q.answers and q.columns, q.name
        assert "ORDER BY" in q.text, f"{q.name} has no stable order"


@pytest.mark.parametrize("q", [q.name for q in list_queries()])
def test_every_query_runs_on_the_sample(store, q):
    from kg.queries import load_query

    query = load_query(q)
    params = {p.name: v for p in query.params if p.required
              for v in [{"forum": "id:process/russia-asean-ict-dialogue", "agency": "ФСО России",
                         "subject": str(M1)}[p.name]]}
    columns, rows = run_query(store, q, params)
    assert rows, f"{q} found nothing in the sample"
    assert set(rows[0]) == set(columns)


def test_a_parameter_selects_the_same_rows_as_filtering_all_rows(store):
    columns, everything = run_query(store, "cq2_body_process_links")
    _, for_russia = run_query(store, "cq2_body_process_links", {"body": "Russia"})
    assert for_russia == [r for r in everything if r["body"] == ID["state/RUS"]]
    _, cq1_all = run_query(store, "cq1_agency_participation")
    _, cq1_ind = run_query(store, "cq1", {"state": "Индия"})
    assert cq1_ind == [r for r in cq1_all if r["state"] == ID["state/IND"]]
    forum = ID["process/russia-asean-ict-dialogue"]
    _, chairs_all = run_query(store, "cq3_chairs")
    _, chairs_forum = run_query(store, "cq3_chairs", {"forum": str(forum)})
    assert chairs_forum and chairs_forum == [r for r in chairs_all if r["forum"] == forum]


def test_chairs_of_a_meeting_without_a_forum_are_listed_but_not_under_a_forum():
    from kg.namespaces import announcement_graph
    from kg.reason import materialise

    store = open_store(memory=True)
    store.load(FIXTURE)
    adhoc, chairing = ID["meeting/adhoc/2023-05-01-IND-RUS"], ID["meeting/adhoc/2023-05-01-IND-RUS/chair/x"]
    store.replace_graph(announcement_graph("adhoc"), [(chairing, ICT.chairOf, adhoc),
                                                      (chairing, ICT.chairPerson, ID["person/x"])])
    materialise(store)
    _, everything = run_query(store, "cq3_chairs")
    assert [r["forum"] for r in everything if r["meeting"] == adhoc] == [None]
    _, by_forum = run_query(store, "cq3_chairs", {"forum": "id:process/russia-asean-ict-dialogue"})
    assert by_forum and adhoc not in {r["meeting"] for r in by_forum}


def test_chairs_name_a_post_known_only_in_russian_in_russian():
    from rdflib.namespace import SKOS

    from kg.namespaces import announcement_graph
    from kg.reason import materialise

    store = open_store(memory=True)
    store.load(FIXTURE)
    meeting, chairing, post = ID["meeting/adhoc/2023-05-01-IND-RUS"], ID["meeting/x/chair/y"], ID["post/x"]
    store.replace_graph(announcement_graph("ru-post"), [
        (chairing, ICT.chairOf, meeting), (chairing, ICT.chairPerson, ID["person/y"]), (chairing, ICT.inPost, post),
        (post, SKOS.prefLabel, Literal("Президент Республики Беларусь", lang="ru"))])
    materialise(store)
    _, rows = run_query(store, "cq3_chairs")
    labels = {r["post"]: r["postLabel"] for r in rows if r["post"] is not None}
    assert labels[post] == Literal("Президент Республики Беларусь", lang="ru")
    assert labels[ID["post/rus-mfa-deputy-minister"]] == Literal("Deputy Minister of Foreign Affairs", lang="en")
    assert len([r for r in rows if r["post"] == ID["post/rus-mfa-deputy-minister"]]) == \
        len({r["meeting"] for r in rows if r["post"] == ID["post/rus-mfa-deputy-minister"]})  # no row per label


def test_agency_participation_includes_delegation_members(store):
    _, rows = run_query(store, "cq1", {"agency": "Минобороны России"})
    assert {r["meeting"] for r in rows} == {M2, ID["meeting/brics-wg-ict-security/2024-04-16"]}


def test_link_strength_counts_distinct_meetings_and_sources(store):
    _, rows = run_query(store, "cq2", {"body": "id:state/RUS", "process": "OEWG"})
    assert [(r["kind"], int(r["meetings"]), int(r["sources"])) for r in rows] == [(ICT.associatedWith, 2, 3)]


def test_forum_timeline_is_in_date_order_with_sources(store):
    _, rows = run_query(store, "cq4_forum_timeline", {"forum": "Russia-ASEAN Dialogue on ICT Security"})
    assert [r["meeting"] for r in rows] == [M1, M2]
    assert [int(r["sources"]) for r in rows] == [2, 1]


def test_follow_up_is_kept_only_when_a_later_meeting_of_the_forum_is_known(store):
    _, rows = run_query(store, "cq6_follow_ups")
    took_place = {r["meeting"]: r["tookPlace"].toPython() for r in rows}
    assert took_place[M1] is True
    assert took_place[ID["meeting/brics-wg-ict-security/2024-04-16"]] is False
    assert took_place[ID["meeting/russia-india-ict-consultations/2018-02-15"]] is False


def test_fact_sources_lists_every_announcement_with_its_sentence(store):
    _, rows = run_query(store, "cq9", {"subject": str(M1)})
    urls = {str(r["url"]) for r in rows}
    assert urls == {"https://example.org/ru/asean-dialogue-2021", "https://example.org/en/asean-dialogue-2021"}
    assert any(r["sentence"] and "video link" in str(r["sentence"]) for r in rows)


def test_agency_check_sentence_names_the_agency(store):
    _, rows = run_query(store, "cq8_agency_check", {"agency": "ФСО"})
    assert len({r["meeting"] for r in rows}) == 3
    assert all(r["sentence"] is not None for r in rows)


def test_missing_unknown_and_ambiguous_parameters_are_refused(store):
    with pytest.raises(QueryError, match="needs --param forum"):
        run_query(store, "cq4_forum_timeline")
    with pytest.raises(QueryError, match="no parameter"):
        run_query(store, "cq3_chairs", {"colour": "red"})
    with pytest.raises(AmbiguousName):
        run_query(store, "cq8", {"agency": "Ministry of Foreign Affairs"})
    with pytest.raises(QueryError, match="no query named"):
        run_query(store, "cq99")


def test_crafted_parameter_value_is_data(store):
    before = len(store)
    _, rows = run_query(store, "cq9", {"subject": "https://example.org/x%22%7D"})
    assert rows == []
    _, rows = store.select("SELECT ?m WHERE { ?m ict:followUpWhen ?w }", {"w": Literal('x" } ; DROP ALL ; #')})
    assert rows == [] and len(store) == before


def test_query_command_prints_csv_and_json(disk_store):
    runner = CliRunner()
    out = runner.invoke(cli, ["query", "cq4", "-p", "forum=id:process/russia-asean-ict-dialogue",
                              "--store", disk_store, "--format", "csv"])
    assert out.exit_code == 0, out.output
    lines = out.output.strip().splitlines()
    assert lines[0].startswith("forum,meeting,ordinal,date") and len(lines) == 3
    out = runner.invoke(cli, ["query", "cq7", "-p", "state=Камбоджа", "--store", disk_store, "--format", "json"])
    assert out.exit_code == 0, out.output
    assert '"meetings": 2' in out.output


def test_sparql_command_runs_select_and_refuses_updates(disk_store):
    runner = CliRunner()
    out = runner.invoke(cli, ["sparql", "SELECT DISTINCT ?m WHERE { ?m a ict:Meeting } ORDER BY ?m", "--store", disk_store,
                              "--format", "tsv"])
    assert out.exit_code == 0, out.output
    assert len(out.output.strip().splitlines()) == 5
    out = runner.invoke(cli, ["sparql", "DROP ALL", "--store", disk_store])
    assert out.exit_code == 1
    assert runner.invoke(cli, ["sparql", "ASK { ?m a ict:Meeting }", "--store", disk_store]).output.strip() == "true"


@pytest.mark.parametrize("text, expected", [
    ("SELECT ?m WHERE { ?m ict:ofForum id:process/russia-asean-ict-dialogue }",
     "SELECT ?m WHERE { ?m ict:ofForum <https://w3id.org/ictsec/id/process/russia-asean-ict-dialogue> }"),
    ("ASK { id:meeting/a/2021-09-23 ?p id:state/RUS.}",  # a triple's closing dot is not part of the IRI
     "ASK { <https://w3id.org/ictsec/id/meeting/a/2021-09-23> ?p <https://w3id.org/ictsec/id/state/RUS>.}"),
    ('SELECT * WHERE { ?s ?p "id:state/RUS" }', 'SELECT * WHERE { ?s ?p "id:state/RUS" }'),  # a string
    ("SELECT * WHERE { ?s ?p <http://x.org/id:state/RUS> }", "SELECT * WHERE { ?s ?p <http://x.org/id:state/RUS> }"),
    ("SELECT * WHERE { ?s a ict:Meeting } # id:state/RUS", "SELECT * WHERE { ?s a ict:Meeting } # id:state/RUS"),
    ("SELECT * WHERE { ?s foo:a/b ?o }", "SELECT * WHERE { ?s foo:a/b ?o }"),  # not one of our prefixes
])
def test_sparql_shorthand_iris_are_written_out(text, expected):
    assert expand_shorthand(text) == expected


def test_sparql_command_takes_the_iris_the_docs_write(disk_store):
    runner = CliRunner()
    out = runner.invoke(cli, ["sparql", "SELECT DISTINCT ?m WHERE { ?m ict:ofForum id:process/russia-asean-ict-dialogue }"
                              " ORDER BY ?m", "--store", disk_store, "--format", "csv"])
    assert out.exit_code == 0, out.output
    assert out.output.split() == ["m", str(M1), str(M2)]


def test_export_command_writes_rdf_that_reloads(disk_store, tmp_path):
    out = CliRunner().invoke(cli, ["export", "--format", "nq", "--out", str(tmp_path / "x.nq"), "--store", disk_store])
    assert out.exit_code == 0, out.output
    again = open_store(memory=True)
    again.load(tmp_path / "x.nq")
    src = open_store(disk_store, read_only=True)
    assert len(again) == len(src)


@pytest.mark.parametrize("name", ["cq5_documents", "cq6_follow_ups"])
def test_a_forum_parameter_keeps_only_that_forums_meetings(store, name):
    _, everything = run_query(store, name)
    forum = ID["process/russia-asean-ict-dialogue"]
    _, by_forum = run_query(store, name, {"forum": "id:process/russia-asean-ict-dialogue"})
    expected = {r["meeting"] for r in everything if r["forum"] == forum}
    assert expected, "the fixture should hold rows of this forum"
    assert {r["meeting"] for r in by_forum} == expected
    assert len({r["meeting"] for r in everything}) > len(expected)


def test_documents_and_follow_ups_of_a_meeting_without_a_forum_are_listed_without_one():
    from kg.namespaces import announcement_graph
    from kg.reason import materialise

    store = open_store(memory=True)
    store.load(FIXTURE)
    adhoc = ID["meeting/adhoc/2023-05-01-IND-RUS"]
    act, follow_up = ID["meeting/adhoc/2023-05-01-IND-RUS/act/x/signed"], ID["meeting/adhoc/2023-05-01-IND-RUS/follow-up"]
    store.replace_graph(announcement_graph("adhoc"), [
        (act, ICT.actMeeting, adhoc), (act, ICT.actDocument, ID["document/x"]), (act, ICT.documentRole, ICT.Signed),
        (follow_up, ICT.agreedAt, adhoc)])
    materialise(store)
    for name in ("cq5_documents", "cq6_follow_ups"):
        _, everything = run_query(store, name)
        assert [(r["forum"], r["forumLabel"]) for r in everything if r["meeting"] == adhoc] == [(None, None)], name
        _, by_forum = run_query(store, name, {"forum": "id:process/russia-asean-ict-dialogue"})
        assert adhoc not in {r["meeting"] for r in by_forum}, name


@pytest.fixture(scope="module")
def with_yearless_meeting():
    """The sample plus a meeting of the Russia-ASEAN dialogue on 19 August of an unknown year."""
    from rdflib.namespace import RDF, XSD

    from kg.namespaces import announcement_graph
    from kg.reason import materialise

    s = reasoned_store(FIXTURE)
    ann, meeting = ID["announcement/undated-0badc0de"], ID["meeting/russia-asean-ict-dialogue/undated-0badc0de-0"]
    s.replace_graph(announcement_graph("undated-0badc0de"), [
        (ann, RDF.type, ICT.Announcement), (ann, ICT.reports, meeting), (meeting, RDF.type, ICT.Meeting),
        (meeting, ICT.ofForum, ID["process/russia-asean-ict-dialogue"]),
        (meeting, ICT.date, Literal("--08-19", datatype=XSD.gMonthDay)),
        (meeting, ICT.hasParticipant, ID["state/RUS"])])
    materialise(s)
    return s, meeting


def test_forum_timeline_puts_meetings_of_unknown_year_last(with_yearless_meeting):
    s, meeting = with_yearless_meeting
    _, rows = run_query(s, "cq4_forum_timeline", {"forum": "Russia-ASEAN Dialogue on ICT Security"})
    assert [r["meeting"] for r in rows] == [M1, M2, meeting]
    assert [r["yearKnown"].toPython() for r in rows] == [True, True, False]


def test_state_forums_do_not_take_a_yearless_date_for_the_first(with_yearless_meeting):
    s, _meeting = with_yearless_meeting
    _, rows = run_query(s, "cq7_state_forums", {"state": "Russia"})
    row = next(r for r in rows if r["forum"] == ID["process/russia-asean-ict-dialogue"])
    assert (str(row["first"]), int(row["meetings"]), int(row["withoutYear"])) == ("2021-09-23", 3, 1)


def test_follow_up_is_held_only_by_a_meeting_in_the_agreed_time():
    from rdflib.namespace import RDF, XSD

    from kg.namespaces import announcement_graph

    s = reasoned_store(FIXTURE)
    forum, agreed = ID["process/un-oewg-2021-2025"], ID["meeting/un-oewg-2021-2025/2021-06-01"]
    follow_up = ID["meeting/un-oewg-2021-2025/2021-06-01/follow-up"]

    def meeting(key: str, iri, date: str, extra=()):
        ann = ID[f"announcement/{key}"]
        s.replace_graph(announcement_graph(key), [
            (ann, RDF.type, ICT.Announcement), (ann, ICT.reports, iri), (iri, RDF.type, ICT.Meeting),
            (iri, ICT.ofForum, forum), (iri, ICT.date, Literal(date, datatype=XSD.date)), *extra])

    meeting("agreed-0a0a0a0a", agreed, "2021-06-01", [(follow_up, RDF.type, ICT.FollowUp),
                                                      (follow_up, ICT.agreedAt, agreed),
                                                      (follow_up, ICT.followUpWhen, Literal("2021-12-13/17"))])
    meeting("later-0b0b0b0b", ID["meeting/un-oewg-2021-2025/2025-03-10"], "2025-03-10")

    def row():
        _, rows = run_query(s, "cq6_follow_ups", {"forum": str(forum)})
        return next(r for r in rows if r["followUp"] == follow_up)

    assert row()["tookPlace"].toPython() is False  # a meeting of 2025 does not hold what was agreed for 2021
    meeting("held-0c0c0c0c", ID["meeting/un-oewg-2021-2025/2021-12-13"], "2021-12-13")
    assert (row()["tookPlace"].toPython(), str(row()["nextMeetingDate"])) == (True, "2021-12-13")


def test_a_parameter_name_with_other_readings_is_noted_on_stderr(disk_store):
    out = CliRunner().invoke(cli, ["query", "cq1", "--param", "agency=МИД", "--format", "csv", "--store", disk_store])
    assert out.exit_code == 0, out.output
    [note] = out.stderr.splitlines()
    assert note.startswith("--param agency: note: 'МИД' taken as ")
    assert f"<{ID['agency/RUS/mfa']}>" in note and f"<{ID['agency/CHN/mfa']}>" in note.split("may also mean")[1]
    out = CliRunner().invoke(cli, ["query", "cq1", "--param", "agency=id:agency/RUS/mfa", "--format", "csv",
                                   "--store", disk_store])
    assert out.exit_code == 0 and out.stderr == ""
