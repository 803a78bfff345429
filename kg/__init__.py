"""ictsec-kg: a knowledge graph of international ICT-security forums."""

__version__ = "0.1.0"
