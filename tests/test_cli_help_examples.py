"""Every example a help text shows runs: each command's `Example:` line, and each named query's parameter
examples, against a store built from examples/announcements, exit 0.

Paths are moved into a temporary folder (out/store -> the test's store, --out out/... -> under tmp) and
a command that reads a store gets the test's store; `eval` scores the bundled examples (the corpus is
`make test`'s own gate), `serve` listens on a free loopback port and must stop with exit 0 on SIGTERM.
"""

from __future__ import annotations

import inspect
import re
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.queries import list_queries

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = "examples/announcements"


def example_of(command) -> list[str]:
    """The arguments of a command's `Example:` paragraph, without the leading `ictkg`."""
    text = inspect.cleandoc(command.help or "")
    found = re.search(r"^Example: (.+?)(?:\n\s*\n|\Z)", text, re.S | re.M)
    assert found, f"`ictkg {command.name} --help` ends without an example"
    words = shlex.split(" ".join(found.group(1).split()))
    assert words[0] == "ictkg", words
    return words[1:]


def in_tmp(args: list[str], command, store: Path, tmp: Path) -> list[str]:
    out = []
    for i, arg in enumerate(args):
        if arg == "out/store":
            arg = str(store)
        elif i and args[i - 1] == "--out":
            arg = str(tmp / arg)
        elif arg == "../shared/corpus":
            arg = EXAMPLES
        out.append(arg)
    if any("--store" in p.opts for p in command.params) and "--store" not in out:
        out += ["--store", str(store)]
    return out


COMMANDS = sorted(n for n in cli.commands if n not in ("serve", "forget"))


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    """The store the `ingest` example builds (its own example, run first)."""
    tmp = tmp_path_factory.mktemp("help")
    path = tmp / "store"
    args = in_tmp(example_of(cli.commands["ingest"]), cli.commands["ingest"], path, tmp)
    done = CliRunner().invoke(cli, args)
    assert done.exit_code == 0, done.output
    return path


@pytest.fixture(autouse=True)
def _at_the_checkout(monkeypatch):
    monkeypatch.chdir(ROOT)  # the examples name files of the checkout (examples/announcements/...)


@pytest.mark.parametrize("name", COMMANDS)
def test_the_help_example_of_every_command_runs(name, store, tmp_path):
    command = cli.commands[name]
    args = in_tmp(example_of(command), command, store, tmp_path)
    done = CliRunner().invoke(cli, args)
    assert done.exit_code == 0, f"ictkg {' '.join(args)}\n{done.output}"


def test_the_forget_example_runs_on_a_copy_of_the_store(store, tmp_path):
    copy = tmp_path / "store"
    shutil.copytree(store, copy)
    args = in_tmp(example_of(cli.commands["forget"]), cli.commands["forget"], copy, tmp_path)
    done = CliRunner().invoke(cli, args)
    assert done.exit_code == 0, f"ictkg {' '.join(args)}\n{done.output}"
    listed = CliRunner().invoke(cli, ["forget", "--list", "--store", str(copy)])
    assert args[1] not in listed.output  # it is gone


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_the_serve_example_serves_and_stops_with_exit_0(store, tmp_path):
    port = _free_port()
    args = in_tmp(example_of(cli.commands["serve"]), cli.commands["serve"], store, tmp_path)
    args[args.index("--port") + 1] = str(port)
    server = subprocess.Popen([sys.executable, "-m", "kg", *args], cwd=ROOT, stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT)
    try:
        deadline, answered = time.monotonic() + 60, None
        while time.monotonic() < deadline and server.poll() is None and answered is None:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2) as r:
                    answered = r.status
            except OSError:
                time.sleep(0.3)
        assert answered == 200, server.stdout.read().decode() if server.poll() is not None else "no answer"
        server.send_signal(signal.SIGTERM)
        assert server.wait(timeout=20) == 0
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()


def _parameter_examples():
    """(query, parameter, value) for every value a query's parameter help quotes or gives after 'e.g.'."""
    for q in list_queries():
        for p in q.params:
            values = re.findall(r'"([^"]+)"', p.help) + re.findall(r"e\.g\. (\S+)", p.help)
            for value in values:
                yield q.name, p.name, value


@pytest.mark.parametrize("query, param, value", list(_parameter_examples()))
def test_every_parameter_example_of_the_named_queries_runs(query, param, value, store):
    done = CliRunner().invoke(cli, ["query", query, "--param", f"{param}={value}", "--format", "csv",
                                    "--store", str(store)])
    assert done.exit_code == 0, f"ictkg query {query} --param {param}={value!r}\n{done.output}"
    if value.startswith("id:"):  # an example IRI names something the examples hold: the query finds it
        assert len(done.stdout.strip().splitlines()) > 1, f"{value} is in no row of {query}"
