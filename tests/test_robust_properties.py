"""Property-based tests over the ingester: for any text it returns facts or one clean line, never a
traceback, and whatever it would write parses back as RDF."""

import io

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Dataset, URIRef

from kg.ingest import Processed, default_resources, ingest, process
from kg.read import read_stdin
from kg.records import Announcement, ReadProblem
from kg.store import nquads, open_store

# rdflib's N-Quads parser uses its own deprecated API; that is not ours to fix
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

OFFICIALESE = [
    "состоялись консультации", "состоялся третий раунд", "российско-китайских консультаций",
    "по вопросам международной информационной безопасности", "В состав делегации вошли представители",
    "МИД России", "ФСБ России", "Минцифры", "Совбеза России", "под председательством", "Делегацию возглавил",
    "заместитель Министра иностранных дел Российской Федерации", "О.В.Сыромолотов", "А.В. Крутских",
    "Рабочей группы открытого состава ООН", "РГОС", "ШОС", "БРИКС", "АСЕАН", "в режиме видеоконференции",
    "подписали Соглашение о сотрудничестве", "Следующий раунд решено провести в", "Пекине", "Москве",
    "On", "hosted the", "third round of", "Russia-China consultations", "on international information security",
    "co-chaired by", "Ministry of Foreign Affairs of India", "the UN Open-Ended Working Group", "OEWG",
    "Ad Hoc Committee", "the delegation was headed by Mr", "signed a Memorandum of Understanding", "via VTC",
]
MONTHS = ["января", "марта", "апреля", "декабря", "January", "April", "November", "мая"]
MARKUP = ["<b>", "</p>", "<script>alert(1)</script>", "&amp;", "&lt;", "&#x41F;", "<!--", "-->", "]]>",
          "<a href=\"javascript:x\">", "{", "}", "} ; DROP ALL ; #", "@prefix x: <y> .", "^^xsd:date", "@en",
          "\\", "\\\"", "\"\"\"", "'''", "\n", "\n\n", "\t", "\r\n", "\u200b", "\u00ad", "\ufeff", "\x00", "\x1b"]
QUOTES = ["«", "»", "\"", "'", "„", "“", "”", "‘", "’", "(", ")", "[", "]", "—", "–", "-", "№", ".", ",", ";", ":"]

dates = st.builds(lambda d, m, y, style: [f"{d} {m} {y} года", f"{d} {m} {y}", f"{d}.{d % 12 + 1:02d}.{y}",
                                          f"{y}-{d % 12 + 1:02d}-{d:02d}", f"{d}–{d + 1} {m}"][style],
                  st.integers(1, 31), st.sampled_from(MONTHS), st.integers(1990, 2035), st.integers(0, 4))
words = st.text(alphabet=st.sampled_from("абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЭЮЯ"
                                         "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"),
                min_size=1, max_size=12)
piece = st.one_of(st.sampled_from(OFFICIALESE), dates, st.sampled_from(MARKUP), st.sampled_from(QUOTES), words,
                  st.text(max_size=8))
noise = st.lists(piece, max_size=50).map(" ".join)
# Sentences shaped like a meeting report, so that the rules that build meetings, chairs and
# delegations run too, with markup, quotes and random text spliced in anywhere.
RU_SHAPE = ["{date} года в {city} состоялся {n}-й раунд {forum}.", "В состав делегации вошли представители {agency}.",
            "Делегацию возглавил {post} {person}.", "Встреча прошла под председательством {person}."]
EN_SHAPE = ["On {date}, {city} hosted the {n} round of {forum}.", "The delegation of {agency} was headed by {person}.",
            "The meeting was co-chaired by {post} {person}."]
