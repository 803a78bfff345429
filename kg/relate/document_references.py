"""A meeting's documents settled: bare genre words resolved to the document named before, drafts of known
documents kept apart, the General Assembly's adopted draft made the numbered resolution, and "basis"
checked against the forum the document set up.

Runs per meeting, after every sentence's documents are found (kg/relate/documents.py), because these
decisions need the whole announcement and the meeting's forum.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp.morph import lemma_ru
from kg.nlp.text import is_cyrillic
from kg.relate.document_roles import SETTING_UP
from kg.relate.facts import DocumentFact
from kg.vocab import Vocabulary

# A bare genre word ("the Protocol", "Конвенции", "Резолюцией") names a document the announcement named in full.
_BARE = re.compile(r"(?i)(?:the\s+)?(?:draft\s+|проект\w*\s+)?([\w-]+)")
_GENRES = {"protocol", "convention", "agreement", "statement", "declaration", "resolution", "plan", "report",
           "treaty", "charter", "pact", "memorandum", "concept", "programme", "strategy",
           "протокол", "конвенция", "соглашение", "заявление", "декларация", "резолюция", "план", "доклад",
           "договор", "устав", "хартия", "пакт", "меморандум", "концепция", "программа", "стратегия", "communiqué", "communique",
           "коммюнике"}
# Genres a meeting issues: one whose title opens the announcement is the announcement itself
_ISSUED = {"statement", "declaration", "communiqué", "communique", "заявление", "декларация", "коммюнике"}


def _lemma(word: str) -> str:
    return lemma_ru(word) if is_cyrillic(word) else word.lower()


def genre(d: DocumentFact) -> str | None:
    """The genre word a document's name is headed by ("convention" for "the Convention on Cybercrime")."""
    return _genre_of(d.surface) or _genre_of(d.title)


@lru_cache(maxsize=50_000)
def _genre_of(name: str) -> str | None:  # cached: each document is compared with every one before it
    for w in re.findall(r"[\w-]+", name):
        lw = _lemma(w)
        if lw in _GENRES:
            return lw
    return None


def _is_bare(d: DocumentFact) -> bool:
    m = _BARE.fullmatch(d.surface.strip())
    return bool(m and d.entity is None and d.symbol is None and _lemma(m[1]) in _GENRES)


@lru_cache(maxsize=50_000)
def _head_words(name: str) -> tuple[str, ...]:
    """The words of a name before its complement, folded: "Australia-India Framework Arrangement on ..." ->
    (australia-india, framework, arrangement)."""
    words = tuple(re.sub(r"[^\w\s-]", " ", name).lower().split())
    for i, w in enumerate(words):
        if i and w in _COMPLEMENT_WORDS:
            return words[:i]
    return words


_COMPLEMENT_WORDS = {"on", "of", "for", "between", "to", "against", "о", "об", "по", "между", "на"}


def _names_again(d: DocumentFact, x: DocumentFact) -> bool:
    """`d` is a shorter name of `x` named before: its words, with no complement of their own, end x's name
    before the complement ("the Framework Arrangement" of "the Australia-India Framework Arrangement on ...",
    "The Accra Call" of "the Accra Call for Cyber Resilient Development", "the joint statement")."""
    if d.entity is not None or d.symbol is not None or x is d:
        return False
    words = _short_name(d.surface)
    if words is None:
        return False
    if is_cyrillic(d.surface):
        # a Russian title's genitives follow its head: «проект Совместного заявления» begins «проект
        # Совместного заявления министров связи о ...», in any case form
        mine = _content(d.surface)
        return _is_draft(d) == _is_draft(x) and len(mine) >= 2 and any(
            len(full) > len(mine) and full[: len(mine)] == mine for full in (_content(x.title), _content(x.surface)))
    for name in (x.title, x.surface):
        head = _head_words(name)
        longer = len(head) > len(words) or len(re.sub(r"[^\w\s-]", " ", name).split()) > len(head)
        if head[-len(words):] == words and longer:
            return True
    return False


