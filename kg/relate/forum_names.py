"""Forum names the vocabularies lack, found by their shape: a head noun with its words.

A standing forum is named by a head noun (диалог, консультации, рабочая группа,
механизм, комиссия, совет, конференция; Dialogue, Working Group, Commission…),
the adjectives that agree with it before («Российско-зимбабвийская
межправительственная рабочая группа») and its complements after, in the
genitive or with a preposition («… по вопросам международной информационной
безопасности», "… on Cooperation and Confidence-Building Measures"). A
meeting of persons is named the same way by its members («встреча секретарей
советов безопасности государств – членов ОТГ»).

The name ends where the clause goes on: a verb, a comma, a date, a place
(«в Хараре»), a format («в формате видеоконференции»). It is a proper name
only when something in it is one: a capital letter inside the sentence, a
state or organisation, an acronym, or a two-state adjective
(«российско-саудовские»). The head and its adjectives go to the nominative
(«Диалога Россия – Африканский союз» -> «Диалог Россия – Африканский союз»);
complements stay as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from kg.nlp.morph import parses
from kg.nlp.text import is_cyrillic
from kg.relate.cues import ordinal_ru

# head lemma -> the kind of meeting a forum of that head holds
HEADS_RU = {
    "диалог": "dialogue", "механизм": "dialogue", "консультация": "consultations", "группа": "working-group",
    "комиссия": "committee", "комитет": "committee", "совет": "committee", "конференция": "conference",
    "форум": "conference", "саммит": "summit", "коллегия": "committee",
}
# Linked processes are also named on these heads: «Центр компетенций …», «Инициатива …».
_LINKED_HEADS_RU = {**HEADS_RU, "центр": "other", "инициатива": "other", "процесс": "other", "ассамблея": "other",
                    "конгресс": "conference", "операция": "other"}  # «операция «ПРОКСИ»»: a joint operation
_HEAD_STEMS = re.compile(r"(?:коллеги|диалог|механизм|консультац|групп|комисс|комитет|совет|конференц|форум|саммит|встреч|"
                         r"совещан|заседан|центр|инициатив|процесс|ассамбле|конгресс|операц)")
# «встреча секретарей …», «совещание министров …»: a series named by who meets
GATHERINGS_RU = {"встреча", "совещание", "заседание"}
MEMBERS_RU = {"секретарь", "министр", "глава", "руководитель", "начальник", "директор", "представитель", "специалист",
              "эксперт",
              "председатель", "генеральный", "старший", "высокий"}
# Ordinal and "regular" adjectives number a meeting; they are not part of the forum's name.
_NOT_IN_NAME = {"очередной", "учредительный", "первый", "второй", "третий", "четвертый", "пятый", "шестой",
                "седьмой", "восьмой", "девятый", "десятый", "последний", "предыдущий", "следующий", "новый",
                "который", "этот", "данный", "такой", "весь"}
# After «в/во/на» these words start a circumstance, not part of a name.
_CIRCUMSTANCE = {"формат", "режим", "рамка", "ход", "цель", "период", "год", "месяц", "день", "город",
                 "столица", "здание", "штаб-квартира", "помещение", "полях", "поле", "кулуары", "очный"}
# A document's title starts here: it is not part of the forum's name («по итогам саммита Декларации о ...»).
_DOCUMENT_HEADS = {"декларация", "соглашение", "заявление", "протокол", "меморандум", "резолюция", "концепция",
                   "положение", "доклад", "договор", "конвенция", "план", "программа", "решение", "коммюнике"}
# The name then belongs to another event than the meeting reported: its sidelines, its outcome.
_ANOTHER_EVENT = re.compile(r"(?:на полях|в кулуарах|по итогам|в преддверии|в рамках подготовки к|накануне)\s+"
                            r"(?:[а-яё]+\s+){0,2}$", re.I)
_STOP_WORDS = {"под", "который", "где", "когда", "что", "чтобы", "также", "а", "но", "однако", "после",
               "накануне", "состоялся", "прошел"}
_WEAK_END = {"по", "в", "во", "на", "и", "с", "со", "о", "об", "для", "при", "между", "к", "от", "из", "–", "—",
             "-", "«"}
_WORD = re.compile(r"«|»|\"|[–—]|\s-\s|[,.;:()!?]|\d[\d./-]*|[\w'’]+(?:[-‐‑][\w'’]+)*")


@dataclass(frozen=True)
class Word:
    text: str
    start: int
    end: int
    punct: bool = field(init=False, compare=False)  # no letter or digit in it: read once, asked often

    def __post_init__(self) -> None:
        object.__setattr__(self, "punct", not _ALNUM.search(self.text))


_ALNUM = re.compile(r"[^\W_]")


@dataclass(frozen=True)
class ForumName:
    surface: str  # as written
    start: int  # offsets in the sentence
    end: int
    nominative: str  # the head and its adjectives in the nominative
    head: str  # the head noun's lemma
    kind: str  # the kind of meeting a forum of this head holds


def words_of(text: str) -> list[Word]:
    return [Word(m.group().strip(), m.start(), m.end()) for m in _WORD.finditer(text)]


@lru_cache(maxsize=50_000)
def parse(word: str):
    """pymorphy3's best parse of a word (of a hyphenated compound, its last part)."""
    return parses(word.split("-")[-1])[0]


