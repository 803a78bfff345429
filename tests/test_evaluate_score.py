import copy
import json

import pytest

from kg.evaluate import FIELDS, evaluate_dir, score


def meeting(**overrides) -> dict:
    base = {
        "forum": {"name": "Russia-ASEAN Dialogue on ICT Security",
                  "aliases": ["Диалог Россия-АСЕАН по вопросам безопасности ИКТ"]},
        "kind": "dialogue",
        "date": "--09-23",
        "format": "online",
        "location": None,
        "ordinal": 1,
        "chairs": [{"name": "Oleg Syromolotov", "name_native": "О.В.Сыромолотов",
                    "post": "Deputy Minister of Foreign Affairs", "state": "RUS"}],
        "states": ["RUS", "KHM"],
        "organizations": [{"name": "ASEAN", "aliases": ["АСЕАН"]}],
        "agencies": [
            {"state": "RUS", "name": "Ministry of Foreign Affairs", "aliases": ["МИД России"]},
            {"state": "RUS", "name": "Ministry of Justice", "aliases": ["Минюст России"]},
        ],
        "processes": [{"name": "UN Open-Ended Working Group", "aliases": ["OEWG"]}],
        "documents": [{"title": "Joint Statement on ICT security", "year": 2018, "role": "basis", "by": None}],
        "next_meeting": {"when": "next year", "format": "in-person"},
    }
    base.update(overrides)
    return base


def facts(*meetings) -> dict:
    return {"document": "a.txt", "lang": "ru", "published": None, "meetings": list(meetings)}


def test_identical_facts_score_one_everywhere():
    gold = facts(meeting())
    result = score(gold, copy.deepcopy(gold))
    assert result.total.f1 == 1.0
    assert result.diffs == []
    assert all(c.fp == 0 and c.fn == 0 for c in result.fields.values())


def test_missing_agency_lowers_recall_of_agencies_only():
    gold = facts(meeting())
    predicted = facts(meeting(agencies=meeting()["agencies"][:1]))
    result = score(gold, predicted)
    agencies = result.fields["agencies"]
    assert (agencies.tp, agencies.fn, agencies.fp) == (1, 1, 0)
    assert agencies.recall == 0.5 and agencies.precision == 1.0
    assert all(result.fields[f].f1 == 1.0 for f in FIELDS if f != "agencies")
    assert [(d.field, d.outcome, d.value) for d in result.diffs] == [("agencies", "missed", "RUS Ministry of Justice")]


def test_extra_state_lowers_precision_of_states_only():
    result = score(facts(meeting()), facts(meeting(states=["RUS", "KHM", "USA"])))
    states = result.fields["states"]
    assert states.precision == pytest.approx(2 / 3) and states.recall == 1.0
    assert all(result.fields[f].f1 == 1.0 for f in FIELDS if f != "states")


def test_null_against_null_counts_nothing_and_null_against_value_counts_once():
    gold = facts(meeting(location=None, ordinal=3))
    predicted = facts(meeting(location="Moscow", ordinal=None))
    result = score(gold, predicted)
    assert (result.fields["location"].fp, result.fields["location"].fn) == (1, 0)
    assert (result.fields["ordinal"].fp, result.fields["ordinal"].fn) == (0, 1)
    both_null = score(facts(meeting(location=None)), facts(meeting(location=None)))
    assert both_null.fields["location"].support == 0 and both_null.fields["location"].fp == 0


def test_different_scalar_values_are_a_miss_and_an_extra():
    result = score(facts(meeting(date="2021-09-23")), facts(meeting(date="--09-23")))
    date = result.fields["date"]
    assert (date.tp, date.fp, date.fn) == (0, 1, 1)


def test_names_match_through_aliases_across_languages():
    predicted = facts(meeting(
        forum={"name": "Диалог Россия-АСЕАН по вопросам безопасности ИКТ"},
        organizations=[{"name": "АСЕАН"}],
        processes=[{"name": "OEWG"}],
    ))
    result = score(facts(meeting()), predicted)
    for field in ("forum", "organizations", "processes"):
        assert result.fields[field].f1 == 1.0, field


def test_case_and_punctuation_do_not_matter():
    predicted = facts(meeting(forum={"name": "russia – asean dialogue on ict security."}))
    assert score(facts(meeting()), predicted).fields["forum"].f1 == 1.0


@pytest.mark.parametrize(("gold_name", "predicted_name"), [
    ("Ministry of Foreign Affairs", "Ministry of Foreign Affairs of the Russian Federation"),
    ("Ministry of Foreign Affairs", "Ministry of Foreign Affairs of Russia"),
    ("Министерство иностранных дел", "Министерство иностранных дел Российской Федерации"),
    ("Министерство иностранных дел", "Министерство иностранных дел России"),
    ("МИД", "МИД РФ"),
    ("Ministry of Posts and Telecommunications", "Ministry of Posts and Telecommunications of the Kingdom of Cambodia"),
    ("Министерство почты и телекоммуникаций", "Министерство почты и телекоммуникаций Королевства Камбоджа"),
])
def test_trailing_state_phrase_is_ignored(gold_name, predicted_name):
    gold = facts(meeting(agencies=[{"state": "RUS", "name": gold_name}]))
    predicted = facts(meeting(agencies=[{"state": "RUS", "name": predicted_name}]))
    assert score(gold, predicted).fields["agencies"].f1 == 1.0


def test_a_state_name_that_is_the_whole_name_is_kept():
    gold = facts(meeting(organizations=[{"name": "Russia"}]))
    predicted = facts(meeting(organizations=[{"name": "India"}]))
    assert score(gold, predicted).fields["organizations"].f1 == 0.0


