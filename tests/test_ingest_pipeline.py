"""The ingest pipeline end to end: files in, named graphs in the store, facts read back."""

import json

import pytest
from click.testing import CliRunner
from rdflib import URIRef

from kg.cli import cli
from kg.ingest import default_resources, ingest
from kg.read import read_paths
from kg.records import Announcement, ReadProblem
from kg.store import open_store

RU = """---
title: О консультациях
published: 2019-04-05
lang: ru
---
4 апреля в Пекине состоялся третий раунд российско-китайских консультаций по вопросам международной
информационной безопасности. Российскую делегацию возглавил специальный представитель Президента
Российской Федерации по вопросам международного сотрудничества в области информационной безопасности
А.В.Крутских. В состав делегации вошли представители МИД России и ФСБ России.
"""

EN = """---
title: Russia-China consultations
published: 2019-04-05
lang: en
---
On 4 April 2019, Beijing hosted the third round of Russia-China consultations on international
information security. The Russian delegation was headed by Mr Andrey Krutskikh.
"""

DE = "Am 4. April fand in Berlin ein Treffen statt. Die Delegationen sprachen über Sicherheit im Internet."


def write(tmp_path, name, text):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def meetings(store):
    return store.query("SELECT ?m (COUNT(DISTINCT ?a) AS ?n) WHERE { ?m a ict:Meeting ; prov:wasDerivedFrom ?a } "
                       "GROUP BY ?m")


def test_the_same_meeting_from_two_announcements_is_one_node_with_two_sources(tmp_path):
    write(tmp_path, "ru.txt", RU)
    write(tmp_path, "en.txt", EN)
    store = open_store(memory=True)
    report = ingest(read_paths([str(tmp_path)]), store)
    assert report.ok and report.read == 2
    rows = meetings(store)
    assert len(rows) == 1, rows
    assert int(rows[0]["n"]) == 2


def test_reingesting_unchanged_announcements_changes_nothing(tmp_path):
    write(tmp_path, "ru.txt", RU)
    store = open_store(memory=True)
    ingest(read_paths([str(tmp_path)]), store)
    before = len(store)
    again = ingest(read_paths([str(tmp_path)]), store)
    assert again.unchanged == 1 and again.ingested == 0
    assert len(store) == before


def test_a_changed_announcement_replaces_only_its_own_graph(tmp_path):
    ru = write(tmp_path, "ru.txt", RU)
    write(tmp_path, "en.txt", EN)
    store = open_store(memory=True)
    ingest(read_paths([str(tmp_path)]), store)
    graphs_before = {g: len(store.triples_in(g)) for g in store.graphs()}
    ru.write_text(RU.replace("МИД России и ФСБ России", "МИД России"), encoding="utf-8")
    report = ingest(read_paths([str(tmp_path)]), store)
    assert report.ingested == 1 and report.unchanged == 1
    changed = [g for g in store.graphs() if len(store.triples_in(g)) != graphs_before.get(g)]
    assert len(changed) == 1 and "/announcement/ru-" in str(changed[0])
    fsb = store.query("SELECT ?m WHERE { ?m ict:hasParticipant ?a }", {"a": URIRef("https://w3id.org/ictsec/id/agency/RUS/fsb")})
    assert fsb == []


def test_unsupported_language_is_one_line_and_the_batch_goes_on(tmp_path):
    write(tmp_path, "de.txt", DE)
    write(tmp_path, "ru.txt", RU)
    result = CliRunner().invoke(cli, ["ingest", str(tmp_path), "--store", str(tmp_path / "store"), "--no-reason"])
    assert result.exit_code == 1
    lines = [ln for ln in result.output.splitlines() if "de.txt" in ln]
    assert len(lines) == 1 and "not supported" in lines[0]
    assert "1 failed" in result.output and "read 1 announcements" in result.output


