from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers import reasoned_store
from rdflib import URIRef

from kg.cli import cli
from kg.namespaces import ID
from kg.store import open_store
from kg.use.names import AmbiguousName, NameNotFound, resolve_name
from kg.use.who import who

FIXTURE = Path(__file__).parent / "fixtures" / "graph_small.trig"


@pytest.fixture(scope="module")
def store():
    return reasoned_store(FIXTURE)


def test_a_forum_parameter_takes_the_start_of_a_russian_name(disk_store):
    out = CliRunner().invoke(cli, ["query", "cq4", "--param", "forum=Диалог Россия-АСЕАН", "--format", "csv",
                                   "--store", disk_store])
    assert out.exit_code == 0, out.output
    forums = {line.split(",")[0] for line in out.output.splitlines()[1:] if line}
    assert forums == {str(ID["process/russia-asean-ict-dialogue"])}


def test_who_lists_meetings_with_delegation_processes_and_sources(store):
    report = who(store, "ФСО России")
    assert [m.date for m in report.meetings] == ["2018-02-15", "2021-09-23", "2024-04-16"]
    m1 = report.meetings[1]
    assert m1.forum_label == "Russia-ASEAN Dialogue on ICT Security"
    assert m1.delegation.startswith("Russia")
    assert m1.processes == ["UN Open-Ended Working Group on security of and in the use of ICTs 2021-2025"]
    assert {s.url for s in m1.sources} == {"https://example.org/ru/asean-dialogue-2021",
                                           "https://example.org/en/asean-dialogue-2021"}
    assert all("ФСО" in s.sentence or "Federal Protective" in s.sentence for s in m1.sources)


def test_who_marks_a_chairing_agency_as_chair(store):
    report = who(store, "МИД России")
    roles = {m.date: m.roles for m in report.meetings}
    assert "chair" in roles["2021-09-23"]
    assert roles["2022-10-05"] == ["participant"]


def test_who_gives_a_sources_url_even_when_its_announcement_does_not_say_it_reports_the_meeting():
    # The report reads URLs through ict:reports; a mention's announcement that lacks that fact
    # must still show its URL, and each source must be listed once.
    store = reasoned_store(FIXTURE)
    url = "https://example.org/en/asean-dialogue-2021"
    store.update(f"""DELETE {{ GRAPH ?g {{ ?a ict:reports ?m }} }}
                    WHERE {{ GRAPH ?g {{ ?a ict:reports ?m }} GRAPH ?h {{ ?a schema:url "{url}"^^xsd:anyURI }} }}""")
    assert not store.query(f'SELECT ?m WHERE {{ ?a ict:reports ?m ; schema:url "{url}"^^xsd:anyURI }}')
    meeting = next(m for m in who(store, "ФСО России").meetings if m.date == "2021-09-23")
    assert sorted(s.url for s in meeting.sources) == ["https://example.org/en/asean-dialogue-2021",
                                                      "https://example.org/ru/asean-dialogue-2021"]


class OneAtATime:
    """The store's reads, with no claim to answer concurrently and a record of the order asked."""

    def __init__(self, store):
        self.store, self.asked = store, []

    def text_rows(self, sparql, bindings=None):
        self.asked.append(sparql)
        return self.store.text_rows(sparql, bindings)

    def query(self, sparql, bindings=None):
        return self.store.query(sparql, bindings)


@pytest.mark.parametrize("name", ["ФСО России", "МИД России", "Камбоджа"])
def test_who_report_is_the_same_read_concurrently_or_one_query_at_a_time(store, name):
    entity = resolve_name(store, name, "body")
    serial = OneAtATime(store)
    assert store.concurrent_reads and not hasattr(serial, "concurrent_reads")
    assert who(serial, entity) == who(store, entity)
    assert len(serial.asked) >= 7


def test_who_reports_a_failing_query_instead_of_a_partial_report(store, monkeypatch):
    entity = resolve_name(store, "ФСО России", "body")
    real = store.text_rows

    def failing(sparql, bindings=None):
        if "ict:evidenceFor" in sparql:
            raise RuntimeError("the evidence query failed")
        return real(sparql, bindings)

    monkeypatch.setattr(store, "text_rows", failing)
    with pytest.raises(RuntimeError, match="evidence query failed"):
        who(store, entity)


@pytest.fixture(scope="module")
def disk_store(tmp_path_factory):
    path = tmp_path_factory.mktemp("who") / "store"
    reasoned_store(FIXTURE, path).close()
    return str(path)


