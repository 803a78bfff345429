"""What happened to a document at the meeting: basis, signed, adopted, presented or referenced.

The role comes from the verb or noun that governs the title in its clause: a verb right before it
("подписали Соглашение", "CERT NZ presented a draft ...") or a passive right after it in the same clause
("the Protocol was opened for signature"), unless modal, future, an act done earlier ("принятой в 2019 году",
"adopted earlier") or another event's act told in a relative clause ("the summit that adopted ..."); basis from
a verb of setting up that governs the title ("учреждена резолюцией", "образованной в соответствии с
Соглашением", "established in 2017 by resolution ...", "provided for by"), never from "в соответствии с" alone.
Kept apart from finding titles (kg/relate/documents.py) because the same cues serve every kind of document.
"""

from __future__ import annotations

import re

from kg.nlp.morph import parses

# Basis: the forum was set up under the document. A verb of setting up governs the title, directly
# ("учреждена резолюцией") or through a preposition ("образованной в соответствии с подписанным накануне
# Соглашением", "established in 2017 by resolution ...", "provided for by the ... Agreement"); "в развитие",
# "under their Agreement" and "pursuant to" say the same of a forum. "В соответствии с пунктом 4.2 Положения"
# alone is procedure, not a founding.
_SETTING_UP = (r"(?:учрежд\w+|созда\w+|образова\w+|сформирова\w+|established|set up|created|founded|formed|launched|instituted|"
               r"mandated|provided for)")
# A verb of setting up, to find which body the document set up (kg/relate/document_references.py)
SETTING_UP = re.compile(r"\b" + _SETTING_UP + r"\b", re.I)
_BASIS = re.compile(
    _SETTING_UP + r"\s+(?:[\w,]+\s+){0,3}?(?:в развитие|на основе|на основании|в соответствии с|согласно|under|by|"
    r"pursuant to|in accordance with|in line with)\s+(?:\S+\s+){0,3}$|"
    r"(?:учрежден|создан|образован)[аоы]?\s+(?:\S+\s+){0,1}$|"
    # the forum comes out of the document: "The Dialogue flows from the Framework ...", «Диалог вытекает из ...»
    r"\b(?:flows?|flowed|stems?|stemmed|derives?|derived|springs?|sprang)\s+from\s+(?:\S+\s+){0,1}$|"
    r"(?:вытека\w+|проистека\w+)\s+из\s+(?:\S+\s+){0,1}$|"
    r"в развитие\s+(?:\S+\s+){0,2}$|"
    r"(?:hold|holds|held|meet|meets|met|operate[sd]?|work(?:s|ed)?|convened?|conduct(?:s|ed)?)\s+"
    r"(?:[\w,]+\s+){0,3}?(?:under their|under the|under its)\s+(?:auspices\s+of\s+(?:the\s+)?)?(?:\S+\s+){0,1}$|"
    r"pursuant to\s+(?:\S+\s+){0,1}$|"
    # "held ..., as set out under the Trade and Cooperation Agreement": the meeting takes place under it
    r"\bas\s+(?:set\s+out|provided(?:\s+for)?|foreseen|envisaged|stipulated|laid\s+down|mandated)\s+(?:in|under|by)\s+"
    r"(?:\S+\s+){0,1}$|"
    # "The dialogue is a forum for implementing the framework ..."
    r"\b(?:forum|mechanism|platform|vehicle)\s+for\s+(?:implementing|(?:the\s+)?implementation\s+of)\s+(?:\S+\s+){0,1}$|"
    # "Консультации проводятся в соответствии с Соглашением": the talks themselves stand on it
    r"(?:проводят\w*|проводил\w*|проводи\w*|действу\w*|работа\w*|функциониру\w*)\s+(?:[\w,]+\s+){0,2}?"
    r"(?:в соответствии с|на основе|на основании|согласно)\s+(?:\S+\s+){0,1}$", re.I)
# A document drafted on another ("проект ..., подготовленный в развитие действующей программы") rests on it;
# no forum was set up.
_DRAFTED_ON = re.compile(r"(?:подготовлен|разработан|prepared|drafted|developed|written)\w*\s+(?:\S+\s+){0,2}$", re.I)
# A modal, a future or an infinitive of purpose ("the expert group to agree on the draft"): no act yet
_MODAL = re.compile(r"(могут|может|мог\w*|будут|будет|планиру\w*|намерен\w*|намечен\w*|предстоит|готов\w*|"
                    r"would|will|could|may|might|plan\w*|intend\w*|expect\w*|to be|ready to|\bto)\s+(?:\w+\s+){0,2}$",
                    re.I)
