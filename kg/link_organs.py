"""Organs of international organisations named without their organisation («Совет коллективной безопасности»,
"the Council of Foreign Ministers"), linked only where the text names that organisation."""

from __future__ import annotations

from collections import defaultdict

from kg.link import Entry, Gazetteer, Mention
from kg.nlp.text import Token, tokenize
from kg.vocab import Vocabulary


def _organs_and_owners(vocab: Vocabulary):
    """Each process the vocabulary gives a parent organisation, with that organisation and its names as lemma
    tuples."""
    for e in vocab.of_type("process"):
        owner = vocab.get(e.parent_org)
        if owner is not None and owner.type == "organization":
            yield e, owner, {tuple(t.norm for t in tokenize(n)) for n in owner.all_names()} - {()}


class OrganShortNames(Gazetteer):
    """Organs of an organisation by their names without it: «Совет коллективной безопасности» for the CSTO's,
    "the Council of Foreign Ministers" for the CIS's. Such a name says whose organ it is only when the text names
    the organisation, so `link_short_organs` keeps a match only then."""

    def __init__(self, vocab: Vocabulary):  # not super().__init__: that indexes the whole vocabulary
        self.vocab = vocab
        self.index = defaultdict(list)
        self.prefixes = set()
        self.max_len = 1
        for e, _owner, owners in _organs_and_owners(vocab):
            for text, _ in e.labels:
                toks = tokenize(text)
                key = tuple(t.norm for t in toks)
                for short in filter(None, (_without_owner(key, o) for o in owners)):
                    if len(short) < 2:
                        continue
                    if not any(x.entity.iri == e.iri for x in self.index[short]):
                        self.index[short].append(Entry(e, "short", (False,) * len(short), True))
                    self.max_len = max(self.max_len, len(short))
                    self._add_prefixes(short)


# "the Council of Foreign Ministers of the CSTO", «Совет министров иностранных дел СНГ», "CIS Council of …"
_OWNER_JOINS = {"of", "the"}


def _without_owner(key: tuple[str, ...], owner: tuple[str, ...]) -> tuple[str, ...] | None:
    """The name's words without the organisation that opens or closes it (and the "of the" before it)."""
    n = len(owner)
    if len(key) > n and key[-n:] == owner:
        short = key[:-n]
        while short and short[-1] in _OWNER_JOINS:
            short = short[:-1]
        return short
    if len(key) > n and key[:n] == owner:
        return key[n:]
    return None


def _owner_named_apart(tokens: list[Token], s: int, e: int) -> bool:
    """Another owner qualifies the name: an acronym or a capitalised word right before it ("the OTS Working Group
    on …"), or an acronym right after it («Совет министров обороны ЕАЭС»)."""
    before = tokens[s - 1] if s > 0 and tokens[s - 1].end >= tokens[s].start - 1 else None
    after = tokens[e] if e < len(tokens) and tokens[e].start <= tokens[e - 1].end + 1 else None
    named_before = before is not None and (before.caps or before.title and s > 1 and before.norm not in _OWNER_JOINS)
    return named_before or bool(after and after.caps)


def link_short_organs(sentences: list, organs: OrganShortNames) -> None:
    """Add, to each sentence's mentions, the organs named without their organisation where the text names that
    organisation (or one of its processes) and no other organisation with an organ of that name."""
    named = set()
    for si in sentences:
        for m in si.mentions:
            if m.entity is not None and m.type in ("organization", "process"):
                named.add(m.entity.iri if m.type == "organization" else m.entity.parent_org)
    if not named:
        return
    for si in sentences:
        found, inside = [], []
        for s, e, entries in organs.match(si.tokens):
            owned = {x.entity.iri: x.entity for x in entries if x.entity.parent_org in named}
            start, end = si.tokens[s].start, si.tokens[e - 1].end
            # «Совета министров иностранных дел»: the post a council's name holds is part of it
            held = [m for m in si.mentions if m.start < end and start < m.end]
            if len(owned) != 1 or any(not (start <= m.start and m.end <= end and m.type in ("agency", "role"))
                                      for m in held) or _owner_named_apart(si.tokens, s, e):
                continue
            inside += held
            entity = next(iter(owned.values()))
            found.append(Mention(entity, "process", start, end, s, e,
                                 si.sentence.text[start - si.sentence.start : end - si.sentence.start], "short"))
        if found:
            si.mentions[:] = sorted([*(m for m in si.mentions if m not in inside), *found], key=lambda m: m.start)


# «государств – членов», "member states": the members between the posts and the organisation they sit for
_MEMBER_WORDS = {"государство", "страна", "член", "участник", "member", "state", "country", "nation", "the", "of"}
_MEMBERS = {"член", "участник", "member"}
_MEMBERS_OF = {"государство", "страна", "state", "country", "nation"}
# acts whose signatories the posts may name after them: the heads of state of a statement are no council
_ACTS = {"заявление", "декларация", "решение", "обращение", "послание", "соглашение", "договор", "коммюнике",
         "резолюция", "протокол", "меморандум", "statement", "declaration", "decision", "communique", "agreement",
         "resolution", "memorandum"}
