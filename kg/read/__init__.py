"""The read stage: announcements from plain text and Markdown, HTML pages, JSONL bundles and standard input.

`read_paths` streams `Announcement` records, and a `ReadProblem` for every input
that cannot be used; one bad input never stops the others. Outcomes a user sees:

- a file over the size limit, an empty file, a binary file, an unknown encoding,
  HTML without article text, a JSONL line that is not valid JSON or lacks `text`,
  a duplicate JSONL id: a `ReadProblem` (one line naming the input and what to do);
- front matter with an unknown key or with a `published` value that is not an ISO
  date: the announcement is still read (an invalid date becomes `published=None`)
  and the issue is recorded as a line in `Announcement.warnings`.

The size limit applies to a whole .txt/.md/.html file (checked with `os.stat`
before reading) and to each line of a JSONL file, which is read line by line so
that bundles of any length stream.

Text is returned normalised (NFC, `\\n` line ends, no control characters other
than `\\n` and `\\t`), so character offsets computed on `Announcement.text` are
stable for every later stage.
"""
from kg.read.decoding import UnreadableInput, decode_bytes, normalise_text
from kg.read.paths import (
    DEFAULT_MAX_BYTES,
    HTML_SUFFIXES,
    JSONL_SUFFIXES,
    STDIN_SOURCE,
    SUPPORTED_SUFFIXES,
    TEXT_SUFFIXES,
    announcement_files,
    not_an_announcement,
    read_file,
    read_paths,
    read_stdin,
    sniff_kind,
)
from kg.read.text import FRONT_MATTER_KEYS, parse_published, split_front_matter

__all__ = [
    "DEFAULT_MAX_BYTES", "FRONT_MATTER_KEYS", "HTML_SUFFIXES", "JSONL_SUFFIXES", "STDIN_SOURCE", "SUPPORTED_SUFFIXES",
    "TEXT_SUFFIXES", "UnreadableInput", "announcement_files", "decode_bytes", "normalise_text", "not_an_announcement",
    "parse_published", "read_file", "read_paths", "read_stdin", "sniff_kind", "split_front_matter",
]