# Signed at this meeting: a finite verb or a short passive ("подписали", "был подписан", "were signed"), or
# the noun when the text says the signing took place. A full participle ("Соглашение, подписанное в 2009 году",
# "the agreement signed in 2010") describes an earlier signing: that is a reference.
_SIGNED = re.compile(r"(подписал[аи]?\b|подписан[аоы]?\b|скрепил[аи]?\s+(?:\w+\s+)?подпис\w+|"
                     # the signatures or the signed copies as the verb's object: «поставили подписи под …»,
                     # «обменялись подписанными экземплярами …», "put their signatures to", "exchanged signed copies of"
                     r"постав\w+\s+(?:\w+\s+)?подпис\w+\s+под\b|обменял\w*\s+(?:\w+\s+)?подписанн\w+\s+"
                     r"(?:экземпляр|текст|копи)\w*|\bput\s+(?:\w+\s+)?signatures?\s+(?:to|on)\b|"
                     r"\bexchanged\s+(?:the\s+)?signed\s+(?:copies|texts|instruments)\s+of\b|"
                     # "concluded an Arrangement on ...": only with the title as its object
                     r"\bconcluded\s+(?:an?|the|their)\s+(?:\S+\s+){0,2}$|заключил[аи]?\b|заключен[аоы]?\b|(?:состоял\w*|прошл\w*|по итогам|в ходе|церемони\w*)\s+"
                     r"(?:\w+\s+){0,2}подписани\w*|\b(?:signed|inked)\b(?!\s+(?:in|on)\s+(?:\d|(?-i:[A-Z])))|signing ceremony|"
                     # a finite passive is the act told, also with where or when ("was signed in Jakarta", "were
                     # signed on 3 May"); a year after it tells of an earlier one
                     r"(?:(?<=\bwas\s)|(?<=\bwere\s)|(?<=\bbeen\s))signed\b"
                     r"(?!\s+(?:in|on)\s+(?:(?:\d{1,2}\s+)?[A-Za-z]+\s+(?:\d{1,2},?\s+)?)?(?:19|20)\d\d)|"
                     # the act as a noun or gerund with its object: "welcomed the signing of a memorandum", "by
                     # signing a headquarters agreement"
                     r"\bsigning\b(?=\s+(?:of\s+)?(?:a|an|the|this|these|its|their)\b)|"
                     r"(?:стал[оаи]?|явил\w+)\s+(?:\w+\s+){0,1}подписани\w*(?:\s+\w+){0,2}\s*$|opened for signature|открыт[аоы]?\s+для\s+подписания|(?:начал\w*|заверши\w*)\s+(?:с\s+)?подписани\w*)", re.I)
# Finite verbs, short passives and the noun; a full participle ("резолюция, принятая в 2019 году") describes
# an earlier act.
# «приняли к сведению» takes note of a text, as "took note of" does: no adoption
_ADOPTED = re.compile(r"(принял[аи]?\b(?!\s+к\s+сведению)|приняли(?!\s+к\s+сведению)|принят[аоы]?\b(?!\s+к\s+сведению)|приняти[еяю]|утвердил[аи]?\b|утвержден[аоы]?\b|"
                      r"утверждени[еяю]|одобрил[аи]?\b|одобрен[аоы]?\b|одобрени[еяю]|"
                      # agreeing a text adopts it: "согласовали проект ...", "agreed the draft ..."
                      r"согласовал[аи]?\b|согласован[аоы]?\b|agreed(?:\s+(?:on|upon))?(?=\s+(?:the|a|an|its|their)\s)|"
                      r"adopt(?:ed|ing|s)\b|approv(?:ed|ing)|endors(?:ed|ing)|revis(?:ed|ing)|issued|released|"
                      # the meeting drew the text up: "the participants formulated guidelines on ..."
                      r"formulated|finali[sz]ed|validated|"
                      # the act as a noun: "the approval of the draft Strategy", "the launch of the 2024-28 Strategy"
                      r"\b(?:adoption|approval|endorsement|launch)\s+of\b|"
                      # a meeting report's list of decisions: "To adopt the workplan for 2021."
                      r"(?<=\bTo )(?:adopt|approve|endorse)\b)", re.I)
