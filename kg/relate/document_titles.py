"""What a title found in the text is called: Russian titles in the nominative, drafts as the document with
"(draft)", short names as aliases, and the year a title or the act right after it states.

Kept apart from finding titles (kg/relate/documents.py), which decides where a title starts and ends.
"""

from __future__ import annotations

import re

from kg.nlp.morph import parses

# (the dative too: «к новому глобальному пакту»)
ADJ_RU = r"[А-ЯЁа-яё-]+(?:ого|его|ому|ему|ое|ее|ый|ий|ая|яя|ой|ей|ую|юю|ых|их|ые|ие|ом|ем|ым|им|ыми|ими)"
# Where an English title's complement starts: "Lanzarote Convention | on the protection of children"
COMPLEMENT_START_EN = re.compile(r"\s(?:on|of|between|for|to|against|in|concerning|regarding)\s")
YEAR = re.compile(r"\b((?:19|20)\d{2})\s*(?:г\.|года|год)?")

# A period is not the year of a document: "на 2026–2030 годы", "for 2021-2022"
_YEAR_SPAN = re.compile(r"\b(?:19|20)\d{2}\s*[–—-]\s*(?:(?:19|20)\d{2}|\d{2})\b")
# "Соглашение ... 2018 года": the year of the act, not of the title; "на период до 2025 года" is the title's own
_TRAILING_YEAR_RU = re.compile(r"(?<!\sдо)(?<!\sна)(?<!\sпо)(?<!\sот)(?<!\sза)(?<!\sс)(?:\s+от)?\s+((?:19|20)\d{2})\s*"
                               r"(?:г\.?|года|год)$")


# The year of the act on the document, told right after it: "..., which Forum Leaders adopted in 2018",
# "..., подписанного в 2017 году", "concluded on 15 October 2016"
_ACT_YEAR = re.compile(r"^\W{0,3}(?:which\s+|that\s+|котор\w+\s+)?(?:[\w-]+\s+){0,3}?"
                       r"(?:adopted|signed|agreed|concluded|approved|endorsed|принят\w*|подписан\w*|заключен\w*|"
                       r"утвержден\w*|одобрен\w*)\s+(?:[\w-]+\s+){0,3}?(?:in|on|в)\s+(?:\d{1,2}\s+\w+\s+)?"
                       r"((?:19|20)\d{2})\b", re.I)


def year_of_act(after: str) -> int | None:
    """The year of the act told right after a title, if any."""
    m = _ACT_YEAR.match(after[:120])
    return int(m[1]) if m else None


def stated_year(surface: str) -> int | None:
    """The year a title states ("Соглашение ... 2018 года", "Cybersecurity Act, 2020"); a period gives none."""
    ym = YEAR.search(_PERIOD_END.sub(" ", _YEAR_SPAN.sub(" ", surface)))
    return int(ym[1]) if ym else None


# "на период до 2030 года", "until 2025": the end of the period a document covers, not its year
_PERIOD_END = re.compile(r"\b(?:до|на|по|until|till|to|through)\s+(?:19|20)\d{2}\b", re.I)


_DRAFT_RU = re.compile(r"(?i)^проект\w*\s+")
_DRAFT_EN = re.compile(r"(?i)^draft\s+(?:of\s+the\s+)?")  # "a draft of the Work Plan ..." too
# A UN draft resolution or draft text circulates as a document of its own ("A/AC.291/L.16"): "draft" stays
_DRAFT_IS_THE_DOCUMENT = re.compile(r"(?i)(?:resolution|decision|text)\b")
# Plural heads of titles that stay plural in the nominative ("Правила процедуры", "Основы политики")
_PLURAL_TITLES = {"правило", "основа", "модальность"}


