"""Link: find vocabulary entities in the text, in whatever case form they appear.

Labels and text go through the same normal form (lemmas for Russian, stems for
English), and the longest label wins. Agencies whose names many states share
("Министерство иностранных дел") take their state from a state name that
follows ("МИД России", "Ministry of Foreign Affairs of India") or an adjective
before ("российский МИД"); otherwise `relate` decides from the context.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from kg.ids import slug
from kg.namespaces import ID
from kg.nlp.cities import City, CityIndex, name_key
from kg.nlp.morph import analyzer
from kg.nlp.text import Token, is_cyrillic, normal_tokens, tokenize
from kg.vocab import Entity, Vocabulary

# English function words a state name may follow inside an agency name.
_OF = {"of", "the"}
_MINISTRY = {"министерство": "министр", "ministry": "minister"}
# Descriptions officialese gives every state's foreign and defence ministry (vocabulary keys "mfa", "mod")
_DESCRIPTIVE_NAMES = {"mfa": ("внешнеполитическое ведомство",), "mod": ("оборонное ведомство", "военное ведомство")}
# A body's name -> the post of its head, in normal form: «Генпрокуратура» is the office of the «генпрокурор»
_POST_OF_BODY = {("генпрокуратура",): ("генпрокурор",), ("генеральный", "прокуратура"): ("генеральный", "прокурор")}
# "Office of the Prosecutor General", "Prosecutor General's Office": named after the post of the one who heads it
_OFFICE_OF_POST = re.compile(r"Office of the ((?:[\w-]+ ){0,3}(?:Prosecutor|Attorney|Procurator|Ombudsman)[\w -]*)|"
                             r"((?:[\w-]+ ){0,2}(?:Prosecutor|Attorney|Procurator)[\w -]*?)['’]s Office")
# Words of a label that do not make a match on their own.
_WEAK_SINGLE = {"совет", "council", "group", "группа", "committee", "комитет", "ministry", "министерство",
                "office", "аппарат", "forum", "форум", "dialogue", "диалог", "union", "союз", "mechanism"}


@dataclass(frozen=True)
class Entry:
    entity: Entity
    via: str  # label | acronym | adjective
    caps: tuple[bool, ...]  # which label tokens are acronyms (must be capitals in the text too)
    title: bool  # the label starts with a capital: so must the text


@dataclass
class Mention:
    entity: Entity | None
    type: str
    start: int
    end: int
    tok_start: int
    tok_end: int  # exclusive
    surface: str
    via: str = "label"
    options: list[Entity] = field(default_factory=list)  # agencies of several states, undecided
    state: str | None = None  # ISO3 the text attaches (agencies), or the state itself
    name: str | None = None  # for a candidate named through a post: the body's name ("Ministry of Justice")
    english: str | None = None  # for a candidate of a body the vocabulary knows for other states: its English name
    stated: bool = False  # the text names the agency's state with it ("российский МИД", "Ministry of X of Peru")

    @property
    def iri(self) -> str | None:
        return self.entity.iri if self.entity else None


class Gazetteer:
    """Normal-form token sequences of every vocabulary name -> entries."""

    def __init__(self, vocab: Vocabulary, types: frozenset[str] = frozenset({"document"}), exclude: bool = True):
        """Index the entities of `types`, or of every other type when `exclude` (the default leaves
        documents out: a document's title is not a mention of the bodies named in it)."""
        self.vocab = vocab
        self.index: dict[tuple[str, ...], list[Entry]] = defaultdict(list)
        self.prefixes: set[tuple[str, ...]] = set()  # every start of a key: matching stops when none fits
        self.max_len = 1
        self._english_posts: set[tuple[str, ...]] = set()
        for e in vocab.entities.values():
            if (e.type in types) == exclude:
                continue
            for text, _ in e.labels + [(e.pref[k], k) for k in e.pref]:
                self._add(text, e, "label")
            for text, _ in e.acronyms:
                self._add(text, e, "acronym")
            for text, _ in e.adjectives:
                self._add(text, e, "adjective")
            if e.type == "agency":
                self._add_minister_forms(e)
                for text in _DESCRIPTIVE_NAMES.get(e.iri.rsplit("/", 1)[-1], ()):
                    self._add(text, e, "label")
        for key in self._english_posts:  # "Foreign Minister" is a post the roles name, read with the person
            bucket = self.index[key]
            if any(x.entity.type == "role" for x in bucket):
                bucket[:] = [x for x in bucket if x.via != "post"]

    def _add(self, text: str, e: Entity, via: str) -> None:
        toks = tokenize(text)
        if not toks:
            return
        key = tuple(t.norm for t in toks)
        if len(key) == 1 and key[0] in _WEAK_SINGLE:
            return
        caps = tuple(t.caps for t in toks)
        if via == "acronym" and len(toks) == 1 and not toks[0].caps:
            caps = (True,)
        entry = Entry(e, via, caps, toks[0].title and e.type in ("state", "place"))
        bucket = self.index[key]
        if not any(x.entity.iri == e.iri for x in bucket):
            bucket.append(entry)
        self.max_len = max(self.max_len, len(key))
        self._add_prefixes(key)

    def _add_prefixes(self, key: tuple[str, ...]) -> None:
        for n in range(1, len(key) + 1):
            self.prefixes.add(key[:n])

    def _add_minister_forms(self, e: Entity) -> None:
        """A post names its body: "министр общественной безопасности" -> Министерство общественной безопасности,
        «замминистра связи», "the Interior Minister", «Генпрокурор», "the Prosecutor General"."""
        for text, _ in e.labels:
            toks = tokenize(text)
            norms = tuple(t.norm for t in toks)
            keys = []
            if len(toks) > 1 and toks[0].norm in _MINISTRY:
                rest = norms[1:]
                keys = [(_MINISTRY[toks[0].norm], *rest)]
                if rest[0] == "of":  # "Minister for Communications and Information"
                    keys.append((_MINISTRY[toks[0].norm], "for", *rest[1:]))
                if toks[0].norm == "министерство":
                    keys.append(("замминистра", *rest))  # «замминистра цифрового развития»: the deputy's post
            elif len(toks) > 1 and norms[-1] == "ministry":
                keys = [(*norms[:-1], "minister")]  # "the Interior Minister", "Home Minister"
                self._english_posts.add(keys[0])
            keys += [_POST_OF_BODY[norms[: len(b)]] + norms[len(b) :] for b in _POST_OF_BODY if norms[: len(b)] == b]
            office = _OFFICE_OF_POST.fullmatch(text)
            if office:  # "Office of the Prosecutor General", "Attorney-General's Office": the office holder's post
                keys.append(tuple(t.norm for t in tokenize(office[1] or office[2])))
            entry = Entry(e, "post", tuple(t.caps for t in toks), False)
            for key in keys:
                bucket = self.index[key]
                if not any(x.entity.iri == e.iri for x in bucket):
                    bucket.append(entry)
                self._add_prefixes(key)
                self.max_len = max(self.max_len, len(key))

    def match(self, tokens: list[Token]) -> list[tuple[int, int, list[Entry]]]:
        """Longest non-overlapping matches, left to right: (start token, end token, entries)."""
        out = []
        norms = [t.norm for t in tokens]
        i, n = 0, len(tokens)
        while i < n:
            found = None
            key: tuple[str, ...] = ()
            for j in range(i, n):
                key = (*key, norms[j])
                if key not in self.prefixes:
                    break
                entries = self.index.get(key)
                if entries:
                    ok = [e for e in entries if _fits(e, tokens[i : j + 1])]
                    if ok:
                        found = (i, j + 1, ok)
            if found:
                out.append(found)
                i = found[1]
            else:
                i += 1
        return out


def _fits(entry: Entry, span: list[Token]) -> bool:
    if any(c and not (t.caps or t.text.isupper()) for c, t in zip(entry.caps, span, strict=False)):
        return False
    return not (entry.title and not span[0].title)


def link_mentions(text: str, tokens: list[Token], gazetteer: Gazetteer) -> list[Mention]:
    """Every vocabulary entity named in `tokens`, with agencies bound to a state where the text says."""
    raw = gazetteer.match(tokens)
    mentions: list[Mention] = []
    for s, e, entries in _with_agencies_inside_posts(tokens, raw, gazetteer):
        start, end = tokens[s].start, tokens[e - 1].end
        surface = text[start:end]
        types = {x.entity.type for x in entries}
        if types == {"agency"} or (len(types) > 1 and "agency" in types and entries[0].entity.type == "agency"):
            ags = [x.entity for x in entries if x.entity.type == "agency"]
            m = Mention(ags[0] if len(ags) == 1 else None, "agency", start, end, s, e, surface,
                        entries[0].via, ags if len(ags) > 1 else [], ags[0].state if len(ags) == 1 else None)
        else:
            best = _prefer(entries)
            via = best.via
            type_ = "state-adjective" if via == "adjective" and best.entity.type == "state" else best.entity.type
            m = Mention(best.entity, type_, start, end, s, e, surface, via, state=best.entity.state
                        if best.entity.type == "state" else None)
        mentions.append(m)
    mentions = [m for m in mentions if not _inside_a_name(text, m, mentions)]
    return _bind_agency_states(text, tokens, _longer_names(text, tokens, mentions))


def _inside_a_name(text: str, m: Mention, mentions: list[Mention]) -> bool:
    """ «пишет Интерфакс-Казахстан», "Reuters-Japan": a state's name hyphened to a word that names nothing is part
    of another name (an agency's, a company's); «Россия-Китай», "U.S.-Japan" are pairs and stay."""
    if m.type != "state" or m.start < 2 or text[m.start - 1] != "-" or not text[m.start - 2].isalpha():
        return False
    return not any(o.end == m.start - 1 for o in mentions)


def _longer_names(text: str, tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
    """ "Ministry of Communications and Digitalisation", «Министерства внутренних дел и культурного наследия»:
    a known body's name is only the start of a longer one, which is another body, not yet known."""
    taken = {i for m in mentions for i in range(m.tok_start, m.tok_end)}
    out = []
    for m in mentions:
        joined = m.tok_end < len(tokens) and not text[m.end : tokens[m.tok_end].start].strip()
        ends_at_head = tokens[m.tok_end - 1].norm in _HEAD_NORMS_EN
        end = _continuation(tokens, m.tok_end, taken) if m.type == "agency" and m.via == "label" and joined \
            and not ends_at_head and not m.surface.isupper() else m.tok_end  # "CSB and Authority for …": two bodies
        start = m.tok_start
        if m.type == "agency" and m.via == "label" and m.entity is None and start and start - 1 not in taken \
                and tokens[start - 1].text in _LEVEL_EN and not text[tokens[start - 1].end : m.start].strip():
            start -= 1  # "the Federal Ministry of Defence": a body of a state's level the shared name does not say
        if end == m.tok_end and start == m.tok_start:
            out.append(m)
            continue
        surface = text[tokens[start].start : tokens[end - 1].end]
        out.append(Mention(None, "agency", tokens[start].start, tokens[end - 1].end, start, end, surface, "candidate"))
    return out


# English head nouns of a body's name: a name that ends in its head ("the Kenyan foreign ministry") takes
# no complement after it, so "and Paul Tremblay" that follows is the next item of the sentence, not more name.
_HEAD_NORMS_EN = {"ministry", "department", "office", "agency", "service", "council", "committee", "commission",
                  "bureau", "directorate", "authority", "centre", "center", "secretariat", "administration"}


# Words of a government's level that open a body's own name before a name many states' bodies share.
_LEVEL_EN = {"Federal", "Union", "Central", "Royal"}


def _continuation(tokens: list[Token], i: int, taken: set[int]) -> int:
    """Where a name that reached token `i` really ends, if it goes on with "and …"/«и …»; else `i`."""
    if i + 1 >= len(tokens) or tokens[i].norm not in ("and", "и", "&") or i + 1 in taken:
        return i
    nxt = tokens[i + 1]
    cyrillic = is_cyrillic(nxt.text)
    if cyrillic:
        j = i + 1
        # lower-case words in the genitive: «и культурного наследия»; a capital starts another body
        while j < len(tokens) and j not in taken and tokens[j].text[:1].islower() and any(
                "gent" in p.tag for p in analyzer().parse(tokens[j].text)[:2]) and tokens[j].start - tokens[j - 1].end <= 1:
            j += 1
        return j if j > i + 1 else i
    j = i + 1
    while j < len(tokens) and j not in taken and (tokens[j].title or tokens[j].norm in ("and", "of", "for")) \
            and tokens[j].start - tokens[j - 1].end <= 1 and not tokens[j].caps:
        j += 1
    while j > i + 1 and tokens[j - 1].norm in ("and", "of", "for"):
        j -= 1
    return j if j > i + 1 and tokens[i + 1].title else i


def _with_agencies_inside_posts(tokens, raw, gazetteer):
    """A post often contains its agency ("Secretary of the Security Council"): keep both."""
    out = []
    norms = [t.norm for t in tokens]
    for s, e, entries in raw:
        out.append((s, e, entries))
        if any(x.entity.type == "role" for x in entries):
            # the agency may run past the post's end: "заместителя министра | иностранных дел"
            for i in range(s, e):
                for j in range(min(len(tokens), i + gazetteer.max_len), i, -1):
                    key = tuple(norms[i:j])
                    found = [x for x in gazetteer.index.get(key, []) if x.entity.type == "agency"
                             and _fits(x, tokens[i:j])]
                    if found and (i, j) != (s, e):
                        out.append((i, j, found))
                        break
                else:
                    continue
                break
    return sorted(out, key=lambda r: (r[0], -(r[1] - r[0])))


def _prefer(entries: list[Entry]) -> Entry:
    order = {"process": 0, "organization": 1, "state": 2, "agency": 3, "place": 4, "role": 5}
    return sorted(entries, key=lambda x: (order.get(x.entity.type, 9), x.via != "label"))[0]


def _bind_agency_states(text: str, tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
    """Join "<agency> <state>" / "<state adjective> <agency>" into one agency mention of that state."""
    out: list[Mention] = []
    i = 0
    while i < len(mentions):
        m = mentions[i]
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if m.type == "agency" and nxt and nxt.type == "state" and _adjacent(tokens, m.tok_end, nxt.tok_start) \
                and _owner_after(text, mentions, i + 1):
            # a body the vocabulary knows only for other states: a candidate of this state
            bound = _with_state(m, nxt.entity.state) or Mention(
                None, "agency", m.start, m.end, m.tok_start, m.tok_end, m.surface, "candidate", [], nxt.entity.state,
                _body_name(m), _english_of(m))
            if bound.via == "candidate":  # keep the state out of the body's own name
                out.extend([bound, nxt])
            else:
                bound.end, bound.tok_end, bound.stated = nxt.end, nxt.tok_end, True
                bound.surface = text[bound.start : bound.end]
                out.append(bound)
            i += 2
            # «министров внутренних дел Азербайджанской Республики, Республики Армения и …»: the same body
            # of every state the list goes on with
            while i < len(mentions) and mentions[i].type == "state" and mentions[i].entity is not None and \
                    re.fullmatch(r"\s*(?:,|и|and|,\s*(?:и|and))\s*(?:the\s+)?", text[mentions[i - 1].end : mentions[i].start]):
                state = mentions[i]
                more = _with_state(m, state.entity.state) or Mention(
                    None, "agency", state.start, state.end, state.tok_start, state.tok_end, m.surface, "candidate",
                    [], state.entity.state, _body_name(m), _english_of(m))
                if more.via != "candidate":
                    more.start, more.end, more.tok_start, more.tok_end = state.start, state.end, state.tok_start, \
                        state.tok_end
                    more.stated = True
                    more.surface = text[state.start : state.end]
                out.extend([more, state])
                i += 1
            continue
        owner = _owner_before(text, m, nxt)
        if owner and nxt.type == "agency" and nxt.via != "candidate":
            # "российский МИД", "Samoa Computer Emergency Response Team", "Australia's Institutional Security
            # Office": the state named before the body is its owner, even where the vocabulary knows a body of
            # that name only for another state (then it is a candidate of this one)
            bound = _with_state(nxt, owner)
            if bound:
                bound.start, bound.tok_start, bound.stated = m.start, m.tok_start, True
                bound.surface = text[bound.start : bound.end]
                out.append(bound)
            elif m.type == "state" and not text[m.end : nxt.start].strip():
                # "Samoa Computer Emergency Response Team": an English compound, the state's name is the body's
                out.extend([m, Mention(None, "agency", m.start, nxt.end, m.tok_start, nxt.tok_end,
                                       text[m.start : nxt.end], "candidate", [], owner)])
            else:
                out.extend([m, Mention(None, "agency", nxt.start, nxt.end, nxt.tok_start, nxt.tok_end, nxt.surface,
                                       "candidate", [], owner, _body_name(nxt), _english_of(nxt))])
            i += 2
            continue
        out.append(m)
        i += 1
    return out


def _owner_after(text: str, mentions: list[Mention], k: int) -> bool:
    """The state right after a body owns it ("Ministry of Foreign Affairs, Malaysia"), unless a bracket closes
    between them ("(…, Ministry of Foreign Affairs), Malaysia and Singapore") or a comma opens a list of states
    ("the Security Council, Canada, Germany and India"), which are parties of their own."""
    gap = text[mentions[k - 1].end : mentions[k].start]
    if re.search(r"[()\[\]]", gap):
        return False
    if "," in gap and _STATE_HEADS_A_PHRASE.match(text, mentions[k].end):
        return False  # "the State Department, the US delegation included …": the state opens the next phrase
    if "," not in gap:
        return True
    return not (k + 1 < len(mentions) and mentions[k + 1].type == "state"
                and re.fullmatch(r"\s*(?:,|and|и)\s*(?:the\s+)?", text[mentions[k].end : mentions[k + 1].start]))


# A state that qualifies the people or side named after it heads its own noun phrase: it owns no body before it.
_STATE_HEADS_A_PHRASE = re.compile(r"(?:['’]s)?\s+(?:interagency\s+)?(?:delegations?|side|team|officials|"
                                   r"representatives|experts|делегаци\w*|сторон\w*|представител\w*|эксперт\w*)\b", re.I)


def _owner_before(text: str, m: Mention, nxt: Mention | None) -> str | None:
    """The state of a body named right before it: an adjective, a state's name, or "X's"."""
    if nxt is None or m.entity is None or m.type not in ("state", "state-adjective"):
        return None
    between = text[m.end : nxt.start]
    if m.type == "state-adjective" and nxt.tok_start == m.tok_end and not between.strip():
        return m.entity.state
    possessive = r"(?:['’]s|['’])?\s" if m.surface.endswith("s") else r"(?:['’]s)?\s"  # "the Netherlands' Ministry"
    if m.type == "state" and re.fullmatch(possessive, between) and nxt.surface[:1].isupper() \
            and not is_cyrillic(nxt.surface):
        return m.entity.state  # English only: a Russian state name before a body is in another case's role
    return None


def _body_name(m: Mention) -> str | None:
    """ "Minister of Justice of Italy" names Italy's Ministry of Justice: take the body's own label."""
    if m.via != "post":
        return None
    options = m.options or ([m.entity] if m.entity else [])
    lang = "ru" if is_cyrillic(m.surface) else "en"
    if len(options) == 1:
        return nearest_label(options[0], m.surface, lang)
    for o in options:
        if o.pref.get(lang):
            return o.pref[lang]
    return None


def _english_of(m: Mention) -> str | None:
    """The English name of the body the vocabulary knows under this name for other states ("Министерство
    иностранных дел" -> "Ministry of Foreign Affairs"): the same kind of body, so the same English name."""
    options = m.options or ([m.entity] if m.entity else [])
    if len(options) == 1:
        return nearest_label(options[0], m.surface, "en")
    return shared_english_name(options, m.surface)


def shared_english_name(options: list[Entity], surface: str = "") -> str | None:
    """The English name most of these same-named bodies carry, as their own or another name ("Ministry of
    Defence" of ministries whose own names are "… of the Armed Forces", "Federal Ministry of Defence"); of
    several, the one nearest the text's words."""
    names = Counter(t for o in options for t in {t for t, lg in o.labels if lg == "en" and not t.isupper()}
                    | ({o.pref["en"]} if o.pref.get("en") else set()))
    own = Counter(o.pref.get("en") for o in options)  # of names all carry, the one most have as their own
    words = set(re.findall(r"\w+", surface.lower()))
    shared = [n for n, c in names.items() if c * 2 > len(options)]
    return max(shared, key=lambda n: (len(words & set(re.findall(r"\w+", n.lower()))), own[n], names[n], n),
               default=None)


def doubt_unnamed_owners(sentences: list[list[Mention]], vocab: Vocabulary, home: str | None) -> None:
    """A body the vocabulary knows for one state, in a text that never names that state (nor publishes from
    it), becomes an unknown body whose state the relating stage decides: "Computer Emergency Response Teams"
    or "the Minister for Communications and Information" is no evidence of India's or Singapore's taking part.
    A name that says its state ("Australian Cyber Security Centre") stays."""
    named = {m.entity.state for mentions in sentences for m in mentions if m.entity is not None
             and (m.type in ("state", "state-adjective") or m.stated)}
    for mentions in sentences:
        for i, m in enumerate(mentions):
            e = m.entity
            if m.type != "agency" or e is None or e.state in named or e.state == home or says_its_state(m, vocab):
                continue
            lang = "ru" if is_cyrillic(m.surface) else "en"
            mentions[i] = Mention(None, "agency", m.start, m.end, m.tok_start, m.tok_end, m.surface, "candidate",
                                  [], None, nearest_label(e, m.surface, lang), nearest_label(e, m.surface, "en"))


def says_its_state(m: Mention, vocab: Vocabulary) -> bool:
    """ "Australian Cyber Security Centre", «Индийская группа …»: the body's own name says whose it is."""
    state = vocab.by_iso3.get(m.entity.state) if m.entity.state else None
    surface = m.surface.lower()
    return state is not None and any(len(w) >= 4 and w[:4].lower() in surface
                                     for name, _ in (*state.labels, *state.adjectives)
                                     for w in [x for x in name.split() if x.lower() not in _FORM_OF_STATE][:1])


# Words of a state's official name that say its form, not which state it is ("Federal Republic of …"): a
# body's "Federal Ministry of …" does not name Germany.
_FORM_OF_STATE = {"federal", "republic", "united", "kingdom", "state", "states", "democratic", "people's",
                  "islamic", "socialist", "the", "of", "commonwealth", "principality", "sultanate", "grand", "duchy",
                  "федеративная", "республика", "соединенное", "соединённое", "королевство", "объединенные",
                  "объединённые", "демократическая", "народная", "исламская", "социалистическая", "государство"}


def nearest_label(e: Entity, surface: str, lang: str) -> str | None:
    """The entity's name in `lang` nearest to how the text names it: "Minister for Communications and
    Information" names a Ministry of Communications and Information, whatever the one state's ministry of that
    name is called today. The preferred label where the text's words say nothing (another script)."""
    words = set(re.findall(r"\w+", surface.lower()))
    labels = [t for t, lg in e.labels if lg == lang and not t.isupper()]
    return max(labels, key=lambda t: (len(words & set(re.findall(r"\w+", t.lower()))), t == e.pref.get(lang)),
               default=e.pref.get(lang))


def _adjacent(tokens: list[Token], end: int, start: int) -> bool:
    between = tokens[end:start]
    return all(t.norm in _OF for t in between) and len(between) <= 2


def _with_state(m: Mention, iso3: str | None) -> Mention | None:
    options = m.options or ([m.entity] if m.entity else [])
    match = [a for a in options if a.state == iso3]
    if not match:
        return None
    return Mention(match[0], "agency", m.start, m.end, m.tok_start, m.tok_end, m.surface, m.via, [], iso3)


def resolve_agency(m: Mention, iso3: str) -> bool:
    """Pick the agency of `iso3` for an undecided mention; True when it had one."""
    for a in m.options:
        if a.state == iso3:
            m.entity, m.state, m.options = a, iso3, []
            return True
    return False


class Places:
    """Cities: the vocabulary's places first, then GeoNames' cities as candidate places."""

    def __init__(self, vocab: Vocabulary, cities: CityIndex):
        self.cities = cities
        self.known: dict[tuple[str, ...], Entity] = {}
        for e in vocab.of_type("place"):
            for text, _ in e.labels:
                self.known.setdefault(name_key(text), e)
        self._minted: dict[int, Entity] = {}

    def entity(self, city: City) -> Entity:
        """The vocabulary's entry for the city, else a candidate place named after GeoNames."""
        for name in (city.name_en, *city.names_ru):
            e = self.known.get(name_key(name))
            if e is not None and (e.state is None or e.state == city.country):
                return e
        if city.geonameid not in self._minted:
            pref = {"en": city.name_en}
            if city.names_ru:
                pref["ru"] = city.names_ru[0]
            self._minted[city.geonameid] = Entity(
                str(ID[f"place/{slug(city.name_en)}"]), "place", pref,
                [(t, lang) for lang, t in pref.items()], state=city.country, candidate=True)
        return self._minted[city.geonameid]


def link_places(text: str, tokens: list[Token], mentions: list[Mention], places: Places) -> list[Mention]:
    """Cities the gazetteer missed (inflected, hyphenated, or not in the vocabulary), added to `mentions`."""
    taken = {i for m in mentions for i in range(m.tok_start, m.tok_end)}
    found = [Mention(places.entity(city), "place", tokens[i].start, tokens[j - 1].end, i, j,
                     text[tokens[i].start : tokens[j - 1].end], "gazetteer")
             for i, j, city in places.cities.find(text, tokens, taken)]
    found += _capitals(text, tokens, mentions, places)
    return sorted(mentions + found, key=lambda m: m.start) if found else mentions


_CAPITAL = {"столица", "capital"}


def _capitals(text: str, tokens: list[Token], mentions: list[Mention], places: Places) -> list[Mention]:
    """ "в зимбабвийской столице", «в столице Кении», "the Ghanaian capital", "the capital of Togo": that state's
    capital."""
    out = []
    for mt in mentions:
        if mt.type == "state-adjective" and mt.tok_end < len(tokens) and tokens[mt.tok_end].norm in _CAPITAL:
            s, e = mt.tok_start, mt.tok_end + 1
        elif mt.type == "state" and mt.tok_start >= 2 and tokens[mt.tok_start - 1].norm == "of" \
                and tokens[mt.tok_start - 2].norm in _CAPITAL:
            s, e = mt.tok_start - 2, mt.tok_end
        elif mt.type == "state" and mt.tok_start >= 1 and tokens[mt.tok_start - 1].norm in _CAPITAL \
                and tokens[mt.tok_start - 1].text[:1].islower():
            s, e = mt.tok_start - 1, mt.tok_end  # «в столице Кении», a state in the genitive after the noun
        else:
            continue
        city = places.cities.capitals.get(mt.entity.state)
        if city is not None:
            out.append(Mention(places.entity(city), "place", tokens[s].start, tokens[e - 1].end, s, e,
                               text[tokens[s].start : tokens[e - 1].end], "capital"))
    return out


__all__ = ["Gazetteer", "Places", "link_places", "Mention", "link_mentions", "resolve_agency", "normal_tokens"]
