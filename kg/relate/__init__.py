"""Relate: from linked mentions to meetings, chairs, delegations, documents, follow-ups."""