def _is_adjective(w: Word) -> bool:
    if not is_cyrillic(w.text) or w.punct:
        return False
    p = parse(w.text)
    return p.tag.POS in ("ADJF", "PRTF") and p.normal_form.replace("ё", "е") not in _NOT_IN_NAME


def _verbal(w: Word) -> bool:
    """A verb, a short participle or a gerund, or a participle opening a clause («образованной»)."""
    pos = parse(w.text).tag.POS
    return pos in ("VERB", "INFN", "PRTS", "GRND") or (pos == "PRTF" and w.text[:1].islower())


def _ends_name(words: list[Word], k: int) -> bool:
    """Word `k` no longer belongs to the name."""
    w = words[k]
    low = w.text.lower()
    if w.text in ",.;:()!?" or w.text[:1].isdigit() or low in _STOP_WORDS:
        return True
    if w.punct:
        return False  # dashes and quotes sit inside names («Россия – АСЕАН»)
    if low in ("в", "во", "на") and k + 1 < len(words):
        nxt = words[k + 1]
        if nxt.text[:1].isdigit() or (nxt.text[:1].isupper() and nxt.text != "«"):
            return True  # «в Хараре», «в 2025 году»
        if parse(nxt.text).normal_form in _CIRCUMSTANCE:
            return True
    if low == "по" and k + 1 < len(words) and words[k + 1].text.lower() in ("итогам", "приглашению", "линии"):
        return True
    if low in ("с", "при") and k + 1 < len(words) and words[k + 1].text.lower() in ("участием", "участии"):
        return True  # «Совет … с участием представителей …»: who attended, not the name
    if low == "и" and any(parse(x.text).normal_form in HEADS_RU for x in words[k + 1 : k + 3] if not x.punct):
        return True  # «Совета глав … и Координационного совета …»: a second forum begins
    if is_cyrillic(w.text) and (_verbal(w) or parse(w.text).normal_form in _DOCUMENT_HEADS and not (
            w.text[:1].isupper() and k > 0 and words[k - 1].text[:1].isupper() and not words[k - 1].text.isupper())):
        return True  # but «Организации Договора о коллективной безопасности» is one proper name
    if w.text[:1].islower() and is_cyrillic(w.text) and k > 0 and words[k - 1].text.isupper() \
            and len(words[k - 1].text) > 1 and _no_genitive_noun(w.text):
        return True  # «заседании Форума ШОС директор института …»: after the acronym, a noun that no genitive
        # chain can hold starts the clause
    p = parse(w.text)
    if w.text[:1].isupper() and not w.text.isupper() and is_cyrillic(w.text) and k > 0 and \
            words[k - 1].text not in "–—-" and \
            (k + 1 >= len(words) or words[k + 1].text not in "–—-") and _nominative_only(w.text):
        return True  # «саммита Россия – Африка Министр …»: a subject in the nominative starts the clause (an
        # acronym is indeclinable, so it says nothing: «Совет РАТС ШОС»)
    return w.text[:1].isupper() and not w.text.isupper() and ("Name" in p.tag or "Surn" in p.tag or "Patr" in p.tag)


def _drafting(words: list[Word], h: int, k: int) -> bool:
    """ «группа по доработке проекта Совместного заявления …»: the document a group drafts is part of its name."""
    return parse(words[k].text).normal_form in _DOCUMENT_HEADS and any(
        words[j].text.lower().startswith("проект") for j in range(max(h + 1, k - 3), k)) and any(
        words[j].text.lower() == "по" for j in range(h + 1, k))


def _no_genitive_noun(word: str) -> bool:
    """A noun with no reading in the genitive: it cannot continue a name's chain of complements."""
    nouns = [q for q in parses(word) if q.tag.POS == "NOUN"]
    return bool(nouns) and len(nouns) == len(parses(word)) and not any(q.tag.case in ("gent", "gen2") for q in nouns)


