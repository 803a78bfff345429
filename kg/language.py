"""Which language an announcement is written in.

A cheap letter check settles most Russian texts; lingua decides the rest. The
lingua detector is built once, on first use, over a limited set of languages
(those a cyber-diplomacy announcement is likely to come in, plus the Cyrillic
neighbours of Russian so that Ukrainian or Bulgarian is not taken for it).
"""

from __future__ import annotations

import functools
import re

# Only the start of a text is looked at: enough to decide, and detection time stays flat.
SAMPLE_CHARS = 2000

# Letters that occur in Russian but not in Ukrainian, Belarusian or Bulgarian text.
_RUSSIAN_ONLY = frozenset("ыэЫЭ")
# Letters of other Cyrillic alphabets that Russian does not use.
_NOT_RUSSIAN = frozenset("іїєґўІЇЄҐЎәғқңөұүһӘҒҚҢӨҰҮҺјљњћџђѓќѕЈЉЊЋЏЂЃЌЅ")

_LANGUAGE_NAMES = (
    "RUSSIAN", "ENGLISH", "UKRAINIAN", "BELARUSIAN", "BULGARIAN", "SERBIAN", "MACEDONIAN", "KAZAKH",
    "GERMAN", "FRENCH", "SPANISH", "ITALIAN", "PORTUGUESE", "CHINESE", "ARABIC", "PERSIAN", "TURKISH",
)


@functools.cache
def _detector():
    # Imported and built lazily: lingua's models load on demand (preloading off), so a run
    # that never needs lingua pays nothing for it.
    from lingua import Language, LanguageDetectorBuilder

    languages = [getattr(Language, name) for name in _LANGUAGE_NAMES]
    return LanguageDetectorBuilder.from_languages(*languages).build()


_LETTERS = re.compile(r"[^\W\d_]")  # a letter, as str.isalpha reads it
_CYRILLIC_LETTERS = re.compile(r"[\u0400-\u04ff]")


def looks_russian(sample: str) -> bool:
    """True when the letters are overwhelmingly Cyrillic and only Russian uses the ones present."""
    letters = _LETTERS.findall(sample)
    if len(letters) < 20:
        return False
    cyrillic = len(_CYRILLIC_LETTERS.findall(sample))
    if cyrillic < 0.9 * len(letters):
        return False
    present = set(letters)
    return bool(present & _RUSSIAN_ONLY) and not (present & _NOT_RUSSIAN)


def detect_language(text: str) -> str | None:
    """Return the ISO 639-1 code of the text's language ("ru", "en", ...), or None if undecidable."""
    sample = text[:SAMPLE_CHARS]
    if len(_LETTERS.findall(sample)) < 3:
        return None
    if looks_russian(sample):
        return "ru"
    language = _detector().detect_language_of(sample)
    if language is None:
        return None
    return language.iso_code_639_1.name.lower()
