"""Which articles a change of a reference entry or of a registry entry can touch.

An article's extraction depends on the reference entries (countries, missions, organisations,
outlets) only through the forms of them its text prints, and its merge into the registries
depends on a registry entry only through the forms the entry claims and the ids the article
lists. So when entries change, the articles to extract again are those whose stored text holds
one form of an added, changed or removed entry (in its old or its new version), or that list
its id; the others would come out of a cold run the same. Pure functions: normalize reads and
writes the files and keeps the last run's entries in its cache.
"""
from __future__ import annotations

import hashlib
import json
import re
from collections import defaultdict

from .text import fold, slugify

# Fields of a reference entry that name nothing printed (kinds, codes, years, languages): their
# values are not forms to look for. Every other text value of an entry (names, aliases,
# acronyms, demonyms, cities, domains) is.
_NOT_FORMS = frozenset({"id", "languages", "kind", "region", "part_of", "country", "countries", "founded", "start", "end", "code"})
_WORDS = re.compile(r"[a-z0-9]+")


def plain_rows(rows, key: str) -> dict[str, dict] | None:
    """The entries of one reference file (a YAML list of mappings) by their key field, as JSON
    values (dates and other scalars as text); None when the file is not such a list (then any
    change to it counts as a change of word lists: every article)."""
    if not isinstance(rows, list):
        return None
    out: dict[str, dict] = {}
    for row in rows:
        if not isinstance(row, dict) or not isinstance(row.get(key), str) or row[key] in out:
            return None
        out[row[key]] = json.loads(json.dumps(row, ensure_ascii=False, default=str))
    return out


def _leaves(value, field: str | None = None):
    """The text values of an entry that are written forms (fields in _NOT_FORMS left out)."""
    if field in _NOT_FORMS:
        return
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _leaves(item, str(key))
    elif isinstance(value, list):
        for item in value:
            yield from _leaves(item, field)


def _country_names(code: str, languages) -> set[str]:
    """The CLDR names of a country that reference.cldr_country_names gives (the gazetteer adds
    them to the country's own forms)."""
    from .reference import cldr_country_names

    return {names[code] for lang in languages if code in (names := cldr_country_names(lang))}


def _non_forms(value, field: str | None = None):
    """An entry less its forms: the values of the fields in _NOT_FORMS, by path."""
    if isinstance(value, dict):
        return {key: (item if key in _NOT_FORMS else _non_forms(item, key)) for key, item in value.items()}
    if isinstance(value, list):
        return [_non_forms(item, field) for item in value if not isinstance(item, str)]
    return None


def _variants(form: str) -> set[str]:
    """A form as the gazetteer also meets it: hyphens for spaces and spaces for hyphens
    (reference.spellings), and its head word in the plural (Reference.plural_head)."""
    from .reference import reference, spellings

    found = set(spellings(form))
    if len(form.split()) > 2 and (plural := reference().plural_head(form)):
        found.add(plural)
    return found


