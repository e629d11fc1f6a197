"""newsdossier: turn a corpus of raw news articles into a cross-linked research site."""

import hashlib
from pathlib import Path

__version__ = "0.1.0"

# The modules and data that decide what normalize extracts from a seed and writes of it.
_EXTRACTION_SOURCES = (
    "seeds.py", "segment.py", "text.py", "dates.py", "datevalue.py", "language.py",
    "entities.py", "events.py", "extract.py", "quotes.py", "reference.py", "normalize.py", "registry.py", "links.py",
)

# The reference files that are lists of entries (one country, mission, organisation or outlet
# each), by the key that names an entry: a change to one entry re-extracts only the articles
# that print one of its forms or list it (links.py). The other reference files are word lists:
# a change to one of them re-extracts every article, as a change of code does.
REFERENCE_ENTRIES = {"countries.yaml": "code", "missions.yaml": "id", "organisations.yaml": "id", "sources.yaml": "id"}


def _digest(paths, here: Path) -> str:
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.relative_to(here).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def _extractor_version() -> str:
    """A fingerprint of the extraction code and the reference word lists (not of the reference
    entries: see REFERENCE_ENTRIES): when either changes, normalize extracts every seed again
    instead of trusting the old output. It is what each article's `extractor:` holds."""
    here = Path(__file__).parent
    ingest = sorted((here / "ingest").glob("*.py"))  # reading each form of collected article
    words = [p for p in sorted((here / "reference").glob("*.yaml")) if p.name not in REFERENCE_ENTRIES]
    return _digest([*(here / name for name in _EXTRACTION_SOURCES), *ingest, *words], here)


def reference_entry_files() -> dict[str, bytes]:
    """The bytes of each reference file of entries (REFERENCE_ENTRIES), by file name."""
    here = Path(__file__).parent / "reference"
    return {name: (here / name).read_bytes() for name in REFERENCE_ENTRIES if (here / name).is_file()}


EXTRACTOR_VERSION = _extractor_version()
