"""The reasoning rules: the ontology's inverse, sub-property and chain axioms as SPARQL, and the
link strengths counted from the links they make (docs/graph-model.md, "Inferred links").

The rules are ordered so that each one reads only links made by earlier ones (inverse and
roll-ups first, then chains, then super-properties), so one pass reaches the fixpoint. Rules read
every graph through `GRAPH ?g` rather than the default graph, because an update's default graph
is the store's own default graph, not the union.
"""

from __future__ import annotations

import re

from kg.namespaces import GRAPH_STRENGTHS, ID

# (name, what it derives, its WHERE body). Each rule inserts `?s <p> ?o` into the inferred graph.
RULES: list[tuple[str, str, str]] = [
    ("hasAgency", "?s ict:hasAgency ?o", "GRAPH ?g { ?o ict:agencyOf ?s }"),
    ("agencyOf", "?s ict:agencyOf ?o", "GRAPH ?g { ?o ict:hasAgency ?s }"),
    ("hasMeeting", "?s ict:hasMeeting ?o", "GRAPH ?g { ?o ict:ofForum ?s }"),
    ("ofForum", "?s ict:ofForum ?o", "GRAPH ?g { ?o ict:hasMeeting ?s }"),
    ("chairs", "?s ict:chairs ?o", "GRAPH ?g { ?o ict:chairPerson ?s }"),
    ("memberAgencyOf", "?s ict:memberAgencyOf ?o", "GRAPH ?g { ?o ict:hasMemberAgency ?s }"),
    # participation: stated, through a delegation, then rolled up from agencies to their state
    ("tookPartIn (inverse)", "?s ict:tookPartIn ?o", "GRAPH ?g { ?o ict:hasParticipant ?s }"),
    ("tookPartIn (delegation)", "?s ict:tookPartIn ?o",
     "GRAPH ?g1 { ?d ict:hasMemberAgency ?s } GRAPH ?g2 { ?d ict:atMeeting ?o }"),
    ("tookPartIn (agency roll-up)", "?s ict:tookPartIn ?o",
     "GRAPH ?g1 { ?a ict:agencyOf ?s } GRAPH ?g2 { ?a ict:tookPartIn ?o }"),
    ("hasParticipant (inverse)", "?s ict:hasParticipant ?o", "GRAPH ?g { ?o ict:tookPartIn ?s }"),
    # chains through the meeting
    ("engagedIn", "?s ict:engagedIn ?o",
     "GRAPH ?g1 { ?s ict:tookPartIn ?m } GRAPH ?g2 { ?m ict:ofForum ?o }"),
    ("associatedWith", "?s ict:associatedWith ?o",
     "GRAPH ?g1 { ?s ict:tookPartIn ?m } GRAPH ?g2 { ?m ict:linkedToProcess ?o }"),
    ("linkedWith (engagedIn)", "?s ict:linkedWith ?o", "GRAPH ?g { ?s ict:engagedIn ?o }"),
    ("linkedWith (associatedWith)", "?s ict:linkedWith ?o", "GRAPH ?g { ?s ict:associatedWith ?o }"),
    ("linkedWith (agency roll-up)", "?s ict:linkedWith ?o",
     "GRAPH ?g1 { ?a ict:agencyOf ?s } GRAPH ?g2 { ?a ict:linkedWith ?o }"),
    ("chaired", "?s ict:chaired ?o",
     "GRAPH ?g1 { ?c ict:chairPerson ?s } GRAPH ?g2 { ?c ict:chairOf ?o }"),
]

MAX_PASSES = 5

# A link's strength node is named after the link, so a rerun that finds the same link with other
# counts changes two triples rather than making a new node.
STRENGTH_IRI_BASE = str(ID["link-strength/"])

# Counted once per reasoning run rather than by each query: counting joins every participation with
# every report of its meeting (921,149 rows at 1M triples), which took 0.4 s of CQ2's second.
# Each pattern is a DISTINCT sub-select: a fact stated in several graphs is seen once, and the
# join is by hashing (1.5 s at 1M in memory, 3.1 s as plain patterns).
STRENGTHS = f"""
INSERT {{ GRAPH <{GRAPH_STRENGTHS}> {{
  ?link a ict:LinkStrength ; ict:strengthOf ?body ; ict:strengthWith ?process ; ict:strengthKind ?kind ;
        ict:meetingCount ?meetings ; ict:sourceCount ?sources }} }}
WHERE {{
  {{ SELECT ?body ?process ?kind (COUNT(DISTINCT ?meeting) AS ?meetings) (COUNT(DISTINCT ?source) AS ?sources)
    WHERE {{
      {{ SELECT DISTINCT ?body ?meeting WHERE {{ GRAPH ?g1 {{ ?body ict:tookPartIn ?meeting }} }} }}
      {{ {{ SELECT DISTINCT ?meeting ?process WHERE {{ GRAPH ?g2 {{ ?meeting ict:ofForum ?process }} }} }}
        BIND(ict:engagedIn AS ?kind) }}
      UNION {{ {{ SELECT DISTINCT ?meeting ?process WHERE {{ GRAPH ?g3 {{ ?meeting ict:linkedToProcess ?process }} }} }}
              BIND(ict:associatedWith AS ?kind) }}
      OPTIONAL {{ {{ SELECT DISTINCT ?source ?meeting WHERE {{ GRAPH ?g4 {{ ?source ict:reports ?meeting }} }} }} }}
    }} GROUP BY ?body ?process ?kind }}
  BIND(IRI(CONCAT("{STRENGTH_IRI_BASE}", MD5(CONCAT(STR(?body), " ", STR(?kind), " ", STR(?process))))) AS ?link)
}}"""

# Every predicate the rules and the strengths read: the embedded store copies just these into memory.
READ_PREDICATES = sorted({m for _, _, body in RULES for m in re.findall(r"ict:(\w+)", body)}
                         | {"tookPartIn", "ofForum", "linkedToProcess", "reports"})
