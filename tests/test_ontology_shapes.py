"""The SHACL shapes: the example that follows the contract passes, broken data is named."""

import pytest

from kg import ontology_files
from kg.validate import shacl_problems

PREFIXES = """
@prefix ict: <https://w3id.org/ictsec/ontology#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@base <https://w3id.org/ictsec/id/> .
<announcement/a> a ict:Announcement ; ict:sourceName "a.txt" .
<process/f> a ict:Process ; skos:prefLabel "F"@en , "Ф"@ru .
"""


@pytest.fixture(scope="module")
def ontology():
    return ontology_files.load_ontology_graph()


@pytest.fixture(scope="module")
def shapes():
    return ontology_files.load_shapes_graph()


def problems_in(turtle, shapes, ontology):
    data = ontology_files.new_graph().parse(data=PREFIXES + turtle, format="turtle")
    return shacl_problems(data, shapes, ontology)


def test_valid_example_passes(shapes, ontology):
    data = ontology_files.load_turtle(ontology_files.examples_dir() / "valid.ttl")
    assert shacl_problems(data, shapes, ontology) == []


@pytest.mark.parametrize("focus, path", [
    ("id:meeting/a/2020-01-01", "ict:ofForum"),                       # two forums
    ("id:meeting/a/2020-01-01", "ict:ordinal"),                       # ordinal 0
    ("id:meeting/a/2020-01-01/chair/nobody", "ict:chairPerson"),      # chairing without a person
    ("id:meeting/a/2020-01-01/chair/nobody", "ict:chairRole"),        # unknown chair role
    ("id:announcement/bad-language", "dcterms:language"),             # language "de"
    ("id:meeting/a/2020-01-01/delegation/RUS", "ict:delegationOf"),   # two states
    ("id:meeting/adhoc/x-1", "prov:wasDerivedFrom"),                  # no source
    ("id:meeting/adhoc/x-1", "ict:format"),                           # unknown format
    ("id:announcement/bad-language/evidence/1", "ict:startOffset"),   # span ends before it starts
    ("id:document/untitled", "skos:prefLabel"),                       # document without a label
])
def test_invalid_example_reports_each_violation(shapes, ontology, focus, path):
    data = ontology_files.load_turtle(ontology_files.examples_dir() / "invalid.ttl")
    found = {(p.focus, p.path) for p in shacl_problems(data, shapes, ontology)}
    assert (focus, path) in found


def test_invalid_example_names_node_rules(shapes, ontology):
    data = ontology_files.load_turtle(ontology_files.examples_dir() / "invalid.ttl")
    lines = [p.line() for p in shacl_problems(data, shapes, ontology)]
    assert any("id:meeting/adhoc/x-1" in line and "exactly one ict:ofForum" in line for line in lines)
    assert any("id:agency/XXX/ghost" in line and "ict:agencyOf" in line for line in lines)
    assert any("id:agency/XXX/ghost" in line and "Russian" in line for line in lines)


@pytest.mark.parametrize("kind, forum, ok", [
    ("other", "", True),                          # an ad-hoc meeting has no forum
    ("other", "ict:ofForum <process/f> ;", True),  # a one-off meeting may still belong to a forum
    ("dialogue", "ict:ofForum <process/f> ;", True),
    ("dialogue", "", False),                      # a dialogue's meeting needs its forum
    ("session", "", False),
    ("chat", "ict:ofForum <process/f> ;", False),  # not a FORMAT.md kind
])
def test_meeting_forum_depends_on_kind(shapes, ontology, kind, forum, ok):
    turtle = f"""<meeting/m> a ict:Meeting ; ict:meetingKind "{kind}" ; {forum}
        prov:wasDerivedFrom <announcement/a> ."""
    assert (problems_in(turtle, shapes, ontology) == []) is ok


@pytest.mark.parametrize("date, ok", [
    ('"2021-09-23"^^xsd:date', True),
    ('"--09-23"^^xsd:gMonthDay', True),
    ('"2021-09"^^xsd:gYearMonth', True),
    ('"2021"^^xsd:gYear', True),
    ('"23 September"', False),
])
def test_meeting_date_forms(shapes, ontology, date, ok):
    turtle = f"""<meeting/m> a ict:Meeting ; ict:meetingKind "other" ; ict:date {date} ;
        prov:wasDerivedFrom <announcement/a> ."""
    assert (problems_in(turtle, shapes, ontology) == []) is ok


@pytest.mark.parametrize("names, ok", [
    ('skos:prefLabel "Сок Пхутхивут"@ru ; ict:nameLatin "Sok Pkhutkhivut"', True),  # a Russian text alone
    ('skos:prefLabel "Sok Puthyvuth"@en', True),                                    # an English text alone
    # one person written two ways by two Russian texts, and once by an English one
    ('skos:prefLabel "Sok Puthyvuth"@en , "Сок Пхутхивут"@ru , "Сок Путхивут"@ru ; '
     'ict:nameLatin "Sok Pkhutkhivut" , "Sok Putkhivut"', True),
    ('ict:nameLatin "Sok Pkhutkhivut"', False),                                     # no label
    ('skos:prefLabel "Сок Пхутхивут"@ru ; ict:nameLatin "Sok Pkhutkhivut"@en', False),  # not an English label
])
def test_person_names(shapes, ontology, names, ok):
    assert (problems_in(f"<person/putivut-sok> a ict:Person ; {names} .", shapes, ontology) == []) is ok


def test_candidate_agency_is_exempt_from_vocabulary_rules(shapes, ontology):
    candidate = """<candidate/agency/x> a ict:GovernmentAgency , ict:Candidate ;
        ict:isCandidate true ; skos:prefLabel "Минчего-то"@ru ."""
    assert problems_in(candidate, shapes, ontology) == []
    known = """<agency/RUS/x> a ict:GovernmentAgency ; skos:prefLabel "Минчего-то"@ru ."""
    messages = {p.message for p in problems_in(known, shapes, ontology)}
    assert any("English" in m for m in messages)
    assert any("ict:agencyOf" in m for m in messages)


def test_vocabulary_files_pass_the_shapes(shapes, ontology):
    paths = ontology_files.vocab_paths()
    if not paths:
        pytest.skip("no ontology/vocab/*.ttl yet")
    vocab = ontology_files.load_turtle(*paths)
    assert [p.line() for p in shacl_problems(vocab, shapes, ontology)] == []