_PRESENTED = re.compile(r"(презентаци\w*|выступил\w*\s+с|презентова\w*|представил\w*|представлен\w*|внесл\w*|внесен\w*|предложил\w*|"
                        # a delegation handing its text round: «распространила концепцию», "circulated a non-paper"
                        r"распространил[аи]?\b|распространен[аоы]?\b|"
                        # handing its text to the other side or the chair: «передала … проект конвенции», "handed
                        # over a draft"
                        r"передал[аи]?\b|передан[аоы]?\b|вручил[аи]?\b|handed\s+over|transmitted|"
                        r"presented|presentation\s+(?:on|of)\b|introduc\w*|tabled|submitted|put forward|proposed|circulated|distributed|shared|"
                        r"briefed\s+(?:\w+\s+){0,3}on|"
                        # «проинформировала о Стратегии», "informed the meeting about its Strategy": the Russian
                        # and English "briefed on"
                        r"проинформировал[аи]?\s+(?:\w+\s+){0,2}?об?\b|ознакомил[аи]?\s+(?:\w+\s+){0,2}?с\b|informed\s+(?:\w+\s+){0,3}?about)", re.I)


# After the title: "resolution 73/27, by which the Assembly had established the Group", "резолюцией, которой
# учреждена Рабочая группа".
_BASIS_AFTER = re.compile(r"^\W{0,3}(?:by which|under which|which (?:established|set up|created)|котор\w+)\s+(?:\w+\s+){0,4}?"
                          r"(?:established|set up|created|учрежд\w+|созда\w+|образова\w+)|"
                          r"^\W{0,3}which (?:gave|gives|provides|provided)\s+(?:\w+\s+){0,3}(?:a\s+)?(?:formal\s+|legal\s+)?basis",
                          re.I)


# A relative clause right before the verb describes something else's act: "the summit that adopted ...".
_RELATIVE = re.compile(r"\b(?:that|which|who|котор\w+)\s+(?:[\w-]+\s+){0,3}$", re.I)
_NEXT_CLAUSE = re.compile(r"[;.!?](?:\s|$)|,\s+(?:and|but|while|whereas|и|а|но)\s")


# Between the verb of presenting and the title no other noun takes the title as its complement: "представила
# доклад о реализации Стратегии", "briefed members on the implementation of the Memorandum" present something else.
_COMPLEMENT_BETWEEN = re.compile(r"\b(?:of|on|about|under|о|об|по)\b", re.I)


# "adopted earlier in 2021", "ранее принятый", "adopted by the leaders last year": an act before this meeting
_EARLIER = re.compile(r"\b(?:earlier|previously|before|ранее|прежде|last\s+(?:year|month|week)|years?\s+ago|"
                      r"в\s+прошлом\s+(?:году|месяце))\b", re.I)
# An infinitive that opens the sentence in a list of decisions ("To adopt the agenda;")
_DECISION_ITEM = re.compile(r"(?:[^.;:]{0,40}:)?\W*To\s+")
# Before the act noun, a time still to come: "progress towards adoption of", "pending approval of"
_NOT_YET = re.compile(r"\b(?:towards?|pending|awaiting|for)\s+(?:the\s+)?$", re.I)
# After the verb, its own object: "..., approving the proposed recommendations" acts on those, not on the title
_OWN_OBJECT = re.compile(r"\s+(?:the|a|an|its|their|our)\b", re.I)
_PASSIVE_AUX = re.compile(r"\b(?:was|were|been|be|being|is|are|has|have|had)\b", re.I)
_INFINITIVE_RU = re.compile(r"[а-яё]+(?:ть|ти|чь)\b")


def _infinitive_between(between: str) -> bool:
    """A Russian infinitive between the verb and the title takes the title as its object: «принято решение
    рассмотреть … проект», «договорились подписать Соглашение»."""
    return any(p.tag.POS == "INFN" for w in _INFINITIVE_RU.findall(between.lower()) for p in parses(w)[:1])


