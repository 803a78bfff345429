"""Old path of `kg.reason.kept_answers`, kept while kg/commands and kg/serve move to the new one (issue #18)."""

from kg.reason.kept_answers import *  # noqa: F403
