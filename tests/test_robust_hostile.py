"""Hostile input: every file of tests/hostile/corpus gets its documented outcome, the batch goes on,
and the store stays valid (SHACL clean, queries answer, everything parses back as RDF).

The outcomes are the table in docs/robustness.md ("What happens when…"):
ingested, ingested with a warning, or refused with one line naming the input.
"""

import json
import os
import shutil
import tracemalloc
from pathlib import Path

import pytest
from click.testing import CliRunner
from hostile.generate import write_big_text, write_jsonl_with_bad_lines
from rdflib import Dataset, Literal

from kg.cli import cli
from kg.ingest import default_resources, ingest
from kg.read import read_paths
from kg.records import Announcement, ReadProblem
from kg.store import open_store
from kg.validate import validate_store

CORPUS = Path(__file__).parent / "hostile" / "corpus"
EXAMPLES = Path(__file__).parent.parent / "examples" / "announcements"

# A file name that is itself hostile: quotes, angle brackets, a backslash, SPARQL and a newline.
HOSTILE_FILE_NAME = 'na"me\' <b>&amp; \\ } ; DROP ALL ; #\nline.txt'
# A file name that is not UTF-8 (Linux allows any bytes): Python sees it with lone surrogates.
NON_UTF8_FILE_NAME = os.fsdecode(b"cp1251-\xcc\xc8\xc4-name.txt")
HOSTILE_JSONL_ID = 'id with "quotes" <angle> \\ back } ; DROP ALL ; #\nnewline'

INGESTED, WARNED, REFUSED = "ingested", "ingested with a warning", "refused"

# input -> (outcome, words its warning or error line contains, the id it is stored under)
EXPECTED = {
    "empty.txt": (REFUSED, "empty file"),
    "whitespace-only.txt": (REFUSED, "empty file"),
    "bom-only.md": (REFUSED, "empty file"),
    "binary.txt": (REFUSED, "binary file, not an announcement"),
    "nul-bytes.txt": (REFUSED, "binary file, not an announcement"),
    "control-characters.txt": (REFUSED, "binary file, not an announcement"),
    "late-nul-bytes.txt": (INGESTED, None),
    "invalid-utf8.txt": (WARNED, "1 byte sequence(s) are not valid UTF-8 and were replaced"),
    "windows-1251.txt": (INGESTED, None),
    "utf-16-le-bom.txt": (INGESTED, None),
    "utf-16-be-bom.txt": (INGESTED, None),
    "utf-16-no-bom.txt": (INGESTED, None),
    "mixed-language.txt": (INGESTED, None),
    "mixed-scripts-in-words.txt": (INGESTED, None),
    "zero-width-and-emoji.txt": (INGESTED, None),
    "german.txt": (REFUSED, "language 'de' is not supported (only ru and en)"),
    "only-numbers.txt": (REFUSED, "an undetectable language is not supported"),
    "html-scripts-iframes.html": (WARNED, "`url: javascript:alert(1)` is not an http(s) address; ignored"),
    "html-no-body.html": (REFUSED, "no article text found"),
    "html-iframe-only.html": (REFUSED, "no article text found"),
    "html-entity-bomb.html": (INGESTED, None),
    "html-unclosed-tags.htm": (INGESTED, None),
    "front-matter-bad-date.md": (WARNED, "`published: 2019-13-45` is not an ISO date"),
    "front-matter-unknown-keys.md": (WARNED, "unknown front matter key 'author' ignored"),
    "front-matter-bad-lang.md": (WARNED, "`lang: russian` is not a two-letter language code"),
    "front-matter-only.md": (REFUSED, "no announcement text after the front matter"),
    "front-matter-unclosed.md": (INGESTED, None),
    "hostile-names.md": (WARNED, "is not an http(s) address; ignored"),
    "empty-lines-only.jsonl": (REFUSED, "empty file"),
    HOSTILE_FILE_NAME: (INGESTED, None),
    "hostile.jsonl:1": (INGESTED, None, "ok-1"),
    "hostile.jsonl:2": (INGESTED, None, "../../../etc/passwd"),
    "hostile.jsonl:3": (WARNED, "`published: not a date` is not an ISO date", HOSTILE_JSONL_ID),
    "hostile.jsonl:4": (INGESTED, None, "/absolute/path/name.html"),
    "hostile.jsonl:5": (REFUSED, "id 'ok-1' already used on line 1"),
    "hostile.jsonl:6": (REFUSED, "language 'xx' is not supported"),
    "hostile.jsonl:7": (INGESTED, None, "hostile.jsonl#7"),
    "hostile.jsonl:10": (REFUSED, "not valid JSON (Invalid control character at column"),
    "hostile.jsonl:11": (REFUSED, "not valid JSON (Expecting value at column 1)"),
    "hostile.jsonl:12": (REFUSED, "missing text"),
    "hostile.jsonl:13": (INGESTED, None, "ok-last"),
    "hostile.jsonl:14": (INGESTED, None, "lone-surrogate-\ufffd"),  # JSON "\\udfff": not a character
    NON_UTF8_FILE_NAME: (INGESTED, None, NON_UTF8_FILE_NAME.encode("utf-8", "surrogateescape").decode("utf-8", "replace")),
}
STORED = {k for k, v in EXPECTED.items() if v[0] != REFUSED}


