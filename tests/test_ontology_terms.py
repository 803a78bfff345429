"""The ontology file: it parses, it defines every term of the contract, every term is documented."""

import re
from pathlib import Path

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from kg import ontology_files
from kg.namespaces import ICT, ONTOLOGY_IRI
from kg.validate import _load_world, run_checks

CONTRACT = Path(__file__).resolve().parent.parent / "docs" / "graph-model.md"
ORG = "http://www.w3.org/ns/org#"


@pytest.fixture(scope="module")
def ontology():
    return ontology_files.load_ontology_graph()


def ict_terms(graph):
    kinds = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.NamedIndividual)
    return {s for k in kinds for s in graph.subjects(RDF.type, k)
            if isinstance(s, URIRef) and str(s).startswith(str(ICT))}


def test_ontology_header_has_version_and_license(ontology):
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in ontology
    assert ontology.value(ONTOLOGY_IRI, OWL.versionIRI) == URIRef("https://w3id.org/ictsec/ontology/1.0.0")
    assert str(ontology.value(ONTOLOGY_IRI, OWL.versionInfo)) == "1.0.0"
    dcterms = "http://purl.org/dc/terms/"
    for prop in ("title", "description", "license"):
        assert ontology.value(ONTOLOGY_IRI, URIRef(dcterms + prop)) is not None, prop


def test_every_term_named_in_the_contract_is_defined(ontology):
    named = set(re.findall(r"\bict:([A-Za-z][A-Za-z0-9]*)", CONTRACT.read_text(encoding="utf-8")))
    defined = {str(t)[len(str(ICT)):] for t in ict_terms(ontology)}
    assert named, "the contract names no ict: term"
    assert named - defined == set()


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_every_term_has_a_label_in_each_language(ontology, lang):
    missing = [t for t in ict_terms(ontology)
               if not any(isinstance(lb, Literal) and lb.language == lang
                          for lb in ontology.objects(t, RDFS.label))]
    assert missing == []


def test_every_term_has_an_english_definition(ontology):
    missing = [t for t in ict_terms(ontology)
               if not any(d.language == "en" for d in ontology.objects(t, SKOS.definition))]
    assert missing == []


def test_label_check_query_flags_a_term_without_labels(ontology):
    bare = ICT.Undocumented
    broken = ontology_files.load_ontology_graph()
    broken.add((bare, RDF.type, OWL.Class))
    rows = run_checks(broken)["term_without_label_or_definition"]
    assert {p.focus for p in rows} == {"ict:Undocumented"}
    assert len(rows) == 3  # no English label, no Russian label, no definition
    assert run_checks(ontology)["term_without_label_or_definition"] == []


@pytest.mark.parametrize("child, relation, parent", [
    (ICT.GovernmentAgency, RDFS.subClassOf, URIRef(ORG + "FormalOrganization")),
    (ICT.InternationalOrganization, RDFS.subClassOf, URIRef(ORG + "FormalOrganization")),
    (ICT.Post, RDFS.subClassOf, URIRef(ORG + "Post")),
    (ICT.PostRole, RDFS.subClassOf, URIRef(ORG + "Role")),
    (ICT.postIn, RDFS.subPropertyOf, URIRef(ORG + "postIn")),
    (ICT.holdsPost, RDFS.subPropertyOf, URIRef(ORG + "holds")),
    (ICT.subUnitOf, RDFS.subPropertyOf, URIRef(ORG + "subOrganizationOf")),
    (ICT.Announcement, RDFS.subClassOf, URIRef("http://www.w3.org/ns/prov#Entity")),
    (ICT.Meeting, RDFS.subClassOf, URIRef("https://schema.org/Event")),
    (ICT.date, RDFS.subPropertyOf, URIRef("https://schema.org/startDate")),
])
def test_reused_vocabularies_are_aligned(ontology, child, relation, parent):
    assert (child, relation, parent) in ontology


def test_process_kinds_form_a_skos_scheme(ontology):
    kinds = set(ontology.subjects(RDF.type, ICT.ProcessKind))
    assert len(kinds) >= 14
    for kind in kinds:
        assert (kind, SKOS.inScheme, ICT.ProcessKinds) in ontology
        assert (kind, RDF.type, SKOS.Concept) in ontology


def test_ontology_loads_in_owlready2(ontology):
    world, _onto = _load_world(ontology)
    meeting = world[str(ICT.Meeting)]
    assert meeting is not None
    assert world[str(ICT.State)] in world[str(ICT.Body)].descendants()
    assert world[str(ICT.tookPartIn)].inverse_property is world[str(ICT.hasParticipant)]
