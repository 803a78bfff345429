"""The error catalogue (kg/errors.py): every entry has its code in front, codes are unique, and the
commands' one-line errors carry them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.errors import Errors

CODES = [name for name in vars(Errors) if re.fullmatch(r"E\d{3}", name)]


def test_every_entry_reads_with_its_code_in_front():
    assert len(CODES) >= 30
    for code in CODES:
        assert getattr(Errors, code).startswith(f"[{code}] "), code


def test_entries_that_are_not_a_library_text_say_what_to_do():
    # an entry of its own words (not "{detail}" passed on from a library error that says it) gives the
    # next step after a semicolon or names the option to use
    for code in CODES:
        text = vars(Errors)[code]
        if text.startswith("{detail}") and text.count("{") == 1:
            continue
        assert ";" in text or "--" in text or "`ictkg" in text, f"{code}: {text}"


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("errors")
    root = Path(__file__).resolve().parent.parent
    done = CliRunner().invoke(cli, ["ingest", str(root / "examples/announcements/ru-csto-minsk-2017.txt"),
                                    "--store", str(tmp / "store")])
    assert done.exit_code == 0, done.output
    return tmp / "store"


@pytest.mark.parametrize("args, code", [
    (["who", "Nonexistent Ministry of Nowhere"], "E101"),
    (["sparql", "INSERT DATA { <urn:a> <urn:b> <urn:c> }"], "E203"),
    (["sparql", "SELECT ?x WHERE { ?x"], "E202"),
    (["query", "cq99_nothing"], "E201"),
    (["query", "cq1_agency_participation", "--param", "agency"], "E205"),
    (["path", "Nonexistent Ministry of Nowhere", "RUS"], "E103"),
    (["forget", "nothing-like-this.txt"], "E402"),
    (["candidates", "reject", "id:candidate/agency/none-such"], "E403"),
])
def test_one_line_errors_carry_their_code(args, code, store):
    done = CliRunner().invoke(cli, [*args, "--store", str(store)])
    assert done.exit_code in (1, 2), done.output
    assert f"[{code}]" in done.output, done.output
    assert "Traceback" not in done.output


def test_a_store_that_cannot_open_says_so_with_its_code(tmp_path):
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("x", encoding="utf-8")
    done = CliRunner().invoke(cli, ["who", "RUS", "--store", str(not_a_folder)])
    assert done.exit_code == 1 and "[E001] cannot open store" in done.output, done.output


def test_serve_takes_the_shared_store_options_and_refuses_a_server(tmp_path):
    serve = cli.commands["serve"]
    for option in ("--store", "--endpoint", "--update-endpoint", "--graph-store"):
        assert any(option in p.opts for p in serve.params), option
    done = CliRunner().invoke(cli, ["serve", "--endpoint", "http://127.0.0.1:9/sparql"])
    assert done.exit_code == 2 and "[E501]" in done.output, done.output


def test_every_store_command_takes_the_same_store_options():
    def commands(group):
        for command in group.commands.values():
            yield command
            yield from commands(command) if hasattr(command, "commands") else ()

    for command in commands(cli):
        names = {p.name for p in command.params}
        if "store_path" in names:
            assert {"store_path", "endpoint", "update_endpoint", "graph_store"} <= names, command.name
