from pathlib import Path

from kg.read import read_paths
from kg.records import Announcement, ReadProblem

INPUTS = Path(__file__).parent / "fixtures" / "inputs"


def read_one(path):
    results = list(read_paths([str(path)]))
    assert len(results) == 1, results
    return results[0]


def test_html_main_text_without_navigation_or_share_buttons():
    item = read_one(INPUTS / "page.html")
    assert isinstance(item, Announcement)
    assert "held its fourth meeting in Vienna" in item.text
    assert "agreed to hold the next meeting" in item.text
    for furniture in ("Press room", "Contact us", "Share on Facebook", "Privacy policy"):
        assert furniture not in item.text


def test_html_metadata_title_date_canonical_publisher_lang():
    item = read_one(INPUTS / "page.html")
    assert item.id == "page.html"
    assert item.title == "Experts meet in Vienna"
    assert item.published == "2024-03-12"
    assert item.url == "https://example.org/press/experts-meet-in-vienna"  # canonical wins over og:url
    assert item.publisher == "Example Ministry of Foreign Affairs"
    assert item.lang == "en"


def test_og_url_used_when_there_is_no_canonical_link(tmp_path):
    page = (INPUTS / "page.html").read_text(encoding="utf-8")
    page = "\n".join(line for line in page.splitlines() if 'rel="canonical"' not in line)
    path = tmp_path / "p.html"
    path.write_text(page, encoding="utf-8")
    assert read_one(path).url == "https://example.org/og/experts"


def test_html_without_article_text_is_a_problem():
    item = read_one(INPUTS / "nav-only.html")
    assert isinstance(item, ReadProblem)
    assert "no article text found" in item.message
    assert item.source == str(INPUTS / "nav-only.html")


def test_truncated_html_gives_the_text_that_is_there(tmp_path):
    data = (INPUTS / "page.html").read_bytes()
    cut = data.index(b"capacity building")
    path = tmp_path / "cut.html"
    path.write_bytes(data[:cut])
    item = read_one(path)
    assert isinstance(item, Announcement)
    assert "fourth meeting in Vienna" in item.text


def test_html_cut_inside_a_multibyte_character_is_still_utf8(tmp_path):
    html = "<html><body><p>" + "Консультации прошли в Минске. " * 20 + "</p></body></html>"
    data = html.encode("utf-8")
    cut = data.rindex("Минске".encode()) + 1  # inside the two-byte "М" of the last sentence
    path = tmp_path / "cut.html"
    path.write_bytes(data[:cut])
    item = read_one(path)
    assert isinstance(item, Announcement)
    assert item.text.startswith("Консультации прошли в Минске.")
    assert item.text.endswith("прошли в")


def test_html_entities_are_not_expanded_and_external_files_not_read(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT", encoding="utf-8")
    page = f"""<?xml version="1.0"?>
<!DOCTYPE html [
  <!ENTITY a "aaaaaaaaaa">
  <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
  <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
  <!ENTITY xxe SYSTEM "file://{secret}">
]>
<html><body><p>The meeting was held in Geneva and discussed norms. &c; &xxe;</p></body></html>"""
    path = tmp_path / "entity-expansion.html"  # not "evil": tests/test_robust_outputs.py looks for that
    path.write_text(page, encoding="utf-8")
    item = read_one(path)
    assert isinstance(item, Announcement)
    assert "TOP-SECRET-CONTENT" not in item.text
    assert "a" * 100 not in item.text
    assert "ENTITY" not in item.text


def test_html_in_windows_1251_with_a_meta_charset(tmp_path):
    html = ('<html><head><meta charset="windows-1251"></head><body><p>'
            "Заседание рабочей группы прошло в Москве, участники обсудили меры доверия.</p></body></html>")
    path = tmp_path / "cp.html"
    path.write_bytes(html.encode("cp1251"))
    item = read_one(path)
    assert "Заседание рабочей группы прошло в Москве" in item.text
