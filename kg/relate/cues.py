"""Cues: the words and patterns that say a sentence is about a meeting.

Nouns for meetings, sittings and standing mechanisms, ordinal numbers, the
wording of online, hybrid and in-person formats, "on the sidelines", and a
place talked about rather than taking part. Segmenting meetings, finding forums
and placing participants all read the same cues, so they live in one module
that depends on nothing else in relate.
"""

from __future__ import annotations

import re

from kg.nlp.morph import analyzer
from kg.understand import SentenceInfo

MEETING_NOUNS = {
    "встреча", "заседание", "консультация", "раунд", "сессия", "переговоры", "совещание", "конференция",
    "саммит", "видеоконференция", "meeting", "session", "consultation", "round", "talk", "conference",
    "summit", "videoconference", "dialogue", "диалог", "debate", "дебаты", "plenary", "церемония", "ceremony",
    "форум", "forum", "workshop", "seminar", "семинар", "symposium", "симпозиум",
    "edition",  # "the 2012 edition of Octopus": one sitting of a recurring event
    "gathering",  # "Held in Doha, this gathering …"
    "коллегия",  # «по окончании совместной коллегии МВД»: a board sitting
}
EVENT_VERBS = {
    "состояться", "пройти", "провести", "проводить", "прошли", "собраться", "открыть", "принять",
    "участвовать", "встретиться", "hold", "held", "host", "hosted", "meet", "met", "convene", "convened",
    "conclude", "concluded", "chair", "chaired", "took", "take", "gather", "gathered", "attend", "attended",
    "participated",
    "проходить",  # «В Бишкеке проходит 54-е заседание»: a meeting under way as the release is written
}
ADHOC_NOUNS = {"переговоры", "talk", "беседа"}
# A sitting of some body, even one the vocabularies do not know: it keeps its chairs.
SITTING_NOUNS = {"заседание", "сессия", "раунд", "консультация", "совещание", "конференция", "session", "round",
                 "consultation", "conference", "plenary", "диалог", "dialogue"}
# Words that name a standing mechanism: only then do two states' meetings belong to their bilateral forum.
MECHANISM_NOUNS = {"консультация", "диалог", "механизм", "consultation", "dialogue", "mechanism", "раунд", "round"}
ORDINALS_RU = {
    "первый": 1, "второй": 2, "третий": 3, "четвертый": 4, "пятый": 5, "шестой": 6, "седьмой": 7,
    "восьмой": 8, "девятый": 9, "десятый": 10, "одиннадцатый": 11, "двенадцатый": 12, "тринадцатый": 13,
    "четырнадцатый": 14, "пятнадцатый": 15, "шестнадцатый": 16, "семнадцатый": 17, "восемнадцатый": 18,
    "девятнадцатый": 19, "двадцатый": 20, "учредительный": 1,
}
ORDINALS_EN = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "inaugural": 1,
}


def ordinal_ru(word: str) -> int | None:
    """The number a Russian ordinal word gives, in any case and gender («второе», «учредительном»): any
    of its parses may be the ordinal, since the likeliest can be a noun («второе», a main course)."""
    for p in analyzer().parse(word.lower()):
        n = ORDINALS_RU.get(p.normal_form.replace("ё", "е"))
        if n and p.tag.POS == "ADJF":
            return n
    return None
NUMERIC_ORDINAL = re.compile(r"^(\d{1,3})(?:-?(?:е|й|я|го|м|ое|ая|ой)|st|nd|rd|th)$")
class Prefiltered:
    """A slow pattern searched only in texts holding one of the words that every match of it holds: most
    sentences hold none, and a substring test costs far less than the pattern's alternations."""

    def __init__(self, pattern: re.Pattern, words: tuple[str, ...]):
        self.pattern, self.words = pattern, words

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
        low = text.lower()
        if not any(w in low for w in self.words):
            return None
        return self.pattern.search(text, pos) if endpos is None else self.pattern.search(text, pos, endpos)


# «онлайн-атаки», «онлайн-мошенничество»: a compound names what is done online, not how the meeting met
ONLINE = re.compile(r"(видеоконференц|видеосвяз|онлайн(?!-(?!формат|режим|встреч|заседан|конференц|совещан))|в режиме видео|в дистанционном|в виртуальном|"
                    r"videoconferenc|video[- ]conferenc|video[- ]?teleconferenc|teleconferenc|телеконференц|video link|virtual(?!ly\s+(?:all|every|any|no|none|the|identical|unanimous|impossible|unchanged)\b| currenc| asset)|"
                    # "online" of the meeting, not of the subjects it discussed ("online child sexual exploitation")
                    r"(?:held|met|took\s+place|convened|conducted|gathered|meeting|session|joined|participated)\s+online|"
                    r"online\s+(?:meeting|session|format|event|conference|consultations|round)|"
                    r"\bonline(?=\s*(?:[.;]|$))|"
                    r"remotely)", re.I)
HYBRID = re.compile(r"(смешанн\w+ формат|гибридн\w+ формат|hybrid|in person, while|attended in person|"
                    r"(?:on[- ]site|in person)\s+(?:and|or)\s+online|online\s+(?:and|or)\s+(?:on[- ]site|in person)|"
                    # one speaker joining by video ("spoke via video link at a plenary session", «выступил в режиме
                    # видеоконференции»): the meeting itself sat somewhere, with a remote guest
                    r"\b(?:spoke|addressed\s+\w+|delivered\s+(?:\w+\s+){0,2}?(?:remarks|speech|statement|address))\s+"
                    r"(?:[\w-]+\s+){0,3}?(?:via|by|through)\s+video|"
                    r"\bвыступил[а]?\s+(?:[\w-]+\s+){0,3}?(?:в\s+режиме\s+видеоконференции|по\s+видеосвязи))", re.I)
IN_PERSON = re.compile(r"(в очном формате|\bочно\b|\bin person\b|\bin-person\b|\bon[- ]site\b)", re.I)
ONLINE = Prefiltered(ONLINE, ("видео", "онлайн", "дистанц", "виртуал", "video", "teleconferenc", "телеконференц",
                              "virtual", "online", "remotely"))
HYBRID = Prefiltered(HYBRID, ("смешанн", "гибридн", "hybrid", "in person", "online", "video", "видео"))
IN_PERSON = Prefiltered(IN_PERSON, ("очн", "in person", "in-person", "on-site", "on site"))
SIDELINES = re.compile(r"(on the sidelines|on the margins|on the fringes|на полях|в кулуарах|в рамках визита)", re.I)
# "ситуация в Афганистане", "гуманитарные проблемы Мьянмы и Афганистана": a place talked about, not a party
TOPIC_BEFORE = re.compile(r"(ситуаци\w*|обстановк\w*|проблем\w*|кризис\w*|урегулировани\w*|situation|crisis|conflict)"
                          r"\s+(?:в|во|на|in|of|around|вокруг)?\s*(?:[\w-]+\s*(?:,|и|and)\s+)*$", re.I)


def word_norms(si: SentenceInfo) -> set[str]:
    """The normal forms of a sentence's words (Russian lemmas, English stems): how the word sets are written."""
    return {t.norm for t in si.tokens}
