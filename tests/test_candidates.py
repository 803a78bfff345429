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
    assert out.count("Национальное агентство по кибербезопасности") == 1
    line = next(ln for ln in out.splitlines() if "Национальное агентство по кибербезопасности" in ln)
    assert line.split()[0] == "2"  # named by two announcements
    assert "Государственный комитет по цифровизации" in out
    assert "Cyber Security Agency" in out
    assert "e.g." in out  # an example sentence to judge it by
