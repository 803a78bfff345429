"""`ictkg analyze`, `path`, `viz`, `report` against a store on disk."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Dataset

from kg.cli import cli
from kg.commands.analysis import COMMANDS
from kg.store import open_store

FIXTURE = Path(__file__).parent / "fixtures" / "viz_graph.trig"


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory):
    path = tmp_path_factory.mktemp("store")
    ds = Dataset()
    ds.parse(FIXTURE, format="trig")
    store = open_store(path)
    for graph in ds.graphs():
        if len(graph):
            store.replace_graph(graph.identifier, list(graph))
    store.close()
    return str(path)


def run(*args):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_every_command_documents_an_example():
    for command in COMMANDS:
        assert command.help.strip().splitlines()[-1].strip().startswith("Example:"), command.name


def test_analyze_writes_csv_and_json_tables(store_dir, tmp_path):
    result = run("analyze", "--store", store_dir, "--out", str(tmp_path))
    assert result.exit_code == 0, result.output
    for name in ("centrality", "top_bodies", "communities", "participation_by_year", "agency_coparticipation"):
        rows = json.loads((tmp_path / f"{name}.json").read_text(encoding="utf-8"))
        assert rows, name
        header = (tmp_path / f"{name}.csv").read_text(encoding="utf-8").splitlines()[0]
        assert header.split(",") == list(rows[0])
    assert "Top bodies per process" in result.output


def test_analyze_output_is_repeatable(store_dir, tmp_path):
    run("analyze", "--store", store_dir, "--out", str(tmp_path / "a"))
    run("analyze", "--store", store_dir, "--out", str(tmp_path / "b"))
    for name in ("communities", "centrality"):
        assert (tmp_path / "a" / f"{name}.csv").read_text() == (tmp_path / "b" / f"{name}.csv").read_text()


def test_path_prints_each_hop_with_evidence_and_source(store_dir):
    result = run("path", "--store", store_dir, "BSSN", "CAC")
    assert result.exit_code == 0, result.output
    assert "Chain 1" in result.output and "—[participant]→" in result.output
    assert "“" in result.output and "source: " in result.output


def test_path_with_an_unknown_name_says_what_to_do(store_dir):
    result = CliRunner().invoke(cli, ["path", "--store", store_dir, "Atlantis", "CAC"])
    assert result.exit_code != 0
    assert "no entity named 'Atlantis'" in result.output


def test_viz_writes_a_filtered_page(store_dir, tmp_path):
    out = tmp_path / "g.html"
    result = run("viz", "--store", store_dir, "--out", str(out), "--state", "CHN", "--since", "2023", "--lang", "ru")
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    assert '<html lang="ru">' in html and "2022-03-15" not in html


def test_report_writes_the_overview_and_the_graph_page(store_dir, tmp_path):
    result = run("report", "--store", store_dir, "--out", str(tmp_path))
    assert result.exit_code == 0, result.output
    for name in ("report.html", "graph.html", "heatmap.html", "agency_process.csv", "timeline.png"):
        assert (tmp_path / name).is_file(), name


def test_analyze_tables_cite_the_announcements_reporting_their_meetings(store_dir, tmp_path):
    assert run("reason", "--store", store_dir).exit_code == 0  # the merged graph, as after an ingest
    assert run("analyze", "--store", store_dir, "--out", str(tmp_path)).exit_code == 0
    rows = json.loads((tmp_path / "top_bodies.json").read_text(encoding="utf-8"))
    with open_store(store_dir, read_only=True) as store:
        reporting = {}
        for r in store.query("""SELECT ?g ?name ?p WHERE { GRAPH ?g { ?a ict:sourceName ?name ; ict:reports ?m .
                                  ?m ict:ofForum|ict:linkedToProcess ?p } }"""):
            if "/graph/announcement/" in str(r["g"]):
                reporting.setdefault(str(r["p"]), set()).add(str(r["name"]))
    for row in rows:
        cited = set(row["sources"].split("; "))
        assert cited <= reporting[row["process"]], row
        assert len(cited) >= 1 and len(cited) <= row["meetings"] * len(reporting[row["process"]])
