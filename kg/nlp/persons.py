"""People: names with their posts, normalised ("О.В.Сыромолотов" -> Сыромолотов О.В.).

Russian names come as initials and surname in either order, or as given name and surname; foreign
names written in Cyrillic («Сок Пхутхивут», «Ван И», «Фейсал бин Фархан Аль Сауд», «Асаад аль-Шибани»)
are taken when a post or a title («г-н») stands next to them. A dictionary word at the edge of a run
of capitalised words is no part of the name («Спецкомитет», «Секретариат», «Шейх»), and a surname it
was glued to keeps the one initial after it («Председатель Спецкомитета Бумаиза-Мебарки Ф.»). Every
word goes back to the nominative in the case the sentence put the name in (kg/nlp/person_forms.py);
a Latin transliteration is kept beside the native form.

English names are taken after a title or next to a post; titles and honours before or after them
("H.E.", "Senator the Hon", "MP") are no part of them, and a surname written in capitals ("Mr. SATO
Daisuke") makes the name given-name-first ("Daisuke Sato"); otherwise the text's order is kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import iuliia

from kg.nlp.morph import parses
from kg.nlp.person_forms import is_common_word, nominative_words
from kg.nlp.text import is_cyrillic

_UP = "А-ЯЁ"
_LO = "а-яё"
_RU_WORD = rf"[{_UP}][{_LO}]+(?:-[{_UP}][{_LO}]+)?"
RU_INITIALS_FIRST = re.compile(rf"\b([{_UP}])\.\s?(?:([{_UP}])\.\s?)?({_RU_WORD})")
RU_SURNAME_FIRST = re.compile(rf"\b({_RU_WORD})\s+([{_UP}])\.\s?([{_UP}])\.")
# One initial after a name, no capitalised word after it («Бумаиза-Мебарки Ф. (Алжир)», not «Индии А. Кумар»).
_ONE_INITIAL_AFTER = re.compile(rf"\s+([{_UP}])\.(?!\s?[{_UP}])")
RU_FULL = re.compile(rf"\b({_RU_WORD})\s+({_RU_WORD})(?:\s+({_RU_WORD}))?")
_EN_WORD = r"[A-Z][a-zA-Z'’\-ăâîșțéèáíóúñçãõüöÍ]+"
EN_TITLED = re.compile(
    rf"\b(?:Mr|Mrs|Ms|Dr|H\.E\.|Ambassador|General|Admiral|Professor|Prof|Hon|Honourable|Honorable|Excellency|Shaikh|"
    rf"Sheikh)\.?\s+(?:(?:Shaikh|Sheikh)\s+)?((?:(?:{_EN_WORD}|[A-Z]\.?|(?:bin|bint|ibn|al|el)(?=\s+[A-Z]))\s+){{0,5}}{_EN_WORD})")
# "A.V. Krutskikh", "N.P.Patrushev", "S. Jaishankar": initials and a surname (Russian usage in English texts)
EN_INITIALS = re.compile(r"(?<![\w.])((?:[A-Z]\.\s?){1,3}[A-Z][a-z][a-zA-Z'’\-]+)")
EN_FULL = re.compile(rf"\b({_EN_WORD}(?:\s+(?:(?:bin|al|el|de|da|van|von|der|MD)\b|{_EN_WORD})){{1,3}})")

# Words that start with a capital in posts or sentences but are not names.
_NOT_NAME_RU = re.compile(
    r"^(Министр|Министерств|Президент|Секретар|Совет|Государствен|Генеральн|Директор|Заместител|Председател|"
    r"Сопредседател|Посол|Специальн|Член|Глава|Руководител|Помощник|Российск|Федераци|Республик|Королев|"
    r"Организац|Объединен|Наци|Ассоциац|Комитет|Комисси|Служб|Управлени|Департамент|Аппарат|Рабоч|Групп|"
    r"Диалог|Форум|Стороны|Сторон|Участник|Делегаци|Партнер|Мероприяти|Повестк|Источник|Встреч|Заседани|"
    r"Консультаци|Соглашени|Декларац|Договор|План|Протокол|Концепц|Програм|Резолюц|Конвенц|Заявлени|"
    r"Исполнительн|Региональн|Политбюро|Шанхайск|Центральн|Главн|Новост|Главная|Версия|Поиск|Подписат|"
    r"Все|Следующ|Предыдущ|Дворц|Президентск|Координирующ|"
    r"Отдел|Политико|Юридическ|Международн|Правительств|Азиатско|Тихоокеанск|"
    r"Южно|Северно|Сенат|Дума|Госдум|Кремл|Национальн|Военн|Интернет|"
    r"Информац|Кибер|Безопасност|Объединенн|Арабск|Эмират|Соединенн|Штат|Европ|Евразийск|Африканск)"
)
# Honours after a name: "The Hon. Mark Brown MP".
_HONOURS = r"MP|QC|KC|OBE|CBE|MBE|CMG|KCMG|GCMG|PhD"
_HONOURS_AFTER = re.compile(rf"^(?:\s+(?:{_HONOURS})\b)+")
_NOT_NAME_EN = re.compile(
    r"^(The|Minister|Ministry|Deputy|Secretary|Security|Council|President|Prime|National|Adviser|Advisor|"
    r"Ambassador|Chair|Chairman|Director|Head|Member|Special|Representative|Under|General|Assembly|United|"
    r"Nations|Russian|Federation|Republic|Kingdom|State|States|Office|Committee|Working|Group|Open|Ended|"
    r"Ad|Hoc|Central|Political|Bureau|Party|Communist|On|In|At|"
    r"During|After|Among|Opening|Introducing|Joint|Press|Statement|Delegations|Delegation|Mr|Ms|Dr|"
    r"January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Institutional|Cyber|Coordinator|Disarmament|Affairs|Foreign|High|Aide|The|"
    r"Communication|Information|Technologies|Technology|ICT|ICTs|BRICS|SCO|ASEAN|Global|Mechanism|"
    r"Convention|Resolution|Programme|Program|Action|Agreement|Plan|Charter|Final|Report|European|Union|"
    r"Arab|Islamic|Sustainable|Development|Goals|Portal|Building|Capacity|Plenipotentiary|Conference|"
    r"Union|Telecommunication|International|Regional|Forum|Dialogue|Session|Meeting|Summit|Sides|Both|"
    r"Several|Many|Participants|Partners|Officials|Experts|Policy|Defence|Defense|Networks?|Content|Trust|"
    r"Cybersecurity|Digital|Economy|Transformation|Innovation|Science|Research|Education|Centre|Center|"
    r"Department|Agency|Authority|Services?|Team|Response|Emergency|Computer|Directorate|Commission|"
    r"Operations|Operational|Strategy|Strategic|Affairs|Cooperation|Co-operation|Partnership|Trade|Justice|"
    r"Interior|Home|Defence|Police|Crime|Cybercrime|Internet|Governance|Resilience|Programme|Project|"
    r"Hon|Honourable|Honorable|Senator|Excellency|His|Her|Sir|Dame|Lord|Lady|Secretariat|Executive|"
    r"Chairmanship|Presidency|Headquarters|Embassy|Mission|Permanent|Government|Parliament|Cabinet|Bureau|"
    r"Division|Branch|Unit|Office|Council|Prevention|Protection|Management|Planning|Enforcement|Infrastructure|"
    rf"Conflict|Issues|Matters|{_HONOURS})$"
)


def is_not_name_en(word: str) -> bool:
    """A capitalised English word of posts, bodies, months or sentence openings: no part of a person's name."""
    return bool(_NOT_NAME_EN.match(word))


