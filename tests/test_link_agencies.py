"""A body takes the state the text gives it, even where the vocabulary knows that name only for another."""

import pytest

from tests.helpers import extract, only_meeting

CASES = [
    # a name the vocabulary lists for one state, given here to another: a candidate of the other
    ("On 3 May 2024 Kenya and Brazil held security consultations in Nairobi. Kenya's Institutional Security "
     "Office took part.", "en", ("KEN", "Institutional Security Office")),
    ("On 3 May 2024 the Pacific Cyber Network held its annual meeting online. The Samoa Computer Emergency Response Team presented a "
     "toolkit.", "en", ("WSM", "Computer Emergency Response Team")),
    # the vocabulary's own body of that state
    ("2 мая в Москве прошли российско-кенийские консультации. В них участвовал российский МИД.", "ru",
     ("RUS", "Ministry of Foreign Affairs")),
]


@pytest.mark.parametrize("text, lang, body", CASES)
def test_body_belongs_to_the_state_named_before_it(text, lang, body):
    m = only_meeting(extract(text, lang, published="2024-05-04"))
    assert body in {(a["state"], a["name"]) for a in m["agencies"]}, m["agencies"]
