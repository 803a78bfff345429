"""Which sentences report a meeting held, and which announce one to come.

A sentence reports a meeting when it names one and says it happened: a verb of
taking place («состоялись», "was held"), a date, or something done at it in the
past ("said at the meeting", «по итогам заседания сообщили», "During the fourth
… dialogue, the sides reaffirmed"). Officials named by their posts who met or
talked somewhere report one too («Министры … обсудили в Минске»). A sentence in
the future tense, or dated after the release, announces a meeting instead.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp.morph import parses
from kg.nlp.text import is_cyrillic
from kg.relate.cues import EVENT_VERBS, MEETING_NOUNS, ONLINE, SIDELINES, Prefiltered, word_norms
from kg.relate.forum_names import find_forum_name_en, find_forum_name_ru
from kg.relate.meeting_dates import TODAY, WEEKDAY, days_apart
from kg.understand import Doc, SentenceInfo

_ORGAN_ACT = re.compile(r"\b(?:adopted|approved|endorsed|приняла|одобрила|утвердила)\b", re.I)
_SIGNED = re.compile(r"\b(?:подписали|скрепили\s+подписями|signed|inked)\b", re.I)
# «Сегодня подписано Соглашение … между Азербайджаном и Россией», "was signed today": a signing of two states
_SIGNED_TODAY = re.compile(r"\b(?:подписан[аоы]?|(?:was|were|have\s+been|has\s+been)\s+signed)\b", re.I)
# «ранее подписали», "had signed", "previously signed": an earlier signing recalled
_SIGNED_EARLIER = re.compile(r"\b(?:ранее|прежде|had\s+signed|previously|earlier|in\s+\d{4})\b", re.I)
# officials by their posts, or one with "his counterpart" («с коллегой»)
_OFFICIALS = re.compile(r"\b(?:главы|министры|руководители|heads|ministers|leaders|counterparts?|коллег\w*)\b", re.I)

# «начал работу экспертный форум», "the conference got under way", «подводят итоги заседания», «на встрече
# были согласованы»: a meeting opening, closing or agreeing
_BEGAN_WORK = re.compile(r"\b(?:начал[аио]?\s+(?:свою\s+)?работу|открыл[аио]?сь|стартовал\w*|got\s+under\s+way|"
                         r"kicked\s+off|opened|commenced|подвод\w*\s+итоги|подвел\w*\s+итоги|завершил\w*(?:\s+работу)?|"
                         r"were\s+agreed|были\s+согласованы|согласовали)\b", re.I)

# A meeting as the setting of what was done: «на встрече», «в ходе консультаций», «по итогам заседания»,
# "at the meeting", "during the fourth … dialogue", "following the talks". Up to a few words (ordinals,
# adjectives, a name) stand between the preposition and the meeting's noun.
_AT_MEETING_RU = re.compile(
    r"(?:^|[\s,(«\"])(?:на|в\s+ходе|во\s+время|по\s+итогам|по\s+результатам|по\s+завершении|по\s+окончании)\s+"
    r"(?:[А-Яа-яЁёIVXLC0-9-]+\s+){0,3}?(?:встреч|заседани|совещани|консультаци|переговор|сесси|конференци|форум|"
    r"саммит|диалог|раунд|семинар|пленарн|коллеги|кругл\w*\s+стол)\w*", re.I)
# «по итогам встречи», «по результатам переговоров»: what came of a meeting, so the meeting is over, whatever the
# tense of the rest («говорится в коммюнике, опубликованном по итогам встречи»)
_AFTER_MEETING_RU = re.compile(r"^(?:по\s+итогам|по\s+результатам|по\s+завершении|по\s+окончании)\b", re.I)
_AT_MEETING_EN = re.compile(
    r"\b(?:at|during|following|after|in\s+the\s+course\s+of|on\s+the\s+occasion\s+of)\s+(?:the|a|an|its|their|this|that)\s+"
    r"(?:[\w.'’-]+\s+){0,6}?(?:meeting|session|consultations?|talks|dialogue|conference|summit|forum|round|"
    r"plenary|workshop|seminar|round[\s-]?table)s?\b", re.I)
# «круглый стол», "round table": a meeting named by two words, which the word sets cannot hold
_ROUND_TABLE = re.compile(r"\bкругл\w+\s+стол|\bround[\s-]?tables?\b", re.I)
# "Brussels, Belgium - ": a dateline before the sentence proper
_DATELINE_EN = re.compile(r"\W*(?:[A-Z][\w.'’]*(?:,?\s+[A-Z][\w.'’]*){0,3}\s*[-–—]\s*)?")
_VENUE = re.compile(r"[\s-]+(?:cent(?:er|re)|hall|hotel|palace|building|зал|центр|холл)\b", re.I)
_PAST_EN = re.compile(
    r"\b(?:was|were|had|said|told|met|held|made|took|gave|spoke|saw|set|put|sought|brought|underlined|noted|agreed|"
    r"(?!(?:related|based|dedicated|advanced|concerned|united|interested|organized|organised|detailed|"
    r"limited|need|speed|feed|seed|red|bed|shed)\b)[a-z]{3,}ed)\b")

# "At their first and second consultations …", «на первом и втором заседаниях»: earlier meetings recalled together
_SEVERAL = re.compile(r"\b(?:first|second|third|fourth|fifth|previous|earlier|past|\d+(?:st|nd|rd|th))\s+(?:and|or)\s+"
                      r"(?:second|third|fourth|fifth|sixth|seventh|eighth|\d+(?:st|nd|rd|th))\b|"
                      r"\b(?:перв|втор|трет|четверт|пят|прошл|предыдущ)\w*\s+(?:и|или)\s+(?:втор|трет|четверт|пят|шест|седьм)\w*",
                      re.I)

# «Секретари советов безопасности … обсудили в Минске …», "Cyber officials of the two countries met in
# Seoul": officials named by their posts, as the subject, meeting or talking somewhere
_OFFICIALS_MET = re.compile(
    r"^\W*(?:[^.,;:]{0,60}?\s)?(?:секретари|министры|главы|руководители|представители|эксперты|делегации|"
    r"ministers|secretaries|heads|officials|representatives|experts|delegations|delegates)\b[^.;:]{0,120}?\b"
    r"(?:обсудили|встретились|собрались|рассмотрели|провели|обменялись\s+мнениями|discussed|met|gathered|reviewed|exchanged)\b",
    re.I | re.M)


# «на встрече с заместителем руководителя …», "met with Foreign Minister X": a meeting with a person is one-off
# talks of theirs, whatever conference it happens at
_WITH_SOMEONE = re.compile(
    r"\b(?:встреч[аеуи]|встретил(?:ся|ась|ись)|беседы?|беседе)\s+с\s+(?:[А-ЯЁ][а-яё]+\s+[А-ЯЁ]|(?:заместител|министр|глав|руководител|"
    r"председател|президент|премьер|посл[оа]|секретар|помощник|советник|директор|генеральн|государственн|коллег|делегаци)\w*)|"
    r"\b(?:meeting|met|talks)\s+with\s+(?:(?:his|her|their)\s+)?(?:[A-Z][a-z]+\s+[A-Z]|(?:the\s+)?(?:Deputy|Vice|Foreign|"
    r"Prime|Minister|President|Secretary|Ambassador|Chairman|Director|Head|Adviser|Advisor|counterparts?)\b)")


# «делегация завершила визит во Вьетнам», «по завершении своей поездки в Москву», "paid a visit to Hanoi": a
# visit made is one-off talks of the visitor and the hosts
_VISIT_MADE = re.compile(
    r"\b(?:(?:заверши\w*|соверши\w*|нан[её]с\w*|по\s+завершении|по\s+итогам)\s+(?:сво\w+\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:визит\w*|поездк\w*)|(?:paid|made|concluded|completed|wrapped\s+up|ended)\s+(?:a|an|his|her|their|the)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:visit|trip)\s+to)\b", re.I)
# "a delegation … visited Nairobi on 12-14 March", «с рабочим визитом находилась в Найроби», «посетила Аккру»: a
# dated visit to a place is the visitor's talks with the hosts
_VISITED = re.compile(r"\bvisited\s+(?=[A-Z])|\bс\s+(?:[а-яё]+\s+)?визитом\s+(?:находил|побывал|прибыл|был)\w*|"
                      r"\bпосетил[аи]?\s+(?=[А-ЯЁ])")
# "This dialogue follows the Prime Minister's visit …": the sentence ties the meeting to an earlier event
_TIED_TO_EARLIER = re.compile(r"^\W*(?:This|The|These|That)\s+[^,;]{0,80}?\b(?:follows|comes\s+after|builds\s+on|"
                              r"(?:is|was|are|were)\s+based\s+(?:up)?on)\b")
# "Tokyo and London exchanged a memorandum …", «обменялись нотами»: two sides exchanging signed papers met to do it
_EXCHANGED_PAPERS = re.compile(
    r"\bexchanged\s+(?:the\s+|a\s+|an\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:memorand\w*|notes|instruments|letters|"
    r"ratification)\b|\bобменял\w*\s+(?:[\w-]+\s+){0,2}?(?:нотами|меморандумами|грамотами|письмами|документами)", re.I)


# «Министр принял в Найроби посла Чили», "The Minister received the Chilean Ambassador": a call on an official
_RECEIVED = re.compile(
    r"\bпринял[аи]?\s+(?:в\s+[А-ЯЁ][\w-]+\s+|в\s+(?:сво\w+\s+)?резиденции\s+)?(?:[а-яё]+(?:ого|его|ую|юю)\s+)?"
    r"(?:посла|министра|делегацию|секретаря|председателя|заместителя|главу|руководителя|генерального|президента|"
    r"премьер|помощника|советника|директора|спецпредставителя|участников)\w*|"
    r"\b(?:received|welcomed)\s+(?:the\s+|a\s+)?(?:visiting\s+)?(?:[A-Z][\w.'’-]*\s+){0,4}?(?:Ambassador|Minister|"
    r"Secretary|delegation|Director|Deputy|Chairman|President|Envoy|Commissioner|counterpart|Special\s+Representative)\b")


def meeting_with_someone(si: SentenceInfo) -> bool:
    """The sentence reports a meeting with a person, named or by post: one-off talks, not a forum's sitting."""
    return bool(_WITH_SOMEONE.search(si.sentence.text) or _RECEIVED.search(si.sentence.text))


