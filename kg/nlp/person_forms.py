"""Russian people's names back in the nominative, whatever case the sentence put them in.

A Russian text declines foreign names too: «Джозефа Байдена», «Си Цзиньпином», «Лыонг Кыонгом»,
«Фаузии Бумаизы-Мебарки». pymorphy3 knows Russian given names and surnames (and many foreign given
names) with their case and gender, but not most foreign surnames or the syllables of Chinese,
Vietnamese or Korean names. So the case of a name is read in three places, strongest first:

1. the name's own words that pymorphy knows as a given name, surname or patronymic («Джозефа» is
   genitive and masculine, «Марией» instrumental and feminine);
2. the words before it: the post it stands in apposition to («Председателем КНР Си Цзиньпином»,
   «заместителя министра … Ивана Петрова», where the post of the chain is the first one), a
   preposition right before it («с Ван И», «к Байдену»), or a noun it is the complement of («под
   руководством Ф.Бумаизы-Мебарки», «визита Си Цзиньпина»);
3. the ending of a word no dictionary knows, when nothing else tells («Цзиньпином» is instrumental).

Each word then loses the ending of that case: pymorphy inflects the words it knows as names; the
others follow the foreign-name declension (a consonant stem takes -а, -у, -ом, -е; a stem in -а
takes -ы, -е, -ой, -у), so a word with no such ending («Си», «Лыонг», «Мебарки», «Линч» of a
woman) stays as written, which is how Russian treats indeclinable names.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp.morph import name_nominative, parses, surname_nominative

CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
_CASE_OF = {"gen1": "gent", "gen2": "gent", "acc2": "accs", "loc1": "loct", "loc2": "loct"}
_NAME_TAGS = ("Name", "Surn", "Patr")

# Cases a preposition right before a name governs (only those used with people).
_PREPOSITION_CASES = {
    "с": {"ablt"}, "со": {"ablt"}, "между": {"ablt"}, "перед": {"ablt"}, "за": {"ablt", "accs"},
    "над": {"ablt"}, "под": {"ablt"}, "к": {"datv"}, "ко": {"datv"}, "по": {"datv"}, "о": {"loct"},
    "об": {"loct"}, "обо": {"loct"}, "при": {"loct"}, "у": {"gent"}, "от": {"gent"}, "до": {"gent"},
    "для": {"gent"}, "без": {"gent"}, "из": {"gent"}, "после": {"gent"}, "против": {"gent"},
    "вместо": {"gent"}, "кроме": {"gent"}, "среди": {"gent"}, "через": {"accs"}, "про": {"accs"},
    "на": {"accs", "loct"}, "в": {"accs", "loct"},
}
# Parts of speech that end the words a name may stand in apposition to.
_STOP_POS = {"VERB", "INFN", "CONJ", "PRCL", "ADVB", "GRND", "NPRO", "PRTS", "NUMR", "INTJ", "COMP", "PRED"}
_TOKEN = re.compile(r"[А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)*|\S")
_VOWELS = set("аеёиоуыэюяАЕЁИОУЫЭЮЯ")
_SIBILANT = set("жшчщц")


def _case(tag) -> str | None:
    c = tag.case
    return _CASE_OF.get(c, c)


def _genders(tag) -> tuple[str, ...]:
    g = tag.gender
    return ("masc", "femn") if g is None or "ms-f" in tag else (str(g),)


def _dictionary(p) -> bool:
    """pymorphy found the word (or a known prefix and a word) in its dictionary, not by a guess."""
    return p.is_known or any(type(m[0]).__name__ == "KnownPrefixAnalyzer" for m in p.methods_stack)


@lru_cache(maxsize=50_000)
def is_common_word(word: str) -> bool:
    """A dictionary word that is no one's name («Спецкомитета», «Секретариат», «Шейх», «Переговоры»):
    pymorphy has it, from its dictionary, and under no reading as a given name, surname or patronymic.
    Short words are left alone: the syllables of Asian names are often Russian words («Сок», «Лун»)."""
    if len(word) < 5 or "-" in word:
        return False
    ps = parses(word)
    return _dictionary(ps[0]) and not any(t in p.tag for p in ps for t in _NAME_TAGS)


@lru_cache(maxsize=50_000)
def _name_readings(word: str) -> dict[tuple[str, str], float]:
    """(case, gender) readings of a word pymorphy knows, from its dictionary, as a name in the singular,
    with their scores; empty for a word it does not know so, or knows only as indeclinable."""
    out: dict[tuple[str, str], float] = {}
    for p in parses(word):
        if not p.is_known or "sing" not in p.tag or "Fixd" in p.tag or not any(t in p.tag for t in _NAME_TAGS):
            continue
        if _case(p.tag) not in CASES:
            continue  # a vocative («Маш») is no case a name is written in
        for g in _genders(p.tag):
            key = (_case(p.tag), g)
            out[key] = max(out.get(key, 0.0), p.score)
    return out


def context_cases(before: str) -> frozenset[str] | None:
    """The cases the words before a name put it in, or None when they do not tell.

    «Председателем КНР» -> {ablt} (the name stands in apposition to the post); «заместителя министра
    иностранных дел» -> the case of «заместителя», the first post of the chain; «с» -> {ablt};
    «под руководством» -> {gent} (a noun the name complements)."""
    return _context(before)[0]


def _context(before: str) -> tuple[frozenset[str] | None, bool]:
    """The cases the words before a name put it in, and whether they say it firmly: a post or a preposition
    does; a noun the name may complement only guesses (the post may stand further back, behind an «и»
    inside a body's name: «директора Управления ООН по наркотикам и преступности»)."""
    tokens = _TOKEN.findall(before[-200:])[-14:]
    if not tokens:
        return None, False
    last = tokens[-1]
    if last.lower() in _PREPOSITION_CASES:
        return frozenset(_PREPOSITION_CASES[last.lower()]), True
    head, complement, noun_after = None, False, frozenset()
    for i in range(len(tokens) - 1, -1, -1):
        tok = tokens[i]
        if not tok[0].isalpha():
            break
        kind, case = _word_kind(tok)
        if kind == "и" and head is None:
            continue  # «по наркотикам и преступности»: the post is still to come
        if kind in ("stop", "и", "name"):
            break
        if kind == "post":
            if head is None or "gent" in head or "accs" in head:
                head = _noun_cases(tok)  # the first post of a chain: «заместителя министра» -> «заместителя»
                continue
            break
        if kind == "PRTF" and head and "gent" in head and case != "gent" and not _forms(tok) & noun_after:
            # «исполняющим обязанности директора»: a participle no noun after it agrees with heads the chain
            # («к ожидаемым переговорам премьер-министра»: it agrees with «переговорам», and does not)
            head = frozenset({case})
            continue
        if kind in ("noun", "common noun"):
            noun_after = _forms(tok)
        if i == len(tokens) - 1 and kind == "common noun":
            complement = True
    if head is None and complement:
        return frozenset({"gent"}), False  # «под руководством X», «визита X»: the name complements the noun
    return head, head is not None


@lru_cache(maxsize=50_000)
def _word_kind(tok: str) -> tuple[str, str | None]:
    """What a word before a name is to `_context`, with the case of its best reading: "post" (an animate
    noun of the dictionary), "name" (a capitalised name), "stop" (a verb, adverb, conjunction …), "и",
    "PRTF", "common noun" (a lower-case dictionary noun), "noun", or "other"."""
    p = parses(tok)[0]
    pos = p.tag.POS
    if pos == "CONJ" and tok.lower() == "и":
        return "и", None
    if pos in _STOP_POS:
        return "stop", None
    if tok[0].isupper() and any(t in p.tag for t in _NAME_TAGS):
        return "name", None
    if pos == "NOUN" and "anim" in p.tag and _dictionary(p):
        return "post", _case(p.tag)
    if pos == "PRTF":
        return "PRTF", _case(p.tag)
    if pos == "NOUN":
        return ("common noun" if _dictionary(p) and tok[0].islower() else "noun"), _case(p.tag)
    return "other", None


@lru_cache(maxsize=20_000)
def _forms(word: str) -> frozenset[tuple[str, str]]:
    """(case, number) of every reading of a word, to tell whether a participle agrees with a noun."""
    return frozenset((_case(p.tag), str(p.tag.number)) for p in parses(word))


@lru_cache(maxsize=20_000)
def _noun_cases(word: str) -> frozenset[str]:
    first = parses(word)[0]
    return frozenset(_case(p.tag) for p in parses(word)
                     if p.normal_form == first.normal_form and p.tag.POS == "NOUN" and "sing" in p.tag)


def _ending_cases(word: str) -> set[str]:
    """What the ending of a word no dictionary knows says of its case: «Цзиньпином» instrumental,
    «Бумаизы» genitive; nothing for other endings, which a name may have in the nominative."""
    if any(p.is_known for p in parses(word)):
        return set()
    low = word.lower()
    if low.endswith(("ом", "ём")) and len(low) > 4 and low[-3] not in _VOWELS:
        return {"ablt"}
    if low.endswith("ы") and len(low) > 3:
        return {"gent"}
    return set()


def name_case(words: list[str], before: str) -> tuple[str | None, str | None]:
    """The case and gender of a name written as `words`, with `before` the text before it.

    A post or a preposition before the name fixes its case: a word's own reading does not outweigh it
    («Фаиза», a woman's name, reads as the genitive of «Фаиз»; the first syllables of an Asian name
    stand undeclined, «Ким Хон Гюна»). Within it, or without it, each word pymorphy knows as a name
    votes for its readings; a noun the name may complement only breaks their ties. The gender is None
    when nothing tells it; with no reading, the ending of an unknown word decides («Цзиньпином»)."""
    votes: dict[tuple[str, str], list[float]] = {}
    for w in words:
        for part in w.split("-"):
            for key, score in _name_readings(part).items():
                v = votes.setdefault(key, [0, 0.0])
                v[0] += 1
                v[1] += score
    ctx, firm = _context(before)
    if ctx and firm:
        keys = [(c, g) for c in sorted(ctx, key=CASES.index) for g in ("masc", "femn")]
    else:
        keys = list(votes)
        for key in keys if ctx else ():  # a guessed context only breaks ties («По оценке Н.П.Патрушева»)
            votes[key][0] += 0.5 if key[0] in ctx else 0
    if keys:
        def rank(key):  # ties go to a man's reading, then to the earlier case, as Russian officialese has it
            return (*votes.get(key, (0, 0.0)), key[1] == "masc", -CASES.index(key[0]))

        case, gender = max(keys, key=rank)
        other = (case, "femn" if gender == "masc" else "masc")
        return case, (None if rank(other)[:2] == rank((case, gender))[:2] else gender)
    for w in reversed(words):
        for part in reversed(w.split("-")):
            found = _ending_cases(part)
            if found:
                return found.pop(), None
    return None, None


def nominative_words(words: list[str], before: str) -> list[str]:
    """The words of a name in the nominative («Джозефа Байдена» -> Джозеф Байден, «Юн Сок Ёлем» -> Юн
    Сок Ёль); particles («бин», «аль-») and indeclinable words stay as written."""
    case, gender = name_case(words, before)
    if case is None:  # nothing tells: the dictionary's best guess for each word
        return [name_nominative(w) for w in words[:-1]] + [surname_nominative(words[-1])]
    if case == "nomn":
        return list(words)
    return ["-".join(_nominative(part, case, gender) for part in w.split("-")) for w in words]


# Parts of Arabic and other names that never decline («Абу», «Абдель», «Аль»).
_PARTICLES = frozenset({"абу", "абдель", "абдул", "аль", "эль", "бен", "бин", "ибн", "фон", "де", "ди", "ла", "ле"})


@lru_cache(maxsize=50_000)
def _nominative(word: str, case: str, gender: str | None) -> str:
    if not word[:1].isupper() or word.lower() in _PARTICLES:
        return word  # a particle: «бин», «Абу», the «аль» of «аль-Шибани»
    for p in parses(word):  # a name pymorphy knows in this case
        if not p.is_known or "sing" not in p.tag or _case(p.tag) != case or "Fixd" in p.tag:
            continue
        if not any(t in p.tag for t in _NAME_TAGS) or gender and gender not in _genders(p.tag):
            continue
        form = p.inflect({"nomn"})  # keeps the reading's gender: «Ивановой» -> «Иванова»
        # a given name keeps the dictionary's ё («Петра» -> «Пётр»), a surname the text's spelling
        return _as_written(word, form.word if form else p.normal_form, keep_yo="Name" in p.tag)
    for p in parses(word):  # an adjectival surname («Толстого», «Городового», a noun declined as an adjective)
        if p.is_known and p.tag.POS in ("ADJF", "NOUN") and "sing" in p.tag and _case(p.tag) == case \
                and str(p.tag.gender) == (gender or "masc") and p.normal_form.endswith(("ой", "ий", "ый")):
            form = p.inflect({"nomn"})
            if form:
                return _as_written(word, form.word)
    if any(p.is_known and "Fixd" in p.tag and any(t in p.tag for t in _NAME_TAGS) for p in parses(word)):
        return word  # «Энтони», «Шойгу»: indeclinable
    for p in parses(word):  # a Russian-looking surname pymorphy's guesser declines («Сыромолотовым»)
        if "Surn" in p.tag and "sing" in p.tag and _case(p.tag) == case and (not gender or gender in _genders(p.tag)) \
                and p.normal_form[:-3] == word.lower()[: max(0, len(p.normal_form) - 3)] and len(p.normal_form) > 3:
            form = p.inflect({"nomn"})
            return _as_written(word, form.word if form else p.normal_form)
    return _as_written(word, _foreign_nominative(word.lower(), case, gender))


def _as_written(original: str, word: str, keep_yo: bool = False) -> str:
    word = word if keep_yo or "ё" in original.lower() else word.replace("ё", "е")
    return word[:1].upper() + word[1:] if original[:1].isupper() else word


def _soft(stem: str) -> str:
    """The nominative of a soft stem: «Ёл» -> «Ёль», «Вэ» -> «Вэй»."""
    return stem + ("й" if stem[-1] in _VOWELS else "ь")


def _foreign_nominative(low: str, case: str, gender: str | None) -> str:
    """A foreign name's ending in `case` back to the nominative: a consonant stem of a man takes -а, -у,
    -ом, -е (Байдена, Кыонгу, Цзиньпином, Байдене), a stem in -а of either sex -ы, -е, -ой, -у (Обамы,
    Кисиде, Бумаизой); a woman's consonant stem does not decline. Anything else stays."""
    masc = gender != "femn"

    def stem_of(n: int) -> str | None:
        stem = low[:-n]
        return stem if len(stem) >= 2 and any(ch in _VOWELS for ch in stem) else None

    def consonant(n: int) -> str | None:
        stem = stem_of(n)
        return stem if stem and stem[-1] not in _VOWELS and stem[-1] not in "ьй" else None

    rules = {
        "gent": (("ы", lambda: _a(stem_of(1))), ("а", lambda: masc and consonant(1)),
                 ("я", lambda: masc and stem_of(1) and _soft(stem_of(1)))),
        "accs": (("у", lambda: _a(stem_of(1))), ("ю", lambda: stem_of(1) and stem_of(1) + "я"),
                 ("а", lambda: masc and consonant(1)), ("я", lambda: masc and stem_of(1) and _soft(stem_of(1)))),
        "datv": (("у", lambda: masc and consonant(1)), ("ю", lambda: masc and stem_of(1) and _soft(stem_of(1))),
                 ("е", lambda: _a(stem_of(1)))),
        "ablt": (("ым", lambda: masc and _russian_stem(stem_of(2))), ("ом", lambda: masc and consonant(2)),
                 ("ём", lambda: masc and stem_of(2) and _soft(stem_of(2))),
                 ("ем", lambda: masc and stem_of(2) and (stem_of(2) if stem_of(2)[-1] in _SIBILANT
                                                           else _soft(stem_of(2)))),
                 ("ой", lambda: _a(stem_of(2))), ("ей", lambda: stem_of(2) and stem_of(2) + "я")),
        "loct": (("е", lambda: (consonant(1) if masc else None) or (not masc and _a(stem_of(1)))),),
    }
    for ending, make in rules.get(case, ()):
        if low.endswith(ending):
            new = make()
            if new:
                return new
            break
    return low


def _a(stem: str | None) -> str | None:
    return stem + "а" if stem and stem[-1] not in _VOWELS else None


def _russian_stem(stem: str | None) -> str | None:
    """«Сыромолотовым» -> «Сыромолотов»: only the Russian surname suffixes take -ым."""
    return stem if stem and stem.endswith(("ов", "ев", "ёв", "ин", "ын")) else None
