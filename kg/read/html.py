"""HTML pages: the article text and its metadata (trafilatura), parsed with no DTD, no network
and no entity expansion."""

from __future__ import annotations

import copy
import re

from kg.read.decoding import normalise_text
from kg.read.text import parse_published, web_url
from kg.records import Announcement, ReadProblem


def from_html(html: str, doc_id: str, source: str, decoding: list[str] = ()) -> Announcement | ReadProblem:
    import lxml.etree
    import lxml.html
    import trafilatura

    # Our own parser, so that its settings are known: the HTML parser never loads a DTD or
    # anything over the network, and entities declared in a document are not expanded.
    parser = lxml.html.HTMLParser(encoding="utf-8", no_network=True, remove_comments=True,
                                  remove_pis=True, collect_ids=False, default_doctype=False, huge_tree=False)
    # An XML prolog or a DOCTYPE with an internal subset has no place in a web page; dropping it
    # means entity declarations are never even seen (and their text does not leak into the body).
    html = _PROLOG.sub("", html, count=1)
    try:
        tree = lxml.html.document_fromstring(html.encode("utf-8"), parser=parser)
    except (lxml.etree.ParserError, ValueError) as exc:
        return ReadProblem(source, f"cannot parse the HTML ({exc}); check that it is a web page")
    head = _html_metadata(tree)
    if not _has_body_text(tree):
        return ReadProblem(source, _NO_ARTICLE)
    try:
        document = trafilatura.bare_extraction(tree, with_metadata=True, include_comments=False,
                                               include_tables=True, include_images=False,
                                               date_extraction_params={"extensive_search": False,
                                                                       "original_date": True})
    except Exception as exc:  # a bad page must not stop the others
        return ReadProblem(source, f"cannot extract text from the HTML ({type(exc).__name__}: {exc})")
    text = normalise_text(document.text or "") if document is not None else ""
    if not text.strip():
        return ReadProblem(source, _NO_ARTICLE)
    published, _ = parse_published(getattr(document, "date", None))
    decoding = list(decoding)
    url = web_url(head.get("canonical") or head.get("og:url") or clean_value(getattr(document, "url", None)), decoding)
    return Announcement(
        id=doc_id, text=text.strip(), source=source,
        title=clean_value(getattr(document, "title", None)) or head.get("title"),
        published=published,
        url=url,
        publisher=head.get("og:site_name"),
        lang=head.get("lang"),
        warnings=tuple(f"{source}: {w}" for w in decoding),
    )


_PROLOG = re.compile(r"\A\s*(<\?xml[^>]*\?>\s*)?(<!DOCTYPE[^\[>]*\[.*?\]\s*>)?", re.IGNORECASE | re.DOTALL)
_NO_ARTICLE = "no article text found; check that the page is an announcement, or save its text as .txt"
# Page furniture: text only inside these is not an article.
_FURNITURE = ("nav", "header", "footer", "aside", "menu", "form", "script", "style", "noscript", "template")


def _has_body_text(tree) -> bool:
    """True when the body has text outside navigation, headers, footers, forms and links."""
    body = tree.find("body")
    if body is None:
        return False
    body = copy.deepcopy(body)  # trafilatura reads the original tree afterwards
    for element in list(body.iter(*_FURNITURE, "a", "button")):
        if element.getparent() is not None:
            element.drop_tree()
    return bool(body.text_content().strip())


def _html_metadata(tree) -> dict[str, str]:
    """Title, canonical URL, og:url, og:site_name and <html lang> straight from the page head."""
    found: dict[str, str] = {}
    lang = (tree.get("lang") or tree.get("xml:lang") or "").strip().lower().split("-")[0]
    if re.fullmatch(r"[a-z]{2}", lang):
        found["lang"] = lang
    for link in tree.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split() and clean_value(link.get("href")):
            found.setdefault("canonical", clean_value(link.get("href")))
    for meta in tree.iter("meta"):
        prop = (meta.get("property") or meta.get("name") or "").strip().lower()
        if prop in ("og:url", "og:site_name") and clean_value(meta.get("content")):
            found.setdefault(prop, clean_value(meta.get("content")))
    title = tree.find(".//title")
    if title is not None and clean_value(title.text_content()):
        found["title"] = clean_value(title.text_content())
    return found


def clean_value(value: str | None) -> str | None:
    if value is None:
        return None
    value = " ".join(normalise_text(value).split())
    return value or None