def event_verb(si: SentenceInfo) -> bool:
    """A verb of a meeting taking place: held, met, took place, began its work (read once per sentence)."""
    said = si.memo.get("event_verb")
    if said is None:
        said = si.memo["event_verb"] = bool(word_norms(si) & EVENT_VERBS) or "took place" in si.sentence.text.lower() \
            or bool(_BEGAN_WORK.search(si.sentence.text))
    return bool(said)


def done_at_meeting(si: SentenceInfo) -> bool:
    """Something was done at, during or after a meeting, in the past: the meeting took place."""
    text = si.sentence.text
    if is_cyrillic(text):
        if _SEVERAL.search(text):
            return False
        ats = [at for at in _AT_MEETING_RU.finditer(text) if not _VENUE.match(text, at.end())]
        return bool(ats) and (any(_AFTER_MEETING_RU.match(at.group().lstrip(" ,(«\"")) for at in ats)
                              and not _future_ru(si) or _past_ru(tuple(t.text for t in si.tokens)))
    if _SEVERAL.search(text):
        return False
    for at in _AT_MEETING_EN.finditer(text):
        if _VENUE.match(text, at.end()):
            continue  # "at the Kyoto International Conference Center": a building, not a meeting
        if (at.start() < 12 or _DATELINE_EN.fullmatch(text, 0, at.start())) and _PAST_EN.search(text, at.end()):
            return True  # "During the fourth … dialogue, the two sides reaffirmed …", after a dateline too
        clause = re.split(r"[,;]|\b(?:which|that|who|where|to|will|would|shall)\b", text[max(0, at.start() - 80):at.start()])[-1]
        if _PAST_EN.search(clause):
            return True  # "the Minister spoke at the opening session"
    return False


