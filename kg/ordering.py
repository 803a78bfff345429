"""Old path of `kg.store.ordering`, kept while kg/commands and kg/serve move to the new one (issue #18)."""

from kg.store.ordering import *  # noqa: F403
