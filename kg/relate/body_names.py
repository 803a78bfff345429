"""Names of state bodies the vocabularies lack, found by their shape: a head noun with its words.

A body is named by a head noun (министерство, служба, агентство, комитет,
совет, центр, департамент, управление…; Ministry, Department, Agency, Office,
Council, Team, Bank…), the adjectives before it («Государственная служба»,
"National Security and Defense Council") and its complements after it: in
Russian lower-case genitive words, lists inside the name included («цифрового
развития, инноваций и связи»), and «по …» phrases; in English of/for/on and
capitalised words, comma lists closed by "and" included ("of Culture, Sports,
Tourism and Youth"). A quoted proper name may follow the head («Агентство
«Туркменарагатнашык»»). CERT-style acronyms ("CERT Tonga", "PNGCERT") are bodies
on their own.

The name ends where the clause goes on: a verb, a capitalised word in Russian
(the owning state, «… Монголии»), a comma that does not open a list inside the
name, a second body ("… and the Ministry of Defence"). Which state owns the
body, and whether the name is a known entity's, is decided by the caller from
the linked mentions: this module only reads the shape of the words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg.nlp.morph import parses
from kg.nlp.text import is_cyrillic
from kg.relate.forum_names import Word, nominative, parse, words_of

# Russian head lemmas of a state body's name.
HEADS_RU = {"министерство", "служба", "агентство", "комитет", "совет", "центр", "департамент", "аппарат",
            "управление", "комиссия", "администрация", "бюро", "инспекция", "прокуратура", "полиция", "банк",
            "секретариат", "ведомство", "дирекция", "палата", "гвардия", "инспекторат", "казначейство"}
_HEAD_STEMS_RU = re.compile(r"(?:министр|министерств|служб|агентств|комитет|совет|центр|департамент|аппарат|управлени|комисси|"
                            r"администраци|бюро|инспекци|прокуратур|полици|банк|секретариат|ведомств|дирекци|палат|"
                            r"гварди|инспекторат|казначейств|организац|союз|фонд|ассоциац|альянс|институт|сет)")
# English head nouns of a state body's name.
HEADS_EN = {"Ministry", "Department", "Agency", "Office", "Commission", "Service", "Services", "Bureau",
            "Directorate", "Authority", "Centre", "Center", "Council", "Team", "Bank", "Police", "Inspectorate",
            "Secretariat", "Administration", "Committee", "Unit", "Command", "Cabinet", "Guard", "Board",
            "Division", "Regulator", "Prosecutor's", "Ministry's", "Directorate-General", "Gendarmerie"}
# Heads that name an organisation rather than a state's body when no state owns the name.
ORGANISATION_HEADS_EN = {"Institute", "Network", "Forum", "Organization", "Organisation", "Union", "Foundation",
                         "Association", "Alliance"}
ORGANISATION_HEADS_RU = {"организация", "союз", "фонд", "ассоциация", "альянс", "институт", "сеть"}
# A name with one of these is international: it is no single state's body.
INTERNATIONAL = re.compile(r"\b(?:International|Interstate|Intergovernmental|World|Global|Regional|Continental|"
                           r"African|European|Asian|Pacific|Arab|Caribbean|Eurasian|Latin American|"
                           r"Международн|Межгосударственн|Межправительственн|Региональн|Евразийск|Африканск|"
                           r"Европейск|Азиатск|Арабск|Всемирн)", re.I)
# "Organization of American States": a body of many states, whatever state adjective its name holds
MANY_STATES = re.compile(r"\b(?:of|for)\s+(?:the\s+)?(?!United\b|Federated\b)(?:[A-Z][\w-]*\s+){1,2}(?:States|Nations)\b")
_CERT = re.compile(r"(?:CERT|CSIRT|CIRT|SIRT)")
_POST_EN = re.compile(r"(?:Minister|Secretary|Director|Deputy|Chair|President|Ambassador|Head|Commissioner)\b")
_JOIN_EN = {"of", "for", "on", "and", "the", "&"}
# Words that start a sentence or a phrase without being part of a name.
_NOT_NAME_EN = {"The", "A", "An", "This", "That", "These", "Both", "Its", "Their", "His", "Her", "Our", "Each",
                "Representatives", "Officials", "Delegates", "Heads", "Head", "Minister", "Ministers", "Director",
                "Deputy", "Secretary", "Chair", "Chairman", "President", "Ambassador", "Mr", "Ms", "Dr",
                "In", "On", "At", "For", "With", "From", "By", "During", "After", "Before", "Under", "Also",
                "Opening", "Closing", "Other", "Such", "New", "Senior", "Several", "Some", "All"}


@dataclass(frozen=True)
class BodyName:
    surface: str  # as written
    start: int  # offsets in the sentence
    end: int
    nominative: str  # Russian: the head and its adjectives in the nominative; English: as written


@lru_cache(maxsize=20_000)
def find_bodies_ru(sentence: str) -> tuple[BodyName, ...]:
    """Every body-like name in a Russian sentence, left to right, not overlapping."""
    words = words_of(sentence)
    out, after = [], 0
    for h, w in enumerate(words):
        if h < after or w.punct or not _HEAD_STEMS_RU.match(w.text.lower()):
            continue
        head = parse(w.text)
        if head.normal_form == "министр":
            b = _complements_ru(words, h + 1)
            if b > h + 1:  # «Министра транспорта …» names the Министерство транспорта
                surface = sentence[w.start : words[b - 1].end]
                out.append(BodyName(surface, w.start, words[b - 1].end,
                                    "Министерство " + sentence[words[h + 1].start : words[b - 1].end]))
                after = b
            continue
        if head.normal_form.replace("ё", "е") not in HEADS_RU | ORGANISATION_HEADS_RU or head.tag.POS != "NOUN":
            continue
        a = h
        while a > 0 and _agrees(words[a - 1], head):
            a -= 1
        if not words[a].text[:1].isupper():
            continue  # «российское министерство»: a description, not a name
        b = _complements_ru(words, h + 1)
        if b - a < 2 or (a == 0 and b == h + 1 and not w.text[:1].isupper()):
            continue  # «Российское министерство обсудило …»: the capital is the sentence's, not a name's
        surface = sentence[words[a].start : words[b - 1].end]
        out.append(BodyName(surface, words[a].start, words[b - 1].end,
                            nominative(sentence, words, a, h, words[b - 1].end)))
        after = b
    return tuple(sorted(out + _shared_head_ru(sentence, words), key=lambda n: n.start))


_PLURAL_HEADS_RU = {"министерств": "Министерство", "ведомств": "Ведомство"}


def _shared_head_ru(sentence: str, words: list[Word]) -> list[BodyName]:
    """ «представители министерств иностранных дел, обороны и юстиции»: a plural head shared by a list of
    genitive complements, one body per item («Министерство обороны»)."""
    out = []
    for h, w in enumerate(words):
        head = _PLURAL_HEADS_RU.get(w.text.lower())
        if head is None:
            continue
        items, cur, k = [], [], h + 1
        while k < len(words):
            t = words[k].text
            if t in (",", "и"):
                if not cur:
                    break
                items.append(cur)
                cur = []
                if t == "и" and k + 1 < len(words) and words[k + 1].text != ",":
                    last = k + 1
                    while last < len(words) and _genitive(words[last].text) and last - k <= 3:
                        last += 1
                    if last > k + 1:
                        items.append(words[k + 1 : last])
                    break
            elif _genitive(t) and len(cur) < 3:
                cur.append(words[k])
            else:
                break
            k += 1
        if len(items) < 2:
            continue
        for it in items:
            text = sentence[it[0].start : it[-1].end]
            out.append(BodyName(text, it[0].start, it[-1].end, f"{head} {text}"))
    return out


def _agrees(w: Word, head) -> bool:
    """An adjective before the head in its case («Федеральной службы»)."""
    if w.punct or not re.fullmatch(r"[А-ЯЁа-яё-]+", w.text):
        return False
    case = head.tag.case
    return any(p.tag.POS in ("ADJF", "PRTF") and p.tag.case == case for p in parses(w.text.split("-")[-1]))


def _parses(word: str):
    """The three likeliest readings of a word (of a hyphenated compound, its last part)."""
    return parses(word.split("-")[-1])[:3]


def _genitive(text: str) -> bool:
    """A lower-case Russian word that can be a genitive noun or adjective («цифрового», «связи»)."""
    if not re.fullmatch(r"[а-яё]+(?:-[а-яё]+)*", text) or _function_word(text):
        return False
    return any(p.tag.case == "gent" and p.tag.POS in ("NOUN", "ADJF", "PRTF", "NUMR") for p in _parses(text))


def _function_word(text: str) -> bool:
    """ «по», «и», «между»: pymorphy3 also offers rare noun readings of them, which name no body."""
    return _parses(text)[0].tag.POS in ("PREP", "CONJ", "PRCL", "NPRO", "ADVB", "INTJ", "PRED", "COMP")


def _oblique(text: str) -> bool:
    """A lower-case word after «по»: «по техническому и экспортному контролю», «по делам»."""
    return bool(re.fullmatch(r"[а-яё]+(?:-[а-яё]+)*", text)) and not _function_word(text) and any(
        p.tag.case in ("datv", "loct", "gent") and p.tag.POS in ("NOUN", "ADJF", "PRTF") for p in _parses(text))


def _complements_ru(words: list[Word], i: int) -> int:
    """Where the complements that follow the head end (exclusive word index)."""
    n = len(words)
    if i < n and words[i].text == "«":  # «Агентство «Туркменарагатнашык»»
        close = next((k for k in range(i + 1, min(n, i + 8)) if words[k].text == "»"), None)
        return close + 1 if close is not None else i
    j = i
    while j < n:
        t = words[j].text
        if _genitive(t):
            j += 1
        elif t == "по" and j + 1 < n and _oblique(words[j + 1].text):
            j += 2
            while j < n and (_oblique(words[j].text) or words[j].text == "и" and j + 1 < n
                             and _oblique(words[j + 1].text) and not _starts_body(words, j + 1)):
                j += 1
        elif t == "и" and j > i and j + 1 < n and _genitive(words[j + 1].text) and not _starts_body(words, j + 1):
            j += 1
        elif t == "," and j > i and _list_inside(words, j):
            j += 1
        elif j > i and words[j - 1].text == "," and re.fullmatch(r"[А-ЯЁ]{2,6}", t):
            j += 1  # «науки, ИКТ и будущего планирования»: an acronym item of the list inside the name
        else:
            break
    if j < n and re.fullmatch(r"[А-ЯЁ]{2,6}", words[j].text):
        j += 1  # «комитет СНГ», «Секретариат ОДКБ»: the organisation the body belongs to is part of its name
    if j < n and words[j].text in ("Правительства", "Президента"):
        j += 1  # «Аппарат Правительства», «Координационный центр Правительства»
    elif j + 1 < n and words[j].text == "при" and words[j + 1].text in ("Правительстве", "Президенте"):
        j += 2  # «Служба связи при Правительстве (Республики Таджикистан)»
    return j


def _starts_body(words: list[Word], k: int) -> bool:
    """ «… и Министерства культуры»: a second body begins (only capitalised heads reach here lower-case)."""
    return parse(words[k].text).normal_form in HEADS_RU


def _list_inside(words: list[Word], k: int) -> bool:
    """ «цифрового развития, инноваций и связи»: a comma inside the name, when lower-case genitives run on
    from it to an «и» that closes the list."""
    j = k + 1
    while j < len(words) and words[j].text != ",":
        if words[j].text == "и":
            return j > k + 1 and j + 1 < len(words) and _genitive(words[j + 1].text)
        if not _genitive(words[j].text) and not (j == k + 1 and re.fullmatch(r"[А-ЯЁ]{2,6}", words[j].text)):
            return False
        j += 1
    return j > k + 1 and j < len(words) and words[j].text == ","


_WORD_EN = re.compile(r"[A-Za-z][\w’'.&/-]*|\d[\w./-]*|[^\w\s]")


@lru_cache(maxsize=20_000)
def find_bodies_en(sentence: str) -> tuple[BodyName, ...]:
    """Every body-like proper name in an English sentence, left to right, not overlapping."""
    words = [Word(m.group().rstrip("."), m.start(), m.start() + len(m.group().rstrip(".")))
             if m.group().endswith(".") and m.group().count(".") == 1 else Word(m.group(), m.start(), m.end())
             for m in _WORD_EN.finditer(sentence)]
    out, after = [], 0
    for h, w in enumerate(words):
        if h < after:
            continue
        if w.text == "Minister" and h + 1 < len(words) and words[h + 1].text in ("of", "for") and not (
                h and words[h - 1].text == "Prime"):
            b = _right_en(words, h + 1)
            if b > h + 2 and words[h + 2].text != "State":  # "Minister of Transport" names the Ministry of Transport
                surface = sentence[w.start : words[b - 1].end]
                out.append(BodyName(surface, w.start, words[b - 1].end, "Ministry" + surface[len("Minister"):]))
                after = b
            continue
        if w.text.lower() in _PLURAL_HEADS_LOWER:
            listed = _items_before_head_en(sentence, words, h, after)  # "the home and defence ministries"
            if listed:
                out.extend(listed)
                after = h + 1
                continue
        if w.text.lower() in _PLURAL_HEADS_LOWER and h + 2 < len(words) and words[h + 1].text == "of":
            shared, last = _shared_head_en(sentence, words, h)  # "the Departments of Justice, Homeland Security and …"
            if shared:
                out.extend(sorted(shared, key=lambda b: b.start))
                after = last
                continue
        if not _is_head_en(w.text) or w.text in _MODIFYING_HEADS_EN and h + 1 < len(words) and _cap(words[h + 1].text):
            continue  # "National Police Agency": the later head is the body's
        a = _left_en(words, h, after)
        b = _right_en(words, h + 1)
        if b - a < 2 and not _CERT.search(words[h].text):
            continue
        surface = sentence[words[a].start : words[b - 1].end]
        if len(surface.split()) < 2 and not _CERT.search(surface):
            continue
        out.append(BodyName(surface, words[a].start, words[b - 1].end, surface))
        after = b
    return tuple(out)


_PLURAL_HEADS_LOWER = {"departments": "Department", "ministries": "Ministry"}
# Words before a list of the kinds of ministries that are not part of it: prepositions, articles, determiners.
_BEFORE_LIST_EN = {"from", "of", "by", "with", "in", "at", "to", "for", "the", "a", "an", "their", "its", "both",
                   "his", "her", "our", "other", "several", "various", "respective", "relevant", "concerned",
                   "key", "line", "two", "three", "four", "five", "all", "including", "included", "include", "and"}
_SMALL_EN = {"and", "of", "the", "for", "on", "&"}
_ADJECTIVE_EN = re.compile(r"foreign|home|domestic|federal|national|[a-z]+(?:al|ic|ive|ous|ian|ese|ish)")


def _items_before_head_en(sentence: str, words: list[Word], h: int, floor: int) -> list[BodyName]:
    """ "officials from the foreign affairs, interior and energy and mining ministries": the
    plural head shared by the list before it, one body per item ("Ministry of Interior"). Commas part the items,
    and the first "and" after the last comma parts the last two; with no comma every "and" does."""
    a, case = h, r"[A-Z][a-z-]*" if words[h].text[:1].isupper() else r"[a-z][a-z-]*"  # the head's case
    while a - 1 >= floor and (re.fullmatch(case, words[a - 1].text) and
                              words[a - 1].text.lower() not in _BEFORE_LIST_EN - {"and"} or
                              words[a - 1].text in (",", "and")):
        a -= 1
    while a < h and words[a].text in (",", "and"):
        a += 1
    segments, cur = [], []
    for w in words[a:h]:
        if w.text == ",":
            segments.append(cur)
            cur = []
        else:
            cur.append(w)
    segments.append(cur)
    commas = len(segments) > 1
    items: list[list[Word]] = []
    for k, seg in enumerate(segments):
        last = k == len(segments) - 1
        cuts = [i for i, w in enumerate(seg) if w.text == "and"]
        if not commas:
            parts, start = [], 0
            for c in cuts:
                parts.append(seg[start:c])
                start = c + 1
            parts.append(seg[start:])
        elif last and cuts:
            parts = [seg[: cuts[0]], seg[cuts[0] + 1 :]]
        else:
            parts = [seg]
        items += [p for p in parts if p]
    if len(items) < 2 or any(it[0].text.lower() in _SMALL_EN or it[-1].text.lower() in _SMALL_EN for it in items):
        return []
    head = _PLURAL_HEADS_LOWER[words[h].text.lower()]
    out = []
    for it in items:
        surface = sentence[it[0].start : it[-1].end]
        name = " ".join(w.text if w.text.lower() in _SMALL_EN else w.text[:1].upper() + w.text[1:] for w in it)
        # "the foreign and home ministries": an adjective stays before the head ("Home Ministry"); a noun takes
        # "of" ("Ministry of Energy")
        out.append(BodyName(surface, it[0].start, it[-1].end,
                            f"{name} {head}" if _ADJECTIVE_EN.fullmatch(it[-1].text.lower()) else f"{head} of {name}"))
    return out


def _shared_head_en(sentence: str, words: list[Word], h: int) -> tuple[list[BodyName], int]:
    """ "the Departments of Justice, Energy and Commerce": one body per item, the head shared; and
    the index of the word after the last item."""
    head, items, j, asides = _PLURAL_HEADS_LOWER[words[h].text.lower()], [], h + 2, []
    # "the ministries of home affairs, defence, and electronics and information technology": a lower-case head
    # takes lower-case items
    item = _lower_item_word if _lower_item_word(words[h + 2].text) and words[h].text.islower() else _cap
    while j < len(words):
        k = j + (words[j].text == "the" and j + 1 < len(words) and _cap(words[j + 1].text))  # "the Treasury"
        while k < len(words) and (item(words[k].text) and not _is_head_en(words[k].text) or
                                  words[k].text in ("of", "the") and k > j):
            k += 1
        if k == j:
            break
        items.append((j, k))
        if k + 1 < len(words) and words[k].text == "," and words[k + 1].text == "including":
            # "…, Homeland Security, including from the Cybersecurity Agency, the Treasury, and Justice": the
            # aside names a part of the item before it, and the list goes on after it
            k += 2
            aside = k
            while k < len(words) and words[k].text not in (",", ";", "."):
                k += 1
            if k > aside:
                asides.append((words[aside].start, words[k - 1].end))
        if k < len(words) and words[k].text == "," and k + 1 < len(words) and words[k + 1].text != "and":
            j = k + 1
        elif k < len(words) and words[k].text in ("and", ","):
            j = k + 1 + (k + 1 < len(words) and words[k + 1].text == "and")
            last = j
            while last < len(words) and (item(words[last].text) and not _is_head_en(words[last].text) or
                                         item is _lower_item_word and words[last].text == "and"
                                         and last + 1 < len(words) and item(words[last + 1].text)):
                last += 1
            closed = last >= len(words) or words[last].text in (",", ".", ";", ")")
            while item is _lower_item_word and last > j + 1 and _VERB_EN.fullmatch(words[last - 1].text):
                last, closed = last - 1, True  # "… and water and sanitation joined": the verb is the sentence's
            if item is _lower_item_word and not closed:
                last = j + 1  # "… and defence met in Delhi": the list's end is not closed, its last item is one word
            if last > j:
                items.append((j, last))
            break
        else:
            break
    if len(items) < 2:
        return [], h + 1
    inside = [BodyName(b.surface, b.start + a, b.end + a, b.nominative)
              for a, z in asides for b in find_bodies_en(sentence[a:z])]  # the bodies the asides name
    return inside + [BodyName(sentence[words[a].start : words[b - 1].end], words[a].start, words[b - 1].end,
                     f"{head} of {_title_en(sentence[words[a].start : words[b - 1].end])}") for a, b in items], items[-1][1]


def _title_en(item: str) -> str:
    """ "electronics and information technology" -> "Electronics and Information Technology"."""
    return " ".join(w if w in _SMALL_EN else w[:1].upper() + w[1:] for w in item.split())


_NOT_ITEM_EN = {"and", "of", "for", "on", "the", "a", "an", "both", "their", "its", "our", "all", "other", "two",
                "these", "those", "relevant", "respective", "various", "several", "including", "as", "well", "from"}


_VERB_EN = re.compile(r"[a-z]+(?:ed|ing)|met|took|held|were|was|are|is|have|has")


def _lower_item_word(t: str) -> bool:
    """A word of a lower-case item of a shared head's list: "home affairs", "defence"."""
    return bool(re.fullmatch(r"[a-z][a-z-]+", t)) and t not in _NOT_ITEM_EN