# "the delegates were received by President Paul Kagame", "paid a courtesy call on the Prime Minister",
# «Участников заседания принял Президент Руанды», «были приняты Президентом»: a call on a head of state or
# government, a one-off meeting of its own beside the forum's
_LEADER_EN = r"(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,2}?(?:President|Prime\s+Minister|Vice[- ]President|King|Emir|Crown\s+Prince|Sultan|Premier)\b"
_LEADER_RU = r"(?:Президент|Премьер-министр|Председатель\s+Правительства|Глава\s+государства|Король|Эмир|Наследный\s+принц)\b"
_CALL_ON_LEADER = re.compile(
    rf"\b(?:(?:was|were)\s+received\s+by\s+{_LEADER_EN}|(?:paid|made)\s+(?:a\s+)?(?:courtesy\s+)?call\s+on\s+{_LEADER_EN}|"
    rf"called\s+on\s+{_LEADER_EN})|"
    rf"\bпринял[аи]?\s+(?!участи)(?:[\w-]+\s+){{0,2}}?{_LEADER_RU}|"
    r"\bприняты?\s+(?:Президентом|Премьер-министром|Председателем\s+Правительства|Главой\s+государства|Корол[её]м|"
    r"Эмиром)|\bнан[её]с\w*\s+визит\w*\s+вежливости")