def reference_changes(old: dict[str, dict], new: dict[str, dict]) -> tuple[set[str], set[str]]:
    """old, new: {file name: {entry key: row}} of the reference entry files (plain_rows) as the
    last run knew them and as they are. Returns (folded forms, ids) to look for in the articles.
    An entry whose forms alone changed (an alias added or removed): the forms it gained or lost.
    An entry added, removed or changed otherwise (a mission's years or host countries, a kind):
    every form of it, old and new, and its id and the id an actor made of it gets (its name,
    slugified); for a mission, the forms of the countries it is (or was) hosted by (a mission is
    inferred from its host country). For a country, also the CLDR names it gets, and those of
    other countries that are runs of whole words of its changed forms (the gazetteer leaves such
    names out: reference.Reference.cldr_names). Each form with its variants (_variants)."""
    from .reference import PLACE_LANGUAGES, cldr_country_names

    forms: set[str] = set()
    ids: set[str] = set()
    countries = {**old.get("countries.yaml", {}), **new.get("countries.yaml", {})}
    old_countries, new_countries = old.get("countries.yaml", {}), new.get("countries.yaml", {})

    def country_forms(code: str) -> set[str]:
        found = set()
        for table in (old_countries, new_countries):
            if code in table:
                found.update(_leaves(table[code]))
        return found | _country_names(code, PLACE_LANGUAGES)

    for name in sorted(set(old) | set(new)):
        before, after = old.get(name, {}), new.get(name, {})
        for key in sorted(set(before) | set(after)):
            if before.get(key) == after.get(key):
                continue
            rows = [row for row in (before.get(key), after.get(key)) if row is not None]
            if len(rows) == 2 and _non_forms(rows[0]) == _non_forms(rows[1]):
                changed = set(_leaves(rows[0])) ^ set(_leaves(rows[1]))
            else:
                changed = {form for row in rows for form in _leaves(row)}
                ids.add(key)
                for row in rows:
                    if isinstance(row.get("name"), str):
                        ids.add(slugify(row["name"]))
                    if name == "missions.yaml":
                        for code in row.get("countries") or []:
                            if isinstance(code, str):
                                forms.update(country_forms(code))
                if name == "countries.yaml":
                    forms.update(country_forms(key))
            forms.update(changed)
            if name == "countries.yaml":
                runs = set()
                for form in changed:
                    words = fold(form).replace("-", " ").split()
                    runs.update(" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1))
                for lang in PLACE_LANGUAGES:
                    for code, cldr in cldr_country_names(lang).items():
                        if code in countries and " ".join(fold(cldr).replace("-", " ").split()) in runs:
                            forms.add(cldr)
    every = {variant for form in forms for variant in _variants(form)}
    return {f for f in (" ".join(fold(form).split()) for form in every) if _WORDS.search(f)}, ids


# What of a registry entry its articles' output depends on: the forms it claims (linking, and
# which aliases normalize may add), the entry an actor is merged into, its status (a rejected
# entry is never listed), its kind; for an event, what matching a report to it compares. A
# mission's same_as is not among them: an article keeps listing the merged mission (the site
# reads it as its survivor), so a merge extracts nothing again.
_LINKING = {
    "actors": ("name", "acronym", "aliases", "same_as", "status", "kind"),
    "missions": ("name", "acronym", "acronym_fr", "name_fr", "aliases", "status"),
    "events": ("kind", "date", "place", "country", "status", "same_as"),
}
_FORM_FIELDS = ("name", "acronym", "acronym_fr", "name_fr", "aliases")


def registry_projection(name: str, entries) -> dict[str, list]:
    """{entry id: [digest of the fields its articles depend on (_LINKING) but its forms, its
    folded forms (_FORM_FIELDS)]} of one registry's entries (a YAML list of mappings). Entries
    without a text id are left out."""
    out: dict[str, list] = {}
    for entry in entries or []:
        if not isinstance(entry, dict) or not isinstance(entry.get("id"), str):
            continue
        values = {field: entry.get(field) for field in _LINKING.get(name, ()) if field not in _FORM_FIELDS}
        digest = hashlib.sha256(json.dumps(values, ensure_ascii=False, sort_keys=True, default=str).encode()).hexdigest()[:16]
        forms = sorted({fold(str(v)).strip() for field in _FORM_FIELDS if field in _LINKING.get(name, ()) for v in _listed(entry.get(field)) if v})
        out[entry["id"]] = [digest, forms]
    return out


def _listed(value) -> list:
    return list(value) if isinstance(value, (list, tuple)) else [value]


def registry_changes(old: dict[str, list], new: dict[str, list]) -> tuple[set[str], set[str]]:
    """old, new: registry_projection of one registry as last written and as it is now. Returns
    (folded forms, ids) to look for: the forms an entry claims now and did not, or no longer
    claims (an alias added or removed, an entry added or removed); the id of an entry added,
    removed, or whose other linking fields changed (merged into another with same_as, rejected:
    the articles that list it change)."""
    forms: set[str] = set()
    ids: set[str] = set()
    for entry_id in set(old) | set(new):
        before, after = _projected(old.get(entry_id)), _projected(new.get(entry_id))
        if before == after:
            continue
        if before[0] != after[0]:
            ids.add(entry_id)
        forms.update(f for f in before[1] ^ after[1] if _WORDS.search(f))
    return forms, ids


def _projected(value) -> tuple[str | None, set[str]]:
    if isinstance(value, list) and len(value) == 2 and isinstance(value[1], list):
        return str(value[0]), {str(f) for f in value[1]}
    return None, set()


_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def fold_text(text: str) -> str:
    """text.fold of a long text, the same string, several times faster: only its runs of
    non-ASCII characters go through the transliteration (each run folded alone, as anyascii
    folds character by character; runs recur and text.fold remembers them)."""
    return _NON_ASCII.sub(lambda m: fold(m.group()), text).lower()


class Finder:
    """Tells whether a text holds one of many forms, as a whole word run: one pass over the
    text's words finds the candidate forms (indexed by their longest word), and only those are
    looked for. forms are folded (text.fold); ids are matched as written (they are folded
    already). Form boundaries: no letter, digit, underscore or hyphen on either side."""

    def __init__(self, forms, ids=()):
        self._by_word: dict[str, list] = defaultdict(list)
        for form in {" ".join(form.split()) for form in {*forms, *ids}}:
            words = _WORDS.findall(form)
            if not words:
                continue
            pattern = re.compile(r"(?<![\w-])" + re.escape(form) + r"(?![\w-])")
            self._by_word[max(words, key=len)].append(pattern)

    def __bool__(self) -> bool:
        return bool(self._by_word)

    def holds(self, text: str) -> bool:
        """Whether text (any case, any accents) holds one of the forms."""
        folded = " ".join(fold_text(text).split())  # a name broken over two lines is still the name
        for word in set(_WORDS.findall(folded)) & self._by_word.keys():
            if any(pattern.search(folded) for pattern in self._by_word[word]):
                return True
        return False
