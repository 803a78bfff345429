"""`ictkg validate`: exit codes and output."""

import shutil

import pytest
from click.testing import CliRunner

from kg import ontology_files
from kg.commands.validate import validate
from kg.namespaces import announcement_graph
from kg.store import open_store


@pytest.fixture
def small_ontology(tmp_path, monkeypatch):
    root = tmp_path / "ontology"
    real = ontology_files.ONTOLOGY_DIR
    root.mkdir()
    for name in ("ictsec.ttl", "shapes.ttl"):
        shutil.copy(real / name, root / name)
    shutil.copytree(real / "examples", root / "examples")
    shutil.copytree(real / "checks", root / "checks")
    (root / "vocab").mkdir()
    monkeypatch.setattr(ontology_files, "ONTOLOGY_DIR", root)
    return root


def test_clean_ontology_exits_zero(small_ontology):
    result = CliRunner().invoke(validate, ["--skip-owl"])
    assert result.exit_code == 0, result.output
    assert "0 problems" in result.output


def test_problem_exits_non_zero_with_one_line_per_problem(small_ontology):
    (small_ontology / "vocab" / "bad.ttl").write_text("this is not turtle", encoding="utf-8")
    result = CliRunner().invoke(validate, ["--skip-owl"])
    assert result.exit_code == 1
    assert "[parse] ontology/vocab/bad.ttl" in result.output


def test_store_with_broken_facts_exits_non_zero(small_ontology, tmp_path):
    store_dir = tmp_path / "store"
    store = open_store(store_dir)
    data = ontology_files.load_turtle(small_ontology / "examples" / "invalid.ttl")
    store.replace_graph(announcement_graph("bad"), data)
    store.close()
    result = CliRunner().invoke(validate, ["--skip-owl", "--store", str(store_dir)])
    assert result.exit_code == 1
    assert "[shacl:store] id:meeting/a/2020-01-01 ict:ofForum" in result.output


def test_missing_store_is_an_error_not_an_empty_pass(small_ontology, tmp_path):
    result = CliRunner().invoke(validate, ["--skip-owl", "--store", str(tmp_path / "nowhere")])
    assert result.exit_code != 0
    assert "no store at" in result.output
    assert not (tmp_path / "nowhere").exists()


def test_help_ends_with_an_example():
    result = CliRunner().invoke(validate, ["--help"])
    assert result.exit_code == 0
    example = validate.help.strip().splitlines()[-1].strip()
    assert example.startswith("Example: ictkg validate")
    assert example in result.output
