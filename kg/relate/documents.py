"""Documents named in a sentence.

Known documents are linked to ontology/vocab/documents.ttl in any case form, General Assembly
resolutions are found by number, reports through the group that wrote them. Other documents are found by
their structure: a head noun of a title (convention, protocol, decision, set of measures, rules of procedure,
work plan, concept paper; соглашение, программа, регламент, положение, правила процедуры ...) with its
modifiers, number ("Decision No. 1039", "resolution CICTE/RES. 1/17") and complements ("on ...", "о ...",
"на 2026–2030 годы"), capitalised or after a determiner ("the network's work plan for 2021–2022"). Where a title
starts and ends is kg/relate/document_bounds.py; what it is called (nominative, "(draft)", aliases, year) is
kg/relate/document_titles.py; what happened to each at the meeting is kg/relate/document_roles.py; settling them
per meeting is kg/relate/document_references.py.
"""

from __future__ import annotations

import re
import weakref

from kg.nlp.morph import lemma_ru, parses
from kg.nlp.text import is_cyrillic
from kg.relate.document_bounds import DOC_NOUN, EN_HEAD, before_cut_word, plural_topic, trim_lead, trim_tail
from kg.relate.document_roles import PRESENTED_AFTER, document_role
from kg.relate.document_titles import (
    ADJ_RU,
    each_draft,
    stated_year,
    title_and_aliases,
    title_and_aliases_en,
    year_of_act,
)
from kg.relate.facts import DocumentFact
from kg.understand import SentenceInfo
from kg.vocab import Vocabulary

_DOC_RU = (r"(?:[Пп]роект\w*\s+)?(?:(?:" + ADJ_RU + r")\s+){0,3}"
           # a draft of a lower-case genre with adjectives between: "проекта межправительственного соглашения"
           r"(?:(?<=роект )(?:" + ADJ_RU + r"\s+){1,3}(?:соглашени|декларац|меморандум|конвенц|договор|план|программ)\w*|"
           r"(?<=роекта )(?:" + ADJ_RU + r"\s+){1,3}(?:соглашени|декларац|меморандум|конвенц|договор|план|программ)\w*|"
           r"Соглашени\w*|(?<=роект )(?:соглашени|декларац|меморандум|конвенц|программ|стратеги|доклад)\w*|"
           r"(?<=роекта )(?:соглашени|декларац|меморандум|конвенц|программ|стратеги|доклад)\w*|"
           r"(?<=роекты )(?:соглашени|декларац|меморандум|конвенц|программ|стратеги|доклад)\w*|"
           # a decision is a document when it is a draft: "проект решения Совета ...", "проекты решений ..."
           r"(?:(?<=роект )|(?<=роекта )|(?<=роекты )|(?<=роектов )|(?<=роекту )|(?<=роектом ))решени\w*|Заявлени\w*|заявлени\w*|Декларац\w*|[Пп]лан(?:а|у|ом|е|ы|ов|ам|ами|ах)?\b|Меморандум\w*|[Пп]ротокол\w*|"
           r"[Кк]онцепц\w*|[Дд]оклад\w*(?=\s+«)|Доклад\w*(?=\s+[А-ЯЁ])|Программ\w*(?!\s+(?:визита|пребывания|мероприяти\w*|встреч\w*|переговоров|работы))|[Рр]езолюц\w*|Конвенц\w*|[Дд]оговор(?:а|у|ом|е|ы|ов|ам|ами|ах)?\b|Устав\w*|Стратеги\w*|"
           r"декларац\w*|Инициатив\w*|Кодекс\w*|[Пп]акт(?:а|у|ом|е|ы|ов|ам|ами|ах)?\b|Харти\w*|[Дд]орожн\w+\s+карт\w*|[Кк]оммюнике|Регламент\w*|Положени(?:е|я|ю|ем|и)(?=\s+(?:о|об)\s)|"
           r"Правил(?:а|ам|ами|ах)?\s+процедуры|Рекомендаци\w*(?=\s+(?:по|о|об)\s)|Закон(?:а|у|ом|е|ы|ов)?(?=\s+(?:о|об)\s)|Решени(?:е|я|ю|ем|и)\b|[Пп]овестк\w*(?=\s+дня)|"
           r"[Мм]одальност\w*(?=\s+(?:участия|работы|проведения))|"
           # a lower-case genre for a stated period is a document: "действующей программы на 2021–2025 годы"
           r"(?:программ|план|стратеги|концепци)\w*(?=\s+на\s+(?:период\s+)?(?:до\s+)?(?:19|20)\d{2})|"
           # a capitalised adjective makes a lower-case genre a title: "Антинаркотическую стратегию ШОС"
           r"[А-ЯЁ][а-яё]+(?:ую|ая|ой|ей|ие|ые|ое)\s+(?:стратеги|программ|концепц|конвенц|харти|инициатив|доктрин)\w*|"
           # the meeting's outcome document: «Итоговый документ консультаций был согласован»
           r"[Ии]тогов\w+\s+документ\w*|Доктрин\w*|(?:соглашени|меморандум)\w*(?=\s+(?:о|об|между)\s)|[Дд]окумент\w*(?=\s+(?:о|об)\s)(?!\s+об?\s+(?:присоединени|ратификаци|утверждени|принятии))|Основ\w* "
           r"государственной)")
