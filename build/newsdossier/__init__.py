"""newsdossier: turn a corpus of raw news articles into a cross-linked research site."""

import hashlib
from pathlib import Path

__version__ = "0.1.0"

# The modules and data that decide what normalize extracts from a seed and writes of it.
_EXTRACTION_SOURCES = (
    "seeds.py", "segment.py", "text.py", "dates.py", "datevalue.py", "language.py",
    "entities.py", "events.py", "extract.py", "reference.py", "normalize.py", "registry.py",
)


def _extractor_version() -> str:
    """A fingerprint of the extraction code and reference data: when either changes,
    normalize extracts every seed again instead of trusting the old output."""
    here = Path(__file__).parent
    digest = hashlib.sha256()
    ingest = sorted((here / "ingest").glob("*.py"))  # reading each form of collected article
    for path in [*(here / name for name in _EXTRACTION_SOURCES), *ingest, *sorted((here / "reference").glob("*.yaml"))]:
        digest.update(path.relative_to(here).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


EXTRACTOR_VERSION = _extractor_version()