def stored_id(key: str) -> str:
    entry = EXPECTED[key]
    return entry[2] if len(entry) > 2 else key


def _copy_corpus(folder: Path) -> None:
    """The corpus plus the inputs whose file names cannot live in git."""
    shutil.copytree(CORPUS, folder)
    for name in (HOSTILE_FILE_NAME, NON_UTF8_FILE_NAME):
        (folder / name).write_text("On 5 April 2019, Beijing hosted Russia-China consultations on international "
                                   "information security.", encoding="utf-8")


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    """The whole corpus ingested in one `ictkg ingest` (with inference), as a user would run it."""
    root = tmp_path_factory.mktemp("hostile")
    folder = root / "corpus"
    _copy_corpus(folder)
    store_dir = root / "store"
    result = CliRunner().invoke(cli, ["ingest", str(folder), "--store", str(store_dir)])
    store = open_store(store_dir, read_only=True)
    yield folder, store_dir, result, store
    store.close()


def _lines(result, kind: str, folder: Path, key: str) -> list[str]:
    source = f"{folder}/{key}"
    return [ln for ln in result.stderr.splitlines() if ln.startswith(f"{kind}: {source}: ")]


def _is_stored(store, name: str) -> bool:
    return store.ask("ASK { ?a a ict:Announcement ; ict:sourceName ?n }", {"n": Literal(name)})


@pytest.mark.parametrize("key", sorted(EXPECTED))
def test_every_hostile_input_gets_its_documented_outcome(run, key):
    folder, _, result, store = run
    outcome, words = EXPECTED[key][:2]
    errors, warnings = _lines(result, "error", folder, key), _lines(result, "warning", folder, key)
    if outcome == REFUSED:
        assert len(errors) == 1 and words in errors[0], result.stderr
        assert not _is_stored(store, stored_id(key))
        return
    assert errors == [], errors
    assert _is_stored(store, stored_id(key))
    if outcome == WARNED:
        assert any(words in w for w in warnings), result.stderr
    else:
        assert warnings == []


def test_the_batch_goes_on_and_the_summary_counts_every_input(run):
    _, _, result, store = run
    refused = len(EXPECTED) - len(STORED)
    assert result.exit_code == 1
    assert f"read {len(STORED)} announcements: {len(STORED)} stored" in result.stdout
    assert f"{refused} failed" in result.stdout
    assert len([ln for ln in result.stderr.splitlines() if ln.startswith("error: ")]) == refused
    assert len(store.query("SELECT ?a WHERE { ?a a ict:Announcement }")) == len(STORED)


def test_the_store_stays_shacl_valid_after_hostile_input(run):
    _, _, _, store = run
    report = validate_store(store)
    assert report.problems == [], "\n".join(p.line() for p in report.problems)


def test_queries_and_who_answer_after_hostile_input(run):
    _, store_dir, _, store = run
    runner = CliRunner()
    who = runner.invoke(cli, ["who", "МИД России", "--store", str(store_dir), "--format", "json"])
    assert who.exit_code == 0, who.output
    assert json.loads(who.stdout)["meetings"]
    query = runner.invoke(cli, ["query", "cq1", "--store", str(store_dir), "--format", "json"])
    assert query.exit_code == 0, query.output
    assert json.loads(query.stdout)
    meetings = store.query("SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m a ict:Meeting }")
    assert int(meetings[0]["n"]) > 0


def test_hostile_names_round_trip_through_rdf_exactly(run, tmp_path):
    _, _, _, store = run
    store.dump(tmp_path / "all.trig", "trig")
    ds = Dataset()
    ds.parse(tmp_path / "all.trig", format="trig")
    names = {str(o) for _, _, o, _ in ds.quads((None, None, None, None)) if isinstance(o, Literal)}
    assert HOSTILE_JSONL_ID in names and HOSTILE_FILE_NAME in names
    assert "<script>alert('title')</script> \"} ; DROP ALL ; # ' OR 1=1 --" in names
    assert "Пресс-служба <МИД> & \\ \"кавычки\" ]]> --> <!--" in names
    assert len(list(ds.quads((None, None, None, None)))) == len(store)


def test_script_style_and_declared_entities_never_become_announcement_text(run):
    _, _, _, store = run
    texts = " ".join(str(r["t"]) for r in store.query("SELECT ?t WHERE { ?e ict:sentence ?t }"))
    assert "Москве" in texts  # the articles themselves were read
    for never in ("injected by script", "alert('onload')", "noscript text", "not an article", "lollol",
                  "evil.example"):
        assert never not in texts
    # an escaped tag in the article is the article's text: kept as characters, escaped on output
    assert '<script>alert("entity")</script>' in texts