# The head stems RU_DOC's alternatives are built on, checked first (the full pattern is slow to search).
_RU_HEAD_STEM = re.compile(r"соглашени|заявлени|деклараци|план|меморандум|протокол|концепц|доклад|программ|резолюц|"
                           r"конвенц|договор|устав|стратеги|инициатив|кодекс|карт|коммюнике|регламент|положени|"
                           r"правил|рекомендац|закон(?!од)|решени|повестк|модальност|харти|документ|основ|пакт|доктрин", re.I)
_NEXT_DOC = (r"(?:[А-ЯЁа-яё]+(?:ую|юю|ое|ее|ый|ий|ая|яя|ые|ие)\s+){0,2}"
             r"(?:[Пп]роект\w*|[Сс]оглашени|[Зз]аявлени|[Дд]екларац|[Пп]лан|[Мм]еморандум|[Пп]ротокол|[Кк]онцепц|[Дд]оговор|"
             r"[Сс]тратеги|[Пп]рограмм|[Ии]нициатив|[Дд]окумент|Регламент|Положени|Правил|Кодекс)")
# A title ends at the end of the clause, before the next document of a list, before a verb ("..., одобрили",
# "... и утвердили") or a relative clause.
# The dot of an initial or of «им.» stays inside a title ("с МГУ им. М.В. Ломоносова"). A comma right after the
# head may open a participle's clause («в коммюнике, опубликованном по итогам встречи»): the match goes on and
# trim_tail ends the title at the clause.
RU_DOC = re.compile(_DOC_RU + r"(?:,?\s+(?:[^.;:!?«]|«[^«»\n]{1,200}»|«|(?<=\b[А-ЯЁ])\.|(?<=\sим)\.){0,400}?)??(?=[;:!?]|\.(?<!\b[А-ЯЁ]\.)(?<!\sим\.)|\s+и\s+" + _NEXT_DOC + r"|(?:,\s+|\s+и\s+)[а-яё]{3,}(?:ли|ла)\s|"
                              r",?\s+а также\s|,?\s+(?:были|был|была|могут|может|"
                              r"стал\w*|подписан\w*|принят\w*)\s|,\s+(?:котор\w+|что|где|когда)|"
                              # a relative clause after a preposition: «проект программы, в рамках которой ...»
                              r",\s+(?:[а-яё]+\s+){1,2}котор\w+|$)")
# A head followed by one of these words is part of a body's or a forum's name ("Convention Committee").
_NOT_A_TITLE_AFTER = (r"(?!\s+(?:Committee|Center|Centre|Bureau|Secretariat|Office|Council|Commission|Hall|Group|Dialogue|"
                      r"Conference|Meeting|Forum|Network|Mechanism|Process|Session|Summit|Division|Department|Unit|"
                      r"Team|Working|Implementation|Partnership|Plenary|Drafting|Board|Platform|"
                      # "the Cybercrime Treaty negotiations": the head is a modifier of a process noun
                      r"negotiations?|talks|process|negotiating)\b)")
# The number that goes with a head: "Decision No. 1039", "Act, 2020"
_EN_NUMBER = (r"(?:\s+(?:No\.?|Number|№)\s*\d+(?:/\d+)*|(?<=Act),\s+(?:19|20)\d{2}\b|"
              # "Cooperation Strategy 2021-2025", "Cybersecurity Act 2018"
              r"\s+(?:19|20)\d{2}(?:\s*[–-]\s*(?:19|20)?\d{2})?\b)?")
