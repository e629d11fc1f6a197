"""Reference data shipped with the tool: missions, countries, organisations, sources, vocabulary."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path
from typing import Callable

from ruamel.yaml import YAML

import os
import re
import time
import unicodedata

from .text import TOKEN_RE, alternation, fold, fold_same_length, fold_token, slugify, strip_possessive, tokenize

_yaml = YAML(typ="safe", pure=False)

# Languages whose word lists are compared with diacritics: folded, their function words
# collide with name syllables.
EXACT_LANGUAGES = ("vi",)


def listed_languages(table, language: str) -> list[str]:
    """The languages whose words of a reference table ({language: words}) a text of the
    language (ISO 639-1) reads: its own where the table lists it, else every language the
    table lists but the EXACT_LANGUAGES (whose words, folded, collide with others')."""
    return [language] if language in table else [lang for lang in table if lang not in EXACT_LANGUAGES]


def reference_word_form(exact: bool) -> Callable[[str], str]:
    """How a reference word (str) is put in the form a text is compared in: lowercased with
    its diacritics (NFC) for an exact language (EXACT_LANGUAGES), else folded (text.fold)."""
    return (lambda w: unicodedata.normalize("NFC", w.lower())) if exact else fold


def listed_word_forms(table: dict, language: str, pick=None, languages_of: dict | None = None) -> set[str]:
    """The words of a reference table ({language: entry}) for a language (ISO 639-1), in the
    form a text is compared in (reference_word_form: lowercased for the exact languages,
    folded for the others): the language's entry, or every non-exact language's when it has
    none (listed_languages; the choice made on `languages_of`, default the table itself).
    `pick(entry, language)` gives an entry's words (default: the entry, a list)."""
    chooser = table if languages_of is None else languages_of
    convert = reference_word_form(language in EXACT_LANGUAGES)
    pick = pick or (lambda entry, _lang: entry)
    return {convert(w) for lang in listed_languages(chooser, language) for w in pick(table.get(lang), lang) or ()}

_HOST = re.compile(r"(?<![\w@/.-])(?:[a-z0-9-]+\.)+[a-z]{2,6}(?![\w.-])", re.I)


# How far before an outlet's name a citing phrase is looked for, in characters ("citado por
# la agencia de noticias " before "EFE").
CITING_SPAN = 60
# A quotation mark around an outlet's name, on folded text (text.fold writes "«" and "»" as
# "<" and ">", curly quotes as '"'): "rapporte « Example Matin »", "“Example” reported".
_OPENING_QUOTE = r"(?:[<\"]\s?)?"
_CLOSING_QUOTE = r"(?:\s?[>\"])?"
# A quotation mark right before an outlet's name and right after it, on folded text (_quoted_alone).
_QUOTE_BEFORE = re.compile(r"[<\"]\s?$")
_QUOTE_AFTER = re.compile(r"\s?[>\"]")


def _quoted_alone(folded: str, start: int, end: int) -> bool:
    """Whether the outlet's name at folded[start:end] stands in quotation marks of its own or in
    none: a mark on one side only opens or closes a longer quotation the name begins or ends
    ("informó «El Ejemplo miente sobre las cifras»", "« Je ne lis plus Example Matin » a
    rapporté le ministre", "selon « Example Matin vu d'ici », une émission"), which cites no
    outlet."""
    return bool(_QUOTE_BEFORE.search(folded, max(0, start - 2), start)) == bool(_QUOTE_AFTER.match(folded, end))
# A capitalised word right after a name, maybe continuing it ("El Mundo Deportivo").
_NEXT_CAPITALISED = re.compile(r"[ \u00a0]+([A-ZÀ-ÝĐ][\w'\u2019-]*)")


def _name_goes_on(text: str, end: int) -> bool:
    """Whether a capitalised word follows text[:end] (a name's end), continuing the name: not
    a weekday's name, which English news prints there ("told El País Tuesday")."""
    from .dates import weekday_number  # (dates reads the reference: imported where used)
    following = _NEXT_CAPITALISED.match(text, end)
    return following is not None and weekday_number(following[1]) is None


# The bracket closing an outlet's code printed after its name, a comma maybe after it ("(NNA)",
# "(NNA),"), before a word of reporting (reporting_sources_in).
_CLOSED_BRACKET = re.compile(r"\)(?:\s*,)?")
# The most letters of an agency's acronym that another body's may share in a language the
# agency does not write in (Reference.agency_acronym_of_other_languages: "ANP", "TAP"); a
# longer one (ANGOP, SONNA) is rarely another body's.
AGENCY_ACRONYM_LETTERS = 4
# The fewest letters of a name compared without its spaces, hyphens and dots
# (Reference.find_source): shorter ones are acronyms, which a variant spelling does not reach.
COMPACT_LETTERS = 6
# The fewest letters of an outlet's name not written in capitals that the sources reference
# finds in running text ("dpa", the German agency's own spelling; shorter strings are pieces
# of words or initials, which acronyms cover).
SHORTEST_SOURCE_NAME = 3


# A complement after a word ("the dpa of the ministry", "la dpa del ministerio"): a name
# written in lower case before it (SHORTEST_SOURCE_NAME: "dpa") is the text's own word there.
_COMPLEMENT_AFTER = re.compile(r"\s+(?:of|du|de|des|del|cua)\s")

_COMPACTED = re.compile(r"[\s.\-'\u2019]+")


def _compact(folded: str) -> str:
    """A folded name without spaces, hyphens, dots or apostrophes: "africa news" -> "africanews"."""
    return _COMPACTED.sub("", folded)
# A word of one capital and a few small letters, an acronym as some outlets print an agency's
# ("Efe" for EFE).
_TITLE_CASE_ACRONYM = re.compile(r"(?<![\w.])[A-Z][a-z]{1,5}(?![\w])")


# Where parsed reference files are kept between runs (keep_parsed_in): None for nowhere.
_PARSED: dict[str, Path | None] = {"folder": None}
# A file modified less than this many seconds before it is parsed is not kept: a second save
# within the same tick of a coarse file system clock would read as the first (git's "racy" rule).
RACY_SECONDS = 2.0


def keep_parsed_in(folder: Path | None) -> None:
    """Keep (and read back) the parsed reference files in `folder` (a project's cache folder,
    or the shared cache: shared_parsed_folder), or nowhere (None). load_reference gives the
    same values either way: a file is read back only while it reads as when it was parsed
    (store.stat_signature: its time, size and inode)."""
    _PARSED["folder"] = folder


def parsed_folder() -> Path | None:
    """The folder keep_parsed_in set (None: nowhere)."""
    return _PARSED["folder"]


def shared_parsed_folder(shared: Path) -> Path:
    """Where the parsed reference files of this installation of the tool are kept in the
    shared cache folder `shared` (store.shared_cache): a folder per installation (named by a
    digest of the reference folder's location), so two installations side by side, whose files
    differ, do not replace each other's copies at each run."""
    import hashlib

    where = str(_reference_file("countries.yaml"))
    return shared / "parsed-reference" / hashlib.sha1(where.encode("utf-8", "surrogateescape")).hexdigest()[:12]


def _reference_file(name: str):
    """The reference file `name` of the package (a Traversable; a Path where the package is
    installed as files)."""
    return resources.files(__package__).joinpath("reference", name)


# Each reference file parsed in this process, as the pickle of (signature, values): several
# modules load the same file (quotes.yaml is read by seven tables), and unpickling a copy takes
# about 1 % of the time of parsing. A file is held only while it reads as when it was parsed
# (its signature), and never when saved within RACY_SECONDS of its parsing.
_HELD: dict[str, tuple[tuple, bytes]] = {}


def load_reference(name: str):
    """Parse one YAML file of the package's reference/ folder. The values parsed are held in
    this process and, with a cache folder (keep_parsed_in), kept there and read back by the
    next run, while the file reads as when it was parsed: unpickling them takes about 1 % of
    the time of parsing (vocabulary.yaml, countries.yaml: about 0.1 s each, at every build).
    Each call gives values of its own, which the caller may change."""
    import pickle

    source = _reference_file(name)
    signature = _signature(source)
    held = _HELD.get(str(source)) if signature is not None else None
    if held is not None and held[0] == signature:
        return pickle.loads(held[1])[1]
    folder = _PARSED["folder"]
    kept = Path(folder) / f"{Path(name).stem}.pickle" if folder is not None and signature is not None else None
    if kept is not None:
        found = _read_kept(kept)
        if found is not None and found[0] == signature:
            _HELD[str(source)] = (signature, pickle.dumps(found, protocol=pickle.HIGHEST_PROTOCOL))
            return found[1]
    with source.open("r", encoding="utf-8") as handle:
        parsed = _yaml.load(handle)
    if signature is not None and signature[0] < (time.time() - RACY_SECONDS) * 1e9:
        _HELD[str(source)] = (signature, pickle.dumps((signature, parsed), protocol=pickle.HIGHEST_PROTOCOL))
        if kept is not None:
            from .store import keep_pickled

            keep_pickled(kept, (signature, parsed))
    return parsed


def _signature(source) -> tuple | None:
    """store.stat_signature of a reference file, None when it is no file of the file system."""
    from .store import stat_signature

    try:
        return stat_signature(os.stat(source)) if isinstance(source, os.PathLike) else None
    except OSError:
        return None


def _read_kept(path: Path) -> tuple | None:
    """(signature, values) as keep_pickled kept them, None when missing or unreadable."""
    import pickle

    try:
        with path.open("rb") as handle:
            found = pickle.load(handle)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError, IndexError, KeyError):
        return None
    return found if type(found) is tuple and len(found) == 2 else None