# Post words: a name next to one of these is a person (nominative lemma stems, and English).
POST_RU = re.compile(
    r"(министр|заместител|замминистр|секретар|советник|помощник|директор|руководител|председател|"
    r"сопредседател|посол|посл(?:а|у|ом|ы|ов|ам|ами|ах)\b|представител|президент|глав[аыу]|член|начальник|"
    r"координатор|генсек|"
    r"премьер|вице|спикер|атташе|эксперт|коллег)", re.I)
POST_EN = re.compile(
    r"(minister|deputy|secretary|adviser|advisor|aide|director|head|chair|chairman|chairperson|ambassador|"
    r"representative|president|member|coordinator|chief|commissioner|under-secretary|envoy|counsellor)", re.I)


@dataclass
class PersonMention:
    start: int
    end: int
    surface: str
    surname: str  # native script, nominative
    initials: str  # "О.В." (may be empty)
    given: str  # given name(s) when written in full
    lang: str

    @property
    def native(self) -> str:
        """The normalised native form: "Сыромолотов О.В." or "Николай Патрушев"."""
        if self.initials:
            return f"{self.surname} {self.initials}"
        return f"{self.given} {self.surname}".strip()

    @property
    def latin(self) -> str:
        if self.lang != "ru" or not is_cyrillic(self.native):
            return self.native
        if self.initials:
            return f"{translit(self.surname)} {translit(self.initials)}"
        return f"{translit(self.given)} {translit(self.surname)}".strip()

    @property
    def surname_latin(self) -> str:
        return translit(self.surname) if is_cyrillic(self.surname) else self.surname