# A complement: "on enhanced co-operation and ...", "of OSCE Confidence-Building Measures"; "U.S.-Ukraine" goes on,
# and so does an initialism's dot before a capitalised word that does not open a sentence ("the EU-U.S. Cyber
# Dialogue", not "with the U.K. The next round"); a line break does not. "to" takes a complement ("Protocol to
# the Convention", "Measures to Reduce the Risks"), not an infinitive of purpose ("the plan of action to develop
# cooperation"). A long title is taken whole and never cut inside a word.
_SENTENCE_OPENER_EN = r"(?:The|This|These|Those|That|It|Its|They|We|He|She|In|On|At|As|During|After|Before|Both|A|An)\b"
# The item that closes such a list ends the phrase, or goes on with a function word: "..., and Safe Communities."
# (not ", and Japan introduced ...")
_LAST_ITEM_EN = r"and\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*(?=\s*(?:[.,;:()]|$)|\s+(?:of|for|in|on|and|to|the)\b)"
_EN_COMPLEMENT = (r"(?:(?:\s+\([A-Z][A-Za-z]{1,9}\))?"  # "memorandum of understanding (MoU) in cyber space ..."
                  r"\s+(?:on|of|between|for|to(?=\s+(?:(?:the|a|an)\b|[A-Z]))|against|in|concerning|regarding)\s+"
                  r"(?:[^.;:,()\n“\"]|\.(?=[A-Za-z-])|(?<=\b[A-Z])\.(?=[ \t]+(?!" + _SENTENCE_OPENER_EN + r")[A-Z])|"
                  # an acronym in brackets inside the complement: "... Technologies (ICTs) for 2024-2025"
                  r"\([A-Z][A-Za-z]{1,9}\)(?=\s+(?:for|of|on|in)\s)|"
                  # a list of capitalised words closed by "and": "for Security, Public Health, and Safe Communities"
                  r",(?=\s+(?!" + _SENTENCE_OPENER_EN + r")[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*(?:,\s+[A-Z][\w-]*"
                  r"(?:\s+[A-Z][\w-]*)*)*,?\s+" + _LAST_ITEM_EN + r")|,(?=\s+" + _LAST_ITEM_EN + r"))"
                  r"{0,320}(?!\w)"
                  # a quoted name ends the title: "Joint Communication on “Resilience, Deterrence and Defence: ...”"
                  r"(?:“[^”\n]{1,200}”|\"[^\"\n]{1,200}\")?)?")
# Lower-case heads that name a document wherever they stand after a determiner: "a concept paper on ...",
# "the network's work plan for 2021-2022", "its third annual progress report"
_EN_LOWER_HEAD = (r"(?:work\s*-?\s*plan(?:\s+and\s+(?:budget|timeline|timetable|calendar))?|work\s+programme|programme\s+of\s+work|action\s+plan|cooperation\s+plan|plan\s+of\s+action|concept\s+(?:paper|note)|position\s+paper|"
                  # the text the chair issues for the meeting: "the Chairman's statement", "the Chair's summary"
                  r"[Cc]hair(?:man|person)?['’]s\s+(?:[Ss]ummary|[Ss]tatement)|"
                  r"discussion\s+paper|non-paper|toolkit|rules\s+of\s+procedure|terms\s+of\s+reference|"
                  r"joint\s+statement|joint\s+declaration|communiqu[eé]|memorandum\s+of\s+understanding|road\s*map|"
                  r"(?:progress|final|annual|consensus)\s+report|"
                  # "the following statement was released": the announcement is the statement
                  r"(?<=following\s)statement|"
                  # a resolution or decision is a document when its subject follows: "a draft resolution on ...";
                  # a report when its UN symbol does: "the Secretary-General's report on ... (A/79/178)"
                  r"(?:resolution|decision)(?=\s+(?:on|entitled|concerning)\s)|"
                  r"report(?=\s+(?:on|of)\s+[^.;()]{3,160}\((?:A|S|E)/)|"
                  r"agenda(?:\s+and\s+(?:calendar|timetable|schedule|programme\s+of\s+work|organization\s+of\s+work))?|"
                  r"modalities(?=\s+(?:of|for)\s)|"
                  # the sets this field names as documents; "a set of measures to ..." alone is a plan of action
                  r"set\s+of\s+(?:[\w-]+\s+){0,3}(?:confidence-building\s+measures|CBMs|norms))")
_DETERMINER = (r"(?:(?<=\ban )|(?<=\ba )|(?<=\bthe )|(?<=\bits )|(?<=\btheir )|(?<=['’]s )|(?<=\bAn )|(?<=\bA )|"
               r"(?<=\bThe )|(?<=\bIts )|(?<=\bTheir ))")