@dataclass(frozen=True)
class Entry:
    """Something the gazetteer can find in text: a country, city, organisation or mission."""

    kind: str  # country | city | organisation | initiative | mission
    id: str
    name: str
    code: str | None = None  # ISO alpha-2 of a country, or the country of a city


def _spelled_entries(raw: list[str], matched: list[tuple[Entry, str]], entries: list[Entry]) -> list[Entry]:
    """The entries a name folded alike names, narrowed to those of a form spelt letter for
    letter as printed, accents included, case aside, where some are and others not: the
    folded form "nha trang" is both the White House ("Nhà Trắng") and the city of Nha Trang,
    and the accents the text prints say which (Vietnamese tells words apart by them). raw:
    the printed words; matched: the forms matched, in order, as (entry, the form as the
    reference writes it). With one entry, or no form so spelt, entries unchanged."""
    if len(entries) < 2:
        return entries
    printed = [r.lower() for r in raw]
    spelt = list(dict.fromkeys(entry for entry, surface in matched if [t.text.lower() for t in tokenize(surface)] == printed))
    return spelt if spelt and len(spelt) < len(entries) else entries


def _key(folded: str) -> str:
    """A folded token as the gazetteer compares it: an elided article without its apostrophe,
    so a name is found where the apostrophe went missing ("Cote d Ivoire", "Cote d'Ivoire")."""
    return folded[:-1] if folded.endswith("'") else folded


def spellings(name: str) -> list[str]:
    """A place's name and its forms with hyphens for spaces and spaces for hyphens, as writers
    vary them: "Côte d'Ivoire" -> also "Côte-d'Ivoire"; "Guinea-Bissau" -> also "Guinea Bissau"."""
    forms = [name]
    if " " in name:
        forms.append(name.replace(" ", "-"))
    if "-" in name:
        forms.append(name.replace("-", " "))
    return list(dict.fromkeys(forms))


def compass_shortened(name: str, initials: dict[str, str]) -> list[str]:
    """A country's English name opening with a compass word, shortened as headlines write it:
    "South Sudan" -> ["S Sudan", "S. Sudan"] (initials: vocabulary.yaml "compass_initials",
    compass word -> initial); [] for a name of one word or without a compass word first."""
    first, _, rest = name.partition(" ")
    initial = initials.get(first)
    return [f"{initial} {rest}", f"{initial}. {rest}"] if initial and rest else []


def country_spellings(name: str, joiners: list[str]) -> list[str]:
    """A country's name (spellings: hyphens and spaces swapped) and, for a name whose words
    join with one of joiners (vocabulary.yaml "country_dropped_joiners": "du", "of the"), the
    name printed without that joining word when three words or more remain ("République
    démocratique du Congo" -> also "République démocratique Congo"). The first joining word
    matched in joiners' order is dropped; returns the name first, without repeats."""
    forms = spellings(name)
    for joiner in joiners:
        padded = f" {joiner} "
        if padded in name:
            shorter = name.replace(padded, " ", 1)
            if len(shorter.split()) >= 3:
                forms.extend(spellings(shorter))
            break
    return list(dict.fromkeys(forms))


_LETTER_HYPHEN_LETTER = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])")


def hyphens_spaced(form: str) -> str:
    """A listed name with each hyphen that joins a word to a capitalised one printed as a
    space, as writers often print it ("Al-Qaïda au Maghreb islamique" -> "Al Qaïda au Maghreb
    islamique", "Anti-Balaka" -> "Anti Balaka", "ONU-Habitat" -> "ONU Habitat"); a hyphen
    before a lowercase word stays ("Mouvement du 23-mars" keeps its digits too). Returns the
    form unchanged when it has no such hyphen. Source: the spellings of armed groups' and
    agencies' names met in French, Spanish and English news, hyphenated and spaced alike."""
    return _LETTER_HYPHEN_LETTER.sub(lambda m: " " if form[m.end()].isupper() else "-", form)


def name_spellings(name: str, endings: list[list[str]], joiners: frozenset[str], article: str) -> list[str]:
    """A body's or an operation's name and the forms writers vary it into (vocabulary.yaml
    "name_spelling_endings", "name_place_joiners", "name_place_article"): each word ending
    spelt the other way ("Organization Stabilization" -> also "Organisation Stabilisation",
    all words at once), and the article dropped after a joining word before a capitalised
    word ("of the Congo" -> "of Congo"), one at a time and all at once. Returns the name first, then the variants, without
    repeats."""
    forms = [name]
    swapped = name
    for a, b in endings:
        swapped = re.sub(rf"(?<=\w){a}(?=\W|$)", b, swapped) if a in name else re.sub(rf"(?<=\w){b}(?=\W|$)", a, swapped)
    forms.append(swapped)
    words = rf"(?<!\w)((?:{'|'.join(map(re.escape, sorted(joiners)))}) ){re.escape(article)} (?=[A-Z])" if joiners and article else None
    if words:
        for f in list(forms):
            spots = list(re.finditer(words, f))
            forms.extend(f[:m.start()] + m.group(1) + f[m.end():] for m in spots)  # one article dropped
            if len(spots) > 1:
                forms.append(re.sub(words, r"\1", f))  # every one
    return list(dict.fromkeys(forms))


PLACE_LANGUAGES = ("en", "fr", "es", "vi")
"""The languages whose country names the gazetteer knows (the corpus's languages)."""


@lru_cache(maxsize=None)
def cldr_country_names(language: str) -> dict[str, str]:
    """The country names of one language from the Unicode CLDR (as babel ships it, no
    download): {ISO 3166-1 alpha-2 code: name}, e.g. ("vi") {"SS": "Nam Sudan", ...}.
    Only names of two words or more (or hyphenated) are kept: a name of one word is often a
    given name or an everyday word too (vi Anh, Đức, Nga, Mỹ; fr Maurice; es Reunión), and
    countries.yaml lists by hand those that are safe. {} when babel does not know the
    language."""
    from babel import Locale, UnknownLocaleError

    try:
        territories = Locale.parse(language).territories
    except (UnknownLocaleError, ValueError):
        return {}
    return {code: name.replace("\u2019", "'") for code, name in territories.items()
            if len(code) == 2 and code.isalpha() and (" " in name or "-" in name)}


def _bare(token: str) -> str:
    """A token as written, without a possessive or the dots of an acronym: compares U.N. with UN."""
    return strip_possessive(token).replace(".", "")


def _accent_added(written: str, alias: str) -> bool:
    """The text writes a letter with an accent where the outlet's name has none ("República
    Dominicana" is no "Republica"): another word. A name written without its accents (a
    keyboard without them) still names the outlet. A typographic apostrophe or quote where
    the name has a straight one ("People’s" for "People's": sources.yaml writes apostrophes
    straight) is no accent: only letters are compared."""
    return len(written) == len(alias) and any(
        w != a and w.isalpha() and fold(w) == fold(a) and a.lower() == fold(a) for w, a in zip(written.lower(), alias.lower(), strict=False))


def _is_acronym(alias: str) -> bool:
    # the length first: most names are longer, and it is the cheap test
    if len(alias.replace(".", "")) > 10:
        return False
    letters = [c for c in alias if c.isalpha()]
    return bool(letters) and all(map(str.isupper, letters))


# A known form of a name in the gazetteer's index: (entry number, the form as the reference
# writes it, case_sensitive, lowercase_ok, capitals), in this order (Gazetteer gives their
# meanings). A plain tuple, read by unpacking it whole: the garbage collector stops tracking a
# tuple of strings, ints and bools, not a named tuple or a dataclass.
Form = tuple[int, str, bool, bool, tuple[bool, ...]]