@lru_cache(maxsize=50_000)
def _short_name(surface: str) -> tuple[str, ...] | None:
    """The folded words of a name that can be a short name of another (two words or more, no complement)."""
    words = tuple(re.sub(r"[^\w\s-]", " ", surface).lower().split())
    if words and words[0] == "the":
        words = words[1:]
    if len(words) < 2 or _head_words(" ".join(words)) != words:
        return None
    return words


def _is_draft(d: DocumentFact) -> bool:
    return bool(re.match(r"(?i)(?:the\s+|an?\s+)?(?:draft|проект)", d.surface)) or d.title.endswith("(draft)")


# Words that do not tell one document from another: function words, "draft", and the light nouns of
# "по борьбе с X" / "on combating X", which say no more than "против X" / "against X"
_NOT_CONTENT = {"the", "a", "an", "of", "on", "for", "and", "in", "to", "by", "with", "against", "between", "at",
                "draft", "combating", "combatting", "fight", "fighting",
                "о", "об", "по", "в", "во", "на", "с", "со", "и", "для", "между", "к", "против", "от", "до", "из",
                "при", "проект", "борьба", "–", "-"}


# Modifiers any document may have: alone they name no particular one («совместное заявление»)
_ANY_DOCUMENTS = {"joint", "final", "new", "updated", "revised", "annual", "common", "совместный", "итоговый", "новый",
                  "обновленный", "ежегодный", "общий"}


@lru_cache(maxsize=50_000)
def _content(text: str) -> tuple[str, ...]:
    """The folded content words of a name, in order (Russian ones as lemmas)."""
    text = re.sub(r"\([^()]*\)", " ", text)  # "(с использованием видеоконференцсвязи)": an aside, not the name
    return tuple(w for w in (_lemma(w) for w in re.findall(r"[\w@-]+", text)) if w not in _NOT_CONTENT)


def _text_with_bodies(d: DocumentFact) -> str:
    """The document's words with each organisation or process the text names in it put as its entity ("СНГ" and
    "Содружества Независимых Государств" alike)."""
    base = d.sentence.sentence.start
    text = d.sentence.sentence.text[d.start - base : d.end - base]
    if text != d.surface:
        return d.surface
    for mt in sorted(d.sentence.mentions, key=lambda x: -x.start):
        if d.start <= mt.start and mt.end <= d.end and mt.entity is not None and mt.type in ("organization",
                                                                                             "process"):
            text = text[: mt.start - d.start] + f" @{mt.entity.key} " + text[mt.end - d.start :]
    return text


def same_document(d: DocumentFact, x: DocumentFact) -> bool:
    """`d`, a title no vocabulary knows, names the document `x` named before: the same genre, draft or not, and
    - x known, d's content words (its organisations aside) all in one of x's names in d's script («Конвенция ООН
      по борьбе с транснациональной организованной преступностью» of the UN Convention against Transnational
      Organized Crime);
    - x a title too, the same content words once organisations are put as their entities, or, in a long title,
      one word put for another with the same numbers (a translation's "Measures" and "Actions")."""
    if d.entity is not None or d.symbol or x.symbol or x is d or genre(d) is None or genre(d) != genre(x) \
            or _is_draft(d) != _is_draft(x):
        return False
    if x.entity is not None:
        mine = {w for w in _content(_text_with_bodies(d)) if not w.startswith("@")} - {genre(d)} - _ANY_DOCUMENTS
        return bool(mine) and any(mine <= set(_content(name)) for name in _names_in_script(x, d.surface))
    a, b = _content(_text_with_bodies(d)), _content(_text_with_bodies(x))
    if a == b or _inside(a, b, genre(d)):
        return True
    if _same_subject(a, b, genre(d), d.surface) or _same_subject(b, a, genre(d), x.surface):
        return True
    numbers = re.compile(r"\d")
    if len(a) >= 8 and len(a) == len(b) and [w for w in a if numbers.search(w)] == [w for w in b if numbers.search(w)]:
        return sum(p != q for p, q in zip(a, b, strict=True)) == 1
    return False


