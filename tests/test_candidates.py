"""Bodies the vocabularies do not know are kept as flagged candidates, never dropped."""

import pytest
from click.testing import CliRunner

from kg.cli import cli
from tests.helpers import extract, only_meeting

TEXT = """12 мая в Ташкенте состоялись консультации по вопросам информационной безопасности.
В консультациях приняли участие представители Национального агентства по кибербезопасности Узбекистана
и Государственного комитета по цифровизации Республики Кения.

Национальное агентство по кибербезопасности Узбекистана представило доклад.
"""

EN = "On 3 March, the Cyber Security Agency of Ghana hosted a meeting of the ARF Inter-Sessional Meeting on ICTs in Accra."


def test_unknown_bodies_are_listed_with_their_state_count_and_sentence(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b.txt").write_text(TEXT.replace("12 мая", "14 мая"), encoding="utf-8")
    (tmp_path / "c.txt").write_text(EN, encoding="utf-8")
    store = str(tmp_path / "store")
    runner = CliRunner()
    assert runner.invoke(cli, ["ingest", str(tmp_path), "--store", store, "--no-reason"]).exit_code == 0
    result = runner.invoke(cli, ["candidates", "--store", store])
    assert result.exit_code == 0, result.output
    out = result.output
    # one candidate for every case form of the same body, named in the nominative
    heads = [ln for ln in out.splitlines() if "[body]" in ln]
    assert sum("Национальное агентство по кибербезопасности" in ln for ln in heads) == 1
    line = next(ln for ln in heads if "Национальное агентство по кибербезопасности" in ln)
    assert line.split()[0] == "2"  # named by two announcements
    assert "Государственный комитет по цифровизации" in out
    assert "Cyber Security Agency" in out
    assert "e.g." in out  # an example sentence to judge it by


def test_unknown_body_of_a_named_state_takes_part_with_its_state():
    from tests.helpers import extract, only_meeting

    m = only_meeting(extract(
        "5 июня в Москве состоялись российско-замбийские консультации по вопросам безопасности. В них приняли "
        "участие представители МИД России и Министерства технологий и науки Республики Замбия.", "ru",
        published="2025-06-06"))
    bodies = {(a["state"], a["name"]) for a in m["agencies"]}
    assert ("ZMB", "Министерство технологий и науки") in bodies
    assert {"RUS", "ZMB"} <= set(m["states"])


def test_unknown_body_without_a_state_belongs_to_the_other_side_of_a_bilateral_meeting():
    from tests.helpers import extract, only_meeting

    m = only_meeting(extract(
        "5 июня в Лусаке состоялись российско-замбийские консультации по вопросам безопасности. В них приняли "
        "участие представители МИД России и Управления по кибербезопасности.", "ru", published="2025-06-06"))
    assert ("ZMB", "Управление по кибербезопасности") in {(a["state"], a["name"]) for a in m["agencies"]}


# A body attached to a state's head or government is that state's, whatever its head noun: no international
# organisation.
UNDER_A_STATE_HEAD_CASES = [
    ("3 мая 2024 года в Бишкеке начал работу форум по информационной безопасности. Организаторы форума - Институт "
     "стратегического анализа при главе нашего государства и Министерство цифрового развития.", "ru",
     "Институт стратегического анализа"),
    ("On 3 May 2024 a cyber security forum took place in Nairobi. It was organised by the Harbourline Institute "
     "under the President of Kenya.", "en", "Harbourline Institute"),
    # «при Президенте …» read as part of the name already makes it a state's body (guard)
    ("3 мая 2024 года в Ташкенте прошла конференция по кибербезопасности. Организаторы конференции - Институт "
     "цифровых исследований при Президенте Республики Узбекистан и Министерство цифровых технологий.", "ru",
     "Институт цифровых исследований"),
]


@pytest.mark.parametrize("text, lang, name", UNDER_A_STATE_HEAD_CASES)
def test_a_body_under_a_state_head_is_no_international_organisation(text, lang, name):
    m = only_meeting(extract(text, lang))
    assert not [o for o in m["organizations"] if o["name"].startswith(name)]
