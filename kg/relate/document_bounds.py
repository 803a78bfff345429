"""Where a title found by its head starts and ends.

A title starts at its head or the modifiers agreeing with it, not at the verb or participle that governs it
(«задач, поставленных Стратегией ...»). It ends at a verb, a relative clause, a clause after a comma, a noun in
another case after «и», a coordination that starts a second title, a recipient («... председателю комитета»,
"to the Chair of ..."), a participle of an earlier act ("agreed between ..."), the subject of a sentence run on
with no stop («... связи | Министр связи выразил ...»), a dateline, or where its line ends. Finding titles is
kg/relate/documents.py.
"""

from __future__ import annotations

import re

from kg.nlp.morph import parses
from kg.nlp.text import is_cyrillic
from kg.relate.document_titles import COMPLEMENT_START_EN

# Head nouns of English titles, capitalised: "Convention on Cybercrime", "Permanent Council Decision No. 1039".
EN_HEAD = (r"(?:Agreement|Statement|Declaration|Plan|Memorandum(?:\s+of\s+Understanding)?|Protocol|Concept|Programme|"
           r"Program|Resolution|Decision|Convention|Report|Treaty|Charter|Strategy|Call|Act|Arrangement|Toolkit|"
           r"Roadmap|Code of Conduct|Guidelines|Rules of Procedure|Terms of Reference|Regulations|Framework|"
           r"Position|Communiqu[eé]|Work Plan|Concept Paper|Position Paper|Conclusions|Principles|Joint\s+Communication|"
           r"Guidance\s+Note|Law(?=\s+(?:on|of)\s)|Non-Paper|Handbook|Manual|Toolbox|Letter\s+of\s+Intent|Compendium|Pact|Compact|"
           # a set of measures is one document: "Initial Set of OSCE Confidence-Building Measures to ..."
           r"Set\s+of\s+(?:[\w-]+\s+){0,3}(?:Measures|Norms|Principles|Recommendations))(?![\w-])")


def trim_lead(surface: str) -> str:
    """Drop leading words that are not modifiers of the title ("развитие профильного ..." -> "профильного ...",
    "поставленных Стратегией ..." -> "Стратегией ...")."""
    words = surface.split(" ")
    while len(words) > 1:
        w = words[0]
        if re.match(r"(?i)проект|draft|the\b", w) or re.match(DOC_NOUN, w):
            break
        tag = parses(w)[0].tag if is_cyrillic(w) else None
        if tag is not None and tag.POS == "PRTF" and not _agrees(w, words[1]):
            words = words[1:]  # a participle that governs the title: "задач, поставленных Стратегией ..."
            continue
        if tag is None or tag.POS in ("ADJF", "PRTF") or (
                re.fullmatch(r"[А-ЯЁ][а-яё]+(?:ую|ая|ой|ий|ый|ое|ие|ые|ого|ей)", w)
                and not (tag.POS == "NOUN" and parses(w)[0].is_known)):
            break  # a capitalised adjective the dictionary may not know: "Астанинскую декларацию" (not «Россией»)
        words = words[1:]
    return " ".join(words)


def _agrees(modifier: str, word: str) -> bool:
    """A Russian modifier agrees with the next word in case, number and (singular) gender in some reading
    ("действующей программы"; not "поставленным Стратегией")."""
    def forms(w: str) -> set[tuple]:
        out = set()
        for p in parses(w.strip(",«»")):
            if p.tag.case:
                gender = p.tag.gender if p.tag.number == "sing" else None
                out.add((p.tag.case, p.tag.number, gender))
        return out

    # case, number and (in the singular) gender: "поставленным Стратегией" agree in case only
    return any(cm == cw and nm == nw and (gm is None or gw is None or gm == gw)
               for cm, nm, gm in forms(modifier) for cw, nw, gw in forms(word))