# a council's head noun, left out when the council is named by the posts of those who sit in it
_COUNCIL_HEADS = {"совет", "council"}
# the posts name people: «глав государств», "foreign ministers", «секретарей советов безопасности»
_PERSON_NOUNS = {"глава", "министр", "руководитель", "секретарь", "лидер", "head", "minister", "secretary", "leader"}


class OrganMembersNames:
    """Councils of an organisation by the posts of those who sit in them: «главы государств Содружества» and
    «глав правительств государств – членов ШОС» for the councils of heads of state and of government, "the SCO heads
    of state", "the CSTO defence ministers". Keys are the posts' words (lemmas), each with the councils and their
    organisation."""

    def __init__(self, vocab: Vocabulary):
        self.posts = defaultdict(list)  # posts' words -> [(council, its organisation's IRI)]
        for e, owner, owners in _organs_and_owners(vocab):
            for text, _ in e.labels:
                key = _without_members(tuple(t.norm for t in tokenize(text)))
                for short in filter(None, (_without_owner(key, o) for o in owners)):
                    if short[0] not in _COUNCIL_HEADS:
                        continue
                    posts = _without_members(short[1:])
                    while posts and posts[0] in _OWNER_JOINS:
                        posts = posts[1:]
                    # «глав государств – членов»: the states may be the posts' own («глав государств») or the
                    # members' («глав правительств государств»), so both are keys
                    for key_posts in {posts, posts[:-1] if posts and posts[-1] in _MEMBERS_OF else posts}:
                        if len(key_posts) >= 2 and key_posts[-1] not in _OWNER_JOINS \
                                and key_posts[0] in _PERSON_NOUNS | {"foreign", "defence", "defense"} \
                                and (e, owner.iri) not in self.posts[key_posts]:
                            self.posts[key_posts].append((e, owner.iri))


def _without_members(key: tuple[str, ...]) -> tuple[str, ...]:
    """The words without the members that close them ("… of SCO Member States", «… государств – членов»)."""
    if key and key[-1] in _MEMBERS_OF and len(key) > 1 and key[-2] in _MEMBERS:
        key = key[:-1]  # "member states"
    while key and key[-1] in _MEMBERS:
        key = key[:-1]
    while key and key[-1] in _OWNER_JOINS:
        key = key[:-1]
    return key


def link_member_councils(sentences: list, councils: OrganMembersNames) -> None:
    """Add, to each sentence's mentions, the council named by its members' posts and its organisation, right before
    the organisation («главы государств Содружества», «глав правительств государств – членов ШОС») or right after
    it ("the SCO heads of state"); the organisation's mention folds into the council's."""
    for si in sentences:
        found = []
        for m in si.mentions:
            if m.type != "organization" or m.entity is None:
                continue
            span = _posts_before(si.tokens, m, councils) or _posts_after(si.tokens, m, councils)
            if span is None:
                continue
            s, e, council = span
            if s > 0 and si.tokens[s - 1].norm in _ACTS:
                continue  # «проект Совместного заявления глав государств СНГ»: the heads sign an act, no council
            start, end = si.tokens[s].start, si.tokens[e - 1].end
            held = [x for x in si.mentions if x.start < end and start < x.end]
            if any(x is not m and x.type not in ("agency", "role") for x in held):
                continue
            found.append((held, Mention(council, "process", start, end, s, e,
                                        si.sentence.text[start - si.sentence.start : end - si.sentence.start],
                                        "members")))
        if found:
            dropped = [x for held, _ in found for x in held]
            si.mentions[:] = sorted([*(x for x in si.mentions if x not in dropped), *(c for _, c in found)],
                                    key=lambda x: x.start)


def _posts_before(tokens: list[Token], m: Mention, councils: OrganMembersNames):
    """The council whose posts end right before the organisation, its members between them at most:
    (start token, end token, council)."""
    for i in range(m.tok_start, max(m.tok_start - 4, 0) - 1, -1):
        if i < m.tok_start and tokens[i].norm not in _MEMBER_WORDS:
            break
        for k in range(min(i, 6), 1, -1):
            for council, owner in councils.posts.get(tuple(t.norm for t in tokens[i - k : i]), []):
                if owner == m.entity.iri and _adjacent(tokens[i - k : m.tok_end]):
                    return i - k, m.tok_end, council
    return None


def _posts_after(tokens: list[Token], m: Mention, councils: OrganMembersNames):
    """The council whose posts follow the organisation right after it ("the SCO heads of state")."""
    j = m.tok_end
    for k in range(min(len(tokens) - j, 6), 1, -1):
        for council, owner in councils.posts.get(tuple(t.norm for t in tokens[j : j + k]), []):
            if owner == m.entity.iri and _adjacent(tokens[m.tok_start : j + k]):
                return m.tok_start, j + k, council
    return None


def _adjacent(tokens: list[Token]) -> bool:
    """The tokens run on with no more than a space or a dash between them: one noun phrase."""
    return all(b.start - a.end <= 3 for a, b in zip(tokens, tokens[1:], strict=False))