def _is_head_en(t: str) -> bool:
    return t in HEADS_EN or t in ORGANISATION_HEADS_EN or bool(_CERT.search(t)) and t[:1].isupper()


def organisation_head(name: str) -> bool:
    """The name's head (its last head noun before the complements) names an organisation, not a body."""
    if is_cyrillic(name):
        return any(parse(w).normal_form in ORGANISATION_HEADS_RU for w in re.findall(r"[А-Яа-яЁё]+", name)[:4])
    words = re.findall(r"[\w'’-]+", name.split(" of ")[0].split(" for ")[0].split(" on ")[0])
    heads = [w for w in words if _is_head_en(w)]
    return bool(heads) and heads[-1] in ORGANISATION_HEADS_EN


def _cap(t: str) -> bool:
    return t[:1].isupper() and t not in _NOT_NAME_EN


# Heads that also qualify a later head: "Cabinet Intelligence and Research Office", "National Police Agency"
_MODIFYING_HEADS_EN = {"Cabinet", "Police"}


def _left_en(words: list[Word], h: int, floor: int) -> int:
    """Capitalised words before the head: "National Security and Defense Council"."""
    a = h
    while a - 1 >= floor:
        t = words[a - 1].text
        if _cap(t) and (not _is_head_en(t) or t in _MODIFYING_HEADS_EN):
            a -= 1
        elif t in ("and", "&") and a - 2 >= floor and _cap(words[a - 2].text) and not _is_head_en(words[a - 2].text) \
                and a < h and not (words[a - 2].text.isupper() and len(words[a - 2].text) > 1):
            a -= 1  # "Security and Defense": joins two modifiers, never two bodies (nor an acronym's body: "CSB and …")
        else:
            break
    while a < h and words[a].text == "and":
        a += 1
    return a


