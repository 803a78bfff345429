import json

import pytest
from click.testing import CliRunner

from kg.commands import evaluate as command

GOLD = {
    "document": "a.txt", "lang": "en", "published": None,
    "meetings": [{
        "forum": {"name": "BRICS Working Group on Security in the Use of ICTs", "aliases": []},
        "kind": "working-group", "date": "2024-04-16/2024-04-17", "format": "in-person",
        "location": "Moscow", "ordinal": 10, "chairs": [], "states": ["RUS", "BRA", "IND", "CHN"],
        "organizations": [{"name": "BRICS", "aliases": []}], "agencies": [], "processes": [],
        "documents": [], "next_meeting": None,
    }],
}


@pytest.fixture
def corpus(tmp_path):
    (tmp_path / "a.gold.json").write_text(json.dumps(GOLD), encoding="utf-8")
    (tmp_path / "a.txt").write_text("An announcement.", encoding="utf-8")
    return tmp_path


def use_extractor(monkeypatch, predicted):
    monkeypatch.setattr(command, "_load_extractor", lambda: (lambda path: predicted))


def run(*args):
    return CliRunner().invoke(command.eval_, [str(a) for a in args])


def with_states(states):
    predicted = json.loads(json.dumps(GOLD))
    predicted["meetings"][0]["states"] = states
    return predicted


def test_prints_a_table_per_field_with_the_micro_total(corpus, monkeypatch):
    use_extractor(monkeypatch, with_states(["RUS", "BRA"]))
    result = run(corpus)
    assert result.exit_code == 0, result.output
    for text in ("states", "agencies", "documents.role", "micro total", "a.txt"):
        assert text in result.output
    states_row = next(line for line in result.output.splitlines() if " states " in line)
    assert "0.500" in states_row  # recall of states: 2 of 4


def test_exit_1_when_below_the_floor(corpus, monkeypatch):
    use_extractor(monkeypatch, {"meetings": []})
    result = run(corpus, "--min", "0.9")
    assert result.exit_code == 1
    assert "micro-F1 0.00 is below the floor 0.90" in result.output


def test_exit_0_at_or_above_the_floor(corpus, monkeypatch):
    use_extractor(monkeypatch, json.loads(json.dumps(GOLD)))
    assert run(corpus, "--min", "1.0").exit_code == 0


def test_exit_2_when_there_are_no_answer_keys(tmp_path, monkeypatch):
    use_extractor(monkeypatch, {"meetings": []})
    result = run(tmp_path)
    assert result.exit_code == 2
    assert "no answer keys" in result.output


def test_diff_lists_missed_and_extra_facts(corpus, monkeypatch):
    use_extractor(monkeypatch, with_states(["RUS", "BRA", "IND", "USA"]))
    result = run(corpus, "--diff")
    lines = result.output.splitlines()
    assert any(line.startswith("missed") and "a.txt" in line and "states: CHN" in line for line in lines)
    assert any(line.startswith("extra") and "states: USA" in line for line in lines)


def test_json_output_is_the_report(corpus, monkeypatch):
    use_extractor(monkeypatch, with_states(["RUS", "BRA", "IND", "CHN", "USA"]))
    result = run(corpus, "--json", "--diff")
    payload = json.loads(result.output)
    assert payload["fields"]["states"]["fp"] == 1
    assert payload["total"]["recall"] == 1.0
    assert payload["diff"][0]["value"] == "USA"


def test_values_from_announcements_are_not_read_as_markup(corpus, monkeypatch):
    predicted = json.loads(json.dumps(GOLD))
    predicted["meetings"][0]["organizations"].append({"name": "[bold red]Evil[/] Org"})
    use_extractor(monkeypatch, predicted)
    assert "[bold red]Evil[/] Org" in run(corpus, "--diff").output


def test_help_is_complete_and_ends_with_an_example():
    from kg.cli import cli

    result = CliRunner().invoke(cli, ["eval", "--help"])
    assert result.exit_code == 0
    for option in ("--min", "--diff", "--json"):
        assert option in result.output
    assert command.eval_.help.strip().splitlines()[-1].strip().startswith("Example: ictkg eval")
