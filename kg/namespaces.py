"""The namespaces and fixed IRIs every stage shares (see docs/graph-model.md)."""

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

ICT = Namespace("https://w3id.org/ictsec/ontology#")
ID = Namespace("https://w3id.org/ictsec/id/")
ORG = Namespace("http://www.w3.org/ns/org#")
SCHEMA = Namespace("https://schema.org/")

ONTOLOGY_IRI = URIRef("https://w3id.org/ictsec/ontology")
GRAPH_ONTOLOGY = ID["graph/ontology"]
GRAPH_VOCAB = ID["graph/vocab"]
GRAPH_INFERRED = ID["graph/inferred"]
# How strongly each body is linked with each forum and process (ict:LinkStrength), made with the
# inferred links: an aggregate, not an entailment, so it has a graph of its own.
GRAPH_STRENGTHS = ID["graph/link-strengths"]
# The set union of all announcement graphs, kept beside them: queries read it instead of the union
# of the graphs themselves, where a fact stated by N announcements would be seen N times.
GRAPH_MERGED = ID["graph/merged"]
ANNOUNCEMENT_GRAPH_PREFIX = str(ID) + "graph/announcement/"

PREFIXES = {
    "ict": ICT,
    "id": ID,
    "org": ORG,
    "prov": PROV,
    "skos": SKOS,
    "dcterms": DCTERMS,
    "schema": SCHEMA,
    "rdf": RDF,
    "rdfs": RDFS,
    "owl": OWL,
    "xsd": XSD,
}


def sparql_prefixes() -> str:
    """PREFIX lines for every shared namespace, to put before a query."""
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())


def announcement_graph(key: str) -> URIRef:
    return URIRef(ANNOUNCEMENT_GRAPH_PREFIX + key)