@dataclass
class Gazetteer:
    """Longest-match lookup of known names over token sequences.

    Held in few containers the garbage collector must visit: each known form is a plain tuple
    (entry number, form as written, case_sensitive, lowercase_ok, capitals) of strings, ints
    and bools, and the lengths tuples of ints, which the collector stops tracking after its
    first pass (a form as an object, its bucket as a list and its lengths as a list were
    about 51,000 objects every full collection walked, for the process's life); the entries
    are numbered in one list. case_sensitive: the form matches as written only (an acronym);
    lowercase_ok: it may be met in lowercase (a demonym "vietnamien"); capitals: which of its
    words the reference writes capitalised."""

    # folded words of a name (keys) -> its forms (Form tuples)
    index: dict[tuple[str, ...], tuple[Form, ...]] = field(default_factory=dict)
    # first folded token -> the lengths of the names that start with it, longest first
    lengths: dict[str, tuple[int, ...]] = field(default_factory=dict)
    # folded articles that may open a name ("la", "the"), before its first capitalised word
    articles: frozenset[str] = frozenset()
    # the entries, by the number their Form tuples give them
    entries: list[Entry] = field(default_factory=list)
    # entry -> its number in entries (add's book-keeping)
    _numbers: dict[Entry, int] = field(default_factory=dict, repr=False, compare=False)

    def add(self, entry: Entry, surface: str, lowercase_ok: bool = False, exact: bool = False) -> None:
        """Know surface (a name as written) as a form of entry. lowercase_ok: it may be met in
        lowercase; exact: it matches as written only (an acronym is so anyway)."""
        # the words as tokenize() finds them, read without making its Tokens: the folded form and
        # the capital are all a name keeps of them (tens of thousands of names, made once)
        words = [m.group() for m in TOKEN_RE.finditer(surface)]
        tokens = tuple(_key(fold_token(w)) for w in words)
        if not tokens:
            return
        number = self._numbers.setdefault(entry, len(self.entries))
        if number == len(self.entries):
            self.entries.append(entry)
        capitals = tuple(w[:1].isupper() for w in words)
        case_sensitive = exact or _is_acronym(surface)
        bucket = self.index.get(tokens)
        if bucket is None:
            bucket = ()
            known = self.lengths.get(tokens[0], ())
            if len(tokens) not in known:
                self.lengths[tokens[0]] = tuple(sorted((*known, len(tokens)), reverse=True))
        if lowercase_ok and not case_sensitive:  # a form met in lowercase too ("thành phố Hồ Chí Minh")
            bucket = tuple((n, s, c, True, caps) if n == number and not c else (n, s, c, low, caps)
                           for n, s, c, low, caps in bucket)
        # the same entry may need several exact forms ("MINUSCA" and "Minusca")
        if all(n != number or c != case_sensitive or (case_sensitive and s != surface) for n, s, c, _low, _caps in bucket):
            bucket = (*bucket, (number, surface, case_sensitive, lowercase_ok, capitals))
        self.index[tokens] = bucket

    def _head_capitalised(self, capitals: tuple[bool, ...], tokens) -> bool:
        """A proper name matches capitalised: after a leading article ("La", "The", "El"), the
        first word the reference writes with a capital has one in the text too ("La réunion
        ministérielle" is a meeting, not La Réunion); so after a leading number ("a gunfight
        that lasted 20 minutes" is no 20 Minutes). The later words may follow the writer's
        convention ("Mission des Nations unies"). A form listed in lowercase may be met so.
        capitals: the form's (Form), which of its words the reference capitalises."""
        k = 0
        while k < len(tokens) - 1 and (tokens[k].folded in self.articles or tokens[k].text.isdigit()):
            k += 1
        return k == 0 or not capitals[k] or tokens[k].is_capitalized or tokens[k].text[:1].isdigit()

    def whole(self, text: str) -> list[Entry]:
        """The entries whose name is the whole text ("Londres", "Naciones Unidas"), else []."""
        tokens = tokenize(text)
        hit = self.lookup(tokens, 0) if tokens else None
        return hit[1] if hit and hit[0] == len(tokens) else []

    def may_start(self, token) -> bool:
        """Whether a known name starts with this token (lookup can find one there): a dict
        look-up, for skipping most words before lookup."""
        return bool(self.lengths.get(_key(token.folded)))

    def first_keys(self, kind: str) -> dict[str, frozenset[str]]:
        """{code: the first words, as compared (key), of the names of the entries of one kind
        ("country") with that code}: where a token's key is none of a code's, lookup finds no
        entry of that code starting at it. A pass over the whole index: the caller keeps the
        answer."""
        starts: dict[str, set[str]] = {}
        for words, forms in self.index.items():
            for number, *_form in forms:
                entry = self.entries[number]
                if entry.kind == kind and entry.code:
                    starts.setdefault(entry.code, set()).add(words[0])
        return {code: frozenset(keys) for code, keys in starts.items()}

    @staticmethod
    def key(token) -> str:
        """A token's folded form as the gazetteer compares it (_key: "d'" as "d")."""
        return _key(token.folded)

    def lookup(self, tokens, start: int):
        """The longest known name starting at tokens[start], as (end, [entries]) or None."""
        lengths = self.lengths.get(_key(tokens[start].folded))
        if not lengths:
            return None
        # the keys of the longest name that fits, made once: each shorter name's key is a prefix
        longest = min(lengths[0], len(tokens) - start)
        keys = tuple(_key(t.folded) for t in tokens[start:start + longest])
        for length in lengths:
            if length > longest:
                continue
            end = start + length
            forms = self.index.get(keys if length == longest else keys[:length])
            if not forms:
                continue
            first = tokens[start]
            raw = [t.text for t in tokens[start:end]]
            found = []
            matched = []
            for number, surface, case_sensitive, lowercase_ok, capitals in forms:
                if case_sensitive:
                    if [_bare(r) for r in raw] != [_bare(t.text) for t in tokenize(surface)]:
                        continue
                elif not (first.is_capitalized or lowercase_ok or first.text[:1].isdigit()):
                    continue
                elif not lowercase_ok and not self._head_capitalised(capitals, tokens[start:end]):
                    continue
                entry = self.entries[number]
                found.append(entry)
                matched.append((entry, surface))
            if found:
                return end, _spelled_entries(raw, matched, list(dict.fromkeys(found)))
        return None


@dataclass(frozen=True)
class Mission:
    id: str
    acronym: str
    acronym_fr: str
    name: str
    name_fr: str
    aliases: tuple[str, ...]
    countries: tuple[str, ...]
    region: str
    start: int | None
    end: int | None
    # places the operation alone serves, named in the press without their country ("Abyei")
    places: tuple[str, ...] = ()

    def active_in(self, year: int) -> bool:
        return (self.start or 0) <= year <= (self.end or 9999)


