"""Answers of the whole-graph queries kept beside the store: used while the store still holds what
they were computed from, never after a write, and the same as the engine's answer."""

from __future__ import annotations

import dataclasses
import html
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Literal
from rdflib.namespace import SKOS

from kg.cli import cli
from kg.ingest import ingest
from kg.namespaces import ID
from kg.queries import load_query, run_query
from kg.read import read_paths
from kg.reason import materialise
from kg.reason.kept_answers import keep_answers, kept_answer
from kg.serve import ServeConfig, create_app
from kg.serve import results as res
from kg.store import KEPT_FOLDER, RemoteStore, Store, open_store

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "announcements"
KEPT = [load_query("cq2"), load_query("cq7")]
RUSSIA = ID["state/RUS"]
# A second English name for Russia: CQ2 and CQ7 then give Russia's rows twice, once per name,
# without any reasoning, so a stale kept answer shows.
NEW_NAME = (RUSSIA, SKOS.prefLabel, Literal("Russian Federation", lang="en"))
SCRATCH = ID["graph/announcement/kept-answers-test"]
TOKEN = "test-token-0123456789abcdef"


@pytest.fixture(scope="module")
def ingested(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("kept") / "store"
    result = CliRunner().invoke(cli, ["ingest", "--store", str(path), str(EXAMPLES)])
    assert result.exit_code == 0, result.output
    return path


@pytest.fixture
def store(ingested, tmp_path):
    path = tmp_path / "store"
    shutil.copytree(ingested, path, ignore=shutil.ignore_patterns(".ictkg.lock"))
    with open_store(path) as s:
        yield s


def engine(store, query) -> tuple[list, list]:
    return store.select(query.text)


def refuse(*_args, **_kwargs):
    raise AssertionError("the engine was asked")


@pytest.fixture
def engine_refused(monkeypatch):
    """Make asking the engine fail, to show that an answer came from the kept copy."""
    monkeypatch.setattr(Store, "select", refuse)


def test_ingest_keeps_the_answers_and_queries_read_them_read_only(ingested, engine_refused, monkeypatch):
    assert sorted(p.name for p in (ingested / KEPT_FOLDER).iterdir()) == [f"{q.name}.json" for q in KEPT]
    with open_store(ingested, read_only=True) as s:
        kept = {q.name: run_query(s, q.name) for q in KEPT}
    monkeypatch.undo()
    with open_store(ingested, read_only=True) as s:
        for q in KEPT:
            columns, rows = engine(s, q)
            assert len(rows) > 20
            assert kept[q.name] == (columns, rows)  # same rows, same order, same terms


def test_a_parameter_is_answered_by_the_engine(store):
    _, everything = run_query(store, "cq2")
    _, russia = run_query(store, "cq2", {"body": "Russia"})
    assert russia and len(russia) < len(everything)
    assert {r["body"] for r in russia} == {RUSSIA}


def _add_name_in_new_graph(store, tmp_path):
    store.replace_graph(SCRATCH, [NEW_NAME])


def _add_name_by_quads(store, tmp_path):
    store.add_quads([(*NEW_NAME, ID["graph/vocab"])])


def _rewrite_vocabulary(store, tmp_path):
    vocab = ID["graph/vocab"]
    store.replace_graph(vocab, [*store.triples_in(vocab), NEW_NAME])


def _drop_vocabulary(store, tmp_path):
    store.drop_graph(ID["graph/vocab"])


def _bulk_load(store, tmp_path):
    data = tmp_path / "name.nt"
    data.write_text(f"<{RUSSIA}> <{SKOS.prefLabel}> \"Russian Federation\"@en .\n", encoding="utf-8")
    store.load(data, graph=SCRATCH)


def _workbench_update(store, tmp_path):
    client = create_app(store, ServeConfig(allow_update=True, token=TOKEN)).test_client()
    update = f'INSERT DATA {{ GRAPH <{SCRATCH}> {{ <{RUSSIA}> <{SKOS.prefLabel}> "Russian Federation"@en }} }}'
    response = client.post("/sparql", data=update.encode(), content_type="application/sparql-update",
                           headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 200


WRITES = [_add_name_in_new_graph, _add_name_by_quads, _rewrite_vocabulary, _drop_vocabulary, _bulk_load,
          _workbench_update]


@pytest.mark.parametrize("write", WRITES, ids=lambda f: f.__name__.strip("_"))
def test_after_any_write_the_engine_answers_until_reasoning_keeps_new_answers(store, tmp_path, write):
    before = {q.name: run_query(store, q.name) for q in KEPT}
    write(store, tmp_path)
    for q in KEPT:
        now = engine(store, q)
        assert now != before[q.name]  # the write changed the answer...
        assert run_query(store, q.name) == now  # ...and the kept one is not given for it
    materialise(store)  # a new run: what was kept after the last one is not its answer
    for q in KEPT:
        assert kept_answer(store, q) is None
        assert run_query(store, q.name) == engine(store, q)
    assert keep_answers(store) == [q.name for q in KEPT]
    for q in KEPT:
        assert kept_answer(store, q) is not None
        assert run_query(store, q.name) == engine(store, q)


def test_ingesting_more_keeps_answers_of_the_larger_graph(tmp_path):
    files = sorted(str(p) for p in EXAMPLES.glob("*.txt"))
    path = tmp_path / "store"
    for batch in (files[:3], files[3:]):
        assert CliRunner().invoke(cli, ["ingest", "--store", str(path), *batch]).exit_code == 0
    with open_store(path, read_only=True) as s:
        for q in KEPT:
            kept = kept_answer(s, q)
            assert kept is not None and (kept.columns, kept.dict_rows()) == engine(s, q)


def test_an_edited_query_is_not_answered_from_the_kept_copy_of_the_old_text(store):
    edited = dataclasses.replace(KEPT[0], text=KEPT[0].text.replace("DESC(?meetings)", "?meetings"))
    assert kept_answer(store, KEPT[0]) is not None
    assert kept_answer(store, edited) is None


def test_a_damaged_kept_file_is_reported_and_the_engine_answers(store, capsys):
    path = store.path / KEPT_FOLDER / f"{KEPT[0].name}.json"
    data = path.read_text(encoding="utf-8")
    for damaged in (data[: len(data) // 2], re.sub(r'"rows":\[\[\d+', '"rows":[[99999', data, count=1)):
        path.write_text(damaged, encoding="utf-8")
        assert run_query(store, KEPT[0].name) == engine(store, KEPT[0])
        err = capsys.readouterr().err
        assert f"warning: the kept answer of {KEPT[0].name} in {store.path}" in err and err.count("\n") == 1


def test_reasoning_via_a_server_keeps_nothing():
    assert keep_answers(RemoteStore("http://127.0.0.1:9/sparql")) == []


def test_a_store_in_memory_keeps_answers_too():
    store = open_store(memory=True)
    ingest(read_paths([str(EXAMPLES)]), store)
    materialise(store)
    assert keep_answers(store) == [q.name for q in KEPT]
    for q in KEPT:
        assert run_query(store, q.name) == engine(store, q)


def test_the_workbench_shows_a_kept_answer_for_a_named_query_without_parameters(ingested, monkeypatch):
    monkeypatch.setattr(res, "evaluate", refuse)  # its pages still read labels from the store
    with open_store(ingested, read_only=True) as s:
        client = create_app(s, ServeConfig()).test_client()
        response = client.get("/query", query_string={"name": KEPT[0].name, "load": "1"})
        text = html.unescape(re.search(r"<textarea[^>]*>(.*?)</textarea>", response.get_data(as_text=True),
                                       re.S).group(1))
        page = client.get("/query", query_string={"name": KEPT[0].name, "text": text, "run": "1"})
        assert page.status_code == 200, page.get_data(as_text=True)[:500]
        rows = len(kept_answer(s, KEPT[0]).rows)
        assert f"{rows} rows" in page.get_data(as_text=True)
        csv_rows = client.get("/query", query_string={"name": KEPT[0].name, "text": text, "download": "csv"})
        assert len(csv_rows.get_data(as_text=True).strip().splitlines()) == rows + 1


def test_the_workbench_holds_a_kept_answer_to_its_result_size_limit(ingested):
    with open_store(ingested, read_only=True) as s:
        rows = len(kept_answer(s, KEPT[0]).rows)
        client = create_app(s, ServeConfig(max_results=rows - 1)).test_client()
        page = client.get("/query", query_string={"name": KEPT[0].name, "text": KEPT[0].text, "run": "1"})
        assert page.status_code == 422
        assert "--max-results" in page.get_data(as_text=True)


def test_an_answer_that_cannot_be_written_is_reported_and_the_ingest_succeeds(tmp_path, monkeypatch):
    def disk_full(self, name, data):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Store, "keep_file", disk_full)
    path = tmp_path / "store"
    result = CliRunner().invoke(cli, ["ingest", "--store", str(path), str(EXAMPLES)])
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.stderr.splitlines() if "cannot keep the answer" in line]
    assert len(warnings) == len(KEPT) and "No space left on device" in warnings[0]
    monkeypatch.undo()
    with open_store(path, read_only=True) as s:
        assert not (path / KEPT_FOLDER).exists()
        for q in KEPT:
            assert run_query(s, q.name) == engine(s, q) and engine(s, q)[1]

