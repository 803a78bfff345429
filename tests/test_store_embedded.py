import threading
from pathlib import Path

import pytest
from rdflib import BNode, Literal, URIRef

from kg.namespaces import ICT, ID, SKOS
from kg.store import StoreInUse, open_store
from kg.store.sparql_text import bind_one_of, bind_with_values, query_form

FIXTURE = Path(__file__).parent / "fixtures" / "graph_small.trig"
BREAKOUT = 'x" } ; DROP ALL ; #'


@pytest.fixture
def store():
    s = open_store(memory=True)
    s.load(FIXTURE)
    return s


def test_value_crafted_to_break_out_of_a_literal_is_treated_as_data(store):
    before = len(store)
    unprojected = "SELECT ?e WHERE { ?e skos:prefLabel ?label }"
    projected = "SELECT ?e ?label WHERE { ?e skos:prefLabel ?label }"
    assert store.query(unprojected, {"label": Literal(BREAKOUT)}) == []
    assert store.query(projected, {"label": Literal(BREAKOUT)}) == []
    assert len(store) == before


def test_binding_an_unprojected_variable_matches_like_a_projected_one(store):
    label = Literal("Federal Protective Service", lang="en")
    unprojected = store.query("SELECT ?e WHERE { ?e skos:prefLabel ?label }", {"label": label})
    projected = store.query("SELECT ?e ?label WHERE { ?e skos:prefLabel ?label }", {"label": label})
    assert [r["e"] for r in unprojected] == [r["e"] for r in projected] == [ID["agency/RUS/fso"]]


def test_many_values_bound_at_once_are_data_too(store):
    query = "SELECT ?e ?label WHERE { ?e skos:prefLabel ?label FILTER(LANG(?label) = 'en') }"
    entities = [ID["state/RUS"], ID["agency/RUS/fso"], URIRef("http://example.org/none")]
    rows = store.query(bind_one_of(query, "e", entities))
    assert {(r["e"], str(r["label"])) for r in rows} == {
        (ID["state/RUS"], "Russia"), (ID["agency/RUS/fso"], "Federal Protective Service")}
    before = len(store)
    assert store.query(bind_one_of(query, "label", [Literal(BREAKOUT, lang="en")])) == []
    assert len(store) == before
    with pytest.raises(Exception, match="valid URI"):
        bind_one_of(query, "e", [ID["state/RUS"], URIRef("x> } ; DROP ALL ; #")])


def test_malformed_iri_or_blank_node_cannot_be_bound():
    with pytest.raises(Exception, match="valid URI"):
        bind_with_values("SELECT ?x WHERE { ?x ?p ?o }", {"p": URIRef("x> } ; DROP ALL ; #")})
    with pytest.raises(ValueError):
        bind_with_values("SELECT ?x WHERE { ?x ?p ?o }", {"o": BNode()})
    with pytest.raises(ValueError):
        bind_with_values("SELECT ?x WHERE { ?x ?p ?o }", {"o} DROP ALL": Literal(1)})


@pytest.mark.parametrize("query", [
    'SELECT ?x WHERE { ?x skos:prefLabel ?label FILTER(?label != "{ not a group }") }',
    "CONSTRUCT { ?x skos:prefLabel ?label } WHERE { ?x skos:prefLabel ?label }",
    "# a comment with { a brace\nSELECT ?x WHERE { ?x skos:prefLabel ?label }",
    "ASK { ?x skos:prefLabel ?label }",
])
def test_values_go_into_the_where_group_whatever_precedes_it(store, query):
    bound = bind_with_values(query, {"label": Literal("Russia", lang="en")})
    form = query_form(bound)
    if form == "ASK":
        assert store.ask(bound)
    elif form == "CONSTRUCT":
        assert {s for s, _, _ in store.construct(bound)} == {ID["state/RUS"]}
    else:
        assert [r["x"] for r in store.query(bound)] == [ID["state/RUS"]]


def test_replace_graph_replaces_exactly_that_graph(store):
    g = ID["graph/announcement/ru-brics-wg-2024-2c3d4e5f"]
    other = ID["graph/vocab"]
    vocab_size = len(store.triples_in(other))
    store.replace_graph(g, [(ID["meeting/x"], ICT.ordinal, Literal(3))])
    assert store.triples_in(g) == [(ID["meeting/x"], ICT.ordinal, Literal(3))]
    assert len(store.triples_in(other)) == vocab_size


def test_readers_never_see_a_half_replaced_graph(store):
    g = ID["graph/announcement/big"]
    versions = [[(ID[f"e/{i}"], SKOS.prefLabel, Literal(f"v{n} {i}")) for i in range(size)]
                for n, size in enumerate((1500, 700))]
    store.replace_graph(g, versions[0])
    seen, stop = set(), threading.Event()

    def read():
        while not stop.is_set():
            rows = store.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", {"g": g})
            seen.add(int(rows[0]["n"]))

    reader = threading.Thread(target=read)
    reader.start()
    for k in range(30):
        store.replace_graph(g, versions[k % 2])
    stop.set()
    reader.join()
    assert seen <= {1500, 700}


