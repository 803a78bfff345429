"""Documents named in a sentence.

Known documents are linked to ontology/vocab/documents.ttl in any case form, General Assembly
resolutions are found by number, reports through the group that wrote them; other documents are taken
when a document word heads a capitalised or clearly titled phrase ("Соглашение между ...", "совместного
заявления лидеров ...", "a draft General Assembly resolution (A/AC.291/L.16)"). What happened to each at
the meeting is kg/relate/document_roles.py; settling them per meeting is kg/relate/document_references.py.
"""

from __future__ import annotations

import re

from kg.relate.document_roles import document_role
from kg.relate.facts import DocumentFact
from kg.understand import SentenceInfo
from kg.vocab import Vocabulary

_ADJ_RU = r"[А-ЯЁа-яё-]+(?:ого|его|ое|ее|ый|ий|ая|яя|ой|ей|ую|юю|ых|их|ые|ие)"
_DOC_RU = (r"(?:[Пп]роект\w*\s+)?(?:(?:" + _ADJ_RU + r")\s+){0,3}"
           # a draft of a lower-case genre with adjectives between: "проекта межправительственного соглашения"
           r"(?:(?<=роект )(?:" + _ADJ_RU + r"\s+){1,3}(?:соглашени|декларац|меморандум|конвенц|договор|план|программ)\w*|"
           r"(?<=роекта )(?:" + _ADJ_RU + r"\s+){1,3}(?:соглашени|декларац|меморандум|конвенц|договор|план|программ)\w*|"
           r"Соглашени\w*|(?<=роект )(?:соглашени|декларац|меморандум|конвенц)\w*|(?<=роекта )(?:соглашени|декларац|меморандум|конвенц)\w*|"
           r"(?<=роекты )(?:соглашени|декларац|меморандум|конвенц)\w*|Заявлени\w*|заявлени\w*|Декларац\w*|[Пп]лан(?:а|у|ом|е|ы|ов|ам|ами|ах)?\b|Меморандум\w*|[Пп]ротокол\w*|"
           r"[Кк]онцепц\w*|Программ\w*(?!\s+(?:визита|пребывания|мероприяти\w*|встреч\w*|переговоров|работы))|[Рр]езолюц\w*|Конвенц\w*|[Дд]оговор(?:а|у|ом|е|ы|ов|ам|ами|ах)?\b|Устав\w*|Стратеги\w*|"
           r"декларац\w*|Инициатив\w*|дорожн\w+\s+карт\w*|"
           # a capitalised adjective makes a lower-case genre a title: "Антинаркотическую стратегию ШОС"
           r"[А-ЯЁ][а-яё]+(?:ую|ая|ой|ей|ие|ые|ое)\s+(?:стратеги|программ|концепц|конвенц|харти)\w*|соглашени\w*(?=\s+(?:о|об|между)\s)|[Дд]окумент\w*(?=\s+(?:о|об)\s)|Основ\w* "
           r"государственной)")
_NEXT_DOC = (r"(?:[А-ЯЁа-яё]+(?:ую|юю|ое|ее|ый|ий|ая|яя|ые|ие)\s+){0,2}"
             r"(?:[Пп]роект\w*|[Сс]оглашени|[Зз]аявлени|[Дд]екларац|[Пп]лан|[Мм]еморандум|[Пп]ротокол|[Кк]онцепц|[Дд]оговор|"
             r"[Сс]тратеги|[Пп]рограмм|[Ии]нициатив|[Дд]окумент)")
# A title ends at the end of the clause, before the next document of a list, before a verb ("..., одобрили",
# "... и утвердили") or a relative clause.
RU_DOC = re.compile(_DOC_RU + r"(?:\s+[^.;:!?]{0,400}?)?(?=[.;:!?]|\s+и\s+" + _NEXT_DOC + r"|(?:,\s+|\s+и\s+)[а-яё]{3,}(?:ли|ла)\s|"
                              r"\s+(?:а также|были|был|была|могут|может|"
                              r"стал\w*|подписан\w*|принят\w*)\s|,\s+(?:котор\w+|что|где|когда)|$)")