# Words between the determiner and the head: "draft PaCSON cyber security awareness", not a function word
_EN_MODIFIER = (r"(?:(?!(?:and|or|of|the|a|an|to|in|on|with|by|for|at|from|its|their|is|was|were|are|be|has|have|had|"
                r"that|which|who)\b)[\w-]+\s+)")
_AFTER_SIGNING = "(?:" + "|".join(f"(?<=\\b{verb} {article} )" for verb in ("signed", "signing", "inked", "sign")
                                   for article in ("a", "an", "the")) + ")"
EN_DOC = re.compile(
    # a conference's numbered resolution ("Resolution 130"); first, to win over a bare "Resolution"
    r"Resolution\s+\d{1,4}(?:\s*\([^()]{1,40}\))?(?!\s*/)|"
    # a resolution or decision by its symbol: "resolution CICTE/RES. 1/17", "PC.DEC/1039"
    r"(?:[Rr]esolution\s+|[Dd]ecision\s+)?[A-Z][A-Za-z.]*/(?:[A-Z]+\.?/)*(?:RES|DEC)\b\.?\s*\d+(?:/\d+)?"
    r"(?:\s*\([^()]{1,30}\))?|"
    r"[A-Z]{2,}\.DEC/\d+|"
    # a body's draft decision: "the draft resolution of the First Committee", "draft decisions of the Council of
    # Ministers and of the Council of Heads of State" (one of each body, below)
    r"[Dd]raft\s+(?:resolutions?|decisions?)\s+of\s+(?:the\s+)?(?=[A-Z\d])[^.;:()\n]{3,240}(?!\w)|"
    # a draft by its UN symbol: "draft resolution A/C.1/79/L.13 on ..."
    r"(?:[Dd]raft\s+)?(?:resolution|decision)\s+(?:A|S|E)/[\w./-]*\w" + _EN_COMPLEMENT + "|"
    # (a year or a span of years before the capitals is the title's: "the 2024-28 GCC Cybersecurity Strategy")
    r"(?:[Dd]raft\s+(?:of\s+the\s+)?)?(?:the\s+)?(?:(?:[A-Z]|[a-z](?=[A-Z])|\d{1,2}(?:st|nd|rd|th)\s+(?=[A-Z])|"
    r"(?:19|20)\d{2}(?:[–-](?:19|20)?\d{2})?\s+(?=[A-Z]))"
    r"[\w.’'-]*\s+(?:(?:and|in)\s+(?=[A-Z]))?){0,8}" + EN_HEAD
    + _NOT_A_TITLE_AFTER
    + _EN_NUMBER + _EN_COMPLEMENT + "|"
    # a lower-case head after a determiner, with its complement: "the final report of the expert panel"
    + _DETERMINER + _EN_MODIFIER + "{0,5}" + _EN_LOWER_HEAD + r"\b" + _EN_COMPLEMENT + "|"
    r"(?:General Assembly\s+)?resolution\s+\d+/\d+|(?:final|draft)\s+report|plan of action|"
    # a phrase followed by its UN symbol: "a draft General Assembly resolution (A/AC.291/L.16)"
    r"(?:(?<=\ban )|(?<=\ba )|(?<=\bthe ))(?:[\w-]+\s+){0,4}(?:resolution|decision|report|text|statement)"
    r"(?=\s*\((?:A|S|E)/[\w./-]+\))|"
    r"[a-z-]+-party agreement|"
    # guidelines by their subject need no determiner: "formulated guidelines concerning protection of ..."
    r"\b(?:draft\s+)?guidelines(?=\s+(?:on|for|concerning|regarding)\s)" + _EN_COMPLEMENT + "|"
    # a lower-case genre with modifiers right after a verb of signing: "signing a headquarters agreement",
    # "signed a cooperation agreement on ...", "signed the relevant protocols": the signing makes it a document, not an
    # understanding reached
    + _AFTER_SIGNING + r"(?:[a-z-]+\s+){0,2}(?:agreement|memorandum(?:\s+of\s+understanding)?|MoU|MOU|treaty|protocol|"
    r"framework|arrangement|declaration|charter|roadmap)s?\b"
    + _EN_COMPLEMENT + "|"
    # lower case after an article: "an agreement on cooperation in ...", "the concept of the mechanism"
    r"(?:(?<=\ban )|(?<=\ba )|(?<=\bthe )|(?<=\bAn )|(?<=\bA )|(?<=\bThe ))"
    r"(?:(?:updated|draft|new|joint|intergovernmental|bilateral)\s+){0,2}"
    r"(?:agreement|concept|memorandum|MoU|MOU|declaration|treaty|draft text|roadmap|road map)"
    r"\s+(?:of|on|for|between)\s+[^.;:,()]{3,160}|"
    # "implementing the framework for the India US cyber relationship": kept only when something is done on it
    r"(?:(?<=\ban )|(?<=\ba )|(?<=\bthe ))framework\s+for\s+[^.;:,()]{3,160}|"
    r"(?:draft\s+)?convention")