def test_extract_json_has_the_facts_format(tmp_path):
    path = write(tmp_path, "ru.txt", RU)
    result = CliRunner().invoke(cli, ["extract", str(path), "--json"])
    assert result.exit_code == 0, result.output
    facts = json.loads(result.output)
    assert facts["document"] == "ru.txt" and facts["lang"] == "ru" and facts["published"] == "2019-04-05"
    (m,) = facts["meetings"]
    assert set(m) == {"forum", "kind", "date", "format", "location", "ordinal", "chairs", "states",
                      "organizations", "agencies", "processes", "documents", "next_meeting"}
    assert m["date"] == "2019-04-04" and m["ordinal"] == 3 and m["location"] == "Beijing"
    assert {a["name"] for a in m["agencies"]} >= {"Ministry of Foreign Affairs", "Federal Security Service"}
    assert any(c["name_native"] and "Крутских" in c["name_native"] for c in m["chairs"])
    # every entity carries its other labels, the text's own form among them
    mfa = next(a for a in m["agencies"] if a["name"] == "Ministry of Foreign Affairs")
    assert "МИД России" in mfa["aliases"]


def test_a_date_without_year_is_never_guessed(tmp_path):
    path = write(tmp_path, "noyear.txt", RU.split("---\n", 2)[2])
    facts = json.loads(CliRunner().invoke(cli, ["extract", str(path), "--json"]).output)
    assert facts["meetings"][0]["date"] == "--04-04"


def test_a_changed_extractor_or_vocabulary_re_extracts_unchanged_announcements(tmp_path):
    from dataclasses import replace

    from kg.ingest import default_resources

    write(tmp_path, "ru.txt", RU)
    store = open_store(memory=True)
    res = default_resources()
    ingest(read_paths([str(tmp_path)]), store, res=res)
    assert ingest(read_paths([str(tmp_path)]), store, res=res).unchanged == 1
    newer = replace(res)
    newer.__dict__["fingerprint"] = "a-newer-vocabulary"
    again = ingest(read_paths([str(tmp_path)]), store, res=newer)
    assert again.ingested == 1 and again.unchanged == 0


def test_meetings_of_unknown_year_from_two_announcements_stay_apart(tmp_path):
    # two one-off meetings on 25 September, in two releases of different years that do not say the year
    for name, place in (("first.txt", "Каире"), ("second.txt", "Багдаде")):
        (tmp_path / name).write_text(f"25 сентября в {place} состоялась встреча Секретаря Совета Безопасности "
                                     "Российской Федерации с министром обороны.\n", encoding="utf-8")
    store = open_store(memory=True)
    ingest(read_paths([str(tmp_path)]), store)
    rows = store.query("SELECT DISTINCT ?m ?d WHERE { ?m a ict:Meeting ; ict:date ?d }")
    assert len(rows) == 2 and all(str(r["d"]) == "--09-25" for r in rows), rows


def test_meetings_of_unknown_year_with_the_same_forum_and_number_are_one(tmp_path):
    for name in ("ru.txt", "ru-again.txt"):
        (tmp_path / name).write_text("23 сентября в формате видеоконференции состоялась первая встреча в рамках "
                                     "Диалога Россия-АСЕАН по вопросам безопасности ИКТ.\n", encoding="utf-8")
    store = open_store(memory=True)
    ingest(read_paths([str(tmp_path)]), store)
    rows = store.query("SELECT DISTINCT ?m WHERE { ?m a ict:Meeting ; ict:ordinal ?n }")
    assert len(rows) == 1 and str(rows[0]["m"]).endswith("/n1"), rows


@pytest.mark.parametrize(("target", "stage"), [
    ("understand", "understand (kg.understand)"),
    ("find_meetings", "link and relate (kg.relate.meetings)"),
    ("announcement_triples", "to RDF (kg.rdf)"),
])
def test_a_crash_in_a_stage_is_one_line_naming_the_stage(monkeypatch, target, stage):
    import kg.ingest  # the module, to replace one stage in it

    def broken(*args, **kwargs):
        raise RuntimeError("a rule broke")

    monkeypatch.setattr(kg.ingest, target, broken)
    ann = Announcement("crash.txt", "Консультации состоялись в Москве.", "crash.txt", lang="ru")
    result = kg.ingest.process(ann, default_resources())
    assert isinstance(result, ReadProblem) and result.stage == stage
    assert str(result) == (f"crash.txt: extraction failed in {stage} (RuntimeError: a rule broke); "
                           "please report this input")