EN_DOC = re.compile(
    # a conference's numbered resolution ("Resolution 130"); first, to win over a bare "Resolution"
    r"Resolution\s+\d{1,4}(?:\s*\([^()]{1,40}\))?(?!\s*/)|"
    r"(?:[Dd]raft\s+)?(?:the\s+)?(?:[A-Z][\w.’'-]*\s+(?:and\s+(?=[A-Z]))?){0,6}(?:Agreement|Statement|Declaration|Plan|Memorandum|Protocol|"
    r"Concept|Programme|Program|Resolution|Convention|Report|Treaty|Charter|Strategy|Call|Act|Arrangement|Toolkit|"
    r"Roadmap|Code of Conduct|Guidelines)"
    r"(?!\s+(?:Committee|Center|Centre|Bureau|Secretariat|Office|Council|Commission|Hall|Group)\b)"
    r"(?:\s+(?:on|of|between|for|to|against|in)\s+(?:[^.;:,()]|\.(?=[A-Za-z-])){0,160})?|"  # "U.S." goes on
    r"(?:General Assembly\s+)?resolution\s+\d+/\d+|(?:final|draft)\s+report|plan of action|"
    # a phrase followed by its UN symbol: "a draft General Assembly resolution (A/AC.291/L.16)"
    r"(?:(?<=\ban )|(?<=\ba )|(?<=\bthe ))(?:[\w-]+\s+){0,4}(?:resolution|decision|report|text|statement)"
    r"(?=\s*\((?:A|S|E)/[\w./-]+\))|"
    r"[a-z-]+-party agreement|"
    # lower case after an article: "an agreement on cooperation in ...", "the concept of the mechanism"
    r"(?:(?<=\ban )|(?<=\ba )|(?<=\bthe ))(?:(?:updated|draft|new|joint|intergovernmental|bilateral)\s+){0,2}"
    r"(?:agreement|concept|memorandum|declaration|treaty|draft text|roadmap|road map)"
    r"\s+(?:of|on|for|between)\s+[^.;:,()]{3,160}|"
    r"(?:draft\s+)?convention")
RESOLUTION_NO = re.compile(r"\b(\d{2,3}/\d{2,3})\b")
# A General Assembly resolution by its number: "резолюцией ГА ООН 75/282", "resolution 73/27", "A/RES/75/240".
# Only the General Assembly numbers its resolutions session/number; the Security Council's are "2341 (2017)".
UNGA_RESOLUTION = re.compile(
    r"\bA/RES/(\d{2,3})/(\d{1,3})\b|"
    r"\b(?:[Рр]езолюци\w*|[Rr]esolutions?)(?:\s+(?:[А-ЯЁA-Z][\w.]*|ООН|UN|of|the|№|No\.?)){0,5}\s+(\d{2,3})/(\d{1,3})\b"
    r"(?:\s+(?:и|and)\s+(\d{2,3})/(\d{1,3})\b)?")
YEAR = re.compile(r"\b((?:19|20)\d{2})\s*(?:г\.|года|год)?")


def _trim_lead(surface: str) -> str:
    """Drop leading words that are not adjectives ("развитие профильного ..." -> "профильного ...")."""
    from kg.nlp.morph import analyzer

    words = surface.split(" ")
    while len(words) > 1:
        w = words[0]
        if re.match(r"(?i)проект|draft|the\b", w) or re.match(DOC_NOUN, w):
            break
        tag = analyzer().parse(w)[0].tag if re.search("[А-Яа-яЁё]", w) else None
        if tag is None or tag.POS == "ADJF" or re.fullmatch(r"[А-ЯЁ][а-яё]+(?:ую|ая|ой|ий|ый|ое|ие|ые|ого|ей)", w):
            break  # a capitalised adjective the dictionary may not know: "Астанинскую декларацию"
        words = words[1:]
    return " ".join(words)