_PARTIES = re.compile(r"(?i)\b(?:между|between)\b")


def _same_subject(a: tuple[str, ...], b: tuple[str, ...], head: str | None, surface_a: str) -> bool:
    """A title with no parties of its own whose long complement ends the other title: «межправительственное
    соглашение о сотрудничестве в области …» of «Соглашение между правительством X и правительством Y о
    сотрудничестве в области …»."""
    if head not in a or _PARTIES.search(surface_a):
        return False
    rest = a[a.index(head) + 1 :]
    return len(rest) >= 4 and len(b) > len(a) and b[-len(rest) :] == rest


def _inside(a: tuple[str, ...], b: tuple[str, ...], head: str | None) -> bool:
    """A shorter title from its head on, with a complement, is a run of the longer one's words: "Protocol on
    Cyber Hygiene" of "Additional Protocol on Cyber Hygiene committed through computer systems"."""
    if len(a) < 3 or len(a) >= len(b) or a[0] != head:
        return False
    return any(b[i : i + len(a)] == a for i in range(len(b) - len(a) + 1))


def _names_in_script(x: DocumentFact, like: str) -> list[str]:
    cyrillic = is_cyrillic(like)
    return [n for n in x.entity.all_names() if is_cyrillic(n) == cyrillic]



class _Named:
    """The documents named so far, in order, found by genre and by the words their names end in: each
    mention looks up the few that may be its antecedent, not every one before it (a long text names
    hundreds)."""

    def __init__(self, earlier: list[DocumentFact]):
        self.by_genre: dict[str | None, list[DocumentFact]] = {}
        self.by_word: dict[str, list[DocumentFact]] = {}
        for x in earlier:
            self.add(x)

    def add(self, x: DocumentFact) -> None:
        if not _is_bare(x):
            self.by_genre.setdefault(genre(x), []).append(x)
        for w in set(_head_words(x.title) + _head_words(x.surface)):
            self.by_word.setdefault(w, []).append(x)


def _latest(named: list[DocumentFact], fits) -> DocumentFact | None:
    """The last document of `named` that fits: the nearest antecedent."""
    return next((x for x in reversed(named) if fits(x)), None)