def _nominative_only(word: str) -> bool:
    """A noun that can only be in the nominative here, not a complement in another case."""
    nouns = [q for q in parses(word) if q.tag.POS == "NOUN"]
    return bool(nouns) and all(q.tag.case == "nomn" for q in nouns)


def _members_clause(words: list[Word], h: int, k: int) -> bool:
    """ «совещание специалистов …, отвечающих за вопросы …»: a comma, then a present participle in the plural
    that agrees with a plural noun of the name in the genitive: the clause says which members meet."""
    if words[k].text != "," or k + 1 >= len(words):
        return False
    nxt = words[k + 1].text
    if not nxt[:1].islower() or not is_cyrillic(nxt):
        return False
    clause = [q for q in parses(nxt) if q.tag.POS == "PRTF" and "plur" in q.tag and "gent" in q.tag
              and "pres" in q.tag]
    members = any(q.tag.POS == "NOUN" and "plur" in q.tag and "gent" in q.tag
                  for w in words[h + 1 : k] if not w.punct for q in parses(w.text)[:2])
    return bool(clause) and members


def _aside_within(words: list[Word], k: int) -> int | None:
    """A short bracketed aside (another title, an acronym) inside a name that goes on after it: the index of
    the word after the bracket, else None."""
    if words[k].text != "(":
        return None
    close = next((j for j in range(k + 1, min(k + 6, len(words))) if words[j].text == ")"), None)
    if close is None or close + 1 >= len(words):
        return None
    nxt = words[close + 1]
    if is_cyrillic(nxt.text) and nxt.text.isupper() and len(nxt.text) > 1:
        return close + 1  # «Совета Региональной антитеррористической структуры (РАТС) ШОС»: the organisation's acronym
    if nxt.punct or not is_cyrillic(nxt.text) or not nxt.text[:1].islower() or nxt.text.lower() in _STOP_WORDS \
            or nxt.text.lower() in _WEAK_END or _verbal(nxt):
        return None
    return close + 1


def _topic_clause(words: list[Word], k: int) -> bool:
    """ «… по вопросам, связанным с обеспечением …»: a comma, then a participle that qualifies the topic."""
    if words[k].text != "," or k + 1 >= len(words) or k < 1:
        return False
    topic = parse(words[k - 1].text).normal_form in ("вопрос", "проблема", "аспект", "тема", "сфера", "область")
    nxt = words[k + 1].text
    return topic and nxt[:1].islower() and any(p.tag.POS in ("PRTF", "ADJF") for p in parses(nxt)[:3])


_SITTINGS_RU = {"заседание", "встреча", "совещание", "сессия", "раунд"}


def _numbers(words: list[Word], k: int) -> bool:
    """Word k numbers what follows: «первое», «3-е» (cut at the hyphen), «3-й», «V», «12»."""
    number = words[k].text.lower()
    if k >= 1 and re.fullmatch(r"\d{1,3}-", words[k - 1].text) and number in ("е", "й", "м", "го", "ое", "я", "ая", "ий", "ой"):
        return True
    return bool(re.fullmatch(r"[ivxlc]{1,6}|\d{1,3}-?(?:е|й|м|го|ое|я|ая|ой)?", number)) or ordinal_ru(number) is not None


def _numbered_sitting_of(words: list[Word], a: int, lemma: str) -> bool:
    """ «первое заседание совместной рабочей группы по проблемам кибербезопасности»: a body named in lower case,
    with its topic, whose sitting is numbered is a standing one (a group, a commission, a committee), not a
    genre."""
    if lemma not in ("группа", "комиссия", "комитет") or a < 2:
        return False
    return parse(words[a - 1].text).normal_form in _SITTINGS_RU and _numbers(words, a - 2)


def _numbered_event(words: list[Word], a: int, h: int, lemma: str) -> bool:
    """ «V международная научно-практическая конференция», «второй региональный форум»: a conference or forum
    named in lower case by what it is, numbered as one of a series, is that series (the number itself is no part
    of the name)."""
    if lemma not in ("конференция", "форум") or h == a or a < 1:
        return False  # an adjective says what kind of event it is: «конференция» alone is a genre
    return _numbers(words, a - 1)


def _proper(words: list[Word], a: int, b: int, first_in_sentence: bool) -> bool:
    """Something in the span is a proper name: the span may then name a standing forum."""
    for i in range(a, b):
        t = words[i].text
        if t.isupper() and len(t) > 1:
            return True  # МИБ, БРИКС, ОДКБ
        if re.search(r"[а-яё]+(?:ско|цко)-[а-яё]+", t.lower()):
            return True  # российско-саудовские
        if t[:1].isupper() and not (i == a and first_in_sentence) and t != "«":
            return True
    return False


