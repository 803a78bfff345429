"""Understanding: sentences, tokens with lemmas and offsets (Russian and English)."""
