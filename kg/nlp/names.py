"""Names in the forms the graph keeps: one key for a name in any case form, labels and document
titles with their head in the nominative. The writer of the graph (kg/rdf.py) calls these, so the
"to RDF" stage does no morphology of its own.
"""

from __future__ import annotations

from kg.nlp.morph import analyzer, phrase_nominative
from kg.nlp.text import normal_tokens


def name_lemmas(name: str) -> str:
    """The lemmas of a name's words, space-separated: the same for the name in any case form."""
    return " ".join(normal_tokens(name))


def nominative_phrase(phrase: str) -> str:
    """A Russian noun phrase with its head in the nominative (kg.nlp.morph.phrase_nominative)."""
    return phrase_nominative(phrase)


def nominative_title(title: str) -> str:
    """ "резолюцией Генеральной Ассамблеи" -> "резолюция Генеральной Ассамблеи" (the head word only)."""

    words = title.split(" ")
    i = 0
    while i < len(words) - 1 and words[i].lower().startswith("проект"):
        i += 1
    if not words or not any("а" <= ch <= "я" for ch in words[i].lower()):
        return title
    if i == 0:  # after "проект" the title stays in the genitive: "проект Декларации ..."
        form = analyzer().parse(words[i])[0].inflect({"nomn"})
        if not form:
            return title
        w = form.word
        words[i] = w[:1].upper() + w[1:] if words[i][:1].isupper() else w
    for j in range(i):  # "проекта Рабочего плана" -> "проект Рабочего плана", "проекты" -> "проект"
        q = analyzer().parse(words[j])[0].inflect({"nomn", "sing"})
        if q:
            words[j] = q.word[:1].upper() + q.word[1:] if words[j][:1].isupper() else q.word
    return " ".join(words)