_STOP_EN = re.compile(r"\s(?:on\s+[\w-]+['’]s\s+behalf|on\s+behalf\s+of|remain(?:s|ed)?|became|becomes|"
                      r"and(?=\s+(?:the|a|an|its|their|his|her)\s+[a-z]|\s+[a-z]+ed\b|"
                      # a finite verb with its object: "... to Cyber Security and reflects the commitment"
                      r"\s+[a-z]+s\s+(?:the|a|an|its|their)\b)|as\s+well\s+as|"
                      # a verb that tells what the document does: "... cyber security confirms that ..."
                      r"(?:confirms|reaffirms|provides|envisages|establishes|aims|lays|opens|covers|includes|marks|"
                      r"reflects|represents|allows|enables|underlines|stipulates|outlines|seeks|sets)\b|which|that|who|whose|was|were|is|are|has|have|had|will|would|said|says|"
                      r"approved|adopted|signed|presented|itself|in\s+which|on\s+\d|"
                      # "... protocols on Friday", "... on the sidelines of the meeting": when and where it was done
                      r"on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|"
                      r"on\s+the\s+(?:sidelines|margins)\s+of|in\s+the\s+presence\s+of|"
                      r"at\s+the\s+(?:end|close|conclusion|opening)\s+of|during\s+(?:the|a|an|his|her|their|its)\b|at\s+a|as\s+(?:a|an|the|its|their)|calling|"
                      r"to\s+be|to\s+date|so\s+far|thus\s+far|"
                      # an infinitive of purpose: "a framework for collaboration on cyber security | to promote ..."
                      r"to\s+(?:promote|strengthen|enhance|foster|facilitate|support|ensure|improve|advance|deepen|"
                      r"expand|boost|increase|develop|build|address|help|encourage)\b|"
                      # "Decision No. 1039 in 2012", "the report by consensus": when and how, not the title
                      r"in\s+(?:19|20)\d{2}|by\s+consensus|by\s+(?:a\s+)?(?:recorded\s+)?vote|without\s+a\s+vote|"
                      # a participle of an earlier act with its agent, place or time: "... agreed between the Prime
                      # Ministers during ...", "... concluded by the ministers"
                      r"(?:agreed|concluded|reached|endorsed|issued|released|launched|announced|published|drafted|"
                      r"prepared|developed|elaborated|negotiated|finali[sz]ed)\s+(?:between|by|at|during|in|on|upon|"
                      r"with|among|last|earlier)|"
                      # a recipient: "... handed a copy of the draft Convention to the Chair of the Committee"
                      r"to\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}?(?:Chair(?:man|person|woman)?|Co-Chairs?|President|"
                      r"Secretary|Minister|Director|Ambassador|Head|Representative|Commissioner)s?)\b")
# A new sentence run on with no stop (a headline flattened into the body): a capitalised participle after a
# lower-case word or a number ("... meeting October 2021 | Having gathered virtually ..."; not "on Combating"),
# or a dated dateline ("... Cyber Dialogue | 03.06.2024 The statement ...").
_RUN_ON_EN = re.compile(r"(?<=\s)(?!(?:on|of|for|to|and|or|the|in|by|with|against|at|from|an?)\b)"
                        r"(?:[a-z][\w-]*|\d[\d/.–-]*)(?P<end>)\s+[A-Z][a-z]+ing\b|"
                        r"(?P<start>)\s\d{1,2}\.\d{1,2}\.(?:19|20)\d{2}\b|"
                        # a preamble's participle opens a sentence after any word: "... Dialogue | Having met ..."
                        r"(?P<opener>)\s(?:Having|Being|Recalling|Noting|Reaffirming|Welcoming|Recogni[sz]ing|"
                        r"Acknowledging|Stressing|Underlining|Emphasi[sz]ing)\b")
# In a title's complement, "and with ..." or "and the Istanbul Convention" starts a second title, while
# "and the Fight against Cybercrime" goes on with the first.
# ("security of and in the use of ICTs": "and" right after a preposition coordinates two prepositions)
_SECOND_TITLE_EN = re.compile(r"(?<!\bof)(?<!\bon)(?<!\bin)(?<!\bto)(?<!\bfor),?\s+and\s+(?:(?:with|to|in|for|at|by|under)\s+|"
                              # "... Cooperation and Plan of Action 2020-2025": a bare head starts one too
                              r"(?:the\s+)?(?=(?:[A-Z][\w'’.-]*\s+){0,5}" + EN_HEAD + r"\b))")