_HEAD_INSIDE = re.compile(r"\b" + EN_HEAD + r"\b")
RESOLUTION_NO = re.compile(r"\b(\d{2,3}/\d{2,3})\b")
# A General Assembly resolution by its number: "резолюцией ГА ООН 75/282", "resolution 73/27", "A/RES/75/240".
# Only the General Assembly numbers its resolutions session/number; the Security Council's are "2341 (2017)".
UNGA_RESOLUTION = re.compile(
    r"\bA/RES/(\d{2,3})/(\d{1,3})\b|"
    r"\b(?:[Рр]езолюци\w*|[Rr]esolutions?)(?:\s+(?:[А-ЯЁA-Z][\w.]*|ООН|UN|of|the|№|No\.?)){0,5}\s+(\d{2,3})/(\d{1,3})\b"
    r"(?:\s+(?:и|and)\s+(\d{2,3})/(\d{1,3})\b)?")


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


# every beginning of every process name, built once per vocabulary (and dropped with it)
_PROCESS_NAMES: weakref.WeakKeyDictionary[Vocabulary, set[tuple[str, ...]]] = weakref.WeakKeyDictionary()


def _folded(name: str) -> tuple[str, ...]:
    return tuple(lemma_ru(w) if is_cyrillic(w) else w.lower() for w in re.findall(r"[\w-]+", name))


def _starts_a_process_name(title: str, vocab: Vocabulary) -> bool:
    """The title, in lemmas, is a known process's name or its beginning ("Programme of Action" of "Programme of
    Action to advance responsible State behaviour ...")."""
    if vocab not in _PROCESS_NAMES:
        _PROCESS_NAMES[vocab] = {words[:i] for e in vocab.of_type("process") for name in e.all_names()
                                     if e.process_kind != "Convention"
                                     for words in [_folded(name)] for i in range(2, len(words) + 1)}
    words = _folded(title)
    return len(words) >= 2 and words in _PROCESS_NAMES[vocab]


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
                   year_hint: int | None = None, cut_off: bool = False) -> list[DocumentFact]:
    """Every document the sentence names: known ones, resolutions by number, reports by their group, then
    titled phrases. A titled phrase that contains a known document or a resolution number is that document.
    `cut_off`: the sentence ends the page mid-word, with no stop."""
    linked = _known(si)
    if vocab is not None:
        linked += _resolutions(si, vocab)
        linked += [d for d in _reports(si, vocab, year_hint)
                   if not any(k.entity is d.entity or (k.start <= d.start < k.end) for k in linked)]
    found = []
    for d in _titled(si, cut_off):
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
        if vocab is not None and _starts_a_process_name(d.title, vocab):
            continue  # "a Programme of Action" named alone: the process, not a document
        found.append(d)
    docs = sorted(linked + found, key=lambda d: d.start)
    headers = set()
    for prev, d in zip(docs, docs[1:], strict=False):
        between = si.sentence.text[prev.end - si.sentence.start : d.start - si.sentence.start]
        header = _LIST_HEADER.match(prev.surface) and re.fullmatch(r"\s*:\s*", between)
        if header:
            headers.add(id(prev))  # «подписан ряд документов о сотрудничестве: Меморандум …; Меморандум …»
        if d.role == "referenced" and (header or re.fullmatch(
                r"(?:\s*\([^()]{1,40}\))?\s*(?:[,;]|,?\s*(?:и|а также|наряду с|вместе с|and|as well as|together with|along with))\s*"
                r"(?:(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}|(?:[а-яё]+(?:ие|ые|ий|ый|ую|ое|ее|ая|яя)\s+){1,2})?",
                between)):  # "endorsed X and the updated Y", «а также соответствующие проекты ...»
            d.role = prev.role  # "приняли заявление ... и декларацию ...": one verb for the whole list
        if re.fullmatch(r"\s*(?:,|и|and)\s*", between):
            _shared_draft(prev, d)
    return [d for d in docs if id(d) not in headers]