class Reference:
    """All reference data, loaded once, with the lookups built from it."""

    @cached_property
    def vocabulary(self) -> dict:
        return load_reference("vocabulary.yaml")

    @cached_property
    def date_words(self) -> dict:
        return load_reference("dates.yaml")

    @lru_cache(maxsize=None)  # noqa: B019 - one Reference lives for the process
    def words(self, section: str, languages: tuple[str, ...] | None = None) -> frozenset[str]:
        """Folded words of one vocabulary section, for the given languages (all but the
        diacritic-sensitive ones by default). Cached: the extractor asks per line and per word."""
        table = self.vocabulary[section]
        if isinstance(table, list):
            return frozenset(fold(w) for w in table)
        return frozenset(
            fold(w) for lang, words in table.items()
            if (lang in languages if languages else lang not in EXACT_LANGUAGES) for w in words
        )

    def acronym_as_word(self, acronym: str) -> str | None:
        """An organisation's acronym printed in capitals (str, letters only, 3 letters or more:
        "ONU", "OTAN") as some sites print it, with one capital ("Onu", "Otan"); None when that
        form is an everyday word of English, French or Spanish or a listed given or family name
        ("Un", "Eu", "Isis", "Dao"), or the acronym is not all capitals. Reference alias
        matching is otherwise exact for acronyms (Gazetteer.add: "Un" is never the UN)."""
        if len(acronym) < 3 or not acronym.isalpha() or not acronym.isupper():
            return None
        word = acronym.capitalize()
        names = self.words("given_names") | self.words("family_names")
        return None if _everyday_or_name(word, names) else word

    @lru_cache(maxsize=None)  # noqa: B019 - one Reference lives for the process
    def exact_words(self, section: str, language: str) -> frozenset[str]:
        """Lowercased words of one section in a language whose diacritics carry meaning.
        Cached like words: the extractor asks per word ("name_glued_words", "titles")."""
        table = self.vocabulary[section]
        return frozenset(w.lower() for w in table.get(language, [])) if isinstance(table, dict) else frozenset()

    @cached_property
    def missions(self) -> dict[str, Mission]:
        missions = {}
        for row in load_reference("missions.yaml"):
            missions[row["id"]] = Mission(
                id=row["id"],
                acronym=row["acronyms"]["en"],
                acronym_fr=row["acronyms"].get("fr") or row["acronyms"]["en"],
                name=row["names"]["en"],
                name_fr=row["names"].get("fr") or row["names"]["en"],
                aliases=tuple(dict.fromkeys(self._mission_un_wordings(
                    [*(row.get("aliases") or ()), *self._vietnamese_mission_names(row.get("places_vi") or ()),
                     *self._mission_place_wordings(row)], row))),
                countries=tuple(row.get("countries") or ()),
                region=row.get("region") or "",
                start=row.get("start"),
                end=row.get("end"),
                places=tuple(row.get("places") or ()),
            )
        return missions

    def _mission_place_wordings(self, row: dict) -> list[str]:
        """The French and Spanish names of an operation of one country (missions.yaml row)
        printed with the place worded another way: each of its names ending with a preposition
        of vocabulary "mission_place_prepositions" and a name of the country in that language
        ("... pour la stabilisation en République centrafricaine") read with each of those
        prepositions and each of the country's names there ("... de la République
        centrafricaine", "... en Centrafrique"). [] for an operation of several countries."""
        codes = row.get("countries") or []
        if len(codes) != 1 or codes[0] not in self.countries:
            return []
        country = self.countries[codes[0]]

        def placed(preposition: str, place: str) -> str:  # "en Centrafrique", "d'Haïti"
            return f"{preposition}{place}" if preposition.endswith("'") else f"{preposition} {place}"

        # per language: its prepositions, and every way of writing the country there
        # (preposition and name), the longest preposition first
        languages = []
        for lang, prepositions in (self.vocabulary.get("mission_place_prepositions") or {}).items():
            places = [str(n) for n in (country.get(lang) or {}).get("names") or ()]
            endings = [placed(p, n) for p in sorted(prepositions, key=len, reverse=True) for n in places]
            languages.append(([placed(q, m) for q in prepositions for m in places], [(e, fold(e)) for e in endings]))
        out: list[str] = []
        for name in [*(row.get("names") or {}).values(), *(row.get("aliases") or ())]:
            for wordings, endings in languages:
                ending = next((e for e, folded in endings if fold(name).endswith(folded)), None)
                stem = name[:len(name) - len(ending)].rstrip() if ending is not None else ""
                if len(stem.split()) >= 3:
                    out.extend(f"{stem} {wording}" for wording in wordings)
        return out

    def _mission_un_wordings(self, aliases: list[str], row: dict) -> list[str]:
        """The aliases of an operation (missions.yaml row), followed by its names and aliases
        read with the United Nations worded each other way of its group in vocabulary
        "mission_un_wordings" ("... de las Naciones Unidas en el Líbano" -> "... de Naciones
        Unidas en el Líbano", "... de la ONU en el Líbano"): the first form of a group a name
        holds (compared ignoring case) is replaced; a name holding none adds nothing."""
        groups = [[str(form) for form in group] for group in self.vocabulary.get("mission_un_wordings") or ()]
        out = list(aliases)
        for name in [*(row.get("names") or {}).values(), *aliases]:
            lowered = name.lower()
            for group in groups:
                form = next((f for f in group if f" {f.lower()} " in f" {lowered} "), None)
                if form is None:
                    continue
                at = f" {lowered} ".index(f" {form.lower()} ")
                out.extend(f"{name[:at]}{other}{name[at + len(form):]}" for other in group if other != form)
        return out

    def _vietnamese_mission_names(self, places) -> list[str]:
        """The names the Vietnamese press gives an operation in one of its places (missions.yaml
        places_vi: "Mali"): every head, name of the UN and preposition of vocabulary
        "vietnamese_mission_names" joined to each place ("Phái bộ gìn giữ hòa bình của Liên
        hợp quốc tại Mali"); [] without places."""
        table = self.vocabulary.get("vietnamese_mission_names") or {}
        return [f"{head} {un} {preposition} {place}" for place in places for head in table.get("heads") or ()
                for un in table.get("united_nations") or () for preposition in table.get("prepositions") or ()]

    def missions_of_country(self, code: str, year: int | None = None, alone: bool = False) -> list[Mission]:
        """The peacekeeping operations a country (ISO 3166 alpha-2 code) hosted, in the order
        of missions.yaml: only those active in the year when one is given; alone: only those
        whose only host the country is."""
        return [m for m in self.missions.values() if code in m.countries and (year is None or m.active_in(year))
                and (not alone or m.countries == (code,))]

    @cached_property
    def countries(self) -> dict[str, dict]:
        """Country rows by ISO alpha-2 code."""
        return {row["code"]: row for row in load_reference("countries.yaml")}

    @cached_property
    def organisations(self) -> dict[str, dict]:
        return {row["id"]: row for row in load_reference("organisations.yaml")}

    @cached_property
    def sources(self) -> list[dict]:
        return load_reference("sources.yaml")

    @cached_property
    def source_index(self) -> dict[str, dict]:
        """Folded alias or domain -> source row."""
        index = {}
        for row in self.sources:
            for alias in [row["name"], *(row.get("aliases") or []), *(row.get("domains") or [])]:
                index.setdefault(fold(alias).strip(), row)
        return index

    @cached_property
    def _compact_source_index(self) -> dict[str, dict]:
        """Alias (or domain) folded and without spaces, hyphens or dots -> source row: the key
        a spelling variant of a listed outlet shares with it ("Africa News", "AFRICANEWS",
        "Prensa-Latina" and "Prensa Latina")."""
        index = {}
        for row in self.sources:
            for alias in [row["name"], *(row.get("aliases") or []), *(row.get("domains") or [])]:
                index.setdefault(_compact(fold(alias)), row)
        return index

    def source_in_country(self, text: str, code: str | None) -> dict | None:
        """The sources.yaml row an outlet's name as printed names (find_source), or, where the
        text is filed from a place of another country (code: ISO 3166-1 alpha-2 of the
        dateline's place), the row of that country listing an alias that names the same row
        among its country_aliases: "APS" in a dateline of Algiers names the Algerian agency,
        elsewhere the Senegalese one. None where the name names no row."""
        row = self.find_source(text)
        if row is None or not code or row.get("country") == code:
            return row
        return next((other for other in self.sources if other.get("country") == code and other is not row
                     and any(self.find_source(alias) is row for alias in other.get("country_aliases") or ())), row)

    def find_source(self, text: str) -> dict | None:
        """The sources.yaml row an outlet's name (an alias or domain) names, None for none:
        compared folded (case, accents), then with spaces, hyphens and dots left out (a
        spelling variant: "Africa News" for "Africanews"; keys of COMPACT_LETTERS letters at
        least, so that two short acronyms are not taken for one another)."""
        folded = fold(text).strip(" .:-\u2013\u2014()\u00a9")
        row = self.source_index.get(folded)
        if row is None and len(compact := _compact(folded)) >= COMPACT_LETTERS:
            row = self._compact_source_index.get(compact)
        return row

    def find_printed_source(self, span: str) -> dict | None:
        """As find_source, for an outlet's name as the text prints it (str -> the sources.yaml
        row or None): None also where the words are written in lower case where every spelling
        of the outlet has capitals ("Le point", "El tiempo": words of the text, not "Le Point",
        "El Tiempo") or with an accent no spelling has (accent_added)."""
        if not self._spelled_as_name(span.strip()) or self.accent_added(span.strip()):
            return None
        return self.find_source(span)

    @cached_property
    def _all_source_spellings(self) -> dict[str, frozenset[str]]:
        spellings: dict[str, set[str]] = {}
        for row in self.sources:
            for alias in [row["name"], *(row.get("aliases") or [])]:
                spellings.setdefault(fold(alias), set()).add(alias)
        return {key: frozenset(values) for key, values in spellings.items()}

    def accent_added(self, span: str) -> bool:
        """Whether span (the words as printed) writes a letter with an accent where every
        spelling of the outlet it names has none ("República Dominicana" is no "Republica", the
        Nepalese outlet): another word, no outlet. str -> bool; False where span names no outlet."""
        spellings = self._all_source_spellings.get(fold(span))
        return bool(spellings) and all(_accent_added(span, alias) for alias in spellings)

    def _spelled_as_name(self, span: str) -> bool:
        """The text writes the outlet's name with its capitals ("Radio Okapi", not "radio
        okapi"; "United Nations Peacekeeping", not "United Nations peacekeeping"), as any of
        its spellings does ("Dân trí" and "Dan Tri")."""
        spellings = self._all_source_spellings.get(fold(span))
        if not spellings:
            return True
        return any(all(a[:1].isupper() == b[:1].isupper() for a, b in zip(alias.split(), span.split(), strict=False)) for alias in spellings)

    @cached_property
    def _source_patterns(self) -> tuple[re.Pattern, re.Pattern, re.Pattern | None, re.Pattern | None]:
        """(acronyms, folded names, bracketed word aliases, word aliases as names, folded). A
        row's word_aliases ("RSS", also the name of a page's news feed; "El Mundo", also a
        section's) name the outlet only as a bracketed credit "(RSS)", or as a name in a
        credit's position (a copyright line's holder), where a section's name is never printed.
        A name not in capitals is matched from SHORTEST_SOURCE_NAME letters ("dpa", the German
        agency's own lower-case spelling), with its capitals as listed (_spelled_as_name)."""
        acronyms, names, words = set(), set(), set()
        for row in self.sources:
            worded = set(row.get("word_aliases") or ())
            words |= worded
            for alias in [row["name"], *(row.get("aliases") or [])]:
                if alias not in worded:
                    (acronyms if _is_acronym(alias) else names).add(alias)
        return (re.compile(r"(?<![\w.])(?:" + alternation(acronyms) + r")(?![\w])"),
                re.compile(r"(?<![\w.])(?:" + alternation(fold(n) for n in names if len(n) >= SHORTEST_SOURCE_NAME) + r")(?![\w])"),
                re.compile(r"(?<=\()(?:" + alternation(words) + r")(?=\))") if words else None,
                re.compile(r"(?<![\w.])(?:" + alternation({fold(w) for w in words}) + r")(?![\w])") if words else None)

    @cached_property
    def _institution_forms(self) -> frozenset[str]:
        """Names of organisations and missions: an outlet spelled like one (the UN's own
        news site, "UN Peacekeeping") is not taken for a newspaper in running text."""
        forms = set()
        for row in self.organisations.values():
            for table in ("names", "acronyms"):
                for values in (row.get(table) or {}).values():
                    forms.update(fold(v) for v in values or [])
        for mission in self.missions.values():
            forms.update(fold(f) for f in (mission.acronym, mission.acronym_fr, mission.name))
        return frozenset(forms)

    def _source_mentions(self, text: str, spelled_as_name: bool = True, credit: bool = False) -> list[tuple[int, str, dict]]:
        """(position, as written, source row) of every outlet named in the text, in order;
        credit: the text is a credit (a copyright line's holder), where word aliases name
        their outlet too."""
        acronyms, names, words, _worded_names = self._source_patterns
        folded = fold_same_length(text)
        hits = [(m.start(), m.group()) for m in acronyms.finditer(text)]
        hits += [(m.start(), text[m.start():m.end()]) for m in names.finditer(folded)
                 if not (text[m.start():m.end()].islower() and _COMPLEMENT_AFTER.match(folded, m.end()))]
        hits += [(m.start(), m.group()) for m in words.finditer(text)] if words else []
        if credit:
            hits += self._word_alias_hits(text, folded)
        # "la agencia Reuters": a name opening with a word of its kind ("Agencia Reuters"),
        # that word in lower case, names the outlet by the words after it
        for start, alias in list(hits):
            head, _, tail = alias.partition(" ")
            if tail and spelled_as_name and head[:1].islower() and not self._spelled_as_name(alias) and self.find_source(tail):
                hits.append((start + len(head) + 1, tail))
        return [
            (start, alias, row) for start, alias in sorted(hits)
            if (not spelled_as_name or self._spelled_as_name(alias)) and not self.accent_added(alias)
            and (row := self.find_source(alias))
        ]

    def _word_alias_hits(self, text: str, folded: str) -> list[tuple[int, str]]:
        """(position, as printed) of every place the text prints a word alias's words whole
        (sources.yaml word_aliases: "El País", "RSS"; not inside a longer word or after a
        dot), found on its folded form (folded: fold_same_length of text), in order, in any
        capitals and whether or not it is a name there ("el país" counts): the callers decide
        where such words name the outlet (_source_mentions in a credit; reporting_sources_in
        after a citing phrase, each word capitalised)."""
        worded_names = self._source_patterns[3]
        return [(m.start(), text[m.start():m.end()]) for m in worded_names.finditer(folded)] if worded_names else []

    def media_named_in(self, text: str) -> list[dict]:
        """News outlets named anywhere in the text, leaving out names of institutions."""
        return [row for _start, alias, row in self._source_mentions(text) if fold(alias) not in self._institution_forms]

    @cached_property
    def _reported(self) -> re.Pattern:
        """Words of reporting right after an outlet's name (vocabulary "source_reported_words":
        "Example News reported", "AFP đưa tin"), matched on the folded text at the name's end."""
        words = {fold(w) for listed in self.vocabulary["source_reported_words"].values() for w in listed}
        return re.compile(_CLOSING_QUOTE + r"\s+(?:" + alternation(words) + r")(?!\w)")

    @cached_property
    def _witnessed(self) -> re.Pattern:
        """Words of an outlet's own first-hand reporting right after its name (vocabulary
        "source_witness_words": "The Example Agency witnessed", "Example presenció"), matched
        on the folded text at the name's end."""
        words = {fold(w) for listed in self.vocabulary["source_witness_words"].values() for w in listed}
        return re.compile(r"\s+(?:" + alternation(words) + r")(?!\w)")

    @cached_property
    def _citing_parts(self) -> tuple[str, str, str, str]:
        return self._citing_parts_of(frozenset())

    @cached_property
    def _citing_parts_lead(self) -> tuple[str, str, str, str]:
        """As _citing_parts, with only the citing words that credit an outlet in the article's
        lead alone (vocabulary "source_citing_lead_words": "according to", "selon")."""
        return self._citing_parts_of(frozenset(fold(w) for listed in self.vocabulary["source_citing_lead_words"].values() for w in listed))

    def _citing_parts_of(self, only: frozenset[str] = frozenset()) -> tuple[str, str, str, str]:
        """The alternations that _citing and citing_outlet_kind build on, on folded text: (a
        citing phrase: vocabulary "source_citing_words", or a telling verb and its preposition,
        "source_telling_verbs" + "source_telling_prepositions"; the articles spaced from the
        name; the articles glued to it, "l'"; the outlet kinds, "source_kind_phrases"); the
        citing phrase takes also a word of "source_citing_inverted_words" right after a comma."""
        vocab = self.vocabulary
        words = set(only) or {fold(w) for listed in vocab["source_citing_words"].values() for w in listed}
        verbs = alternation({fold(w) for listed in vocab["source_telling_verbs"].values() for w in listed})
        prepositions = alternation({fold(w) for w in vocab["source_telling_prepositions"]})
        articles = {fold(w) for listed in vocab["source_citing_articles"].values() for w in listed}
        kinds = alternation({fold(w) for listed in vocab["source_kind_phrases"].values() for w in listed})
        glued = alternation(w for w in articles if w.endswith("'"))
        spaced = alternation(w for w in articles if not w.endswith("'"))
        # (the subject or a place may come between the verb and the one told: "confirmó el
        # ministro a Example"; a word opening a clause may not, what follows it was said)
        listed = {fold(w) for w in vocab["source_telling_clause_words"]}
        clause = alternation(w for w in listed if not w.endswith("'"))
        glued_clause = alternation(w for w in listed if w.endswith("'"))
        gap = (r"(?:(?!(?:" + clause + r")(?!\w)|(?:" + glued_clause + r"))[^\s,.;:!?\"]+\s+){0,"
               + str(int(vocab["source_telling_gap"])) + r"}?")
        # "according to a report by", "selon une dépêche de l'", "según un informe de"
        nouns = alternation({fold(w) for listed in vocab["source_report_nouns_before"].values() for w in listed})
        report = (r"(?:" + alternation({fold(w) for w in vocab["source_report_articles"]}) + r")\s+(?:" + nouns + r")\s+(?:"
                  + alternation({fold(w) for w in vocab["source_report_prepositions"] if not w.endswith("'")}) + r")")
        citing = (r"(?:(?:" + alternation(words) + r")(?:\s+" + report + r")?|(?:" + verbs + r")\s+" + gap + r"(?:" + prepositions + r"))")
        if only:  # (the lead's citing words alone, no verb of telling)
            citing = r"(?:(?:" + alternation(words) + r")(?:\s+" + report + r")?)"
        # "..., notes Example", "..., note Example": a word citing the outlet only inverted,
        # right after a comma (vocabulary "source_citing_inverted_words"), in the lead only
        # (in both alternations: _citing credits it, citing_lead_only keeps it to the lead)
        if (inverted := {fold(w) for listed in vocab["source_citing_inverted_words"].values() for w in listed}):
            # (and before the outlet's report: "..., indica la nota de Example", "..., indique
            # la dépêche de l'Example")
            citing = r"(?:" + citing + r"|(?<=,\s)(?:" + alternation(inverted) + r")(?:\s+" + report + r")?)"
        # "a rapporté ce mardi l'Example", "informó este lunes Example": the report's day may
        # stand between the word and the outlet (_report_day)
        return r"(?:" + citing + r")(?:\s+" + self._report_day + r")?", spaced, glued, kinds

    @cached_property
    def _report_day(self) -> str:
        """A day printed between a word of reporting and the outlet it names, on folded text:
        a weekday (dates.yaml "weekdays"), maybe after a demonstrative or article (vocabulary
        "report_day_articles": "ce", "este", "el"), or a day relative to the article's
        (dates.yaml "relative_days": "hier", "ayer", "ce matin")."""
        dates = self.date_words
        weekdays = alternation({fold(w) for listed in dates["weekdays"].values() for w in listed})
        relative = alternation({fold(w) for table in dates["relative_days"].values() for w in table})
        articles = alternation({fold(w) for w in self.vocabulary["report_day_articles"]})
        return r"(?:(?:(?:" + articles + r")\s+)?(?:" + weekdays + r")|" + relative + r")"

    @cached_property
    def _citing(self) -> re.Pattern:
        """Words after which a news outlet is cited as the source of a report (vocabulary
        "source_citing_words": "told", "according to", "selon", "según", "theo", "a
        correspondent for", "citing", "dẫn nguồn"), maybe with an article after them
        ("source_citing_articles"), ending the folded text searched."""
        return self._citing_pattern(self._citing_parts)

    @cached_property
    def citing_lead_only(self) -> re.Pattern:
        """As _citing, for the citing words that credit an outlet in the article's lead alone
        (vocabulary "source_citing_lead_words": "according to Example", "selon Example",
        "según Example"; not "told Example", "a déclaré à Example", "dijo a Example"):
        further down, such a phrase quotes another outlet's report for one fact."""
        return self._citing_pattern(self._citing_parts_lead)

    def cites_outlet(self, before: str, further: bool = False) -> bool:
        """Whether the folded text `before` an outlet's name ends on a phrase citing it as a
        source (_citing): an outlet told something anywhere; one whose report the text follows
        (citing_lead_only) not in a paragraph further down than the lead (further=True)."""
        return bool(self._citing.search(before)) and not (further and self.citing_lead_only.search(before))

    @staticmethod
    def _citing_pattern(parts: tuple[str, str, str, str]) -> re.Pattern:
        citing, spaced, glued, kinds = parts
        # "la agencia de noticias X", "l'agence de presse officielle X": the outlet's kind and
        # up to two words qualifying it before the name
        kind = r"(?:(?:" + kinds + r")(?:\s+[a-z'-]{2,14}){0,2}\s+)?"
        # (the name may open on a quotation mark, folded "<" or '"': "rapporte « Example »")
        return re.compile(r"(?<!\w)" + citing + r"\s+(?:(?:" + spaced + r")\s+|" + glued + r")?" + kind + _OPENING_QUOTE + r"$")

    @cached_property
    def report_nouns(self) -> re.Pattern:
        """Nouns of a report right after the outlet that filed it (vocabulary
        "source_report_nouns": "a Example report", "an Example dispatch"), matched on the folded
        text at the name's end."""
        words = {fold(w) for listed in self.vocabulary["source_report_nouns"].values() for w in listed}
        return re.compile(r"\s+(?:" + alternation(words) + r")(?!\w)")

    @cached_property
    def citing_outlet_kind(self) -> re.Pattern:
        """A citing phrase (as _citing), maybe an article, and a noun of an outlet's kind
        (vocabulary source_kind_phrases), or an indefinite article, ending right before a
        name, on folded text: "según el diario ", "reveló al semanario ", "theo báo ",
        "according to a " (the name then followed by a report noun: report_nouns). Groups:
        kind (the outlet's kind noun) or indefinite (the article)."""
        citing, spaced, glued, kinds = self._citing_parts
        return re.compile(r"(?<!\w)" + citing + r"\s+(?:(?:(?:" + spaced + r")\s+|" + glued + r")?(?P<kind>" + kinds
                          + r")\s+|(?P<indefinite>an?)\s+)")

    @cached_property
    def citing_outlet_kind_and_country(self) -> re.Pattern:
        """As citing_outlet_kind, the outlet's kind maybe followed by a country's demonym in
        lowercase ("au site mauritanien ", "al diario peruano "): for finding the outlet an
        article names as an actor (extract.outlets_cited), not the article's own source."""
        citing, spaced, glued, kinds = self._citing_parts
        return re.compile(r"(?<!\w)" + citing + r"\s+(?:(?:(?:" + spaced + r")\s+|" + glued + r")?(?P<kind>" + kinds
                          + r")\s+(?:(?:" + self._lowercase_demonyms + r")\s+)?|(?P<indefinite>an?)\s+)")

    @cached_property
    def _lowercase_demonyms(self) -> str:
        """The demonyms countries.yaml prints in lowercase (French and Spanish adjectives:
        "mauritanien", "senegalés"), folded, as one alternation: the outlet's country that
        French and Spanish print between an outlet's kind and its name ("au site mauritanien
        Example", "el diario senegalés Ejemplo"), which citing_outlet_kind_and_country passes over."""
        return alternation({fold(d) for row in self.countries.values() for lang in PLACE_LANGUAGES
                            for d in ((row.get(lang) or {}).get("demonyms") or ()) if d[:1].islower()})

    @cached_property
    def citing_outlet_kind_lead_only(self) -> re.Pattern:
        """As citing_outlet_kind, ending the folded text searched, for the citing words that
        credit an outlet in the article's lead alone (citing_lead_only)."""
        citing, spaced, glued, kinds = self._citing_parts_lead
        return re.compile(r"(?<!\w)" + citing + r"\s+(?:(?:(?:" + spaced + r")\s+|" + glued + r")?(?:" + kinds
                          + r")\s+|an?\s+)$")

    def reporting_sources_in(self, text: str, lead: bool = False, further: bool = False) -> list[dict]:
        """Outlets the text cites as its own source: "(GNA)", "told Radio Okapi",
        "a appris franceinfo", "according to Yonhap", "Example witnessed" (vocabulary
        source_witness_words), "told El País" (a word alias after a citing phrase, with its
        capitals); in the article's lead (lead=True)
        also an outlet named before a word of reporting ("..., Example Radio reported":
        vocabulary source_reported_words); in a paragraph further down than the lead
        (further=True), not an outlet whose report the text follows for a fact ("according to
        Example", "selon Example": cites_outlet). text: a paragraph; returns sources.yaml rows."""
        folded = fold_same_length(text)
        mentions = self._source_mentions(text)
        cited = []
        # (beyond the lead, "according to Example" quotes another outlet's report for a fact:
        # only an outlet told something is cited there, cites_outlet)
        # An agency's acronym written with one capital after a citing phrase ("dijo a Efe"):
        # the agency, where the text names no other outlet there.
        taken = {start for start, _alias, _row in mentions}
        for match in _TITLE_CASE_ACRONYM.finditer(text):
            if match.start() not in taken and _is_acronym(match.group().upper()) and _quoted_alone(folded, match.start(), match.end()) \
                    and (row := self.find_source(match.group().upper())) and (self.cites_outlet(folded[max(0, match.start() - CITING_SPAN):match.start()], further)
                                                                              or self._witnessed.match(folded, match.end())):
                cited.append(row)
        for index, (start, alias, row) in enumerate(mentions):
            # "as per a Example report": the report noun after the name says it filed the report
            # "..., Example Radio reported" in the lead: the story is that outlet's report; further
            # down, another outlet's report the story quotes for one fact, its own or an agency's
            # ("Reuters reported that the attackers ...", "..., Studio Example reported")
            # "The Example Agency witnessed ...", "Example presenció ...": the outlet tells what
            # its own reporters saw, anywhere in the text (no other outlet's report says so)
            # "..., the Harbour National News Agency (HNA) reported" in the lead: the outlet's code
            # in brackets after a word of its own name, then the word of reporting
            # (_own_name_before: "the Ministry of ... (MAP) reported" is another body's acronym)
            opened = folded[start - 1:start] == "("  # the name printed right after an opening bracket
            closed = _CLOSED_BRACKET.match(folded, start + len(alias)) if opened else None
            # (a name in quotation marks of its own is read as unquoted, "rapporte « Example
            # Matin »"; one opening or closing a longer quotation cites nothing: _quoted_alone)
            if not _quoted_alone(folded, start, start + len(alias)):
                continue
            if self.cites_outlet(folded[max(0, start - CITING_SPAN):start], further) or self.report_nouns.match(folded, start + len(alias)) or (
                    lead and self._reported.match(folded, start + len(alias))) or self._witnessed.match(folded, start + len(alias)) or (
                    lead and closed and self._reported.match(folded, closed.end()) and self._own_name_before(text[:start - 1], alias, row)):
                cited.append(row)
            elif opened and "/" in (bracketed := text[start:start + 80].split(")")[0]) \
                    and (joined := self.slash_credit_row(bracketed)):
                # "(PNA/Example)", "(Example/UNI)": the outlet whose copy the slash credit says
                # it is (slash_credit_row)
                cited.append(joined)
            elif opened and re.match(r"\s*[)/,;]", folded[start + len(alias):]):
                # "(Example Radio)", "(PNA/Example)": the outlet's name alone in brackets credits
                # it; a longer name opening with it ("(Example Radio Building)": a building, a
                # place) credits nothing.
                # "Quân đội nhân dân (QĐND) Việt Nam": an outlet's abbreviation in brackets
                # right after its own name spelled out defines it; it credits nothing.
                if not self._spelled_before(text, start, alias, row):
                    cited.append(row)
        # A word alias ("El País", also "the country"; "El Mundo") names its outlet after a
        # phrase citing it ("relataron a El País", "told El Mundo"), printed with its capitals
        # (not an acronym-like one, "TP", which also abbreviates a city's name there), and not
        # opening a longer name, another paper's ("El Mundo Deportivo", "El Tiempo Latino"): a
        # capitalised word after it is a weekday ("told El País Tuesday") or no alias.
        for start, span in self._word_alias_hits(text, folded):
            if start not in taken and " " in span and all(w[:1].isupper() for w in span.split()) and _quoted_alone(folded, start, start + len(span)) \
                    and self.cites_outlet(folded[max(0, start - CITING_SPAN):start], further) \
                    and not _name_goes_on(text, start + len(span)) and (row := self.find_source(span)):
                cited.append(row)
        return cited

    def _own_name_before(self, before: str, alias: str, row: dict) -> bool:
        """Whether the words ending `before` (the text up to an opening bracket, the outlet's
        abbreviation `alias` inside it) close on a word of the outlet's own names (sources.yaml
        name and aliases: "the Lebanese National News Agency" before "(NNA)", "Thông tấn xã
        Việt Nam" before "(TTXVN)"), not another body's that shares its letters ("the Ministry
        of Agriculture and Planning" before "(MAP)")."""
        own = {word for name in (row.get("name", ""), *row.get("aliases", ())) if len(name) > 6
               for word in fold(name).replace("-", " ").split()}
        words = fold(before[-120:]).replace("-", " ").split()
        return bool(words) and words[-1] in own  # the name's last word, before the bracket

    def _spelled_before(self, text: str, start: int, alias: str, row: dict) -> bool:
        """Whether the outlet's name is spelled out right before the bracket opening at
        start - 1 in text, its abbreviation `alias` inside it ("Thông tấn xã Việt Nam (TTXVN)"):
        one of the row's aliases longer than six letters ends the 80 characters before the
        bracket, or those words' initials spell the abbreviation (spelled_out_before)."""
        before = text[max(0, start - 80):start - 1]
        spelled = fold(before).rstrip()
        return any(spelled.endswith(fold(name)) for name in row.get("aliases", ()) if len(name) > 6) \
            or self.spelled_out_before(before, alias)

    def agency_acronym_of_other_languages(self, name: str, language: str) -> bool:
        """Whether `name`, as printed, is the short acronym (AGENCY_ACRONYM_LETTERS letters at
        most, all capitals) of a national news agency (sources.yaml: kind agency, no world
        reach), in a text of `language` (ISO 639-1), of the agency's editions or not: "ANP" or
        "TAP" in Spanish, where the letters are more often another body's (la Autoridad
        Nacional Palestina, the Portuguese airline) than the agency's of Niger or Tunisia, and
        "TAP" in French too ("La TAP a annulé trois vols"). Such a name in running text is the agency only where its words say it is
        press (named_as_press). False for a text of unknown language ("", "und"), for an
        agency of world reach (AFP, EFE: their wire is relayed in every language) and for
        other names."""
        letters = [c for c in name if c.isalpha()]
        if not language or language == "und" or not _is_acronym(name) or len(letters) > AGENCY_ACRONYM_LETTERS:
            return False
        row = self.find_source(name)
        # in a language the agency writes in too, its letters in prose are another body's as
        # often ("La TAP a annulé trois vols": the Portuguese airline, in French): the agency's
        # own press cites it with a word of reporting or a citing phrase (named_as_press) all the same
        return row is not None and row.get("kind") == "agency" and row.get("reach") != "world" and bool(row.get("languages"))

    @cached_property
    def _reported_before(self) -> re.Pattern:
        """Words of reporting printed before the outlet that reports (vocabulary
        "source_reported_words": "..., a rapporté l'Example", "..., informó Example"), maybe
        an article between (source_citing_articles), ending the folded text searched."""
        words = {fold(w) for listed in self.vocabulary["source_reported_words"].values() for w in listed}
        _citing, spaced, glued, _kinds = self._citing_parts
        return re.compile(r"(?<!\w)(?:" + alternation(words) + r")\s+(?:(?:" + spaced + r")\s+|" + glued + r")?$")

    @cached_property
    def _kind_before(self) -> re.Pattern:
        """A noun of an outlet's kind (vocabulary "source_kind_phrases", every language's:
        "la agencia ", "l'agence de presse ", "the news agency "), one or two lowercase words
        qualifying it maybe ("la agencia estatal "), ending the folded text searched."""
        kinds = self._citing_parts[3]
        return re.compile(r"(?<![\w])(?:" + kinds + r")(?:\s+[a-z'-]{2,14}){0,2}\s+$")

    def named_as_press(self, text: str, start: int, end: int) -> bool:
        """Whether the words around text[start:end] (an outlet's name printed in a sentence)
        say it is a news outlet: a noun of its kind before it ("la agencia ANP", "l'agence
        TAP", "the news agency MAP": source_kind_phrases); a credit, the name alone in brackets
        or beside a slash there ("(ANP)", "(PNA/ANP)") or closing the text after a dash ("— APS");
        a citing phrase before it ("selon l'APS", "según ANP", "according to MAP", "dijo a
        ANP": cites_outlet), or a word of reporting before or after it ("a rapporté l'APS",
        "MAP reported": source_reported_words), of witnessing after it (source_witness_words)
        or a report's noun after it ("a MAP dispatch": source_report_nouns). text: a sentence;
        start, end: offsets of the name in it."""
        folded = fold_same_length(text)
        before, after = folded[max(0, start - CITING_SPAN):start], folded[end:]
        if re.search(r"[(/]\s*$", before) and re.match(r"\s*[)/]", after):
            return True
        if re.search(r"(?:^|\s)[\u2014\u2013-]\s*$", before) and not re.search(r"\w", after):
            return True
        return bool(self._kind_before.search(before) or self.cites_outlet(before) or self._reported_before.search(before)
                    or self._reported.match(folded, end) or self._witnessed.match(folded, end)
                    or self.report_nouns.match(folded, end))

    def spelled_out_before(self, before: str, abbreviation: str) -> bool:
        """Whether the words ending `before` spell `abbreviation` out, their initials its
        letters: "the official National News Agency" before "(NNA)", "Agence France-Presse"
        before "(AFP)" (a hyphen joins two words of the name). Joining words written in small
        letters (vocabulary name_connectors: "of", "de") may stand between them. An
        abbreviation so printed defines the name it follows; it credits nothing. before: the
        text up to the opening bracket; abbreviation: the bracket's content."""
        letters = [c for c in fold(abbreviation).upper() if c.isalpha()]
        if len(letters) < 2:
            return False
        connectors = self.words("name_connectors")
        initials: list[str] = []
        for word in reversed(re.findall(r"[^\W\d_][\w'\u2019]*", before[-120:].replace("-", " "))):
            if len(initials) == len(letters):
                break
            if word[0].isupper():
                initials.insert(0, fold(word[0]).upper())
            elif fold(word) not in connectors or not initials:
                return False
        return initials == letters

    def slash_credit_row(self, credit: str) -> dict | None:
        """The outlet (a sources.yaml row) whose copy a credit joining names by a slash
        credits ("PNA/Xinhua", "Sputnik/UNI", "Example News / Sputnik"): of the names the
        reference knows, an agency over an outlet that prints its copy; of two agencies, one
        of world reach ("reach: world": national agencies relay the world wires, not the other
        way round); else the last named (an outlet, then the agency it takes the copy from).
        None when the credit holds no slash, the reference knows none of its names, or the
        whole credit is one outlet's name."""
        if "/" not in credit or self.find_source(credit):
            return None
        rows = [row for part in credit.split("/") if (row := self.find_source(part.strip()))]
        rows = [row for row in rows if row.get("kind") == "agency"] or rows
        rows = [row for row in rows if row.get("reach") == "world"] or rows
        return rows[-1] if rows else None

    def source_of_domain(self, host: str) -> dict | None:
        """The outlet whose web domain is this host or a parent of it ("fr.example.org")."""
        parts = host.lower().strip(".").split(".")
        return next((row for i in range(len(parts) - 1) if (row := self.find_source(".".join(parts[i:])))), None)

    def sources_in(self, text: str, credit: bool = False) -> dict | None:
        """The first outlet named in a line of page furniture ("\u00a9 2023 Reuters",
        "| site.org"), by name or by web domain; credit: the text is a copyright line's
        holder, where an outlet's word aliases (a name also a section's: "El Mundo") count."""
        # A line all in capitals or lower case ("\u00a9 REUTERS") may spell a name any way;
        # in a line in ordinary case the name keeps its capitals ("UN peacekeeping force" is
        # not the outlet UN Peacekeeping).
        mentions = self._source_mentions(text, spelled_as_name=not (text.isupper() or text.islower()), credit=credit)
        mentions += [(m.start(), m.group(), row) for m in _HOST.finditer(text) if (row := self.source_of_domain(m.group()))]
        # the longest name where two start together ("ABC News" before "ABC")
        return min(mentions, key=lambda m: (m[0], -len(m[1])))[2] if mentions else None

    @cached_property
    def founded(self) -> dict[str, int]:
        """Year each mission, organisation or outlet began, by entity id ("60th anniversary of
        UNFICYP" -> 1964 + 60)."""
        years = {m.id: m.start for m in self.missions.values() if m.start}
        years.update({row["id"]: row["founded"] for row in self.organisations.values() if row.get("founded")})
        years.update({slugify(row["name"]): row["founded"] for row in self.sources if row.get("founded")})
        return years

    @cached_property
    def names_by_language(self) -> dict[str, frozenset[str]]:
        """The folded names and demonyms of countries and cities that the reference lists for
        each language ("fr": "la reunion", "reunionnais" ...), the reference name counting
        as English: {language: names}. A one-word name not listed for an article's language
        is a name there only where its capital cannot come from the start of a sentence."""
        table: dict[str, set[str]] = {}
        for row in self.countries.values():
            table.setdefault("en", set()).add(fold(row["name"]))
            for lang in PLACE_LANGUAGES:
                section = row.get(lang) or {}
                cldr = self.cldr_names.get(row["code"], {}).get(lang)
                table.setdefault(lang, set()).update(fold(n) for n in [*(section.get("names") or ()), *(section.get("demonyms") or ()), *([cldr] if cldr else [])])
            for city in [*(row.get("cities") or []), *(row.get("regions") or [])]:
                for lang in PLACE_LANGUAGES:
                    if city.get(lang):
                        table.setdefault(lang, set()).add(fold(city[lang]))
        return {lang: frozenset(names) for lang, names in table.items()}

    @cached_property
    def cldr_names(self) -> dict[str, dict[str, str]]:
        """Country names the CLDR adds to countries.yaml, {code: {language: name}} for the
        PLACE_LANGUAGES (names of two words or more, see cldr_country_names), but a name that is whole words of another country's name in any
        language ("Congo" of "République démocratique du Congo", which countries.yaml leaves
        out on purpose as ambiguous) and a name countries.yaml gives another country."""
        parts: dict[str, set[str]] = {}  # every run of whole words of a name -> the countries it names
        for row in self.countries.values():
            forms = {row["name"], *(n for lang in PLACE_LANGUAGES for n in (row.get(lang) or {}).get("names") or ())}
            forms.update(cldr_country_names(lang).get(row["code"], "") for lang in PLACE_LANGUAGES)
            for form in forms:
                words = fold(form).replace("-", " ").split()
                for i in range(len(words)):
                    for j in range(i + 1, len(words) + 1):
                        parts.setdefault(" ".join(words[i:j]), set()).add(row["code"])
        out: dict[str, dict[str, str]] = {}
        for lang in PLACE_LANGUAGES:
            for code, name in cldr_country_names(lang).items():
                if code not in self.countries or parts.get(" ".join(fold(name).replace("-", " ").split()), {code}) - {code}:
                    continue
                out.setdefault(code, {})[lang] = name
        return out

    def plural_head(self, name: str) -> str | None:
        """An operation's name with its head word in the plural, as writers slip into it
        ("United Nations Mission in South Sudan" -> "United Nations Missions in South Sudan"):
        the first word of the name listed in vocabulary.yaml's name_head_plurals, with its
        capital kept; None when the name has none."""
        plurals = {fold(k): v for k, v in (self.vocabulary.get("name_head_plurals") or {}).items()}
        words = (name or "").split(" ")
        for i, word in enumerate(words):
            if (plural := plurals.get(fold(word))):
                words[i] = plural[:1].upper() + plural[1:] if word[:1].isupper() else plural
                return " ".join(words)
        return None

    def country_entry(self, code: str) -> Entry:
        row = self.countries[code]
        return Entry("country", slugify(row["name"]), row["name"], code)

    @cached_property
    def gazetteer(self) -> Gazetteer:
        gazetteer = Gazetteer(articles=self.words("name_articles"))
        initials = {str(k): str(v) for k, v in (self.vocabulary.get("compass_initials") or {}).items()}
        dropped = [str(j) for j in self.vocabulary.get("country_dropped_joiners") or []]
        for code, row in self.countries.items():
            entry = self.country_entry(code)
            for form in country_spellings(row["name"], dropped):
                gazetteer.add(entry, form)
            for form in compass_shortened(row["name"], initials):
                gazetteer.add(entry, form)
            for lang in PLACE_LANGUAGES:
                names = (row.get(lang) or {}).get("names") or []
                demonyms = (row.get(lang) or {}).get("demonyms") or []
                cldr = self.cldr_names.get(code, {}).get(lang)
                for name in dict.fromkeys([*names, *([cldr] if cldr else [])]):
                    for form in country_spellings(name, dropped):
                        gazetteer.add(entry, form)
                for demonym in demonyms:
                    gazetteer.add(entry, demonym, lowercase_ok=demonym[:1].islower())
            # cities and regions are both places (kind "city")
            for city in [*(row.get("cities") or []), *(row.get("regions") or [])]:
                city_entry = Entry("city", slugify(city["en"]), city["en"], code)
                # a spelling written in lowercase ("thành phố Hồ Chí Minh" inside a sentence) may
                # be met so; the others need their capital
                printed = [city["en"], *(city.get(lang) or "" for lang in ("fr", "es", "vi")), *(city.get("aliases") or ())]
                for spelling in dict.fromkeys(form for name in printed if name for form in spellings(name)):
                    gazetteer.add(city_entry, spelling, lowercase_ok=spelling[:1].islower())
        endings = [list(pair) for pair in self.vocabulary.get("name_spelling_endings") or []]
        joiners = frozenset(self.vocabulary.get("name_place_joiners") or ())
        place_article = str(self.vocabulary.get("name_place_article") or "")

        def varied(name: str) -> list[str]:
            forms = name_spellings(name, endings, joiners, place_article) if len(name.split()) > 2 else [name]
            return list(dict.fromkeys(forms + [spaced for form in forms if (spaced := hyphens_spaced(form)) != form]))

        for row in self.organisations.values():
            entry = Entry(row.get("kind") or "organisation", row["id"], row["name"])
            for variant in varied(row["name"]):
                gazetteer.add(entry, variant)
            # a name the reference writes in lowercase ("al-Qaeda", "groupe Wagner", "shebab") is
            # printed so inside a sentence; the others need their capital
            for forms in (row.get("names") or {}).values():
                for form in forms or []:
                    for variant in varied(form):
                        gazetteer.add(entry, variant, lowercase_ok=variant[:1].islower())
            for forms in (row.get("acronyms") or {}).values():
                for form in forms or []:
                    gazetteer.add(entry, form)
                    # some sites print an acronym with one capital ("la Onu", "l'Otan"); not
                    # one other bodies share (its capitals are read beside its full name only)
                    if form not in (row.get("ambiguous_acronyms") or ()) and (word := self.acronym_as_word(form)) is not None:
                        gazetteer.add(entry, word, exact=True)
        for mission in self.missions.values():
            entry = Entry("mission", mission.id, mission.acronym)
            for form in {mission.acronym, mission.acronym_fr}:
                gazetteer.add(entry, form)
            for form in {mission.name, mission.name_fr, *mission.aliases}:
                for variant in varied(form):
                    gazetteer.add(entry, variant)
            for name in {mission.name, mission.name_fr, *mission.aliases}:
                if len(name.split()) > 2 and (plural := self.plural_head(name)):
                    gazetteer.add(entry, plural)
            # The French press writes long acronyms as words: "la Minusca", "la Finul".
            for word in acronyms_written_as_words((mission.acronym, mission.acronym_fr)):
                gazetteer.add(entry, word, exact=True)
        for row in self.sources:
            # A news outlet named in the text is an organisation (and not a person's name).
            entry = Entry("organisation", slugify(row["name"]), row["name"])
            for alias in [row["name"], *(row.get("aliases") or [])]:
                if len(alias) >= 4 or _is_acronym(alias):
                    gazetteer.add(entry, alias)
        return gazetteer


