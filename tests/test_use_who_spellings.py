"""A foreign co-chair named by an English announcement in the spelling of their own language ("Sok
Puthyvuth") and by a Russian one in Cyrillic («Сок Пхутхивут», transliterated "Sok Pkhutkhivut") is one
person: `who` finds the meetings of both announcements by either spelling, and English pages show the
English spelling (issue #17). The announcements are written here, not taken from the corpus."""

import csv
import io

import pytest
from click.testing import CliRunner
from rdflib import URIRef

from kg.cli import cli
from kg.queries import run_query
from kg.serve.search import name_table, search
from kg.serve.workbench import load_labels
from kg.store import open_store
from kg.use.names import label_of
from kg.use.network import build_network, node_label
from kg.use.who import who
from kg.validate import validate_store

ENGLISH = """Russia and Cambodia hold consultations on ICT security

On 14 March 2023, Russian-Cambodian consultations on international information security were held in Phnom \
Penh. The Cambodian delegation was headed by Sok Puthyvuth, Secretary of State of the Ministry of Posts and \
Telecommunications. The Russian delegation was headed by Alexander Venediktov, Deputy Secretary of the Security \
Council of the Russian Federation.
"""
RUSSIAN = """О российско-камбоджийских консультациях по вопросам международной информационной безопасности

20 мая 2024 года в Москве состоялись российско-камбоджийские консультации по вопросам международной \
информационной безопасности. Сопредседателями консультаций выступили заместитель Секретаря Совета Безопасности \
Российской Федерации А.П.Венедиктов и государственный секретарь Министерства почт и телекоммуникаций Камбоджи \
Сок Пхутхивут.
"""
DATES = {"2023-03-14", "2024-05-20"}  # the English announcement's meeting, the Russian one's


def _ingest(tmp_path, texts: dict[str, str]) -> str:
    folder = tmp_path / "announcements"
    folder.mkdir()
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    store = str(tmp_path / "store")
    out = CliRunner().invoke(cli, ["ingest", str(folder), "--store", store])
    assert out.exit_code == 0, out.output
    return store


@pytest.fixture(scope="module")
def both(tmp_path_factory) -> str:
    return _ingest(tmp_path_factory.mktemp("both"), {"en-khm-2023.txt": ENGLISH, "ru-khm-2024.txt": RUSSIAN})


def _read(path: str):
    return open_store(path, read_only=True)


def _sok(store) -> list[URIRef]:
    rows = store.query("""SELECT DISTINCT ?p WHERE { ?p a ict:Person ; skos:prefLabel|ict:nameLatin ?n
                          FILTER(CONTAINS(STR(?n), "Sok") || CONTAINS(STR(?n), "Сок")) }""")
    return sorted(URIRef(r["p"]) for r in rows)


def test_both_spellings_are_one_person(both):
    store = _read(both)
    [person] = _sok(store)
    chairs = store.query("SELECT DISTINCT ?m WHERE { ?c ict:chairPerson ?p ; ict:chairOf ?m . ?m ict:date ?d }",
                         {"p": person})
    assert len(chairs) == 2  # the co-chair of the Russian announcement's meeting, the head of the English one's
    assert person.rsplit("/", 1)[-1] == "putivut-sok"


@pytest.mark.parametrize("name", ["Sok Puthyvuth", "Sok Putivut", "Sok Pkhutkhivut", "Сок Пхутхивут",
                                  "Puthyvuth", "Пхутхивута", "SOK PUTHYVUTH"])
def test_who_finds_the_meetings_of_both_announcements_by_either_spelling(both, name):
    out = CliRunner().invoke(cli, ["who", name, "--store", both, "--format", "csv"])
    assert out.exit_code == 0, out.output
    rows = list(csv.DictReader(io.StringIO(out.stdout)))
    assert {r["date"] for r in rows} == DATES
    assert {r["role"] for r in rows} <= {"chair", "participant", "chair; participant"}


def test_english_pages_show_the_english_spelling_and_russian_pages_the_native_form(both):
    store = _read(both)
    [person] = _sok(store)
    assert who(store, "Сок Пхутхивут").label == "Sok Puthyvuth"
    assert label_of(store, person) == "Sok Puthyvuth"
    assert label_of(store, person, "ru") == "Сок Пхутхивут"
    labels = load_labels(store)
    assert labels.of(person, "en") == "Sok Puthyvuth" and labels.of(person, "ru") == "Сок Пхутхивут"
    net = build_network(store)
    assert node_label(net.graph, str(person), "en") == "Sok Puthyvuth"
    assert node_label(net.graph, str(person), "ru") == "Сок Пхутхивут"
    _, rows = run_query(store, "cq3_chairs")
    assert {str(r["personLabel"]) for r in rows if str(r["person"]) == str(person)} == {"Sok Puthyvuth"}
    # one English label: the Russian announcement's transliteration is the Latin name, not a second one
    english = store.query("SELECT ?l WHERE { ?p skos:prefLabel ?l FILTER(LANG(?l) = 'en') }", {"p": person})
    assert [str(r["l"]) for r in english] == ["Sok Puthyvuth"]
    latin = store.query("SELECT ?l WHERE { ?p ict:nameLatin ?l }", {"p": person})
    assert [str(r["l"]) for r in latin] == ["Sok Pkhutkhivut"]


def test_the_search_box_finds_the_person_by_another_spelling(both):
    store = _read(both)
    [person] = _sok(store)
    names = name_table(store)
    for query in ("Sok Putivut", "Пхутхивут"):
        found = search(store, names, query)
        persons = dict(found["groups"]).get("person", [])
        assert [p["iri"] for p in persons] == [str(person)], query


def test_the_merged_person_passes_the_shapes(both):
    report = validate_store(_read(both))
    assert not [p for p in report.problems if "/person/" in p.focus], str(report)


def test_without_an_english_announcement_the_transliteration_is_the_english_name(tmp_path):
    store = _read(_ingest(tmp_path, {"ru-khm-2024.txt": RUSSIAN}))
    [person] = _sok(store)
    assert label_of(store, person) == "Sok Pkhutkhivut"
    assert load_labels(store).of(person, "en") == "Sok Pkhutkhivut"
    assert node_label(build_network(store).graph, str(person), "en") == "Sok Pkhutkhivut"
    assert who(store, "Sok Puthyvuth").meetings[0].date == "2024-05-20"
