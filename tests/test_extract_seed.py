"""The quality bar on the development corpus: every fact of the real seed announcement is extracted."""

import json

from kg.evaluate import score
from kg.extract import facts_for_file


def test_every_fact_of_the_seed_announcement_is_extracted(shared_corpus):
    gold = json.loads((shared_corpus / "seed-ru-asean-2021.gold.json").read_text(encoding="utf-8"))
    result = score(gold, facts_for_file(str(shared_corpus / "seed-ru-asean-2021.txt")))
    missed = [d for d in result.diffs if d.outcome == "missed"]
    assert not missed, [(d.field, d.value) for d in missed]
    assert result.total.tp > 20
