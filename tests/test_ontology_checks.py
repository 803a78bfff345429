"""The SPARQL quality checks in ontology/checks: each one flags the mistake it is named after."""

import pytest

from kg import ontology_files
from kg.validate import run_checks

HEAD = """
@prefix ict: <https://w3id.org/ictsec/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@base <https://w3id.org/ictsec/id/> .
<state/RUS> a ict:State ; skos:prefLabel "Russia"@en , "Россия"@ru .
<state/IND> a ict:State ; skos:prefLabel "India"@en , "Индия"@ru .
"""

CASES = [
    ("entity_without_en_ru_label", '<org/x> a ict:InternationalOrganization ; skos:prefLabel "X"@en .',
     "id:org/x"),
    ("agency_without_state", '<agency/RUS/x> a ict:GovernmentAgency ; skos:prefLabel "X"@en , "Х"@ru .',
     "id:agency/RUS/x"),
    ("agency_alias_shared_within_state",
     """<agency/RUS/a> a ict:GovernmentAgency ; ict:agencyOf <state/RUS> ; skos:prefLabel "A"@en , "А"@ru ;
            ict:acronym "MFA"@en .
        <agency/RUS/b> a ict:GovernmentAgency ; ict:agencyOf <state/RUS> ; skos:prefLabel "B"@en , "Б"@ru ;
            skos:altLabel "mfa"@en .""",
     "mfa"),
    ("organization_alias_shared",
     """<org/a> a ict:InternationalOrganization ; skos:prefLabel "Council"@en , "Совет"@ru .
        <org/b> a ict:InternationalOrganization ; skos:prefLabel "B"@en , "Б"@ru ; skos:altLabel "council"@en .""",
     "council"),
    ("process_alias_shared",
     """<process/a> a ict:Process ; skos:prefLabel "A"@en , "А"@ru ; ict:acronym "OEWG"@en .
        <process/b> a ict:Process ; skos:prefLabel "B"@en , "Б"@ru ; ict:acronym "OEWG"@en .""",
     "oewg"),
    ("state_alias_shared",
     """<state/COG> a ict:State ; skos:prefLabel "Congo"@en , "Конго"@ru .
        <state/COD> a ict:State ; skos:prefLabel "DR Congo"@en , "ДР Конго"@ru ; skos:altLabel "Congo"@en .""",
     "congo"),
]


def rows(turtle):
    graph = ontology_files.new_graph().parse(data=HEAD + turtle, format="turtle")
    return run_checks(graph)


@pytest.mark.parametrize("check, turtle, expected", CASES, ids=[c[0] for c in CASES])
def test_check_flags_its_mistake(check, turtle, expected):
    found = rows(turtle)[check]
    assert found, f"{check} found nothing"
    assert any(expected in p.focus or expected in p.message for p in found)


def test_agencies_of_different_states_may_share_an_alias():
    turtle = """<agency/RUS/mfa> a ict:GovernmentAgency ; ict:agencyOf <state/RUS> ;
                    skos:prefLabel "Ministry of Foreign Affairs"@en , "МИД"@ru .
                <agency/IND/mea> a ict:GovernmentAgency ; ict:agencyOf <state/IND> ;
                    skos:prefLabel "Ministry of External Affairs"@en , "МИД"@ru ."""
    assert rows(turtle)["agency_alias_shared_within_state"] == []


def test_candidates_are_exempt():
    turtle = """<candidate/agency/x> a ict:GovernmentAgency , ict:Candidate ; skos:prefLabel "Х"@ru ."""
    found = rows(turtle)
    assert found["agency_without_state"] == []
    assert found["entity_without_en_ru_label"] == []


def test_clean_graph_passes_every_check():
    assert all(found == [] for found in rows("").values())


def test_every_check_file_explains_a_result_row():
    for path in ontology_files.checks_paths():
        header = path.read_text(encoding="utf-8").split("SELECT")[0]
        assert "result row" in header.lower(), path.name
