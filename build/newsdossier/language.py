"""Which language an article is written in (ISO 639-1)."""
from __future__ import annotations

import hashlib
import os
import re
import shutil
from functools import lru_cache
from pathlib import Path

from .reference import reference

# A word and what stands before it: a capitalised word not opening a sentence is a name.
_WORD = re.compile(r"(?P<before>^|[.!?:\u2026\"\u201c\u00ab]\s*|\s|[(\[,;\u2013\u2014-])(?P<word>[^\W\d_][\w'\u2019-]*)", re.M)
MIN_COMMON_WORDS = 4  # fewer words left than this: the names are the text, detect on it whole


@lru_cache(maxsize=1)
def _language_words() -> frozenset[str]:
    """Capitalised words that belong to a language, not to a name: month and weekday names
    (reference dates.yaml) and titles (vocabulary "titles"), lowercased with their accents."""
    ref = reference()
    words = {name for table in ref.date_words["months"].values() for month in table for name in month}
    words |= {day for days in ref.date_words["weekdays"].values() for day in days}
    words |= {w for table in ref.vocabulary["titles"].values() for w in table}
    return frozenset(w.lower() for w in words if " " not in w)


def without_names(text: str) -> str:
    """The text without its names: every capitalised word that does not open a sentence or a
    line, and every word in capitals, is left out, but for the month, weekday and title words
    of the reference data ("Jean-Pierre Lacroix met President
    Faustin-Archange Touadéra in Bangui" -> "met in"). Names belong to no language, and a
    short text full of them is classified by their spelling."""
    known = _language_words()
    kept = []
    for before, word in _WORD.findall(text):
        if word.lower() in known:  # "Monday", "President", "mars": words of a language, not names
            kept.append(word)
        elif word.isupper() and len(word) > 1:
            continue
        elif word[:1].isupper():  # kept only where it opens a sentence or a line
            mark = before.strip()[-1:]
            if before == "" or (mark != "" and mark in ".!?:\u2026\"\u201c\u00ab"):
                kept.append(word)
        else:
            kept.append(word)
    return " ".join(kept)


def detect_language(text: str) -> str:
    """ISO 639-1 code of the language of the text, by py3langid (Lui & Baldwin, langid.py,
    ACL 2012) on the text with its names left out (without_names); on the whole text when
    too little is left. A language py3langid names that has no ISO 639-1 code is its
    macrolanguage's (iso_639_1: "wuu", Wu Chinese, is "zh"), or "und"."""
    sample = text[:5000]
    common = without_names(sample)
    code, _score = _identifier().classify(common if len(common.split()) >= MIN_COMMON_WORDS else sample)
    return iso_639_1(code)


def iso_639_1(code: str) -> str:
    """A code py3langid gives as ISO 639-1: a two-letter code as it is, a member of a
    macrolanguage as the macrolanguage (vocabulary detector_macrolanguages: a few Han
    characters of any Chinese text read as Wu Chinese, "wuu", are "zh"), any other ("zxx", no
    language; "hbo", Ancient Hebrew) "und", undetermined: a text is not told apart from its
    macrolanguage's other members, and the article's language field holds ISO 639-1 codes."""
    if len(code) == 2:
        return code
    return reference().vocabulary["detector_macrolanguages"].get(code, "und")


# --- the model, loaded once, when an article first needs it -----------------------------------

# Where an uncompressed copy of py3langid's model is kept between runs (keep_model_in): None
# for none. py3langid ships its model LZMA-compressed (4.5 MB, 68 MB once decompressed);
# decompressing it is about 0.5 s of CPU at each start, mapping the copy's arrays a few ms.
_MODEL_CACHE: dict[str, Path | None] = {"folder": None}
# The arrays of the model (py3langid.modelio.load_model's npz layout) and the dtype each must have.
_MODEL_ARRAYS = {"ptc": "float16", "pc": "float32", "classes": "<U3", "nextmove": "uint32",
                 "nextmove_row": "uint16", "out_feat": "int32"}


def keep_model_in(folder: Path | None) -> None:
    """Keep (and read back) an uncompressed copy of the language model and the spelling lists
    in folder (store.shared_cache: one per user, shared by every project), or not at all
    (None). Only where the model is read from changes: detect_language answers the same.
    Takes effect before the model's first use in the process (and in the processes forked
    after it)."""
    _MODEL_CACHE["folder"] = folder
    _identifier.cache_clear()


def forget_copies(folder: Path) -> int:
    """Remove the copies of the language model (langid-*) and of the spelling lists
    (spelling-*.pickle) from folder: a project's .newsdossier-cache, where versions before
    store.shared_cache kept them (68 MB in each project). Returns how many were removed;
    never raises."""
    removed = 0
    for old in [*folder.glob("langid-*"), *folder.glob("spelling-*.pickle")]:
        try:
            shutil.rmtree(old) if old.is_dir() else old.unlink()
            removed += 1
        except OSError:
            pass
    return removed


def _model_file() -> Path:
    from py3langid import langid

    return Path(langid.MODEL_DIR) / langid.MODEL_FILE