def nominative_ru(phrase: str) -> str:
    """A Russian title with its head and the words agreeing with it in the nominative singular
    ("проекта Рабочего плана ..." is handled by the caller; "Программы сотрудничества ... на 2026–2030 годы" ->
    "Программа сотрудничества ... на 2026–2030 годы", "профильного совместного заявления лидеров" ->
    "профильное совместное заявление лидеров"); the complements stay as written."""
    words = phrase.split(" ")
    head = None
    for i, w in enumerate(words):
        bare = w.strip("«»\"(),")
        if not re.fullmatch(r"[А-Яа-яЁё-]+", bare):
            return phrase  # a symbol or a number before any noun: leave the title as written
        noun = next((p for p in parses(bare) if p.tag.POS == "NOUN"), None)
        modifier = any(p.tag.POS in ("ADJF", "PRTF") for p in parses(bare)[:1]) or (
            i + 1 < len(words) and re.fullmatch(ADJ_RU, bare) and bare[:1].isupper()
            and not any(p.tag.POS == "NOUN" and p.is_known for p in parses(bare)))
        if noun is not None and not modifier:
            head = (i, noun)
            break
    if head is None:
        return phrase
    i, noun = head
    number = "plur" if noun.normal_form in _PLURAL_TITLES or "Pltm" in noun.tag else "sing"
    form = noun.inflect({"nomn", number})
    if form is None:
        return phrase
    out = list(words)
    out[i] = _same_capital(words[i], form.word)
    gender = form.tag.gender
    for j in range(i):
        adj = next((p for p in parses(words[j]) if p.tag.POS in ("ADJF", "PRTF")), None)
        wanted = {"nomn", number} | ({gender} if gender and number == "sing" else set())
        f = adj.inflect(wanted) if adj is not None else None
        if f is not None:
            out[j] = _same_capital(words[j], f.word)
    return " ".join(out)


def _same_capital(original: str, word: str) -> str:
    """The inflected word written as the text writes: its capital, and "е" where the text has no "ё"."""
    if "ё" not in original.lower():
        word = word.replace("ё", "е")
    return word[:1].upper() + word[1:] if original[:1].isupper() else word


def title_and_aliases(surface: str) -> tuple[str, list[str]]:
    """A Russian title in the nominative, a draft as the document with "(draft)" (the keys' convention), a stated
    year left to the year field; the aliases keep the nominative with "проект" and the name without the draft."""
    plain = re.sub(r"\s+", " ", re.sub(r"\s*\([^()]*\)", "", surface))  # "(ИКТ)": an abbreviation in brackets
    plain = _TRAILING_YEAR_RU.sub("", plain)
    draft = _DRAFT_RU.match(plain)
    core = plain[draft.end():] if draft else plain
    name = nominative_ru(core)
    if not draft:
        return name, quoted_names(name)
    if re.match(r"(?i)(?:резолюц|решени)", core):  # a draft resolution is a document of its own, as in English
        head, _, rest = core.partition(" ")  # «проекты решений Совета ...» -> «проект решения Совета ...»
        form = next((p.inflect({"gent", "sing"}) for p in parses(head) if p.tag.POS == "NOUN"), None)
        name = " ".join(["проект", _same_capital(head, form.word) if form else head, rest]).strip()
        return name, [plain] if plain != name else []
    return f"{name} (draft)", list(dict.fromkeys([name, "проект " + core]))


# Modifiers that any document may have: they do not make a short name ("Joint Statement")
_GENERIC_MODIFIERS = {"joint", "final", "draft", "new", "updated", "revised", "annual", "the", "common"}


# A complement that only points back to a body or undertaking named before ("... report of the project")
_ANAPHORIC_COMPLEMENT = re.compile(r"\s+(?:of|for)\s+the\s+(?:project|programme|program|group|meeting|committee|"
                                   r"initiative|network|mechanism|forum|organi[sz]ation|centre|center)$")


def _without_anaphor(core: str) -> str | None:
    """The name without a complement that names nothing ("third progress report" of "third progress report of the
    project"): announcements name the document by it."""
    m = _ANAPHORIC_COMPLEMENT.search(core)
    return core[: m.start()] if m and len(core[: m.start()].split()) >= 2 else None


