"""A bounded fuzz of the running workbench: mutated and generated SPARQL, random paths and headers.

The server must stay up, answer only the status codes docs/workbench.md lists (never 500), give
each error as one line (JSON or a workbench page), and call no outside address.
"""

from __future__ import annotations

import http.client
import json
import random
import re
import urllib.parse

import pytest

from kg.queries import list_queries
from kg.serve import ServeConfig, create_app

pytest_plugins = ["test_serve_support"]

from test_serve_support import Listener, start_server  # noqa: E402

DOCUMENTED = {200, 201, 204, 302, 400, 401, 403, 404, 405, 406, 413, 415, 422, 503}
REQUESTS = 400
SEED = 20

# Pieces of the SPARQL 1.1 grammar's productions, whole and broken.
PIECES = [
    "SELECT", "SELECT DISTINCT *", "ASK", "CONSTRUCT { ?s ?p ?o }", "DESCRIBE ?s", "WHERE", "{", "}", "(", ")",
    "?s ?p ?o .", "?x a ict:Meeting ;", "OPTIONAL { ?s ?p ?o }", "UNION { ?a ?b ?c }", "MINUS { ?s a ?t }",
    "FILTER(?x > 3)", "FILTER regex(str(?s), \"^a\", \"i\")", "FILTER NOT EXISTS { ?s ?p ?o }",
    "BIND(CONCAT(\"a\", STR(?s)) AS ?c)", "VALUES ?v { 1 2 \"x\"@en <urn:x> UNDEF }", "GRAPH ?g { ?s ?p ?o }",
    "GROUP BY ?s", "HAVING (COUNT(*) > 1)", "ORDER BY DESC(?s)", "LIMIT 3", "OFFSET 2", "LIMIT -1",
    "?s <http://x/p>+ ?o", "?s (ict:a|^ict:b)* ?o", "(COUNT(DISTINCT ?s) AS ?n)", "SAMPLE(?x)", "GROUP_CONCAT(?x; separator=\";\")",
    "FROM <urn:x:graph>", "FROM NAMED <urn:x:graph>", "PREFIX ex: <http://example.org/>", "BASE <http://b/>",
    "SERVICE <{listener}> { ?s ?p ?o }", "SERVICE SILENT <{listener}> { }", "\\u0053ERVICE <{listener}> { }",
    "LOAD <{listener}>", "INSERT DATA { <urn:a> <urn:b> <urn:c> }", "CLEAR ALL", "DROP GRAPH <urn:g>",
    "\"", "'''", "<", ">", "#", "\\", "^^xsd:integer", "@en", "1e400", "\u0000", "😀", "<javascript:alert(1)>",
    "?", "$x", ":", "_:b", "[]", "<<?s ?p ?o>>", "TRIPLE(?s, ?p, ?o)",
]
PATHS = ["/", "/search", "/id/", "/entity", "/network", "/matrix", "/matrix.csv", "/query", "/sparql", "/update",
         "/graph-store", "/healthz", "/meta", "/announcements", "/vendor/", "/static/", "/id/state/RUS"]
ACCEPTS = ["*/*", "text/html", "application/json", "application/sparql-results+json", "text/csv", "image/png",
           "text/turtle;q=0.1, */*;q=0", "application/rdf+xml", "", ";;;", "text/*", "application/x-nonsense"]
RAW_SAFE = "".join(chr(c) for c in range(0x21, 0x7f))
CONTENT_TYPES = ["application/x-www-form-urlencoded", "application/sparql-query", "application/sparql-update",
                 "text/turtle", "application/json", "multipart/form-data; boundary=x", "text/plain", ""]


def _tokens(text: str) -> list[str]:
    return re.findall(r"\S+", text)


def mutate(rng: random.Random, text: str, listener: str) -> str:
    words = _tokens(text)
    for _ in range(rng.randint(1, 4)):
        op = rng.randrange(5)
        at = rng.randrange(len(words) + 1)
        if op == 0 and words:
            del words[min(at, len(words) - 1)]
        elif op == 1:
            words.insert(at, rng.choice(PIECES).replace("{listener}", listener))
        elif op == 2 and len(words) > 1:
            i, j = rng.randrange(len(words)), rng.randrange(len(words))
            words[i], words[j] = words[j], words[i]
        elif op == 3:
            words = words[:at]
        else:
            words.insert(at, words[rng.randrange(len(words))] if words else "{")
    return " ".join(words)


def generate(rng: random.Random, listener: str) -> str:
    body = " ".join(rng.choice(PIECES) for _ in range(rng.randint(1, 8)))
    head = rng.choice(["SELECT * WHERE", "ASK", "CONSTRUCT WHERE", "SELECT ?s (COUNT(*) AS ?n) WHERE", ""])
    return f"{head} {{ {body} }}".replace("{listener}", listener)


