"""Metamorphic rewrites of an annotated corpus: the same announcements with other names.

Each announcement (NAME.txt with NAME.gold.json) is rewritten into a variant in which
partner states, cities, people, forums (their topic), organisations and foreign
agencies are swapped for other real ones, ordinals and dates are shifted, and its
answer key is rewritten by the same rules, so that the extraction can be scored on
text whose names nobody tuned the rules to.

How a swap finds its words: every swap knows all surface forms of the old name (a
Russian paradigm from pymorphy3, or a suffix rule for names it does not know; the
English labels of the vocabularies; the key's aliases, which hold the text's forms)
and replaces each with the new name in the same case. The same ordered list of
swaps is applied to the text and to every string of the key, so a key alias copied
from the text stays a copy of the rewritten text.

What is never swapped: Russia (the publisher's own state in most texts, named in
countless agency and post phrases), the UN and its organs, processes and documents
(their names change only where a swapped name occurs inside them), agencies of
states that are not swapped, people with several surnames or foreign given names in
Russian text, organisations whose names nest in each other. Where a swap cannot be
sure (an old name with no form found in the text, a form that two cases share but
the new name tells apart, an acronym of a state, a spelt-out name the vocabulary
cannot decline), it is left out and listed in `Rewrite.skipped`; an announcement
where no swap is possible, or whose rewritten key no longer matches its text, is
skipped whole (`RewriteReport.skipped_files`).

The rewrite is deterministic: variant n of a file uses a random generator seeded
with (seed, file name, n).
"""

from kg.evaluate.metamorphic.dates import shift_dates, shift_iso
from kg.evaluate.metamorphic.forms import (
    CASES,
    Swap,
    adjective_forms,
    combining_form,
    inflect_name,
    morph,
    name_paradigm,
    noun_class,
    noun_forms,
    paradigm_swap,
)
from kg.evaluate.metamorphic.ordinals import from_roman, shift_ordinals, to_roman
from kg.evaluate.metamorphic.rewrite import (
    Rewrite,
    RewriteReport,
    SkipAnnouncement,
    check_rewrite,
    rewrite_announcement,
    rewrite_corpus,
    write_rewrites,
)
from kg.evaluate.metamorphic.vocabularies import (
    VOCAB,
    City,
    State,
    gazetteer,
    organisation_russian_names,
    organisations,
    states,
    vocab_places,
    world_cities,
)

__all__ = [
    "CASES", "VOCAB", "City", "Rewrite", "RewriteReport", "SkipAnnouncement", "State", "Swap", "adjective_forms",
    "check_rewrite", "combining_form", "from_roman", "gazetteer", "inflect_name", "morph", "name_paradigm",
    "noun_class", "noun_forms", "organisation_russian_names", "organisations", "paradigm_swap",
    "rewrite_announcement", "rewrite_corpus", "shift_dates", "shift_iso", "shift_ordinals", "states", "to_roman",
    "vocab_places", "world_cities", "write_rewrites",
]