def test_invisible_marks_do_not_hide_names_from_the_linker(tmp_path):
    raw = (CORPUS / "zero-width-and-emoji.txt").read_text(encoding="utf-8")
    plain = tmp_path / "plain.txt"
    plain.write_text("".join(ch for ch in raw if ch not in "\u200b\u200d\u2066\u202e\u202c"), encoding="utf-8")
    (marked,) = read_paths([str(CORPUS / "zero-width-and-emoji.txt")])
    assert "\u200b" not in marked.text and "\u202e" not in marked.text
    res = default_resources()
    store = open_store(memory=True)
    with_marks = ingest([marked], store, res=res)
    without = ingest(read_paths([str(plain)]), store, res=res)
    assert with_marks.meetings == without.meetings > 0


# ------------------------------------------------------------------ known gaps (reported to the lead)


def test_a_partial_publication_date_keeps_the_store_valid():
    store = open_store(memory=True)
    ann = Announcement(id="y.jsonl#1", source="y.jsonl:1", published="2019", lang="en",
                       text="On 5 April 2019, Beijing hosted Russia-China consultations on information security.")
    ingest([ann], store, res=default_resources())
    assert validate_store(store).ok, validate_store(store)


def test_the_example_corpus_stores_a_shacl_valid_graph():
    store = open_store(memory=True)
    ingest(read_paths([str(EXAMPLES)]), store, res=default_resources())
    report = validate_store(store)
    assert report.ok, report


# ------------------------------------------------------------------ large inputs, made at test time


@pytest.mark.slow
def test_a_50_mb_file_is_refused_before_it_is_read_whole(tmp_path):
    big = write_big_text(tmp_path / "big.txt", 50)
    tracemalloc.start()
    (item,) = read_paths([str(big)])
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert isinstance(item, ReadProblem)
    assert item.message == f"file is {big.stat().st_size / 2**20:.1f} MB, over the 10 MB limit; split it or raise --max-mb"
    assert peak < 1024 * 1024  # the size comes from stat(), not from reading 50 MB


@pytest.mark.slow
def test_a_50_mb_file_in_a_folder_is_one_line_and_the_rest_is_ingested(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    write_big_text(folder / "big.txt", 50)
    (folder / "small.txt").write_text("On 5 April 2019, Beijing hosted Russia-China consultations on "
                                      "international information security.", encoding="utf-8")
    result = CliRunner().invoke(cli, ["ingest", str(folder), "--store", str(tmp_path / "store"), "--no-reason"])
    assert result.exit_code == 1
    assert [ln for ln in result.stderr.splitlines() if ln.startswith("error:")] == [
        f"error: {folder / 'big.txt'}: file is 50.0 MB, over the 10 MB limit; split it or raise --max-mb"]
    assert "read 1 announcements: 1 stored" in result.stdout


@pytest.mark.slow
def test_a_100000_line_jsonl_reports_each_malformed_line_and_streams(tmp_path):
    path = tmp_path / "bundle.jsonl"
    bad = write_jsonl_with_bad_lines(path, 100_000, every=97, short=True)
    tracemalloc.start()
    good, problems = 0, {}
    for item in read_paths([str(path)]):
        if isinstance(item, Announcement):
            good += 1
        else:
            problems[int(item.source.rsplit(":", 1)[1])] = item.message
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert good == 100_000 - len(bad)
    assert sorted(problems) == sorted(bad)
    assert all(bad[n] in problems[n] and "\n" not in problems[n] for n in bad)
    # Only the ids seen so far are kept (to refuse duplicates: ~100 bytes a line), never the file (about 30 MB).
    assert path.stat().st_size > 25 * 2**20 and peak < 16 * 2**20


@pytest.mark.slow
def test_a_jsonl_with_scattered_malformed_lines_is_partly_ingested(tmp_path):
    path = tmp_path / "bundle.jsonl"
    bad = write_jsonl_with_bad_lines(path, 1500, every=37)
    store_dir = tmp_path / "store"
    result = CliRunner().invoke(cli, ["ingest", str(path), "--store", str(store_dir), "--no-reason"])
    assert result.exit_code == 1
    errors = [ln for ln in result.stderr.splitlines() if ln.startswith("error:")]
    assert [int(ln.split(":")[2]) for ln in errors] == sorted(bad)
    assert f"read {1500 - len(bad)} announcements: {1500 - len(bad)} stored" in result.stdout
    with open_store(store_dir, read_only=True) as store:
        rows = store.query("SELECT (COUNT(?a) AS ?n) WHERE { ?a a ict:Announcement }")
        assert int(rows[0]["n"]) == 1500 - len(bad)


def test_an_impossible_calendar_date_is_never_stored_as_a_date():
    store = open_store(memory=True)
    ann = Announcement(id="feb.txt", source="feb.txt", lang="ru",
                       text="31 февраля 2019 года в Москве состоялись российско-китайские консультации "
                            "по вопросам международной информационной безопасности.")
    ingest([ann], store, res=default_resources())
    assert validate_store(store).ok, validate_store(store)
