"""Reasoning over new graphs only (kg/reason/added.py) must leave the store exactly as a full run."""

import random
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdflib import URIRef

import kg.reason.run as reason
from kg.cli import cli
from kg.namespaces import GRAPH_INFERRED, GRAPH_STRENGTHS, ICT, ID
from kg.reason import materialise
from kg.reason.marks import REASONING_RUN
from kg.store import MERGED, open_store

EXAMPLES = Path(__file__).parent.parent / "examples" / "announcements"

# Random facts over every predicate the rules read, between kinds of nodes that the rules join.
KINDS = {"meeting": 6, "agency": 6, "state": 3, "delegation": 3, "forum": 3, "process": 3, "chairing": 3,
         "person": 3, "announcement": 6}
FACTS = [("hasParticipant", "meeting", "agency"), ("hasParticipant", "meeting", "state"),
         ("tookPartIn", "agency", "meeting"), ("hasMemberAgency", "delegation", "agency"),
         ("atMeeting", "delegation", "meeting"), ("agencyOf", "agency", "state"), ("hasAgency", "state", "agency"),
         ("ofForum", "meeting", "forum"), ("hasMeeting", "forum", "meeting"), ("linkedToProcess", "meeting", "process"),
         ("reports", "announcement", "meeting"), ("chairPerson", "chairing", "person"), ("chairOf", "chairing", "meeting")]


def random_graphs(seed: int, n_graphs: int = 8, n_facts: int = 60) -> dict[URIRef, list]:
    rnd = random.Random(seed)
    graphs: dict[URIRef, list] = {ID[f"graph/announcement/g{i}"]: [] for i in range(n_graphs)}
    for _ in range(n_facts):
        predicate, s_kind, o_kind = rnd.choice(FACTS)
        fact = (ID[f"{s_kind}/{rnd.randrange(KINDS[s_kind])}"], ICT[predicate],
                ID[f"{o_kind}/{rnd.randrange(KINDS[o_kind])}"])
        graphs[rnd.choice(list(graphs))].append(fact)
    return {g: facts for g, facts in graphs.items() if facts}


def derived_and_merged(store) -> dict:
    """The graphs reasoning writes, and the merged graph, without blank nodes (the ontology's lists
    and restrictions get new ones each time a store loads it), nor the name of the
    reasoning run, new each time."""
    return {name: {q.triple for q in store.match(graph=g)
                   if not isinstance(q.subject, ox.BlankNode) and not isinstance(q.object, ox.BlankNode)
                   and q.predicate != REASONING_RUN}
            for name, g in (("inferred", ox.NamedNode(str(GRAPH_INFERRED))),
                            ("strengths", ox.NamedNode(str(GRAPH_STRENGTHS))), ("merged", MERGED))}


@pytest.fixture
def full_runs(monkeypatch):
    """Counts the full runs of the rules (every full run calls `_fixpoint`)."""
    calls = []
    real = reason._fixpoint
    monkeypatch.setattr(reason, "_fixpoint", lambda *a, **k: calls.append(1) or real(*a, **k))
    return calls


def stored(graphs: dict, store=None):
    """`store` (a new one in memory by default) with `graphs` (name -> facts) written, then reasoned in full."""
    store = store if store is not None else open_store(memory=True)
    for g, facts in graphs.items():
        store.replace_graph(g, facts)
    materialise(store)
    return store


@pytest.mark.parametrize("on_disk", [False, True])
@pytest.mark.parametrize("seed", range(12))
def test_adding_graphs_then_reasoning_on_them_equals_a_full_run(tmp_path, full_runs, seed, on_disk):
    graphs = random_graphs(seed)
    names = list(graphs)
    split = len(names) // 2
    step = stored({g: graphs[g] for g in names[:split]}, open_store(tmp_path / "step") if on_disk else None)
    for batch in (names[split:split + 2], names[split + 2:]):  # two ingests, each of new graphs
        for g in batch:
            step.replace_graph(g, graphs[g])
        materialise(step, added=batch)
    assert len(full_runs) == 1, "the later runs should only reason over the new graphs"
    assert derived_and_merged(step) == derived_and_merged(stored(graphs))


def test_a_replaced_graph_makes_reasoning_run_in_full(full_runs):
    graphs = random_graphs(3)
    *before, new = graphs
    store = stored({g: graphs[g] for g in before})
    graphs[before[0]] = graphs[before[0]][1:]  # an announcement re-ingested with a fact less
    store.replace_graph(before[0], graphs[before[0]])
    store.replace_graph(new, graphs[new])
    materialise(store, added=[new])
    assert len(full_runs) == 2
    assert derived_and_merged(store) == derived_and_merged(stored(graphs))


def test_graphs_added_without_reasoning_are_not_missed_by_a_later_run(full_runs):
    graphs = dict(list(random_graphs(5).items())[:3])
    first, unreasoned, new = graphs
    store = stored({first: graphs[first]})
    store.replace_graph(unreasoned, graphs[unreasoned])  # as `ictkg ingest --no-reason` leaves it
    store.replace_graph(new, graphs[new])
    materialise(store, added=[new])
    assert len(full_runs) == 2
    assert derived_and_merged(store) == derived_and_merged(stored(graphs))


def test_facts_added_to_a_graph_already_there_make_reasoning_run_in_full(full_runs):
    # as the workbench's Graph Store endpoint adds them (POST to an announcement's graph)
    graphs = random_graphs(7)
    *before, new = graphs
    store = stored({g: graphs[g] for g in before})
    extra = (ID["meeting/0"], ICT.hasParticipant, ID["state/9"])
    store.add_quads([(*extra, before[0])])
    graphs[before[0]] = graphs[before[0]] + [extra]
    store.replace_graph(new, graphs[new])
    materialise(store, added=[new])
    assert len(full_runs) == 2
    assert derived_and_merged(store) == derived_and_merged(stored(graphs))


def test_ingesting_in_two_batches_gives_the_graph_of_one_batch(tmp_path, full_runs):
    files = sorted(str(p) for p in EXAMPLES.glob("*.txt"))
    runner = CliRunner()
    two = tmp_path / "two"
    for batch in (files[:len(files) // 2], files[len(files) // 2:]):
        result = runner.invoke(cli, ["ingest", "--store", str(two), *batch])
        assert result.exit_code == 0, result.output
    assert len(full_runs) == 1
    one = tmp_path / "one"
    assert runner.invoke(cli, ["ingest", "--store", str(one), *files]).exit_code == 0
    with open_store(two) as a, open_store(one) as b:
        assert derived_and_merged(a) == derived_and_merged(b)
