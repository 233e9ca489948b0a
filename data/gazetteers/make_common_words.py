"""Generate common_words.txt: ordinary lower-case English words, one a line.

The extractor uses it to doubt a name that only the statistical model proposes:
"Box Shadow", "Virtual Reality" or "Click Save" in a title-cased heading are
ordinary words, while "Spence", "Smith" or "Jobs" are also surnames. So a word
is listed only when the dictionary spells it lower-case and never capitalised;
words with an apostrophe, non-ASCII letters or fewer than three letters are
left out, and so are the given names beside this script.

Source: the SCOWL word list as Debian's ``wamerican`` package installs it
(``/usr/share/dict/american-english``; ``apt-get install wamerican``). SCOWL is
Copyright 2000-2011 by Kevin Atkinson; its permission notice is in SOURCES.md.

Run: .venv/bin/python data/gazetteers/make_common_words.py [path-to-word-list]
"""

from __future__ import annotations

import sys
from pathlib import Path

from _gazlib import HERE

OUT = "common_words.txt"
DEFAULT_LIST = Path("/usr/share/dict/american-english")


def main() -> None:
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_LIST
    words = source.read_text(encoding="utf-8").split("\n")
    spelled = set(words)
    given = {w.lower() for w in (HERE / "given_names.txt").read_text(encoding="utf-8").split()}
    out = sorted({w for w in words if w.isascii() and w.isalpha() and w.islower()
                  and len(w) >= 3 and w.capitalize() not in spelled and w not in given})
    header = ("# Ordinary lower-case English words (from SCOWL via Debian wamerican; "
              "see make_common_words.py)\n")
    (HERE / OUT).write_text(header + "\n".join(out) + "\n", encoding="utf-8")
    print(f"wrote {OUT}: {len(out)} words")


if __name__ == "__main__":
    main()
