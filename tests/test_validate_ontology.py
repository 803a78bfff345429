"""validate_ontology and validate_store: readable reports that fail on any problem."""

import shutil

import pytest
from rdflib import URIRef

from kg import ontology_files
from kg.namespaces import announcement_graph
from kg.store import open_store
from kg.validate import validate_ontology, validate_store

VOCAB = """
@prefix ict: <https://w3id.org/ictsec/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@base <https://w3id.org/ictsec/id/> .
<state/RUS> a ict:State ; skos:prefLabel "Russia"@en , "Россия"@ru ; ict:iso3 "RUS" .
<agency/RUS/mfa> a ict:GovernmentAgency ; ict:agencyOf <state/RUS> ;
    skos:prefLabel "Ministry of Foreign Affairs"@en , "Министерство иностранных дел"@ru .
"""

REAL_DIR = ontology_files.ONTOLOGY_DIR


@pytest.fixture
def ontology_dir(tmp_path, monkeypatch):
    """A copy of the ontology folder with a small vocabulary of our own."""
    root = tmp_path / "ontology"
    root.mkdir()
    for name in ("ictsec.ttl", "shapes.ttl"):
        shutil.copy(REAL_DIR / name, root / name)
    shutil.copytree(REAL_DIR / "examples", root / "examples")
    shutil.copytree(REAL_DIR / "checks", root / "checks")
    (root / "vocab").mkdir()
    (root / "vocab" / "states.ttl").write_text(VOCAB, encoding="utf-8")
    monkeypatch.setattr(ontology_files, "ONTOLOGY_DIR", root)
    return root


def test_well_formed_folder_passes(ontology_dir):
    report = validate_ontology(skip_owl=True)
    assert report.ok, str(report)
    assert "shacl:examples/valid.ttl" in report.passed
    assert "shacl:examples/invalid.ttl" in report.passed
    assert report.skipped


def test_broken_vocabulary_file_is_named_and_the_rest_still_checked(ontology_dir):
    (ontology_dir / "vocab" / "broken.ttl").write_text("<a> <b> .\n", encoding="utf-8")
    report = validate_ontology(skip_owl=True)
    assert not report.ok
    assert any("broken.ttl" in line and "does not parse" in line for line in report.lines())
    assert "shacl:vocab" in report.passed


def test_vocabulary_entity_without_russian_label_is_reported(ontology_dir):
    extra = VOCAB.split("<state/RUS>")[0] + '<org/x> a ict:InternationalOrganization ; skos:prefLabel "X"@en .\n'
    (ontology_dir / "vocab" / "orgs.ttl").write_text(extra, encoding="utf-8")
    lines = validate_ontology(skip_owl=True).lines()
    assert any(line.startswith("[shacl:vocab] id:org/x") and "Russian" in line for line in lines)
    assert any(line.startswith("[check:entity_without_en_ru_label] id:org/x") for line in lines)


def test_invalid_example_that_passes_means_weak_shapes(ontology_dir):
    shutil.copy(ontology_dir / "examples" / "valid.ttl", ontology_dir / "examples" / "invalid.ttl")
    report = validate_ontology(skip_owl=True)
    assert any("too weak" in p.message for p in report.problems)


def test_owl_inconsistency_is_reported(ontology_dir):
    clash = VOCAB + "<state/RUS> a ict:Person .\n"
    (ontology_dir / "vocab" / "states.ttl").write_text(clash, encoding="utf-8")
    report = validate_ontology()
    owl = [p for p in report.problems if p.check == "owl"]
    assert owl and "state/RUS" in owl[0].message


def test_repository_ontology_and_vocabularies_pass():
    report = validate_ontology(skip_owl=True)
    assert report.ok, "\n" + str(report)


def store_with(path):
    store = open_store(memory=True)
    graph = ontology_files.load_turtle(path)
    store.replace_graph(announcement_graph("example"), graph)
    return store


def test_store_with_valid_example_passes():
    report = validate_store(store_with(REAL_DIR / "examples" / "valid.ttl"))
    assert report.ok, str(report)


def test_store_with_invalid_example_names_focus_path_and_message():
    report = validate_store(store_with(REAL_DIR / "examples" / "invalid.ttl"))
    assert not report.ok
    line = next(p.line() for p in report.problems if p.path == "ict:chairPerson")
    assert "id:meeting/a/2020-01-01/chair/nobody" in line
    assert "exactly one ict:chairPerson" in line


def test_store_checks_run_over_all_graphs():
    store = store_with(REAL_DIR / "examples" / "valid.ttl")
    # an agency without a state, put into a second graph
    store.replace_graph(URIRef("https://w3id.org/ictsec/id/graph/vocab"), [(
        URIRef("https://w3id.org/ictsec/id/agency/RUS/x"),
        URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
        URIRef("https://w3id.org/ictsec/ontology#GovernmentAgency"))])
    checks = {p.check for p in validate_store(store).problems}
    assert "check:agency_without_state" in checks
