from pathlib import Path

import pytest

from kg.read import read_paths
from kg.records import Announcement, ReadProblem

RUSSIAN = "Заседание рабочей группы прошло в Москве; участники обсудили меры доверия в сфере ИКТ."


def read_one(path, **kwargs):
    results = list(read_paths([str(path)], **kwargs))
    assert len(results) == 1, results
    return results[0]


@pytest.mark.parametrize(("label", "data"), [
    ("utf-8", RUSSIAN.encode("utf-8")),
    ("utf-8 with BOM", b"\xef\xbb\xbf" + RUSSIAN.encode("utf-8")),
    ("utf-16 LE with BOM", RUSSIAN.encode("utf-16")),
    ("utf-16 BE with BOM", b"\xfe\xff" + RUSSIAN.encode("utf-16-be")),
    ("windows-1251", RUSSIAN.encode("cp1251")),
    ("koi8-r", RUSSIAN.encode("koi8_r")),
])
def test_encodings_are_read_correctly(tmp_path, label, data):
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    item = read_one(path)
    assert isinstance(item, Announcement), label
    assert item.text == RUSSIAN


def test_windows_1252_english_with_accents(tmp_path):
    text = "The delegation of Côte d’Ivoire met in Genève."
    path = tmp_path / "a.txt"
    path.write_bytes(text.encode("cp1252"))
    assert read_one(path).text == text


def test_front_matter_in_windows_1251(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(f"---\ntitle: Заседание\npublished: 2024\n---\n{RUSSIAN}\n".encode("cp1251"))
    item = read_one(path)
    assert (item.title, item.published, item.text) == ("Заседание", "2024", RUSSIAN)


def test_text_is_normalised_nfc_newlines_and_no_control_characters(tmp_path):
    decomposed = "Мои\u0306 друг"  # й as и + combining breve
    path = tmp_path / "a.txt"
    path.write_bytes(f"{decomposed}\r\nвторая\x07 строка\tс табом\x1b\rтретья".encode())
    item = read_one(path)
    assert item.text == "Мой друг\nвторая строка\tс табом\nтретья"


def test_empty_and_whitespace_only_files_are_problems(tmp_path):
    for name, data in (("empty.txt", b""), ("blank.md", b" \n\t\r\n"), ("empty.html", b"")):
        path = tmp_path / name
        path.write_bytes(data)
        item = read_one(path)
        assert isinstance(item, ReadProblem)
        assert str(item) == f"{path}: empty file"


def test_binary_file_is_a_problem(tmp_path):
    path = tmp_path / "image.txt"
    path.write_bytes(bytes(range(256)) * 40)
    item = read_one(path)
    assert isinstance(item, ReadProblem)
    assert item.message.startswith("binary file, not an announcement")


def test_control_characters_without_nul_count_as_binary(tmp_path):
    path = tmp_path / "junk.txt"
    path.write_bytes(bytes([1, 2, 3, 4, 5, 6, 14, 15, 16, 17]) * 200 + b"a few words")
    item = read_one(path)
    assert isinstance(item, ReadProblem) and "binary" in item.message


def test_file_over_the_limit_is_refused_before_reading(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as out:
        out.truncate(11 * 1024 * 1024)  # sparse: the size is known without writing 11 MB
    item = read_one(path)
    assert isinstance(item, ReadProblem)
    assert item.message == "file is 11.0 MB, over the 10 MB limit; split it or raise --max-mb"


def test_limit_can_be_raised(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("x" * 2048, encoding="utf-8")
    assert isinstance(read_one(path, max_bytes=1024), ReadProblem)
    assert isinstance(read_one(path, max_bytes=4096), Announcement)


def test_unreadable_file_is_a_problem(tmp_path, monkeypatch):
    # Refused by the system as a file without read permission is, whoever runs the tests (root
    # reads any file, so chmod cannot make one unreadable for every user).
    path = tmp_path / "locked.txt"
    path.write_text("text", encoding="utf-8")
    real = Path.read_bytes

    def refuse(self):
        if self == path:
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", refuse)
    item = read_one(path)
    assert isinstance(item, ReadProblem) and "cannot read" in item.message
    assert "Permission denied" in item.message