@lru_cache(maxsize=50_000)
def translit(text: str) -> str:
    return iuliia.WIKIPEDIA.translate(text)


# Arabic and other particles that begin a surname of two words ("Абдель Халим", "Абу Бакр", "Бен Али").
_PARTICLE_RU = re.compile(r"Абдель|Абдул|Абу|Аль|Эль|Бен|Бин|Ван|Фон|Де|Ди|Ла|Ле")
# Particles inside a run of names: lower-case ones between two names («Фейсал бин Фархан», «Урсула фон дер
# Ляйен»), capitalised ones that are no name of their own («Аль Сауд»).
_RUN_PARTICLE = re.compile(r"бин|бен|ибн|бну|абу|аль|эль|ван|фон|дер|де|ди|да|дель|дос|ду|дю|ла|ле")
_CAP_PARTICLE = re.compile(r"Аль|Эль|Бин|Бен|Ибн")
# A name word: capitalised, hyphenated parts capitalised too, or after an article («аль-Шибани»).
_RU_NAME_WORD = rf"(?:[{_LO}]{{1,3}}-)?{_RU_WORD}"
_RU_NAME_TOKEN = re.compile(rf"{_RU_NAME_WORD}|[{_UP}](?![.\w-])|[^\s]+")
_NAME_WORD = re.compile(_RU_NAME_WORD)
_UP_LETTERS = frozenset("АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ")
# A title before a name makes it a person's without a post: «г-н», «г-жа», «господину», «госпожи».
_TITLE_RU = re.compile(r"(?:^|[\s(«])(?:[Гг]-(?:н|жа|жи|же|жу|жой)\w*|[Гг]осподин\w*|[Гг]оспож\w*)\s*$")


def _overlaps(spans, s, e):
    return any(a < e and s < b for a, b in spans)