@lru_cache(maxsize=20_000)
def find_forum_name_ru(sentence: str) -> ForumName | None:
    """The first forum-like name in a Russian sentence that is not another event's («на полях саммита …»)."""
    return next(_names_ru(sentence, other_events=False), None)


@lru_cache(maxsize=20_000)
def named_bodies_ru(sentence: str) -> tuple[ForumName, ...]:
    """Every forum-like name in a Russian sentence, other events' included: the processes it may link to."""
    quoted = _as_guillemets(sentence)
    found = tuple(_names_ru(quoted, other_events=True, heads=_LINKED_HEADS_RU))
    if quoted == sentence:
        return found
    # the name as written; its nominative keeps the guillemets Russian names are quoted in
    return tuple(replace(f, surface=sentence[f.start : f.end]) for f in found)


# «операции “ПРОКСИ”», «операции "ПРОКСИ"»: other quotes around a proper name, read as guillemets (one character
# for one, so offsets hold)
_OTHER_QUOTES = re.compile(r"“([^“”\"«»]{1,60})”|(?<![\w\"])\"([^\"«»“”]{1,60})\"(?![\w\"])")


def _as_guillemets(sentence: str) -> str:
    return _OTHER_QUOTES.sub(lambda m: f"«{m[1] or m[2]}»", sentence)


def _names_ru(sentence: str, other_events: bool, heads: dict[str, str] | None = None):
    heads = heads or HEADS_RU
    words = words_of(sentence)
    after = 0  # names do not overlap
    for h, w in enumerate(words):
        if h < after or w.punct or not _HEAD_STEMS.match(w.text.lower()):
            continue  # the cheap look first: most words start no head noun
        head = parse(w.text)
        lemma = head.normal_form.replace("ё", "е")
        gathering = lemma in GATHERINGS_RU and h + 1 < len(words) and parse(words[h + 1].text).normal_form in MEMBERS_RU
        if lemma not in heads and not gathering:
            continue
        if lemma == "группа" and not (h and parse(words[h - 1].text).normal_form in ("рабочий", "экспертный")) and not (
                h + 1 < len(words) and parse(words[h + 1].text).normal_form in ("эксперт", "специалист")) and not (
                h and words[h - 1].text[:1].isupper() and _is_adjective(words[h - 1])) and not (
                h and w.text[:1].isupper() and words[h - 1].text not in ".!?«"):
            continue  # «группа» alone is no forum; «Восточноафриканская группа …», «… заседание Группы …», proper
            # names, are
        a = h
        while a > 0 and _is_adjective(words[a - 1]):
            a -= 1
        if lemma == "коллегия" and not any(parse(words[k].text).normal_form in ("совместный", "объединённый", "объединенный")
                                           for k in range(a, h)):
            continue  # «коллегия МВД» is a ministry's board; «совместная коллегия МВД России и Беларуси» a forum
        if lemma == "совет" and words[a].text[:1].islower() and not gathering and not (
                h + 1 < len(words) and parse(words[h + 1].text).normal_form in MEMBERS_RU):
            continue  # «совет безопасности» of a state is a body, not a forum; «Координационный совет …» is one
        b = h + 1
        if lemma == "операция" and not (b < len(words) and words[b].text == "«"):
            continue  # an operation is a process only by its quoted name («операция «ПРОКСИ»»)
        quoted = 0  # «Безопасность, доверие и право …»: a quoted name goes on past its commas
        while b < len(words) and b - h <= 40:
            quoted += (words[b].text == "«") - (words[b].text == "»")
            if quoted > 0 or words[b].text == "»":
                b += 1
                if quoted == 0 and lemma == "операция":
                    break  # «операции «Паутина» в текущем году»: the quoted name is all of an operation's
                continue
            if b - h > 24:
                break
            if _topic_clause(words, b):
                b += 2  # «по вопросам, связанным с …»: the topic goes on past the comma
                continue
            if _members_clause(words, h, b):
                b += 2  # «высоких представителей, курирующих вопросы безопасности»: whose members they are
                continue
            aside = _aside_within(words, b)
            if aside:
                b = aside  # «руководителей (начальников штабов) национальных центров (АТЦ) государств …»
                continue
            if _ends_name(words, b) and not _drafting(words, h, b):
                break
            b += 1
        while b > h + 1 and (words[b - 1].text.lower() in _WEAK_END or words[b - 1].text == "«"):
            b -= 1
        if sentence[words[a].start : words[b - 1].end].count('"') % 2:
            # «саммита "Россия-Индия: прочное …"»: the name stops where a quote it does not close opens
            b = max(k for k in range(a, b) if words[k].text == '"')
        span = sentence[words[a].start : words[b - 1].end]
        if span.count("«") != span.count("»"):
            continue  # cut inside a quoted name
        if b - a < 2 or not (_proper(words, a, b, first_in_sentence=(a == 0)) or b > h + 1 and _numbered_sitting_of(words, a, lemma)
                             or _numbered_event(words, a, h, lemma)):
            continue
        if not other_events and _ANOTHER_EVENT.search(sentence[: words[a].start]):
            continue
        if not other_events and a and words[a - 1].text.lower() in ("в", "во") and "loct" in head.tag \
                and lemma in ("комитет", "совет", "комиссия", "центр"):
            continue  # «в Исполнительном комитете СНГ в Минске»: where the meeting sat, not what met
        surface = sentence[words[a].start : words[b - 1].end]
        end = words[b - 1].end
        after = b
        kind = "other" if gathering or lemma == "форум" and _SITTING_BEFORE.search(sentence[: words[a].start]) \
            else heads[lemma]
        yield ForumName(surface, words[a].start, end, nominative(sentence, words, a, h, end), lemma, kind)