def test_second_writer_on_disk_gets_store_in_use(tmp_path):
    first = open_store(tmp_path / "store")
    try:
        with pytest.raises(StoreInUse, match="in use"):
            open_store(tmp_path / "store")
    finally:
        first.close()
    open_store(tmp_path / "store").close()  # free again once the first writer closed


def test_reader_answers_while_a_writer_holds_the_store(tmp_path):
    writer = open_store(tmp_path / "store")
    writer.load(FIXTURE)
    writer.flush()
    try:
        reader = open_store(tmp_path / "store", read_only=True)
        assert reader.ask("ASK { ?m a ict:Meeting }")
        with pytest.raises(PermissionError):
            reader.drop_graph(ID["graph/vocab"])
        reader.close()
    finally:
        writer.close()


def test_opening_a_missing_store_read_only_says_what_to_do(tmp_path):
    with pytest.raises(FileNotFoundError, match="ictkg ingest"):
        open_store(tmp_path / "nothing", read_only=True)


def test_dump_and_reload_keeps_every_quad(store, tmp_path):
    store.dump(tmp_path / "all.trig", "trig")
    again = open_store(memory=True)
    again.load(tmp_path / "all.trig")
    assert len(again) == len(store)
    assert again.graphs() == store.graphs()


def test_a_fact_stated_by_many_announcements_is_counted_once_after_reasoning():
    """Oxigraph's union of named graphs repeats a triple once per graph; queries read the merged graph."""
    from rdflib import Literal, URIRef

    from kg.namespaces import ICT, announcement_graph
    from kg.reason import materialise
    from kg.store import open_store

    store = open_store(memory=True)
    meeting = URIRef("https://w3id.org/ictsec/id/meeting/x/2020-01-01")
    for i in range(5):
        store.replace_graph(announcement_graph(f"a{i}"), [(meeting, ICT.ordinal, Literal(3))])
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?m ict:ordinal ?o }"
    assert int(store.query(count)[0]["n"]) == 5  # the plain union, before the merged graph exists
    materialise(store)
    assert int(store.query(count)[0]["n"]) == 1
    store.replace_graph(announcement_graph("a5"), [(meeting, ICT.ordinal, Literal(3))])  # a new one
    assert int(store.query(count)[0]["n"]) == 1
    store.replace_graph(announcement_graph("a0"), [])  # a replaced one: the others still state it
    assert int(store.query(count)[0]["n"]) == 1
    for i in range(1, 6):
        store.replace_graph(announcement_graph(f"a{i}"), [(meeting, ICT.ordinal, Literal(4))])
    assert [int(r["o"]) for r in store.query("SELECT ?o WHERE { ?m ict:ordinal ?o }")] == [4]  # none states 3
    materialise(store)
    assert int(store.query(count)[0]["n"]) == 1
    assert all("merged" not in str(g) for g in store.graphs())  # an index, not data


def test_after_reasoning_a_fact_in_several_kinds_of_graph_is_read_once_and_writes_show_at_once():
    """Queries read one merged graph holding every graph's facts, so a fact that the vocabulary and
    an announcement both state counts once, and facts written after reasoning are answered."""
    from kg.namespaces import GRAPH_VOCAB, announcement_graph
    from kg.reason import materialise

    store = open_store(memory=True)
    agency, state = ID["agency/RUS/mfa"], ID["state/RUS"]
    store.replace_graph(GRAPH_VOCAB, [(agency, ICT.agencyOf, state)])
    store.replace_graph(announcement_graph("a0"), [(agency, ICT.agencyOf, state)])
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?a ict:agencyOf ?s }"
    materialise(store)  # the inferred graph states it a third time (agencyOf is the inverse of hasAgency)
    assert int(store.query(count)[0]["n"]) == 1
    extra = URIRef("urn:x:extra")
    store.replace_graph(extra, [(agency, SKOS.prefLabel, Literal("MFA"))])  # a new graph
    store.add_quads([(agency, SKOS.altLabel, Literal("МИД"), extra)])  # added to an existing one
    label = "SELECT ?l WHERE { ?a skos:prefLabel|skos:altLabel ?l }"
    assert {str(r["l"]) for r in store.query(label, {"a": agency})} == {"MFA", "МИД"}
    store.replace_graph(extra, [(agency, SKOS.prefLabel, Literal("Foreign Ministry"))])  # a replaced one
    assert {str(r["l"]) for r in store.query(label, {"a": agency})} == {"Foreign Ministry"}
    store.drop_graph(extra)
    assert store.query(label, {"a": agency}) == []
    materialise(store)
    assert int(store.query(count)[0]["n"]) == 1 and store.query(label, {"a": agency}) == []


