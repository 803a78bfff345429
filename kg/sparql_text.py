"""Old path of `kg.store.sparql_text`, kept while kg/commands and kg/serve move to the new one (issue #18)."""

from kg.store.sparql_text import *  # noqa: F403