def nominative(sentence: str, words: list[Word], a: int, h: int, end: int) -> str:
    """The span with its head (word h) and the adjectives before it in the nominative; the complements
    after the head stay as written."""
    head = parse(words[h].text)
    number = "plur" if "plur" in head.tag and "Pltm" not in head.tag else "sing"
    pieces, pos = [], words[a].start
    for i in range(a, h + 1):
        text = words[i].text
        prefix, _, last = text.rpartition("-")
        wanted = {"nomn", number}
        if i < h and number == "sing" and head.tag.gender:
            wanted.add(head.tag.gender)
        form = parse(text).inflect(wanted)
        if form is not None:
            new = form.word if "ё" in last else form.word.replace("ё", "е")
            new = new[:1].upper() + new[1:] if last[:1].isupper() else new
            text = f"{prefix}-{new}" if prefix else new
        pieces += [sentence[pos : words[i].start], text]
        pos = words[i].end
    return "".join(pieces) + sentence[pos:end]


# English: the head ends the name, complements with of/on/for/in may follow. Consultations named with
# capitals ("the 5th X-Y Cyber Policy Consultation") are a standing mechanism, so a dialogue.
HEADS_EN = [
    ("Working Group", "working-group"), ("Expert Group", "working-group"), ("Group of Experts", "working-group"),
    ("Group", "working-group"), ("Dialogue", "dialogue"), ("Consultations", "dialogue"), ("Consultation", "dialogue"),
    ("Mechanism", "dialogue"), ("Committee", "committee"), ("Collegium", "committee"), ("Commission", "committee"), ("Council", "committee"),
    ("Conference", "conference"), ("Summit", "summit"), ("Forum", "conference"), ("Network", "other"),
    ("Meeting", "other"), ("Roundtable", "other"), ("Symposium", "other"), ("Congress", "other"),
    ("Plenary", "other"),
]
_EN_CAP = r"(?:[A-Z][\w'’.]*(?:[-–/][\w'’.]+)*|[A-Z]|[a-z][A-Z][\w'’.]*)"  # "eGovernment": a capital after one letter
_EN_JOIN = r"(?:and|of|for|in|on|&)"  # not "the": "… Centre and the ASEAN Programme" are two names
_EN_HEAD = "|".join(re.escape(h) for h, _ in HEADS_EN)
# "European Union - Brazil Cyber Dialogue", "Republic of Korea (ROK)-United Kingdom (UK) Cyber Dialogue": the
# parties may be joined by a spaced dash and carry their acronyms in brackets
_EN_PART = rf"{_EN_CAP}(?:\s+\([A-Z]{{2,6}}\))?(?:\s+|\s?[-–—]\s?)"
_EN_NAME = re.compile(
    # "and the" joins two names ("the Arctic Data Charter and the Nordic … Forum"); "and" alone stays in one
    rf"(?<![\w-])((?:{_EN_PART}(?:(?:of|for|on)\s+(?:the\s+)?|and\s+(?!the\s))?){{0,8}}?)({_EN_HEAD})\b"
    rf"((?:\s+(?:on|of|for|in|against)\s+(?:the\s+)?{_EN_CAP}(?:\s+(?:{_EN_JOIN}\s+)*{_EN_CAP})*)*)")
