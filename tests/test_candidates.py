"""Bodies the vocabularies do not know are kept as flagged candidates, never dropped."""

from click.testing import CliRunner

from kg.cli import cli

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
