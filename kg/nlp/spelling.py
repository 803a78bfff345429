"""One key for a person's name however it is spelt: "Sok Puthyvuth" and «Сок Пхутхивут».

An English announcement writes a foreign name as its own language does ("Nikolai Patrushev",
"Yulia", "Harris", "Wang Yi", "John"); a Russian one writes it in Cyrillic, which we transliterate
with iuliia's Wikipedia scheme ("Nikolay Patrushev", "Yuliya", "Kharris", "Van I", "Dzhon"). The
two spellings differ in a few regular ways, and `person_key` folds those onto one skeleton, so the
same person named in both is one node (kg/rdf.py) and found by either spelling (kg/use/names.py).

What it folds: Cyrillic transliterated, diacritics and case dropped (ç -> s), hyphens and
apostrophes joined; the Russian digraphs and their English counterparts (щ shch/sch -> s, Chinese
чж chzh -> z, дж dzh/dj -> j, х kh -> h, пх pkh -> p, the h of th/sh/gh/zh dropped, ph -> f);
ч (ch) kept apart from k; ц ts/tz as one sound; English c as s before e/i/y and as k elsewhere,
ck/q -> k, x -> ks, w -> v, y -> i, ou/oo -> u, Spanish gu/qu before e/i -> g/k; a word-initial
ye -> e (Yevgeny, Evgeny); an h after a vowel and before no vowel dropped (John, Sarah); a final
ng -> n (Wang, Ван); doubled letters single (Yuliya, Harris). Words are sorted, so the order of
given name and surname does not matter; initials (one letter) follow the words in their own order,
so "Syromolotov O.V." and "Syromolotov A.V." stay two.

What it does not fold: initials against a full given name ("Сыромолотов О.В." and "Oleg
Syromolotov" are two keys: merging on surname and initial would merge two Smiths), nor spellings
that differ in their vowels or by system (Alexander/Aleksandr, Biden/Байден, Jiang/Цзян). The
scorer's `kg.evaluate.names.surname_skeleton` is looser (it drops every vowel) because it only
pairs a gold person with a predicted one of the same meeting; a key that names a node of the whole
graph keeps the vowels, so Ivanov and Ivanova, Lavrov and Lavrova stay apart.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from kg.nlp.persons import translit
from kg.nlp.text import is_cyrillic

# Letters NFKD does not decompose into a base letter and a mark.
_LETTERS = str.maketrans({"ç": "s", "ß": "ss", "ø": "o", "æ": "ae", "œ": "oe", "đ": "d", "ł": "l", "ı": "i", "þ": "th"})

# (pattern, replacement) in order; upper-case letters stand for ч (C) and ц (T) while the rules run,
# so that no later rule reads them as c, h, t or s.
_RULES = [(re.compile(p), r) for p, r in (
    (r"shch|sch", "s"),       # щ; German sch
    (r"chzh", "zh"),          # чж: Russian for Chinese zh (Чжан, Zhang)
    (r"dzh|dj", "j"),         # дж (Джон, John); French and Arabic dj
    (r"qu(?=[ei])|ck|q", "k"),  # Enrique, Энрике
    (r"gu(?=[ei])", "g"),       # Peguero, Пегеро; Guevara, Гевара
    (r"pkh", "p"),            # пх: an aspirated p (Пхутхивут, Puthyvuth), not an f
    (r"kh", "h"),             # х
    (r"ch(?=[rl])", "k"),     # Christopher, Кристофер
    (r"tch|ch", "C"),         # ч
    (r"ts|tz", "T"),          # ц
    (r"c(?=[eiy])", "s"),
    (r"c", "k"),
    (r"x", "ks"),
    (r"w", "v"),
    (r"ph", "f"),
    (r"(?<=[tsgzk])h", ""),   # th, sh, gh, zh (and a kh made by the rules above)
    (r"y", "i"),
    (r"ou|oo", "u"),          # Ouattara, Уаттара; Gafoor, Гафур
    (r"^ie", "e"),            # Yevgeny, Yelena: Evgeny, Elena
    (r"(?<=[aeiou])h(?![aeiou])", ""),  # a silent h: John, Sarah (Джон, Сара)
    (r"ng$", "n"),            # Wang, Zhang: Ван, Чжан
    (r"(.)\1+", r"\1"),       # Yuliya -> yulia, Harris -> haris
)]
_SHOWN = str.maketrans({"C": "ch", "T": "ts"})


def _ascii_words(name: str) -> list[str]:
    """The name's words in lower-case ASCII letters, Cyrillic transliterated, hyphens and apostrophes
    joined ("Al-Sayed" -> "alsayed"), everything else a word break."""
    text = translit(name) if is_cyrillic(name) else name
    text = unicodedata.normalize("NFKD", text.lower().translate(_LETTERS))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"[-‐‑'’`ʼ]", "", text)
    return re.findall(r"[a-z]+", text)


@lru_cache(maxsize=50_000)
def _skeleton(word: str) -> str:
    for pattern, replacement in _RULES:
        word = pattern.sub(replacement, word)
    return word.translate(_SHOWN)


@lru_cache(maxsize=50_000)
def person_key(name: str) -> str:
    """The spelling-independent key of a person's name: letters and hyphens, the same for the name as
    an English text spells it and as a Russian one writes it ("Sok Puthyvuth", «Сок Пхутхивут», "Sok
    Pkhutkhivut" -> "putivut-sok"), empty when the name has no letters. Cached: extraction asks it for
    every person of every announcement."""
    skeletons = [s for s in (_skeleton(w) for w in _ascii_words(name)) if s]
    words = sorted(s for s in skeletons if len(s) > 1)
    initials = [s for s in skeletons if len(s) == 1]
    return "-".join(words + initials)