slot = st.one_of(piece, st.sampled_from(OFFICIALESE))
shaped = st.builds(
    lambda shapes, d, m, y, city, n, forum, agency, post, person, extra: " ".join(
        shape.format(date=f"{d} {m} {y}", city=city, n=n, forum=forum, agency=agency, post=post, person=person)
        for shape in shapes) + " " + extra,
    st.lists(st.sampled_from(RU_SHAPE) | st.sampled_from(EN_SHAPE), min_size=1, max_size=4),
    st.integers(1, 31), st.sampled_from(MONTHS), st.integers(1990, 2035),
    st.sampled_from(["Москве", "Пекине", "Geneva", "New Delhi"]) | slot, st.integers(0, 12),
    st.sampled_from(["российско-китайских консультаций по вопросам международной информационной безопасности",
                     "Russia-China consultations on international information security",
                     "Рабочей группы открытого состава ООН", "the OEWG", "ШОС"]) | slot,
    st.sampled_from(["МИД России", "ФСБ России", "Ministry of Foreign Affairs of India"]) | slot,
    st.sampled_from(["заместитель Министра иностранных дел", "Deputy Minister", "Special Envoy"]) | slot,
    st.sampled_from(["О.В.Сыромолотов", "А.В. Крутских", "Mr Andrey Krutskikh", "Г. «Кавычкин»"]) | slot,
    noise)
texts = st.one_of(noise, shaped)
field = st.one_of(st.none(), texts.map(lambda t: t[:80]))


def announcements():
    return st.builds(
        lambda text, lang, title, published, url, publisher, n: Announcement(
            id=f"prop-{n}.txt", text=text, source=f"prop-{n}.txt", lang=lang, title=title,
            published=published, url=url, publisher=publisher),
        texts, st.sampled_from([None, "ru", "en"]), field,
        st.one_of(st.none(), st.sampled_from(["2019-03-12", "2019-03", "2019"])), field, field,
        st.integers(0, 10**6))


def _round_trip(result: Processed) -> None:
    """The announcement's graph as N-Quads parses back (rdflib and Oxigraph) with every triple in it."""
    data = nquads(result.graph, result.triples)
    ds = Dataset()
    ds.parse(data=data.decode("utf-8"), format="nquads")
    back = {(s, p, o) for s, p, o, g in ds.quads((None, None, None, None)) if g == URIRef(result.graph)}
    assert back == set(result.triples)
    assert len({str(q) for q in ox.parse(data, format=ox.RdfFormat.N_QUADS)}) == len(set(result.triples))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(announcements())
def test_any_text_gives_facts_or_one_clean_line(ann):
    result = process(ann, default_resources())
    if isinstance(result, ReadProblem):
        assert str(result).startswith(ann.source + ": ") and "\n" not in str(result)
        assert "Traceback" not in str(result) and "extraction failed" not in str(result), str(result)
        assert result.stage is None, str(result)
        return
    assert isinstance(result, Processed)
    assert result.announcement.lang in ("ru", "en")
    _round_trip(result)


@settings(max_examples=150, deadline=None)
@given(st.one_of(st.binary(max_size=600), texts.map(lambda t: t.encode("utf-8")),
                 texts.map(lambda t: t.encode("utf-16")), texts.map(lambda t: t.encode("cp1251", "ignore"))))
def test_any_bytes_read_as_announcements_or_problems(data):
    for item in read_stdin(stream=io.BytesIO(data)):
        if isinstance(item, ReadProblem):
            assert "\n" not in str(item)
            continue
        assert item.text.strip()
        assert item.text.encode("utf-8")  # no lone surrogates or other unencodable text
        result = process(item, default_resources())
        assert isinstance(result, Processed | ReadProblem)
        # a problem may say the input cannot be used (its language), never that extraction crashed
        assert not isinstance(result, ReadProblem) or result.stage is None, str(result)
        if isinstance(result, Processed):
            _round_trip(result)


@settings(max_examples=15, deadline=None)
@given(st.lists(announcements(), min_size=1, max_size=6, unique_by=lambda a: a.id))
def test_a_batch_of_any_announcements_leaves_a_store_that_dumps_and_reloads(anns):
    store = open_store(memory=True)
    report = ingest(anns, store, res=default_resources())
    assert report.read + len(report.problems) == len(anns)
    assert not [p for p in report.problems if "extraction failed" in p], report.problems
    data = store.dump(None, "nq")
    assert len(list(ox.parse(data, format=ox.RdfFormat.N_QUADS))) == len(store)