@pytest.mark.parametrize(("gold_name", "predicted_name", "same"), [
    ("Security Council", "Security Council under the President", True),
    ("Ministry of Defence", "Ministry of Defence and Veterans Affairs", True),
    ("Ministry", "Ministry of Defence", False),  # one word is too short to begin another name
    ("Ministry of Defence", "Ministry of Justice", False),
])
def test_agency_matches_when_a_name_of_two_words_begins_the_other(gold_name, predicted_name, same):
    gold = facts(meeting(agencies=[{"state": "UZB", "name": gold_name}]))
    predicted = facts(meeting(agencies=[{"state": "UZB", "name": predicted_name}]))
    assert (score(gold, predicted).fields["agencies"].f1 == 1.0) is same


def test_agency_of_another_state_does_not_match():
    gold = facts(meeting(agencies=[{"state": "RUS", "name": "Security Council"}]))
    predicted = facts(meeting(agencies=[{"state": "KAZ", "name": "Security Council"}]))
    assert score(gold, predicted).fields["agencies"].tp == 0


def test_document_title_and_role_are_separate_facts():
    gold = facts(meeting())
    predicted = facts(meeting(documents=[{"title": "joint statement on ICT security", "role": "referenced"}]))
    result = score(gold, predicted)
    assert result.fields["documents"].f1 == 1.0
    role = result.fields["documents.role"]
    assert (role.tp, role.fp, role.fn) == (0, 1, 1)


def test_meetings_in_swapped_order_are_aligned():
    first = meeting()
    second = meeting(forum=None, kind="other", date="--09-24", format="in-person", location="Jakarta",
                     ordinal=None, chairs=[], states=["RUS", "IDN"], documents=[], next_meeting=None)
    result = score(facts(first, second), facts(copy.deepcopy(second), copy.deepcopy(first)))
    assert result.total.f1 == 1.0


def test_two_meetings_of_one_forum_are_told_apart_by_date():
    early, late = meeting(date="2023-03-01", states=["RUS"]), meeting(date="2023-03-02", states=["CHN"])
    result = score(facts(early, late), facts(copy.deepcopy(late), copy.deepcopy(early)))
    assert result.total.f1 == 1.0


def test_an_unmatched_predicted_meeting_is_all_extras():
    gold = facts(meeting())
    spurious = meeting(forum={"name": "BRICS Working Group"}, kind="working-group", date="2024-04-16",
                       chairs=[], states=["BRA"], organizations=[], agencies=[], processes=[],
                       documents=[], next_meeting=None, ordinal=None, format=None)
    result = score(gold, facts(meeting(), spurious))
    assert result.total.recall == 1.0
    assert result.total.precision < 1.0
    extras = [d for d in result.diffs if d.outcome == "extra"]
    assert {d.field for d in extras} == {"forum", "kind", "date", "states"}
    assert all(d.meeting.startswith("predicted") for d in extras)


def test_an_unmatched_gold_meeting_is_all_misses():
    result = score(facts(meeting()), facts())
    assert result.total.tp == 0 and result.total.fp == 0
    assert result.total.fn == result.total.support > 0


def test_no_meetings_on_either_side_is_perfect():
    assert score(facts(), facts()).total.f1 == 1.0


def test_malformed_prediction_does_not_crash():
    predicted = {"meetings": [{"forum": "Russia-ASEAN Dialogue on ICT Security", "states": None,
                               "agencies": ["Ministry of Foreign Affairs"], "chairs": "x"}, "junk"]}
    result = score(facts(meeting()), predicted)
    assert result.fields["forum"].tp == 1


def test_answer_keys_against_themselves_score_one(shared_corpus):
    def answer_key_of(path):
        return json.loads(path.with_name(path.name.rsplit(".", 1)[0] + ".gold.json").read_text("utf-8"))

    report = evaluate_dir(shared_corpus, answer_key_of)
    assert report.files and report.problems == []
    assert report.total.f1 == 1.0 and report.total.support > 0


def test_failed_extraction_counts_as_missed_and_is_reported(tmp_path):
    (tmp_path / "a.gold.json").write_text(json.dumps(facts(meeting())), encoding="utf-8")
    (tmp_path / "a.txt").write_text("text", encoding="utf-8")

    def broken(path):
        raise RuntimeError("model missing")

    report = evaluate_dir(tmp_path, broken)
    assert report.total.recall == 0.0
    assert "model missing" in report.files[0].problem


def test_answer_key_without_announcement_or_not_json_is_a_problem(tmp_path):
    (tmp_path / "lonely.gold.json").write_text(json.dumps({"document": "lonely.txt", "meetings": []}), "utf-8")
    (tmp_path / "broken.gold.json").write_text("{not json", encoding="utf-8")
    report = evaluate_dir(tmp_path, lambda path: {"meetings": []})
    assert report.files == []
    assert len(report.problems) == 2
    assert any("lonely.gold.json" in p and "no announcement" in p for p in report.problems)
    assert any("broken.gold.json" in p and "not readable JSON" in p for p in report.problems)


def test_announcement_is_found_by_name_when_the_key_names_another_file(tmp_path):
    (tmp_path / "b.gold.json").write_text(json.dumps({"document": "renamed.txt", "meetings": []}), "utf-8")
    (tmp_path / "b.html").write_text("<p>x</p>", encoding="utf-8")
    seen = []
    evaluate_dir(tmp_path, lambda path: seen.append(path.name) or {"meetings": []})
    assert seen == ["b.html"]
