"""Documents named in a sentence and what happened to them at the meeting.

Conservative on purpose: a document is taken when a document word heads a
capitalised or clearly titled phrase ("Соглашение между ...", "совместного
заявления лидеров ...", "resolution 75/240"); its role comes from the verb.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.understand import SentenceInfo

_DOC_RU = (r"(?:[Пп]роект\w*\s+)?(?:(?:[А-ЯЁа-яё]+(?:ого|его|ое|ее|ый|ий|ая|яя|ой|ей|ую|юю|ых|их|ые|ие))\s+){0,3}"
           r"(?:Соглашени\w*|(?<=роект )(?:соглашени|декларац|меморандум|конвенц)\w*|(?<=роекта )(?:соглашени|декларац|меморандум|конвенц)\w*|"
           r"(?<=роекты )(?:соглашени|декларац|меморандум|конвенц)\w*|Заявлени\w*|заявлени\w*|Декларац\w*|[Пп]лан(?:а|у|ом|е|ы|ов|ам|ами|ах)?\b|Меморандум\w*|[Пп]ротокол\w*|"
           r"[Кк]онцепц\w*|Программ\w*|[Рр]езолюц\w*|Конвенц\w*|[Дд]оговор(?:а|у|ом|е|ы|ов|ам|ами|ах)?\b|Устав\w*|Стратеги\w*|Основ\w* "
           r"государственной)")
_NEXT_DOC = r"(?:[Пп]роект\w*|Соглашени|соглашени|Заявлени|Декларац|[Пп]лан|Меморандум|[Пп]ротокол|[Кк]онцепц|[Дд]оговор)"
RU_DOC = re.compile(_DOC_RU + r"(?:\s+[^.;:!?]{0,220}?)?(?=[.;:!?]|\s+и\s+" + _NEXT_DOC + r"|\s+(?:а также|были|был|была|могут|может|"
                              r"стал\w*|подписан\w*|принят\w*)\s|,\s+(?:котор\w+|что|где|когда)|$)")
EN_DOC = re.compile(
    r"(?:[Dd]raft\s+)?(?:the\s+)?(?:[A-Z][\w-]*\s+){0,6}(?:Agreement|Statement|Declaration|Plan|Memorandum|Protocol|"
    r"Concept|Programme|Program|Resolution|Convention|Report|Treaty|Charter|Strategy)"
    r"(?:\s+(?:on|of|between|for|to|against|in)\s+[^.;:,()]{0,160})?|"
    r"(?:General Assembly\s+)?resolution\s+\d+/\d+|(?:final|draft)\s+report|plan of action|"
    r"[a-z-]+-party agreement|"
    # lower case after an article: "an agreement on cooperation in ...", "the concept of the mechanism"
    r"(?:(?<=\ban )|(?<=\ba )|(?<=\bthe ))(?:(?:updated|draft|new|joint|intergovernmental|bilateral)\s+){0,2}"
    r"(?:agreement|concept|memorandum|declaration|treaty|draft text|roadmap|road map)"
    r"\s+(?:of|on|for|between)\s+[^.;:,()]{3,160}|"
    r"(?:draft\s+)?convention")
RESOLUTION_NO = re.compile(r"\b(\d{2,3}/\d{2,3})\b")
YEAR = re.compile(r"\b((?:19|20)\d{2})\s*(?:г\.|года|год)?")


@dataclass
class DocumentFact:
    surface: str
    title: str
    year: int | None
    role: str
    by: str | None
    start: int
    end: int
    sentence: SentenceInfo


_BASIS = re.compile(r"(в развитие|на основе|на основании|в соответствии с|согласно|учрежден\w* (?:\w+ )?(?:в соответствии с|на основании)|"
                    r"established (?:under|by)|set up (?:under|by)|created by|mandated by|under their|under the|"
                    r"pursuant to|in accordance with)\s+(?:\S+\s+){0,1}$", re.I)
_MODAL = re.compile(r"(могут|может|мог\w*|будут|будет|планиру\w*|намерен\w*|намечен\w*|предстоит|готов\w*|"
                    r"would|will|could|may|might|plan\w*|intend\w*|expect\w*|to be|ready to)\s+(?:\w+\s+){0,2}$", re.I)
# Signed at this meeting: a finite verb or a short passive ("подписали", "был подписан", "were signed"), or
# the noun when the text says the signing took place. A full participle ("Соглашение, подписанное в 2009 году",
# "the agreement signed in 2010") describes an earlier signing: that is a reference.
_SIGNED = re.compile(r"(подписал[аи]?\b|подписан[аоы]?\b|(?:состоял\w*|прошл\w*|по итогам|в ходе|церемони\w*)\s+"
                     r"(?:\w+\s+){0,2}подписани\w*|\bsigned\b(?!\s+(?:in|on)\s+(?:\d|[A-Z]))|signing ceremony)", re.I)
_ADOPTED = re.compile(r"(принял\w*|принят\w*|утверди\w*|утвержд\w*|одобри\w*|одобрен\w*|adopt(?:ed|ing|s)\b|approv(?:ed|ing)|endors(?:ed|ing))", re.I)
_PRESENTED = re.compile(r"(презентаци\w*|представил\w*|внесл\w*|внесен\w*|предложил\w*|presented|introduc\w*|tabled|"
                        r"submitted|put forward)", re.I)


def _acted(rx: re.Pattern, before: str, after: str) -> bool:
    """The verb stands right before the title ("подписали Соглашение") or right after it
    ("Соглашение было подписано"), and is not modal or future ("могут быть подписаны")."""
    for m in rx.finditer(before[-70:]):
        if not _MODAL.search(before[: len(before) - 70 + m.start()] if len(before) > 70 else before[: m.start()]):
            return True
    m = rx.search(after[:50])
    return bool(m and not _MODAL.search(after[: m.start()]))


def _role(text: str, rel_start: int, rel_end: int | None = None) -> str:
    before = text[:rel_start]
    after = text[rel_end if rel_end is not None else rel_start :]
    if _BASIS.search(before):
        return "basis"
    if _acted(_SIGNED, before, after):
        return "signed"
    if _acted(_ADOPTED, before, after):
        return "adopted"
    if _PRESENTED.search(before[-80:]):
        return "presented"
    return "referenced"


def _trim_lead(surface: str) -> str:
    """Drop leading words that are not adjectives ("развитие профильного ..." -> "профильного ...")."""
    from kg.nlp.morph import analyzer

    words = surface.split(" ")
    while len(words) > 1:
        w = words[0]
        if re.match(r"(?i)проект|draft|the\b", w) or re.match(DOC_NOUN, w):
            break
        tag = analyzer().parse(w)[0].tag if re.search("[А-Яа-яЁё]", w) else None
        if tag is None or tag.POS == "ADJF":
            break
        words = words[1:]
    return " ".join(words)


_STOP_EN = re.compile(r"\s(?:and|which|that|who|whose|was|were|is|are|has|have|had|will|would|said|says|"
                      r"approved|adopted|signed|presented|itself|in\s+which|on\s+\d|at\s+a|as\s+a|calling|to\s+be)\b")
_DOC_START = re.compile(r"(?:[Пп]роект\w*|Соглашени|соглашени|Заявлени|Декларац|[Пп]лан|Меморандум|[Пп]ротокол|"
                        r"[Кк]онцепц|[Дд]оговор|[Рр]езолюц|Конвенц|Программ)")


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
            if tag.POS in ("VERB", "INFN", "PRTS", "ADVB") or bare.startswith("котор") or (
                    bare in ("и",) and i + 1 < len(words) and
                                                       analyzer().parse(words[i + 1].strip(","))[0].tag.POS
                                                       in ("VERB", "INFN", "PRTS")):
                break
        out.append(w)
    return " ".join(out).rstrip(" ,")


DOC_NOUN = r"(Соглашени|Заявлени|заявлени|Декларац|[Пп]лан|Меморандум|[Пп]ротокол|[Кк]онцепц|Программ|[Рр]езолюц|Конвенц|[Дд]оговор|Устав|Стратеги|Основ)"


def find_documents(si: SentenceInfo, lang: str) -> list[DocumentFact]:
    text = si.sentence.text
    rx = RU_DOC if re.search("[А-Яа-яЁё]", text) else EN_DOC
    out = []
    for m in rx.finditer(text):
        raw = m[0].strip(" ,")
        surface = _trim_tail(_trim_lead(raw))
        start = m.start() + m[0].find(surface)
        acted = _role(text, start, start + len(surface)) in ("signed", "adopted")
        if len(surface.split()) < 2 and not RESOLUTION_NO.search(surface) and not acted:
            continue
        if re.fullmatch(r"(?i)(the\s+)?(план\w*|договор\w*|plan|report|convention|protocol|agreement)", surface) \
                and not acted:
            continue
        ym = YEAR.search(surface)
        year = int(ym[1]) if ym else None
        role = _role(text, start, start + len(surface))
        by = None
        if role == "presented":
            for mt in si.mentions:
                if mt.type in ("state", "state-adjective") and mt.start - si.sentence.start < start:
                    by = mt.entity.state
        # "(ИКТ)": an abbreviation in brackets is not part of the title
        title = re.sub(r"\s+", " ", re.sub(r"\s*\([^()]*\)", "", surface))
        out.append(DocumentFact(surface, title, year, role, by, si.sentence.start + start,
                                si.sentence.start + start + len(surface), si))
    return out