# Letters from which an acronym is also written as a word with one capital ("Finul" for FINUL);
# a shorter one so written is an everyday word as often as not ("Onu", "Eu").
WORD_ACRONYM_LETTERS = 5


# The languages whose everyday words an acronym written with one capital must not be.
_ACRONYM_WORD_LANGUAGES = ("en", "fr", "es")


@lru_cache(maxsize=8)
def spellchecker_for(language: str):
    """language.spellchecker(language) (ISO 639-1), made once per process and shared by its
    readers (the gazetteer's acronyms written as words, the extractor's dictionary words):
    None for a language without a dictionary. Loaded when first asked for."""
    from .language import spellchecker

    return spellchecker(language)


def _everyday_or_name(word: str, names: frozenset[str]) -> bool:
    """Whether a word (one capital) is a word of English, French or Spanish at all (any count
    in pyspellchecker's frequency lists: "Un", "Eu", "Isis") or a listed given or family name
    (vocabulary.yaml given_names, family_names: "Dao")."""
    folded = word.lower()
    if fold(word) in names:
        return True
    return any(checker is not None and checker.word_frequency[folded] > 0
               for checker in (spellchecker_for(lang) for lang in _ACRONYM_WORD_LANGUAGES))


def acronyms_written_as_words(acronyms) -> list[str]:
    """The spellings with one capital ("Finul", "Minusca") of a mission's acronyms (an iterable
    of str, empty ones skipped) that are letters only and WORD_ACRONYM_LETTERS long or longer,
    as the French and Spanish press print long acronyms. The extraction's gazetteer reads them
    as the mission's names, and the site (graph.entity_forms) finds the sentence that names
    the mission by them: the one rule for both."""
    return sorted({str(a).capitalize() for a in acronyms
                   if a and len(str(a)) >= WORD_ACRONYM_LETTERS and str(a).isalpha()})


@lru_cache(maxsize=1)
def reference() -> Reference:
    return Reference()
