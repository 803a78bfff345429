"""Bytes to text: UTF-8 (with or without BOM), UTF-16, the single-byte encodings of Russian
sites, and text normalised so offsets stay stable; binary input refused."""

from __future__ import annotations

import re
import unicodedata

_BINARY_PROBE = 8192
# Single-byte encodings tried, in this order, when a file is not UTF-8. Windows-1251 first:
# it is what Russian government sites that are not UTF-8 use.
_FALLBACK_ENCODINGS = ("cp1251", "koi8_r", "cp1252")


class UnreadableInput(ValueError):
    """Bytes that are not text in an encoding we can tell; the message says what to do."""


_BINARY = "binary file, not an announcement (convert it to text, HTML or JSONL first)"


def decode_bytes(data: bytes, *, html: bool = False) -> str:
    """Decode a file's bytes, or raise UnreadableInput (binary data, unknown encoding).

    UTF-8 (with or without BOM) and UTF-16 with BOM are taken as they are; other
    bytes are tried as the single-byte encodings common on Russian and Western
    sites, keeping the one whose text reads most like words.
    """
    return decode(data, html=html, warnings=[])


def decode(data: bytes, *, html: bool, warnings: list[str]) -> str:
    """`decode_bytes`, adding a line to `warnings` when some bytes had to be replaced."""
    if data.startswith(b"\xef\xbb\xbf"):
        return _strict(data[3:], "utf-8")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _strict(data, "utf-16")
    if b"\x00" in data[:_BINARY_PROBE]:
        text = _utf16_without_bom(data)
        if text is None:
            raise UnreadableInput(_BINARY)
        return text
    text = _utf8(data)
    if text is None and html:
        declared = _declared_charset(data)
        if declared:
            try:
                text = data.decode(declared, errors="replace")
            except LookupError:
                text = None
    if text is None:
        text = _mostly_utf8(data, warnings)
    if text is None:
        text = _best_single_byte(data)
        if text is None:
            raise UnreadableInput("unknown text encoding; save the file as UTF-8")
    if _control_share(text[:_BINARY_PROBE]) > 0.05:
        raise UnreadableInput(_BINARY)
    return text


def _utf16_without_bom(data: bytes) -> str | None:
    """Text saved as UTF-16 without a byte-order mark, or None.

    Its zero bytes (the high byte of ASCII characters) all sit on one parity of
    position; binary data has them anywhere. The decoded text must also read as words.
    """
    if len(data) % 2:
        return None
    sample = data[:_BINARY_PROBE]
    even = sum(1 for i in range(0, len(sample), 2) if sample[i] == 0)
    odd = sum(1 for i in range(1, len(sample), 2) if sample[i] == 0)
    if (even and odd) or even + odd < len(sample) // 20:
        return None
    try:
        text = data.decode("utf-16-be" if even else "utf-16-le")
    except UnicodeDecodeError:
        return None
    if _control_share(text[:_BINARY_PROBE]) > 0.01 or _plausibility(text[:_BINARY_PROBE]) < 2.0:
        return None
    return text


def _mostly_utf8(data: bytes, warnings: list[str]) -> str | None:
    """UTF-8 with a few damaged bytes (a scraper cut or a stray byte), each replaced by U+FFFD.

    Only when the well-formed multi-byte characters outnumber the damaged bytes ten
    to one: a Windows-1251 file read as UTF-8 is nearly all damage and is left to
    the single-byte guesses.
    """
    text = data.decode("utf-8", errors="replace")
    damaged = text.count("\ufffd") - data.decode("utf-8", errors="ignore").count("\ufffd")
    well_formed = sum(1 for ch in text if ord(ch) > 127 and ch != "\ufffd")
    if damaged == 0 or well_formed < 10 * damaged:
        return None
    warnings.append(f"{damaged} byte sequence(s) are not valid UTF-8 and were replaced by U+FFFD; "
                    "check the file's encoding")
    return text


def _utf8(data: bytes) -> str | None:
    """UTF-8 strictly, except that a character cut off by truncation at the very end is dropped."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data" and exc.start >= len(data) - 3:
            return data[:exc.start].decode("utf-8", errors="strict")
        return None


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise UnreadableInput(f"not valid {encoding.upper()} although it starts with a byte-order mark; "
                              "re-save it as UTF-8") from None


_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def _declared_charset(data: bytes) -> str | None:
    match = _CHARSET.search(data[:4096])
    return match.group(1).decode("ascii").lower() if match else None


def _best_single_byte(data: bytes) -> str | None:
    best: tuple[float, str] | None = None
    for encoding in _FALLBACK_ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        score = _plausibility(text)
        if best is None or score > best[0]:
            best = (score, text)
    if best is None or best[0] < 1.5:
        return None
    return best[1]


def _plausibility(text: str) -> float:
    """How much the non-ASCII part of a text looks like words (0..3).

    Wrong single-byte guesses give symbols and control characters, Cyrillic in
    the wrong case (KOI8-R read as Windows-1251 is mostly capitals), words that
    mix Cyrillic and Latin letters (accented Latin read as Windows-1251) or
    Latin words made mostly of accented letters (Windows-1251 read as 1252).
    """
    non_ascii = [ch for ch in text if ord(ch) > 127]
    if not non_ascii:
        return 3.0
    letters = [ch for ch in non_ascii if ch.isalpha()]
    letter_share = len(letters) / len(non_ascii)
    lower_share = sum(1 for ch in letters if ch.islower()) / len(letters) if letters else 0.0
    words = [w for w in _WORD.findall(text) if any(ord(ch) > 127 for ch in w)]
    good = sum(1 for w in words if _plausible_word(w))
    return letter_share + lower_share + (good / len(words) if words else 0.0)


_WORD = re.compile(r"[^\W\d_]+")


def _plausible_word(word: str) -> bool:
    cyrillic = sum(1 for ch in word if "\u0400" <= ch <= "\u04ff")
    if cyrillic:
        return cyrillic == len(word)
    accented = sum(1 for ch in word if ord(ch) > 127)
    return len(word) < 3 or accented * 2 <= len(word)


def _control_share(text: str) -> float:
    if not text:
        return 0.0
    controls = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t\f")
    return controls / len(text)


def normalise_text(text: str) -> str:
    """NFC, `\\n` line ends, no BOM, no control characters except newline and tab, no invisible marks."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    text = unicodedata.normalize("NFC", _SURROGATE.sub("\ufffd", text))
    return _INVISIBLE.sub("", _CONTROL.sub("", text))


# A lone surrogate (JSON "\\ud800" decodes to one) is not a character: nothing can encode it.
_SURROGATE = re.compile("[\ud800-\udfff]")
# Unicode category Cc (C0, DEL, C1) except tab and newline.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Invisible marks that web pages scatter inside words (soft hyphen, zero-width space and joiners,
# direction marks and overrides): they split "Мини\u00adстерство" into two tokens for the linker
# and can make text display in a different order than it is stored.
_INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069]")


def megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):g} MB"


def too_big(size: int, max_bytes: int) -> str:
    return (f"file is {size / (1024 * 1024):.1f} MB, over the {megabytes(max_bytes)} limit; "
            "split it or raise --max-mb")