def _right_en(words: list[Word], i: int) -> int:
    """The complement after the head: of/for/on, then capitalised words joined by of/for/and/the, a comma
    list closed by "and", up to a second body."""
    n = len(words)
    j = i
    if j < n and _cap(words[j].text) and (_CERT.search(words[i - 1].text) or words[j].text.isupper()):
        return j + 1  # "CERT Tonga", "CERT NZ"
    if not (j < n and words[j].text in ("of", "for", "on")):
        return i
    last_cap = i
    j += 1
    while j < n:
        t = words[j].text
        if t in ("Prime", "President") and words[j - 1].text == "the" and (t == "President" or (
                j + 1 < n and words[j + 1].text == "Minister")):
            j += 1 if t == "President" else 2  # "Department of the Prime Minister and Cabinet", "Office of the President"
            last_cap = j
            continue
        if _POST_EN.match(t) and not (words[i - 1].text == "Office" and i + 1 < n and words[i + 1].text == "the"):
            break  # "… and Minister-in-charge of Cyber Security": a post, not the body's name ("Office of the
            # Director of …" is the office of that post)
        if t in _HONORIFICS_EN:
            break  # "Ministry of National Security Dr Horace Chang": the person's title
        if _cap(t) or (t[:1].isupper() and t not in ("The", "A", "An")):
            bare = j + 1 >= n or not (words[j + 1].text in ("of", "for") or words[j + 1].text[:1].isupper())
            if _is_head_en(t) and words[j - 1].text in ("and", "&") and not bare or (
                    words[j - 1].text == "the" and j >= 2 and words[j - 2].text in ("and", "&") and _is_head_en(t)):
                break  # "… of Defense and the Department of Energy": a second body
            j += 1
            last_cap = j
        elif t in _JOIN_EN:
            if t in ("and", "&") and _second_body(words, j + 1) and not (
                    j + 2 < n and _is_head_en(words[j + 1].text) and not (words[j + 2].text in ("of", "for")
                                                                          or words[j + 2].text[:1].isupper())):
                break  # "… and the Department of Energy"; but "Prime Minister and Cabinet" ends the one name
            if t == "on" or t in ("and", "&") and not (j + 1 < n and (words[j + 1].text[:1].isupper() or words[j + 1].text == "the")):
                break  # "… Ministry of Trade and on the Kenyan side": the clause goes on
            if t in ("and", "&") and _acronym_next(words, j + 1):
                break  # "… Department of Telecommunications and the NIA": another body, by its acronym
            j += 1
        elif t == "," and _list_inside_en(words, j):
            j += 1
        else:
            break
    return last_cap if last_cap > i else i


