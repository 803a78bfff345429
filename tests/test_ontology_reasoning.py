"""HermiT on the ontology: the axioms derive who links to which process, and the data is consistent."""

import pytest
from rdflib import URIRef
from rdflib.namespace import RDF

from kg import ontology_files
from kg.namespaces import ICT, ID
from kg.validate import hermit_consistency, hermit_infer

# An agency of Russia takes part in a meeting of a forum that is linked to another process;
# a second agency is only in Russia's delegation; a person chairs. Kazakhstan's agency
# takes part in nothing, so nothing may be derived for it.
EXAMPLE = """
@prefix ict: <https://w3id.org/ictsec/ontology#> .
@base <https://w3id.org/ictsec/id/> .
<state/RUS> a ict:State .
<state/KAZ> a ict:State .
<agency/RUS/mfa> a ict:GovernmentAgency ; ict:agencyOf <state/RUS> .
<agency/RUS/fsb> a ict:GovernmentAgency ; ict:agencyOf <state/RUS> .
<agency/KAZ/mfa> a ict:GovernmentAgency ; ict:agencyOf <state/KAZ> .
<process/forum> a ict:Process .
<process/oewg> a ict:Process .
<meeting/forum/2021-09-23> a ict:Meeting ;
    ict:ofForum <process/forum> ;
    ict:hasParticipant <agency/RUS/mfa> ;
    ict:linkedToProcess <process/oewg> .
<meeting/forum/2021-09-23/delegation/RUS> a ict:Delegation ;
    ict:delegationOf <state/RUS> ;
    ict:atMeeting <meeting/forum/2021-09-23> ;
    ict:hasMemberAgency <agency/RUS/fsb> .
<person/syromolotov-o-v> a ict:Person .
<meeting/forum/2021-09-23/chair/syromolotov-o-v> a ict:Chairing ;
    ict:chairOf <meeting/forum/2021-09-23> ; ict:chairPerson <person/syromolotov-o-v> .
"""

MFA, FSB, KAZ_MFA = ID["agency/RUS/mfa"], ID["agency/RUS/fsb"], ID["agency/KAZ/mfa"]
RUS, KAZ = ID["state/RUS"], ID["state/KAZ"]
MEETING, FORUM, OEWG = ID["meeting/forum/2021-09-23"], ID["process/forum"], ID["process/oewg"]
PERSON = ID["person/syromolotov-o-v"]


@pytest.fixture(scope="module")
def inferred():
    graph = ontology_files.load_ontology_graph()
    graph.parse(data=EXAMPLE, format="turtle")
    return hermit_infer(graph)


@pytest.mark.parametrize("subject, prop, obj", [
    (MFA, ICT.tookPartIn, MEETING),           # inverse of hasParticipant
    (RUS, ICT.hasAgency, MFA),                # inverse of agencyOf
    (FORUM, ICT.hasMeeting, MEETING),         # inverse of ofForum
    (MFA, ICT.engagedIn, FORUM),              # tookPartIn o ofForum
    (MFA, ICT.associatedWith, OEWG),          # tookPartIn o linkedToProcess
    (MFA, ICT.linkedWith, OEWG),              # associatedWith is a linkedWith
    (MFA, ICT.linkedWith, FORUM),             # engagedIn is a linkedWith
    (RUS, ICT.tookPartIn, MEETING),           # roll-up through hasAgency
    (MEETING, ICT.hasParticipant, RUS),
    (RUS, ICT.linkedWith, OEWG),              # roll-up of linkedWith
    (RUS, ICT.engagedIn, FORUM),
    (FSB, ICT.tookPartIn, MEETING),           # member agency of a delegation at the meeting
    (FSB, ICT.linkedWith, OEWG),
    (PERSON, ICT.chaired, MEETING),           # chairs o chairOf
])
def test_hermit_derives_link(inferred, subject, prop, obj):
    assert (subject, prop, obj) in inferred


@pytest.mark.parametrize("subject, prop, obj", [
    (MFA, ICT.engagedIn, OEWG),               # a linked process is not the meeting's forum
    (KAZ_MFA, ICT.linkedWith, OEWG),
    (KAZ, ICT.tookPartIn, MEETING),
    (KAZ, ICT.linkedWith, FORUM),
])
def test_hermit_derives_no_link_without_support(inferred, subject, prop, obj):
    assert (subject, prop, obj) not in inferred


def test_hermit_infer_returns_only_new_triples(inferred):
    assert (MEETING, ICT.hasParticipant, MFA) not in inferred  # stated, so not inferred
    assert all(isinstance(s, URIRef) for s in inferred.subjects())


def test_hermit_reports_an_individual_in_two_disjoint_classes():
    graph = ontology_files.load_ontology_graph()
    graph.parse(data=EXAMPLE, format="turtle")
    graph.add((RUS, RDF.type, ICT.Person))
    ok, message = hermit_consistency(graph)
    assert not ok
    assert "inconsistent" in message
    assert "state/RUS" in message


@pytest.mark.slow
def test_ontology_with_all_vocabularies_is_consistent():
    graph = ontology_files.load_ontology_graph()
    paths = ontology_files.vocab_paths()
    if not paths:
        pytest.skip("no ontology/vocab/*.ttl yet")
    graph += ontology_files.load_turtle(*paths)
    ok, message = hermit_consistency(graph)
    assert ok, message