_STOP_EN = re.compile(r"\s(?:on\s+[\w-]+['’]s\s+behalf|on\s+behalf\s+of|remain(?:s|ed)?|became|becomes|"
                      r"and(?=\s+(?:the|a|an|its|their|his|her)\s+[a-z]|\s+[a-z]+ed\b)|which|that|who|whose|was|were|is|are|has|have|had|will|would|said|says|"
                      r"approved|adopted|signed|presented|itself|in\s+which|on\s+\d|at\s+a|as\s+a|calling|to\s+be)\b")
_DOC_START = re.compile(r"(?:[Пп]роект\w*|Соглашени|соглашени|Заявлени|[Дд]екларац|[Пп]лан|Меморандум|[Пп]ротокол|Инициатив|"
                        r"[Кк]онцепц|[Дд]оговор|[Рр]езолюц|Конвенц|Программ)")


def _changes_case(before: str, after: str) -> bool:
    """Two nouns joined by "и" in different cases belong to different phrases."""
    from kg.nlp.morph import analyzer

    a, b = before.strip(",;«»\"()"), after.strip(",;«»\"()")
    if not b or not re.match("[а-яё]", b):
        return False
    ta, tb = analyzer().parse(a)[0].tag, analyzer().parse(b)[0].tag
    return ta.POS == "NOUN" and tb.POS == "NOUN" and bool(ta.case) and bool(tb.case) and ta.case != tb.case


def _trim_tail(surface: str) -> str:
    """End the title before a verb, a relative clause or the next item of a list."""
    if not re.search("[А-Яа-яЁё]", surface):
        cut = _STOP_EN.search(surface)
        surface = surface[: cut.start()].rstrip(" ,") if cut else surface
        return re.sub(r"^(?:the|The)\s+", "", surface)
    from kg.nlp.morph import analyzer

    words = surface.split(" ")
    out: list[str] = []
    for i, w in enumerate(words):
        bare = w.strip(",;«»\"()")
        if i > 0 and out[-1].endswith(",") and _DOC_START.match(bare):
            out[-1] = out[-1].rstrip(",")
            break
        if i >= 1 and bare and re.match("[а-яё]", bare):
            tag = analyzer().parse(bare)[0].tag
            # a verb, an adverb or particle ("Резолюцией также"), or the subject of the clause right after the
            # genre word ("В Декларации государства-члены ...") ends the title
            subject = i == 1 and tag.POS == "NOUN" and tag.case == "nomn" and re.match(DOC_NOUN, words[0])
            if bare == "и" and 0 < i < len(words) - 1 and _changes_case(words[i - 1], words[i + 1]):
                break  # "... на период до 2025 года и подготовке к ...": another phrase, not the title's
            if tag.POS in ("VERB", "INFN", "PRTS", "ADVB", "PRCL") or subject or bare.startswith("котор") or (
                    bare in ("и",) and i + 1 < len(words) and
                                                       analyzer().parse(words[i + 1].strip(","))[0].tag.POS
                                                       in ("VERB", "INFN", "PRTS")):
                break
        out.append(w)
    return " ".join(out).rstrip(" ,")


DOC_NOUN = (r"([Сс]оглашени|Заявлени|заявлени|[Дд]екларац|[Пп]лан|Меморандум|[Пп]ротокол|[Кк]онцепц|Программ|[Рр]езолюц|Конвенц|"
            r"[Дд]оговор|Устав|Стратеги|Основ|Инициатив|[Дд]окумент)")