# Where a complement in capitals gives way to a phrase with an article and lower-case words: "Protocol on
# Cyber Hygiene | on the agenda of ...", "Statement of the Chair | at the close of the meeting", "Plan of Action
# 2020-2025 | for a deeper partnership"; a complement already in lower case goes on ("... on cooperation in the
# field of ...").
_STYLE_SHIFT_EN = re.compile(r"\s(?:on|of|for|to|in|at|from|with|by|during|after|before|under)\s+"
                             # a period is the title's own: "... for the period up to 2030"
                             r"(?:the|a|an|its|their)\s+(?![a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}\s+(?:19|20)\d{2})[a-z]")
_FUNCTION_EN = {"on", "of", "for", "to", "in", "at", "from", "with", "by", "and", "or", "the", "a", "an", "between",
                "against", "concerning", "regarding", "its", "their"}


_HEAD_EN = re.compile(r"\b" + EN_HEAD)


def _capitals_end(surface: str) -> str:
    """The title up to where its capitalised complement gives way to a lower-case phrase with an article."""
    head = _HEAD_EN.search(surface)  # "Terms of Reference | for the preparation …": the head's own "of" is no complement
    complement = COMPLEMENT_START_EN.search(surface, head.end() - 1 if head else 0)
    shift = _STYLE_SHIFT_EN.search(surface, complement.start()) if complement else None
    if shift is None:
        return surface
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", surface[complement.start() : shift.start()])
             if w.lower() not in _FUNCTION_EN]
    return surface[: shift.start()] if words and all(w[:1].isupper() for w in words) else surface
_DOC_START = re.compile(r"(?:[Пп]роект\w*|Соглашени|соглашени|Заявлени|[Дд]екларац|[Пп]лан|[Мм]еморандум|[Пп]ротокол|Инициатив|"
                        r"[Кк]онцепц|[Дд]оговор|[Рр]езолюц|Конвенц|Программ|Регламент|Положени|Правил|Кодекс)")


def _declined(words: list[str]) -> str:
    """The last word of `words` that shows its case: an abbreviation («РФ», «ООН») does not, so «правительством
    РФ и правительством Кубы» compares the two «правительством»."""
    for w in reversed(words):
        bare = w.strip(",;«»\"()")
        if not re.fullmatch(r"[А-ЯЁA-Z]{2,}", bare):
            return w
    return words[-1]


def _changes_case(before: str, after: str) -> bool:
    """Two nouns joined by "и" in different cases belong to different phrases."""
    a, b = before.strip(",;«»\"()"), after.strip(",;«»\"()")
    if not b or not re.match("[а-яё]", b):
        return False
    # the likelier reading of the first against every reading of the second: "кадастра и картографии" share the
    # genitive though dative is likelier for "картографии"; "до 2025 года и подготовку" do not
    first = parses(a)[0].tag
    cases_b = {p.tag.case for p in parses(b) if p.tag.POS == "NOUN" and p.tag.case}
    return first.POS == "NOUN" and bool(first.case) and bool(cases_b) and first.case not in cases_b


_PREPOSITIONS_RU = {"в", "во", "на", "о", "об", "по", "с", "со", "к", "ко", "за", "от", "до", "для", "между", "при",
                    "через", "против", "про", "под", "над", "из", "у"}


def _starts_own_phrase(word: str, previous: list[str]) -> bool:
    """A lower-case noun or adjective that can only be nominative or accusative, with no preposition or number
    before it, is not a complement of the title: "Регламентом Совета | следующее заседание пройдет ..."."""
    if any(w.strip(",«»\"()").lower() in _PREPOSITIONS_RU or re.search(r"\d", w) for w in previous):
        return False
    if previous and (previous[-1].strip("«»\"()").lower() in ("и", "или") or previous[-1].endswith(",")):
        return False  # a list inside the title: "… за справедливый мир, гармонию и развитие"
    readings = [p for p in parses(word) if p.tag.POS in ("NOUN", "ADJF", "PRTF")]
    return bool(readings) and all(p.tag.case in ("nomn", "accs") for p in readings)


