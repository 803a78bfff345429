from pathlib import Path

import pytest

from kg.read import parse_published, read_paths
from kg.records import Announcement, ReadProblem

INPUTS = Path(__file__).parent / "fixtures" / "inputs"


def read_one(path) -> Announcement | ReadProblem:
    results = list(read_paths([str(path)]))
    assert len(results) == 1, results
    return results[0]


def test_front_matter_fields_become_metadata():
    item = read_one(INPUTS / "consultations-ru.txt")
    assert isinstance(item, Announcement)
    assert item.id == "consultations-ru.txt"
    assert item.title == "О консультациях по международной информационной безопасности"
    assert item.published == "2023-05-17"
    assert item.url == "https://example.org/news/42"
    assert item.publisher == "Пресс-служба"  # single quotes removed
    assert item.lang == "ru"
    assert item.warnings == ()


def test_front_matter_is_not_part_of_the_text():
    item = read_one(INPUTS / "consultations-ru.txt")
    assert item.text.startswith("17 мая в Москве")
    assert "---" not in item.text and "published" not in item.text


def test_invalid_published_date_warns_and_keeps_the_announcement():
    item = read_one(INPUTS / "bad-date.txt")
    assert isinstance(item, Announcement)
    assert item.published is None
    date_warnings = [w for w in item.warnings if "2023-02-30" in w]
    assert len(date_warnings) == 1
    assert date_warnings[0].startswith(str(INPUTS / "bad-date.txt"))
    assert "\n" not in date_warnings[0]


def test_unknown_front_matter_key_warns_but_is_not_fatal():
    item = read_one(INPUTS / "bad-date.txt")
    assert item.title == "A meeting with a broken date"
    assert any("'source'" in w for w in item.warnings)


def test_text_without_front_matter_is_read_whole():
    item = read_one(INPUTS / "no-front-matter.md")
    assert item.text.startswith("# Experts meet online")
    assert item.title is None and item.published is None


@pytest.mark.parametrize(("value", "expected"), [
    ("2021-09-23", "2021-09-23"),
    ("2021-09", "2021-09"),
    ("2021", "2021"),
    ("2021-09-23T10:15:00+03:00", "2021-09-23"),
    ("2021-09-23T10:15:00Z", "2021-09-23"),
    ("2021-13", None),
    ("2021-02-30", None),
    ("23.09.2021", None),
    ("yesterday", None),
])
def test_published_accepts_iso_dates_only(value, expected):
    published, warning = parse_published(value)
    assert published == expected
    assert (warning is None) == (expected is not None)


def test_quoted_values_and_crlf_line_ends(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b'---\r\ntitle: "Say \\"hi\\": now"\r\nlang: EN\r\n---\r\nLine one.\r\nLine two.\r\n')
    item = read_one(path)
    assert item.title == 'Say "hi": now'
    assert item.lang == "en"
    assert item.text == "Line one.\nLine two."


def test_unclosed_front_matter_is_treated_as_text(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("---\ntitle: x\nThe body never closes the block.\n", encoding="utf-8")
    item = read_one(path)
    assert item.title is None
    assert "The body never closes" in item.text


def test_front_matter_without_body_is_a_problem(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("---\ntitle: only metadata\n---\n\n", encoding="utf-8")
    item = read_one(path)
    assert isinstance(item, ReadProblem)
    assert item.source == str(path)


def test_folder_walk_is_sorted_recursive_and_skips_non_announcements(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".hidden").mkdir()
    for name in ("b/two.txt", "a.txt", "c.md", "x.gold.json", "README.md", ".secret.txt",
                 ".hidden/inside.txt", "notes.pdf", "b/one.html"):
        (tmp_path / name).write_text("<html><body><p>Some text of an announcement.</p></body></html>"
                                     if name.endswith(".html") else "Some text of an announcement.",
                                     encoding="utf-8")
    ids = [r.id for r in read_paths([str(tmp_path)])]
    assert ids == ["a.txt", "one.html", "two.txt", "c.md"]


def test_explicit_unsupported_file_is_a_problem_that_lists_the_kinds(tmp_path):
    path = tmp_path / "report.pdf"
    path.write_bytes(b"%PDF-1.4")
    item = read_one(path)
    assert isinstance(item, ReadProblem)
    assert ".txt" in item.message and ".jsonl" in item.message


def test_missing_path_is_a_problem():
    item = read_one("/no/such/announcement.txt")
    assert isinstance(item, ReadProblem)
    assert str(item) == "/no/such/announcement.txt: no such file or folder"


def test_folder_walk_reads_announcements_only_and_says_why_it_skipped_the_rest(tmp_path):
    # documentation is told by its build (headings with tables or code blocks), not by its name
    (tmp_path / "CATALOGUE.md").write_text("# Corpus\n\n| file | event |\n| --- | --- |\n| a.txt | BRICS |\n",
                                           encoding="utf-8")
    (tmp_path / "SPEC.md").write_text("# The facts format\n\n```json\n{\"meetings\": []}\n```\n", encoding="utf-8")
    (tmp_path / "a.gold.json").write_text('{"meetings": []}', encoding="utf-8")
    (tmp_path / "slides.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "headed.md").write_text("# Experts meet online\n\nThe group met by video conference.\n",
                                        encoding="utf-8")
    (tmp_path / "with-table.md").write_text("---\ntitle: Results\n---\n# Results\n\n| a | b |\n| 1 | 2 |\n",
                                            encoding="utf-8")
    skipped = []
    ids = [r.id for r in read_paths([str(tmp_path)], on_skip=lambda path, why: skipped.append((Path(path).name, why)))]
    assert ids == ["headed.md", "with-table.md"]
    reasons = dict(skipped)
    assert set(reasons) == {"CATALOGUE.md", "SPEC.md", "a.gold.json", "slides.pdf"}
    assert reasons["CATALOGUE.md"].startswith("documentation") and reasons["SPEC.md"].startswith("documentation")
    assert "answer key" in reasons["a.gold.json"]
    assert "unknown file type '.pdf'" in reasons["slides.pdf"]


def test_documentation_named_explicitly_is_a_problem_that_says_how_to_mark_an_announcement(tmp_path):
    path = tmp_path / "INDEX.md"
    path.write_text("# Corpus index\n\n| file | lang |\n| --- | --- |\n", encoding="utf-8")
    (item,) = read_paths([str(path)])
    assert isinstance(item, ReadProblem) and "documentation" in item.message and "front matter" in item.message