def _short_name_en(core: str) -> str | None:
    """The name before the complement when a proper word is in it: "Lanzarote Convention" of "Lanzarote Convention
    on the protection of children ...", "PaCSON cyber security awareness toolkit" of "... toolkit for small island
    administrations". Announcements name documents again by it."""
    comp = COMPLEMENT_START_EN.search(core)
    if comp is None:
        return None
    words = core[: comp.start()].split()
    if len(words) < 2 or not any(w[:1].isupper() and w.lower() not in _GENERIC_MODIFIERS for w in words[:-1]):
        return None
    return " ".join(words)


# A plural draft head over coordinated bodies: «проекты решений Совета министров ... и Совета глав ...», "draft
# decisions of the Council of Ministers and of the Council of Heads of State"
_PLURAL_DRAFTS = re.compile(r"^[Пп]роекты\s+(?:[а-яё]+\s+)?(?:решений|резолюций)\s+")
_PLURAL_DRAFTS_EN = re.compile(r"^[Dd]raft\s+(decision|resolution)s\s+of\s+")


def each_draft(surface: str) -> list[tuple[str, int, int]]:
    """One (name, start, end) per body a plural draft head is shared by ("проекты решений X и Y" gives
    "проекты решений X" and "проекты решений Y"); otherwise the title as it stands."""
    head = _PLURAL_DRAFTS_EN.match(surface)
    if head is not None:
        bodies = re.search(r",?\s+and\s+(?:of\s+)?(?=(?:the\s+)?[A-Z])", surface[head.end():])
        if bodies is None:
            return [(f"draft {head[1]} of {surface[head.end():]}", 0, len(surface))]
        cut, resume = head.end() + bodies.start(), head.end() + bodies.end()
        return [(f"draft {head[1]} of {surface[head.end():cut]}", 0, cut),
                (f"draft {head[1]} of {surface[resume:]}", resume, len(surface))]
    head = _PLURAL_DRAFTS.match(surface)
    if head is None:
        return [(surface, 0, len(surface))]
    first = surface[head.end():].split(" ", 1)[0]
    for m in re.finditer(r"\s+и\s+(?=[А-ЯЁ])", surface[head.end():]):
        second = surface[head.end() + m.end():].split(" ", 1)[0]
        if {p.tag.case for p in parses(first) if p.tag.POS == "NOUN"} & \
                {p.tag.case for p in parses(second) if p.tag.POS == "NOUN"}:
            cut, resume = head.end() + m.start(), head.end() + m.end()
            return [(surface[:cut], 0, cut), (head[0] + surface[resume:], resume, len(surface))]
    return [(surface, 0, len(surface))]


# A quoted name that ends a title is the document's own name: "Joint Communication on “Resilience, ...”",
# «Совместное коммюнике «Партнерство ...»»
_QUOTED_NAME = re.compile(r"^(.*?)(?:\s+(?:on|entitled|titled))?\s+[“\"«](.+)[”\"»]$")


def quoted_names(plain: str) -> list[str]:
    """The quoted name alone, and the genre with it ("Joint Communication “...”")."""
    m = _QUOTED_NAME.match(plain)
    return [m[2], f"{m[1]} “{m[2]}”" if "“" in plain else f"{m[1]} «{m[2]}»"] if m else []


def title_and_aliases_en(surface: str) -> tuple[str, list[str]]:
    """An English title; a draft is the document with "(draft)" unless the draft is a document of its own
    (a UN draft resolution or draft text)."""
    plain = re.sub(r"\s+", " ", re.sub(r"\s*\((?!\d)[^()]*\)", "", surface))
    draft = _DRAFT_EN.match(plain)
    core = plain[draft.end():] if draft else plain
    # the text's own form, an acronym in brackets kept: "... Commission for Asia and the Pacific (ESCAP)"
    aliases = [a for a in [_short_name_en(core), _without_anaphor(core), *quoted_names(core), _as_written(surface, plain)]
               if a]
    if draft and not _DRAFT_IS_THE_DOCUMENT.search(core.split(" on ")[0]):
        return f"{core} (draft)", list(dict.fromkeys([core, *aliases]))
    return plain, aliases


def _as_written(surface: str, plain: str) -> str | None:
    written = re.sub(r"\s+", " ", surface).strip()
    return written if written != plain else None
