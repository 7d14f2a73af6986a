"""A fingerprint of the extractor (its code and language data), stored with each document.

Re-ingesting a document is skipped only when both its content and this fingerprint are
unchanged, so adding a trigger word or an actor to a data file takes effect on the next
ingest of the same files without --force.
"""
from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

from ingest import __version__

PACKAGE = Path(__file__).resolve().parent


def fingerprint_of(root: Path) -> str:
    """Version plus a hash of every code and data file under ``root``."""
    digest = hashlib.sha256(__version__.encode())
    for path in sorted(root.rglob("*")):
        if path.suffix in {".py", ".yaml", ".yml"} and "__pycache__" not in path.parts:
            digest.update(str(path.relative_to(root)).encode())
            digest.update(path.read_bytes())
    return f"{__version__}+{digest.hexdigest()[:12]}"


@lru_cache(maxsize=1)
def extractor_fingerprint() -> str:
    """The fingerprint of this installed extractor, computed once per process."""
    return fingerprint_of(PACKAGE)
