"""`--format table|csv|tsv|json` works the same on the seven commands that print results: CSV and TSV
parse back as one table (a header and rows as wide as it), JSON parses back as one document, and
the table is for reading (not JSON, not a delimited header)."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.commands.analysis import TABLES
from kg.commands.evaluate import SCORE_COLUMNS
from kg.commands.ingest import FACT_COLUMNS
from kg.commands.output import FORMATS
from kg.commands.query import WHO_COLUMNS

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "announcements"
SEED = EXAMPLES / "ru-csto-minsk-2017.txt"
ANNOUNCEMENTS = ["ru-csto-minsk-2017.txt", "ru-putin-biden-geneva-2021.txt", "ru-china-us-cybercrime-dialogue-2015.txt",
                 "en-oewg-2019-first-session-and-consultations.txt"]


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("formats")
    folder = tmp / "in"
    folder.mkdir()
    for name in ANNOUNCEMENTS:
        shutil.copy(EXAMPLES / name, folder / name)
    done = CliRunner().invoke(cli, ["ingest", str(folder), "--store", str(tmp / "store")])
    assert done.exit_code == 0, done.output
    return tmp / "store"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    for name in ("ru-csto-minsk-2017.txt", "ru-csto-minsk-2017.gold.json"):
        shutil.copy(EXAMPLES / name, folder / name)
    return folder


def _commands(store: Path, corpus: Path, tmp: Path) -> dict[str, tuple[list[str], list[str] | None]]:
    """Each command's arguments and the columns its CSV must have (None: the result's own columns)."""
    s = ["--store", str(store)]
    return {
        "query": (["query", "cq7_state_forums", *s], None),
        "sparql": (["sparql", "SELECT ?m ?date WHERE { ?m a ict:Meeting ; ict:date ?date } ORDER BY ?m", *s],
                   ["m", "date"]),
        "who": (["who", "Лаврова", *s], WHO_COLUMNS),
        "candidates": (["candidates", "--limit", "5", *s], ["count", "kind", "name", "state", "candidate",
                                                           "announcements", "sentences", "suggestions"]),
        "extract": (["extract", str(SEED)], FACT_COLUMNS),
        "eval": (["eval", str(corpus), "--no-metamorphic"], SCORE_COLUMNS),
        "analyze": (["analyze", "--out", str(tmp / "analysis"), *s], TABLES["centrality"]),
    }


COMMANDS = ["query", "sparql", "who", "candidates", "extract", "eval", "analyze"]


def run(args: list[str]):
    done = CliRunner().invoke(cli, args)
    assert done.exit_code == 0, f"ictkg {' '.join(args)}\n{done.output}"
    return done


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("fmt", ["csv", "tsv"])
def test_csv_and_tsv_parse_back_as_one_table(command, fmt, store, corpus, tmp_path):
    args, columns = _commands(store, corpus, tmp_path)[command]
    out = run([*args, "--format", fmt]).stdout
    rows = list(csv.reader(io.StringIO(out), delimiter="," if fmt == "csv" else "\t"))
    header, body = rows[0], rows[1:]
    if columns is not None:
        assert header == columns
    assert body, f"{command} --format {fmt} printed no rows:\n{out}"
    assert all(len(row) == len(header) for row in body)


@pytest.mark.parametrize("command", COMMANDS)
def test_json_parses_back_as_one_document(command, store, corpus, tmp_path):
    args, _ = _commands(store, corpus, tmp_path)[command]
    document = json.loads(run([*args, "--format", "json"]).stdout)
    assert document
    if command in ("query", "sparql", "candidates"):  # rows: a list of objects
        assert isinstance(document, list) and all(isinstance(row, dict) for row in document)
    if command == "extract":
        assert document["meetings"] and document["document"] == SEED.name
    if command == "analyze":
        assert set(document) == set(TABLES)


@pytest.mark.parametrize("command", COMMANDS)
def test_the_table_is_for_reading(command, store, corpus, tmp_path):
    args, columns = _commands(store, corpus, tmp_path)[command]
    out = run([*args, "--format", "table"]).stdout
    assert out.strip()
    with pytest.raises(json.JSONDecodeError):
        json.loads(out)
    assert out.splitlines()[0] != ",".join(columns or [])
    assert out == run(args).stdout  # the default


@pytest.mark.parametrize("command", ["extract", "eval"])
def test_the_old_json_flag_is_format_json(command, store, corpus, tmp_path):
    args, _ = _commands(store, corpus, tmp_path)[command]
    assert json.loads(run([*args, "--json"]).stdout) == json.loads(run([*args, "--format", "json"]).stdout)
    mixed = CliRunner().invoke(cli, [*args, "--json", "--format", "csv"])
    assert mixed.exit_code == 2 and "[E601]" in mixed.output


def test_every_result_command_offers_the_same_formats():
    for name in COMMANDS:
        option = next(p for p in cli.commands[name].params if p.name == "fmt")
        assert tuple(option.type.choices) == FORMATS, name


def test_sparql_ask_and_construct_in_every_format(store):
    s = ["--store", str(store)]
    ask = "ASK { ?m a ict:Meeting }"
    assert run(["sparql", ask, *s]).stdout.strip() == "true"
    assert json.loads(run(["sparql", ask, "--format", "json", *s]).stdout) is True
    assert list(csv.reader(io.StringIO(run(["sparql", ask, "--format", "csv", *s]).stdout))) == [["answer"], ["true"]]
    construct = "CONSTRUCT { ?m a ict:Meeting } WHERE { ?m a ict:Meeting }"
    turtle = run(["sparql", construct, *s]).stdout
    assert "ict:Meeting" in turtle and "@prefix ict:" in turtle
    rows = json.loads(run(["sparql", construct, "--format", "json", *s]).stdout)
    assert rows and set(rows[0]) == {"subject", "predicate", "object"}
    tsv = list(csv.reader(io.StringIO(run(["sparql", construct, "--format", "tsv", *s]).stdout), delimiter="\t"))
    assert tsv[0] == ["subject", "predicate", "object"] and len(tsv) == len(rows) + 1


def test_csv_keeps_announcement_text_as_written(store):
    # rich markup in a value is printed literally in every format
    query = 'SELECT ?x WHERE { BIND("[bold red]Evil[/] Org" AS ?x) }'
    for fmt in FORMATS:
        assert "[bold red]Evil[/] Org" in run(["sparql", query, "--format", fmt, "--store", str(store)]).stdout
