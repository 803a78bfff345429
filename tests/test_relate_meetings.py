"""Cutting a text into meetings: a second meeting of another forum, the next day, or later the same day."""

from tests.helpers import extract


def test_the_next_day_opens_a_meeting_dated_the_day_after():
    facts = extract(
        "12 марта в Лусаке состоялась церемония подписания соглашения между правительствами России и Замбии. "
        "На следующий день в замбийской столице прошло первое заседание Российско-замбийской рабочей группы по "
        "вопросам кибербезопасности.", "ru", published="2025-03-14")
    dates = [m["date"] for m in facts["meetings"]]
    assert dates == ["2025-03-12", "2025-03-13"]
    second = facts["meetings"][1]
    assert second["forum"]["name"].startswith("Российско-замбийская рабочая группа")
    assert (second["kind"], second["ordinal"], second["location"]) == ("working-group", 1, "Lusaka")


def test_later_the_same_day_a_meeting_of_another_forum_is_a_second_meeting():
    facts = extract(
        "On 3 May 2024 the Ministers held the second Kenya-Japan Foreign Ministers' Strategic Dialogue in Nairobi. "
        "Later the same day, the two Ministers co-chaired the inaugural Kenya-Japan Cyber Policy Dialogue.",
        "en", published="2024-05-04")
    names = [m["forum"]["name"] for m in facts["meetings"]]
    assert names == ["Kenya-Japan Foreign Ministers' Strategic Dialogue", "Kenya-Japan Cyber Policy Dialogue"]
    assert [m["ordinal"] for m in facts["meetings"]] == [2, 1]


def test_a_background_event_of_another_year_is_not_a_meeting_of_the_text():
    facts = extract(
        "On 15 February 2018 Delhi hosted the second round of India-Russia consultations on ICT security. The two "
        "countries hold these consultations under an agreement concluded on 15 October 2016 in Goa, where the 8th "
        "BRICS Summit was taking place.", "en")
    assert len(facts["meetings"]) == 1