def settle_documents(docs: list[DocumentFact], earlier: list[DocumentFact], forum_iri: str | None,
                     vocab: Vocabulary, headline: str | None = None) -> list[DocumentFact]:
    """A meeting's documents, once: bare genre words resolved to the document named before, drafts of known
    documents kept apart from the documents themselves, and the basis role settled against the forum.
    `headline`: the title of the document the page's headline names, the statement a bare "statement" is."""
    out: list[DocumentFact] = []
    kept: set[int] = set()  # ids of the documents in `out`
    named = _Named(earlier)

    def keep(x: DocumentFact) -> None:
        out.append(x)
        kept.add(id(x))
        named.add(x)

    def adopt(ante: DocumentFact, d: DocumentFact) -> None:
        """`d` names `ante` again: ante is this meeting's document too, with d's act where it says more."""
        if id(ante) not in kept:
            ante = _copy_to(ante, d)
            keep(ante)
        if ante.role == "referenced" and d.role != "referenced":
            # the act and its evidence are the later mention's ("... согласовали проект Совместного заявления")
            # (a known document keeps its first words: the vocabulary names it, the text's words are shown)
            if ante.entity is None:
                ante.aliases = list(dict.fromkeys([*ante.aliases, ante.surface]))
                ante.surface, ante.start, ante.end, ante.sentence = d.surface, d.start, d.end, d.sentence
            ante.role = d.role

    for d in docs:
        if d.role == "basis" and d.entity is None:
            _settle_basis(d, forum_iri)  # each mention's own evidence: a later one may say it again of the forum
        if _is_bare(d):
            ante = _latest(named.by_genre.get(genre(d), []), lambda x, d=d: x.start < d.start)
            if ante is None:
                if d.role in ("signed", "adopted") and not _BARE.fullmatch(d.surface.strip())[0].lower().startswith("the"):
                    if headline and genre(d) in _ISSUED and _genre_of(headline) == genre(d):
                        d.title, d.aliases = headline, [d.surface]  # "the following statement": the headline's
                    keep(d)
                continue
            adopt(ante, d)
            continue
        short = _short_name(d.surface) if d.entity is None and d.symbol is None else None
        earlier_names = named.by_genre.get(genre(d), []) if is_cyrillic(d.surface) else named.by_word.get(
            short[-1], []) if short is not None else []
        ante = _latest(earlier_names, lambda x, d=d: x.start < d.start and _names_again(d, x)) \
            if short is not None else None
        if ante is not None:  # a short name of a document named in full before is that document
            adopt(ante, d)
            continue
        ante = _latest(named.by_genre.get(genre(d), []), lambda x, d=d: x.start < d.start and same_document(d, x)) \
            if d.entity is None else None
        if ante is not None:  # the same document in other words
            adopt(ante, d)
            _also_named(ante, d)
            continue
        for x in out:
            if d.entity is not None and x.entity is None and same_document(x, d):
                x.title, x.entity, x.year, x.aliases = d.title, d.entity, d.entity.year, []  # now known by name
        body = vocab.get(forum_iri)
        if _is_draft(d) and d.role == "adopted" and genre(d) in ("resolution", "резолюция") and body is not None \
                and body.holds_sessions:
            # the Assembly adopting a draft resolution makes the resolution: the one the announcement numbers
            numbered = {x.title: x for x in earlier if x.symbol and x.symbol.startswith("A/RES/")}
            if len(numbered) == 1:
                keep(_copy_to(next(iter(numbered.values())), d))
                continue
        if _is_draft(d) and d.entity is not None:
            # a draft is its own document ("United Nations Convention against Cybercrime (draft)")
            d.title, d.entity = f"{d.entity.name_en} (draft)", None
        keep(d)
    for d in out:
        _settle_basis(d, forum_iri)
        if d.start <= 2 and d.role == "referenced" and genre(d) in _ISSUED and not _is_draft(d):
            d.role = "adopted"  # "Joint Statement on the ... Dialogue | On 3 May ...": the text is the statement
    return out


def _also_named(x: DocumentFact, d: DocumentFact) -> None:
    """A title no vocabulary knows keeps the other names the text gives it."""
    if x.entity is None:
        x.aliases = list(dict.fromkeys([*x.aliases, d.title, *d.aliases]))


def _copy_to(ante: DocumentFact, d: DocumentFact) -> DocumentFact:
    """The antecedent, as this meeting's document, with the act and evidence of the bare mention."""
    from dataclasses import replace

    return replace(ante, role=d.role, surface=d.surface, start=d.start, end=d.end, sentence=d.sentence)


def _settle_basis(d: DocumentFact, forum_iri: str | None) -> None:
    """Basis means the meeting's own forum was set up under the document: the vocabulary knows what a
    document set up; otherwise the body named before "учреждена"/"set up" must not be another forum."""
    if d.entity is not None and d.entity.basis_of:
        if forum_iri in d.entity.basis_of and d.role == "referenced":
            d.role = "basis"
        elif forum_iri not in d.entity.basis_of and d.role == "basis":
            d.role = "referenced"
        return
    if d.role != "basis":
        return
    si = d.sentence
    text, base = si.sentence.text, si.sentence.start
    subjects = [mt for mt in si.mentions if mt.end <= d.start and mt.entity is not None
                and mt.type in ("process", "organization")
                # a member of a pair that names the forum («Диалога Россия-ССАГПЗ», "ASEAN-Japan") set up nothing
                and not re.search(r"\w\s*[-–—]\s*$", text[max(0, mt.start - base - 3) : mt.start - base])
                and not re.match(r"\s*[-–—]\s*\w", text[mt.end - base : mt.end - base + 3])]
    if subjects and subjects[-1].entity.iri != forum_iri and SETTING_UP.search(
            si.sentence.text[subjects[-1].end - si.sentence.start : d.start - si.sentence.start]):
        d.role = "referenced"  # another body was set up under it (or the meeting has no forum to set up)