def _new_subject(word: str, previous: str, following: str, before_previous: str = "") -> bool:
    """A capitalised word that can only be nominative, right after the title's last complement, is the subject of
    a sentence run on with no stop ("... в области связи | Министр связи выразил ..."); not a pair's member
    («Россия – СНГ») or a quoted name."""
    if not re.fullmatch(r"[А-ЯЁ][а-яё]+", word) or following in ("–", "—", "-") or previous.endswith(",") \
            or previous.strip("«»\"()").lower() in _PREPOSITIONS_RU | {"и", "или", "–", "—", "-"}:
        return False
    if parses(previous.strip("«»\"()"))[0].normal_form in _STATE_FORMS or (
            previous[:1].isupper() and parses(before_previous.strip("«»\"()"))[0].normal_form in _STATE_FORMS):
        return False  # a name in apposition: «Республикой Венесуэла», «Королевства Саудовская Аравия»
    readings = [p for p in parses(word) if p.tag.POS in ("NOUN", "ADJF", "PRTF")]
    return bool(readings) and all(p.tag.case == "nomn" for p in readings)


_STATE_FORMS = {"республика", "королевство", "федерация", "государство", "княжество", "султанат", "штат", "провинция",
                "содружество", "союз", "город", "остров", "эмират"}


# Nouns whose complement is a bare dative: "о противодействии терроризму", "содействия развитию", "о предоставлении
# грантов университетам" (a noun of giving, its recipient two words on)
_GOVERN_DATIVE = {"противодействие", "содействие", "помощь", "угроза", "ущерб", "вред", "препятствие", "приверженность",
                  "обучение", "отпор", "сопротивление"}
_OF_GIVING = {"предоставление", "передача", "оказание", "выделение", "выдача", "направление", "поставка"}


def _recipient(word: str, previous: str, before_that: str = "") -> bool:
    """A noun that can only be dative, right after a noun that does not govern the dative: the recipient of the
    act, not part of the title ("проекта конвенции председателю ...", "передала Соглашение Секретариату")."""
    bare, prev = word.strip(",;«»\"()"), previous.strip(",;«»\"()")
    if not re.search(r"(?:у|ю|е|и|ам|ям)$", bare.lower()) or not is_cyrillic(bare) or previous.endswith(","):
        return False  # no dative ending
    nouns = [p for p in parses(bare) if p.tag.POS == "NOUN"]
    if not nouns or any(p.tag.case != "datv" for p in parses(bare)):
        return False
    before = parses(prev)[0]
    giving = bool(before_that) and parses(before_that.strip(",;«»\"()"))[0].normal_form in _OF_GIVING
    return before.tag.POS == "NOUN" and before.tag.case != "datv" and not giving and \
        before.normal_form not in _GOVERN_DATIVE | _OF_GIVING


# A dateline run into a headline: "... данных | МИНСК /БЕЛТА/", "| ДУШАНБЕ, 22.08.2020", "| NEW YORK — ..."
_DATELINE = re.compile(r"\s[A-ZА-ЯЁ][A-ZА-ЯЁ-]{2,}(?:\s[A-ZА-ЯЁ][A-ZА-ЯЁ-]{2,})?(?:,\s*\d|\s*/|\s+[—–]\s)")


_WEEKDAY_RU = re.compile(r"(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)\b", re.I)