def carry_list_roles(sentences: list[SentenceInfo], named: dict[int, list[DocumentFact]]) -> None:
    """A list of titles split into sentences at its semicolons («подписаны: Меморандум …; Меморандум …; …»): an
    item that opens its sentence with no verb of its own takes the act of the item before."""
    for prev, si in zip(sentences, sentences[1:], strict=False):
        before, docs = named.get(id(prev)), named.get(id(si))
        if not before or not docs or not prev.sentence.text.rstrip().endswith((";", ":")):
            continue
        first = docs[0]
        if first.start == si.sentence.start and first.role == "referenced":
            first.role = before[-1].role


# A generic word for documents that a colon opens a list of: the list names them, the word names none
_LIST_HEADER = re.compile(r"(?:(?:ряд|пакет)\s+)?документ\w*\b|(?:(?:a\s+)?(?:number|series|set|package)\s+of\s+)?"
                          r"documents\b")


# A lower-case phrase after a copula describes the document named before ("Это первый универсальный
# договор ...", "Конвенция — первый ...", "it is the first treaty ..."): not another document.
_COPULA = re.compile(r"(?:\b(?:это|является|являются|стал[аои]?|станет|представля\w+\s+собой|is|was|becomes|became|"
                     r"constitutes|represents)|[—–])\s+(?:(?:the|a|an|first|only|world['’]s|в\s+мире|в\s+истории|"
                     r"in\s+the\s+world|[а-яё]+(?:ый|ий|ой|ое|ая|ее|яя))\s+){0,3}$", re.I)


def _subject_after_link_verb(copula: str, surface: str) -> bool:
    """«стал»/«является» take their predicate in the instrumental: a nominative after them is the subject («Итогом
    стал проект концепции ...»), not a description of a document named before."""
    if not re.search(r"(?i)стал|станет|явля", copula):
        return False
    readings = parses(surface.split(" ", 1)[0].strip("«»\"(),"))
    return any(p.tag.case == "nomn" for p in readings) and not any(p.tag.case == "ablt" for p in readings)


def _cut_at_date(si: SentenceInfo, start: int, surface: str) -> str:
    """A day and month end a title ("Конвенцию против киберпреступности 24 декабря на ...")."""
    for d in si.dates:
        rel = d.start - si.sentence.start - start
        if 0 < rel < len(surface) and d.day:
            return re.sub(r"\s+(?:от|of|dated)$", "", surface[:rel].rstrip(" ,"))
    return surface