def _read_model_copy(folder: Path) -> dict:
    """The arrays of an uncompressed copy (_write_model_copy), mapped from their files, not
    read whole. Raises OSError or ValueError when one is missing, truncated or not of the
    expected dtype and shape."""
    import numpy as np

    arrays = {name: np.load(folder / f"{name}.npy", mmap_mode="r", allow_pickle=False) for name in _MODEL_ARRAYS}
    for name, dtype in _MODEL_ARRAYS.items():
        if arrays[name].dtype != np.dtype(dtype):
            raise ValueError(f"{name}: dtype {arrays[name].dtype}, not {dtype}")
    classes = arrays["ptc"].shape[1] if arrays["ptc"].ndim == 2 else -1
    if arrays["pc"].shape != (classes,) or arrays["classes"].shape != (classes,) \
            or arrays["nextmove_row"].shape != arrays["out_feat"].shape or arrays["nextmove"].ndim != 1:
        raise ValueError("arrays of inconsistent shapes")
    return arrays


ABANDONED_AFTER = 3600  # seconds: a temporary copy this old was left by a run that was stopped


def _remove_abandoned(cache: Path, now: float | None = None) -> None:
    """Remove the temporary folders (.langid-*) that a run stopped while writing the model's
    copy left in cache, once older than ABANDONED_AFTER seconds (a younger one may be another
    run's, still writing). Never raises."""
    import time

    now = time.time() if now is None else now
    for left in cache.glob(".langid-*"):
        try:
            if left.is_dir() and now - left.stat().st_mtime > ABANDONED_AFTER:
                shutil.rmtree(left, ignore_errors=True)
        except OSError:
            pass


def _write_model_copy(model: Path, folder: Path) -> None:
    """Decompress the model into folder, one .npy file per array, made whole in a temporary
    folder then renamed into place (another process never sees half of it). Raises OSError."""
    import lzma
    import tempfile

    import numpy as np

    folder.parent.mkdir(parents=True, exist_ok=True)
    _remove_abandoned(folder.parent)
    building = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", dir=folder.parent))
    try:
        with tempfile.TemporaryFile(dir=building) as unpacked:
            with lzma.open(model) as source:
                shutil.copyfileobj(source, unpacked, length=1 << 20)
            unpacked.seek(0)
            with np.load(unpacked, allow_pickle=False) as data:
                for name in _MODEL_ARRAYS:
                    np.save(building / f"{name}.npy", data[name], allow_pickle=False)
        shutil.rmtree(folder, ignore_errors=True)  # a damaged copy
        os.replace(building, folder)
    finally:
        shutil.rmtree(building, ignore_errors=True)


@lru_cache(maxsize=1)
def _identifier():
    """py3langid's LanguageIdentifier with its own model (the same one py3langid.classify
    uses, with its defaults: raw scores, every language). With a cache folder
    (keep_model_in), the model's arrays come from the uncompressed copy there, named by a
    digest of the compressed file: made when missing or damaged, and the model read as
    py3langid does when the folder cannot be written."""
    from py3langid import langid

    folder = _MODEL_CACHE["folder"]
    if folder is None:
        return langid._get_identifier()
    model = _model_file()
    copy = Path(folder) / f"langid-{hashlib.sha256(model.read_bytes()).hexdigest()[:16]}"
    try:
        arrays = _read_model_copy(copy)
    except (OSError, ValueError):
        try:
            _write_model_copy(model, copy)
            arrays = _read_model_copy(copy)
        except (OSError, ValueError):
            return langid._get_identifier()
        for old in Path(folder).glob("langid-*"):
            if old != copy:
                shutil.rmtree(old, ignore_errors=True)
    return langid.LanguageIdentifier(
        arrays["ptc"], arrays["pc"], arrays["classes"].tolist(), memoryview(arrays["nextmove"]),
        arrays["out_feat"].tolist(), tk_row=arrays["nextmove_row"].tolist())


def spellchecker(language: str):
    """pyspellchecker's SpellChecker for the language (ISO 639-1; edit distance 1, its word
    frequency lists), None when it has no dictionary for it. With a cache folder
    (keep_model_in), the checker is read back from the pickle an earlier run kept there (named
    by pyspellchecker's version and this Python's), made again when missing or unreadable:
    about 0.05 s instead of 0.15 s for English. The words and counts are the same either way."""
    import pickle
    import sys

    import spellchecker as package
    from spellchecker import SpellChecker

    folder = _MODEL_CACHE["folder"]
    path = None
    if folder is not None:
        key = hashlib.sha256(f"{package.__version__} {sys.version} {pickle.HIGHEST_PROTOCOL}".encode()).hexdigest()[:16]
        path = Path(folder) / f"spelling-{language}-{key}.pickle"
        try:
            with path.open("rb") as handle:
                kept = pickle.load(handle)
            if isinstance(kept, SpellChecker):
                return kept
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError, IndexError, KeyError):
            pass
    try:
        checker = SpellChecker(language=language, distance=1)
    except ValueError:
        return None
    if path is not None:
        from .store import keep_pickled

        keep_pickled(path, checker, replaces=f"spelling-{language}-*.pickle")
    return checker