def trim_tail(surface: str) -> str:
    """End the title before a verb, a relative clause or the next item of a list."""
    dateline = _DATELINE.search(surface)
    surface = surface[: dateline.start()] if dateline else surface
    if not is_cyrillic(surface):
        cut = _STOP_EN.search(surface)
        surface = surface[: cut.start()].rstrip(" ,") if cut else surface
        run_on = _RUN_ON_EN.search(surface)
        surface = surface[: run_on.end("end") if run_on["end"] is not None else run_on.start()] if run_on else surface
        surface = surface.rstrip(" ,")
        complement = COMPLEMENT_START_EN.search(surface)
        second = _SECOND_TITLE_EN.search(surface, complement.end()) if complement else None
        surface = _capitals_end(surface[: second.start()].rstrip(" ,") if second else surface)
        # "the following joint statement", "A GFCE Strategy": an article and a pointing word are not the title's
        return re.sub(r"^(?:the|The)\s+|^(?:an?|An?)\s+(?=\S+\s)|^(?:following|above|present|said|this|that)\s+", "",
                      surface)
    words = surface.split(" ")
    head_at = next((j for j, w in enumerate(words) if re.match(DOC_NOUN, w) or re.match("[Пп]роект", w)), None)
    out: list[str] = []
    quoted = 0  # inside «...»: the words are a quoted name's own («Защита данных: опыт Беларуси»)
    for i, w in enumerate(words):
        bare = w.strip(",;«»\"()")
        if quoted > 0 or (w.startswith("«") and i > 0):
            quoted += w.count("«") - w.count("»")
            out.append(w)
            continue
        if i > 0 and out[-1].endswith(",") and _DOC_START.match(bare):
            out[-1] = out[-1].rstrip(",")
            break
        head = i if head_at is None else head_at
        if i >= head + 2 and _new_subject(w, words[i - 1], words[i + 1] if i + 1 < len(words) else "",
                                          words[i - 2] if i >= 2 else ""):
            break
        if i >= 1 and bare == "по" and i + 1 < len(words) and words[i + 1] == "итогам":
            break  # "коммюнике министров | по итогам встречи": when the text was issued, not its name
        if i >= 1 and bare in ("в", "во") and i + 1 < len(words) and _WEEKDAY_RU.match(words[i + 1]):
            break  # "подписали протоколы | в четверг в Пскове": when it was done, not the title's
        if i >= 1 and bare == "на" and i + 1 < len(words) and re.match(
                r"(?:рассмотрение|утверждение|подписание|согласование|одобрение)\b", words[i + 1]):
            break  # "проект программы | на рассмотрение Совета …": what it is sent for, not its name
        if i >= 1 and _recipient(bare, words[i - 1], words[i - 2] if i >= 2 else ""):
            break  # "копию проекта конвенции | председателю комитета ...": to whom, not the title's
        if i >= 1 and bare and re.match("[а-яё]", bare):
            tag = parses(bare)[0].tag
            # a verb, an adverb or particle ("Резолюцией также"), or the subject of the clause right after the
            # genre word ("В Декларации государства-члены ...") ends the title
            subject = i == 1 and tag.POS == "NOUN" and tag.case == "nomn" and re.match(DOC_NOUN, words[0])
            if bare == "и" and 0 < i < len(words) - 1 and _changes_case(_declined(words[:i]), words[i + 1]) \
                    and words[i + 1].lower() not in {x.lower() for x in words[:i]}:
                # (the same word form again coordinates: «между правительством РФ и правительством Лаоса»)
                break  # "... на период до 2025 года и подготовке к ...": another phrase, not the title's
            # a clause after a comma: "..., подготовленный в развитие ...", "..., поскольку ..."
            clause = out[-1].endswith(",") and tag.POS in ("PRTF", "CONJ", "ADVB", "GRND")
            # unless the participle agrees with the noun before the comma and not with the head: it tells of that
            # noun («... с преступлениями, совершаемыми с использованием ...»), not of the document
            clause = clause and not (tag.POS == "PRTF" and head_at is not None and i > head_at + 1
                                     and _agrees(bare, out[-1].rstrip(",")) and not _agrees(bare, words[head_at]))
            # a past passive participle that modifies no noun after it, even with no comma: "... в сфере связи
            # заключенном между министерствами" (not "о согласованных мерах")
            clause = clause or (tag.POS == "PRTF" and {"pssv", "past"} <= tag.grammemes
                                and not (i + 1 < len(words) and _agrees(bare, words[i + 1])))
            clause = clause or (i >= head + 2 and _starts_own_phrase(bare, words[max(head + 1, i - 4) : i]))
            # a subordinating conjunction («как», «что», «поскольку»), unlike «и»/«или», starts another clause
            clause = clause or (tag.POS == "CONJ" and bare not in ("и", "или", "либо"))
            # a noun that can only be nominative after a comma is the next clause's subject: «в заявлении
            # председателя, | министры поддержали ...»
            clause = clause or (out[-1].endswith(",") and tag.POS == "NOUN" and all(
                p.tag.case == "nomn" for p in parses(bare) if p.tag.POS == "NOUN"))
            if tag.POS in ("VERB", "INFN", "PRTS", "ADVB", "PRCL") or subject or clause or bare.startswith("котор") or (
                    bare in ("и",) and i + 1 < len(words) and
                                                       parses(words[i + 1].strip(","))[0].tag.POS
                                                       in ("VERB", "INFN", "PRTS")):
                break
        out.append(w)
    title = " ".join(out).rstrip(" ,")
    if title.count("»") > title.count("«"):  # «… подписаны Соглашение … годы», — сообщили: the quote's end
        title = re.sub(r"[\s,]*»[\s,—–-]*$", "", title)
    return title