def _titled(si: SentenceInfo, cut_off: bool = False) -> list[DocumentFact]:
    text = si.sentence.text
    russian = is_cyrillic(text)
    rx = RU_DOC if russian else EN_DOC
    out = []
    if russian and not _RU_HEAD_STEM.search(text):
        return out  # every Russian title holds one of these stems: the long pattern need not run
    bodies = [(mt.start - si.sentence.start, mt.end - si.sentence.start) for mt in si.mentions
              if mt.type in ("process", "organization", "agency")]
    # bodies whose name is no document's (a convention's conference of parties is named as the convention)
    named_bodies = [(mt.start - si.sentence.start, mt.end - si.sentence.start) for mt in si.mentions
                    if mt.type in ("process", "organization", "agency")
                    and not (mt.entity is not None and mt.entity.process_kind == "Convention")]
    pos = 0
    while (m := rx.search(text, pos)) is not None:
        raw = _one_line(m[0].strip(" ,"), rx)
        surface = trim_tail(trim_lead(raw))
        start = m.start() + m[0].find(surface)
        surface = _cut_at_date(si, start, surface)
        # a list ("проекты Декларации ..., договора о выдаче и ...") goes on after the first title
        pos = max(start + len(surface), m.start() + 1) if surface else m.end()
        if cut_off and surface and start + len(surface) >= len(text.rstrip()):
            surface = before_cut_word(surface)
        copula = _COPULA.search(text[:start]) if surface[:1].islower() else None
        if not surface or (copula and not (russian and _subject_after_link_verb(copula[0], surface))):
            continue
        if russian and plural_topic(surface) and document_role(text, start, start + len(surface)) not in (
                "signed", "adopted"):
            continue  # a plural genre a verb of signing governs names documents: «подписали соответствующие протоколы»
        for p in si.persons:  # a person's name ends a title: "... Договора о коллективной безопасности Станиславом Засем"
            rel = p.start - si.sentence.start - start
            if _HEAD_INSIDE.search(text[p.start - si.sentence.start : p.end - si.sentence.start]):
                continue  # "Incident Toolkit" taken for a name is the title's own head
            if re.search(r"\b(?:им\.|имени)\s*$", text[: p.start - si.sentence.start]):
                continue  # "МГУ им. М.В. Ломоносова": a name the title's complement bears
            if not russian and re.search(r"\b(?:of|for|on|the|and|to|in|against)\s+$", text[: p.start - si.sentence.start]):
                continue  # "Plan of | Priority Measures": capitals a complement governs are no person
            if 0 < rel < len(surface):
                surface = surface[:rel].rstrip(" ,")
        if any((a <= start and start + len(surface) <= b) or a < start < b for a, b in bodies) \
                or _BODY_BEFORE.search(text[:start]):
            continue  # part of a forum's or body's name ("Программа действий", "... Strategy for Cybersecurity (NISC)")
        head = (re.search(DOC_NOUN, surface) if russian else _HEAD_INSIDE.search(surface))
        if head and any(a <= start + head.start() < b and b >= start + len(surface) for a, b in named_bodies):
            continue  # a process's name ends the title and holds its head: "UN | Cyber Programme of Action"
        role = document_role(text, start, start + len(surface))
        # one genre word names a document only when something happens to it here, or a forum stands on it;
        # kg/relate/document_references.py resolves it to the document named before
        acted = role in ("signed", "adopted", "basis")
        if len(surface.split()) < 2 and not RESOLUTION_NO.search(surface) and not acted:
            continue
        if re.fullmatch(r"(?i)(the\s+)?(план\w*|договор\w*|plan|report|convention|protocol|agreement)", surface) \
                and not acted:
            continue
        if surface[:1].islower() and _TO_BE_WRITTEN.search(text[:start]) or _TO_BE_MADE.search(text[:start]):
            continue  # "a committee to draft an action plan", "the development of a National Strategy": a task
        if not acted and _AGREED_TO_ACT.match(surface):
            continue  # "the agreement between the Ministers to establish the Dialogue": an understanding reached
        if surface.startswith("framework") and role not in ("basis", "signed"):
            # "a framework for dialogue", "the framework for responsible State behaviour endorsed by ...": a way of
            # working or a body of norms, unless a forum stands on it or it is signed
            continue
        if re.search(r"\bProgram(?:me)?$", surface):
            continue  # "the ASEAN Cyber Capacity Programme": an activity; a programme document has its complement
        if re.match(r"(?:[\w-]+\s+){0,5}(?:agenda|повестк|modalities|модальност)", surface, re.I) and role != "adopted":
            continue  # "high on the agenda of the talks", "модальности его работы определены ...": a topic
        year = stated_year(surface) or year_of_act(text[start + len(surface):])
        by = _proposer(si, start, start + len(surface)) if role == "presented" else None
        sym = re.match(r"\s*\(((?:A|S|E)/[\w./-]+)\)", text[start + len(surface):]) or re.search(
            r"\b((?:A|S|E)/[\w./-]*\w)", surface)
        base = si.sentence.start + start
        for name, a, b in each_draft(surface):
            title, aliases = title_and_aliases(name) if russian else title_and_aliases_en(name)
            out.append(DocumentFact(name, title, year, role, by, base + a, base + b, si,
                                    symbol=sym[1] if sym else None, aliases=aliases))
        inner = _implemented(surface)
        if inner is not None:  # "Plan ... for the Implementation of the Strategy ...": the strategy is named too
            a, name = inner
            title, aliases = title_and_aliases(name) if russian else title_and_aliases_en(name)
            out.append(DocumentFact(name, title, stated_year(name), "referenced", None, base + a,
                                    base + a + len(name), si, aliases=aliases))
    return out


# A body's head noun with "of"/"for" right before the title: the title completes the body's name ("National Center
# of Incident Readiness and Strategy for Cybersecurity", "the Office for Cyber Policy and Convention Affairs")
_BODY_BEFORE = re.compile(r"\b(?:Cent(?:er|re)|Office|Ministry|Department|Agency|Institute|Bureau|Directorate|"
                          r"Authority|Service)\s+(?:of|for)\s+(?:the\s+)?$", re.I)