# Linked processes are also named on these heads: "the ASEAN Cyber Capacity Programme", "the ... Centre of
# Excellence", "the Pall Mall Process".
_EN_HEAD_LINKED = _EN_HEAD + "|Centre|Center|Programme|Initiative|Process|Partnership|Assembly|Operation"
_EN_NAME_LINKED = re.compile(
    rf"(?<![\w-])((?:{_EN_PART}(?:(?:of|for|and|on)\s+(?:the\s+)?)?){{0,8}}?)({_EN_HEAD_LINKED})\b"
    rf"((?:\s+(?:on|of|for|in|against)\s+(?:the\s+)?{_EN_CAP}(?:\s+(?:{_EN_JOIN}\s+)*{_EN_CAP})*)*)")
_EN_WHEN = re.compile(r"\s+(?:on|in|of|for)\s+(?:the\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                      r"January|February|March|April|May|June|July|August|September|October|November|December)\b")
_EN_GENERIC = {"the", "a", "an", "this", "that", "its", "their", "annual", "plenary", "joint", "regular",
               "high-level", "meeting", "session", "inaugural", "first", "second", "third", "fourth", "fifth",
               "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth"}


# "held their first Cyber Dialogue June 3": a date after the head, not a longer name
_EN_WHEN_AFTER = re.compile(r"\s+(?:January|February|March|April|May|June|July|August|September|October|November|"
                            r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|"
                            r"Thursday|Friday|Saturday|Sunday)\b\.?\s*\d{0,2}")
# "… Forum on cyber police cooperation took place": a complement in lower case, up to where the clause goes on
_EN_LOWER_TOPIC = re.compile(
    r"\s+(?:on|for|against)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,5}?[a-z][\w-]*"
    r"(?=\s*(?:[,.;:(]|$|\s+(?:was|were|is|are|took|held|opened|closed|met|convened|concluded|began|ended|"
    r"in\s+[A-Z]|on\s+\d|on\s+[A-Z][a-z]+day|from\s+\d|at\s+the)\b))")
_MEETING_OF = re.compile(r"\b(?:meeting|session|sitting|plenary|round)\s+of\s+(?:the\s+|its\s+)?$", re.I)
# "the Pacific Cyber Group Members": the members of a forum named after it, not a longer name
_EN_MEMBERS = re.compile(r"\s+(?:Principals|Members|Ministers|Leaders|Chairs|Co-Chairs|Secretaries|Delegations|Delegates|"
                         r"Experts|Participants)\b")

# A document, a round or a sitting of a forum: the forum's name comes after its "of"/"on".
_EN_OUTER = re.compile(r"\b(?:Statement|Release|Communiqu[eé]|Readout|Report|Round|Meeting|Session|Sitting|Edition)\s+"
                       r"(?:on|of)\s+(?:the\s+)?")

# "the Joint Working Group on …": a capitalised "Joint" inside a sentence is part of the name (at the start of
# a sentence the capital says nothing)
_NAME_MODIFIER = re.compile(r"(?<=\S )Joint\b")
# "the High-Level Security Dialogue": in title case the modifier opens another process's name (the meeting's own
# forum still drops it: "the High-Level Meeting")
_TITLE_CASE_MODIFIER = re.compile(r"High-Level")


@lru_cache(maxsize=20_000)
def find_forum_name_en(sentence: str) -> ForumName | None:
    """The first forum-like proper name in an English sentence ("the 14th Octopus Conference", "the
    Working Group on Cooperation and Confidence-Building Measures in Cyberspace") that is not another
    event's ("on the sidelines of …"), or None."""
    names = list(_names_en(sentence, _EN_NAME, other_events=False))
    # "The ECOWAS Commission organised the fourth meeting of the Steering Committee …": the body whose
    # meeting it is, not its organiser named first
    met = [n for n in names if _MEETING_OF.search(sentence, 0, n.start)]
    return (met or names or [None])[0]


# "the second meeting of the expert group to agree on the draft Plan …", "the 21st meeting of the Gulf
# Cooperation Council (GCC) cybersecurity Working Group": a group named in lower case, numbered or with a
# proper name in it, as the body whose meeting it is
_GROUP_EN = re.compile(
    r"\b(?:(?P<num>\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"inaugural)\s+)?(?:meeting|session|sitting)\s+of\s+(?:the\s+)?"
    r"(?P<name>(?:[\w’'().-]+\s+){0,6}?(?:working|expert|experts’?'?|contact|study|technical)\s+group"
    r"(?:\s+(?:on|to|for|of)\s+[^,;:()]{3,260}?)?)(?=\s*(?:[,;:(]|\.(?:\s|$)|$|\s+(?:was|were|held|took|in\s+[A-Z]|on\s+\d|"
    r"on\s+[A-Z][a-z]+day|from\s+\d)))", re.I)