def find_persons_ru(text: str, taken: list[tuple[int, int]]) -> list[PersonMention]:
    """Russian names in `text`; `taken` are spans already linked to entities (not names)."""
    out: list[PersonMention] = []
    spans = list(taken)

    def add(p: PersonMention):
        if not _overlaps(spans, p.start, p.end):
            spans.append((p.start, p.end))
            out.append(p)

    for m in RU_SURNAME_FIRST.finditer(text):
        if _NOT_NAME_RU.match(m[1]) or _is_place_word(m[1]) or is_common_word(m[1]):
            continue
        surname = nominative_words([m[1]], text[: m.start()])[0]
        add(PersonMention(m.start(), m.end(), m[0], surname, f"{m[2]}.{m[3]}.", "", "ru"))
    for m in RU_INITIALS_FIRST.finditer(text):
        if _NOT_NAME_RU.match(m[3]) or (m.start() > 0 and text[m.start() - 1].isalpha()):
            continue
        initials = f"{m[1]}." + (f"{m[2]}." if m[2] else "")
        end, words = m.end(), [m[3]]
        rest = re.match(rf"\s+({_RU_WORD})", text[end:])
        if _PARTICLE_RU.fullmatch(m[3]) and rest:  # "Х.Абдель Халим": the particle opens a two-word surname
            end += rest.end()
            words.append(rest[1])
        surname = " ".join(nominative_words(words, text[: m.start()]))
        add(PersonMention(m.start(), end, text[m.start():end], surname, initials, "", "ru"))
    for run in _capitalised_runs(text, taken):
        words = [w for w, _ in run]
        start, end = run[0][1], run[-1][1] + len(run[-1][0])
        if _overlaps(spans, start, end):
            continue
        initial = _ONE_INITIAL_AFTER.match(text, end)
        if initial and len(words) == 2 and is_common_word(words[0]):
            # «Председатель Спецкомитета Бумаиза-Мебарки Ф.»: a dictionary word glued before a surname and
            # its initial; the name is the surname and the initial
            start = run[1][1]
            surname = nominative_words(words[1:], text[:start])[0]
            add(PersonMention(start, initial.end(), text[start : initial.end()], surname, f"{initial[1]}.", "", "ru"))
            continue
        before = text[max(0, start - 160) : start]
        after = text[end : end + 60]
        first_is_name = _is_given_name(words[0])
        post_before = POST_RU.search(_last_words(before, 14)) or _TITLE_RU.search(before)
        post_after = re.match(r"\s*[,–—-]\s*\w*\s*(?:министр|секретар|советник|посол|директор|глав|председател|"
                              r"представител|президент|помощник|замести)", after, re.I)
        if not (first_is_name or post_before or post_after):
            continue
        norm = nominative_words(words, text[:start])
        k = 1  # the surname: the last word with the particles before it («бин Салман», «фон дер Ляйен»)
        while k < len(words) - 1 and (_RUN_PARTICLE.fullmatch(words[-k - 1]) or _CAP_PARTICLE.fullmatch(words[-k - 1])):
            k += 1
        add(PersonMention(start, end, text[start:end], " ".join(norm[-k:]), "", " ".join(norm[:-k]), "ru"))
    return sorted(out, key=lambda p: p.start)


def _capitalised_runs(text: str, taken: list[tuple[int, int]] = ()):
    """Runs of two or three capitalised words that could be a name, each a list of (word, offset), split at
    words that are not (and at words already linked to an entity: "Республики Куба | Херардо Пеньяльвер
    Порталь"); particles may stand between two names («бин»), and a one-letter name after one («Ван И»)."""
    run: list[tuple[str, int]] = []
    pending: list[tuple[str, int]] = []  # lower-case particles after the run, kept if a name follows
    last_end = -1
    for m in _RU_NAME_TOKEN.finditer(text):
        w = m[0]
        adjacent = run and text[last_end : m.start()].strip() == ""
        if adjacent and _RUN_PARTICLE.fullmatch(w):
            pending.append((w, m.start()))
            last_end = m.end()
            continue
        if not (w[0].isupper() or "-" in w):
            is_cap = False  # most words: lower-case, no article before a hyphen
        elif len(w) == 1:
            is_cap = bool(adjacent) and not pending and w in _UP_LETTERS and not any(a <= m.start() < b for a, b in taken)
        else:
            is_cap = _NAME_WORD.fullmatch(w) is not None and not _NOT_NAME_RU.match(w) \
                and not any(a <= m.start() < b for a, b in taken) and not _is_place_word(w)
        if is_cap and adjacent:
            run += pending + [(w, m.start())]
        else:
            if len(run) > 1:
                yield from _name_windows(run)
            run = [(w, m.start())] if is_cap and len(w) > 1 else []
        pending = []
        last_end = m.end()
    if len(run) > 1:
        yield from _name_windows(run)


def _is_core(word: str) -> bool:
    return not (_RUN_PARTICLE.fullmatch(word) or _CAP_PARTICLE.fullmatch(word))


def _name_windows(run):
    """The name in a run: a dictionary word at either edge is cut off («Спецкомитета», «Секретариат») while
    two names remain; two or three names whole, of a longer run the last two."""
    def core(r):
        return sum(_is_core(w) for w, _ in r)

    while core(run) > 2 and is_common_word(run[0][0]):
        run = run[1:]
    while core(run) > 2 and is_common_word(run[-1][0]):
        run = run[:-1]
    while run and not _is_core(run[0][0]):
        run = run[1:]
    n = core(run)
    if 2 <= n <= 3:
        yield run
    elif n > 3:
        i = len(run) - 1
        while core(run[i:]) < 2 or not _is_core(run[i][0]):
            i -= 1
        yield run[i:]


