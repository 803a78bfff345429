"""Every error `ictkg` shows a user, each with a code, what went wrong and what to do (as spaCy's errors.py).

`Errors.E001.format(path=..., reason=...)` gives "[E001] cannot open store ...". The code lets a user
find the message here and lets tests match the error without its wording. Where a library exception
already says what went wrong in its own words (a name no entity has, a decision the curation refuses),
its entry is "{detail}" with the code of that kind of failure, plus what to do when the text lacks it.

Codes by area: E0xx the store, E1xx names, E2xx queries and exports, E3xx extraction and evaluation,
E4xx curation and forgetting, E5xx the workbench server, E6xx output options.
"""

from __future__ import annotations


class _WithCodes(type):
    """Reading `Errors.E001` gives the message with its code in front."""

    def __getattribute__(cls, name: str):
        text = type.__getattribute__(cls, name)
        if len(name) == 4 and name[0] == "E" and name[1:].isdigit():
            return f"[{name}] {text}"
        return text


class Errors(metaclass=_WithCodes):
    # the store
    E001 = ("cannot open store {path}: {reason}; check --store (or $ICTKG_STORE), or build the store with "
            "`ictkg ingest`")
    E002 = "{detail}"  # StoreInUse: its text names the store and says to wait or open it read-only
    E003 = "no store at {path}; build one with `ictkg ingest` first"
    E004 = ("{detail}; the announcements stored before it are kept: run the same command again once the store "
            "answers, and it stores the rest")
    E005 = "{detail}; without --allow-update the store opens read-only"

    # names
    E101 = "no entity is called {name!r}{hint}; try its acronym, its name in English or Russian, or an IRI"
    E102 = "{name!r} names {count} entities ({listed}); {hint}"
    E103 = "no entity named {name!r} in the graph; try its acronym, ISO3 code or IRI"

    # queries and exports
    E201 = "{detail}"  # QueryError: an unknown query or a parameter the query cannot take, said by kg.queries
    E202 = ("the query is not valid SPARQL: {detail}; check it near the place named (the prefixes are those of "
            "docs/graph-model.md)")
    E203 = ("only SELECT, ASK, CONSTRUCT and DESCRIBE run here; the graph changes through `ictkg ingest` and "
            "`ictkg reason`")
    E204 = "no query given; give its text as the argument, or -f FILE.rq"
    E205 = "{item!r} is not KEY=VALUE; write --param NAME=VALUE, e.g. --param forum=OEWG"
    E206 = "{graph!r} is not an IRI; give a named graph's IRI or CURIE, e.g. id:graph/vocab"
    E207 = "--graph applies to the RDF formats only; drop --graph or choose --format ttl, trig, nq or jsonld"
    E208 = "{detail}"  # a picture's filter names nothing drawable (viz --focus, --forum, --state)

    # extraction and evaluation
    E301 = "{detail}"  # an announcement that cannot be read: the reader names the file and the problem
    E302 = "no answer keys (*.gold.json) in {folder}; give the folder that holds the corpus"
    E303 = "none of the answer keys in {folder} could be scored; the warnings above say why for each"
    E304 = "--write-rewrites {folder}: the folder is not empty; give a new folder or empty it"
    E305 = "--min-metamorphic needs the metamorphic score; drop --no-metamorphic"
    E306 = "{what} {score} is below the floor {floor}; `--diff` lists every missed and extra fact"
    E307 = ("no announcement of {folder} could be rewritten, so there is no metamorphic score to hold to "
            "--min-metamorphic; drop --min-metamorphic for this folder")

    # curation and forgetting
    E401 = "name the announcements to remove, or give --list to see them"
    E402 = "{detail}"  # an announcement not in the store: kg.ingest names it and points to `forget --list`
    E403 = "{detail}"  # CurationError: kg.curation says what was refused and why
    E404 = ("the analyst vocabulary fails the shapes, nothing written; undo the decisions that made these "
            "(`ictkg candidates decisions` lists them):\n  {problems}")

    # the workbench server
    E501 = ("`ictkg serve` serves an embedded store folder, not a SPARQL server ({endpoint}); give --store PATH, "
            "or send queries to that server itself")
    E502 = "cannot listen on {host}:{port}: {reason}; choose another --port, or stop what listens there"
    E503 = "{url!r} is not an http(s) URL; give the full address of the endpoint, e.g. https://example.org/sparql"
    E504 = "the token must be at least 16 characters; write a longer one into the --token-file"

    # output options
    E601 = "--json is --format json; give one of them, not --json with --format {fmt}"
    E602 = "{detail}; choose another --table, or run `ictkg analyze` on a store with announcements"
