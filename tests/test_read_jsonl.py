import io
import json
import tracemalloc
from pathlib import Path

import pytest

from kg.read import read_paths, read_stdin
from kg.records import Announcement, ReadProblem

INPUTS = Path(__file__).parent / "fixtures" / "inputs"
BUNDLE = INPUTS / "bundle.jsonl"


def test_each_good_line_is_an_announcement_and_bad_lines_do_not_stop_the_rest():
    results = list(read_paths([str(BUNDLE)]))
    good = [r for r in results if isinstance(r, Announcement)]
    assert [a.id for a in good] == ["first", "second", "fifth"]
    first = good[0]
    assert (first.url, first.title, first.published, first.lang) == (
        "https://example.org/1", "First", "2022-11", "en")
    assert first.source == f"{BUNDLE}:1"


def test_malformed_line_is_a_problem_naming_file_and_line():
    problems = {r.source: r.message for r in read_paths([str(BUNDLE)]) if isinstance(r, ReadProblem)}
    assert problems[f"{BUNDLE}:3"].startswith("not valid JSON (")
    assert problems[f"{BUNDLE}:4"].startswith("missing text")
    assert "already used on line 1" in problems[f"{BUNDLE}:5"]
    assert all("\n" not in m for m in problems.values())


def test_invalid_published_in_a_line_is_a_warning():
    fifth = next(r for r in read_paths([str(BUNDLE)]) if getattr(r, "id", None) == "fifth")
    assert fifth.published is None
    assert len(fifth.warnings) == 1 and fifth.warnings[0].startswith(f"{BUNDLE}:6: ")


def test_line_that_is_not_an_object_and_deeply_nested_line(tmp_path):
    path = tmp_path / "b.jsonl"
    path.write_text('[1, 2]\n{"id": "x", "text": ' + "[" * 100000 + "\n", encoding="utf-8")
    results = list(read_paths([str(path)]))
    assert [type(r) for r in results] == [ReadProblem, ReadProblem]
    assert "not a JSON object" in results[0].message
    assert results[1].message.startswith("not valid JSON")


def test_empty_jsonl_is_a_problem(tmp_path):
    path = tmp_path / "b.jsonl"
    path.write_text("\n\n", encoding="utf-8")
    assert [str(r) for r in read_paths([str(path)])] == [f"{path}: empty file"]


def test_a_line_over_the_limit_is_skipped_and_reading_goes_on(tmp_path):
    path = tmp_path / "b.jsonl"
    lines = [{"id": "big", "text": "x" * 5000}, {"id": "small", "text": "short text"}]
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    results = list(read_paths([str(path)], max_bytes=1000))
    assert isinstance(results[0], ReadProblem) and "limit" in results[0].message
    assert results[1].id == "small"


def test_stdin_is_sniffed_as_jsonl_html_or_text():
    jsonl = b'{"id": "a", "text": "first"}\n\n{"id": "b", "text": "second"}\n'
    assert [a.id for a in read_stdin(stream=io.BytesIO(jsonl))] == ["a", "b"]

    html = b"<!DOCTYPE html><html><body><p>The group met in Geneva to discuss norms.</p></body></html>"
    (item,) = read_stdin(stream=io.BytesIO(html))
    assert item.text == "The group met in Geneva to discuss norms."

    text = b'{"looks": "like json"}\nbut this line is prose.\n'
    (item,) = read_stdin(stream=io.BytesIO(text))
    assert item.text.startswith('{"looks"') and item.source == "<stdin>"


def test_dash_reads_standard_input(monkeypatch):
    class FakeStdin:
        buffer = io.BytesIO("Встреча прошла в Минске.".encode())

    monkeypatch.setattr("sys.stdin", FakeStdin())
    (item,) = read_paths(["-"])
    assert item.text == "Встреча прошла в Минске."


@pytest.mark.slow
def test_a_100000_line_bundle_streams_without_loading_it_whole(tmp_path):
    path = tmp_path / "many.jsonl"
    filler = "The delegations discussed confidence-building measures in detail. " * 5
    with path.open("w", encoding="utf-8") as out:
        for n in range(100_000):
            out.write(json.dumps({"id": f"n{n}", "text": f"Announcement {n}. {filler}"}))
            out.write("\n")
    size = path.stat().st_size
    tracemalloc.start()
    count = 0
    for item in read_paths([str(path)]):
        assert isinstance(item, Announcement)
        count += 1
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert count == 100_000
    # Only the ids seen so far are kept (to refuse duplicates), never the texts.
    assert peak < size / 2
