"""Understand: an announcement becomes sentences with tokens, linked mentions, people and dates.

Heavy resources (vocabulary, gazetteer, morphology) are built once in
`Resources` and passed in; this stage never reads files.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from itertools import islice

from kg.link import Gazetteer, Mention, Places, doubt_unnamed_owners, link_mentions, link_places
from kg.link_organs import OrganMembersNames, OrganShortNames, link_member_councils, link_short_organs
from kg.nlp.cities import CityIndex
from kg.nlp.dates import DateMention, find_dates
from kg.nlp.persons import PersonMention, find_persons_en, find_persons_ru
from kg.nlp.text import Sentence, Token, is_cyrillic, normal_tokens, sentences, tokenize
from kg.records import Announcement
from kg.vocab import Vocabulary, entities_from_graph, load_vocab_graph, load_vocabulary, vocab_files

# Lines that belong to the page around the article, not to the announcement.
_BOILERPLATE = re.compile(
    r"^\s*(Источник\s*:|Source\s*:|Print Friendly|Поделиться|Share\b|Версия для печати|Подписаться|"
    r"Все новости|←|→|©|Главная\s*/|Поиск по сайту|Размер шрифта|Home\s*/|Print\b|Tweet\b|Back to top|"
    r"Сообщение для СМИ|Press release\s*$|Press Release\s*$)", re.I)


@dataclass
class Resources:
    vocab: Vocabulary
    gazetteer: Gazetteer  # bodies, processes, places, posts
    documents: Gazetteer  # known documents, matched apart so their titles hide no body
    places: Places  # the vocabulary's places and GeoNames' cities
    extra_digest: str = ""  # what the extra vocabulary entities were, for the fingerprint

    @cached_property
    def organs(self) -> OrganShortNames:
        """Organs of organisations by their names without the organisation."""
        return OrganShortNames(self.vocab)

    @cached_property
    def member_councils(self) -> OrganMembersNames:
        """Councils of organisations by the posts of those who sit in them."""
        return OrganMembersNames(self.vocab)

    @classmethod
    def load(cls, extra_vocabulary=None) -> Resources:
        """The shipped vocabularies, plus the entities and aliases of `extra_vocabulary` (an rdflib
        Graph, e.g. a store's analyst vocabulary, kg/curation): read as if they were in
        ontology/vocab/, so the same rules link them in any case form."""
        if extra_vocabulary is None or len(extra_vocabulary) == 0:
            vocab, digest = load_vocabulary(), ""
        else:
            vocab = Vocabulary(entities_from_graph(load_vocab_graph() + extra_vocabulary))
            digest = _graph_digest(extra_vocabulary)
        return cls(vocab, Gazetteer(vocab), Gazetteer(vocab, frozenset({"document"}), exclude=False),
                   Places(vocab, _city_index()), digest)

    @cached_property
    def fingerprint(self) -> str:
        """What the extraction depends on besides the text: the extractor's own code and the
        vocabularies. A change to either makes the next ingest re-extract every announcement."""
        import hashlib
        from pathlib import Path

        here = Path(__file__).resolve().parent
        code = sorted([*here.glob("relate/*.py"), *here.glob("nlp/*.py"),
                       *(here / n for n in ("link.py", "understand.py", "rdf.py", "vocab.py"))])
        h = hashlib.sha1()
        for f in [*code, *vocab_files()]:
            h.update(f.read_bytes())
        h.update(self.extra_digest.encode("ascii"))
        return h.hexdigest()[:12]


def _graph_digest(graph) -> str:
    import hashlib

    lines = sorted(" ".join(t.n3() for t in triple) for triple in graph)
    return hashlib.sha1("\n".join(lines).encode("utf-8")).hexdigest()


@lru_cache(maxsize=1)
def _city_index() -> CityIndex:
    return CityIndex.from_geonames()  # ~3 s: built once per process


@dataclass
class SentenceInfo:
    sentence: Sentence
    tokens: list[Token]
    mentions: list[Mention]
    persons: list[PersonMention]
    dates: list[DateMention]
    boilerplate: bool = False
    documents: list[Mention] = field(default_factory=list)  # known documents named in the sentence
    # what later stages read of the sentence once, by name (e.g. whether it reports a meeting)
    memo: dict[str, object] = field(default_factory=dict, repr=False, compare=False)


@dataclass
class Doc:
    announcement: Announcement
    text: str
    lang: str
    sents: list[SentenceInfo] = field(default_factory=list)
    publisher_state: str | None = None  # the government whose own site published it (government_of)

    def mentions(self):
        for s in self.sents:
            yield from s.mentions


def clean_text(text: str) -> str:
    """Blank out page furniture (navigation, share buttons, source trailers) keeping offsets."""
    out = []
    for line in text.split("\n"):
        if _BOILERPLATE.match(line) or (line.count("|") >= 2 and len(line.split()) < 25):
            out.append(" " * len(line))
        else:
            out.append(line)
    return "\n".join(out)


def understand(ann: Announcement, res: Resources, on_progress: Callable[[str], None] | None = None) -> Doc:
    """Sentences with their tokens, mentions, persons and dates; `on_progress` hears how far a long text
    has got (every 500 sentences)."""
    text = clean_text(ann.text)
    lang = ann.lang or "ru"
    doc = Doc(ann, text, lang)
    cut = sentences(text)
    for i, s in enumerate(cut):
        if on_progress is not None and i % 500 == 0 and i:
            on_progress(f"understanding sentence {i:,} of {len(cut):,}")
        toks = tokenize(s.text, s.start)
        mentions = link_places(text, toks, link_mentions(text, toks, res.gazetteer), res.places)
        taken = [(m.start - s.start, m.end - s.start) for m in mentions]
        finder = find_persons_ru if is_cyrillic(s.text) else find_persons_en
        persons = [_shift(p, s.start) for p in finder(s.text, taken)]
        dates = [_shift_date(d, s.start) for d in find_dates(s.text)]
        documents = link_mentions(text, toks, res.documents)
        doc.sents.append(SentenceInfo(s, toks, mentions, persons, dates, documents=documents))
    _resolve_short_forms(doc)
    link_short_organs(doc.sents, res.organs)
    link_member_councils(doc.sents, res.member_councils)
    doc.publisher_state = government_of(doc, res.vocab)
    doubt_unnamed_owners([si.mentions for si in doc.sents], res.vocab, home_state(doc) or doc.publisher_state)
    return doc


# Labels of a government's own host names: "esteri.it", "diplomatie.gouv.fr", "mofa.go.jp", "mea.gov.in".
_GOVERNMENT_HOST = {"gov", "gouv", "go", "gob", "govt", "mfa", "esteri", "mofa", "mea", "dfat", "auswaertiges-amt"}


def home_state(doc: Doc) -> str | None:
    """The publishing state of a Russian text or site: whose agencies an unqualified "МИД" means, and whose
    own bodies are the ones the vocabulary knows (the relating stage gives unknown ones to the other side)."""
    url = (doc.announcement.url or "") + " " + (doc.announcement.publisher or "")
    host = re.match(r"\s*https?://([^/\s]+)", doc.announcement.url or "")
    if doc.lang == "ru" and host and host[1].rsplit(".", 1)[-1] in _CIS_DOMAINS:
        return _CIS_DOMAINS[host[1].rsplit(".", 1)[-1]]  # a Russian page of report.az, kun.uz: that state's press
    if doc.lang == "ru" or re.search(r"\.ru\b|МИД России|Russia", url):
        return "RUS"
    return None


# Country domains of states whose press writes in Russian: whose bodies an unqualified «СГБ» or «МИД» names there
_CIS_DOMAINS = {"az": "AZE", "am": "ARM", "by": "BLR", "kz": "KAZ", "kg": "KGZ", "md": "MDA", "tj": "TJK",
                "tm": "TKM", "uz": "UZB"}


def government_of(doc: Doc, vocab: Vocabulary) -> str | None:
    """The state whose government's own site published the text (esteri.it, diplomatie.gouv.fr, mofa.go.jp,
    state.gov): whose ministry "the Foreign Ministry" is."""
    host = re.match(r"\s*https?://([^/\s]+)", doc.announcement.url or "")
    if host is None:
        return None
    parts = host[1].lower().split(".")
    if parts[-1] in ("gov", "mil"):
        return "USA"
    state = vocab.by_iso2.get(parts[-1])  # a news site's country is not who "the Foreign Ministry" is
    return state.state if state is not None and _GOVERNMENT_HOST & set(parts[:-1]) else None


def _shift(p: PersonMention, offset: int) -> PersonMention:
    p.start += offset
    p.end += offset
    return p


def _shift_date(d: DateMention, offset: int) -> DateMention:
    from dataclasses import replace

    return replace(d, start=d.start + offset, end=d.end + offset)


def _resolve_short_forms(doc: Doc) -> None:
    """A capitalised head word ("Ассоциации", "the Committee") after its entity names it again."""
    seen: dict[str, Mention] = {}
    for si in doc.sents:
        taken = {(m.tok_start, m.tok_end) for m in si.mentions}
        covered = {i for m in si.mentions for i in range(m.tok_start, m.tok_end)}
        extra = []
        i = 0
        while i < len(si.tokens):
            tok = si.tokens[i]
            if i in covered or not tok.title or tok.caps:
                i += 1
                continue
            found = None
            for m in islice(reversed(seen.values()), _RECENT_ENTITIES):
                n = _label_start(si.tokens, i, covered, m)
                if n:  # "Программы действий" after "Программе действий в сфере ИКТ"
                    found = (m, n)
                    break
                if i > 0 and m.entity and _is_head_word(tok.norm, m) and not si.tokens[i - 1].title:
                    # "the Dialogue" names it again; "… Cyber Framework Dialogue" ends another name
                    found = (m, 1)
                    break
            if found:
                m, n = found
                end = si.tokens[i + n - 1].end
                extra.append(Mention(m.entity, m.type, tok.start, end, i, i + n, si.sentence.text[
                    tok.start - si.sentence.start : end - si.sentence.start], "short-form", state=m.state))
                i += n
            else:
                i += 1
        if extra:
            si.mentions = sorted(si.mentions + extra, key=lambda m: m.start)
        for m in si.mentions:
            if m.entity and m.type in ("organization", "process") and (m.tok_start, m.tok_end) in taken:
                seen.pop(m.entity.iri, None)  # most recently named last
                seen[m.entity.iri] = m


# A short form names one of the entities named shortly before it; trying only the latest keeps a long text's
# work linear in its length.
_RECENT_ENTITIES = 40


def _label_start(tokens: list[Token], i: int, covered: set[int], m: Mention) -> int:
    """How many tokens from `i` repeat two or more words of one of the entity's labels: its first words (not
    all of them), or, after "the", words that end on the name's head noun."""
    if not m.entity:
        return 0
    best = 0
    definite = i > 0 and tokens[i - 1].norm == "the"
    for label in _label_norms(tuple(t for t, _ in m.entity.labels)):
        for k in range(len(label) - 1):
            if label[k] != tokens[i].norm or (k and not definite):
                continue
            n = 0
            while k + n < len(label) - (0 if k else 1) and i + n < len(tokens) and i + n not in covered \
                    and tokens[i + n].norm == label[k + n]:
                n += 1
            last = label[k + n - 1] if n else ""
            # from the start of a name ("Программы действий"), or, after "the", the words ending on the
            # name's head noun ("the Working Group" of the Open-ended Working Group on ...)
            if n >= 2 and last not in _WEAK_ENDS and (k == 0 or last in _HEAD_NOUNS_EN):
                best = max(best, n)
    return best