def sparql_request(rng: random.Random, queries: list[str], listener: str) -> tuple[str, str, bytes | None, dict]:
    text = mutate(rng, rng.choice(queries), listener) if rng.random() < 0.6 else generate(rng, listener)
    how = rng.randrange(4)
    extra = {}
    if rng.random() < 0.3:
        extra[rng.choice(["default-graph-uri", "named-graph-uri", "format"])] = rng.choice(
            ["urn:x", "not an iri", "json", "ttl", "xml", "nonsense", "file:///etc/passwd"])
    if how == 0:
        return "GET", "/sparql?" + urllib.parse.urlencode({"query": text, **extra}), None, {}
    if how == 1:
        return "POST", "/sparql", urllib.parse.urlencode({"query": text, **extra}).encode(), \
            {"Content-Type": "application/x-www-form-urlencoded"}
    if how == 2:
        return "POST", "/sparql", text.encode("utf-8", "surrogatepass"), {"Content-Type": "application/sparql-query"}
    return "GET", "/query?" + urllib.parse.urlencode({"text": text, "run": "1"}), None, {}


def random_request(rng: random.Random) -> tuple[str, str, bytes | None, dict]:
    path = rng.choice(PATHS)
    if rng.random() < 0.6:
        junk = "".join(rng.choice("abc/%.?&=;#<>\"'{}|\\^~[]`$@!*()+, \t\u00e9\u0416") for _ in range(rng.randint(1, 30)))
        # quoted, or raw where HTTP allows it (printable ASCII) so that the server's own parsing is tried
        path += urllib.parse.quote(junk, safe="/%?&=" if rng.random() < 0.7 else RAW_SAFE)
    method = rng.choice(["GET", "GET", "POST", "PUT", "DELETE", "HEAD", "OPTIONS", "PATCH"])
    headers = {"Accept": rng.choice(ACCEPTS)}
    if rng.random() < 0.5:
        headers["Content-Type"] = rng.choice(CONTENT_TYPES)
    if rng.random() < 0.2:
        headers["Authorization"] = rng.choice(["Bearer x", "Basic Zm9vOmJhcg==", "Bearer " + "a" * 300, "Bearer"])
    if rng.random() < 0.2:
        headers[rng.choice(["Range", "If-None-Match", "X-Forwarded-For", "Origin", "Cookie"])] = \
            rng.choice(["bytes=0-1", "*", "127.0.0.1", "null", "a=b; c=d", "x" * 2000])
    body = None
    if method in ("POST", "PUT", "PATCH") and rng.random() < 0.8:
        body = bytes(rng.randrange(256) for _ in range(rng.randint(0, 300)))
    return method, path, body, headers


def one_line_error(status: int, content_type: str, body: bytes) -> bool:
    if status < 400:
        return True
    if content_type.startswith("application/json"):
        data = json.loads(body)
        return data["status"] == status and "\n" not in data["error"] and data["error"].strip() != ""
    return content_type.startswith("text/html") and b'class="error"' in body


@pytest.fixture
def fuzzed_server(served_store):
    app = create_app(served_store, ServeConfig(time_limit=1, max_results=2000, workers=2))
    base, server = start_server(app)
    yield base
    server.close()
    app.extensions["ictkg"].close()


def test_random_and_mutated_requests_get_documented_answers(fuzzed_server):
    listener = Listener()
    rng = random.Random(SEED)
    queries = [q.text for q in list_queries()]
    host, port = urllib.parse.urlsplit(fuzzed_server).netloc.split(":")
    seen: dict[int, int] = {}
    try:
        for i in range(REQUESTS):
            method, path, body, headers = (sparql_request(rng, queries, listener.url) if i % 2 == 0
                                           else random_request(rng))
            conn = http.client.HTTPConnection(host, int(port), timeout=30)
            try:
                conn.putrequest(method, path, skip_accept_encoding=True)
                for k, v in headers.items():
                    conn.putheader(k, v)
                if body is not None:
                    conn.putheader("Content-Length", str(len(body)))
                conn.endheaders(body)
                response = conn.getresponse()
                data = response.read()
            finally:
                conn.close()
            seen[response.status] = seen.get(response.status, 0) + 1
            what = f"{method} {path[:120]!r} {headers} -> {response.status} {data[:200]!r}"
            assert response.status in DOCUMENTED, what
            if method != "HEAD":
                assert one_line_error(response.status, response.getheader("Content-Type", ""), data), what
        assert listener.connections == 0
    finally:
        listener.close()
    conn = http.client.HTTPConnection(host, int(port), timeout=10)
    conn.request("GET", "/healthz")
    assert conn.getresponse().status == 200
    print("statuses seen:", dict(sorted(seen.items())))
    assert {200, 400, 403, 404, 405} <= set(seen), seen  # it reached many kinds of answer, not one refusal