_WORD_RU = re.compile(r"[а-яё]+")
# The act noun's own "of" ("the signing of", "the adoption of") is not another noun's complement, nor is a phrase of
# when or where ("подписали по итогам встречи Меморандум", "signed on the sidelines of the summit a ...")
_OWN_OF = re.compile(r"^\s*of\b", re.I)
_WHEN_WHERE = re.compile(r"\b(?:по\s+итогам|в\s+ходе|на\s+полях|по\s+окончании|on\s+the\s+(?:sidelines|margins)\s+of|"
                         r"at\s+the\s+(?:end|close)\s+of)\s+(?:the\s+)?\S+", re.I)
# After a comma, a past verb that governs what follows: "adopted the agenda, considered the draft ..."
_PAST_AFTER_COMMA_EN = re.compile(r",\s+(?:and\s+)?(?:considered|discussed|reviewed|examined|noted|heard|welcomed|took)\b")


def _other_predicate_between(between: str) -> bool:
    """Another predicate between the verb and the title after a comma («…, рассмотрен проект …»): the title is its
    object, not the first verb's."""
    if "," not in between:
        return False
    after_comma = between[between.index(","):]
    if _PAST_AFTER_COMMA_EN.search(after_comma):
        return True
    return any(p.tag.POS in ("VERB", "PRTS") for w in _WORD_RU.findall(after_comma.lower()) for p in parses(w)[:1])


# An object of the verb that is an act on the document: a decree approving it, a law ratifying it, a decision on
# signing it
_ACT_ON_IT = re.compile(r"\b(?:об?\s+(?:утверждени|ратификаци|присоединени|подписани|денонсаци|одобрени|исполнени|"
                        r"реализаци|применени)\w*|approving|ratifying|implementing|on\s+(?:the\s+)?(?:ratification|"
                        r"approval|implementation|signing)\s+of|"
                        # "endorsement of the Council's accession to the Convention": the accession is endorsed
                        r"(?:accession|ratification|implementation|application|withdrawal)\s+(?:to|of|from))\b", re.I)


# A preposition that makes a signing the setting or the purpose of another event: «в рамках церемонии подписания»,
# «площадкой для церемонии подписания», "on the sidelines of the signing ceremony", "ahead of the signing of"
_FRAME_OF_ANOTHER = re.compile(r"(?:\bв\s+рамках|\bдля|\bна\s+полях|\bнакануне|\bперед|\bв\s+преддверии|\bк|"
                               r"\b(?:sidelines|margins|eve)\s+of|\bahead\s+of|\bfor|\bbefore|\bwithin)\s+(?:the\s+)?$",
                               re.I)


_WINDOW_AFTER = re.compile(r".{0,50}\w*", re.S)


def _acted(rx: re.Pattern, before: str, after: str) -> bool:
    """The verb stands right before the title ("подписали Соглашение") or right after it
    ("Соглашение было подписано"), and is not modal or future ("могут быть подписаны") or earlier."""
    tail = before[-70:]
    for m in rx.finditer(tail):
        if _RELATIVE.search(tail[: m.start()]):
            continue  # "the 2022 summit that adopted the Declaration": another event's act
        if re.search(r"\b(?:and|и|but|а|но)\b", tail[m.end():]):
            continue  # "... adopted in 2015 and welcomed the accession to X": the verb governs something else
        if m[0].lower().endswith("ing") and not tail[m.end():].startswith(" of ") and not re.search(
                r"(?:\b(?:by|after|upon|on|in|while|when|of)|,)\s+$", tail[: m.start()]):
            continue  # "a decree approving the Agreement": the participle tells of the decree
        if re.match(r"(?i)церемони|signing", m[0]) and _FRAME_OF_ANOTHER.search(tail[: m.start()]):
            continue  # "a round table held within the signing ceremony": the signing frames another event
        if _COMPLEMENT_BETWEEN.search(_WHEN_WHERE.sub(" ", _OWN_OF.sub("", tail[m.end():]))):
            continue  # "одобрил доклад о ходе выполнения Плана": the verb's object is another noun, the title its complement
        if _other_predicate_between(tail[m.end():]):
            continue  # "согласовали проекты документов, рассмотрен проект Плана …": the nearer verb governs the title
        if _ACT_ON_IT.search(tail[m.end():]):
            continue  # "подписал указ об утверждении Соглашения": the decree is signed, not the agreement
        if _DECISION_ITEM.fullmatch(before[: len(before) - len(tail) + m.start()]):
            return True  # "To adopt the agenda;": an item of the decisions taken
        if _NOT_YET.search(tail[: m.start()]) or _infinitive_between(tail[m.end():]):
            continue  # "progress towards adoption of", «принято решение рассмотреть проект»: no act on the title
        if not _MODAL.search(tail[: m.start()]) and not _EARLIER.search(tail[max(0, m.start() - 12) : m.end() + 12]):
            return True
    after = _NEXT_CLAUSE.split(after, maxsplit=1)[0]  # "X, and members adopted Y": the verb is Y's
    # the first 50 characters to the end of a word: a cut «согласование» is no «согласован»
    m = rx.search(_WINDOW_AFTER.match(after)[0])
    if m and re.search(r"\b(?:and|и)\b", after[: m.start()]):
        return False  # "рассмотрели ход выполнения Программы и одобрили ...": the subject's next act
    if m and (m[0].lower().endswith("ing") or _OWN_OBJECT.match(after[m.end():])
              and not _PASSIVE_AUX.search(after[: m.start()])):
        return False  # "..., approving the proposed recommendations": the subject acts on something else
    if m and re.fullmatch(r"[\s,]*", after[: m.start()]) and _BY_ANOTHER.match(after[m.end():]):
        return False  # "the Final Report adopted by the General Assembly": a participle told of another's act
    return bool(m and not _MODAL.search(after[: m.start()])
                and not _EARLIER.search(after[max(0, m.start() - 10) : m.end() + 80]))