_CALL_ON_LEADER = Prefiltered(_CALL_ON_LEADER, ("received", "call", "принял", "принят", "визит"))


def call_on_leader(si: SentenceInfo) -> bool:
    """A call on a head of state or government: a one-off meeting beside the forum's."""
    return bool(_CALL_ON_LEADER.search(si.sentence.text))


def exchanged_papers(si: SentenceInfo) -> bool:
    """Two sides exchanged signed papers ("exchanged a memorandum", «обменялись нотами»): a one-off act."""
    return bool(_EXCHANGED_PAPERS.search(si.sentence.text))


def signed_on_the_margins(si: SentenceInfo) -> bool:
    """ "On the margins of the UN General Assembly, the ministers signed …": the signing is the two sides' own
    one-off meeting; the forum around it is another event."""
    return bool(_SIGNED.search(si.sentence.text)) and bool(SIDELINES.search(si.sentence.text))


def recalls_several(si: SentenceInfo) -> bool:
    """ "At their first and second consultations …": earlier meetings recalled together, none reported."""
    return bool(_SEVERAL.search(si.sentence.text))


def officials_met(si: SentenceInfo) -> bool:
    """Officials named by their posts met or talked at a place the sentence names, or by video link."""
    return (any(m.type == "place" for m in si.mentions) or bool(ONLINE.search(si.sentence.text))) and bool(
        _OFFICIALS_MET.search(si.sentence.text))


@lru_cache(maxsize=20_000)
def _past_ru(words: tuple[str, ...]) -> bool:
    """A Russian verb or short participle in the past tense («сообщили», «был сделан», «сказал», «подписаны»)."""
    # «подписаны» (a short participle) reports a past act as «подписали» does, and «проходившего»,
    # «состоявшейся» (full participles in the past) tell of a meeting that took place
    return any(w[:1].islower() and (best := parses(w)[0]).tag.POS in ("VERB", "PRTS", "PRTF") and "past" in best.tag
               for w in words)


def reports_meeting(si: SentenceInfo) -> bool:
    """The sentence reports a meeting held (read once per sentence: several stages ask)."""
    said = si.memo.get("reports_meeting")
    if said is None:
        said = si.memo["reports_meeting"] = _reports_meeting(si)
    return bool(said)


def _reports_meeting(si: SentenceInfo) -> bool:
    text = si.sentence.text
    if _TIED_TO_EARLIER.search(text) and not event_verb(si):
        return False
    has_noun = bool(word_norms(si) & MEETING_NOUNS) or bool(_ROUND_TABLE.search(text))
    # two officials signing on a date is a one-off meeting of theirs (FORMAT: a signing ceremony)
    # … or by officials named by their posts, somewhere («главы МИДов … подписали в Казахстане»)
    signed = bool(_SIGNED.search(text))
    signs = signed and (bool(si.persons) or bool(_OFFICIALS.search(text))
                        and any(m.type in ("place", "state", "state-adjective") for m in si.mentions))
    has_verb = event_verb(si) or signs or has_noun and done_at_meeting(si)
    has_forum = any(m.type == "process" for m in si.mentions)
    has_place = any(m.type == "place" for m in si.mentions)
    # a weekday dates a sentence from the release as a written date does («в понедельник встретился»)
    dated = bool(si.dates) or bool(WEEKDAY.search(text))
    # "Kenya and Ghana signed a memorandum … in Nairobi on 3 May 2024": two states signing on a day, somewhere
    states_sign = signed and any(d.day for d in si.dates) and has_place and len(
        {m.entity.iri for m in si.mentions if m.type == "state" and m.entity}) >= 2 and not _SIGNED_EARLIER.search(text)
    # «В штаб-квартире ООН в Вене делегация … на встрече с X …»: people meeting somewhere, undated
    if states_sign or has_noun and (has_verb or dated or bool(si.persons) and has_place):
        return True
    # "The Kenya-Ghana Joint Commission on Cybersecurity met … in Nairobi": a forum named by its head noun, meeting
    # somewhere, with no meeting noun in the sentence
    if has_place and not has_noun and event_verb(si) and (
            find_forum_name_ru if is_cyrillic(text) else find_forum_name_en)(text) is not None:
        return True
    # two people of two sides signing («X и Y подписали соглашение») met to sign, dated or not
    if signs and (not si.persons or len(si.persons) >= 2 and not _SIGNED_EARLIER.search(text)):
        return True
    if dated and has_verb and (bool(si.persons) or has_forum or has_place):
        return True
    # "The General Assembly today adopted ...": a deliberative organ acting is one of its sittings
    if (bool(si.dates) or bool(TODAY.search(text))) and _ORGAN_ACT.search(text) and any(
            m.entity is not None and m.entity.holds_sessions for m in si.mentions) or officials_met(si):
        return True
    # one-off meetings: a call on a leader or an official, a visit made, papers exchanged, a signing "today"
    # (the cheap or rare look first; whether the sentence looks ahead only where one is found)
    if (call_on_leader(si) or _RECEIVED.search(text)) and not FUTURE.search(text):
        return True
    if _VISIT_MADE.search(text) and any(m.type in ("place", "state") for m in si.mentions):
        return True
    if (any(d.day for d in si.dates) and has_place and _VISITED.search(text)
            or dated and _EXCHANGED_PAPERS.search(text)) and not FUTURE.search(text):
        return True
    return bool(TODAY.search(text)) and bool(_SIGNED_TODAY.search(text)) and len(
        {m.entity.iri for m in si.mentions if m.type == "state" and m.entity}) >= 2