# "the first forum on cybercrime in Africa", "the 2nd regional workshop on incident response": a numbered event
# named in lower case by its genre and topic
# A forum is held as a conference («Международный форум …», "the first forum on cybercrime"), unless it is a
# standing body that sits in numbered meetings («седьмое заседание Форума ШОС», "the 7th meeting of the … Forum")
_SITTING_BEFORE = re.compile(r"(?:\bmeetings?|\bsessions?|\bзаседани\w*|\bвстреч\w*|\bсовещани\w*)\s+(?:of\s+)?(?:the\s+)?$",
                             re.I)
# a name that opens with two parties joined by a dash ("ASEAN-Japan …", "U.S.-Germany …", "Russia – ASEAN …")
_PAIR_FIRST = re.compile(r"(?:[A-Z][\w.'’]*\s+){0,2}?[A-Z][\w.'’]*\s?[-–—]\s?[A-Z]")
_GENRE_EN = re.compile(
    r"\b(?P<num>\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"inaugural)\s+(?:annual\s+|regional\s+|international\s+)?"
    r"(?P<name>(?P<head>forum|conference|workshop|seminar|symposium)\s+on\s+[^,;:()]{3,160}?)"
    r"(?=\s*(?:[,;:(]|\.(?:\s|$)|$|\s+(?:was|were|is|are|which|that|took|held|opened|closed|on\s+\d|"
    r"on\s+[A-Z][a-z]+day|from\s+\d|at\s+the)\b))")
_DEMONYM_EN = re.compile(r"(?:an|ese|ish|ic|i|ch)$")  # a state's adjective ends the proper words
_GENRE_KIND = {"summit": "summit", "forum": "conference", "conference": "conference", "workshop": "other", "seminar": "other",
               "symposium": "other"}


# "the ministerial meeting of ASEAN member states and Japan", "the 38th meeting of the GCC Ministers of Interior": a
# series named by who meets (officials by their posts, or member states), as «встреча секретарей …» is in Russian
_GATHERING_EN = re.compile(
    r"\b(?P<name>(?:(?:ministerial|annual|joint|regular|consultative)\s+)?meeting\s+of\s+(?:the\s+)?"
    r"(?:[\w’'.-]+\s+){0,5}?(?:ministers|secretaries|(?:high\s+)?representatives|heads|leaders|advis[eo]rs|"
    r"officials|directors|chiefs|prosecutors|(?:member\s+)?states)"
    r"(?:\s+(?:of|for|responsible\s+for|in\s+charge\s+of|and)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,5}?[\w’'-]+?)?)"
    r"(?=\s*(?:[,;:(]|\.(?:\s|$)|$|\s+(?:(?:was|were|is|are|held|took|met|opened|closed|at\s+the)\b|in\s+[A-Z]|"
    r"on\s+\d|on\s+[A-Z][a-z]+day|from\s+\d)))", re.I)
# "the KUBAN CSC 2023 international cyber security conference", "the Octopus conference": a proper name, then its
# genre in lower case with the words that describe it
_NAMED_GENRE_EN = re.compile(
    r"\bthe\s+(?P<name>(?P<proper>(?:[A-Z][\w.'’-]*\s+){1,4})(?:\d{4}\s+)?(?:[a-z][\w-]*\s+){0,4}?"
    r"(?P<head>conference|forum|summit))\b(?!\s+(?:[A-Z]|cent(?:er|re)|hall|room))")
# "… of ASEAN member states and Japan": a group and a partner, meeting as two sides
_GATHERING_PAIR = re.compile(r"\b(?:member\s+states|countries|nations)\s+and\s+(?:the\s+)?[A-Z]", re.I)


def find_group_name_en(sentence: str) -> ForumName | None:
    """A group named in lower case as the body that met, when its meeting is numbered or its name holds a
    proper name; else a numbered forum, conference or workshop named in lower case by its topic."""
    for m in _GROUP_EN.finditer(sentence):
        name = m["name"]
        if not m["num"] and not re.search(r"(?<!^)\b[A-Z]", name):
            continue  # "a meeting of the working group": a genre
        if re.match(r"(?:the|a|an|this|that|its|their)\s", name, re.I):
            continue
        return ForumName(name, m.start("name"), m.end("name"), name, "working group", "working-group")
    for m in _GENRE_EN.finditer(sentence):
        name = m["name"]
        return ForumName(name, m.start("name"), m.end("name"), name, m["head"], _GENRE_KIND[m["head"]])
    for m in _NAMED_GENRE_EN.finditer(sentence):
        first = m["proper"].split()[0]
        if first in ("The", "This", "That", "Its", "Their", "A", "An") or _DEMONYM_EN.search(m["proper"].rstrip()) \
                or _PAIR_FIRST.match(m["proper"]):
            continue  # "the Kenyan cyber conference": whose, not a name; "the Kenya-Chile summit": two states' event
        return ForumName(m["name"], m.start("name"), m.end("name"), m["name"], m["head"], _GENRE_KIND[m["head"]])
    for m in _GATHERING_EN.finditer(sentence):
        name = m["name"]
        if not re.search(r"\b[A-Z]", name[1:]):
            continue  # "a meeting of the ministers": who met, with nothing that names the series
        kind = "dialogue" if _GATHERING_PAIR.search(name) else "other"
        return ForumName(name, m.start("name"), m.end("name"), name, "meeting", kind)
    return None