_HEAD_NOUNS_EN = {"group", "committee", "council", "conference", "forum", "dialogue", "commission", "initiative",
                  "mechanism", "assembly", "meeting"}
# A short form does not end on a function word or a bare generic noun: "Программа действий" is a name,
# "Группа по" is not.
_WEAK_ENDS = {"по", "в", "на", "о", "об", "и", "of", "on", "for", "in", "the", "and", "to"}


@lru_cache(maxsize=20_000)
def _label_norms(labels: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    return tuple(t for t in (normal_tokens(text) for text in labels) if len(t) >= 3)


def _is_head_word(norm: str, m: Mention) -> bool:
    return norm in _head_words(tuple(t for t, _ in m.entity.labels))


_EN_PREPOSITIONS = {"on", "of", "for", "in", "against", "between", "to", "with"}
_GENERIC_HEADS = {"группа", "group", "совет", "council", "рабочий", "working", "un"}


@lru_cache(maxsize=20_000)
def _head_words(labels: tuple[str, ...]) -> frozenset[str]:
    """The word a text uses to name an entity again: the first noun of a Russian label, the last of
    an English one ("Ассоциация" for ASEAN, "Committee" for the Ad Hoc Committee)."""
    heads = set()
    for text in labels:
        toks = normal_tokens(text)
        if len(toks) < 2:
            continue
        if is_cyrillic(text):
            heads.add(toks[0])
        else:  # the noun before the first preposition: "Conference" in "Ministerial Conference on Cybersecurity"
            cut = next((k for k, t in enumerate(toks) if k and t in _EN_PREPOSITIONS), len(toks))
            head = toks[cut - 1]
            heads.add(head if head not in ("ict", "icts") else toks[0])
    return frozenset(heads - _GENERIC_HEADS)