def _resolutions(si: SentenceInfo, vocab: Vocabulary) -> list[DocumentFact]:
    """General Assembly resolutions named by number, linked to the vocabulary where it knows them."""
    text = si.sentence.text
    out = []
    for m in UNGA_RESOLUTION.finditer(text):
        pairs = [(m.start(), m.end(), m[i], m[i + 1]) for i in (1, 3, 5) if m[i]]
        for k, (start, end, session, number) in enumerate(pairs):
            if k:  # "резолюций 73/27 и 73/266": the second number is its own resolution
                start = text.index(f"{session}/{number}", m.start())
                end = start + len(f"{session}/{number}")
            symbol = f"A/RES/{session}/{number}"
            known = vocab.document_by_notation(symbol)
            title = known.name_en if known else f"UN General Assembly resolution {session}/{number}"
            role = document_role(text, start, end)
            out.append(DocumentFact(text[start:end], title, known.year if known else None, role, None,
                                    si.sentence.start + start, si.sentence.start + end, si, known, symbol))
    return out


_REPORT = re.compile(r"\b(?:reports?|доклад\w*)\b", re.I)
_YEAR_NEAR = re.compile(r"\b((?:19|20)\d{2})\b")


def _reports(si: SentenceInfo, vocab: Vocabulary, year_hint: int | None) -> list[DocumentFact]:
    """ "the 2015 report of the UN GGE", "итоговых докладов первой Рабочей группы ... и Группы
    правительственных экспертов": a report named through the group that wrote it. The year the text gives
    picks among a group's reports; without one, the latest report up to the announcement's year."""
    text, base = si.sentence.text, si.sentence.start
    reports = [e for e in vocab.of_type("document") if e.creators]
    out = []
    for r in _REPORT.finditer(text):
        groups, pos = [], r.end()
        for mt in sorted(si.mentions, key=lambda x: x.start):
            rel = mt.start - base
            if rel < pos or mt.type != "process" or mt.entity is None:
                continue
            between = text[pos:rel]
            if len(between) > 45 or re.search(r"[.;:()]", between) or (groups and not re.fullmatch(
                    r"\s*(?:,|и|and)\s*(?:of\s+)?(?:the\s+)?", between)):
                break
            groups.append(mt)
            pos = mt.end - base
        for mt in groups:
            cands = [e for e in reports if mt.entity.iri in e.creators]
            window = text[max(0, r.start() - 8) : min(len(text), mt.end - base + 14)]
            stated = [int(y) for y in _YEAR_NEAR.findall(window)]
            if year_hint:  # a report cannot be cited before it was written
                cands = [e for e in cands if e.year and e.year <= year_hint]
            if stated:
                cands = [e for e in cands if e.year in stated]
            elif year_hint and len(cands) > 1:
                cands = sorted(cands, key=lambda e: e.year)[-1:]
            if len(cands) != 1:
                continue
            start, end = r.start(), mt.end - base
            out.append(DocumentFact(text[start:end], cands[0].name_en, cands[0].year, document_role(text, start, end), None,
                                    base + start, base + end, si, cands[0], by_group=True))
    return out


def _known(si: SentenceInfo) -> list[DocumentFact]:
    """Documents the vocabulary knows, named by title or short name in any case form."""
    text = si.sentence.text
    out = []
    for mt in si.documents:
        start, end = mt.start - si.sentence.start, mt.end - si.sentence.start
        out.append(DocumentFact(mt.surface, mt.entity.name_en, mt.entity.year, document_role(text, start, end), None,
                                mt.start, mt.end, si, mt.entity))
    return out


def find_documents(si: SentenceInfo, lang: str, vocab: Vocabulary | None = None,
                   year_hint: int | None = None) -> list[DocumentFact]:
    """Every document the sentence names: known ones, resolutions by number, reports by their group, then
    titled phrases. A titled phrase that contains a known document or a resolution number is that document."""
    linked = _known(si)
    if vocab is not None:
        linked += _resolutions(si, vocab)
        linked += [d for d in _reports(si, vocab, year_hint)
                   if not any(k.entity is d.entity or (k.start <= d.start < k.end) for k in linked)]
    found = []
    for d in _titled(si):
        inside = [k for k in linked if d.start <= k.start and k.end <= d.end + 1]
        if inside:
            # the phrase names the known document (perhaps in longer words): keep its span as a name of it
            k = inside[0]
            if len(inside) == 1 and k.surface != d.surface:
                k.surface, k.start, k.end = d.surface, d.start, d.end
                k.role = k.role if k.role != "referenced" else d.role
            continue
        if any(k.start <= d.start < k.end or d.start <= k.start < d.end for k in linked):
            continue
        found.append(d)
    docs = sorted(linked + found, key=lambda d: d.start)
    for prev, d in zip(docs, docs[1:], strict=False):
        between = si.sentence.text[prev.end - si.sentence.start : d.start - si.sentence.start]
        if d.role == "referenced" and re.fullmatch(
                r"\s*(?:,|,?\s*(?:и|а также|наряду с|вместе с|and|as well as|together with|along with))\s*"
                r"(?:(?:a|an|the)\s+)?", between):
            d.role = prev.role  # "приняли заявление ... и декларацию ...": one verb for the whole list
    return docs


