"""The project's own example announcements and their answer keys follow the facts format.

The keys in examples/announcements are what the extractor is compared against in examples and
demos, so a malformed key (a guessed year, an unknown kind, a chair's name that is not in the text)
would silently distort every comparison built on it.
"""

import json
import re
from datetime import date
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "announcements"

TOP_FIELDS = {"document", "lang", "published", "meetings"}
MEETING_FIELDS = {
    "forum", "kind", "date", "format", "location", "ordinal", "chairs", "states",
    "organizations", "agencies", "processes", "documents", "next_meeting",
}
KINDS = {"dialogue", "working-group", "committee", "conference", "summit", "consultations", "session", "other"}
FORMATS = {"online", "in-person", "hybrid", None}
ROLES = {"basis", "presented", "adopted", "signed", "referenced"}
STATE_CODE = re.compile(r"^[A-Z]{3}$")
YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def _announcements() -> list[Path]:
    return sorted(
        p for p in EXAMPLES.iterdir()
        if p.suffix in {".txt", ".html"} and not p.name.endswith(".gold.json")
    )


def _gold_files() -> list[Path]:
    return sorted(EXAMPLES.glob("*.gold.json"))


def _load(gold_path: Path) -> dict:
    return json.loads(gold_path.read_text(encoding="utf-8"))


def _document_text(gold: dict) -> str:
    return (EXAMPLES / gold["document"]).read_text(encoding="utf-8")


def _front_matter(text: str) -> dict[str, str]:
    """Key/value pairs of a leading `---` block (empty when there is none)."""
    lines = text.splitlines()
    if not lines or lines[0].strip() != "---":
        return {}
    fields = {}
    for line in lines[1:]:
        if line.strip() == "---":
            return fields
        key, _, value = line.partition(":")
        fields[key.strip()] = value.strip().strip('"')
    raise AssertionError("front matter is not closed by a second '---' line")


def _metadata(text: str, suffix: str) -> dict[str, str]:
    """The published date and language a reader of the document can see in its metadata."""
    if suffix == ".html":
        meta = {}
        published = re.search(r'property="article:published_time"\s+content="([^"]+)"', text)
        if published:
            meta["published"] = published.group(1)[:10]
        lang = re.search(r'<html[^>]*\blang="([a-z]+)', text)
        if lang:
            meta["lang"] = lang.group(1)
        return meta
    return _front_matter(text)


def _valid_point(value: str) -> bool:
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            date.fromisoformat(value)
        elif re.fullmatch(r"--\d{2}-\d{2}", value):
            date(2000, int(value[2:4]), int(value[5:7]))  # a leap year, so --02-29 is accepted
        elif re.fullmatch(r"\d{4}-\d{2}", value):
            date(int(value[:4]), int(value[5:7]), 1)
        elif not re.fullmatch(r"\d{4}", value):
            return False
    except ValueError:
        return False
    return True


def _valid_date(value: str) -> bool:
    """A FORMAT.md date: one ISO point, or a START/END interval of two points of the same form."""
    if "/" not in value:
        return _valid_point(value)
    start, _, end = value.partition("/")
    same_form = len(start) == len(end) and start.startswith("--") == end.startswith("--")
    return same_form and _valid_point(start) and _valid_point(end) and start <= end


def _check_named(entity: dict, where: str) -> None:
    assert isinstance(entity.get("name"), str) and entity["name"], f"{where}: name missing"
    aliases = entity.get("aliases", [])
    assert isinstance(aliases, list) and all(isinstance(a, str) and a for a in aliases), f"{where}: bad aliases"


def _names(entity: dict, key: str = "name") -> list[str]:
    return [entity[key], *entity.get("aliases", [])]


def _fold(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("ё", "е")).casefold()


def test_corpus_has_at_least_fifteen_announcements_each_with_a_key():
    announcements = _announcements()
    assert len(announcements) >= 15
    missing = [p.name for p in announcements if not (EXAMPLES / f"{p.stem}.gold.json").exists()]
    assert missing == []
    for gold_path in _gold_files():
        gold = _load(gold_path)
        assert gold["document"] == gold_path.name.removesuffix(".gold.json") + Path(gold["document"]).suffix
        assert (EXAMPLES / gold["document"]).is_file(), f"{gold_path.name} names a missing document"