# A document a title is the plan or programme for: "... for the Implementation of the Strategy for ...",
# «... по реализации Стратегии ...»
# ("Terms of Reference for the preparation of the 2nd Additional Protocol": the protocol being prepared, too)
_IMPLEMENTED = re.compile(r"\b(?:[Ii]mplementation|[Ee]xecution|[Pp]reparation|[Ee]laboration|[Nn]egotiation|"
                          r"[Dd]rafting)\s+of\s+(?:the\s+)?(?=(?:[A-Z][\w-]*\s+|\d{1,2}(?:st|nd|rd|th)\s+){0,4}?"
                          + EN_HEAD + r"\b)|"
                          r"\b(?:реализаци|выполнени|исполнени|осуществлени|подготовк|разработк)\w*\s+(?=" + DOC_NOUN
                          + r")")


def _implemented(surface: str) -> tuple[int, str] | None:
    """Where the document a title implements starts in it, and its words to the title's end."""
    m = _IMPLEMENTED.search(surface, 1)
    if m is None or not (surface[m.end():m.end() + 1].isupper() or surface[m.end():m.end() + 1].isdigit()):
        return None
    return m.end(), surface[m.end():]


def _shared_draft(prev: DocumentFact, d: DocumentFact) -> None:
    """A plural «проекты» heads every title of its list: «одобрены проекты Доклада … и Программы …» names two
    drafts."""
    if d.title.endswith("(draft)") or d.entity is not None or d.symbol or not prev.title.endswith("(draft)") \
            or not re.match(r"(?i)проекты\s", prev.surface):
        return
    d.title, d.aliases = title_and_aliases("проект " + d.surface)


# A line break before a capital or a digit starts another line of the page: a headline's next line, a dateline
_NEW_LINE = re.compile(r"\s*\n\s*(?=[A-ZА-ЯЁ\d«\"“])")


def _one_line(raw: str, rx: re.Pattern) -> str:
    """The line of a match that holds the title ("... в сфере связи | МОСКВА, 4 мая", "Teaser | Joint Statement")."""
    if "\n" not in raw:
        return raw
    lines = _NEW_LINE.split(raw)
    return next((line for line in lines if rx.search(line)), lines[0])


# A lower-case agreement with an infinitive of purpose is an understanding to act, not a text
_AGREED_TO_ACT = re.compile(r"agreement\b[^.;:]*?\bto\s+(?!(?:the|a|an|this|that|its|their)\b)[a-z]+\b")


# An infinitive of writing before a lower-case genre: the document is a task for later
_TO_BE_WRITTEN = re.compile(r"(?:\bto\s+(?:draft|prepare|develop|elaborate|write|produce)|"
                            r"разработать|подготовить|составить)\s+(?:(?:a|an|the)\s+)?$", re.I)


# The making of a document not yet named, by a noun of making and the indefinite article
_TO_BE_MADE = re.compile(r"\b(?:development|drafting|elaboration|preparation|creation|design|formulation)\s+of\s+an?\s+$",
                         re.I)


def _state_of(mt) -> str | None:
    if mt.type in ("state", "state-adjective") and mt.entity is not None:
        return mt.entity.state
    if mt.type == "agency":
        return mt.state or (mt.entity.state if mt.entity is not None else None)
    return None


def _proposer(si: SentenceInfo, start: int, end: int) -> str | None:
    """The state that presented the document: the agent after it ("a concept paper presented by Kenya",
    «проект, внесенный российской стороной»), else the last state, its adjective ("Российская делегация") or a
    body of that state named before the title in the sentence."""
    agent = PRESENTED_AFTER.match(si.sentence.text[end:])
    if agent:
        for mt in sorted(si.mentions, key=lambda x: x.start):
            rel = mt.start - si.sentence.start
            if end + agent.end() <= rel <= end + agent.end() + 30 and _state_of(mt):
                return _state_of(mt)
    by = None
    for mt in sorted(si.mentions, key=lambda x: x.start):
        if mt.start - si.sentence.start >= start:
            break
        by = _state_of(mt) or by
    return by


def headline_title(headline: str | None) -> str | None:
    """The title of the document a headline names ("Joint Statement on the Inaugural ... Dialogue"): the name of
    the statement the text says follows."""
    if not headline:
        return None
    russian = is_cyrillic(headline)
    m = (RU_DOC if russian else EN_DOC).search(headline)
    surface = trim_tail(trim_lead(m[0].strip(" ,"))) if m else ""
    if len(surface.split()) < 2:
        return None
    return (title_and_aliases(surface) if russian else title_and_aliases_en(surface))[0]