DOC_NOUN = (r"([Сс]оглашени|Заявлени|заявлени|[Дд]екларац|[Пп]лан|[Мм]еморандум|[Пп]ротокол|[Кк]онцепц|[Пп]рограмм|[Рр]езолюц|Конвенц|"
            r"[Дд]оговор|Устав|Стратеги|Основ|Инициатив|[Дд]окумент|Регламент|Положени|Правил|Рекомендаци|Закон|Решени|[Пп]овестк|"
            r"[Кк]оммюнике|[Дд]орожн|[Мм]одальност|Кодекс|[Дд]оклад|[Пп]акт|Харти|инициатив|Доктрин)")


def plural_topic(surface: str) -> bool:
    """A lower-case genre word in the plural with no «проект» before it is a topic, not a title: «обсуждения планов и
    задач», «по заявлениям самих участников»."""
    words = surface.split(" ")
    at = next((i for i, w in enumerate(words) if re.match(DOC_NOUN, w)), None)
    if at is None or not words[at][:1].islower() or any(re.match("(?i)проект", w) for w in words[:at]):
        return False
    if at + 1 < len(words) and words[at + 1] in ("о", "об"):
        return False  # «подписание документов о вступлении ...»: documents named by their subject
    nouns = [p for p in parses(words[at].strip(",«»\"()")) if p.tag.POS == "NOUN"]
    return bool(nouns) and all(p.tag.number == "plur" for p in nouns)


_PREPOSITION_EN = {"of", "on", "for", "to", "in", "between", "against", "concerning", "regarding"}


def before_cut_word(surface: str) -> str:
    """A title cut mid-word where the page ends, without the complement that holds the cut word ("draft resolution
    of the First Committee | of the 80th sessi"); empty when the cut word is the head's own complement with no
    preposition («новый план | сотрудничес»): what is left names no document."""
    words = surface.split(" ")
    last = words[-1]
    if last.lower() in _PREPOSITIONS_RU | _PREPOSITION_EN:
        return ""  # «… (NIA); Меморандум о»: the page ends right after the head's preposition
    if is_cyrillic(last) and any(p.is_known for p in parses(last)):
        return surface  # a whole word: the page ends with no stop, the title is not cut
    if not is_cyrillic(last) and not last[:1].islower():
        return surface
    prepositions = _PREPOSITIONS_RU | _PREPOSITION_EN
    at = next((i for i in range(len(words) - 2, 0, -1) if words[i].lower() in prepositions), None)
    return " ".join(words[:at]) if at is not None else ""