_HONORIFICS_EN = {"Dr", "Mr", "Ms", "Mrs", "Prof", "Sir", "Dame", "H.E", "HE", "HRH", "Gen", "Col", "Adm"}


def _acronym_next(words: list[Word], k: int) -> bool:
    k += k < len(words) and words[k].text == "the"
    return k < len(words) and len(words[k].text) > 1 and words[k].text.isupper() and (
        k + 1 >= len(words) or not words[k + 1].text[:1].isupper())


def _second_body(words: list[Word], k: int) -> bool:
    """After "and": "(the) Ministry of …" starts another body."""
    while k < len(words) and words[k].text in ("the", "The"):
        k += 1
    while k < len(words) and _cap(words[k].text) and not _is_head_en(words[k].text) and words[k].text != "Minister":
        k += 1
    return k < len(words) and (_is_head_en(words[k].text) or words[k].text == "Minister")


def _list_inside_en(words: list[Word], k: int) -> bool:
    """ "of Culture, Sports, Tourism and Youth": capitalised words from the comma on, up to an "and" that
    closes the list (not a second body)."""
    j = k + 1
    while j < len(words):
        t = words[j].text
        if t == "and":
            nxt = j + 2 if j + 2 < len(words) and words[j + 1].text == "the" else j + 1
            return j > k + 1 and nxt < len(words) and words[nxt].text[:1].isupper() and \
                not _second_body(words, j + 1)
        if t == ",":
            if j == k + 1:
                return False
        elif not _cap(t) or _is_head_en(t):
            return False
        j += 1
    return False