FUTURE = re.compile(
    r"\bwill\s+(?:convene|hold|host|meet|open|gather|bring together|chair|take\s+place|be\s+(?:held|convened|hosted|"
    r"opened|chaired))|"
    r"\b(?:is|are)\s+(?:scheduled|expected|set|due|planned)\s+to\b|\bto\s+convene\b|"
    # "at the upcoming 11th session …, scheduled for July 7–11": a session named as the one to come
    r"\b(?:upcoming|forthcoming)\b|\bscheduled\s+for\b|"
    # a headline's infinitive: "Three States to Hold Third Consultation"
    r"\b(?:to\s+hold|to\s+host)\b|"
    r"\b(?:состоится|пройд[её]т|будет\s+провед\w+|будут\s+провед\w+|планиру\w+\s+провести|проведут|соберутся)\b",
    re.I)
_PAST = re.compile(r"\b(?:met|took place|was held|were held|convened|opened|concluded|gathered|"
                   r"состоял\w*|прош[её]л\w*|прошли|провел\w*|провели|собрал\w*|открыл\w*)\b", re.I)


# a quotation: «"Убежден, что это позволит …", - сказал он» tells what was said, so its tense is not the report's
_QUOTED = re.compile(r"«[^«»]*»|\"[^\"]*\"|“[^“”]*”|„[^„“”]*[“”]")


def _future_ru(si: SentenceInfo) -> bool:
    """A Russian sentence about what is to come: a verb in the future tense («примут», «обсудят»), or the
    meeting called upcoming («предстоящей встрече»); the words of a quotation do not count."""
    said = si.memo.get("future_ru")
    if said is None:
        text = si.sentence.text
        if not is_cyrillic(text):
            said = False
        elif not any(q in text for q in "«\"“„"):
            said = _future_words(tuple(t.text for t in si.tokens))
        else:
            start = si.sentence.start
            quoted = [(q.start() + start, q.end() + start) for q in _QUOTED.finditer(text)]
            said = _future_words(tuple(t.text for t in si.tokens if not any(a <= t.start < b for a, b in quoted)))
        si.memo["future_ru"] = said
    return bool(said)


@lru_cache(maxsize=20_000)
def _future_words(words: tuple[str, ...]) -> bool:
    return any(re.match(r"(?:предстоящ|грядущ)", w.lower()) for w in words) or any(
        w[:1].islower() and (best := parses(w)[0]).tag.POS == "VERB" and "futr" in best.tag for w in words)


def announced(si: SentenceInfo, doc: Doc, date: str | None) -> bool:
    """A meeting to come, not one held: said in the future tense, or dated after the release ("IMPACS will
    convene the second meeting ... on 14 and 15 May 2025" in an advisory of 28 April)."""
    text = si.sentence.text
    if (FUTURE.search(text) or _future_ru(si)) and not _PAST.search(FUTURE.sub(" ", text)):
        return True
    published = doc.announcement.published
    if not (published and len(published) == 10 and date and len(date.split("/")[0]) == 10):
        return False
    ahead = days_apart(published, date) if date.split("/")[0] > published else 0
    # a year taken from the release can be the wrong one (December talks reported in January): without the
    # year written out, only a date a few months ahead is a meeting to come
    return ahead > 0 and (date[:4] in text or ahead <= 120)