def test_who_command_answers_while_a_writer_holds_the_store(disk_store):
    writer = open_store(disk_store)
    try:
        out = CliRunner().invoke(cli, ["who", "Минобороны", "--store", disk_store, "--format", "csv"])
    finally:
        writer.close()
    assert out.exit_code == 0, out.output
    assert "https://example.org/ru/brics-wg-2024" in out.output


def test_who_command_exits_1_with_suggestions(disk_store):
    out = CliRunner().invoke(cli, ["who", "Ministry of Defense", "--store", disk_store])
    assert out.exit_code == 1
    assert "Ministry of Defence" in out.output


def test_a_russian_short_name_without_a_state_means_the_russian_body(tmp_path):
    """ "Минцифры" is also a label of Kyrgyzstan's digital ministry; unqualified Russian officialese means Russia's."""
    from kg.ingest import load_reference_graphs
    from kg.store import open_store
    from kg.use.names import resolve_name

    store = open_store(memory=True)
    load_reference_graphs(store)
    assert str(resolve_name(store, "Минцифры", "body")).endswith("/agency/RUS/mintsifry")
    try:
        resolve_name(store, "Ministry of Digital Development", "body")
    except AmbiguousName:
        pass
    else:
        raise AssertionError("an English name shared by two states must stay ambiguous")


def test_who_csv_has_one_row_per_meeting_with_its_sources_and_sentences_grouped(disk_store):
    import csv as csv_module
    import io

    out = CliRunner().invoke(cli, ["who", "ФСО России", "--store", disk_store, "--format", "csv"])
    assert out.exit_code == 0, out.output
    rows = list(csv_module.DictReader(io.StringIO(out.stdout)))
    assert len({r["meeting"] for r in rows}) == len(rows) > 0
    with open_store(disk_store, read_only=True) as store:
        stated = store.query("SELECT DISTINCT ?m ?a ?sentence WHERE { ?x ict:mentions ?e ; ict:inMeeting ?m ; "
                             "ict:sentence ?sentence ; prov:wasDerivedFrom ?a }",
                             {"e": ID["agency/RUS/fso"]})
    by_meeting = {r["meeting"]: r for r in rows}
    assert any(sum(1 for s in stated if str(s["m"]) == m) > 1 for m in by_meeting), "a meeting with two sentences"
    for s in stated:
        row = by_meeting[str(s["m"])]
        assert str(s["sentence"]) in row["sentences"].split(" | ")


def test_who_says_which_body_a_bare_name_was_taken_for_and_lists_the_others(disk_store):
    out = CliRunner().invoke(cli, ["who", "МИД", "--store", disk_store, "--format", "csv"])
    assert out.exit_code == 0, out.output
    notes = out.stderr.splitlines()
    assert len(notes) == 1
    assert notes[0].startswith("note: 'МИД' taken as ") and "<https://w3id.org/ictsec/id/agency/RUS/mfa>" in notes[0]
    assert "it may also mean: " in notes[0] and "<https://w3id.org/ictsec/id/agency/CHN/mfa>" in notes[0]
    assert "note:" not in out.stdout  # the CSV stays clean


def test_who_prints_no_note_for_a_name_that_means_one_body(disk_store):
    out = CliRunner().invoke(cli, ["who", "ФСО России", "--store", disk_store, "--format", "csv"])
    assert out.exit_code == 0, out.output
    assert out.stderr == ""


@pytest.mark.parametrize("name", ["Сыромолотова", "Сыромолотову О.В.", "О.В. Сыромолотов", "Oleg Syromolotov",
                                  "Syromolotov"])
def test_who_finds_a_person_in_any_case_form_and_lists_the_meetings_they_chaired(store, name):
    report = who(store, name)
    assert report.entity == str(ID["person/syromolotov-o-v"])
    chaired = {m.meeting for m in report.meetings if "chair" in m.roles}
    asked = store.query("SELECT DISTINCT ?m WHERE { ?c ict:chairOf ?m ; ict:chairPerson ?p }",
                        {"p": ID["person/syromolotov-o-v"]})
    assert chaired == {str(r["m"]) for r in asked} and chaired
    for m in report.meetings:
        stated = {str(r["a"]) for r in store.query("SELECT ?a WHERE { ?a ict:reports ?m }", {"m": URIRef(m.meeting)})}
        assert {s.announcement for s in m.sources} <= stated and m.sources


def test_an_unknown_spelling_of_a_person_suggests_the_known_one(store):
    with pytest.raises(NameNotFound) as err:
        who(store, "Oleg Syromolotoff")
    assert "Oleg Syromolotov" in str(err.value)
