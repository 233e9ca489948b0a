"""The gazetteer's forms as token keys, kept on disk between runs.

Tokenising the ten thousand listed forms (and making a vocabulary entry for each new
word) took half a second of every build that had a post to read; the PhraseMatcher only
needs each form's token ``ORTH`` keys, which depend on nothing but the forms, the
tokenizer's rules and spaCy. So those keys are written once, named by a hash of all three,
and read back (a few milliseconds) while they still fit: a change to a list, the model
or spaCy names another file. The folder is ``$KG_CACHE_DIR`` (empty: no cache), else
``$XDG_CACHE_HOME/kg`` or ``~/.cache/kg``; a cache that cannot be read or written costs
only the time it was meant to save.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
import zipfile
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import spacy
from spacy.language import Language

# Bump when the file's layout or what the keys are made from changes.
FORMAT = "phrase-keys-1"
Keys = list[tuple[int, ...]]


def cache_dir() -> Path | None:
    """Where the keys are kept, or None when caching is off (``KG_CACHE_DIR=``)."""
    named = os.environ.get("KG_CACHE_DIR")
    if named is not None:
        return Path(named) if named.strip() else None
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "kg"


def cache_file(nlp: Language, forms: Sequence[str]) -> Path | None:
    """The file that holds the keys of ``forms`` under this tokenizer, if caching is on."""
    folder = cache_dir()
    if folder is None:
        return None
    h = hashlib.sha256()
    for part in (FORMAT, spacy.__version__, nlp.lang, nlp.meta.get("name", ""),
                 nlp.meta.get("version", ""), *_rules(nlp), *forms):
        h.update(part.encode("utf-8"))
        h.update(b"\x00")
    return folder / f"{h.hexdigest()[:24]}.npz"


def _rules(nlp: Language) -> list[str]:
    """The tokenizer's prefix, suffix and infix patterns: the project changes them."""
    out = []
    for name in ("prefix_search", "suffix_search", "infix_finditer"):
        compiled = getattr(getattr(nlp.tokenizer, name, None), "__self__", None)
        out.append(str(getattr(compiled, "pattern", "")))
    return out


def token_keys(nlp: Language, forms: Sequence[str]) -> tuple[Keys, bool]:
    """Each form's ORTH keys as the tokenizer splits it, and whether they came from disk."""
    path = cache_file(nlp, forms)
    if path is not None:
        keys = _read(path, len(forms))
        if keys is not None:
            return keys, True
    keys = [tuple(t.orth for t in doc) for doc in nlp.tokenizer.pipe(forms, batch_size=2000)]
    if path is not None:
        _write(path, keys)
    return keys, False


def _read(path: Path, n: int) -> Keys | None:
    try:
        with np.load(path, allow_pickle=False) as data:
            flat, lengths = data["orth"].tolist(), data["lengths"].tolist()
    except (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile):
        return None  # absent, or not a file this code wrote: tokenise again
    if len(lengths) != n or sum(lengths) != len(flat):
        return None
    out, at = [], 0
    for length in lengths:
        out.append(tuple(flat[at:at + length]))
        at += length
    return out


def _write(path: Path, keys: Keys) -> None:
    """Write the file whole or not at all: another build may read it at the same time."""
    flat = np.fromiter((k for key in keys for k in key), dtype=np.uint64)
    lengths = np.fromiter((len(key) for key in keys), dtype=np.int32, count=len(keys))
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".npz")
        with os.fdopen(fd, "wb") as fh:
            np.savez(fh, orth=flat, lengths=lengths)
        os.replace(tmp, path)
        tmp = None
    except OSError:
        pass  # a read-only home: build without the cache
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