@lru_cache(maxsize=50_000)
def _is_place_word(word: str) -> bool:
    """ "Москве", "Египта": pymorphy3 knows it as a geographic name, so it is no person's name."""
    best = parses(word)[0]  # a dictionary word only: a guess from the ending says nothing
    return best.is_known and "Geox" in best.tag and "Surn" not in best.tag and "Name" not in best.tag


def _is_given_name(word: str) -> bool:
    return any("Name" in p.tag for p in parses(word)[:2])


def _post_runs_into_name(before: str, reach: int = 12) -> bool:
    """ "U.S. Ambassador to the Kingdom of the Netherlands Peter Hoekstra", "Ambassador at Large for Cyber
    Affairs Ana Soto": a post whose own words (capitalised, or of/to/the/at …) run up to the name."""
    words = before.split()[-reach:]
    for i in range(len(words) - 1, -1, -1):
        if POST_EN.fullmatch(words[i].strip(",").split("-")[0]):  # "Ambassador-at-Large for …"
            return all(w[:1].isupper() or w in ("of", "to", "the", "for", "and", "in", "at") for w in words[i + 1 :])
        if words[i].endswith(",") or not (words[i][:1].isupper() or words[i] in ("of", "to", "the", "for", "and", "in",
                                                                               "at")):
            return False
    return False


def _last_words(text: str, n: int) -> str:
    return " ".join(text.split()[-n:])


def _word_offsets(name: str, start: int):
    for m in re.finditer(r"\S+", name):
        yield m[0], start + m.start()


def find_persons_en(text: str, taken: list[tuple[int, int]]) -> list[PersonMention]:
    out: list[PersonMention] = []
    spans = list(taken)
    for m in EN_INITIALS.finditer(text):
        if _overlaps(spans, m.start(1), m.end(1)) or _NOT_NAME_EN.match(m[1].split(".")[-1].strip()):
            continue
        if not (POST_EN.search(_last_words(text[max(0, m.start(1) - 120) : m.start(1)], 14))
                or POST_EN.search(text[m.end(1) : m.end(1) + 60])
                or _post_runs_into_name(text[max(0, m.start(1) - 240) : m.start(1)], 24)):
            continue  # "U.S. Navy": initials of something else; a person's comes with a post
        initials, surname = re.match(r"((?:[A-Z]\.\s?)+)(.+)", m[1]).groups()
        spans.append((m.start(1), m.end(1)))
        # kept in the text's order ("A.V. Krutskikh"), the initials standing as the given name
        out.append(PersonMention(m.start(1), m.end(1), m[1], surname, "", initials.replace(" ", ""), "en"))
    for rx, needs_post in ((EN_TITLED, False), (EN_FULL, True)):
        for m in rx.finditer(text):
            name = m[1]
            words = name.split()
            first = text.find(name, m.start(1))
            linked = {w for w, pos in _word_offsets(name, first) if any(a <= pos < b for a, b in taken)}
            cut = False
            while words and (words[0] in linked or _NOT_NAME_EN.match(words[0]) and len(words) > 1
                             and not re.fullmatch(r"[A-Z]\.?", words[0])):
                words, cut = words[1:], True
            inner = [i for i, w in enumerate(words[:-1]) if _NOT_NAME_EN.match(w)] if needs_post else []
            if inner:  # "… Emerging Technology Ana Soto": a post's word inside the run; the name comes after it
                words, cut = words[inner[-1] + 1 :], True
            if cut and needs_post and words:
                # "… Security Affairs Moon Duk-ho": the post's words filled the window; the name runs on past it
                again = rx.match(text, text.find(words[0], m.start(1)))
                if again and len(again[1].split()) > len(words):
                    words = again[1].split()
            while words and (words[-1] in linked or _NOT_NAME_EN.match(words[-1])):
                words = words[:-1]
            if len(words) < (1 if not needs_post else 2):
                continue
            if needs_post and any(_NOT_NAME_EN.match(w) or POST_EN.fullmatch(w.rstrip("'’s")) for w in words):
                continue  # "Foreign Ministers' Cyber Framework": a post's or a body's word is no part of a name
            name = " ".join(words)
            s = text.find(name, m.start(1))
            e = s + len(name)
            if _overlaps(spans, s, e):
                continue
            if needs_post and _BODY_HEAD_AFTER.match(text, e):
                continue  # "the National Public Safety Commission": capitalised words that run into a body's head
            if needs_post:
                before = text[max(0, s - 200) : s]  # a long post runs up to the name
                after = _HONOURS_AFTER.sub("", text[e : e + 60])
                # "Maria Lopez of Chile, the Group's Chair": a post after the name, its state between
                # "the country's Ambassador for Cyber Affairs at the Ministry of Foreign Affairs, Claudio Peguero":
                # a long post set off by a comma before the name
                if not (POST_EN.search(_last_words(before, 6)) or _post_runs_into_name(before, 20)
                        or before.rstrip().endswith(",") and POST_EN.search(
                        _last_words(before, 14)) or re.match(
                        r"(?:\s+(?:of|from)\s+(?:the\s+)?[A-Z][\w-]+)?\s*,\s*(?:the\s+)?\w*\s*\w*", after)
                        and POST_EN.search(after) or re.search(r"\b(by|with)\s+$", before)):
                    continue
            spans.append((s, e))
            given, surname = _given_name_first(words)
            out.append(PersonMention(s, e, name, surname, "", given, "en"))
    return sorted(out, key=lambda p: p.start)


