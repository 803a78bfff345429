"""A prefiltered pattern finds what the pattern alone finds: its words are held by every match (a word list
that misses an alternation of the pattern would silently drop formats and follow-ups)."""

import re
from pathlib import Path

import pytest

from kg.relate.cues import HYBRID, IN_PERSON, ONLINE
from kg.relate.followups import FOLLOW_UP
from kg.relate.meeting_reports import _CALL_ON_LEADER

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "announcements"

# phrasings of each pattern's alternations, in both languages, beside the bundled announcements' sentences
WRITTEN = [
    "Заседание прошло в режиме видеоконференции.", "Встреча прошла онлайн.", "в дистанционном формате",
    "в виртуальном формате", "The meeting was held by video link.", "a video-teleconference", "held online",
    "an online session", "The experts joined remotely.", "in a hybrid format", "в смешанном формате",
    "attended in person, while others joined online", "в очном формате", "встреча прошла очно", "an on-site visit",
    "Следующий раунд пройдет в Москве.", "Стороны договорились провести очередной раунд.",
    "Решено продолжить консультации.", "The next meeting will be held in 2026.", "They agreed to meet again.",
    "The parties look forward to holding the next dialogue.", "The session is scheduled for May.",
    "Очередное заседание запланировано на ноябрь.", "Намечено провести встречу в 2026 году.",
    "The delegates were received by President Paul Kagame.", "They paid a courtesy call on the Prime Minister.",
    "The minister called on the President of Ghana.", "Участников принял Президент Ганы.",
    "Делегации были приняты Президентом Ганы.", "Министр нанес визит вежливости премьер-министру.",
    "A delegation spoke via video link at the plenary.", "Министр выступил по видеосвязи.",
]


def _sentences() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]
    return [s for t in texts for s in re.split(r"(?<=[.!?])\s+|\n+", t) if s.strip()] + WRITTEN


@pytest.mark.parametrize("prefiltered", [ONLINE, HYBRID, IN_PERSON, FOLLOW_UP, _CALL_ON_LEADER],
                         ids=["online", "hybrid", "in-person", "follow-up", "call-on-leader"])
def test_the_prefilter_drops_no_match_of_its_pattern(prefiltered):
    found = [s for s in _sentences() if prefiltered.pattern.search(s)]
    assert found, "the sentences hold no match: the test would prove nothing"
    assert [s for s in found if not prefiltered.search(s)] == []