def test_a_merged_graph_of_announcements_only_made_by_an_older_version_is_not_read():
    from rdflib.namespace import XSD

    from kg.namespaces import GRAPH_MERGED, GRAPH_VOCAB, announcement_graph
    from kg.reason import materialise

    store = open_store(memory=True)
    agency, state = ID["agency/RUS/mfa"], ID["state/RUS"]
    fact = (agency, ICT.tookPartIn, ID["meeting/x/2020-01-01"])
    store.replace_graph(GRAPH_VOCAB, [(agency, ICT.agencyOf, state)])
    store.replace_graph(announcement_graph("a0"), [fact])
    old_mark = (GRAPH_MERGED, ICT.complete, Literal("true", datatype=XSD.boolean))
    store.add_quads([(*fact, GRAPH_MERGED), (*old_mark, GRAPH_MERGED)])  # as the older version left it
    ask = "ASK { ?a ict:agencyOf ?s }"
    assert store.ask(ask, {"a": agency, "s": state})  # read from the plain union, vocabulary included
    materialise(store)
    assert store.ask(ask, {"a": agency, "s": state})


def test_writes_after_reasoning_keep_the_merged_graph_as_a_rebuild_would_make_it(tmp_path, monkeypatch):
    """Replacing, dropping and adding graphs, then reasoning again, change the merged graph in the
    same transactions instead of dropping and rebuilding it; it must end up as a rebuild makes it."""
    import pyoxigraph as ox

    from kg.namespaces import announcement_graph
    from kg.reason import materialise
    from kg.reason.marks import REASONING_MARKS
    from kg.store import MERGED, Store

    store = open_store(tmp_path / "store")
    store.load(FIXTURE)
    materialise(store)  # a first run: bulk-loaded and rebuilt

    def merged() -> set:  # without the marks of what reasoning covered, which a rebuild leaves out
        return {q.triple for q in store.match(graph=MERGED)
                if q.predicate not in REASONING_MARKS}

    def fail(self):
        raise AssertionError("the merged graph was rebuilt")

    india = ID["graph/announcement/en-asean-india-2022-3d4e5f6a"]
    kept = [t for t in store.triples_in(india) if t[1] != ICT.hasParticipant]
    brics = ID["graph/announcement/ru-brics-wg-2024-2c3d4e5f"]
    meeting = ID["meeting/x/2025-01-01"]
    monkeypatch.setattr(Store, "rebuild_merged", fail)
    store.replace_graph(india, kept)  # participants gone
    store.drop_graph(brics)
    store.replace_graph(announcement_graph("new"), [(meeting, ICT.ofForum, ID["process/un-oewg-2021-2025"]),
                                                    (ID["state/RUS"], ICT.tookPartIn, meeting)])
    materialise(store)  # in step: the difference only
    in_step = merged()
    monkeypatch.undo()
    assert not store.ask("ASK { ?m ict:hasParticipant ?b }", {"m": ID["meeting/russia-india-ict-consultations/2018-02-15"]})
    assert store.ask("ASK { ?b ict:engagedIn ?p }", {"b": ID["state/RUS"], "p": ID["process/un-oewg-2021-2025"]})
    store.rebuild_merged()
    assert merged() == in_step
    assert ox.Triple(ox.NamedNode(str(ID["state/RUS"])), ox.NamedNode(str(ICT.tookPartIn)),
                     ox.NamedNode(str(meeting))) in in_step
    store.close()


def test_a_changed_ontology_replaces_its_graph_in_a_store_built_before(tmp_path):
    # the ontology's OWL lists are blank nodes, new ones on every parse; SPARQL's DELETE DATA cannot name them,
    # so a store built with an older ontology failed at the next ingest
    from kg.ingest import load_reference_graphs
    from kg.namespaces import GRAPH_ONTOLOGY, GRAPH_VOCAB
    from kg.reason import materialise as reason

    s = open_store(tmp_path / "store")
    load_reference_graphs(s)
    reason(s)
    before = s.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")[0]["n"]
    old = BNode()
    s.replace_graph(GRAPH_ONTOLOGY, [(ICT.linkedWith, URIRef("http://www.w3.org/2002/07/owl#propertyChainAxiom"), old),
                                     (old, URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#first"), ICT.Meeting)])
    load_reference_graphs(s)  # the files differ from what the store holds: the graph is read again
    reason(s)
    rows = s.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", {"g": GRAPH_ONTOLOGY})
    assert int(rows[0]["n"]) > 100
    assert s.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")[0]["n"] == before
    assert int(s.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?x ?p ?o } }", {"g": GRAPH_VOCAB})[0]["n"]) > 1000