# An English participle's agent right after it ("... adopted by the UN General Assembly"), unless the act is placed at
# this meeting ("signed by the ministers at the meeting")
_BY_ANOTHER = re.compile(r"\s+(?:in|on)\s+(?:19|20)\d{2}\b|"  # "... Strategy adopted in 2020": a reduced relative's year
                         r"\s+by\s+(?![^.;]*\b(?:at|during|on\s+the\s+(?:sidelines|margins)\s+of)\s+(?:the|this|today['’]s)\s+"
                         r"(?:meeting|session|dialogue|consultations?|talks|summit|conference|sitting|round)\b)")


# A reminder opens a sentence about an earlier event: «Напомним, ...», "As previously reported, ..."
_REMINDER = re.compile(r"^\W{0,3}(?:напомним|напомина\w+|как\s+(?:уже\s+)?сообщал\w*|as\s+(?:previously|earlier)\s+"
                       r"reported|as\s+reported\s+(?:earlier|previously)|it\s+(?:will|should)\s+be\s+recalled|"
                       r"recall\s+that)\b", re.I)
# A tally to date tells how many have acted so far, not what was done at the meeting
_TALLY = re.compile(r"\b(?:на\s+сегодняшний\s+день|на\s+сегодня|на\s+данный\s+момент|к\s+настоящему\s+времени|"
                    r"to\s+date|so\s+far|thus\s+far)\b", re.I)
# The act told right after the title as earlier: «..., состоявшейся ранее в тот же день», "..., signed earlier"
_EARLIER_AFTER = re.compile(r"^\W{0,3}(?!(?:и|а|но|and|but)\b)(?:\w+\s+){0,2}?(?:ранее|накануне|earlier|previously)\b",
                            re.I)
# A participle of the act at this meeting: «декларации, принятой по итогам заседания», «..., подписанного в ходе
# встречи»; a full participle alone tells of an earlier act
_ACT_AT_MEETING = re.compile(r"^\W{0,3}(?:(?P<signed>подписанн)|принят|утвержденн|одобренн|согласованн)\w*\s+"
                             r"(?:по\s+итогам|в\s+ходе|на)\s+(?:\S+\s+){0,1}(?:заседани|встреч|саммит|"
                             r"переговор|совещани|сесси|консультаци)", re.I)


# The same participle set before its title when the phrase opens the clause: «Подписанный сторонами Меморандум …»,
# «Принятая по итогам встречи Декларация …»; inside another noun's complement («созвучны положениям принятой по
# итогам саммита Декларации») it tells of the document as background
_ACT_AT_MEETING_BEFORE = re.compile(r"(?:^|[,;:]\s*|\b(?:и|а)\s+)\W{0,3}(?:(?P<signed>подписанн)|принят|утвержденн|одобренн|согласованн)\w*\s+"
                                    r"(?:(?:по\s+итогам|в\s+ходе|на)\s+(?:\S+\s+){0,1}(?:заседани|встреч|саммит|"
                                    r"переговор|совещани|сесси|консультаци)\w*|сторонами|участниками)\s+$", re.I)