# A lower-case phrase after a copula describes the document named before ("Это первый универсальный
# договор ...", "Конвенция — первый ...", "it is the first treaty ..."): not another document.
_COPULA = re.compile(r"(?:\b(?:это|является|являются|стал[аои]?|станет|is|was|becomes|became)|[—–])\s+$", re.I)


def _cut_at_date(si: SentenceInfo, start: int, surface: str) -> str:
    """A day and month end a title ("Конвенцию против киберпреступности 24 декабря на ...")."""
    for d in si.dates:
        rel = d.start - si.sentence.start - start
        if 0 < rel < len(surface) and d.day:
            return surface[:rel].rstrip(" ,")
    return surface


def _titled(si: SentenceInfo) -> list[DocumentFact]:
    text = si.sentence.text
    rx = RU_DOC if re.search("[А-Яа-яЁё]", text) else EN_DOC
    out = []
    bodies = [(mt.start - si.sentence.start, mt.end - si.sentence.start) for mt in si.mentions
              if mt.type in ("process", "organization", "agency")]
    pos = 0
    while (m := rx.search(text, pos)) is not None:
        raw = m[0].strip(" ,")
        surface = _trim_tail(_trim_lead(raw))
        start = m.start() + m[0].find(surface)
        surface = _cut_at_date(si, start, surface)
        # a list ("проекты Декларации ..., договора о выдаче и ...") goes on after the first title
        pos = max(start + len(surface), m.start() + 1) if surface else m.end()
        if not surface or (_COPULA.search(text[:start]) and surface[:1].islower()):
            continue
        for p in si.persons:  # a person's name ends a title: "... Договора о коллективной безопасности Станиславом Засем"
            rel = p.start - si.sentence.start - start
            if 0 < rel < len(surface):
                surface = surface[:rel].rstrip(" ,")
        if any((a <= start and start + len(surface) <= b) or a < start < b for a, b in bodies):
            continue  # part of a forum's or body's name ("Программа действий", "... Strategy for Cybersecurity (NISC)")
        role = document_role(text, start, start + len(surface))
        acted = role in ("signed", "adopted")
        if len(surface.split()) < 2 and not RESOLUTION_NO.search(surface) and not acted:
            continue
        if re.fullmatch(r"(?i)(the\s+)?(план\w*|договор\w*|plan|report|convention|protocol|agreement)", surface) \
                and not acted:
            continue
        ym = YEAR.search(surface)
        year = int(ym[1]) if ym else None
        by = None
        if role == "presented":
            for mt in si.mentions:
                if mt.type in ("state", "state-adjective") and mt.start - si.sentence.start < start:
                    by = mt.entity.state
        # "(ИКТ)": an abbreviation in brackets is not part of the title
        title = re.sub(r"\s+", " ", re.sub(r"\s*\([^()]*\)", "", surface))
        sym = re.match(r"\s*\(((?:A|S|E)/[\w./-]+)\)", text[start + len(surface):])
        out.append(DocumentFact(surface, title, year, role, by, si.sentence.start + start,
                                si.sentence.start + start + len(surface), si, symbol=sym[1] if sym else None))
    return out
