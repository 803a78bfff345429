"""Names in the forms the graph keeps: one key for a name in any case form, labels with their head in
the nominative (document titles get theirs from kg/relate/documents.py). The writer of the graph
(kg/rdf.py) calls these, so the "to RDF" stage does no morphology of its own.
"""

from __future__ import annotations

from kg.nlp.morph import phrase_nominative
from kg.nlp.text import normal_tokens


def name_lemmas(name: str) -> str:
    """The lemmas of a name's words, space-separated: the same for the name in any case form."""
    return " ".join(normal_tokens(name))


def nominative_phrase(phrase: str) -> str:
    """A Russian noun phrase with its head in the nominative (kg.nlp.morph.phrase_nominative)."""
    return phrase_nominative(phrase)
