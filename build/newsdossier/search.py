"""Site search: the spellings Pagefind's accent folding misses, and running Pagefind over a built site."""
from __future__ import annotations

import html
import re
import shutil
import subprocess
import unicodedata
from functools import lru_cache
from pathlib import Path

from anyascii import anyascii

BUNDLE = "pagefind"  # the folder of the search index and its interface, inside the site
EXCLUDED = ".headerlink"  # the heading permalinks' "¶", not text
_TAG = re.compile(r"<[^>]*>")
_WORD = re.compile(r"\w+")


class SearchIndexError(Exception):
    """Pagefind could not be run, or failed: the message says what to do."""


def pagefind_fold(word: str) -> str:
    """A word as Pagefind 1.5 folds it for matching: canonical decomposition (Unicode NFD),
    combining marks dropped, lowercase ("Sécurité" -> "securite", "Đức" -> "đuc"). Source:
    Pagefind's `normalize_diacritics` (pagefind/src/fossick/splitting.rs) and, for the
    query, `normalizeDiacritics` in pagefind_web_js (`normalize("NFD")`, `\\p{M}` removed)."""
    decomposed = unicodedata.normalize("NFD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


@lru_cache(maxsize=65536)
def ascii_spelling(word: str) -> str | None:
    """The plain-ASCII spelling of a Latin-script word whose letters do not decompose in
    Unicode, so that dropping accent marks leaves them as they are: Vietnamese and Croatian
    đ, Polish ł, Danish ø, German ß, French œ, Icelandic þ ð, Turkish ı ("Đức" -> "Duc",
    "Łódź" -> "Lodz", "manœuvre" -> "manoeuvre"). None when Pagefind's own folding already
    reaches ASCII ("Bouaké"), or the word is of another script (no transliteration of
    Cyrillic, Arabic or Chinese: that is not accent folding). The letters are not listed by
    hand: Unicode names them LATIN, and anyascii gives their ASCII form."""
    folded = pagefind_fold(word)
    if folded.isascii():
        return None
    if not all(c.isascii() or unicodedata.name(c, "").startswith("LATIN") for c in folded if c.isalpha()):
        return None
    spelling = anyascii(unicodedata.normalize("NFC", word))
    return spelling if spelling.isascii() and spelling.isalnum() else None


def extra_spellings(page_html: str) -> list[str]:
    """The ASCII spellings to index beside a page's words so that a reader typing without
    accents finds them: one per distinct word of the page's text (tags removed, entities
    decoded) that `ascii_spelling` gives one for, in order of first appearance.
    Input: the HTML of a page's content. Output: a list of words, possibly empty."""
    text = html.unescape(_TAG.sub(" ", page_html))
    seen: dict[str, None] = {}
    for word in _WORD.findall(text):
        spelling = None if word.isascii() else ascii_spelling(word)
        if spelling is not None:
            seen.setdefault(spelling, None)
    return list(seen)


def pagefind_executable() -> Path:
    """The Pagefind binary shipped by the `pagefind-bin` wheel (`pip install 'pagefind[bin]'`).
    Raises SearchIndexError when it is not installed."""
    try:
        from pagefind_bin import get_executable
    except ImportError:
        raise SearchIndexError("the Pagefind binary is not installed: pip install 'pagefind[bin]>=1.5'") from None
    try:
        return get_executable()
    except FileNotFoundError as error:
        raise SearchIndexError(f"the Pagefind binary is missing ({error}): reinstall 'pagefind[bin]>=1.5'") from None


def index_site(site_dir: Path) -> None:
    """Run Pagefind over a built site: it indexes every page holding `data-pagefind-body` and
    writes the index, split into small chunks loaded on demand, with its search interface
    into `<site_dir>/pagefind/`. The index is written beside the old one and swapped in, so
    a rebuild under `mkdocs serve` leaves no stale chunk behind. Raises SearchIndexError with
    Pagefind's own message when it fails."""
    site_dir = Path(site_dir)
    fresh, old, bundle = site_dir / f".{BUNDLE}.new", site_dir / f".{BUNDLE}.old", site_dir / BUNDLE
    shutil.rmtree(fresh, ignore_errors=True)
    command = [str(pagefind_executable()), "--site", str(site_dir), "--output-path", str(fresh), "--quiet",
               "--exclude-selectors", EXCLUDED]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0 or not (fresh / "pagefind.js").is_file():
        shutil.rmtree(fresh, ignore_errors=True)
        said = " ".join((result.stderr or result.stdout).split())[:500]
        raise SearchIndexError(f"Pagefind failed to index {site_dir} (exit code {result.returncode}): {said}")
    shutil.rmtree(old, ignore_errors=True)
    if bundle.exists():
        bundle.rename(old)
    fresh.rename(bundle)
    shutil.rmtree(old, ignore_errors=True)