@lru_cache(maxsize=20_000)
def named_bodies_en(sentence: str) -> tuple[ForumName, ...]:
    """Every forum-like proper name in an English sentence, other events' and centres included."""
    return tuple(_names_en(sentence, _EN_NAME_LINKED, other_events=True))


def _names_en(sentence: str, pattern: re.Pattern, other_events: bool):
    pos = 0
    while (m := pattern.search(sentence, pos)) is not None:
        left, head, right = m.group(1), m.group(2), m.group(3)
        pos = m.end()
        if not other_events and re.search(
                r"(?:sidelines of|margins of|ahead of|in preparation for|outcome of|in (?:co-?operation|partnership|"
                r"conjunction) with|together with|with the support of)\s+(?:the\s+)?(?:\d{1,3}(?:st|nd|rd|th)\s+)?$",
                sentence[: m.start()], re.I):
            continue  # the name of another event or partner than the meeting reported
        if re.match(r"\s+[A-Z]", sentence[m.end() :]) and not right and not _EN_MEMBERS.match(sentence, m.end()) \
                and not _EN_WHEN_AFTER.match(sentence, m.end()):
            continue  # "the Kyoto International Conference Center": the head is inside a longer name
        if re.search(r"\b(?:Presidency|Chairmanship|Secretariat|Embassy|Mission|Office|Delegation)\s+of\b", left):
            continue  # "the Italian Presidency of the Committee of Ministers": a role, not a forum
        if head in ("Meeting", "Plenary") and right.lstrip().startswith("of"):
            pos = m.start(3)  # "the Sixth Meeting of the Working Group on ...": the forum is inside
            continue
        outer = list(_EN_OUTER.finditer(left))
        if outer:  # "Joint Press Statement on the Third Round of X Consultations": the name is X's
            left = left[outer[-1].end() :]
        words = left.split()
        while words and (words[0].lower() in _EN_GENERIC and not _NAME_MODIFIER.match(sentence, m.start(1))
                         and not (other_events and _TITLE_CASE_MODIFIER.fullmatch(words[0]) and len(words) > 1)
                         or re.fullmatch(r"\d+(?:st|nd|rd|th)", words[0]) or (
                words[0].endswith("ing") and len(words) > 1 and words[1][:1].islower())):
            words = words[1:]  # "The", "Annual", "Building on the …" at the start of a sentence are not the name
            while words and words[0][:1].islower():
                words = words[1:]
        start = sentence.rfind(" ".join(words), m.start(1), m.start(2)) if words else m.start(2)
        name = sentence[start : m.end(3)].strip()
        lower = _EN_LOWER_TOPIC.match(sentence, m.end()) if not right and words else None
        if lower:  # "the SCO Forum on cyber police cooperation": a topic in lower case still names it
            name = sentence[start : lower.end()].strip()
        when = _EN_WHEN.search(name)
        if when:
            name = name[: when.start()]  # "... on Monday", "... in March": when, not part of the name
        if name.endswith(".") and name.count(".") == 1:
            name = name[:-1]  # the sentence's full stop, not "U.S."
        caps = [w for w in re.split(r"\s+", name) if w[:1].isupper()]
        if len(caps) < 2 or (head == "Meeting" and len(caps) < 3) or (not words and not right):
            continue  # "Annual Meeting", "Policy Dialogue": a genre, not a name
        kind = next((k for h, k in HEADS_EN if h == head), "other")
        if head == "Forum" and _SITTING_BEFORE.search(sentence[:start]):
            kind = "other"
        elif head == "Meeting" and _PAIR_FIRST.match(name):
            kind = "dialogue"  # "ASEAN-Japan Cybersecurity Policy Meeting": two parties' standing meeting
        yield ForumName(name, start, start + len(name), name, head.lower(), kind)