# The head noun of a body's name: the capitalised words before it are the body's, not a person's.
_BODY_HEAD_AFTER = re.compile(r"\s+(?:Commission|Council|Agency|Ministry|Department|Office|Committee|Service|Authority|"
                              r"Centre|Center|Bureau|Institute|Directorate|Unit|Team|Division)\b")


# A surname written in capitals ("SATO", "LE DRIAN"), as Japanese, Korean, Vietnamese and French pages do.
_CAPS_SURNAME = re.compile(r"[A-Z][A-Z'’\-]*[A-Z]")


# A Russian patronymic in Latin letters ("Evgenievna", "Sergeyevich"): it follows the given name, so a name that
# ends in one is written surname first ("Zorina Anna Petrovna")
_PATRONYMIC_EN = re.compile(r"[A-Z][a-z]+(?:ovich|evich|yevich|ovna|evna|yevna|ichna|inichna)")


def _given_name_first(words: list[str]) -> tuple[str, str]:
    """(given name, surname) of an English name: the text's order ("Akahori Takeshi" stays), unless capitals
    mark the surname: "SATO Daisuke" -> ("Daisuke", "Sato"), "Jean-Pierre DUPONT" -> ("Jean-Pierre",
    "Dupont"). A short capitalised ending is no surname ("Mahfud MD")."""
    if len(words) == 3 and _PATRONYMIC_EN.fullmatch(words[2]) and not _PATRONYMIC_EN.fullmatch(words[1]):
        return f"{words[1]} {words[2]}", words[0]  # a patronymic closes a surname-first Russian name
    caps = [i for i, w in enumerate(words) if _CAPS_SURNAME.fullmatch(w)]
    n = len(caps)
    if 0 < n < len(words) and not any(_NOT_NAME_EN.match(w) or POST_EN.fullmatch(w) for w in words):
        # (a post or an acronym among the words is no name written surname-first: "UNIDIR Director X")
        if caps == list(range(n)):
            return " ".join(words[n:]), " ".join(_title_case(w) for w in words[:n])
        if caps == list(range(len(words) - n, len(words))) and all(len(w) > 2 for w in words[-n:]):
            return " ".join(words[:-n]), " ".join(_title_case(w) for w in words[-n:])
    return " ".join(words[:-1]), words[-1]


def _title_case(word: str) -> str:
    """ "SATO" -> "Sato", "KIM-LEE" -> "Kim-Lee", "O'BRIEN" -> "O'Brien"."""
    return re.sub(r"[A-Z]+", lambda m: m[0][0] + m[0][1:].lower(), word)
