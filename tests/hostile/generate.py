"""Announcements and hostile inputs made at test time: the large cases and the many-announcement batches.

Everything is deterministic (a number in, the same text out), so a test can rebuild
exactly what a killed process was given. The sentences are written for these tests;
they name real bodies only so that the extractor has something to find.
"""

from __future__ import annotations

import json
from pathlib import Path

STATES_RU = [("России", "Китая"), ("России", "Индии"), ("России", "Вьетнама"), ("России", "Бразилии"),
             ("России", "Индонезии"), ("России", "Египта"), ("Беларуси", "Казахстана")]
AGENCIES_RU = ["МИД России", "ФСБ России", "Совбеза России", "Минцифры России", "ФСТЭК России", "МВД России"]
CITIES_RU = ["Москве", "Пекине", "Нью-Дели", "Ханое", "Минске", "Женеве", "Казани"]
MONTHS_RU = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
             "октября", "ноября", "декабря"]
STATES_EN = [("Russia", "China"), ("Russia", "India"), ("China", "Indonesia"), ("Russia", "Brazil"),
             ("India", "Singapore")]
CITIES_EN = ["Geneva", "Beijing", "New Delhi", "Jakarta", "Singapore", "Brasilia"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]


def announcement_text(n: int) -> tuple[str, str]:
    """(language, body) of synthetic announcement number `n`: a dated consultation in Russian or English."""
    day, month, year = 1 + n % 27, n % 12, 2015 + n % 10
    if n % 3:
        a, b = STATES_RU[n % len(STATES_RU)]
        agency = AGENCIES_RU[n // 3 % len(AGENCIES_RU)]
        city = CITIES_RU[n % len(CITIES_RU)]
        body = (f"{day} {MONTHS_RU[month]} {year} года в {city} состоялся {1 + n % 9}-й раунд консультаций "
                f"{a} и {b} по вопросам международной информационной безопасности. "
                f"В состав делегации вошли представители {agency}. "
                f"Стороны обсудили работу в Рабочей группе открытого состава ООН. (Сообщение № {n}.)")
        return "ru", body
    a, b = STATES_EN[n % len(STATES_EN)]
    city = CITIES_EN[n % len(CITIES_EN)]
    body = (f"On {day} {MONTHS_EN[month]} {year}, {city} hosted consultations between {a} and {b} on "
            f"international information security. The delegations exchanged views on the work of the "
            f"UN Open-Ended Working Group. (Release {n}.)")
    return "en", body


def announcement_record(n: int) -> dict:
    """Synthetic announcement `n` as a JSONL record."""
    lang, text = announcement_text(n)
    return {"id": f"synthetic-{n:06d}", "title": f"Release {n}", "published": f"{2015 + n % 10}-06-01",
            "lang": lang, "url": f"https://example.org/releases/{n}", "text": text}


def write_announcements_jsonl(path: Path, count: int, start: int = 0) -> Path:
    """A JSONL bundle of `count` synthetic announcements (numbers start..start+count-1)."""
    with path.open("w", encoding="utf-8") as out:
        for n in range(start, start + count):
            out.write(json.dumps(announcement_record(n), ensure_ascii=False) + "\n")
    return path


# Malformed JSONL lines of every kind the reader must refuse, each with the words its one-line problem uses.
BAD_LINES: list[tuple[bytes, str]] = [
    (b'{"id": "cut", "text": "the line ends too soo', "not valid JSON"),
    (b"not json at all <script>alert(1)</script>", "not valid JSON"),
    (b'["an", "array"]', "not a JSON object"),
    (b'{"id": "no-text", "title": "x"}', "missing text"),
    (b'{"id": "blank", "text": "   \\t "}', "missing text"),
    (b'{"id": "number", "text": 42}', "missing text"),
    (b'{"text": "\xff\xfe invalid utf-8"}', "not valid UTF-8"),
    (b"[" * 100_000 + b"]" * 100_000, "not valid JSON"),
    (b'{"id": "two"} {"text": "objects on one line"}', "not valid JSON"),
]


def bad_line(n: int) -> tuple[bytes, str]:
    return BAD_LINES[n % len(BAD_LINES)]


def write_jsonl_with_bad_lines(path: Path, lines: int, every: int = 97, short: bool = False) -> dict[int, str]:
    """A JSONL file of `lines` lines where every `every`-th line is malformed (its kind rotating).

    Returns {line number: expected words of its problem} for the malformed lines. With
    `short`, good lines hold tiny texts (the reader's cost, not the extractor's, is tested).
    """
    bad: dict[int, str] = {}
    with path.open("wb") as out:
        for number in range(1, lines + 1):
            if number % every == 0:
                data, words = bad_line(number // every)
                bad[number] = words
            elif short:
                data = json.dumps({"id": f"l{number}", "text": f"Встреча № {number} прошла в Минске."},
                                  ensure_ascii=False).encode("utf-8")
            else:
                data = json.dumps(announcement_record(number), ensure_ascii=False).encode("utf-8")
            out.write(data + b"\n")
    return bad


def write_big_text(path: Path, megabytes: int) -> Path:
    """A real (not sparse) text file of about `megabytes` MB of Russian sentences."""
    _, sentence = announcement_text(1)
    chunk = ((sentence + "\n") * 64).encode("utf-8")
    target = megabytes * 1024 * 1024
    with path.open("wb") as out:
        written = 0
        while written < target:
            out.write(chunk)
            written += len(chunk)
    return path
