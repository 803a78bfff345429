"""Old path of `kg.read`, kept while kg/commands moves to the new one (issue #18)."""

from kg.read import *  # noqa: F403