def document_role(text: str, rel_start: int, rel_end: int | None = None) -> str:
    """The role of the document written at [rel_start, rel_end) in the sentence `text`; an act told in a reminder,
    as a tally to date or as earlier is a reference."""
    role = _role(text, rel_start, rel_end)
    after = text[rel_end if rel_end is not None else rel_start :]
    if role in ("signed", "adopted", "presented") and (
            _REMINDER.search(text) or _TALLY.search(re.split(r"[;]", text[rel_start:])[0] + text[:rel_start])
            or _EARLIER_AFTER.search(after[:60])):
        return "referenced"
    return role


# A joint text of the sides, quoted as the source of what the text reports: the meeting's own outcome ("In a
# joint statement, both sides called ...", "..., a joint statement by the two Governments said", «говорится в
# совместном заявлении», «коммюнике по итогам встречи»)
_JOINT_TEXT = re.compile(r"(?i)^(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:joint\s+(?:statement|declaration|communiqu[eé])|"
                         r"chair(?:man|person)?['’]s\s+(?:statement|summary)|заявлени\w+\s+председател\w+|"
                         r"communiqu[eé]|совместн\w+\s+(?:заявлени|декларац|коммюнике)\w*|коммюнике)\b")
_QUOTED_BEFORE = re.compile(r"(?i)(?:^|[,;:]\s*|\b(?:and|but)\s+)(?:in|according\s+to)\s+(?:a|an|the|their|its)\s+$|"
                            r"(?:говорится|отмечается|подчеркивается|указывается|сказано)\s+в\s+$|"
                            r"(?:^|[,;:]\s*)(?:в|согласно)\s+$")
_QUOTED_AFTER = re.compile(r"(?i)^(?:\s+(?:by|of|from)\s+[^,.;:]{1,60}?)?,?\s+(?:has\s+|had\s+)?(?:said|says|stated|states|"
                           r"noted|notes|reads|read|added|adds)\b|"
                           r"^(?:\s+\S+){0,3}?\s+(?:говорится|отмечается|подчеркивается|указывается|сказано)\b|"
                           r"^\s+по\s+итогам\s+(?:встречи|заседания|переговоров|совещания|саммита|консультаций|"
                           r"диалога)\b")


def _joint_text_quoted(text: str, before: str, after: str) -> bool:
    return bool(_JOINT_TEXT.match(text)) and bool(_QUOTED_BEFORE.search(before[-40:]) or _QUOTED_AFTER.match(after))


def _role(text: str, rel_start: int, rel_end: int | None = None) -> str:
    before = text[:rel_start]
    after = text[rel_end if rel_end is not None else rel_start :]
    at_meeting = _ACT_AT_MEETING.search(after) or _ACT_AT_MEETING_BEFORE.search(before)
    if at_meeting:
        return "signed" if at_meeting["signed"] else "adopted"
    if rel_end is not None and _joint_text_quoted(text[rel_start:rel_end], before, after):
        return "adopted"
    basis = _BASIS.search(before)
    if (basis and not _DRAFTED_ON.search(before[: basis.start()])) or _BASIS_AFTER.search(after):
        return "basis"
    if _acted(_SIGNED, before, after):
        return "signed"
    if _acted(_ADOPTED, before, after):
        return "adopted"
    presenting = list(_PRESENTED.finditer(before[-80:]))
    if presenting and not _COMPLEMENT_BETWEEN.search(before[-80:][presenting[-1].end():]):
        return "presented"
    if PRESENTED_AFTER.match(after):
        return "presented"
    return "referenced"


# A passive or participle of presenting right after the title, with its agent: "a concept paper presented by
# Kenya", «проект, внесенный российской стороной»
PRESENTED_AFTER = re.compile(r"^\W{0,3}(?:(?:which|that)\s+)?(?:(?:was|were|had\s+been|has\s+been)\s+)?"
                             r"(?:presented|submitted|proposed|introduced|tabled|put\s+forward|circulated)\s+by\b|"
                             r"^\W{0,3}(?:представленн|внесенн|внесённ|предложенн|подготовленн)\w*\s+"
                             r"(?![вн]а?\s)(?=\w)", re.I)