@pytest.mark.parametrize("gold_path", _gold_files(), ids=lambda p: p.stem)
def test_every_key_follows_the_facts_format(gold_path):
    gold = _load(gold_path)
    assert set(gold) == TOP_FIELDS
    assert gold["lang"] in {"ru", "en"}
    assert gold["published"] is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", gold["published"])
    assert isinstance(gold["meetings"], list)
    for i, m in enumerate(gold["meetings"]):
        where = f"{gold_path.name} meeting {i}"
        assert set(m) == MEETING_FIELDS, where
        assert m["kind"] in KINDS, where
        if m["forum"] is None:
            assert m["kind"] == "other", f"{where}: a meeting with no forum has kind 'other'"
        else:
            _check_named(m["forum"], f"{where} forum")
        assert m["date"] is None or _valid_date(m["date"]), f"{where}: date {m['date']!r}"
        assert m["format"] in FORMATS, where
        assert m["location"] is None or (isinstance(m["location"], str) and m["location"]), where
        assert m["ordinal"] is None or (isinstance(m["ordinal"], int) and m["ordinal"] >= 1), where
        assert all(STATE_CODE.match(s) for s in m["states"]), f"{where}: states {m['states']}"
        assert len(set(m["states"])) == len(m["states"]), f"{where}: duplicate states"
        for c in m["chairs"]:
            assert isinstance(c["name"], str) and c["name"], where
            assert c["state"] is None or STATE_CODE.match(c["state"]), f"{where}: chair state {c['state']!r}"
            assert c["name_native"] is None or isinstance(c["name_native"], str), where
            assert c["post"] is None or isinstance(c["post"], str), where
        for key in ("organizations", "processes"):
            for e in m[key]:
                _check_named(e, f"{where} {key}")
        for a in m["agencies"]:
            assert STATE_CODE.match(a["state"]), f"{where}: agency state {a['state']!r}"
            _check_named(a, f"{where} agency")
        for d in m["documents"]:
            assert isinstance(d["title"], str) and d["title"], where
            assert d["role"] in ROLES, f"{where}: document role {d['role']!r}"
            assert d["year"] is None or (isinstance(d["year"], int) and 1900 <= d["year"] <= 2100), where
            assert d["by"] is None or STATE_CODE.match(d["by"]), where
            assert all(isinstance(a, str) and a for a in d.get("aliases", [])), where
        nxt = m["next_meeting"]
        if nxt is not None:
            assert set(nxt) == {"when", "format"}, where
            assert nxt["when"] is None or isinstance(nxt["when"], str), where
            assert nxt["format"] in FORMATS, where


@pytest.mark.parametrize("gold_path", _gold_files(), ids=lambda p: p.stem)
def test_key_metadata_matches_the_documents_own_metadata(gold_path):
    gold = _load(gold_path)
    meta = _metadata(_document_text(gold), Path(gold["document"]).suffix)
    assert gold["published"] == meta.get("published")
    if "lang" in meta:
        assert gold["lang"] == meta["lang"]


def test_no_year_is_guessed_when_the_document_gives_none():
    yearless = [_load(p) for p in _gold_files() if not YEAR.search(_document_text(_load(p)))]
    assert yearless, "at least one example must give no year anywhere"
    for gold in yearless:
        for m in gold["meetings"]:
            assert m["date"] is None or not YEAR.search(m["date"]), gold["document"]
            if m["next_meeting"] and m["next_meeting"]["when"]:
                assert not YEAR.search(m["next_meeting"]["when"]), gold["document"]


@pytest.mark.parametrize("gold_path", _gold_files(), ids=lambda p: p.stem)
def test_keys_name_only_what_the_text_says(gold_path):
    gold = _load(gold_path)
    raw = _document_text(gold)
    text = _fold(raw)
    for i, m in enumerate(gold["meetings"]):
        named = [("forum", m["forum"])] if m["forum"] else []
        named += [(k, e) for k in ("organizations", "processes", "agencies") for e in m[k]]
        for kind, entity in named:
            assert any(_fold(n) in text for n in _names(entity)), f"meeting {i} {kind} {entity['name']!r}"
        for d in m["documents"]:
            assert any(_fold(n) in text for n in _names(d, "title")), f"meeting {i} document {d['title']!r}"
        for c in m["chairs"]:
            assert c["state"] is None or c["state"] in m["states"], f"meeting {i}: chair's state not a participant"
            if c["name_native"]:
                assert c["name_native"] in raw, f"meeting {i}: {c['name_native']!r} is not the text's own form"


def test_both_languages_are_present():
    langs = {_load(p)["lang"] for p in _gold_files()}
    assert langs == {"ru", "en"}


def test_corpus_has_an_announcement_with_several_meetings_and_one_with_none():
    counts = [len(_load(p)["meetings"]) for p in _gold_files()]
    assert max(counts) >= 2
    assert 0 in counts


def test_readme_lists_every_announcement():
    readme = (EXAMPLES / "README.md").read_text(encoding="utf-8")
    unlisted = [p.name for p in _announcements() if p.name not in readme]
    assert unlisted == []
