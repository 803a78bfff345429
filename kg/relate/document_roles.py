"""What happened to a document at the meeting: basis, signed, adopted, presented or referenced.

The role comes from the words around the title: a verb right before or after it ("подписали Соглашение",
"the Protocol was opened for signature"), unless modal, future, or an act done earlier ("принятой в 2019
году", "adopted earlier"); basis from "учрежден резолюцией", "established under", "by which ... set up".
Kept apart from finding titles (kg/relate/documents.py) because the same cues serve every kind of document.
"""

from __future__ import annotations

import re

_BASIS = re.compile(r"(в развитие|на основе|на основании|в соответствии с|согласно|учрежден\w* (?:\w+ )?(?:в соответствии с|на основании)|"
                    r"(?:учрежден|создан|образован)[аоы]?|"
                    r"established (?:under|by)|set up (?:under|by)|created by|mandated by|under their|under the|"
                    r"pursuant to|in accordance with)\s+(?:\S+\s+){0,1}$", re.I)
_MODAL = re.compile(r"(могут|может|мог\w*|будут|будет|планиру\w*|намерен\w*|намечен\w*|предстоит|готов\w*|"
                    r"would|will|could|may|might|plan\w*|intend\w*|expect\w*|to be|ready to)\s+(?:\w+\s+){0,2}$", re.I)
# Signed at this meeting: a finite verb or a short passive ("подписали", "был подписан", "were signed"), or
# the noun when the text says the signing took place. A full participle ("Соглашение, подписанное в 2009 году",
# "the agreement signed in 2010") describes an earlier signing: that is a reference.
_SIGNED = re.compile(r"(подписал[аи]?\b|подписан[аоы]?\b|(?:состоял\w*|прошл\w*|по итогам|в ходе|церемони\w*)\s+"
                     r"(?:\w+\s+){0,2}подписани\w*|\bsigned\b(?!\s+(?:in|on)\s+(?:\d|[A-Z]))|signing ceremony|"
                     r"opened for signature|открыт[аоы]?\s+для\s+подписания|(?:начал\w*|заверши\w*)\s+(?:с\s+)?подписани\w*)", re.I)
# Finite verbs, short passives and the noun; a full participle ("резолюция, принятая в 2019 году") describes
# an earlier act.
_ADOPTED = re.compile(r"(принял[аи]?\b|приняли|принят[аоы]?\b|приняти[еяю]|утвердил[аи]?\b|утвержден[аоы]?\b|"
                      r"утверждени[еяю]|одобрил[аи]?\b|одобрен[аоы]?\b|одобрени[еяю]|"
                      r"adopt(?:ed|ing|s)\b|approv(?:ed|ing)|endors(?:ed|ing)|revis(?:ed|ing)|issued|released)", re.I)
_PRESENTED = re.compile(r"(презентаци\w*|представил\w*|внесл\w*|внесен\w*|предложил\w*|presented|introduc\w*|tabled|"
                        r"submitted|put forward)", re.I)


# After the title: "resolution 73/27, by which the Assembly had established the Group", "резолюцией, которой
# учреждена Рабочая группа".
_BASIS_AFTER = re.compile(r"^\W{0,3}(?:by which|under which|which (?:established|set up|created)|котор\w+)\s+(?:\w+\s+){0,4}?"
                          r"(?:established|set up|created|учрежд\w+|созда\w+|образова\w+)|"
                          r"^\W{0,3}which (?:gave|gives|provides|provided)\s+(?:\w+\s+){0,3}(?:a\s+)?(?:formal\s+|legal\s+)?basis",
                          re.I)


# "adopted earlier in 2021", "ранее принятый": an act before this meeting
_EARLIER = re.compile(r"\b(?:earlier|previously|before|ранее|прежде)\b", re.I)


def _acted(rx: re.Pattern, before: str, after: str) -> bool:
    """The verb stands right before the title ("подписали Соглашение") or right after it
    ("Соглашение было подписано"), and is not modal or future ("могут быть подписаны") or earlier."""
    tail = before[-70:]
    for m in rx.finditer(tail):
        if not _MODAL.search(tail[: m.start()]) and not _EARLIER.search(tail[max(0, m.start() - 12) : m.end() + 12]):
            return True
    m = rx.search(after[:50])
    return bool(m and not _MODAL.search(after[: m.start()])
                and not _EARLIER.search(after[max(0, m.start() - 10) : m.end() + 14]))


def document_role(text: str, rel_start: int, rel_end: int | None = None) -> str:
    """The role of the document written at [rel_start, rel_end) in the sentence `text`."""
    before = text[:rel_start]
    after = text[rel_end if rel_end is not None else rel_start :]
    if _BASIS.search(before) or _BASIS_AFTER.search(after):
        return "basis"
    if _acted(_SIGNED, before, after):
        return "signed"
    if _acted(_ADOPTED, before, after):
        return "adopted"
    if _PRESENTED.search(before[-80:]):
        return "presented"
    return "referenced"
