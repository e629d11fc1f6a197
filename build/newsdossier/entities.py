"""Find the actors and missions a text names: known names by gazetteer, people and new organisations by pattern."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache, partial
from typing import Callable, NamedTuple

from .reference import EXACT_LANGUAGES, PLACE_LANGUAGES, Entry, load_reference, reference, spellchecker_for
from .text import CLOSING_QUOTES, DOUBLE_QUOTATION_PAIRS, OPENING_QUOTES, Token, alternation, fold, fold_same_length, fold_token, has_whole_word, one_edit_apart, slugify, strip_possessive, title_case_line, tokenize, tokenize_once, word_token

# A surname more frequent than this in a language's word list is an everyday word
# ("Strategy", "States"), so the capitalised run ending with it is not a person.
COMMON_WORD_COUNT = 3000
MAX_NAME_TOKENS = 4
# The most words of a name right after a rank or a courtesy title (vocabulary "person_titles"):
# South Asian and Arabic names of five or six words ("General Abu Belal Muhammad Shafiul Huq")
# are printed whole after the rank; with no such title, five capitalised words are a body's.
MAX_TITLED_NAME_TOKENS = 6
# The kinds of Found that are actors (cities are places; missions have their own registry).
ACTOR_KINDS = ("person", "country", "organisation", "initiative")


@dataclass
class Found:
    """One entity found in one text, with the sentence of its first mention."""

    # person | country | organisation | initiative | mission | city | unresolved | activity (a
    # known name written as the field's common noun, "UN peacekeeping": no actor)
    kind: str
    id: str
    name: str
    sentence: str
    surfaces: list[str] = field(default_factory=list)
    role: str | None = None  # the titles written right before the name ("Colonel")
    # the role written after the name, between commas, with its years where the text gives
    # them ("Under-Secretary-General for Peace Operations (since 2017)")
    role_after: str | None = None
    known: bool = False  # from reference data (not a new candidate)
    code: str | None = None
    # written forms that name it in this article only ("the Ministry", "Inter-sectoral Working
    # Group" after the full name): never made an alias in the registry
    local: list[str] = field(default_factory=list)


def _as_printed(kind: str, name: str, sentence: str) -> Found:
    """An entity of this kind found by pattern, named as printed: name its one surface, its id
    the name's slug (slugify), sentence the sentence it is read in; not known to the
    reference data."""
    return Found(kind, slugify(name), name, sentence, [name])


def _as_listed(entry: Entry, sentence: str, surfaces: list[str]) -> Found:
    """The entity a reference entry names, mentioned in sentence by these surfaces (a new list
    of them): its kind, id, name and country code the entry's, known."""
    return Found(entry.kind, entry.id, entry.name, sentence, list(surfaces), known=True, code=entry.code)


def _as_body(head: Found, sentence: str, surfaces: list[str], local: list[str]) -> Found:
    """A mention in sentence of the article's body head (join_article_names: the body a shorter
    name, an acronym or a head word alone is), by these surfaces, those of this article only
    in local (never made an alias); its kind, id, name, code and known the head's. Each list
    copied."""
    return Found(head.kind, head.id, head.name, sentence, list(surfaces), code=head.code, known=head.known,
                 local=list(local))


# one checker per language, shared with the gazetteer (loaded when an article first needs it,
# from the cache when kept)
_spellchecker = spellchecker_for


# Two dictionary words ("Regional Integration", "Starts Rotation") are a phrase in title
# case, not a name: a name holds at least one word rarer than this.
DICTIONARY_WORD_COUNT = 300


def _word_count(word: str, language: str, singular: bool = False) -> int:
    """How often English or the article's language uses the word (or, asked, its singular:
    "asesores" -> "asesor", "dispatches" -> "dispatch")."""
    folded = word.lower()
    forms = {folded}
    if singular:
        forms |= {folded.removesuffix("s"), folded.removesuffix("es")}
    checkers = [c for c in (_spellchecker(lang) for lang in {"en", language}) if c is not None]
    return max((c.word_frequency[f] for c in checkers for f in forms), default=0)


def is_dictionary_word(word: str, language: str) -> bool:
    return _word_count(word, language, singular=True) >= DICTIONARY_WORD_COUNT


@lru_cache(maxsize=None)
def _headline_verbs(language: str) -> frozenset[str]:
    """The present third-person forms of the speech verbs and verbs of stance of a language
    (quotes.yaml "speech_verbs", "stance_verbs": one word ending in "s", "condemns", "urges",
    "says"), folded; English only, the language whose headlines capitalise every word."""
    if language != "en":
        return frozenset()
    table = load_reference("quotes.yaml")
    words = {fold(str(w)) for section in ("speech_verbs", "stance_verbs") for w in (table.get(section) or {}).get(language) or ()}
    return frozenset(w for w in words if " " not in w and len(w) > 3 and w.endswith("s"))


def _headline_verb(token: Token, sets, language: str) -> bool:
    """Whether a capitalised word inside a run may be the verb of a headline printed in title
    case ("Kim Condemns Raid", "Guterres Urges Calm"): a present speech verb or verb of stance
    of the language (_headline_verbs), no listed given or family name. The caller asks only of
    a line in title case (text.title_case_line). Token, the name sets, ISO 639-1 code -> bool."""
    return token.is_capitalized and token.folded in _headline_verbs(language) \
        and token.folded not in sets["given"] and token.folded not in sets["family"]


def everyday_words_name(name: str, language: str) -> bool:
    """Every word of a found name is a dictionary word of English or of the language, none a
    listed given name ("Deplores Shelling", "Early Years"; not "Rose Young" if "rose" were
    listed, not "Amadou Traoré"). Vietnamese names, whose syllables are all words, never are."""
    if language in EXACT_LANGUAGES:
        return False
    words = [w for w in re.split(r"[\s-]+", name) if w]
    given = _vocab_sets()["given"]
    return bool(words) and all(w.isalpha() and is_dictionary_word(w, language) and fold(w) not in given for w in words)


def is_common_word(word: str, language: str) -> bool:
    """An everyday word of English or of the article's language, not a name."""
    return _word_count(word, language) >= COMMON_WORD_COUNT


@lru_cache(maxsize=None)
def _vocab_sets():
    ref = reference()
    months = {fold(name) for names in ref.date_words["months"].values() for m in names for name in m}
    weekdays = {fold(d) for days in ref.date_words["weekdays"].values() for d in days}
    return {
        # the words that go on a title after it ("President Elect") are read as titles too
        "titles": ref.words("titles") | ref.words("title_continuations"),
        "org_heads": ref.words("organisation_heads"),
        "initiative_heads": ref.words("initiative_heads"),
        "member_heads": ref.words("member_body_heads"),
        # "and", "et", "y": they join two groups of people ("Doctors and Nurses"), not members to their cause
        "conjunctions": ref.words("coordinating_conjunctions"),
        "stop": ref.words("stopwords"),
        # the function words as printed (lowercase, with their accents), every language
        "stop_printed": frozenset(w for lang in ref.vocabulary["stopwords"] for w in ref.exact_words("stopwords", lang)),
        "generic": ref.words("generic_words"),
        "connectors": ref.words("name_connectors"),
        "title_prepositions": ref.words("title_case_prepositions"),
        # as printed, lowercased: a Vietnamese syllable folds to one ("Ôn" to "on") but is none
        "title_prepositions_printed": frozenset(w for lang in ref.vocabulary["title_case_prepositions"]
                                                for w in ref.exact_words("title_case_prepositions", lang)),
        "particles": ref.words("name_particles"),
        "things": ref.words("named_thing_heads"),
        "services": ref.words("service_words_after_particle"),
        "deployments": ref.words("named_deployment_heads"),
        "calendar": frozenset(months | weekdays),
        # words trimmed from the edges of an organisation's name, and the head words of bodies
        "edges": ref.words("stopwords") | ref.words("name_connectors"),
        # words opening a capitalised run that open no organisation's name ("Côté Union
        # européenne, on ..."), though they may end a person's ("Jean Côté")
        # (as printed, lowercased: "Côte" of "Côte d'Ivoire" folds to the same word)
        "org_leading": frozenset(w.lower() for w in ref.vocabulary["organisation_leading_edges"]),
        # words of quantity and number words that may open a run before a body's known name
        "count_leads": ref.words("body_count_leads") | frozenset(
            fold(w) for table in (ref.vocabulary.get("number_words") or {}).values() for w in table if " " not in w),
        "heads": ref.words("organisation_heads") | ref.words("initiative_heads"),
        "family": ref.words("family_names"),
        "name_abbreviations": ref.words("name_abbreviations"),
        "service_tags": ref.words("rank_service_tags"),
        "venues": ref.words("venue_names"),
        "seats": ref.words("seat_words"),
        "given": ref.words("given_names"),
        # the words of a military formation, of a country's contingent, of a government
        "formations": ref.words("formation_heads"),
        "units": ref.words("contingent_heads"),
        "contingent_specialties": ref.words("contingent_specialties"),
        "governments": ref.words("government_words"),
        # Vietnamese middle names folded ("van", "thi"), as names are printed without diacritics
        "middle": frozenset(fold(w) for w in ref.exact_words("middle_names", "vi")),
    }


# What joins the initials of a hyphenated given name ("J.-P.", "J-M"), as French prints them.
_INITIALS_HYPHENS = (".-", "-", ". -")


def _initial(token: Token) -> bool:
    """A single capital letter: a middle name's initial when a dot and a name follow it
    ("Ana M. Ruiz", "John F. Kennedy")."""
    return len(token.text) == 1 and token.text.isupper()


def _gap_is_space(text: str, left: Token, right: Token) -> bool:
    return text[left.end:right.start].strip() == ""


def _gap_text(sentence: str, tokens: list[Token], a: int, b: int) -> str:
    """What is printed between tokens[a] and tokens[b], spaces left out ("" for spaces alone,
    "," for a comma)."""
    return "".join(sentence[tokens[a].end:tokens[b].start].split())


def _gap_joins_name(text: str, left: Token, right: Token, sets) -> bool:
    """Two words of one name: only spaces between them, or the dot of a given name's
    abbreviation (vocabulary "name_abbreviations": "Md. Abdul Karim")."""
    gap = text[left.end:right.start]
    if not gap and _glued_predicate_word(right.text):
        return False  # "LázaroEs" cut by _glued_predicate_cut: the name ends before the predicate
    return (gap.strip() == ""
            or (left.folded in sets["name_abbreviations"] and gap.startswith(".") and gap[1:].strip() == "" and len(gap) > 1)
            or (_initial(left) and gap in (". ", ".") and right.is_capitalized)  # "J. Smith", "J.R. Smith" cut
            or (_initial(left) and gap in _INITIALS_HYPHENS and _initial(right))  # "J.-P. Lacroix", "J-M Diallo"
            or _spaced_apostrophe(gap, left, right)
            or _family_comma_given(gap, left, right, sets))


_SPACED_APOSTROPHE = re.compile(r"['\u2019] ")


def _spaced_apostrophe(gap: str, left: Token, right: Token) -> bool:
    """A name's one-letter opening and its apostrophe printed apart from the rest by a stray
    space ("O' Brien", "D\u2019 Almeida", "N' Diaye"): one word of a name, as "O'Brien" is. The
    letter is a capital alone, the word after it capitalised; the apostrophe is followed by
    exactly one space. Source of the rule: Irish (O'), French and Portuguese (D') and West
    African (N', M') family names as the press prints them, the space a typing slip."""
    return _initial(left) and right.is_capitalized and _SPACED_APOSTROPHE.fullmatch(gap) is not None


_KOREAN_GIVEN_NAME = re.compile(r"[A-Z][a-z]+-[a-z]+")


def _family_comma_given(gap: str, left: Token, right: Token, sets) -> bool:
    """A family name, a comma, then a hyphenated given name: the order some Korean English
    publications print ("Jin, Cheol-ho", "Lee, Yeong-sun"), one name (the comma is dropped
    from it, see _person_name). The family name must be one of vocabulary "family_names", the
    given name two syllables joined by a hyphen, the second in lowercase (Revised
    Romanization of Korean, as South Korea's government prints given names)."""
    return (gap == ", " and left.folded in sets["family"] and left.is_capitalized and not left.is_acronym
            and _KOREAN_GIVEN_NAME.fullmatch(right.text) is not None)


_UNIT_NUMBER = re.compile(r"\d{1,3}")
_ROMAN_NUMERAL = re.compile(r"(?=[IVX]{2}|[VX]$)X{0,3}(?:IX|IV|V?I{0,3})")


def _numbered_like_a_rotation(sentence: str, tokens: list[Token], last: int, role: str | None) -> bool:
    """A capitalised run followed by a Roman numeral ("Libre Hidalgo IX", "Galicia VII",
    "Batallón Uruguay IV"): the name of a numbered rotation, operation or unit, not a person,
    unless a regnal title stands before it (vocabulary "regnal_titles": "Pope Benedict XVI",
    "el rey Juan Carlos I" — "I" alone is never read as a numeral)."""
    nxt = last + 1
    if nxt >= len(tokens) or not _gap_is_space(sentence, tokens[last], tokens[nxt]):
        return False
    if _UNIT_NUMBER.fullmatch(tokens[nxt].text) is not None:
        # "Luppitar Fidius 1", "Ghanbatt 68": a number of one to three digits closing the
        # phrase (punctuation or the end after it), as exercises and rotations are numbered
        after = sentence[tokens[nxt].end:].lstrip()
        following = after.split(maxsplit=1)[0].lower() if after else ""
        return after == "" or after[:1] in ",.;:)" or fold(following) in reference().words("series_joiners")
    if _ROMAN_NUMERAL.fullmatch(tokens[nxt].text) is None:
        return False
    role_words = fold(role).split() if role else []
    return not (role_words and role_words[-1] in reference().words("regnal_titles"))


_ELIDED_INITIAL = re.compile(r"[MN]['\u2019]")


def _elided_initial(initial: Token, first: Token) -> bool:
    """"M'" or "N'" glued to the capitalised word after it: the opening of a West African
    name ("M'Bemba", "N'Diaye", "N'Golo"), which the tokenizer cuts as it cuts "l'" and "d'"
    (those stay articles: only M and N open such names)."""
    return _ELIDED_INITIAL.fullmatch(initial.text) is not None and initial.end == first.start and first.is_capitalized


def _person_name(name: str) -> str:
    """A person's name as printed, the comma of "Jin, Cheol-ho" (family name first) dropped,
    and the stray space after a one-letter opening's apostrophe ("O' Brien": "O'Brien")."""
    return _STRAY_APOSTROPHE_SPACE.sub(r"\1", re.sub(r",\s+", " ", name))


# a capital letter alone, its apostrophe and one space, before a capitalised word (_spaced_apostrophe)
_STRAY_APOSTROPHE_SPACE = re.compile(r"(?<![^\W\d_])([A-Z]['\u2019]) (?=[A-Z])")


_VI_TONES = "\u0300\u0301\u0303\u0309\u0323"  # huyền, sắc, ngã, hỏi, nặng (combining)
_VI_TONE_ON_FIRST = re.compile(rf"([oO])([{_VI_TONES}])([aAeE])|([uU])([{_VI_TONES}])([yY])")


@lru_cache(maxsize=65536)  # the same words again and again (pure)
def exact_form(text: str) -> str:
    """A word of a diacritic-sensitive language as its lists are compared: lowercased, with
    the tone mark of the diphthongs oa, oe and uy always on the second vowel. Vietnamese
    spelling has two styles for an open syllable ("hòa"/"hoà", "đại úy"/"đại uý", "khỏe"/
    "khoẻ": the old and the new placement of tone marks, Wikipedia "Vietnamese alphabet");
    both are printed, so both must compare equal. str -> str."""
    decomposed = unicodedata.normalize("NFD", text.lower())
    moved = _VI_TONE_ON_FIRST.sub(lambda m: m[1] + m[3] + m[2] if m[1] else m[4] + m[6] + m[5], decomposed)
    return unicodedata.normalize("NFC", moved)


def _exact_set(words) -> frozenset[str]:
    return frozenset(exact_form(w) for w in words)


@lru_cache(maxsize=None)
def _exact_section(section: str, language: str) -> frozenset[str]:
    """The words of a vocabulary section in a language, in their exact forms, once."""
    return _exact_set(reference().exact_words(section, language))


@lru_cache(maxsize=None)
def _exact_words(language: str) -> frozenset[str]:
    ref = reference()
    return _exact_set(frozenset().union(*(ref.exact_words(s, language) for s in ("titles", "organisation_heads", "stopwords"))))


_WORD_OF_LETTERS = re.compile(r"[^\W\d_]+(?:[-'\u2019][^\W\d_]+)*")


def _thing_word(token: Token, sets, language: str) -> bool:
    """Whether a token is a word of vocabulary "named_thing_heads" (a place or a thing named
    after someone: "airport", "camp", Vietnamese "sân bay"). The list is compared folded, but
    in a language whose diacritics carry meaning (EXACT_LANGUAGES) a word printed with them is
    that word only as spelt: Vietnamese "bày" (to set out, "bày tỏ": to express), "bảy"
    (seven) and "dạy" (to teach) are not "bay" and "day". Token -> bool."""
    if token.folded not in sets["things"]:
        return False
    if language not in EXACT_LANGUAGES or exact_form(token.text) == token.folded:
        return True
    return exact_form(token.text) in _exact_things()


def _thing_word_after_name(sentence: str, tokens: list[Token], k: int, sets, language: str) -> bool:
    """Whether tokens[k], right after a name, is a thing's word naming the thing after it
    (vocabulary "named_thing_heads"): printed as the list prints it, not with a diacritic the
    word has not ("placé", "basé" fold to "place", "base": French participles), and joined to
    the name by a space ("the Dag Hammarskjöld Medal") or, after a comma, heading the place's
    apposition: followed by a lowercase name connector ("Rhoe Drodro, camp for the
    displaced", "Kitchanga Mweso, camp de déplacés") or by the clause's end ("..., camp.").
    A thing's word after a comma before another word opens a role ("Amina Yusuf, camp
    leader"): no thing's name. Token indices -> bool."""
    token = tokens[k]
    if not _thing_word(token, sets, language):
        return False
    printed = exact_form(token.text)
    if printed != token.folded and printed not in _exact_things():
        return False
    if "," not in sentence[tokens[k - 1].end:token.start]:
        return True
    if k + 1 == len(tokens) or sentence[token.end:tokens[k + 1].start].strip():
        return True  # the apposition ends there: "..., camp." or "..., camp (Ituri)"
    following = tokens[k + 1]
    return following.folded in sets["connectors"] and not following.is_capitalized


def _family_word_after_particle(tokens: list[Token], segment: list[int], k: int, sets, language: str) -> bool:
    """Whether tokens[k], a word of a name's segment, follows a particle printed in lowercase
    ("del", "de la") inside the segment, after a capitalised word that is no thing's word, in a
    segment that opens with no thing's word: a family name's last word ("García del Barrio",
    "Ruiz de la Plaza"), not the head of a place ("Barrio Sol", "Plaza de la Paz" open with
    it). Token indices -> bool."""
    j = k - 1
    particles = 0
    while j > segment[0] and j in segment and tokens[j].folded in sets["particles"] and not tokens[j].is_capitalized:
        j -= 1
        particles += 1
    return (particles > 0 and tokens[j].is_capitalized and not _thing_word(tokens[j], sets, language)
            and not _thing_word(tokens[segment[0]], sets, language))


@lru_cache(maxsize=1)
def _exact_things() -> frozenset[str]:
    """The words of vocabulary "named_thing_heads" as printed, in their exact forms."""
    return _exact_set(reference().vocabulary["named_thing_heads"])


def _name_like(token: Token, sets, language: str = "en") -> bool:
    word = token.folded
    if not token.is_capitalized:  # tested first: most words are lowercase
        return False
    if exact_form(token.text) in _exact_words(language):
        return False
    # Folded, the function words and titles of other languages are syllables of Vietnamese
    # names ("Sơn" is French "son", "Lê" French "le", "Đỗ" Portuguese "do"): a language
    # compared with its diacritics is judged by its own lists only.
    own_lists_only = language in EXACT_LANGUAGES
    return (
        not token.is_acronym
        and _WORD_OF_LETTERS.fullmatch(strip_possessive(token.text)) is not None
        and (own_lists_only or (
            word not in sets["titles"]
            and not _hyphenated_title(word, sets)
            and not _hyphenated_head(word, sets)
            and word not in sets["org_heads"]
            and word not in sets["seats"]
            and word not in sets["initiative_heads"]
            and (word not in sets["stop"] or _accented_namesake(token, word, sets))))
        and word not in sets["calendar"]
        and word not in sets["generic"]
        and len(word) > 1
        and not _plural_title(word, sets)
    )


# Languages whose adjectives follow their noun, so that a body's head word opens its name
# ("Misión Multidimensional", "Mission multidimensionnelle").
HEAD_FIRST_LANGUAGES = ("fr", "es")


def _country_complement(tokens: list[Token], segment: list[int], sets, language: str) -> bool:
    """Words of the dictionary, a particle in lowercase, then a country's name ("Stabilisation
    du Congo", "Democrática de Congo"): the end of a body's or a country's own name, not a
    person's ("Marie de France" would need a given name first)."""
    for i, k in enumerate(segment[1:-1], start=1):
        if tokens[k].is_capitalized or tokens[k].folded not in sets["particles"]:
            continue
        hit = _country_at(tokens, k + 1)
        country = (hit is not None and hit[1] in (segment[-1], segment[-1] + 1)) or (
            k + 1 == segment[-1] and tokens[segment[-1]].folded in _country_name_ends())
        if not country:
            continue
        head = segment[:i]
        return all(_word_count(_dictionary_form(tokens[j]), language) > 0 and tokens[j].folded not in sets["given"] for j in head)
    return False


@lru_cache(maxsize=None)
def _country_name_ends() -> frozenset[str]:
    """The last words of the countries' names, folded ("congo" of "République démocratique du
    Congo"): a word that ends a country's name, though alone it names none for certain."""
    ends = set()
    for row in reference().countries.values():
        for language in ("en", "fr", "es"):
            for name in (row.get(language) or {}).get("names") or []:
                words = fold(str(name)).split()
                if words:
                    ends.add(words[-1])
    return frozenset(ends)


def _office_connector_before(tokens: list[Token], first: int, sets) -> bool:
    """Whether a connector stands right before tokens[first] and, before it, a capitalised
    word or another connector ("... Communications and Public", "Défense et des Anciens"):
    the words at first go on a name of several capitalised words."""
    if first < 2 or tokens[first - 1].folded not in sets["connectors"] or tokens[first - 1].is_capitalized:
        return False
    before = tokens[first - 2]
    if before.folded in sets["heads"]:
        return False  # "Brigada de Infantería ...": the complement of a body's head, left to it
    if before.is_capitalized or (before.folded in sets["connectors"] and first >= 3 and tokens[first - 3].is_capitalized):
        return True
    # an office's complement begun in lowercase ("le ministre de la communication et Médias",
    # "the Minister of information and Broadcasting"): a title, one to three joining words,
    # then the lowercase word before the connector
    k = first - 3
    while k >= 0 and first - 3 - k < 3 and tokens[k].folded in sets["connectors"] and not tokens[k].is_capitalized:
        k -= 1
    return (k >= 0 and k < first - 3 and tokens[k].folded in sets["titles"] and before.text.isalpha()
            and before.text.islower())


def _office_words_before(sentence: str, tokens: list[Token], first: int, sets) -> bool:
    """Whether tokens[first] goes on an office's complement in title case begun before it,
    after a title and its connector ("the Under-Secretary-General for Humanitarian Affairs
    Jane Doe", "el jefe de Asuntos Humanitarios Juan Pérez", "el director de Operaciones de
    Paz José Pérez"): the capitalised words (and lowercase connectors between them) printed
    right before tokens[first] with spaces only, back to a lowercase connector, before which
    stands a title or a capitalised word; or tokens[first] itself right after "<title>
    <connector>". The dictionary words opening the name are then the office's."""
    connectors, titles = sets["connectors"], sets["titles"]
    k = first
    while k > 0 and _gap_is_space(sentence, tokens[k - 1], tokens[k]) and (
            tokens[k - 1].is_capitalized
            or (k > 1 and tokens[k - 1].folded in connectors and tokens[k - 2].is_capitalized
                and tokens[k - 2].folded not in titles and _gap_is_space(sentence, tokens[k - 2], tokens[k - 1]))):
        k -= 1
    if k < 2 or tokens[k - 1].folded not in connectors or tokens[k - 1].is_capitalized:
        return False
    before = tokens[k - 2]
    if before.folded in sets["heads"]:
        return False  # "Brigada de Infantería ...": the complement of a body's head, left to it
    return (k < first and (before.is_capitalized or before.folded in titles)) or (k == first and before.folded in titles
                                                                                  and not before.is_capitalized)


def _particle_glued_name(token: Token, sets) -> bool:
    """A name particle in lowercase joined by a hyphen to a capitalised word ("al-Burhan",
    "el-Sisi", "bin-Salman"; vocabulary "name_particles"): the family name of the name it
    ends, printed as Arabic names are romanised; not a known body's or place's name
    ("al-Qaeda", _known_glued)."""
    particle, dash, rest = token.text.partition("-")
    return (dash == "-" and particle.islower() and particle in sets["particles"] and rest[:1].isupper()
            and rest[1:].replace("-", "").isalpha() and not _known_glued(token.text))


@lru_cache(maxsize=4096)
def _known_glued(text: str) -> bool:
    """Whether a particle glued to a word ("al-Qaeda", "al-Shabaab") is, capitalised or not, a
    body or place the reference data knows: its own name, never a person's family name."""
    return bool(reference().gazetteer.whole(text[:1].upper() + text[1:])) or fold(text.partition("-")[2]) in _organisation_cores()


def _title_going_on(tokens: list[Token], segment: list[int], language: str) -> bool:
    """Whether the segment's words and the one or two words after it, in lowercase, are a
    title of the language's list ("Tổng Thư ký", Secretary-General, printed with its first
    syllables capitalised): a title, no name."""
    titles = _exact_words_of("titles", language)
    words = [exact_form(tokens[k].text) for k in segment]
    for n in (1, 2):
        after = tokens[segment[-1] + 1: segment[-1] + 1 + n]
        if len(after) == n and not any(t.is_capitalized for t in after):
            if " ".join(words + [exact_form(t.text) for t in after]) in titles:
                return True
    return False


def _hyphenated_title(word: str, sets) -> bool:
    """A folded word of titles joined by hyphens ("lt-colonel", "lt-col", "brig-gen"): a rank
    as abbreviated in print, no word of a name."""
    parts = word.split("-")
    return len(parts) > 1 and all(part in sets["titles"] for part in parts)


def _hyphenated_head(word: str, sets) -> bool:
    """A folded word hyphenated to the head word of a body ("force-mali", "battalion-liberia":
    vocabulary "organisation_heads", "initiative_heads"): a unit's or body's name joined to
    its place, no word of a person's name."""
    parts = word.split("-")
    return len(parts) > 1 and any(part in sets["org_heads"] or part in sets["initiative_heads"] for part in parts)


def _accented_namesake(token: Token, word: str, sets) -> bool:
    """A capitalised word that folds to a function word but is printed with accents no function
    word carries: a name's syllable ("Lê" and "Sơn" of "Lê Ngọc Sơn" fold to French "le" and
    "son"; "Đỗ" to Portuguese "do"). Words printed as a function word of some language ("À",
    "Été", "Más") stay function words."""
    printed = strip_possessive(token.text).lower()
    return printed != word and printed not in sets["stop_printed"]


def _plural_title(word: str, sets) -> bool:
    """A title in the plural, folded ("colonels" of "Lieutenant Colonels Oanh and Thu",
    "generals", "capitaines", "coroneles"): the rank of several people named after it, no
    name word. Words of five letters or more, so that short names ending in s ("Mas") stay."""
    if len(word) < 5 or not word.endswith("s"):
        return False
    return word[:-1] in sets["titles"] or (word.endswith("es") and word[:-2] in sets["titles"])


def _given_name_month(text: str, tokens: list[Token], i: int, sets) -> bool:
    """A month's name that is also a widely borne given name (vocabulary "given_names":
    Spanish "Julio"), capitalised mid-sentence and joined by a space to a capitalised word
    that is no month or weekday: the given name opening a person's name ("el coronel Julio
    Giménez"), not the month (written in lowercase in French, Spanish and Vietnamese prose,
    and never followed by a capitalised word in English dates). A short month's form ("Jan",
    _month_abbreviations) before an everyday English word (is_common_word) is the month
    qualifying a noun ("the Jan Attack", a title-case headline's "Since Jan Offensive"); a
    family name that is such a word ("Jan Brown") is then missed."""
    token = tokens[i]
    if token.folded not in sets["given"] or token.folded not in sets["calendar"] or i + 1 >= len(tokens):
        return False
    nxt = tokens[i + 1]
    before = tokens[i - 2: i]  # "12 de Julio": a date written with a capital
    if any(t.text.isdigit() for t in before):
        return False
    if token.folded in _month_abbreviations() and is_common_word(_dictionary_form(nxt), "en"):
        return False
    return (token.is_capitalized and not token.is_acronym and nxt.is_capitalized and not nxt.is_acronym
            and nxt.folded not in sets["calendar"] and _gap_is_space(text, token, nxt))


@lru_cache(maxsize=None)
def _month_abbreviations() -> frozenset[str]:
    """Folded short month names of every language (dates.yaml months: a form of four
    letters or fewer that is not the month's full name: "jun", "mar", "sept")."""
    out = set()
    for months in reference().date_words["months"].values():
        for forms in months:
            out.update(fold(f) for f in forms[1:] if len(f) <= 4)
    return frozenset(out)


def _family_name_month(text: str, tokens: list[Token], i: int, sets) -> bool:
    """A short month's name (_month_abbreviations: "Jun", "Mar") printed in mixed case right
    after a capitalised word that is no month or weekday, joined by a space, with no number
    before or after it: the last syllable of a name ("Zhang Jun", "Li Mar"), as a short
    month in a date stands beside its day or year ("Jun 5", "5 Jun 2024")."""
    token = tokens[i]
    if i == 0 or token.folded not in _month_abbreviations() or not token.is_capitalized or token.is_acronym:
        return False
    before = tokens[i - 1]
    if (not before.is_capitalized or before.is_acronym or before.folded in sets["calendar"]
            or not _gap_is_space(text, before, token) or any(t.text[:1].isdigit() for t in tokens[max(0, i - 2): i])):
        return False
    after = tokens[i + 1: i + 3]
    return not any(t.text[:1].isdigit() for t in after)


def _family_name_opening(text: str, tokens: list[Token], i: int, sets) -> bool:
    """A Vietnamese family name that is also a month's name in another language (vocabulary
    "family_names": "Mai", French for May), capitalised and joined by a space to a capitalised
    middle name (vocabulary "middle_names": "Mai Thị Lan", "Mai Văn Hùng"): the name's opening,
    as the month closing one after its middle name is its given name ("Nguyễn Thị Mai")."""
    token = tokens[i]
    if token.folded not in sets["family"] or token.folded not in sets["calendar"] or i + 1 >= len(tokens):
        return False
    nxt = tokens[i + 1]
    return (token.is_capitalized and not token.is_acronym and nxt.is_capitalized and nxt.folded in sets["middle"]
            and _gap_is_space(text, token, nxt))


def _runs(text: str, tokens: list[Token], sets) -> list[list[int]]:
    """Index runs of capitalised tokens, joined by connectors and spaces only."""
    runs: list[list[int]] = []
    current: list[int] = []
    for i, token in enumerate(tokens):
        joined = bool(current) and _gap_joins_name(text, tokens[current[-1]], token, sets)
        # a month's name ends a Vietnamese name ("Nguyen Thi Mai"; _vietnamese_triples)
        after_middle = (len(current) >= 2 and joined and tokens[current[-1]].folded in sets["middle"]
                        and tokens[current[-2]].folded in sets["family"])
        if (current and token.is_capitalized and token.folded in sets["title_prepositions"] and not token.is_acronym
                and unicodedata.normalize("NFC", token.text.lower()) in sets["title_prepositions_printed"]
                and not any(tokens[k].folded in sets["heads"] for k in current)
                and any(tokens[k].folded in sets["given"] or not is_dictionary_word(tokens[k].text, "en") for k in current)):
            # "Bintou Keita On Congo": a preposition in title case ends a person's name; a body's
            # name styled so keeps it, its head word before it ("the Institute For Security
            # Studies") or everyday words alone ("the Coalition For The International Criminal Court")
            runs.append(current)
            current = []
            continue
        if token.is_capitalized and (token.folded not in sets["calendar"] or after_middle
                                     or _given_name_month(text, tokens, i, sets)
                                     or _family_name_month(text, tokens, i, sets)
                                     or _family_name_opening(text, tokens, i, sets)):
            if current and not joined:
                runs.append(current)
                current = []
            current.append(i)
        elif (current and joined and token.folded in sets["connectors"] and _printed_plain(token)
              and _capital_after_connectors(text, tokens, i, sets)
              and not _bare_article(tokens, current, i, sets)):
            current.append(i)
        elif current and joined and _particle_glued_name(token, sets):
            current.append(i)  # "Abdel Fattah al-Burhan": the run goes on to the family name
        else:
            if current:
                runs.append(current)
            current = []
    if current:
        runs.append(current)
    return [piece for run in runs for part in _outlet_apart(tokens, run) for piece in _shared_place_apart(tokens, part, sets)]


def _outlet_apart(tokens: list[Token], run: list[int]) -> list[list[int]]:
    """A run opened by the one-word name of a news outlet (sources.yaml aliases: "EFE",
    "Reuters", "Xinhua") and two capitalised words more split in two: the outlet told, the
    person spoke ("narró a Efe Lucía Benítez", "dijo a Xinhua Li Wei"). Other runs as they are."""
    if len(run) < 3 or not tokens[run[1]].is_capitalized or not tokens[run[2]].is_capitalized:
        return [run]
    return [run[:1], run[1:]] if reference().find_source(tokens[run[0]].text) else [run]


def _shared_place_apart(tokens: list[Token], run: list[int], sets) -> list[list[int]]:
    """A run opened by a place word two countries' names end with (_shared_name_ends:
    "Congo", "Korea"), then two capitalised words or more that make a name, split in two: the
    place, then the person. A Vietnamese title puts the place of an office before its holder
    ("Đại sứ Ý tại Congo Luca Attanasio": the ambassador in Congo, Luca Attanasio); such a word
    opens no person's name. Other runs as they are."""
    if len(run) < 3 or not all(tokens[k].is_capitalized for k in run[1:]) or fold(tokens[run[0]].text) not in _shared_name_ends():
        return [run]
    opening, last = tokens[run[1]].folded, tokens[run[-1]].folded
    # the rest a name: it opens with a given or family name, or a word of no dictionary, and
    # ends with such a word ("Congo Basin Forest Fund" stays whole: its words are the dictionary's)
    if not ((opening in sets["given"] or opening in sets["family"] or not is_dictionary_word(opening, "en"))
            and not is_dictionary_word(last, "en")):
        return [run]
    return [run[:1], run[1:]]


def _printed_plain(token: Token) -> bool:
    """Whether a lowercase word is printed as its folded form, without the marks folding takes
    off: only so is it a connector or particle of a name (vocabulary "name_connectors",
    "name_particles", all written plain). Vietnamese "đã" (already) and "đến" (to) fold to the
    particles "da" and "den" but join no name ("Lê Thị Hoa đã đến Abyei")."""
    return token.text.lower() == token.folded


def _capital_after_connectors(text: str, tokens: list[Token], i: int, sets) -> bool:
    """Whether a capitalised word follows the connector tokens[i], right after it or after one
    more lowercase name particle joined by spaces ("Hélène de la Rosière", "Anna van der Berg":
    vocabulary "name_particles")."""
    j = i + 1
    if (j < len(tokens) and not tokens[j].is_capitalized and tokens[j].folded in sets["particles"]
            and _printed_plain(tokens[j])
            and tokens[i].folded in sets["particles"] and _gap_is_space(text, tokens[i], tokens[j])):
        j += 1
    return j < len(tokens) and tokens[j].is_capitalized and (j == i + 1 or _gap_is_space(text, tokens[j - 1], tokens[j]))


def _bare_article(tokens: list[Token], current: list[int], i: int, sets) -> bool:
    """Whether tokens[i] is an article (vocabulary "name_articles": the, la, le, el) standing
    right after a capitalised word, with no connector before it: it opens the next name
    ("a écrit sur Twitter la Mission multidimensionnelle...", "said on Facebook the Ministry"),
    it does not join two. Inside a name an article follows a connector ("Bank of the South",
    "Ordre de la Libération")."""
    return (tokens[i].folded in reference().words("name_articles")
            and tokens[current[-1]].folded not in sets["connectors"]
            and not _given_name_before_particle(tokens, current, i, sets))


def _given_name_before_particle(tokens: list[Token], current: list[int], i: int, sets) -> bool:
    """Whether the article tokens[i], printed in lowercase and a name particle too (vocabulary
    "name_particles": le, la, del), follows a given name (vocabulary "given_names"; each part
    of a hyphenated one: "Jean-Yves"), the run so far being that name and titles before it:
    the particle of a family name ("Jean-Yves le Drian", "Ministre Pierre la Fontaine"), not
    the opening of the next name."""
    given = tokens[current[-1]]
    parts = [fold(part) for part in given.text.split("-")]
    articles = reference().words("name_articles")
    return (all(tokens[j].folded in sets["titles"] or tokens[j].folded in articles for j in current[:-1])
            and tokens[i].text.islower() and tokens[i].folded in sets["particles"]
            and given.is_capitalized and not given.is_acronym and all(part in sets["given"] for part in parts))


def _trim(indices: list[int], tokens: list[Token], drop: frozenset[str]) -> list[int]:
    while indices and tokens[indices[0]].folded in drop:
        indices = indices[1:]
    while indices and tokens[indices[-1]].folded in drop:
        indices = indices[:-1]
    return indices


def _span_text(text: str, tokens: list[Token], indices: list[int]) -> str:
    """The text printed from the first to the last of these token indexes (the words between
    included), without a possessive ending at its end ("the Mission's" -> "the Mission";
    "Lebanon's army" stays whole: strip_possessive)."""
    return strip_possessive(text[tokens[indices[0]].start:tokens[indices[-1]].end])


_HYPHEN_COMPOUND = re.compile(r"(?P<left>[^\W\d_][\w.'\u2019]*?)-(?P<right>[^\W\d_][\w'\u2019-]*)")


def _title_opening(right: str, nxt: Token | None, language: str | None) -> bool:
    """In a language compared with its diacritics (Vietnamese), the word after a hyphen opens
    one of the language's titles, alone or with the word after it, capitalised or not ("An-Chủ
    tịch", "Mai-Phó Giám đốc", "Hải-sĩ quan": the title of the person named before the hyphen)."""
    if language not in EXACT_LANGUAGES or not right[:1].isalpha() or "-" in right:
        return False
    titles = reference().exact_words("titles", language)
    first = exact_form(right)
    return first in titles or (nxt is not None and f"{first} {exact_form(nxt.text)}" in titles)


def split_compounds(tokens: list[Token], language: str | None = None) -> list[Token]:
    """A name joined to a word by a hyphen, cut in two so the name is found alone: an acronym
    before any lowercase word ("UNMISS-run", "FINUL-appuyé"), a capitalised name before a
    word of the vocabulary's "compound_suffixes" ("Saudi-led", "Minusca-backed"; a hyphenated
    name too, cut at its last hyphen, one of its parts capitalised: "Al-Shabaab-backed",
    "al-Qaeda-linked"), a capitalised name after a word
    of "compound_prefixes" ("mostly-Ugandan"), and, in
    Vietnamese (language "vi"), a name before a capitalised word opening a title of the
    vocabulary's "titles" ("Nguyễn Văn An-Chủ tịch": the name, then the office); two known
    names joined by a hyphen ("FARDC-Monusco"). Names that are hyphenated themselves
    ("Jean-Pierre", "Ki-moon", "Port-au-Prince") stay whole. A known name whose space was
    lost in copying ("NacionesUnidas": _glued_cut) and a courtesy title's dot glued to the
    name ("M.Salim": _glued_title_cut) are cut too (_compound_cut gives each token's cut). tokens: a sentence's; returns them
    with each cut token replaced by its two parts, offsets kept."""
    out: list[Token] = []
    for i, token in enumerate(tokens):
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if (initials := _glued_initials(token, nxt)) is not None:
            out.extend(initials)
            continue
        cut = _compound_cut(token, nxt, language, tokens[i - 1] if i else None)
        out.extend(_cut_at(token, *cut) if cut is not None else (token,))
    return out


_GLUED_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}[A-Z]\.?")


def _glued_initials(token: Token, nxt: Token | None) -> list[Token] | None:
    """A person's initials printed glued by their dots ("P.A.C. Fernando", "K.M.S. Perera",
    the style of South Asian armies' and newspapers' names), cut into one token per letter
    (offsets kept; the dot between two is the gap, which joins initials as ". " does) so that
    the initials open the person's name as spaced ones do ("P. A. C. Fernando"). Only before a
    capitalised word one space on, and not where the letters are a known name ("U.S. Army",
    "U.N. Police", "D.R. Congo": the gazetteer's). None where the token stays whole."""
    if (nxt is None or not _GLUED_INITIALS.fullmatch(token.text) or not nxt.is_capitalized
            or nxt.start != token.end + 1 or nxt.is_acronym):
        return None
    if reference().gazetteer.lookup([token], 0) is not None:
        return None
    return [word_token(c, token.start + k, token.start + k + 1) for k, c in enumerate(token.text) if c.isalpha()]


def _cut_at(token: Token, left_end: int, right_start: int) -> tuple[Token, Token]:
    """A token cut in two word tokens: its text up to left_end, and from right_start on
    (character offsets inside the token's text; the characters between, a hyphen or a dot,
    belong to neither), each with its offsets in the sentence."""
    return (word_token(token.text[:left_end], token.start, token.start + left_end),
            word_token(token.text[right_start:], token.start + right_start, token.end))


def _compound_cut(token: Token, nxt: Token | None, language: str | None,
                  prev: Token | None = None) -> tuple[int, int] | None:
    """Where split_compounds cuts a token (nxt, prev: the token after it and before it, or
    None), as (end of the left part, start of the right part) inside its text: at a hyphen (_hyphen_cut), else where
    a name is glued to the next word (_glued_cut), else after a courtesy title's dot glued to
    the name ("M.Salim": _glued_title_cut); None where it stays whole."""
    if (cut := _hyphen_cut(token, nxt, language, prev)) is not None:
        return cut, cut + 1
    if (cut := _glued_predicate_cut(token.text, language)) is not None:
        return cut, cut
    if (cut := _glued_cut(token, nxt)) is not None:
        return cut, cut
    if (cut := _glued_title_cut(token.text)) is not None:
        return cut, cut + 1
    return None


def _hyphen_cut(token: Token, nxt: Token | None, language: str | None, prev: Token | None = None) -> int | None:
    """The offset of the hyphen inside a token's text where split_compounds cuts it there: after
    a word of proportion before a demonym ("mostly-Ugandan": vocabulary "compound_prefixes"),
    at the last hyphen of a hyphenated name before a participle ("Al-Qaeda-linked",
    "al-Shabaab-allied": vocabulary "compound_suffixes"), after an acronym before a lowercase
    word or a capitalised name before such a participle ("UNMISS-run", "Saudi-led"), before a
    Vietnamese title (_title_opening: "An-Chủ tịch"), between two known bodies ("FARDC-Monusco":
    _joins_two_known_names), before a word of the article's language glued to a name by a dash
    that lost its spaces ("Lázaro-es": _glued_word_after_name; not a romanised given name after
    a family name, prev the token before: "Kim Yu-ha", _romanised_given_name). None where the
    hyphen is a name's own ("Jean-Pierre")."""
    match = _HYPHEN_COMPOUND.fullmatch(token.text)
    if not match:
        return None
    left, right = match["left"], match["right"]
    if left.islower() and fold(left) in reference().words("compound_prefixes") and right[:1].isupper():
        return len(left)
    suffixes = reference().words("compound_suffixes")
    head, _, tail = token.text.rpartition("-")
    if _glued_word_after_name(head, tail, language) and not _romanised_given_name(prev, token, head, language):
        return len(head)
    if "-" in head and any(part[:1].isupper() for part in head.split("-")) and tail[:1].islower() and fold(tail) in suffixes:
        return len(head)
    if "-" not in left:
        letters = [c for c in left if c.isalpha()]
        acronym = len(letters) >= 2 and all(map(str.isupper, letters))
        if ((right[:1].islower() and (acronym or (left[:1].isupper() and fold(right) in suffixes)))
                or (left[:1].isupper() and not acronym and _title_opening(right, nxt, language))):
            return len(left)
    if _joins_two_known_names(token.text, left, right):
        return len(left)
    return None


def _glued_word_after_name(head: str, tail: str, language: str | None) -> bool:
    """Whether a word printed "head-tail" is a name (head: every hyphenated part capitalised,
    "Lázaro", "Ruiz-Gómez") glued by a dash that lost its spaces to a word of the article's
    language that opens a predicate (tail, in lowercase: vocabulary "name_glued_words", "es",
    "a", "was", "là"): "Ana Lázaro-es la primera" names Ana Lázaro. language None: any
    language's words but the diacritic-sensitive ones."""
    if not head or not tail.islower() or not all(part[:1].isupper() for part in head.split("-")):
        return False
    if language in EXACT_LANGUAGES:
        return tail.lower() in reference().exact_words("name_glued_words", language)
    return fold(tail) in reference().words("name_glued_words", (language,) if language else None)


def _romanised_given_name(prev: Token | None, token: Token, head: str, language: str | None) -> bool:
    """Whether a word printed "head-tail" (token) is a romanised East Asian given name of two
    syllables joined by a hyphen, right after a family name (vocabulary "family_names", one
    space before: "Kim Yu-ha", "Lee Ye-a"), whose second syllable only spells a glued word
    (_glued_word_after_name: "ha", "a"). Not in a language compared with its diacritics, whose
    own names are not printed so ("Nguyễn Văn Nam-là" is cut), nor after a name's particle
    that spells a family name too (vocabulary "name_particles": "Claire Le Goff-a" is cut)."""
    sets = _vocab_sets()
    return (language not in EXACT_LANGUAGES and prev is not None and "-" not in head
            and prev.is_capitalized and prev.folded in sets["family"] and prev.folded not in sets["particles"]
            and token.start == prev.end + 1)


@lru_cache(maxsize=1)
def _glued_predicate_words() -> tuple[frozenset[str], frozenset[str]]:
    """vocabulary "name_glued_words": (every language's but the diacritic-sensitive ones,
    folded; those of the languages compared with their diacritics, lowercased)."""
    ref = reference()
    exact = frozenset().union(*(ref.exact_words("name_glued_words", lang) for lang in EXACT_LANGUAGES))
    return ref.words("name_glued_words"), exact


def _glued_predicate_word(text: str) -> bool:
    """Whether a word capitalised, lowercase after its capital, is one of vocabulary
    "name_glued_words" in any language ("Es", "Was", "Là"): a word _glued_predicate_cut cuts
    off a name glued to it, which the name does not go on with."""
    if not text[:1].isupper() or not text[1:].islower() and len(text) > 1:
        return False
    folded, exact = _glued_predicate_words()
    return fold(text) in folded or text.lower() in exact


def _glued_predicate_cut(text: str, language: str | None) -> int | None:
    """Where a capitalised word glued with no space to the word after it, as copying a page
    loses a space ("LázaroEs", "RoeWas", "NamLà"), is cut: at its one lowercase letter followed
    by a capital, where the part after is a word in lowercase after its capital that opens a
    predicate in the article's language (_glued_word_after_name: vocabulary "name_glued_words")
    and the part before has two letters or more. None otherwise ("McDonald", "LeBlanc": the
    part after is no such word)."""
    if len(text) < 4 or not text[:1].isupper() or not text.isalpha():
        return None
    camel = [k for k in range(2, len(text)) if text[k - 1].islower() and text[k].isupper()]
    if len(camel) != 1 or (len(text) - camel[0] > 1 and not text[camel[0] + 1:].islower()):
        return None
    k = camel[0]
    return k if _glued_word_after_name(text[:k], text[k:].lower(), language) else None


def _joins_two_known_names(text: str, left: str, right: str) -> bool:
    """Whether a word is two known names joined by one hyphen, both capitalised and not both
    acronyms ("FARDC-Monusco", "Minusma-FAMa", "Kinshasa-Goma": a partnership or a route between
    two bodies or places, which the capitals of a word would otherwise make a name word of),
    while the word is no known name whole ("Guinea-Bissau", "Al-Shabaab" stay one name). A
    person's hyphenated given name ("Jean-Pierre") has parts no gazetteer lists. Source: joint
    operations and routes printed so in mission news ("les opérations conjointes
    FARDC-Monusco")."""
    if "-" in left or "-" in right or not (left[:1].isupper() and right[:1].isupper()) or (left.isupper() and right.isupper()):
        return False  # two acronyms ("ONU-UA") are no name word already: left as they were read
    gazetteer = reference().gazetteer
    return bool(gazetteer.whole(left)) and bool(gazetteer.whole(right)) and not gazetteer.whole(text)


_GLUED_TITLE = re.compile(r"(?P<title>[^\W\d_]{1,4})\.(?P<name>[A-ZÀ-ÝĐ][^\W\d_]+(?:[-'\u2019][^\W\d_]+)*)")


def _glued_title_cut(text: str) -> int | None:
    """Where a courtesy title or a rank abbreviated with a dot is glued to the name after it,
    the space after the dot lost in copying ("M.Salim", "Mme.Aïcha", "Dr.Amina", "Gen.Kamanzi"):
    the index of the dot, or None. The title (1 to 4 letters) is a word of the vocabulary's
    "person_titles" in any language, capitalised, and the name is one capitalised word;
    dotted acronyms ("U.S.", "S.A") and a title followed by a lowercase word stay whole."""
    match = _GLUED_TITLE.fullmatch(text)
    if not match or not match["title"][:1].isupper() or match["title"][1:] != match["title"][1:].lower():
        return None
    if fold(match["title"]) not in reference().words("person_titles") or len(match["name"]) < 2:
        return None
    return len(match["title"])


def _glued_cut(token: Token, nxt: Token | None) -> int | None:
    """Where a word copied from a page with a space lost is cut in two, or None: a capitalised
    word no reference name is, whose two parts are one known name (reference data) written
    with the space, cut where a lowercase letter meets a capital ("NacionesUnidas": "Naciones
    Unidas"), or before a lowercase name connector it ends with (vocabulary "name_connectors")
    when that connector and the next word close a known name ("Coreadel Sur": "Corea del
    Sur"), or, in a word lowercase after its capital, where a known name's first word meets
    the lowercase word that closes that name ("Républiquecentrafricaine": "République
    centrafricaine"). Copying drops the space between two words of a line; the name read
    whole is what a reader reads."""
    text = token.text
    if len(text) >= 6 and text.isalpha() and (cut := _capitals_glued_cut(text)) is not None:
        return cut
    if len(text) < 6 or not text.isalpha() or not text[0].isupper():
        return None
    return _glued_cut_of(text, nxt.text if nxt is not None and nxt.start == token.end + 1 else None)


_CAPITALS_THEN_NAME = re.compile(r"[^\W\d_]*?(?P<capitals>[A-Z]{3,})(?P<name>[A-Z][a-z]+)")
_NAME_THEN_CAPITALS = re.compile(r"(?P<name>[A-Z][a-z]+)(?P<capitals>[A-Z]{2,})")


@lru_cache(maxsize=4096)
def _capitals_glued_cut(text: str) -> int | None:
    """Where a word in capitals and a name were glued by copying (a heading's or a byline's
    line run into the next, "unHELMETSyed Badrul Ahsan"; a byline run into a section's
    acronym, "Brigadier General Ilyas RasulUNAMSIL: ..."): before a listed given name
    (vocabulary "given_names") that follows three capitals or more, or before a known acronym
    (reference data: "UNAMSIL") that follows a capitalised word in lowercase. None otherwise."""
    if (m := _CAPITALS_THEN_NAME.fullmatch(text)) and fold(m["name"]) in _vocab_sets()["given"]:
        return m.start("name")
    if (m := _NAME_THEN_CAPITALS.fullmatch(text)) and not reference().gazetteer.whole(text) \
            and any(e.kind in ("mission", "organisation", "country") for e in reference().gazetteer.whole(m["capitals"])):
        return m.start("capitals")
    return None


@lru_cache(maxsize=4096)
def _glued_cut_of(text: str, following: str | None) -> int | None:
    """_glued_cut of a word and the word right after it one space away (None when there is
    none), kept per pair: the gazetteer is asked once for a word met again."""
    gazetteer = reference().gazetteer
    camel = [k for k in range(2, len(text) - 1) if text[k - 1].islower() and text[k].isupper()]
    if len(camel) == 1 and text[camel[0] + 1:].islower() and not gazetteer.whole(text) \
            and gazetteer.whole(f"{text[:camel[0]]} {text[camel[0]:]}"):
        return camel[0]
    if not camel and text[1:].islower() and len(text) >= 8 and not gazetteer.whole(text):
        # "Républiquecentrafricaine": a known name's first word and its lowercase second word
        # glued; cut only where the first part opens a known name and the two make one whole
        for k in range(3, len(text) - 2):
            if gazetteer.may_start(word_token(text[:k], 0, k)) and gazetteer.whole(f"{text[:k]} {text[k:]}"):
                return k
    if camel or following is None or not following[:1].isupper():
        return None
    for connector in _glued_connectors():
        k = len(text) - len(connector)
        if k >= 3 and text.endswith(connector) and not gazetteer.whole(text) \
                and gazetteer.whole(f"{text[:k]} {connector} {following}"):
            return k
    return None


@lru_cache(maxsize=1)
def _glued_connectors() -> tuple[str, ...]:
    """The lowercase name connectors of two letters or more (vocabulary "name_connectors"),
    longest first: the words _glued_cut looks for at a glued word's end."""
    words = {w for w in reference().vocabulary["name_connectors"] if len(w) >= 2 and w.isalpha()}
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


@lru_cache(maxsize=None)
def _generic_phrase_words(language: str) -> tuple[frozenset[str], frozenset[str]]:
    """(field words, every allowed word) of reference/generic_names.yaml generic_phrases, folded,
    for a language and English (a French text writes "UN Peacekeeping" too): field words are
    the heads and qualifying words, every allowed word adds the owners and the connectors and
    articles of names (vocabulary.yaml name_connectors, name_articles)."""
    table = load_reference("generic_names.yaml")["generic_phrases"]
    languages = dict.fromkeys(("en", language))
    field_words = {fold(w) for section in ("heads", "words") for lang in languages for w in table[section].get(lang) or []}
    owners = {fold(w) for lang in languages for w in table["owners"].get(lang) or []}
    ref = reference()
    allowed = field_words | owners | ref.words("name_connectors") | ref.words("name_articles")
    return frozenset(field_words), frozenset(allowed)


def is_generic_phrase(words: list[str], language: str) -> bool:
    """Whether a capitalised stretch of words is a common noun phrase of the field, no named
    body: every word (folded, as Token.folded) is a head, qualifying word or owner of
    reference/generic_names.yaml generic_phrases or a connector of names, and one at least is
    a head or qualifying word. "Peacekeeping Operations", "UN Peacekeeping", "Opérations de
    maintien de la paix", "Operaciones de Paz" are; "Department of Peace Operations" and
    "Action for Peacekeeping" are not (department, action). A hyphenated word counts by its
    parts ("Peace-keeping")."""
    field_words, allowed = _generic_phrase_words(language)
    parts = [p for w in words for p in ([w] if w in allowed else w.split("-")) if p]
    return bool(parts) and all(p in allowed for p in parts) and any(p in field_words for p in parts)


@lru_cache(maxsize=None)
def _relative_day_words(language: str) -> frozenset[str]:
    """Folded one-word names of a day relative to the article's (dates.yaml relative_days:
    "today", "hier", "hoy"), for a language and English."""
    table = reference().date_words.get("relative_days") or {}
    return frozenset(fold(w) for lang in dict.fromkeys(("en", language)) for w in table.get(lang) or {} if " " not in w)


def is_field_phrase(words: list[str], language: str) -> bool:
    """Whether capitalised words (folded) are a common noun phrase of the field
    (is_generic_phrase), with a word for a relative day allowed among them ("Blue Helmets
    Today", "Casques bleus aujourd'hui"): the name of a bulletin or programme about the
    activity, never a person's."""
    days = _relative_day_words(language)
    rest = [w for w in words if w not in days]
    return bool(rest) and is_generic_phrase(rest, language)


def _generic_piece(piece: list[int], tokens: list[Token], claimed: list[bool], sets, language: str) -> bool:
    """Whether a capitalised piece is a generic phrase (is_generic_phrase), with the place it
    is in left out: what follows a place preposition (vocabulary.yaml place_prepositions, in
    lowercase) or the known names at its end ("Peacekeeping Mission in Haiti", "Peacekeeping
    Operations in Africa", "Opérations de paix au Mali"), and the known names opening it
    ("UNIFIL Mission": the mission named by its acronym), acronyms only."""
    prepositions = frozenset(fold(w) for words in reference().vocabulary["place_prepositions"].values() for w in words)
    core = list(piece)
    cut = next((n for n, k in enumerate(core) if n and tokens[k].folded in prepositions and not tokens[k].is_capitalized), None)
    if cut is not None:
        core = core[:cut]
    while core and claimed[core[-1]]:
        core.pop()
    while len(core) < len(piece) and core and tokens[core[-1]].folded in sets["edges"]:
        core.pop()
    # a known acronym opening it too ("the UNIFIL Mission", "la MINUSCA Force"): the body
    # named by its own acronym, the field's words after it no other one (a known name spelt
    # out opening it may begin a mission's long name: "United Nations Organization
    # Stabilization Mission of the Congo", read by _mission_spelling)
    while core and claimed[core[0]] and tokens[core[0]].is_acronym:
        core.pop(0)
    return bool(core) and is_generic_phrase([tokens[k].folded for k in core], language)


def _known_hit(tokens: list[Token], i: int, language: str):
    """The gazetteer's longest known name at tokens[i], as (hit, activities): hit as
    Gazetteer.lookup gives it ((end, entries) or None), passing over a known organisation
    whose words make a generic phrase (is_generic_phrase): the news site "UN Peacekeeping" is
    not meant by "U.N. peacekeeping mission", which names the UN; activities lists those
    passed over as (end, entry), the activity the words name (its founding year still dates
    "the 75th anniversary of UN Peacekeeping")."""
    gazetteer = reference().gazetteer
    if not gazetteer.may_start(tokens[i]):
        return None, []  # no known name starts with this word
    end = len(tokens)
    activities = []
    while (hit := gazetteer.lookup(tokens if end == len(tokens) else tokens[:end], i)) is not None:
        generic = hit[1][0].kind == "organisation" and is_generic_phrase([t.folded for t in tokens[i:hit[0]]], language)
        if hit[1][0].id in _outlet_entry_ids() and (
                _tail_of_body_name(tokens, i)  # "National Army for the Liberation of ...": no Libération
                # "el presidente de la República": no "Republica", the outlet
                or reference().accent_added(" ".join(t.text for t in tokens[i:hit[0]]))
                or (not generic and _head_word_after(tokens, hit[0]))  # "the Oromo Liberation Army"
                or _foreign_country_after(tokens, hit[0], hit[1][0].id)):  # "Quân đội nhân dân Lào"
            return None, activities  # an outlet's name printed as words of another name
        if hit[1][0].id in _outlet_entry_ids() and (body := _outlet_namesake(tokens, i, hit[1][0].id, language)):
            return (hit[0], [body]), activities  # "sĩ quan Công an nhân dân": the force, not its newspaper
        if not generic:
            if _national_adjective_after(tokens, hit, language):
                return None, activities  # "le Conseil de sécurité nationale": a country's own council
            return hit, activities
        activities.append((hit[0], hit[1][0]))
        end = hit[0] - 1
        if end <= i:
            break
    return None, activities


def _national_adjective_after(tokens: list[Token], hit, language: str) -> bool:
    """Whether a listed organisation's name found at a hit ((end, entries), as
    Gazetteer.lookup gives it) is followed, one space on, by an adjective saying the body is a
    country's own (vocabulary "national_namesake_adjectives": "le Conseil de sécurité
    nationale", "el Consejo de Seguridad Nacional") or a town's, a province's, an inner or an
    occasional body ("local_namesake_adjectives": "un conseil de sécurité intérieure", "el
    consejo de seguridad ciudadana"): the words then name that other body, not the listed one. Only in the languages that put the adjective after its noun
    (HEAD_FIRST_LANGUAGES): in English it comes first ("UN national staff" names the UN)."""
    end, entries = hit
    if language not in HEAD_FIRST_LANGUAGES or end >= len(tokens) or entries[0].kind != "organisation":
        return False
    after = tokens[end].folded
    return tokens[end].start - tokens[end - 1].end == 1 and (
        after in reference().words("national_namesake_adjectives") or after in reference().words("local_namesake_adjectives"))


@lru_cache(maxsize=1)
def _outlet_namesakes() -> dict[str, Entry]:
    """{gazetteer id of a news outlet: the organisations.yaml body it is named after}
    (sources.yaml "namesake": the army's newspaper "Quân đội nhân dân", the People's Army of
    Vietnam)."""
    ref = reference()
    return {slugify(row["name"]): Entry("organisation", row["namesake"], ref.organisations[row["namesake"]]["name"])
            for row in ref.sources if row.get("namesake") in ref.organisations}


def _outlet_namesake(tokens: list[Token], i: int, outlet_id: str, language: str) -> Entry | None:
    """The body a news outlet found at tokens[i] is named after (sources.yaml "namesake"),
    where a word for the members of a uniformed body (vocabulary "uniformed_member_words", of
    one or two words) stands right before it, one space on: "sĩ quan Công an nhân dân" is an
    officer of the People's Public Security, not of its newspaper. None elsewhere ("theo báo
    Công an nhân dân" cites the paper)."""
    body = _outlet_namesakes().get(outlet_id)
    if body is None or i == 0 or tokens[i - 1].end + 1 != tokens[i].start:
        return None
    exact = language in EXACT_LANGUAGES
    members = reference().exact_words("uniformed_member_words", language) if exact else reference().words("uniformed_member_words")
    for size in (1, 2):
        if i - size < 0 or (size == 2 and tokens[i - 2].end + 1 != tokens[i - 1].start):
            break
        words = " ".join(t.text for t in tokens[i - size:i])
        if (words.lower() if exact else fold(words)) in members:
            return body
    return None


@lru_cache(maxsize=1)
def _outlet_entry_ids() -> frozenset[str]:
    """The gazetteer ids of news outlets (reference/sources.yaml), less those of bodies
    organisations.yaml lists."""
    ref = reference()
    return frozenset(slugify(row["name"]) for row in ref.sources) - frozenset(ref.organisations)


@lru_cache(maxsize=1)
def _outlet_countries() -> dict[str, str]:
    """{gazetteer id of a news outlet: ISO code of its country} (reference/sources.yaml
    "country")."""
    return {slugify(row["name"]): str(row["country"]) for row in reference().sources if row.get("country")}


@lru_cache(maxsize=1)
def _demonyms_as_printed() -> frozenset[str]:
    """Every country's demonyms (countries.yaml, PLACE_LANGUAGES), lowercased with their
    accents kept: "lao" (English) is not the Vietnamese country name "lào". country_demonyms
    folds them."""
    return frozenset(d.lower() for row in reference().countries.values()
                     for lang in PLACE_LANGUAGES for d in ((row.get(lang) or {}).get("demonyms") or ()))


def _foreign_country_after(tokens: list[Token], end: int, outlet_id: str) -> bool:
    """Whether a country other than the news outlet's own is named right after its name, one
    space on (tokens[end]): the outlet's words then open another country's body of the same
    words, not the outlet ("Quân đội nhân dân Lào", the Lao People's Army, where "Quân đội
    nhân dân" is Vietnam's army newspaper; "Quân đội Nhân dân Trung Quốc"), as a body's name
    is qualified by its country after it in Vietnamese. False for an outlet of no listed
    country, for its own country after it, and for a demonym ("the BBC Somali service")."""
    home = _outlet_countries().get(outlet_id)
    if home is None or not 0 < end < len(tokens) or tokens[end].start - tokens[end - 1].end != 1:
        return False
    hit = reference().gazetteer.lookup(tokens, end)
    if hit is None or " ".join(t.text for t in tokens[end:hit[0]]).lower() in _demonyms_as_printed():
        return False  # "the BBC Somali service": a demonym describes the outlet's own service
    return any(e.kind == "country" and e.code and e.code != home for e in hit[1])


def _tail_of_body_name(tokens: list[Token], i: int) -> bool:
    """Whether tokens[i] continues a longer body's name: lowercase name connectors right
    before it (vocabulary name_connectors, not "and") that follow a capitalised head word of
    a body (vocabulary organisation_heads: "National Army for the Liberation of Uganda",
    "Movement for the Liberation of the Congo"). A news outlet's name met there ("Liberation"
    for Libération) is a word of that name, not the outlet."""
    ref = reference()
    connectors = ref.words("name_connectors") - ref.words("coordinating_conjunctions")  # "the Army and Reuters": two names
    k = i - 1
    while k >= 0 and tokens[k].folded in connectors and not tokens[k].is_capitalized:
        k -= 1
    return k < i - 1 and k >= 0 and tokens[k].is_capitalized and tokens[k].folded in _vocab_sets()["org_heads"]


def _head_word_after(tokens: list[Token], end: int) -> bool:
    """Whether tokens[end], right after a news outlet's name met in the text, is a body's head
    word (vocabulary organisation_heads) printed with its capital, one space after the name,
    alone or opening a hyphenated word ("the Oromo Liberation Army", "Liberation Front-in-Exile"):
    the outlet's word is a word of that body's name ("Liberation" for Libération), not the outlet."""
    if end >= len(tokens) or end == 0 or not tokens[end].is_capitalized or tokens[end].start - tokens[end - 1].end != 1:
        return False
    return fold(tokens[end].text.split("-")[0]) in _vocab_sets()["org_heads"]


@dataclass(frozen=True)
class _BodyForm:
    body_id: str  # the body's id in reference/generic_names.yaml generic_bodies
    name: str  # the body's English name
    capitals: tuple[bool, ...]  # per word of the form: written with a capital in the reference
    exact: bool = False  # a form of a language compared with its diacritics (Vietnamese: "Bộ Quốc phòng")


@lru_cache(maxsize=None)
def _generic_bodies() -> tuple[re.Pattern | None, dict[str, list[_BodyForm]]]:
    """reference/generic_names.yaml generic_bodies as one pattern over folded text (whole
    words, longest first) and, by folded form, what each form names."""
    forms: dict[str, list[_BodyForm]] = {}
    for row in load_reference("generic_names.yaml")["generic_bodies"]:
        for language, words in (row.get("forms") or {}).items():
            for form in words or []:
                caps = tuple(w[:1].isupper() for w in form.split())
                forms.setdefault(fold(form), []).append(_BodyForm(row["id"], row["name"], caps, language in EXACT_LANGUAGES))
    if not forms:
        return None, forms
    return re.compile(rf"(?<![\w'’])(?:{alternation(forms)})(?![\w-])"), forms


@lru_cache(maxsize=None)
def _generic_bodies_split() -> re.Pattern | None:
    """reference/generic_names.yaml generic_bodies' French and Spanish forms of several words
    as one pattern over folded text with one word between their first word and the rest
    ("ministere (malien) de la defense", "ministerio (uruguayo) de defensa", "ministere
    (sud-soudanais) de la defense"): group "head" the first word, "middle" the word between
    (hyphened words one word), "rest" the form's other words. Those
    languages put the demonym there ("le ministère malien de la Défense"); the caller checks
    that the word between is one (a demonym two countries share, quotes.yaml
    "shared_service_countries", leaves the body untied) and that head and rest make a form."""
    heads, rests = set(), set()
    for row in load_reference("generic_names.yaml")["generic_bodies"]:
        for language in HEAD_FIRST_LANGUAGES:
            for form in (row.get("forms") or {}).get(language) or []:
                head, _, rest = fold(form).partition(" ")
                if rest:
                    heads.add(head)
                    rests.add(rest)
    if not heads:
        return None
    return re.compile(rf"(?<![\w'’])(?P<head>{alternation(heads)})\s+(?P<middle>[^\W\d_]+(?:-[^\W\d_]+)*)\s+(?P<rest>{alternation(rests)})(?![\w-])")


def _country_at(tokens: list[Token], start: int, end_at: int | None = None) -> tuple[str, int] | None:
    """(country code, end token) of a country name or demonym at tokens[start] ("Vietnam's",
    "Brazilian", "Sri Lanka", "británico"); with end_at, only one that ends there."""
    if not 0 <= start < len(tokens):
        return None
    hit = reference().gazetteer.lookup(tokens, start)
    if hit is None or hit[1][0].kind != "country" or not hit[1][0].code or (end_at is not None and hit[0] != end_at):
        return None
    return hit[1][0].code, hit[0]


def _body_country(tokens: list[Token], first: int, last: int, sentence: str | None = None) -> tuple[str, int, int] | None:
    """The country a generic body at tokens[first:last+1] is printed with, as (code, first,
    last token of the whole mention): a country name or demonym right before it ("Vietnam's
    Ministry of Defence", "the Brazilian defence ministry") or right after it, alone or after
    a connector ("Ministry of Defence of Vietnam", "ministerio de Defensa de Chile",
    "ministère de la Défense du Sri Lanka", "ministerio de Defensa británico", "Bộ Quốc
    phòng Việt Nam"), or a Vietnamese country syllable right after it, given the sentence
    ("Bộ Ngoại giao Ý", the Italian foreign ministry: _syllable_after_body; countries.yaml
    leaves such syllables out). None when it is printed with none."""
    for j in range(max(0, first - 4), first):
        if (hit := _country_at(tokens, j, end_at=first)) is not None:
            return hit[0], j, last
    connectors = _of_words()
    after = last + 1
    for skip in range(0, 3):
        if skip and (after + skip - 1 >= len(tokens) or tokens[after + skip - 1].folded not in connectors):
            break
        if (hit := _country_at(tokens, after + skip)) is not None:
            return hit[0], first, hit[1] - 1
    if sentence is not None and (code := _syllable_after_body(sentence, tokens, after)):
        return code, first, after
    for words, code in _own_country_words().items():
        if tuple(t.folded for t in tokens[after:after + len(words)]) == words:
            return code, first, after + len(words) - 1
    return None


@lru_cache(maxsize=1)
def _own_country_words() -> dict[tuple[str, ...], str]:
    """Folded words a press writes after a national body for its own country -> that
    country's ISO code (generic_names.yaml own_country_words, per language of home_languages:
    "nước ta" -> VN)."""
    names = load_reference("generic_names.yaml")
    homes = names.get("home_languages") or {}
    return {tuple(fold(str(words)).split()): homes[language]
            for language, phrases in (names.get("own_country_words") or {}).items() if homes.get(language)
            for words in phrases or ()}


@lru_cache(maxsize=1)
def _office_titles_before_body() -> frozenset[tuple[str, ...]]:
    """The folded words of the titles that take a body's full name as their complement
    (generic_names.yaml office_titles_before_body: "bộ trưởng", "thứ trưởng"), every language."""
    names = load_reference("generic_names.yaml")
    return frozenset(tuple(fold(str(title)).split())
                     for titles in (names.get("office_titles_before_body") or {}).values() for title in titles or ())


def _office_title_before(tokens: list[Token], first: int) -> bool:
    """Whether the words right before tokens[first] are a title of an office whose
    complement is the body named from tokens[first] on ("Thứ trưởng Bộ Quốc phòng": the
    deputy minister's title, not the ministry; _office_titles_before_body)."""
    return any(len(title) <= first and tuple(t.folded for t in tokens[first - len(title):first]) == title
               for title in _office_titles_before_body())


def _syllable_after_body(sentence: str, tokens: list[Token], k: int) -> str | None:
    """The ISO code of a one-syllable Vietnamese country name (vocabulary "country_syllables")
    printed capitalised at tokens[k], right after a body's name and a space, with no
    capitalised word after it ("Bộ Nội vụ Mỹ", "Bộ Ngoại giao Ý ngày 22-2"): the body's
    country, as a state's own noun makes it (_country_syllable). Before a capitalised word the
    syllable may open a person's name ("Bộ Ngoại giao Anh Tuấn"): None, as elsewhere."""
    if not 0 < k < len(tokens) or (syllable := _syllable_at(sentence, tokens, k, "vi")) is None:
        return None
    code, name_after = syllable
    return None if name_after else code


@lru_cache(maxsize=None)
def _of_words() -> frozenset[str]:
    """The words that tie a body to its country after its name ("of Vietnam", "du Mali", "de
    l'Inde", "de los Estados Unidos", "của Việt Nam"), with the articles that may follow them,
    folded (vocabulary "country_joiners")."""
    return reference().words("country_joiners")


def _national_namesake(sentence: str, tokens: list[Token], i: int, end: int, entry: Entry) -> Found | None:
    """A country's own body named like an international one: a body of reference/
    organisations.yaml whose name holds a head word (department, council, committee...),
    printed right after the country's name or demonym ("the Vietnam Department of
    Peacekeeping Operations") or with the country after a connector ("le Département des
    opérations de maintien de la paix du Vietnam"). A possessive is not such a tie ("China's
    Security Council seat" is its seat on the UN's), nor the body's own country (its
    "home_country" or "armed_forces_of": "the Ugandan Allied Democratic Forces" is the group
    itself), nor the body's acronym after a country ("au Mali MISMA": the body serving there),
    nor a country the body's own name names ("... Training Mission in Somalia"). Returns the
    country's body (a candidate,
    id and name "<Country> <name>", code the country), else None."""
    ref = reference()
    if entry.kind != "organisation" or entry.id not in ref.organisations:
        return None
    if end - i == 1 and tokens[i].text in _ambiguous_acronyms():
        return None  # "NDC, PSC, of Bangladesh Army": an acronym other things share ties no country to it
    if not {t.folded for t in tokenize(entry.name)} & _vocab_sets()["heads"]:
        return None
    country = None
    before = tokens[i - 1] if i else None
    if (before is not None and strip_possessive(before.text) == before.text and _gap_is_space(sentence, before, tokens[i])
            and not _printed_as_acronym(sentence[tokens[i].start:tokens[end - 1].end], entry.id)):
        # "au Mali MISMA", "in Somalia EUTM Somalia": an acronym after a place's country is the
        # body serving there; a country's namesake prints the body's name ("Vietnam Department of ...")
        country = next(((hit[0], j, end - 1) for j in range(max(0, i - 4), i) if (hit := _country_at(tokens, j, end_at=i))), None)
    if country is None:
        # "of", not "in": "UNHCR in Chad" is the UN's office there
        connectors = _of_words()
        k = end
        while k < len(tokens) and k < end + 2 and tokens[k].folded in connectors:
            k += 1
        if k > end and (hit := _country_at(tokens, k)) is not None:
            country = (hit[0], i, hit[1] - 1)
    if country is None:
        return None
    code, first, last = country
    row = ref.organisations[entry.id]
    if code in (row.get("home_country"), row.get("armed_forces_of")):
        return None  # "le groupe armé ougandais Forces démocratiques alliées": its own country describes it
    if fold(ref.country_entry(code).name) in fold(entry.name):
        return None  # "European Union Training Mission in Somalia": its own name names the country
    name = f"{ref.country_entry(code).name} {entry.name}"
    return Found("organisation", slugify(name), name, sentence, [sentence[tokens[first].start:tokens[last].end]], code=code)


def _printed_as_acronym(surface: str, body_id: str) -> bool:
    """Whether a known body's printed form (str) is one of its acronyms in organisations.yaml,
    in any language, compared folded ("MISMA", "EUTM-RCA", "EUTM Somalia"), not one of its
    names."""
    acronyms = reference().organisations[body_id].get("acronyms") or {}
    forms = {fold(a) for values in acronyms.values() for a in (values or [])}
    return fold(surface) in forms


def generic_bodies_in(sentence: str, tokens: list[Token]) -> list[tuple[Found, int, int]]:
    """The bodies every country has (reference/generic_names.yaml generic_bodies) named in a
    sentence, each as (Found, first, last token of the mention with its country). A form is
    taken when a word the reference capitalises is capitalised in the text ("Ministry of
    Defence", "ministerio de Defensa"), or in lowercase after a definite determiner ("the
    defence ministry said") or with its country ("Sri Lanka's foreign ministry"). Printed
    with a country, the body is that country's: id "<body>-of-<country>", name "<name> of
    <Country>" ("Ministry of Defence of Vietnam"), so two countries' ministries are two
    actors; else its plain id and name."""
    pattern, forms = _generic_bodies()
    if pattern is None:
        return []
    results = []
    for match in pattern.finditer(fold_same_length(sentence)):
        span = _tokens_starting_in(tokens, match.start(), match.end())
        if span and (body := _generic_body_at(sentence, tokens, forms[match.group()][0], span[0], span[-1])) is not None:
            results.append(body)
    taken = [(tokens[first].start, tokens[last].end) for _f, first, last in results]
    return results + _split_generic_bodies(sentence, tokens, forms, taken)


def _tokens_starting_in(tokens: list[Token], start: int, end: int) -> list[int]:
    """The indexes of the tokens that start from character offset start up to end (excluded),
    in order: the words a pattern's match covers."""
    return [k for k, t in enumerate(tokens) if start <= t.start < end]


def _generic_body_at(sentence: str, tokens: list[Token], form: _BodyForm, first: int,
                     last: int) -> tuple[Found, int, int] | None:
    """The generic body a form of generic_names.yaml printed at tokens[first:last + 1] names
    (generic_bodies_in), as (Found, first, last token of the mention with its country), or
    None: printed with a word the reference capitalises capitalised, or after a definite
    determiner (vocabulary "definite_determiners"), or with its country (_body_country); in
    Vietnamese with its first word capitalised where the reference capitalises it (the press
    writes "Bộ Quốc phòng"; the "bộ" of "cán bộ Quốc phòng", a cadre, is no ministry's); not
    after an office's title (_office_title_before: "Thứ trưởng Bộ Quốc phòng"). A ministry's
    portfolio tail (_portfolio_tail) is the mention's: the country after it ("Ministry of
    Foreign Affairs and Expatriates of Lebanon"), or the name's own after its country
    ("Lebanon's Ministry of Foreign Affairs and Emigrants said"); with no country, the tail is
    the mention's only through a known name (_known_name_between_portfolios: "..., Unión
    Europea y Cooperación")."""
    words = tokens[first:last + 1]
    if form.exact and form.capitals[0] and not words[0].is_capitalized:
        return None  # "cán bộ Quốc phòng": "bộ" a syllable of "cán bộ" (a cadre), not the ministry's "Bộ"
    capitalised = any(cap and t.is_capitalized for cap, t in zip(form.capitals, words))
    country = _body_country(tokens, first, last, sentence)
    after_determiner = first > 0 and tokens[first - 1].folded in reference().words("definite_determiners")
    if not (capitalised or country or after_determiner):
        return None
    if _office_title_before(tokens, first):
        return None  # "Thứ trưởng Bộ Quốc phòng": a deputy minister's title, no mention of the ministry
    tail = None
    if country is None and (tail := _portfolio_tail(sentence, tokens, last)) is not None:
        country = _body_country(tokens, first, tail)
        if country is not None and country[1] != first:
            country = None  # a country before the form was looked for already
    elif country is not None and country[2] == last and (tail := _portfolio_tail(sentence, tokens, last, known_ends=True)) is not None:
        country = (country[0], country[1], tail)
    if country is None:
        through = tail is not None and any(_known_name_between_portfolios(sentence, tokens, k, reference().words("portfolio_joiners"))
                                           is not None for k in range(last + 1, tail))
        return (_generic_body(form, sentence, _span_text(sentence, tokens, [first, last])),
                first, tail if through else last)
    code, start, end = country
    return _generic_body(form, sentence, _span_text(sentence, tokens, [start, end]), code), start, end


def _split_generic_bodies(sentence: str, tokens: list[Token], forms: dict[str, list[_BodyForm]],
                          taken: list[tuple[int, int]]) -> list[tuple[Found, int, int]]:
    """The generic bodies printed with the country's demonym after the body's first word, as
    French and Spanish put it ("le ministère malien de la Défense", "el Ministerio uruguayo de
    Defensa": _generic_bodies_split), as (Found, first, last token): the country's body; a
    demonym two countries share leaves the body untied (_shared_service_countries: "le
    ministère congolais de la Défense", as "le ministère de la Défense congolais" does). forms:
    the generic forms by folded text (_generic_bodies); taken: character spans of the bodies
    found already, none overlapped."""
    split = _generic_bodies_split()
    results = []
    for match in split.finditer(fold_same_length(sentence)) if split is not None else ():
        key = f"{match['head']} {match['rest']}"
        if key not in forms or any(a < match.end() and match.start() < b for a, b in taken):
            continue
        span = _tokens_starting_in(tokens, match.start(), match.end())
        middle = next((k for k in span if tokens[k].start == match.start("middle")), None)
        if middle is None:
            continue
        form = forms[key][0]
        first, last = span[0], span[-1]
        hit = _country_at(tokens, middle, end_at=middle + 1)
        if hit is not None or tokens[middle].folded in _shared_service_countries():
            results.append((_generic_body(form, sentence, sentence[tokens[first].start:tokens[last].end], hit and hit[0]), first, last))
    return results


# The most words a ministry's portfolio tail may have ("and Expatriates", ", Unión Europea y
# Cooperación", "et de la Coopération internationale"): _portfolio_tail.
PORTFOLIO_TAIL_WORDS = 6


def _portfolio_tail(sentence: str, tokens: list[Token], last: int, known_ends: bool = False) -> int | None:
    """The last token of the further portfolios a ministry's name goes on with after a generic
    body's form ending at tokens[last]: a joiner (vocabulary "portfolio_joiners": "and", "et",
    "y") or a comma, then up to PORTFOLIO_TAIL_WORDS capitalised words, lowercase connectors
    (vocabulary "name_connectors") and an adjective after a capitalised word ("Ministry of
    Foreign Affairs and Expatriates", "Ministerio de Asuntos Exteriores, Unión Europea y
    Cooperación", "ministère des Affaires étrangères et de la Coopération internationale").
    A country, a body's head word ("and the Army") or, with known_ends, a name the reference
    knows ("and Hezbollah"), and then a capitalised word right after the tail, end no tail: None.
    The caller ties the body to the country printed after the tail, or (known_ends) to the
    country printed before the form."""
    sets = _vocab_sets()
    joiners = reference().words("portfolio_joiners")
    k = last + 1
    if k >= len(tokens):
        return None
    gap = sentence[tokens[last].end:tokens[k].start].strip()
    if tokens[k].folded in joiners and not tokens[k].is_capitalized and not gap:
        k += 1
    elif gap != ",":
        return None
    end, words, previous_capital = None, 0, False
    while k < len(tokens) and words < PORTFOLIO_TAIL_WORDS:
        token = tokens[k]
        if sentence[tokens[k - 1].end:token.start].strip() not in ("", ","):
            break
        if token.is_capitalized:
            if (token.folded in sets["heads"] or _country_at(tokens, k) is not None
                    or (known_ends and reference().gazetteer.lookup(tokens, k) is not None)):
                inner = _known_name_between_portfolios(sentence, tokens, k, joiners)
                if inner is None:
                    break
                # "Unión Europea" in "..., Unión Europea y Cooperación": a portfolio, not the body
                words += inner - k
                k = inner
            end, previous_capital = k, True
        elif token.folded in sets["connectors"] or token.folded in joiners:
            previous_capital = False
        elif previous_capital and token.text.isalpha():
            end, previous_capital = k, False  # "Coopération internationale"
        else:
            break
        k += 1
        words += 1
    if end is None or (known_ends and end + 1 < len(tokens) and tokens[end + 1].is_capitalized):
        return None
    return end


def _known_name_between_portfolios(sentence: str, tokens: list[Token], k: int, joiners: frozenset[str]) -> int | None:
    """The last token of a listed organisation's name opening at tokens[k] inside a ministry's
    list of portfolios: a joiner (vocabulary "portfolio_joiners") in lowercase and a further
    capitalised portfolio follow it ("Ministerio de Asuntos Exteriores, Unión Europea y
    Cooperación"). None where no listed organisation opens there, the list ends with it
    ("Ministry of Defence and Hezbollah"), it is printed by its acronym (a portfolio is
    written in words: "the Minister of Defence, ECOWAS and Malian officials") or a country or
    demonym follows the joiner ("..., African Union and Malian officials"): the list names
    participants, and the body itself is named."""
    hit = reference().gazetteer.lookup(tokens, k)
    if hit is None or not any(e.kind == "organisation" for e in hit[1]):
        return None
    after = hit[0]
    if all(t.is_acronym for t in tokens[k:after]):
        return None
    if after + 1 >= len(tokens) or tokens[after].folded not in joiners or tokens[after].is_capitalized:
        return None
    if (sentence[tokens[after - 1].end:tokens[after].start].strip() or not tokens[after + 1].is_capitalized
            or _country_at(tokens, after + 1) is not None):
        return None
    return after - 1


def _without_portfolio_names(sentence: str, tokens: list[Token], found: list[Found]) -> list[Found]:
    """found, less a known organisation named between two portfolios of a minister's title or
    a ministry (_known_name_between_portfolios), right after a comma closing a portfolio that a
    word of vocabulary "portfolio_heads", a connector and capitalised words open ("el ministro
    de Asuntos Exteriores, Unión Europea y Cooperación, X"), and less what was found by pattern
    from its first word ("Unión Europea y Cooperación"): portfolios, no bodies. A known body
    after a title with no portfolio ("the defence ministers, NATO and Australia") stays."""
    joiners = reference().words("portfolio_joiners")
    heads = reference().words("portfolio_heads")
    connectors = _vocab_sets()["connectors"]
    starts = {t.start: k for k, t in enumerate(tokens)}
    dropped: set[int] = set()
    for f in found:
        span = _printed_span(sentence, f) if f.kind == "organisation" and f.known else None
        k = starts.get(span[0]) if span else None
        if not k or sentence[tokens[k - 1].end:tokens[k].start].strip() != ",":
            continue
        if _known_name_between_portfolios(sentence, tokens, k, joiners) is None or not tokens[k - 1].is_capitalized:
            continue
        head = next((h for h in range(k - 2, max(-1, k - 2 - PORTFOLIO_TAIL_WORDS), -1) if tokens[h].folded in heads), None)
        if head is not None and tokens[head + 1].folded in connectors:
            dropped.add(span[0])
    if not dropped:
        return found
    return [f for f in found if not ((span := _printed_span(sentence, f)) and span[0] in dropped
                                     and f.kind in ("organisation", "initiative", "unresolved"))]


def _generic_body(form, sentence: str, surface: str, code: str | None = None) -> Found:
    """A generic body (a row of _generic_bodies' forms) named in sentence by surface: with code
    (ISO 3166-1 alpha-2), that country's, id "<body>-of-<country>" and name "<name> of
    <Country>" ("Ministry of Defence of Vietnam"); else its plain id and name."""
    if code is None:
        return Found("organisation", form.body_id, form.name, sentence, [surface])
    country_name = reference().country_entry(code).name
    return Found("organisation", f"{form.body_id}-of-{slugify(country_name)}", f"{form.name} of {country_name}",
                 sentence, [surface], code=code)


@lru_cache(maxsize=1)
def _national_services() -> tuple[tuple[str, str, str], ...]:
    """reference/quotes.yaml "national_services" (a country's army, air force, navy, armed
    forces) as rows (English service, language, folded form), in the table's order: the one
    reading of the table, _national_service_forms and _service_words_of take theirs from it."""
    table = load_reference("quotes.yaml").get("national_services") or {}
    return tuple((str(service), language, fold(str(w))) for service, by_language in table.items()
                 for language, words in (by_language or {}).items() for w in words or [])


@lru_cache(maxsize=None)
def _national_service_forms() -> tuple[re.Pattern | None, dict[str, str], frozenset[str]]:
    """reference/quotes.yaml "national_services" (_national_services) as one pattern over
    folded text, whole words, longest first; folded form -> the English service; and the forms
    that are also adjectives ("military"), taken only after a possessive country ("Israel's
    military")."""
    table = load_reference("quotes.yaml")
    forms = {form: service for service, _language, form in _national_services()}
    adjectives = frozenset(fold(str(w)) for words in (table.get("national_service_adjectives") or {}).values() for w in words or [])
    if not forms:
        return None, forms, adjectives
    return re.compile(rf"(?<![\w-])(?:{alternation(forms)})(?![\w-])"), forms, adjectives


@lru_cache(maxsize=None)
def _service_plurals() -> dict[str, frozenset[str]]:
    """{folded form: folded determiners} of reference/quotes.yaml "national_service_plurals":
    a service's plural that is also an adjective's ("armées"), a country's forces only after
    one of the determiners ("les armées sénégalaises", not "des bandes armées nigérianes")."""
    rows = (load_reference("quotes.yaml").get("national_service_plurals") or {}).values()
    return {fold(str(form)): frozenset(fold(str(d)) for d in row.get("determiners") or [])
            for row in rows for form in row.get("forms") or []}


@lru_cache(maxsize=None)
def _service_qualified() -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """{English service: (folded words after, folded words before)} of reference/quotes.yaml
    "national_service_qualified", every language's words together: beside them the service's
    word qualifies another noun ("Senegalese police officers", "une unité de police
    sénégalaise") and names no body."""
    rows = load_reference("quotes.yaml").get("national_service_qualified") or {}

    def words(row: dict, side: str) -> frozenset[str]:
        return frozenset(fold(str(w)).rstrip("'\u2019") for ws in (row.get(side) or {}).values() for w in ws or [])
    return {str(service): (words(row or {}, "after"), words(row or {}, "before")) for service, row in rows.items()}


@lru_cache(maxsize=1)
def _qualifying_before() -> frozenset[str]:
    """The words before a service's word that make it qualify the noun before them, of every
    service of quotes.yaml "national_service_qualified" ("de", "d'": "officiers de
    gendarmerie", "Chef d'État-major"): a service printed with no country after one of them
    names no body (_untied_national_force)."""
    return frozenset(w for _after, before in _service_qualified().values() for w in before)


def _qualifies_noun(service: str, tokens: list[Token], first: int, last: int) -> bool:
    """Whether the service's word at tokens[first:last+1] only qualifies a noun beside it
    (_service_qualified): "police" in "Malian police officers", "unité de police"."""
    after, before = _service_qualified().get(service, (frozenset(), frozenset()))
    return (last + 1 < len(tokens) and tokens[last + 1].folded in after) \
        or (first > 0 and tokens[first - 1].folded.rstrip("'\u2019") in before)


@lru_cache(maxsize=1)
def _body_place_heads() -> tuple[frozenset[str], frozenset[str], int, frozenset[str]]:
    """vocabulary "body_place_heads" folded: (the heads of every language, the Vietnamese ones,
    which take no joining word, the most words of a head, the joining words and articles
    that may follow a head, _of_words without an apostrophe closing them)."""
    ref = reference()
    heads = ref.words("body_place_heads", languages=("en", "fr", "es", "vi"))
    joiners = frozenset(w.rstrip("'\u2019") for w in _of_words())
    return heads, ref.words("body_place_heads", languages=("vi",)), max((len(h.split()) for h in heads), default=0), joiners


JOINER_WORDS = 3  # the most joining words and articles between a place's head and a body's name


def _in_place_name(tokens: list[Token], first: int) -> bool:
    """Whether the body's name opening at tokens[first] closes a place's or an institution's
    name: a head of vocabulary "body_place_heads" printed capitalised before it, then one to
    JOINER_WORDS joining words and articles (vocabulary "country_joiners": "the Museum of the
    Armed Forces", "le Musée des Forces armées", "el Museo de las Fuerzas Armadas"), none in
    Vietnamese ("Bảo tàng Quân đội"). Such a name is the place's, not the body acting in the
    sentence (where the body also acts, it is named again on its own)."""
    heads, joinless, longest, joiners = _body_place_heads()
    j = first
    while j > 0 and first - j < JOINER_WORDS and tokens[j - 1].folded.rstrip("'\u2019") in joiners:
        j -= 1
    for n in range(1, longest + 1):
        if j - n < 0:
            break
        head = " ".join(t.folded for t in tokens[j - n:j])
        if head in heads and tokens[j - n].is_capitalized and (j < first or head in joinless):
            return True
    return False


@lru_cache(maxsize=None)
def _listed_national_bodies(mark: str) -> dict[str, dict]:
    """{country code: organisations.yaml row} of the bodies whose field `mark` ("police_of",
    "armed_forces_of") names a country: the one listed body of that kind of each country (the
    last row, where two name the same one)."""
    return {str(row[mark]): row for row in reference().organisations.values() if row.get(mark)}


def _listed_police() -> dict[str, dict]:
    """{country code: organisations.yaml row} of the bodies marked "police_of": the one listed
    national police of a country."""
    return _listed_national_bodies("police_of")


# The national police: printed with its country it is the police organisations.yaml lists for
# it ("police_of"); with a demonym two countries share it is tied as the armed forces are. A
# police no row lists is left alone, except where it speaks (_police_speaks: "the Nepali police
# said", "selon la police béninoise"), then "<Demonym> Police": made for every mention it
# lowered the test set's organisations (its officers and units are too often printed so).
_POLICE = "Police"
# A country's gendarmerie (quotes.yaml national_services): the body organisations.yaml marks
# "gendarmerie_of" for the country (Canada's: the RCMP), else "<Demonym> National Gendarmerie".
_GENDARMERIE = "National Gendarmerie"


def _listed_armed_forces() -> dict[str, dict]:
    """{country code: organisations.yaml row} of the bodies marked "armed_forces_of": the one
    listed national armed forces of a country."""
    return _listed_national_bodies("armed_forces_of")


# The services that are the whole of a country's forces ("army", "military", "armed forces"):
# they name its listed armed forces; an air force or a navy is a branch and keeps its own name.
_WHOLE_FORCES = frozenset({"Army", "Armed Forces"})


def national_forces_in(sentence: str, tokens: list[Token], found: list[Found],
                      bodies: list[tuple[Found, int, int]] | None = None) -> list[tuple[Found, int, int]]:
    """A country's army, air force, navy or armed forces printed with the country ("Lebanon's
    army", "the Israeli military", "l'armée israélienne", "el ejército de Perú", "Quân đội
    Việt Nam"), each as (Found, first, last token of the mention with its country). The
    army, military or armed forces of a country that organisations.yaml lists armed forces
    for ("armed_forces_of") is that body, written any way; otherwise, or for a branch, the
    body is "<English demonym> <Service>" ("Peruvian Army", code the country), as quote
    speakers name it, the army, military and armed forces of one country one actor (id
    "armed-forces-of-<country>", named as first printed), unless capitalised as a name after its
    country ("Pakistan Army": the name as printed is found by pattern); capitalised with its
    country after it ("Fuerzas Armadas de Uruguay", "Armed Forces of Ghana") it is the
    demonym's, the country's first in countries.yaml ("Uruguayan Armed Forces"), in English whatever the language printed. A service word inside a known body's name ("Revolutionary
    Armed Forces of Colombia") and an adjective form neither after a possessive country nor
    before a joining word and its country ("Chinese military engineers"; not "the military of
    Chad") name none. A country's police printed with it ("la police
    congolaise", "la policía haitiana") is the police organisations.yaml lists for the country
    ("police_of"), tied as the armed forces are where the demonym is shared; a police no row
    lists is "<Demonym> Police" only where it speaks (_police_speaks: "the Nepali police said",
    "selon la police béninoise"), else none; a service word qualifying a noun ("Senegalese
    police officers", "une unité de police": quotes.yaml "national_service_qualified") names
    none. A bare service coordinated with the next, whose country follows it, is that country's
    too, as is each one listed before it by commas ("el Ejército, la Armada y la Fuerza Aérea
    de Chile": _coordinated_service); a plural service with two countries names both forces
    (_coordinated_countries_forces); a gendarmerie is the body organisations.yaml marks
    "gendarmerie_of" for its country (Canada's: the RCMP), else "<Demonym> National Gendarmerie".
    found: the sentence's entities so far; bodies: the sentence's generic bodies as
    generic_bodies_in gives them, read here when not given."""
    pattern, forms, adjectives = _national_service_forms()
    matches = list(pattern.finditer(fold_same_length(sentence))) if pattern is not None else []
    if not matches:
        return []  # no service's word: the sentence's generic bodies are not read again
    known_spans = _bodies_printed(sentence, tokens, found, bodies)
    results = []
    # the services left with no country, in a list joined by commas: (printed, first, last) each
    untied: list[tuple[str, int, int]] = []
    for match in matches:
        if any(a <= match.start() and match.end() <= b for a, b in known_spans):
            continue
        span = _tokens_starting_in(tokens, match.start(), match.end())
        if not span:
            continue
        force = _national_force_at(sentence, tokens, match.group(), span[0], span[-1])
        if force is not None and untied and (shared := _coordinated_service(sentence, tokens, untied[-1], force, span)):
            # "el Ejército, la Armada y la Fuerza Aérea de Chile": the list's earlier services too
            results.extend(_tied_national_force(sentence, tokens, printed, first, last, (force[0].code, first, last))
                           for printed, first, last in untied[:-1])
            results.append(shared)
        if force is not None:
            results.append(force)
            if match.group() in _plural_service_forms():
                results.extend(_coordinated_countries_forces(sentence, tokens, match.group(), span, force))
            untied = []
        elif untied and _comma_joined(sentence, tokens, untied[-1][2], span[0]):
            untied.append((match.group(), span[0], span[-1]))
        else:
            untied = [(match.group(), span[0], span[-1])]
    return [r for r in results if r is not None]


def _comma_joined(sentence: str, tokens: list[Token], last: int, first: int) -> bool:
    """Whether the words ending at tokens[last] and those opening at tokens[first] are two
    items of a list joined by a comma alone, an article (vocabulary "name_articles") or not
    after it ("el Ejército, la Armada": last, first token indexes)."""
    between = tokens[last + 1:first]
    if len(between) > 1 or (between and between[0].folded not in reference().words("name_articles")):
        return False
    return sentence[tokens[last].end:(between[0] if between else tokens[first]).start].strip() == ","


@lru_cache(maxsize=1)
def _plural_service_forms() -> frozenset[str]:
    """reference/quotes.yaml "national_service_plural_forms": the folded plural forms of a
    country's services ("armies", "ejercitos", "armees")."""
    return frozenset(fold(str(w)) for w in load_reference("quotes.yaml").get("national_service_plural_forms") or [])


def _coordinated_countries_forces(sentence: str, tokens: list[Token], printed: str, span: list[int],
                                  force: tuple[Found, int, int]) -> list[tuple[Found, int, int]]:
    """The forces of the other country a plural service's words are printed with, coordinated
    with the first by a conjunction (vocabulary "coordinating_conjunctions"): after the words
    ("los ejércitos uruguayo y brasileño", "the armies of Mali and Niger", "les armées du Mali et
    du Niger": a connector may open the second country) or before them ("the Malian and
    Burkinabe armies"); not a country in the possessive after them, which owns the noun after
    it ("the armies of Mali and Niger's neighbours"). printed: the service's words as matched, folded; span: their
    tokens; force: the force found with the first country, (Found, first, last token of the
    mention). Each other country's force as _tied_national_force makes it, its mention the
    other country's words alone (the whole phrase would read as two names joined, dropped by
    _without_coordinated_known_pairs); [] when none."""
    _found, start, end = force
    first, last = span[0], span[-1]
    country = _body_country(tokens, first, last, sentence)
    if country is None:
        return []
    sets = _vocab_sets()
    conjunctions = sets["conjunctions"]
    other = None
    if end > last and end + 1 < len(tokens) and tokens[end + 1].folded in conjunctions:
        at = end + 2 + (end + 2 < len(tokens) and tokens[end + 2].folded in sets["connectors"])  # "et du Niger"
        hit = _country_at(tokens, at)
        if hit is not None and strip_possessive(tokens[hit[1] - 1].text) == tokens[hit[1] - 1].text:
            other = (hit[0], at, hit[1] - 1)  # not "Mali and Niger's neighbours": Niger's owns the noun after it
    elif start < first and start >= 2 and tokens[start - 1].folded in conjunctions:
        for j in range(max(0, start - 4), start - 1):
            if (hit := _country_at(tokens, j, end_at=start - 1)) is not None:
                other = (hit[0], j, start - 2)
                break
    if other is None or other[0] == country[0]:
        return []
    second = _tied_national_force(sentence, tokens, printed, first, last, other)
    return [second] if second is not None else []


def _coordinated_service(sentence: str, tokens: list[Token], untied: tuple[str, int, int],
                         force: tuple[Found, int, int], span: list[int]) -> tuple[Found, int, int] | None:
    """The force of a service printed with no country of its own, coordinated with the next
    service, whose country stands after it: "la Marina y la Fuerza Aérea del Perú", "the Navy
    and Air Force of Peru" name Peru's navy as much as its air force (and, the caller reading
    on, the services listed before it by commas: "el Ejército, la Armada y la Fuerza Aérea de
    Chile", _comma_joined). untied: (printed, first,
    last) of the bare service as _national_force_at reads it; force: the next service's (Found,
    first, last token of its mention with its country); span: the next service's own tokens.
    Only a coordinating conjunction (vocabulary "coordinating_conjunctions") between the two,
    with an article (vocabulary "name_articles") or not; None otherwise, and where the country
    stands before the next service ("the Navy and the Peruvian Air Force") or is no country's."""
    printed, first, last = untied
    found, start, end = force
    if found.code is None or start != span[0] or end <= span[-1]:
        return None  # no country of its own, or printed before it: "the Navy and the Peruvian Air Force"
    sets = _vocab_sets()
    between = tokens[last + 1:span[0]]
    if not between or between[0].folded not in sets["conjunctions"] or len(between) > 2 \
            or (len(between) == 2 and between[1].folded not in reference().words("name_articles")):
        return None
    return _tied_national_force(sentence, tokens, printed, first, last, (found.code, first, last))


def _bodies_printed(sentence: str, tokens: list[Token], found: list[Found],
                    bodies: list[tuple[Found, int, int]] | None) -> list[tuple[int, int]]:
    """(start, end) character offsets in sentence of the known organisations, initiatives and
    missions of found, then of the generic bodies (bodies, as generic_bodies_in gives them;
    read here when None): a service's words inside them name no national force ("le ministère
    des Forces armées du Sénégal")."""
    known_spans = []
    for f in found:
        if f.known and f.kind in ("organisation", "initiative", "mission") and (span := _printed_span(sentence, f)) is not None:
            known_spans.append(span)
    if bodies is None:
        bodies = generic_bodies_in(sentence, tokens)
    known_spans.extend((tokens[first].start, tokens[last].end) for _body, first, last in bodies)
    return known_spans


def _national_force_at(sentence: str, tokens: list[Token], printed: str, first: int, last: int) -> tuple[Found, int, int] | None:
    """The national force a service's words name (printed: the words as the service pattern
    matched them, folded; tokens[first:last + 1]: their tokens), as (Found, first, last token of
    the mention with its country), or None: not an adjective after no determiner
    (_service_plurals: "des bandes armées nigérianes"), nor a service qualifying a noun
    (_qualifies_noun: "Senegalese police officers"); with its country (_body_country) the
    country's force (_tied_national_force), else a force of a shared demonym or with no
    country (_untied_national_force)."""
    if (determiners := _service_plurals().get(printed)) is not None \
            and (first == 0 or tokens[first - 1].folded not in determiners):
        return None  # "des bandes armées nigérianes": an adjective
    _pattern, forms, _adjectives = _national_service_forms()
    if _qualifies_noun(forms[printed], tokens, first, last):
        return None  # "Senegalese police officers", "une unité de police sénégalaise": no body
    country = _body_country(tokens, first, last, sentence)  # the sentence: "quân đội Pháp", a country syllable
    if country is None:
        return _untied_national_force(sentence, tokens, printed, first, last)
    return _tied_national_force(sentence, tokens, printed, first, last, country)


def _untied_national_force(sentence: str, tokens: list[Token], printed: str, first: int,
                           last: int) -> tuple[Found, int, int] | None:
    """The force a service's words name with no country of their own (national_forces_in; the
    arguments as _national_force_at reads them): the whole forces or the police of a demonym
    two countries share (_shared_country_beside: "the Congolese army", id
    _SHARED_FORCES / _SHARED_POLICE and the codes, tied later by join_article_names), or the
    whole forces, a branch (navy, air force) or a gendarmerie printed as a name with no country
    (_untied_forces_name: "las Fuerzas Armadas", "del Ejército", "la Armada", "la Gendarmerie
    mobile"; id _untied_id of the service, tied later by join_article_names); else None."""
    _pattern, forms, adjectives = _national_service_forms()
    service = forms[printed]
    if service in (*_WHOLE_FORCES, _POLICE) and (shared := _shared_country_beside(tokens, first, last)):
        codes, start, end = shared
        surface = _span_text(sentence, tokens, [start, end])
        prefix = _SHARED_POLICE if service == _POLICE else _SHARED_FORCES
        return Found("organisation", prefix + "-".join(codes).lower(), surface, sentence, [surface]), start, end
    if service != _POLICE and printed not in adjectives and _untied_forces_name(tokens, first, last) \
            and not (first > 0 and tokens[first - 1].folded.rstrip("'\u2019") in _qualifying_before()):
        surface = sentence[tokens[first].start:tokens[last].end]
        return Found("organisation", _untied_id(service), surface, sentence, [surface]), first, last
    return None


def _tied_national_force(sentence: str, tokens: list[Token], printed: str, first: int, last: int,
                         country: tuple[str, int, int]) -> tuple[Found, int, int] | None:
    """The force a service's words name with their country (country: (code, first, last token
    of the mention), _body_country; the other arguments as _national_force_at reads them):
    the country's listed armed forces, police or gendarmerie (_listed_armed_forces,
    _listed_police, organisations.yaml "gendarmerie_of"), else
    "<English demonym> <Service>" (the whole forces of one country one actor, id
    "armed-forces-of-<country>"; a police only where it speaks, _police_speaks). None for an
    adjective form neither after a possessive country nor before a joining word and its
    country nor read as a noun ("Chinese military engineers"; not "Israel's military", "the
    military of Chad", "the Israeli military said"), and for a service capitalised as a name
    after its country ("Pakistan Army": found by pattern)."""
    _pattern, forms, adjectives = _national_service_forms()
    code, start, end = country
    if printed in adjectives and not (start < first and re.search(r"['\u2019]s\s*$", sentence[:tokens[first].start])) \
            and not (start == first and end > last + 1 and tokens[last + 1].folded in _of_words()) \
            and not (start < first and _adjective_form_as_noun(sentence, tokens, start, last)):
        return None
    service = forms[printed]
    surface = _span_text(sentence, tokens, [start, end])
    body = (_listed_armed_forces().get(code) if service in _WHOLE_FORCES else _listed_police().get(code) if service == _POLICE
            else _listed_national_bodies("gendarmerie_of").get(code) if service == _GENDARMERIE else None)
    if body is not None:
        return Found("organisation", body["id"], body["name"], sentence, [surface], known=True), start, end
    if service == _POLICE and not _police_speaks(sentence, tokens, start, end):
        return None  # a police no row lists for its country: not told from its officers or units
    if start < first and all(t.is_capitalized for t in tokens[first:last + 1]):
        return None
    return national_force_of(code, service, sentence, [surface]), start, end


def national_force_of(code: str, service: str, sentence: str, surfaces: list[str]) -> Found:
    """The body a country's service is (code: ISO 3166-1 alpha-2; service: an English service
    of quotes.yaml "national_services", "Army", "Navy", "National Gendarmerie"...; sentence and
    surfaces: where and as what it is printed): the country's listed armed forces for its whole
    forces ("Army", "Armed Forces": organisations.yaml "armed_forces_of"), its listed
    gendarmerie ("gendarmerie_of"), else "<English demonym> <Service>" (tests/corpus/README.md:
    "<Demonym> Army or <Demonym> Armed Forces as printed", a navy or an air force likewise), the
    whole forces of one country one actor (id "armed-forces-of-<country>"). Police is not read
    here (_tied_national_force: a police no row lists names a body only where it speaks)."""
    body = (_listed_armed_forces().get(code) if service in _WHOLE_FORCES
            else _listed_national_bodies("gendarmerie_of").get(code) if service == _GENDARMERIE else None)
    if body is not None:
        return Found("organisation", body["id"], body["name"], sentence, list(surfaces), known=True)
    name = f"{english_demonym(code)} {service}"
    body_id = f"armed-forces-of-{slugify(reference().country_entry(code).name)}" if service in _WHOLE_FORCES else slugify(name)
    return Found("organisation", body_id, name, sentence, list(surfaces), code=code)


@lru_cache(maxsize=None)
def _quotes_list(key: str) -> tuple[tuple[str, str], ...]:
    """Every language's words of one reference/quotes.yaml list ("speech_verbs",
    "source_markers"), each as (language, word as printed); () when the list is absent."""
    rows = load_reference("quotes.yaml").get(key) or {}
    return tuple((language, str(w)) for language, ws in rows.items() for w in ws or [])


@lru_cache(maxsize=None)
def _speaking_patterns() -> tuple[re.Pattern | None, re.Pattern | None]:
    """reference/quotes.yaml read for a body that speaks, every language's words together, as
    compared (folded; Vietnamese lowercased with its diacritics, as quotes.py compares it):
    (a speech verb opening the text after the body, "speech_verbs"; a source marker or a
    spokesperson's word and its joining word closing the text before it, "source_markers",
    "body_voices", "voice_joiners", with an optional article, "definite_articles"). Each list
    is written by text.alternation (longest first, the same pattern in every run)."""
    def words(key: str) -> frozenset[str]:
        return frozenset((w.lower() if language == "vi" else fold(w)) for language, w in _quotes_list(key))

    verbs, markers, voices, joiners, articles = (words(k) for k in ("speech_verbs", "source_markers", "body_voices", "voice_joiners",
                                                                      "definite_articles"))
    after = re.compile(rf"\s*(?:{alternation(verbs)})(?![\w-])") if verbs else None
    leads = [alternation(markers)] if markers else []
    if voices and joiners:
        leads.append(rf"(?:{alternation(voices)})\s+(?:{alternation(joiners)})")
    article = rf"(?:\s+(?:{alternation(articles)}))?" if articles else ""
    before = re.compile(rf"(?<![\w-])(?:{'|'.join(leads)}){article}\s*$") if leads else None
    return after, before


def _police_speaks(sentence: str, tokens: list[Token], start: int, end: int) -> bool:
    """Whether a country's police printed at tokens[start:end+1] speaks there: a speech verb
    right after it ("the Nepali police said", "la police nigérienne a indiqué", "la policía
    nepalí informó"), or a source marker or a spokesperson's word right before it ("selon la
    police béninoise", "a spokesman for the Senegalese police"). Speaking, it is the body,
    not its officers or units (quotes.yaml vocabulary; see _speaking_patterns)."""
    after, before = _speaking_patterns()
    text = sentence.lower()
    folded = fold_same_length(sentence)
    for compared in (folded, text):
        if after is not None and after.match(compared, tokens[end].end):
            return True
        if before is not None and before.search(compared[:tokens[start].start]):
            return True
    return False


@lru_cache(maxsize=1)
def _body_noun_pattern() -> re.Pattern:
    """The body's noun printed right before a name (vocabulary "named_body_nouns" behind one
    of "named_body_articles"; a Vietnamese noun with no article), over folded text, anchored
    at the end: "the NGO ", "l'ONG « ", "tổ chức phi chính phủ ". The name may open with an
    opening quotation mark after the noun."""
    ref = reference()
    nouns = ref.words("named_body_nouns")
    articles = ref.words("named_body_articles")
    vietnamese = ref.words("named_body_nouns", ("vi",))
    quotes = re.escape("".join(sorted(set(fold_same_length(_NAME_OPENING_MARKS)))))
    return re.compile(rf"(?:(?<![\w'])(?:{alternation(articles)})\s*(?:{alternation(nouns)})"
                      rf"|(?<!\w)(?:{alternation(vietnamese)}))\s+(?:[{quotes}]\s*)?$")


def _body_noun_before(sentence: str, start: int) -> bool:
    """Whether the name printed from offset start of sentence comes right after a noun that
    calls it a body ("the NGO Insecurity Insight", "l'ONG « Harbour Watch »", "tổ chức phi
    chính phủ Harbour Watch"; _body_noun_pattern): a name that matches nothing listed is then
    an organisation's, as it is after an apposition (_apposed_body_after)."""
    return _body_noun_pattern().search(fold_same_length(sentence[max(0, start - 60):start])) is not None


def _quoted_bodies_after_noun(sentence: str) -> list[tuple[int, int]]:
    """The (start, end) offsets of names printed in quotation marks right after a body's noun
    (_body_noun_pattern: "l'ONG « The Sentry »", "the NGO \"Peace Watch\""): every word of
    the quoted stretch capitalised or a connector, six words at most."""
    spans = []
    for match in _QUOTED_NAME.finditer(sentence):
        words = match["name"].split()
        if (len(words) <= 6 and words[0][0].isupper()
                and all(w[0].isupper() or w[0].isdigit() or fold(w) in _vocab_sets()["connectors"] for w in words)
                and _body_noun_before(sentence, match.start("name"))):
            spans.append((match.start("name"), match.end("name")))
    return spans


# the double quotation marks a quoted name opens and closes with (text.OPENING_QUOTES and
# CLOSING_QUOTES, less the single ones: those are apostrophes too)
_NAME_OPENING_MARKS = "".join(c for c in OPENING_QUOTES if c == '"' or c in DOUBLE_QUOTATION_PAIRS)
_NAME_CLOSING_MARKS = "".join(c for c in CLOSING_QUOTES if c == '"' or c in DOUBLE_QUOTATION_PAIRS.values())
_QUOTED_NAME = re.compile(rf"[{re.escape(_NAME_OPENING_MARKS)}]\s*(?P<name>[^\W\d_][^{re.escape(_NAME_CLOSING_MARKS)}]{{0,60}}?)"
                          rf"\s*[{re.escape(_NAME_CLOSING_MARKS)}]")


@lru_cache(maxsize=1)
def _apposed_body_pattern() -> re.Pattern:
    """The apposition that makes the name before it a body's (vocabulary "apposed_body_nouns",
    "apposed_body_articles"), over folded text from the name's end: a comma, the indefinite
    article, at most three words with no mark, then the body's noun as a whole word; group
    "next" the word after it, if any, group "mark" a mark right after it."""
    ref = reference()
    nouns = ref.words("apposed_body_nouns")
    articles = ref.words("apposed_body_articles")
    return re.compile(rf"\s*,\s*(?:{alternation(articles)})\s+(?P<between>(?:[^\W\d][\w'-]*\s+){{0,3}}?)"
                      rf"(?:{alternation(nouns)})(?![\w-])(?:(?P<mark>\s*[,.;:)]|\s*$)|\s+(?P<next>[\w-]+))?")


def _apposed_body_after(sentence: str, tokens: list[Token], last: int) -> bool:
    """Whether the name ending at tokens[last] is set off by an apposition that calls it a body
    ("Insecurity Insight, a Swiss NGO,", "SITE, une ONG américaine", "X, una organización
    humanitaria"; _apposed_body_pattern): no function word between the article and the noun
    ("a member of the organisation" is a person's), and in English no noun after it ("a UN
    agency official", "a charity worker": a person's), only a mark, the sentence's end, a
    function word or a past participle after its noun (vocabulary "reduced_relative_endings":
    "an NGO based in Geneva")."""
    match = _apposed_body_pattern().match(fold_same_length(sentence), tokens[last].end)
    if match is None:
        return False
    stop = _vocab_sets()["stop"]
    if any(word in stop for word in match["between"].split()):
        return False
    english = match.group(0).lstrip(" ,").split()[0] in reference().words("apposed_body_articles", ("en",))
    if not english or match["mark"] is not None or match["next"] is None:
        return True
    return match["next"] in stop or match["next"].endswith(tuple(reference().words("reduced_relative_endings", ("en",))))


@lru_cache(maxsize=1)
def _definite_article_before() -> re.Pattern:
    """English's definite article (quotes.yaml "definite_articles", en: "the"), in lowercase
    or capitalised (opening the sentence), ending the text, a space after it: the article
    right before a word."""
    articles = load_reference("quotes.yaml").get("definite_articles", {}).get("en") or []
    forms = [*articles, *(a[:1].upper() + a[1:] for a in articles)]
    return re.compile(r"(?:^|[\s(])(?:" + (alternation(forms) if forms else r"(?!)") + r")\s+$")


def _adjective_form_as_noun(sentence: str, tokens: list[Token], start: int, last: int) -> bool:
    """Whether a service's adjective form ("military") after a demonym is the noun: the phrase
    opens with the definite article ("the Israeli military") and no noun follows the form, the
    sentence ending or a mark, a function word (vocabulary "stopwords"), an auxiliary verb
    (vocabulary "auxiliary_verbs"), a speech verb (quotes.yaml "speech_verbs") or a past verb
    (_past_verb) coming next ("the Israeli military said", "between Hezbollah and the Israeli
    military.", "the Malian military in the north", "the Israeli military entered the village");
    before a noun it qualifies the noun ("the Chinese military engineers"). tokens[start]: the demonym; tokens[last]: the
    form."""
    if not _definite_article_before().search(sentence[:tokens[start].start]):
        return False
    nxt = last + 1
    if nxt >= len(tokens) or sentence[tokens[last].end:tokens[nxt].start].strip():
        return True
    word = tokens[nxt].folded
    return (word in _vocab_sets()["stop"] or word in _speech_verb_words() or word in reference().words("auxiliary_verbs")
            or _past_verb(tokens[nxt]))


def _past_verb(token: Token) -> bool:
    """Whether an English word, printed in lowercase, reads as a verb's past form by its
    ending "-ed" ("entered", "fired", "launched"; five letters at least: not "bed", "red"):
    after "the Israeli military" it makes "military" the noun, the forces, as a speech or an
    auxiliary verb does. Not a word of vocabulary "ed_words_no_past", an adjective or a noun
    ("armoured", "unmanned", "speed"). Token -> bool."""
    return (token.text.islower() and len(token.text) >= 5 and token.text.endswith("ed")
            and token.folded not in reference().words("ed_words_no_past"))


def english_demonym(code: str) -> str:
    """The English demonym of a country (countries.yaml en demonyms, the first), else its
    name, else the code: "ES" -> "Spanish"."""
    row = reference().countries.get(code) or {}
    return str(((row.get("en") or {}).get("demonyms") or [row.get("name") or code])[0])


# The id of a country's whole armed forces printed capitalised as a name with no country
# ("las Fuerzas Armadas", "the Armed Forces"), before join_article_names ties it to a country;
# a branch or a gendarmerie so printed ("la Armada", "la Fuerza Aérea") takes it with its
# service after a colon (_untied_id).
_UNTIED_FORCES = "armed-forces-untied"


def _untied_id(service: str) -> str:
    """The id of a service (an English service of quotes.yaml "national_services") printed as
    a name with no country: _UNTIED_FORCES for the whole forces ("Army", "Armed Forces"),
    else _UNTIED_FORCES, a colon and the service ("armed-forces-untied:Navy")."""
    return _UNTIED_FORCES if service in _WHOLE_FORCES else f"{_UNTIED_FORCES}:{service}"


def _is_untied(found: Found) -> bool:
    """Whether an entity is a service printed as a name with no country (_untied_id)."""
    return found.id == _UNTIED_FORCES or found.id.startswith(_UNTIED_FORCES + ":")


def _untied_forces_name(tokens: list[Token], first: int, last: int) -> bool:
    """Whether the whole forces at tokens[first:last+1], printed with no country, are written
    as a name: capitalised, not opening the sentence, no capitalised word right before them
    (then they close another body's name: "the Arakan Army"; a function word or an acronym
    there is no name's word) and no capitalised word after them, alone or after a connector
    (then they open another body's name: "Fuerzas Armadas Revolucionarias", "Forces armées de
    Libération")."""
    if first == 0 or not tokens[first].is_capitalized:
        return False
    before = tokens[first - 1]
    if (before.is_capitalized and before.end + 1 == tokens[first].start and before.folded not in _vocab_sets()["stop"]
            and not before.is_acronym):
        return False  # "the Arakan Army", "the Oromo Liberation Army": the end of another body's name
    connectors = _vocab_sets()["connectors"]
    k = last + 1
    while k < len(tokens) and k <= last + 2 and tokens[k].folded in connectors:
        k += 1
    return not (k < len(tokens) and tokens[k].is_capitalized)


def _with_untied_forces_tied(sentences: list[tuple[str, list[Found]]], home: str | None) -> list[tuple[str, list[Found]]]:
    """sentences (as join_article_names takes them), with the services printed as a name but
    with no country (_is_untied: "las Fuerzas Armadas", "112 miembros del Ejército", "la
    Armada") made the services of the article's own country (_untied_forces_country). Whole
    forces are the one country's armed forces the article names with their country elsewhere
    ("las Fuerzas Armadas españolas", "the Lebanese Armed Forces"), else that country's armed
    forces (national_force_of: "<Demonym> Armed Forces"). A branch or a gendarmerie is that
    country's of the same service ("Peruvian Navy", "Chilean Navy") only where the article's
    troops are that country's ("el contingente chileno", _troops_countries): a dateline's or a
    language's country does not tell whose a bare "Navy" is, nor does another service's country
    beside troops of another. With no such country they are dropped: a country's services are
    listed only with their country (tests/corpus/README.md), as the English and French untied
    forms ("the armed forces", "les forces armées") are."""
    listed = {row["id"] for row in _listed_armed_forces().values()}
    tied = {f.id: f for _sentence, found in sentences for f in found
            if f.kind == "organisation" and (f.id.startswith("armed-forces-of-") or f.id in listed)}
    whole = next(iter(tied.values())) if len(tied) == 1 else None
    named, named_whole = _named_services_countries(sentences)
    troops = cache(lambda: _troops_countries(sentences))
    unnamed = cache(lambda: _untied_forces_home(sentences, home, troops))
    code, basis = _untied_forces_country(named, unnamed)
    printed = _services_printed_as_names(sentences)
    branch_code = code if basis == "troops" or (basis == "named" and troops() == {code}) else None
    if any(country != branch_code for country, _service in printed):
        branch_code = None  # another country's service printed as a name ("the French Navy")
    # whole forces are tied by whole forces named (whole, or printed as a name), else as where none are named
    whole_code = _untied_forces_country(named_whole, unnamed)[0]

    def tied_to_target(sentence: str, f: Found, _kept: list[Found]) -> list[Found]:
        if not _is_untied(f):
            return [f]
        service = f.id.partition(":")[2] or "Armed Forces"  # no service after the colon: the whole forces
        body = whole if service == "Armed Forces" else None
        if body is None:
            country = whole_code if service == "Armed Forces" else branch_code
            if country is None:
                return []
            body = printed.get((country, service)) or national_force_of(country, service, sentence, f.surfaces)
        return [Found("organisation", body.id, body.name, sentence, list(f.surfaces), known=body.known, code=body.code)]
    return _with_found_replaced(sentences, tied_to_target)


def _services_printed_as_names(sentences: list[tuple[str, list[Found]]]) -> dict[tuple[str, str], Found]:
    """{(country code, service): entity} of the services an article prints capitalised as a name
    after their country ("the Nepali Army", "Pakistan Army", "the Bangladesh Air Force":
    _service_printed_with_country; "Armed Forces" for the whole forces). A bare "the Army" or
    "the Air Force" in the same article tied to that country is that body, as printed
    (_with_untied_forces_tied), not a second "<Demonym> <Service>"."""
    out: dict[tuple[str, str], Found] = {}
    for _sentence, found in sentences:
        for f in found:
            if (hit := _service_printed_with_country(f)) is not None:
                out.setdefault(hit, f)
    return out


@lru_cache(maxsize=1)
def _english_country_heads() -> dict[str, str]:
    """{a country's name, English name or English demonym (countries.yaml): its code}, as
    printed before a service in an English name ("French Navy", "U.S. Air Force")."""
    out: dict[str, str] = {}
    for code, row in reference().countries.items():
        english = row.get("en") or {}
        for head in (row.get("name"), *(english.get("names") or []), *(english.get("demonyms") or [])):
            if head:
                out.setdefault(str(head), str(code))
    return out


def _service_printed_with_country(f: Found) -> tuple[str, str] | None:
    """(country code, English service) of an organisation found by pattern with no code of its
    own whose name is "<country's name, English name or demonym> <service>", a service of
    _untied_services ("the Nepali Army", "Pakistan Army", "the French Navy", "the U.S. Air
    Force"); else None."""
    if f.kind != "organisation" or _is_untied(f) or f.code:
        return None
    service = next((s for s in _untied_services() if f.name.endswith(" " + s)), None)
    if service is None:
        return None
    code = _english_country_heads().get(f.name[:-len(service) - 1])
    return (code, "Armed Forces" if service in _WHOLE_FORCES else service) if code is not None else None


def _untied_forces_country(named: set[str], unnamed: Callable[[], tuple[str | None, str]]) -> tuple[str | None, str]:
    """(the country (ISO code) whose services an article prints with no country of their own
    (_with_untied_forces_tied) or None, and what makes it so: "named", "home" or "troops").
    The one country whose armed forces, branches or gendarmerie the article names with their
    country ("la Fuerza Aérea peruana ... 112 miembros del Ejército": Peru's; None where they
    are two countries'), "named"; with none so named, the home country (the dateline's, or a
    one-country language's), as an untied ministry is (tests/corpus/README.md: a national body
    "the text ties" to its country), "home"; with no home, the one country whose troops the
    article names (_troops_countries: "el contingente chileno", "soldados uruguayos"), the
    article being about its contingent, "troops"; the home or the troops' country is None where
    a sentence naming such a service names another country (_other_country_beside), the
    troops' country too where the sentence before it does (_other_country_before).
    named: the countries of the services named (_named_services_countries, one of its two
    readings); unnamed: _untied_forces_home of the article, asked only where none is named.
    With the second reading only whole forces named with their country count as "named" (a
    bare "el Ejército" beside "la Fuerza Aérea de Chile" alone is not read as Chile's), those
    printed as a name after their country too ("JUBA - ... the Pakistan Army said. The Army
    also": Pakistan's, not the dateline's)."""
    if named:
        return (next(iter(named)) if len(named) == 1 else None), "named"
    return unnamed()


def _named_services_countries(sentences: list[tuple[str, list[Found]]]) -> tuple[set[str], set[str]]:
    """The countries (ISO codes) whose services an article names with their country, read in
    one pass two ways (_untied_forces_country): its armed forces, branches or gendarmerie; and
    its whole forces only, those printed as a name after their country too."""
    organisations = reference().organisations
    codes: tuple[set[str], set[str]] = (set(), set())
    for _sentence, found in sentences:
        for f in found:
            if f.kind != "organisation" or _is_untied(f) or f.id.startswith((_SHARED_FORCES, _SHARED_POLICE)):
                continue
            row = organisations.get(f.id) if f.known else None
            for whole_only, out in zip((False, True), codes):
                if row is not None and (row.get("armed_forces_of") or (row.get("gendarmerie_of") and not whole_only)):
                    out.add(str(row.get("armed_forces_of") or row.get("gendarmerie_of")))
                elif f.code and (f.id.startswith("armed-forces-of-") or (f.id == slugify(f.name) and not whole_only)) \
                        and any(f.name.endswith(" " + service) for service in _untied_services()):
                    out.add(f.code)
                elif whole_only and (hit := _service_printed_with_country(f)) is not None and hit[1] == "Armed Forces":
                    out.add(hit[0])
    return codes


def _untied_forces_home(sentences: list[tuple[str, list[Found]]], home: str | None,
                        troops: Callable[[], set[str]]) -> tuple[str | None, str]:
    """The country of the services an article prints with no country where it names none with
    theirs (_untied_forces_country): the home country, "home", else the one troops' country
    (troops: _troops_countries of the article), "troops"; None where a sentence beside says
    another."""
    basis = "home"
    if home not in reference().countries:
        countries = troops()
        home, basis = (next(iter(countries)) if len(countries) == 1 else None), "troops"
    if home is None or _other_country_beside(sentences, _is_untied, home):
        return None, basis
    if basis == "troops" and _other_country_before(sentences, home):
        return None, basis
    return home, basis


def _other_country_before(sentences: list[tuple[str, list[Found]]], code: str) -> bool:
    """Whether the sentence right before one printing a service with no country (_is_untied)
    names a country other than `code` and not `code` itself: a paragraph about another country
    ("En 1994 Estados Unidos invadió la isla. Al año siguiente el Ejército fue disuelto" in an
    article about Chile's contingent names no Chilean army), as _other_country_beside reads the
    service's own sentence."""
    def others(found: list[Found]) -> bool:
        countries = {f.code for f in found if f.kind == "country" and f.code}
        return bool(countries) and code not in countries
    return any(i > 0 and any(_is_untied(f) for f in found) and others(sentences[i - 1][1])
               for i, (_sentence, found) in enumerate(sentences))


@lru_cache(maxsize=1)
def _untied_services() -> frozenset[str]:
    """The English services of quotes.yaml "national_services" but the police: those a
    service printed with no country may be (_untied_national_force)."""
    return frozenset(service for service in _national_service_forms()[1].values() if service != _POLICE)


def _troops_countries(sentences: list[tuple[str, list[Found]]]) -> set[str]:
    """The countries (ISO codes) an article names as the home of troops: a demonym beside a
    troop noun ("el contingente chileno", "Uruguayan soldiers") or a country after a troop noun
    and a word of origin ("peacekeepers from Chile"), as events reads them for an event's place
    (events.troops_of_demonym, events.troops_from; vocabulary "troop_origins")."""
    from .events import troops_from, troops_of_demonym  # events reads entities: imported here, not at the top
    codes = set()
    for sentence, found in sentences:
        for f in found:
            if f.kind != "country" or not f.code:
                continue
            for surface in f.surfaces:
                at = sentence.find(surface)
                if at >= 0 and (troops_of_demonym(sentence, at, surface) or troops_from(sentence, at)):
                    codes.add(f.code)
    return codes


def _with_found_replaced(sentences: list[tuple[str, list[Found]]],
                         replace_found: Callable[[str, Found, list[Found]], list[Found]]) -> list[tuple[str, list[Found]]]:
    """sentences (as join_article_names takes them), each entity found in a sentence put in
    the place of what replace_found(sentence, entity, kept) returns: the entities that stand
    for it (itself, others, or none to drop it), kept being those the sentence keeps so far,
    in order. Returns new (sentence, entities) pairs, in the same order; the input is left
    unchanged."""
    out = []
    for sentence, found in sentences:
        kept: list[Found] = []
        for f in found:
            kept.extend(replace_found(sentence, f, kept))
        out.append((sentence, kept))
    return out


# The id prefix of a country's armed forces printed with a demonym two countries share
# ("the Congolese army"), before join_article_names ties it to the one the article names;
# and of its police so printed ("la police congolaise").
_SHARED_FORCES = "armed-forces-shared-"
_SHARED_POLICE = "police-shared-"


@lru_cache(maxsize=None)
def _shared_service_countries() -> dict[str, tuple[str, ...]]:
    """{folded form: country codes} of reference/quotes.yaml "shared_service_countries"."""
    rows = load_reference("quotes.yaml").get("shared_service_countries") or []
    return {fold(str(form)): tuple(str(c) for c in row["codes"]) for row in rows for form in row.get("forms") or []}


def _shared_country_beside(tokens: list[Token], first: int, last: int) -> tuple[tuple[str, ...], int, int] | None:
    """(country codes, first, last token of the mention) when a demonym or name two countries
    share (_shared_service_countries) stands right before the service at tokens[first:last+1]
    ("the Congolese army", "Congo's army") or after it, alone or after a connector ("l'armée
    congolaise", "el ejército del Congo", "quân đội Congo"); else None."""
    shared = _shared_service_countries()
    if first > 0 and (codes := shared.get(fold(strip_possessive(tokens[first - 1].text)))):
        return codes, first - 1, last
    k = last + 1
    while k < len(tokens) and k <= last + 2 and tokens[k].folded in _of_words():
        k += 1
    if k < len(tokens) and (codes := shared.get(tokens[k].folded)):
        return codes, first, k
    return None


def _with_shared_forces_tied(sentences: list[tuple[str, list[Found]]], home: str | None = None) -> list[tuple[str, list[Found]]]:
    """sentences (as join_article_names takes them), with the armed forces printed with a
    shared demonym (national_forces_in: "the Congolese army", "el ejército de Congo") made the
    listed armed forces of the one country of theirs the article names as a country ("RDC",
    "Democratic Republic of Congo"); naming neither as a country, of the one whose cities it
    names or whose is the home country (home: the dateline's; "Bunia", "KINSHASA, Congo —"), as
    a bare "Congo" is settled (shared_end_by_places); dropped where it names both or neither,
    or lists no armed forces for it. The police so printed ("la police congolaise") is
    likewise the listed police of that country ("police_of"), else dropped."""
    named = {f.code for _sentence, found in sentences for f in found if f.kind == "country" and f.code}
    places = {f.code for _sentence, found in sentences for f in found if f.kind == "city" and f.code} | ({home} if home else set())
    listed = _listed_armed_forces()

    def tied_to_country(sentence: str, f: Found, kept: list[Found]) -> list[Found]:
        police = f.id.startswith(_SHARED_POLICE)
        if not (police or f.id.startswith(_SHARED_FORCES)):
            return [f]
        shared = f.id[len(_SHARED_POLICE if police else _SHARED_FORCES):].upper().split("-")
        codes = [c for c in shared if c in named] or [c for c in shared if c in places]
        body = (_listed_police() if police else listed).get(codes[0]) if len(codes) == 1 else None
        if body is None:
            return []
        country = []
        if codes[0] not in named and not any(g.kind == "country" and g.code == codes[0] for g in kept):
            # the demonym or bare name refers to that country, which the article names so only
            entry = reference().country_entry(codes[0])
            words = [w for surface in f.surfaces[:1] for w in re.findall(r"[^\W\d_]+", surface)
                     if fold(strip_possessive(w)) in _shared_service_countries()]
            country = [Found("country", entry.id, entry.name, sentence, words[:1] or list(f.surfaces), known=True,
                             code=entry.code)]
        return [*country, Found("organisation", body["id"], body["name"], sentence, list(f.surfaces), known=True)]
    return _with_found_replaced(sentences, tied_to_country)


def _named_inside_operation(sentence: str, tokens: list[Token], i: int, end: int) -> list[Found]:
    """The countries named inside an operation's full name at tokens[i:end] ("Mission in the
    Democratic Republic of the Congo", "Force in Lebanon"): the name says where it serves,
    and the article names that country as much as if it were printed alone. The bodies a
    joint operation's name joins ("African Union-United Nations Mission in Darfur") are not
    named by it: a body printed only inside a mission's name is the mission's part
    (tests/corpus/README.md, organisations)."""
    ref = reference()
    out = []
    k = i + 1
    while k < end:
        hit = _country_at(tokens, k)
        if hit is not None and hit[1] <= end:
            entry = ref.country_entry(hit[0])
            out.append(Found("country", entry.id, entry.name, sentence, [sentence[tokens[k].start:tokens[hit[1] - 1].end]],
                             known=True, code=hit[0]))
            k = hit[1]
        else:
            k += 1
    return out


@lru_cache(maxsize=None)
def _document_words() -> frozenset[str]:
    """The folded nouns of a body's documents (reference/quotes.yaml "named_documents":
    statement, resolution, report, communiqué...), every language."""
    table = load_reference("quotes.yaml").get("named_documents") or {}
    return frozenset(fold(str(w)) for words in table.values() for w in words or [])


def _a_bodys_document(found: Found) -> bool:
    """Whether a name found by pattern is a listed body's name (possessive or not) with one of
    its documents' nouns after it ("United Nations Security Council Resolution 2556", "the
    Security Council's Resolution 1701"): the document, no body of its own."""
    if found.kind not in ("organisation", "initiative") or found.known:
        return False
    words = found.surfaces[0].split()
    if len(words) < 2 or fold(words[-1]) not in _document_words():
        return False
    owner = strip_possessive(" ".join(words[:-1]))
    return any(e.kind in ("organisation", "initiative", "mission") for e in reference().gazetteer.whole(owner))


def find_in_sentence(sentence: str, language: str) -> list[Found]:
    """Entities named in one sentence, in order of appearance. Each call gives Found values of
    its own (the caller may change them); the reading of a sentence is kept for the next time
    the same sentence is read (a line read by the page head and again by the body, a
    sentence printed by several articles)."""
    return [_own_copy(f) for f in _found_in_sentence(sentence, language)]


def _own_copy(found: Found) -> Found:
    """A Found equal to found with lists of its own (surfaces, local): what
    dataclasses.replace(found, surfaces=list(...), local=list(...)) gives, without calling
    __init__ again (Found has no __post_init__ and keeps its fields in its __dict__)."""
    copy = object.__new__(Found)
    copy.__dict__.update(found.__dict__)
    copy.surfaces = list(found.surfaces)
    copy.local = list(found.local)
    return copy


@lru_cache(maxsize=4096)
def _found_in_sentence(sentence: str, language: str) -> tuple[Found, ...]:
    """find_in_sentence's reading, kept: its Found values are never handed out as they are."""
    return tuple(_find_in_sentence(sentence, language))


def _spaced_apostrophe_places(sentence: str, tokens: list[Token]) -> list[Token]:
    """tokens, with a place's name whose one-letter opening and apostrophe are printed apart
    from the rest by a stray space ("N' Djamena", "N’ Djamena") made one token, as the name
    printed whole is ("N'Djamena"), when the gazetteer knows the glued word as a city or a
    country. The token spans the printed words, so the surface stays as printed. A person's
    name so printed ("O' Leary") is left to the person pattern (_spaced_apostrophe).

    Input: a sentence and its tokens; output: the tokens, glued where such a place is printed."""
    if "' " not in sentence and "’ " not in sentence:  # most sentences: no token to look at
        return tokens
    gazetteer = reference().gazetteer
    out: list[Token] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if (len(token.text) == 1 and token.is_capitalized and i + 1 < len(tokens) and tokens[i + 1].is_capitalized
                and sentence[token.end:tokens[i + 1].start] in ("' ", "’ ")):
            glued_text = token.text + sentence[token.end] + tokens[i + 1].text
            glued = Token(glued_text, token.start, tokens[i + 1].end, fold_token(glued_text), True)
            hit = gazetteer.lookup([glued], 0) if gazetteer.may_start(glued) else None
            if hit is not None and hit[0] == 1 and hit[1][0].kind in ("city", "country"):
                out.append(glued)
                i += 2
                continue
        out.append(token)
        i += 1
    return out


def _find_in_sentence(sentence: str, language: str) -> list[Found]:
    """Entities named in one sentence, in order of appearance (find_in_sentence, uncached). A
    romanised East Asian name printed hyphen-joined after its family name ("Ban-Ki-moon":
    _spaced_family_names) is read as "Ban Ki-moon", each Found's printed forms given back as
    the sentence prints them."""
    spaced = _spaced_family_names(sentence)
    if spaced is sentence:
        return _find_in_read_sentence(sentence, language)
    return [_printed_back(f, spaced, sentence) for f in _find_in_read_sentence(spaced, language)]


# a family name, a hyphen, a capitalised syllable, a hyphen, a syllable in lowercase: a Korean
# name printed hyphen-joined whole ("Ban-Ki-moon", "Moon-Jae-in")
_HYPHEN_JOINED_FAMILY = re.compile(r"(?<![\w-])([A-Z][a-z]+)-(?=[A-Z][a-z]+-[a-z]+(?![\w-]))")


def _spaced_family_names(sentence: str) -> str:
    """sentence with the hyphen after an East Asian family name (vocabulary "family_names")
    that opens a name printed hyphen-joined whole, a capitalised syllable then one in
    lowercase after it ("Ban-Ki-moon" -> "Ban Ki-moon"), made a space: the same length, offset
    for offset. The sentence itself (the same object) where it prints no such name."""
    if "-" not in sentence:
        return sentence
    family = _vocab_sets()["family"]
    spaced = _HYPHEN_JOINED_FAMILY.sub(lambda m: m.group(1) + (" " if fold(m.group(1)) in family else "-"), sentence)
    return sentence if spaced == sentence else spaced


def _printed_back(found: Found, read: str, sentence: str) -> Found:
    """found, read in read (sentence with hyphens made spaces, _spaced_family_names), with its
    sentence and its printed forms (surfaces, local forms, roles) as sentence prints them: each
    form found in read taken from sentence at the same offsets."""
    def printed(form: str | None) -> str | None:
        if not form or (at := read.find(form)) < 0:
            return form
        return sentence[at:at + len(form)]

    return replace(found, sentence=sentence, surfaces=[printed(x) for x in found.surfaces],
                   local=[printed(x) for x in found.local], role=printed(found.role), role_after=printed(found.role_after))


def _find_in_read_sentence(sentence: str, language: str) -> list[Found]:
    """_find_in_sentence's reading of a sentence as given: the names the reference data knows
    (_known_names), then those found by pattern in the words they leave (_found_by_pattern),
    then the sentence's rules over all of them (_with_sentence_rules); in the order they are
    printed, each person's role its own (_roles_of_their_own)."""
    sets = _vocab_sets()
    tokens = _spaced_apostrophe_places(sentence, split_compounds(tokenize(sentence), language))
    found, claimed = _known_names(sentence, tokens, sets, language)
    found = _found_by_pattern(sentence, tokens, claimed, found, sets, language)
    found = _with_sentence_rules(sentence, tokens, claimed, found, language)
    order = {id(f): sentence.find(f.surfaces[0]) for f in found}
    found = sorted(found, key=lambda f: order[id(f)])
    _roles_of_their_own(sentence, found)
    return found


class _Reading(NamedTuple):
    """What the reading of known names (_known_names) makes of the words at one token: the
    entities found there, the token indexes it claims (no pattern reads them after), and the
    index of the token the reading goes on at."""
    found: list[Found]
    claims: range | tuple[int, ...]
    resume: int


def _known_names(sentence: str, tokens: list[Token], sets, language: str) -> tuple[list[Found], list[bool]]:
    """The names of a sentence's tokens the reference data knows, read from the first token
    on (_reading_at at each token the reading goes on at). Returns (the entities found, per
    token whether a known name or a reading rule claimed it: a word claimed is read by no
    pattern after)."""
    found: list[Found] = []
    claimed = [False] * len(tokens)
    reworded = _reworded_missions(sentence, tokens)
    i = 0
    while i < len(tokens):
        reading = _reading_at(sentence, tokens, i, reworded, sets, language)
        found.extend(reading.found)
        for k in reading.claims:
            claimed[k] = True
        i = reading.resume
    return found, claimed


def _reading_at(sentence: str, tokens: list[Token], i: int, reworded: dict[int, tuple[int, Entry]], sets,
                language: str) -> _Reading:
    """What the words at tokens[i] name as the reference data knows them: a mission's long name
    reworded (reworded: _reworded_missions), else the activities the gazetteer passes over
    (_known_hit: not actors, ACTOR_KINDS) and then a region's name (_region_name_end: "Latin
    America", "the Indian Ocean": no country), the longest known name there (_known_at), or,
    where none starts there, what one word names (_unknown_at)."""
    hit, activities = _known_hit(tokens, i, language)
    if i in reworded and (hit is None or hit[1][0].kind != "mission"):
        end, entry = reworded[i]  # "Misión ... de las Naciones Unidas para la Estabilización de Mali"
        return _Reading([_as_listed(entry, sentence, [sentence[tokens[i].start:tokens[end - 1].end]])], range(i, end), end)
    named = [Found("activity", entry.id, entry.name, sentence, [sentence[tokens[i].start:tokens[end - 1].end]], known=True)
             for end, entry in activities]
    region_end = _region_name_end(tokens, i)
    if region_end and (hit is None or region_end >= hit[0]):
        return _Reading(named, range(i, region_end), region_end)
    reading = _unknown_at(sentence, tokens, i, sets, language) if hit is None else _known_at(sentence, tokens, i, hit, sets, language)
    return reading._replace(found=named + reading.found)


def _unknown_at(sentence: str, tokens: list[Token], i: int, sets, language: str) -> _Reading:
    """What one word no known name starts with names (tokens[i]): an outlet's acronym in title
    case (_titled_outlet_acronym), else the countries of a hyphenated pair ("Russie-Ukraine",
    "franco-estadounidense": _compound_demonym; each named, the pair a form of this sentence,
    never an alias) and the known bodies of such a pair ("the Israel-Hezbollah war":
    _compound_bodies), of a country's syllable (_country_syllable) or of a misspelt country's
    name outside a person's name (_misspelt_country, _in_a_name). The reading goes on at the
    next word."""
    if (outlet := _titled_outlet_acronym(tokens, i, language)) is not None:
        return _Reading([_as_listed(outlet, sentence, [tokens[i].text])], (i,), i + 1)
    compound = _compound_demonym(tokens[i])
    codes = (compound or _country_syllable(sentence, tokens, i, language)
             or [c for c in [_misspelt_country(tokens[i], language)] if c and not _in_a_name(sentence, tokens, i, sets, language)])
    local = [tokens[i].text] if compound else []
    found: list[Found] = []
    for code in codes:
        entry = reference().country_entry(code)
        found.append(Found("country", entry.id, entry.name, sentence, [tokens[i].text], known=True, code=code, local=list(local)))
    for part, body in _compound_bodies(tokens[i]) if compound else ():
        found.append(_as_listed(body, sentence, [part]))
    return _Reading(found, (i,) if codes else (), i + 1)


def _known_at(sentence: str, tokens: list[Token], i: int, hit: tuple[int, list[Entry]], sets, language: str) -> _Reading:
    """What the longest known name at tokens[i] names (hit: (end, entries), _known_hit): nothing
    where a rule of _known_set_aside reads its words otherwise; else the one entry it names (a
    country over its capital: _country_over_its_capital; a national namesake:
    _national_namesake; a mission with the countries named inside its operation:
    _named_inside_operation), or, a name of several known things, an unresolved name (a person
    must say which), its words claimed."""
    end, entries = hit
    entries = _country_over_its_capital(entries)
    entry: Entry = entries[0]
    if (aside := _known_set_aside(sentence, tokens, i, end, entries, sets, language)) is not None:
        return aside
    surface = sentence[tokens[i].start:tokens[end - 1].end]
    if len(entries) == 1 and (namesake := _national_namesake(sentence, tokens, i, end, entry)) is not None:
        found = [namesake]
    elif len(entries) == 1 or entry.kind == "mission":
        found = [_as_listed(entry, sentence, [surface])]
        if entry.kind == "mission":
            found.extend(_named_inside_operation(sentence, tokens, i, end))
    else:  # a name of several known things: a person must say which
        found = [_as_printed("unresolved", surface, sentence)]
    return _Reading(found, range(i, end), end)


def _known_set_aside(sentence: str, tokens: list[Token], i: int, end: int, entries: list[Entry], sets,
                     language: str) -> _Reading | None:
    """The reading of a known name's words (tokens[i:end], entries: what they may name, the
    first meant) where they name something else than the entry: a language, a continent, a
    river or a currency, a company, a person (found by pattern after), a rank's service, another
    body's letters in this language, a common word capitalised by the sentence or in a longer
    name, a mission's long name before another mission's acronym: each rule below with its
    example. None where no rule takes them."""
    entry = entries[0]
    if entry.kind == "country" and _demonym_as_language(sentence, tokens, i, end):
        return _Reading([], (i,), end)  # "the French acronym", "son sigle anglais": a language
    if entry.kind == "country" and end == i + 1 and _continent_as_printed(tokens[i], language):
        return _Reading([], (i,), end)  # "el país más pobre de América": the continent, not the United States
    if entry.kind == "country" and len(entries) == 1 and (
            (water := _water_body(tokens, i, end, language)) or _currency_name(tokens, i, end, language)):
        return _Reading([], range(i, max(end, water)), end)  # "le fleuve Niger", "the South Sudanese pound"
    if entry.kind == "country" and _airline_name(sentence, tokens, i, end):
        return _Reading([], (), end)  # "Ethiopian Airlines", "Air France": the company, found by pattern below
    if end == i + 1 and _given_name_of_person(tokens, i, sets, language,
                                              titled=_role_before(sentence, tokens, i, sets, language) is not None):
        return _Reading([], (), i + 1)  # "Chad Whitfield": a person, found by pattern below
    if _honorific_opening_place(tokens, i, end, entries, language):
        return _Reading([], (), i + 1)  # "Bà Lan" (Mrs Lan), folded like "Ba Lan" (Poland): a person
    if _inside_family_name(tokens, i, entries, sets, language):
        return _Reading([], (), i + 1)  # "Nguyễn Trung Phi", "Trần Thị Hà Lan": a person, found by pattern below
    if end == i + 1 and _country_opening_vietnamese_name(sentence, tokens, i, entries, sets, language):
        return _Reading([], (), i + 1)  # "Colonel Thai Tan Ha": a person, found by pattern below
    if end == i + 1 and _family_name_after_given(sentence, tokens, i, entries, sets, language):
        return _Reading([], (), i + 1)  # "Carlos Mendoza", "Ana Toledo": a person, found by pattern below
    if (end == i + 1 and tokens[i].is_acronym and tokens[i].folded in sets["service_tags"]
            and _role_before(sentence, tokens, i, sets, language) is not None):
        return _Reading([], (i,), i + 1)  # "el capitán de navío AP ...": the rank's service, no news agency
    if (end == i + 1 and len(entries) == 1 and entry.id in _outlet_entry_ids()
            and reference().agency_acronym_of_other_languages(tokens[i].text, language)
            and not reference().named_as_press(sentence, tokens[i].start, tokens[i].end)):
        return _Reading([], (), i + 1)  # "La ANP condenó", "un vuelo de TAP": another body's letters in this language
    if i == 0 and end == 1 and _common_word_opening(tokens[0], entries, language) \
            and not _opening_capital_acts(sentence, tokens[0], entries, language):
        return _Reading([], (), i + 1)  # "Réunion ministérielle à Bamako": a meeting, capitalised by the sentence
    if _common_word_in_longer_name(sentence, tokens, i, end, entries, language):
        return _Reading([], (), end)  # "la Reunión Ministerial de ...": a meeting's name in title case
    if entry.kind == "mission" and end > i + 1 and _other_missions_acronym_after(sentence, tokens, end, entry):
        # "la Misión de la ONU en la RDC (Monusco)": the name is the acronym's; its country is
        # named all the same
        return _Reading(_named_inside_operation(sentence, tokens, i, end), range(i, end), end)
    return None


def _found_by_pattern(sentence: str, tokens: list[Token], claimed: list[bool], found: list[Found], sets,
                      language: str) -> list[Found]:
    """found (the sentence's known names, _known_names) with the names found by pattern in the
    words no known name claimed: the people and bodies of each capitalised run
    (_runs, _service_of_a_rank_apart, _people_and_bodies), the stretches of name-like words
    that matched nothing (_unmatched_names, kind "unresolved"), an armed group's acronym
    (_armed_group_acronyms)."""
    found = list(found)
    for whole in _runs(sentence, tokens, sets):
        for run in _service_of_a_rank_apart(sentence, tokens, whole, sets):
            found.extend(_people_and_bodies(sentence, tokens, run, claimed, sets, language))
    found.extend(_unmatched_names(sentence, tokens, claimed, found, sets, language))
    found.extend(_armed_group_acronyms(sentence, tokens, claimed, found, language))
    return found


def _with_sentence_rules(sentence: str, tokens: list[Token], claimed: list[bool], found: list[Found],
                         language: str) -> list[Found]:
    """A sentence's entities (found: known and by pattern) after the rules that read them
    together, in this order: bodies an apposition or a body's noun names (_with_apposed_bodies);
    no body's document (_a_bodys_document); the generic bodies and national forces it prints
    (generic_bodies_in, _with_generic_bodies, _with_national_forces); a sovereign's and a
    capital's country (_with_sovereigns, _with_governing_capitals); no body named by its place
    (_without_place_named_bodies); the listed variants (_with_listed_variants); a shared end
    beside its namesake (_shared_end_beside_its_namesake); no coordinated known pair or tail
    (_without_coordinated_known_pairs, _without_coordinated_tails); no name inside a body's
    portfolio (_without_portfolio_names). claimed: per token, whether a known name holds it."""
    found = _with_apposed_bodies(sentence, tokens, claimed, found)
    found = [f for f in found if not _a_bodys_document(f)]
    bodies = generic_bodies_in(sentence, tokens)
    found = _with_generic_bodies(sentence, tokens, found, bodies)
    found = _with_national_forces(sentence, tokens, found, bodies)
    found = _with_sovereigns(sentence, tokens, found)
    found = _with_governing_capitals(sentence, found, language)
    found = _without_place_named_bodies(sentence, tokens, found)
    found = _with_listed_variants(sentence, tokens, found, language)
    found = _shared_end_beside_its_namesake(found)
    found = _without_coordinated_known_pairs(found)
    found = _without_coordinated_tails(sentence, found)
    return _without_portfolio_names(sentence, tokens, found)


@lru_cache(maxsize=None)
def _source_kind_phrases(language: str) -> frozenset[str]:
    """The folded phrases naming an outlet's kind in a language (vocabulary
    "source_kind_phrases": "la agencia", "l'agence"), for _titled_outlet_acronym."""
    return frozenset(fold(p) for p in reference().vocabulary["source_kind_phrases"].get(language) or [])


@lru_cache(maxsize=8)
def _armed_group_phrases(language: str) -> tuple[tuple[str, ...], ...]:
    """The folded words of vocabulary "armed_group_words" of a language ("rebel group" ->
    ("rebel", "group")), longest first; () for a language it gives none."""
    words = (reference().vocabulary.get("armed_group_words") or {}).get(language) or ()
    return tuple(sorted({tuple(fold(str(w)).split()) for w in words}, key=len, reverse=True))


def _armed_group_acronyms(sentence: str, tokens: list[Token], claimed: list[bool], found: list[Found],
                          language: str) -> list[Found]:
    """Armed groups the reference does not list, printed by an acronym (three to eight capital
    letters, no digit: two stand for too many things, "IS fighters") that nothing else claimed
    and no country's name ("the CAR rebels"), right after a word for such a group or right
    before a word for it or its members, a comma at most between ("the rebel group, KLFA",
    "the KLFA rebels", "le groupe armé MPLK", "el grupo rebelde FRLN"; vocabulary
    "armed_group_words"), as organisations named by the acronym (tests/corpus/README.md: armed
    groups are listed, named as a group or through their members). [] where none is."""
    phrases = _armed_group_phrases(language)
    if not phrases:
        return []
    taken = {s for f in found for s in f.surfaces}
    out: list[Found] = []
    for i, token in enumerate(tokens):
        text = token.text
        if (claimed[i] or not token.is_acronym or not text.isalpha() or not 3 <= len(text) <= 8
                or text in taken or any(f.name == text for f in out) or _country_at(tokens, i) is not None):
            continue
        if _armed_group_word_beside(sentence, tokens, i, phrases):
            claimed[i] = True
            out.append(_as_printed("organisation", text, sentence))
    return out


def _armed_group_word_beside(sentence: str, tokens: list[Token], i: int, phrases: tuple[tuple[str, ...], ...]) -> bool:
    """Whether one of phrases (folded words, _armed_group_phrases) is printed right before
    tokens[i], a space or a comma between ("the rebel group, KLFA"), or right after it, a space
    between ("the KLFA rebels")."""
    for words in phrases:
        n = len(words)
        if (i >= n and tuple(t.folded for t in tokens[i - n:i]) == words
                and sentence[tokens[i - 1].end:tokens[i].start].strip() in ("", ",")):
            return True
        if (i + n < len(tokens) and tuple(t.folded for t in tokens[i + 1:i + 1 + n]) == words
                and not sentence[tokens[i].end:tokens[i + 1].start].strip()):
            return True
    return False


def _titled_outlet_acronym(tokens: list[Token], i: int, language: str) -> Entry | None:
    """The news outlet whose acronym (reference/sources.yaml, matched case-sensitively in
    capitals: "EFE", "AFP") tokens[i] prints in title case right after a noun of an outlet's
    kind (vocabulary "source_kind_phrases" of the language: "la agencia Efe", "l'agence Efe",
    "the news agency Efe"), as the Spanish press writes a pronounceable agency name; else None.
    Alone, a short title-case word is anyone's name ("Efe" is also a given name): the noun
    before it says it is the outlet."""
    token = tokens[i]
    text = token.text
    if not (2 <= len(text) <= 5 and text.isalpha() and text[0].isupper() and text[1:].islower()):
        return None
    entries = [e for e in reference().gazetteer.whole(text.upper()) if e.id in _outlet_entry_ids()]
    if len(entries) != 1:
        return None
    before = [fold(t.text).split("'")[-1] for t in tokens[max(0, i - 4):i]]
    phrases = _source_kind_phrases(language)
    return entries[0] if any(" ".join(before[-n:]) in phrases for n in range(1, len(before) + 1)) else None


def _without_coordinated_known_pairs(found: list[Found]) -> list[Found]:
    """found, less a body found by pattern whose words are a known finding of the sentence, a
    coordinating conjunction (vocabulary "coordinating_conjunctions"), then another known
    finding or an office opened by a title (vocabulary "titles"): "the United Nations and
    African Union", "la ONU y Unión Africana" name two bodies, each found by its own name, and
    no third one; "Représentante spéciale en RDC et Cheffe de la Mission" names a country and
    an office. A name whose words before the conjunction are no finding of their
    own ("the ECOWAS Mediation and Security Council") is left to _without_coordinated_tails.

    Input: the sentence's findings; output: the same list without such pairs' joint names."""
    conjunctions = reference().words("coordinating_conjunctions")
    titles = _vocab_sets()["titles"]
    known = {fold(f.surfaces[0]) for f in found if f.known and f.surfaces}
    if not known:
        return found

    def pair(f: Found) -> bool:
        if f.known or f.kind not in _BODY_KINDS or not f.surfaces:
            return False
        words = f.surfaces[0].split()
        # the second conjunct a known finding too, or an office opened by a title ("au Mali et
        # Chef de la Mission": two offices of one person, no body)
        return any(fold(word) in conjunctions and fold(" ".join(words[:k])) in known
                   and (fold(" ".join(words[k + 1:])) in known or fold(words[k + 1]) in titles)
                   for k, word in enumerate(words) if 0 < k < len(words) - 1)
    return [f for f in found if not pair(f)]


def _without_coordinated_tails(sentence: str, found: list[Found]) -> list[Found]:
    """found, less a known body whose name the sentence prints once, as the last conjunct of a
    longer body's name found by pattern, right after a coordinating conjunction (vocabulary
    "coordinating_conjunctions"): "Security Council" in "the ECOWAS Mediation and Security
    Council". The longer body is another council, whose head the two coordinated nouns
    share; the known body is not named. A known name printed at the
    start of the longer one ("ECOWAS" in "ECOWAS Mediation and Security Council") is its owner
    and stays."""
    conjunctions = reference().words("coordinating_conjunctions")
    longer = [f.surfaces[0] for f in found if f.kind in _BODY_KINDS and not f.known and f.surfaces]

    def printed_once(name: str) -> bool:
        # "the AU Peace and Security Council and the ECOWAS Mediation and Security Council":
        # the known longer name holds the words too, and is another finding
        inside_known = sum(g.surfaces[0].count(name) for g in found
                           if g.known and g.surfaces and len(g.surfaces[0]) > len(name))
        return sentence.count(name) - inside_known == 1

    def tail(f: Found) -> bool:
        if not (f.known and f.kind in _BODY_KINDS and f.surfaces) or not printed_once(f.surfaces[0]):
            return False
        name = f.surfaces[0]
        for other in longer:
            if len(other) > len(name) and other.endswith(" " + name):
                before = other[:-len(name)].split()
                if len(before) >= 2 and fold(before[-1]) in conjunctions:
                    return True
        return False
    return [f for f in found if not tail(f)] if longer else found


@lru_cache(maxsize=1)
def _shared_name_ends() -> dict[str, frozenset[str]]:
    """{folded word: the codes of the two countries whose names of several words end with it}
    for a word that is no country's name alone ("congo": the Democratic Republic of the Congo
    and the Republic of the Congo; "korea"): the word alone names either one."""
    ends: dict[str, set[str]] = {}
    for code, row in reference().countries.items():
        for language in ("en", "fr", "es"):
            for name in (row.get(language) or {}).get("names") or []:
                words = str(name).replace("-", " ").split()
                last = words[-1] if words else ""
                # a proper word ("Congo", "Korea"), not a common noun or an acronym ("Region", "SAR")
                if len(words) > 1 and last[:1].isupper() and not last.isupper() and not is_common_word(fold(last), "en"):
                    ends.setdefault(fold(last), set()).add(code)
    alone = {fold(str(n)) for row in reference().countries.values() for language in ("en", "fr", "es")
             for n in (row.get(language) or {}).get("names") or []}
    return {word: frozenset(codes) for word, codes in ends.items() if len(codes) == 2 and word not in alone}


def shared_end_by_places(f: Found, places: set[str] | frozenset[str]) -> Found | None:
    """An unresolved name that is a word two countries' names end with (_shared_name_ends:
    "Congo"), made the country of the two whose places the article names (places: the
    country codes of the cities its sentences and its dateline name, "KINSHASA, Congo —", "in
    Goma"), when they are those of one of the two only; None otherwise (the name stays
    unresolved: no place, or places of both). f: a Found of kind "unresolved"."""
    codes = _shared_name_ends().get(fold(f.surfaces[0])) if f.kind == "unresolved" and f.surfaces else None
    if not codes or len(codes & set(places)) != 1:
        return None
    entry = reference().country_entry(next(iter(codes & set(places))))
    return _as_listed(entry, f.sentence, f.surfaces)


def shared_end_as_host(f: Found, sentence: str, language: str) -> Found | None:
    """An unresolved name that is a word two countries' names end with (_shared_name_ends:
    "Congo"), printed right after a place preposition (vocabulary "place_prepositions", an
    article of "name_articles" maybe between: "au Congo", "en el Congo", "in Congo", "tại Congo"), made the one
    of the two that ever hosted a UN peacekeeping operation (missions.yaml countries: the
    Democratic Republic, host of ONUC, MONUC and MONUSCO; the Republic of the Congo hosted
    none) when only one did. Asked only of a text that speaks of peacekeeping, where a place
    troops serve in is a host of operations; None otherwise ("des soldats du Congo": a
    contributor may be either)."""
    codes = _shared_name_ends().get(fold(f.surfaces[0])) if f.kind == "unresolved" and f.surfaces else None
    if not codes:
        return None
    hosts = _mission_hosts() & codes
    if len(hosts) != 1:
        return None
    if not re.search(rf"{_place_preposition_before(language)}{re.escape(fold(f.surfaces[0]))}(?!\w)", fold(sentence)):
        return None
    entry = reference().country_entry(next(iter(hosts)))
    return _as_listed(entry, f.sentence, f.surfaces)


@lru_cache(maxsize=1)
def _mission_hosts() -> frozenset[str]:
    """The ISO codes of every country that ever hosted a listed operation (missions.yaml)."""
    return frozenset(code for m in reference().missions.values() for code in m.countries)


@lru_cache(maxsize=None)
def _place_preposition_before(language: str) -> str:
    """A regular expression, on folded text, of a place preposition of the language (vocabulary
    "place_prepositions"), maybe an article of "name_articles" after it and maybe a region of
    the country ("country_region_fillers": "in eastern Congo", "dans l'est du Congo"), ending
    where the place's name begins (shared_end_as_host): built once per language."""
    prepositions = alternation(sorted(reference().words("place_prepositions", (language,)), key=len, reverse=True))
    between = rf"(?:(?:{alternation(sorted(reference().words('name_articles')))})\s+)?"
    regions = sorted(reference().words("country_region_fillers", (language,)), key=len, reverse=True)
    region = rf"(?:(?:{alternation(regions)})\s+)?" if regions else ""
    return rf"(?<!\w)(?:{prepositions})\s+{between}{region}"


def _shared_end_beside_its_namesake(found: list[Found]) -> list[Found]:
    """One sentence's entities, a word two countries' names end with, found unresolved
    (_shared_name_ends: "Congo"), made the other country where the sentence names one of the
    two by a name of its own ("des contingents du Burundi, du Congo, de RD-Congo": the
    Republic of the Congo beside the Democratic Republic), else the country of the places of
    one of the two the sentence names ("trasladado a Bunia (Congo)": Bunia is in the
    Democratic Republic). Alone, the word stays unresolved."""
    shared = _shared_name_ends()
    named = {f.code for f in found if f.kind == "country"}
    places = {f.code for f in found if f.kind == "city"}
    out = []
    for f in found:
        codes = shared.get(fold(f.surfaces[0])) if f.kind == "unresolved" and f.surfaces else None
        code = None
        if codes and len(codes & named) == 1:
            code = next(iter(codes - named))
        elif codes and not codes & named and len(codes & places) == 1:
            code = next(iter(codes & places))
        if code:
            entry = reference().country_entry(code)
            f = _as_listed(entry, f.sentence, f.surfaces)
        out.append(f)
    return out


@lru_cache(maxsize=1)
def _capital_ids() -> frozenset[str]:
    """The gazetteer ids of the capitals countries.yaml marks (capital: true)."""
    return frozenset(slugify(city["en"]) for row in reference().countries.values()
                     for city in row.get("cities") or [] if city.get("capital"))


def _country_over_its_capital(entries: list[Entry]) -> list[Entry]:
    """The entries of a known name, the country alone where the name is the country's and its
    own capital's ("Guatemala", "Panamá", "México", "Koweït": the French or Spanish name of
    Guatemala City, Panama City, Mexico City or Kuwait City is the country's): the word names
    the country either way, and the press calls the city by a longer name where it means the
    city alone. entries: Gazetteer.lookup's entries, returned as they are otherwise (a city
    that is no capital, "Gaza" of Gaza City, still leaves the name unresolved)."""
    if len(entries) != 2 or len({e.code for e in entries}) != 1:
        return entries
    country = [e for e in entries if e.kind == "country"]
    city = [e for e in entries if e.kind == "city"]
    if country and city and city[0].id in _capital_ids():
        return country
    return entries


def _roles_of_their_own(sentence: str, found: list[Found]) -> None:
    """Drop, in place, a role read after a person's name (Found.role_after) that the sentence
    ties to another person named in it: a role that is only the next person's title and runs
    into that name ("Trung tá A, Trung tá B, ...": the rank and name of the next one in a
    list; not "A, spokesman for B's faction"), or a title set off by
    commas right before the next name when the person's own name was itself set off after a
    title ("the Under-Secretary-General for Peace Operations, A, the Under-Secretary-General
    for Operational Support, B, and ...": a list of title-name pairs, each title before its
    holder). found: one sentence's entities in order of appearance (find_in_sentence's).
    A role of that kind is given to the next person by _apposed_title, not here."""
    people = [f for f in found if f.kind == "person"]
    if len(people) < 2 or not any(f.role_after for f in people):
        return
    spans, at = [], 0
    for f in people:
        start = sentence.find(f.surfaces[0], at)
        if start < 0:
            start = sentence.find(f.surfaces[0])
        spans.append((start, start + len(f.surfaces[0]), f))
        at = max(at, start + 1)
    for start, end, f in spans:
        if not f.role_after or start < 0:
            continue
        printed = f.role_after
        r0 = sentence.find(printed, end)
        if r0 < 0 and printed.endswith(")"):  # its years, added in brackets (_role_after)
            printed = printed.rsplit(" (", 1)[0]
            r0 = sentence.find(printed, end)
        if r0 < 0:
            continue
        r1 = r0 + len(printed)
        if any(g is not f and r0 <= s < r1 and g.role and sentence[r0:s].strip() == g.role for s, _e, g in spans):
            f.role_after = None  # the role is the next person's title, running into the name
            continue
        following = [s for s, _e, g in spans if g is not f and s >= r1]
        if (following and sentence[r1:min(following)].strip() == "," and f.role is not None
                and sentence[:start].rstrip().endswith(",")):  # its role: a title set off before it
            f.role_after = None  # "title, A, title, B": the title before B is B's


class ListedNameWords(NamedTuple):
    """The content words of every name of a listed body (organisations.yaml) and operation
    (missions.yaml), as _listed_name_words reads them. A set of words is held as a sorted
    tuple of its words, or keyed by them joined with spaces (_words_key), and an entry by its
    id: plain tuples and strings, which the garbage collector stops tracking (as frozensets,
    lists and tuples holding entries they were about 125,000 objects each full collection
    walked for the process's life)."""

    # entry id -> the word sets (sorted tuples) of its names
    by_id: dict[str, tuple[tuple[str, ...], ...]]
    # _words_key(a name's word set less one word) -> ((the word left out, entry id), ...), for
    # names of two words or more (a name printed with one word misspelt)
    short: dict[str, tuple[tuple[str, str], ...]]
    # the function words left out (vocabulary "stopwords", folded)
    stop: frozenset[str]
    # _words_key(a name's word set) -> the ids of the entries one of whose names has those words
    by_words: dict[str, tuple[str, ...]]
    # entry id -> its Entry
    entries: dict[str, Entry]


def _words_key(words) -> str:
    """A set of folded words (words hold no space) as one string, the same for the same set:
    its words sorted and joined with spaces."""
    return " ".join(sorted(words))


@lru_cache(maxsize=1)
def _listed_name_words() -> ListedNameWords:
    """The content words of every name of a listed body (organisations.yaml) and operation
    (missions.yaml), in every language, folded, hyphens as spaces, function words
    (vocabulary "stopwords") left out: by entry id, the word sets of its names; by word set
    less one word, the word left out and its entry, for names of two words or more (a name
    printed with one word misspelt); the function words; and by word set, the entries one of
    whose names has those words (ListedNameWords gives the shapes)."""
    ref = reference()
    stop = ref.words("stopwords")
    by_id: dict[str, list[tuple[str, ...]]] = {}
    short: dict[str, list[tuple[str, str]]] = {}
    by_words: dict[str, dict[str, None]] = {}
    entries: dict[str, Entry] = {}

    def add(entry: Entry, name: str) -> None:
        words = _name_words(name, stop)
        if not words:
            return
        entries[entry.id] = entry
        by_id.setdefault(entry.id, []).append(tuple(sorted(words)))
        by_words.setdefault(_words_key(words), {})[entry.id] = None
        if len(words) >= 2:
            for w in words:
                short.setdefault(_words_key(words - {w}), []).append((w, entry.id))

    for row in ref.organisations.values():
        entry = Entry(row.get("kind") or "organisation", row["id"], row["name"])
        for name in [row["name"], *(n for forms in (row.get("names") or {}).values() for n in forms or [])]:
            add(entry, str(name))
    for mission in ref.missions.values():
        entry = Entry("mission", mission.id, mission.acronym)
        for name in {mission.name, mission.name_fr, *mission.aliases}:
            add(entry, name)
    return ListedNameWords({key: tuple(sets) for key, sets in by_id.items()},
                           {key: tuple(pairs) for key, pairs in short.items()}, stop,
                           {key: tuple(ids) for key, ids in by_words.items()}, entries)


def _name_words(name: str, stop: frozenset[str]) -> frozenset[str]:
    """The folded words of a name, hyphens and apostrophes as spaces, less the function words stop."""
    return frozenset(w for w in fold(name.replace("-", " ")).replace("'", " ").split() if w not in stop)


def _content_words(text: str) -> frozenset[str]:
    """The folded content words of a name, as _listed_name_words keeps them."""
    return _name_words(text, _listed_name_words().stop)


# The fewest letters a misspelt word needs to be read as a listed name's (_one_slip): in a
# name of two content words ("Amnesty Internationl"), and in a longer one, whose other words
# are printed right ("Human Right Watch": three words, two the same, a short one misspelt).
SLIP_LETTERS = 7
SLIP_LETTERS_IN_LONG_NAME = 4


def _one_slip(a: str, b: str, least: int = SLIP_LETTERS) -> bool:
    """Whether two words of `least` letters or more (seven by default) differ by one letter
    added, dropped or changed ("establizacion" for "estabilizacion", "national" for
    "nations", "right" for "rights" in a long name), or are the same word
    (text.one_edit_apart without swaps)."""
    return min(len(a), len(b)) >= least and (a == b or one_edit_apart(a, b, swaps=False))


_BRACKETED_AFTER = re.compile(r"(?P<tail>(?:[ \t]+[\w'\u2019.-]+){0,8}?)[ \t]*\((?P<acronym>[^\W\d_][\w-]{1,14})\)")


# A listed acronym right before the bracket a gloss of it fills: "FARDC (" in "FARDC
# (Congolese Armed Forces)"; the gloss must close the bracket (_GLOSS_CLOSE).
_ACRONYM_BEFORE_BRACKET = re.compile(r"(?<![\w-])(?P<acronym>[^\W\d_][\w-]{1,14})[ \t]*\($")
_GLOSS_CLOSE = re.compile(r"[ \t]*\)")


def _glossed_acronym(sentence: str, at: int, surface: str) -> str | None:
    """The acronym a name found by pattern glosses when the name fills the bracket after it
    ("FARDC (Congolese Armed Forces)", "les ADF (Allied Democratic Forces)"), else None. Cheap
    on most names: the character before the name must open a bracket."""
    if not (at >= 1 and sentence[at - 1] == "(" or at >= 2 and sentence[at - 2:at] == "( "):
        return None
    if not _GLOSS_CLOSE.match(sentence, at + len(surface)):
        return None
    m = _ACRONYM_BEFORE_BRACKET.search(sentence[max(0, at - 20):at].rstrip(" \t"))
    return m.group("acronym") if m else None


def _variant_of_listed(sentence: str, found: Found, misspelt_only: bool = False) -> Entry | None:
    """The listed body or operation a name found by pattern is printed for, in a spelling the
    reference does not hold: its acronym in brackets after it, with at most the place it serves
    in between ("la Misión Multidimensional Integrada de Estabilización de Naciones Unidas en
    Malí (MINUSMA)", "Fuerza Provisional de Naciones Unidas (FINUL)"), or its acronym right
    before the bracket the name fills, as a gloss ("FARDC (Congolese Armed Forces)"), where the
    name shares half its words with one of that entry's names; or the same words as one of its names but
    for function words, word order, hyphens and one misspelt word ("Conseil de Sécurité des
    Nations-Unies", "Misión de Establización de Haití de Naciones Unidas"); a name of two words,
    one the same and the other misspelt ("Amnesty Internationl"), only when the misspelt one
    is long (_one_slip: seven letters or more). misspelt_only: only the misspelling is asked
    about (a name found as a person or left unresolved: "Amnesty Internationl" read as a
    person's). None otherwise."""
    surface = found.surfaces[0]
    words = _content_words(surface)
    if not words:
        return None
    listed = _listed_name_words()
    if misspelt_only:
        if len(words) < 2 or len(surface.split()) != len(words):
            return None
        return _one_misspelt_name(words, listed)

    def acronym_entry(acronym: str) -> Entry | None:
        """The one listed body or operation of that acronym, when the name shares half its
        words with one of its names."""
        entries = reference().gazetteer.whole(acronym)
        if len(entries) == 1 and entries[0].kind in ("mission", "organisation") and any(
                2 * len(words.intersection(name_words)) >= len(words) for name_words in listed.by_id.get(entries[0].id, ())):
            return entries[0]
        return None

    at = sentence.find(surface)
    if at >= 0 and (m := _BRACKETED_AFTER.match(sentence, at + len(surface))):
        if all(w[:1].isupper() or fold(w) in listed.stop for w in m.group("tail").split()) and (entry := acronym_entry(m.group("acronym"))):
            return entry
    if at > 0 and (acronym := _glossed_acronym(sentence, at, surface)) is not None and (entry := acronym_entry(acronym)):
        return entry
    if len(words) < 2:
        return None
    matches = listed.by_words.get(_words_key(words), ()) if len(words) >= 3 else ()
    if not matches:
        return _one_misspelt_name(words, listed)
    return listed.entries[matches[0]] if len(matches) == 1 else None


def _one_misspelt_name(words: frozenset[str], listed: ListedNameWords) -> Entry | None:
    """The one listed body or operation one of whose names has the content words `words`
    (folded) but one, that word misspelt (_one_slip) in `words`; listed: _listed_name_words's
    tables (its `short`: word set less one word -> the word left out and its entry). In a
    name of three content words or more a shorter word may be the misspelt one
    (SLIP_LETTERS_IN_LONG_NAME: "Human Right Watch"). None when no entry or several fit."""
    least = SLIP_LETTERS_IN_LONG_NAME if len(words) >= 3 else SLIP_LETTERS
    matches = dict.fromkeys(entry_id for w in words for listed_word, entry_id in listed.short.get(_words_key(words - {w}), ())
                            if _one_slip(w, listed_word, least))
    return listed.entries[next(iter(matches))] if len(matches) == 1 else None


# An elided article glued to the word after it ("L'Union", "L’Unité", "D'Abidjan").
_ELIDED_WORD = re.compile(r"[LlDd]['\u2019](?P<word>[^\W\d_]+)")


def _with_listed_variants(sentence: str, tokens: list[Token], found: list[Found], language: str) -> list[Found]:
    """found, with each organisation found by pattern that prints a listed body or operation
    in another spelling (_variant_of_listed) made that body or operation, and none made of a
    sentence-opening elided article and one everyday word ("L'Union africaine", "L’Unité de
    génie": the article and a common noun, whatever the name after it)."""
    out = []
    for f in found:
        # a name found as a person's or left open, a listed body's name with one long word
        # misspelt ("Amnesty Internationl said"): that body
        if f.kind in ("person", "unresolved") and not f.known and (entry := _variant_of_listed(sentence, f, misspelt_only=True)):
            if not any(g.known and g.id == entry.id for g in found):
                out.append(_as_listed(entry, sentence, f.surfaces))
            continue
        if f.kind != "organisation" or f.known:
            out.append(f)
            continue
        glued = _ELIDED_WORD.fullmatch(f.surfaces[0])
        if glued and is_dictionary_word(fold(glued.group("word")), language):
            continue
        entry = _variant_of_listed(sentence, f)
        if entry is None:
            out.append(f)
        elif not any(g.known and g.id == entry.id for g in found):
            out.append(_as_listed(entry, sentence, f.surfaces))
    return out


_REGNAL_NUMBER = re.compile(r"(?=[IVX]{2,}$|V$|X$)X{0,3}(?:IX|IV|V?I{0,3})$")


def _with_sovereigns(sentence: str, tokens: list[Token], found: list[Found]) -> list[Found]:
    """found, with each sovereign named by given name(s) and regnal number after a sovereign's
    title (vocabulary "sovereign_titles": "le roi Mohammed VI", "King Charles III", "el rey
    Felipe VI", "Pope John Paul II") as one person, the title its role; what was found inside
    that name (a lone given name left unresolved, the name without its number) gives way.
    The regnal number is a Roman numeral from II (V and X alone too), printed in capitals.
    Without a title, a widely borne given name (vocabulary "given_names") that opens its run of
    capitalised words, right before a regnal number, is a sovereign's name too ("en tiempos de
    Isabel II", "the reign of Elizabeth II"); a numbered rotation or operation has no given name
    of its own there ("Libre Hidalgo IX")."""
    titles = reference().words("sovereign_titles")
    given = reference().words("given_names")
    spans: list[tuple[int, int, Found]] = []
    for i, token in enumerate(tokens[:-1]):
        if (token.folded in given and token.is_capitalized and not token.is_acronym
                and _REGNAL_NUMBER.match(tokens[i + 1].text) and _gap_is_space(sentence, token, tokens[i + 1])
                and not (i > 0 and (tokens[i - 1].is_capitalized or tokens[i - 1].folded in titles)
                         and _gap_is_space(sentence, tokens[i - 1], token))):
            name = sentence[token.start:tokens[i + 1].end]
            spans.append((token.start, tokens[i + 1].end, _as_printed("person", name, sentence)))
            continue
        if token.folded not in titles or i >= len(tokens) - 2:
            continue
        j = i + 1
        while (j < len(tokens) and tokens[j].is_capitalized and not _REGNAL_NUMBER.match(tokens[j].text)
               and _gap_is_space(sentence, tokens[j - 1], tokens[j])):
            j += 1
        if (j == i + 1 or j >= len(tokens) or not _REGNAL_NUMBER.match(tokens[j].text)
                or not _gap_is_space(sentence, tokens[j - 1], tokens[j])):
            continue
        name = sentence[tokens[i + 1].start:tokens[j].end]
        spans.append((tokens[i + 1].start, tokens[j].end,
                      Found("person", slugify(name), name, sentence, [name], role=token.text)))
    if not spans:
        return found

    def inside(f: Found) -> bool:
        span = _printed_span(sentence, f)
        return span is not None and any(a <= span[0] and span[1] <= b for a, b, _f in spans)

    return [f for f in found if not inside(f)] + [f for _a, _b, f in spans]


def _without_place_named_bodies(sentence: str, tokens: list[Token], found: list[Found]) -> list[Found]:
    """found, without the bodies (organisations, known or not, and names left unresolved) whose
    mention closes a place's or an institution's name (_in_place_name: "le Musée des Forces
    armées", "the Museum of the Armed Forces", "el Museo de las Fuerzas Armadas", "Bảo tàng
    Quân đội nhân dân Việt Nam"): the place is named there, not the body."""
    starts = {t.start: k for k, t in enumerate(tokens)}

    def in_place(f: Found) -> bool:
        span = _printed_span(sentence, f)
        return span is not None and (k := starts.get(span[0])) is not None and _in_place_name(tokens, k)

    return [f for f in found if not (f.kind in ("organisation", "unresolved") and in_place(f))]


@lru_cache(maxsize=None)
def _capital_state_patterns(language: str) -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern, bool] | None:
    """The patterns of vocabulary "capital_state_acts" of a language, on text compared as
    _compared_for_capitals gives it: (what may stand before a subject capital, up to its
    start; a joiner then another name; the act after a subject, from its end, a vote counting
    only with its direction ("votes", "directions"); the verb right before a capital aimed at,
    up to its start; whether a capital aimed at may qualify the noun after it,
    "qualifies_next_noun"). None when the language lists no acts."""
    table = (reference().vocabulary.get("capital_state_acts") or {}).get(language)
    if not table or not table.get("acts"):
        return None
    convert = (lambda w: unicodedata.normalize("NFC", w.lower())) if language in EXACT_LANGUAGES else fold
    words = {key: alternation({convert(w) for w in table.get(key) or ()}) or "(?!)" for key in
             ("acts", "between", "aimed", "openers", "joiners", "votes", "directions")}
    opener = re.compile(rf"(?:^|[,;:(\u2014\u2013]|\s-|(?<![\w'])(?:{words['openers']})|(?<![\w'])(?:{words['joiners']}))[\s\"'\u201c\u00ab]*$")
    joiner = re.compile(rf"\s+(?:{words['joiners']})\s+")
    # a vote only with its direction ("voted against"): told alone it is the city's voters'
    act = re.compile(rf"\s+(?:(?:{words['between']})(?:\s+|(?<=')))" "{0,2}"
                     rf"(?:{words['acts']}|(?:{words['votes']})\s+(?:{words['directions']}))(?![\w-])")
    aimed = re.compile(rf"(?<![\w-])(?:{words['aimed']})\s+$")
    return opener, joiner, act, aimed, bool(table.get("qualifies_next_noun"))


def _compared_for_capitals(sentence: str, language: str) -> str | None:
    """The sentence as _capital_state_patterns read it: lowercased (Vietnamese, its marks
    kept) or folded, offset for offset; None where that changes its length."""
    compared = unicodedata.normalize("NFC", sentence).lower() if language in EXACT_LANGUAGES else fold_same_length(sentence)
    return compared if len(compared) == len(sentence) else None


def _with_governing_capitals(sentence: str, found: list[Found], language: str) -> list[Found]:
    """found, with the country of each capital (countries.yaml: capital: true) that stands for
    its government: the subject of a state's act, opening the sentence or a clause or joined
    to another capital so placed ("Kinshasa accused ...", "Moscow and Beijing abstained",
    "Paris et Rome ont également annoncé", "Juba y Jartum se acusaron"), or the one an act is
    aimed at ("accused Kigali", "cáo buộc Kigali"): vocabulary "capital_state_acts". The
    country is named with the capital's surface as a form of this sentence only (local); the
    city stays a place. A capital after a preposition ("in Kinshasa", "à Bamako") or in a
    dateline is a place alone."""
    patterns = _capital_state_patterns(language)
    capitals = _capital_ids()
    if patterns is None or not any(f.kind == "city" and f.id in capitals for f in found):
        return found
    compared = _compared_for_capitals(sentence, language)
    if compared is None:
        return found
    opener, joiner, act, aimed, qualifies = patterns
    spans = sorted([(span, f) for f in found if f.kind == "city" and f.id in capitals and f.code
                    and (span := _printed_span(sentence, f)) is not None], key=lambda pair: pair[0])
    acting: list[Found] = []
    for index, ((start, end), city) in enumerate(spans):
        if aimed.search(compared, 0, start):
            if not (qualifies and _qualifies_next_noun(sentence, end)):
                acting.append(city)
            continue
        if not opener.search(compared, 0, start):
            continue
        # past the capitals joined to it ("Moscow and Beijing abstained"), the act
        at = end
        for (next_start, next_end), _other in spans[index + 1:]:
            joined = joiner.match(compared, at)
            if joined is None or joined.end() != next_start:
                break
            at = next_end
        if act.match(compared, at):
            acting.append(city)
            # the capitals joined after it act with it
            for (next_start, next_end), other in spans[index + 1:]:
                if next_end <= at:
                    acting.append(other)
    if not acting:
        return found
    ref = reference()
    named = {f.code for f in found if f.kind == "country"}
    added: list[Found] = []
    for city in acting:
        if city.code in named or city.code not in ref.countries:
            continue
        named.add(city.code)
        entry = ref.country_entry(city.code)
        added.append(Found("country", entry.id, entry.name, sentence, [city.surfaces[0]], known=True, code=city.code,
                           local=[city.surfaces[0]]))
    return found + added


_NEXT_WORD = re.compile(r"\s+(\w[\w'\u2019-]*)")


def _qualifies_next_noun(sentence: str, end: int) -> bool:
    """Whether the word printed right after offset end (a place's name) is a lowercase word
    other than a stopword, a noun the place qualifies ("urged Kinshasa residents"), as English
    prints it; "accused Kigali of", "warned Bamako that" are no such noun."""
    match = _NEXT_WORD.match(sentence, end)
    return bool(match) and match.group(1)[0].islower() and fold(match.group(1)) not in _vocab_sets()["stop"]


def _printed_span(sentence: str, f: Found) -> tuple[int, int] | None:
    """Where an entity's first surface is first printed in sentence, as (start, end) offsets;
    None when the sentence does not print it."""
    start = sentence.find(f.surfaces[0])
    return (start, start + len(f.surfaces[0])) if start >= 0 else None


def _with_generic_bodies(sentence: str, tokens: list[Token], found: list[Found],
                         bodies: list[tuple[Found, int, int]]) -> list[Found]:
    """found, with the generic bodies of the sentence (bodies, as generic_bodies_in gives
    them) in place of the organisations and unmatched names found by pattern inside their
    mentions ("Vietnam's Ministry of Defence" is the Ministry of Defence of Vietnam;
    "Ministerio de Defensa" the Ministry of Defence)."""
    if not bodies:
        return found
    spans = [(tokens[first].start, tokens[last].end) for _body, first, last in bodies]

    def inside(f: Found) -> bool:
        # within a body's mention, or that mention and the place it is in ("Ministry of
        # Defence in France"), or opening with the mention and going on with the body's own
        # portfolio words ("Ministerio de Salud Pública y Población", "Ministry of Health and
        # Population"): the body's longer name, the body found by its form; not a body of its
        # own whose name opens with the form (_own_body_after_form: "Ministry of Defence Police")
        if (span := _printed_span(sentence, f)) is None:
            return False
        start, end = span
        return any(a <= start and (end <= b or (start == a and not _own_body_after_form(sentence[b:end])))
                   for a, b in spans)

    def between(f: Found) -> bool:
        # a known name inside a mention, the mention going on after it: one of a ministry's
        # portfolios ("Unión Europea" in "Ministerio de Asuntos Exteriores, Unión Europea y
        # Cooperación"), not the body
        if (span := _printed_span(sentence, f)) is None:
            return False
        return any(a < span[0] and span[1] < b for a, b in spans)

    kept = [f for f in found if not (f.kind in ("organisation", "initiative", "unresolved") and not f.known and inside(f))
            and not (f.kind == "organisation" and f.known and between(f))]
    return kept + [body for body, _first, _last in bodies]


def _own_body_after_form(rest: str) -> bool:
    """Whether the words a name prints after a generic body's form (rest: the text from the
    form's end to the name's end) make it a body of its own: they end on a body's head word
    (vocabulary "organisation_heads": "Ministry of Defence Police", "Ministry of Justice
    Training Institute") with no comma or conjunction among them (vocabulary
    "coordinating_conjunctions"), which would join a portfolio to the ministry's ("Ministry of
    Health and Social Services"). str -> bool."""
    words = fold(rest).split()
    if not words or "," in rest:
        return False
    ref = reference()
    if any(w in ref.words("coordinating_conjunctions") for w in words):
        return False
    return words[-1] in ref.words("organisation_heads")


def _with_national_forces(sentence: str, tokens: list[Token], found: list[Found],
                          bodies: list[tuple[Found, int, int]]) -> list[Found]:
    """found, with a country's armed forces of the sentence (national_forces_in) in place of
    the bodies found by pattern inside their mentions or ending with them ("UNIFIL and
    Lebanon Army"); the country stays found as a country. bodies: the sentence's generic
    bodies (generic_bodies_in), read once for both."""
    forces = national_forces_in(sentence, tokens, found, bodies)
    if not forces:
        return found
    spans = [(tokens[first].start, tokens[last].end) for _body, first, last in forces]
    ids = {body.id for body, _first, _last in forces}

    def covered(f: Found) -> bool:
        if (span := _printed_span(sentence, f)) is None:
            return False
        start, end = span
        return any((a <= start and end <= b) or (start <= a and end == b) for a, b in spans)

    kept = [f for f in found if f.id not in ids
            and not (f.kind in ("organisation", "initiative", "unresolved") and not f.known and covered(f))]
    return kept + [body for body, _first, _last in forces]


@lru_cache(maxsize=None)
def _region_index() -> dict[str, list[tuple[str, ...]]]:
    """The vocabulary's region_names as folded token tuples, by first token, longest first."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for words in reference().vocabulary["region_names"].values():
        for phrase in words:
            key = tuple(t.folded for t in tokenize(phrase))
            index.setdefault(key[0], []).append(key)
    return {first: sorted(keys, key=len, reverse=True) for first, keys in index.items()}


def _region_name_end(tokens: list[Token], i: int) -> int:
    """The end (exclusive) of a region's name of the vocabulary ("region_names": "Latin
    America", "océan Indien", "the Indian Ocean") starting at tokens[i], or 0 when none
    starts there. A region's name holds a country's name or demonym and is no country."""
    for key in _region_index().get(tokens[i].folded, ()):
        if tuple(t.folded for t in tokens[i:i + len(key)]) == key:
            return i + len(key)
    return 0


def _words_before(tokens: list[Token], i: int, count: int, exact: bool) -> str:
    """The count words right before tokens[i], joined by single spaces: folded, or (exact)
    lowercased with their diacritics; "" where fewer words stand before it."""
    if i < count:
        return ""
    return " ".join(t.text.lower() if exact else t.folded for t in tokens[i - count:i])


@lru_cache(maxsize=None)
def _vocabulary_phrases(section: str, language: str) -> tuple[frozenset[str], bool]:
    """A vocabulary section's phrases in the article's language, as _words_before compares
    them (exact for the languages whose diacritics carry meaning), and whether exact. Made
    once per section and language (asked at each country name a sentence prints)."""
    exact = language in EXACT_LANGUAGES
    table = reference().vocabulary.get(section) or {}
    return frozenset(w.lower() if exact else fold(w) for w in table.get(language) or ()), exact


def _water_body(tokens: list[Token], i: int, end: int, language: str) -> int:
    """Whether the country's name at tokens[i:end] names a river, a lake or a basin (vocabulary
    "water_heads"): right after one of its words in the article's language, maybe with
    joining words between ("le fleuve Niger", "el río Níger", "sông Niger", "Lake Chad", "the
    basin of the Niger"), or in English right before one ("the Niger River", "the Niger
    Delta"). Returns the end (exclusive) of the water's words after the name (end itself when
    the word stands before it), or 0 when the name is the country's."""
    heads, exact = _vocabulary_phrases("water_heads", language)
    if not heads:
        return 0
    joiners = reference().words("water_joiners")
    k = i
    while k > 0 and i - k < 2 and tokens[k - 1].folded in joiners and not tokens[k - 1].is_capitalized:
        k -= 1
    for start in {i, k}:
        if any(_words_before(tokens, start, count, exact) in heads for count in (1, 2, 3)):
            return end
    if language == "en" and end < len(tokens) and tokens[end].folded in heads:
        return end + 1
    return 0


def _airline_name(sentence: str, tokens: list[Token], i: int, end: int) -> bool:
    """Whether the country's name or demonym at tokens[i:end] is a word of an airline's name
    (vocabulary "airline_words"): a capitalised word of it right after ("Ethiopian Airlines",
    "Emirates Airline") or right before ("Air France", "Royal Air Maroc"), joined by a space."""
    words = reference().vocabulary.get("airline_words") or {}
    after = {fold(w) for w in words.get("after") or ()}
    before = {fold(w) for w in words.get("before") or ()}
    if end < len(tokens) and tokens[end].is_capitalized and tokens[end].folded in after and _gap_is_space(sentence, tokens[end - 1], tokens[end]):
        return True
    return _capitalised_word_before(sentence, tokens, i, before)


def _capitalised_word_before(sentence: str, tokens: list[Token], first: int, words: frozenset[str] | set[str]) -> bool:
    """Whether the token right before tokens[first] is capitalised, one of words (folded) and
    joined to it by white space alone (_gap_is_space): a word of the same name ("Air France", "la Misión
    Multidimensional", "una Fuerza Multinacional"). False at the sentence's start."""
    return (first > 0 and tokens[first - 1].is_capitalized and tokens[first - 1].folded in words
            and _gap_is_space(sentence, tokens[first - 1], tokens[first]))


def _currency_name(tokens: list[Token], i: int, end: int, language: str) -> bool:
    """Whether the country's name or demonym at tokens[i:end] names a currency (vocabulary
    "currency_nouns"): in English right before the currency's noun ("the South Sudanese
    pound", "Kenya shillings"), in French, Spanish and Vietnamese right after it ("la livre
    sud-soudanaise", "dólares estadounidenses", "đồng bảng Nam Sudan")."""
    nouns, exact = _vocabulary_phrases("currency_nouns", language)
    if not nouns:
        return False
    if language == "en":
        return end < len(tokens) and tokens[end].folded in nouns
    return any(_words_before(tokens, i, count, exact) in nouns for count in (1, 2, 3))


def _compound_demonym(token: Token) -> list[str]:
    """The countries of a compound adjective of nationalities joined by hyphens, its last
    part a demonym and the parts before a demonym, a country's name or a combining form
    (vocabulary "demonym_prefixes": "franco-estadounidense", "sino-vietnamien",
    "Indo-Pakistani", "US-Mexican"; a people's or a region's word in place of some of them,
    vocabulary "compound_group_parts": "Arab-Israeli", "sino-africain", but not a family of
    tongues, "compound_group_families": "Indo-European"), or of two or three countries' names joined so ("the
    Mali-Algeria border", "frontera Malí-Argelia"), a known body's name among them ("the
    Israel-Hezbollah war"): the countries' codes in order, or []. English,
    French and Spanish join such adjectives with a hyphen and put the combining forms first."""
    if "-" not in token.text:
        return []
    parts = token.text.split("-")
    if len(parts) < 2 or not all(parts):
        return []
    prefixes = reference().vocabulary["demonym_prefixes"]
    gazetteer = reference().gazetteer

    def country(part: str, last: bool) -> str | None:
        folded = fold(part)
        if not last and folded in prefixes:
            return prefixes[folded]
        hit = gazetteer.whole(part) or gazetteer.whole(part.capitalize())
        codes = {e.code for e in hit if e.kind == "country"}
        if len(codes) == 1 and (not last or folded in country_demonyms()):
            return codes.pop()
        return None

    codes = [country(part, k == len(parts) - 1) for k, part in enumerate(parts)]
    if all(codes):
        return list(dict.fromkeys(codes))
    # a people's or a region's word in the place of a country ("Arab-Israeli", "israélo-arabes",
    # "sino-africain": vocabulary "compound_group_parts"): the countries beside it are named
    groups = reference().words("compound_group_parts")
    if fold(token.text) in reference().words("compound_group_families"):
        return []  # "Indo-European languages": a family of peoples or tongues, no country named
    if any(codes) and all(code or fold(part) in groups for code, part in zip(codes, parts, strict=True)):
        return list(dict.fromkeys(code for code in codes if code))
    # two or three countries' names, each capitalised ("the Mali-Algeria border", "la frontière
    # Liban-Israël"), or a country's name and a known body's ("the Israel-Hezbollah war"): each
    # country is named
    named = [country(part, False) if part[:1].isupper() and fold(part) not in prefixes else None for part in parts]
    bodies = [not code and any(e.kind == "organisation" for e in gazetteer.whole(part)) for code, part in zip(named, parts, strict=True)]
    found = [code for code in named if code]
    if len(parts) > 3 or not found or len(set(found)) != len(found) or not all(code or body for code, body in zip(named, bodies, strict=True)):
        return []
    return found


def _compound_bodies(token: Token) -> list[tuple[str, Entry]]:
    """The known bodies (reference organisations, one entry a part) of a hyphenated pair of
    a country and a body, as _compound_demonym reads it ("Israël-Hezbollah": Hezbollah):
    (the part as printed, its entry) in order; [] for a pair of countries only."""
    gazetteer = reference().gazetteer
    out = []
    for part in token.text.split("-"):
        bodies = {e.id: e for e in gazetteer.whole(part) if e.kind == "organisation"}
        if len(bodies) == 1 and not any(e.kind == "country" for e in gazetteer.whole(part)):
            out.append((part, next(iter(bodies.values()))))
    return out


_DOUBLED = re.compile(r"(.)\1+")


def _collapse_doubles(word: str) -> str:
    return _DOUBLED.sub(r"\1", word)


@lru_cache(maxsize=None)
def _doubles_index() -> dict[str, str]:
    """Country names and demonyms of one word (countries.yaml, EN/FR/ES), folded with their
    doubled letters made single ("morocco" -> "moroco"), to the country's code; a form two
    countries share this way is left out."""
    table: dict[str, set[str]] = {}
    for code, row in reference().countries.items():
        for lang in ("en", "fr", "es"):
            section = row.get(lang) or {}
            for form in [*(section.get("names") or ()), *(section.get("demonyms") or ())]:
                folded = fold(form)
                if folded.isalpha() and len(folded) >= 5:
                    table.setdefault(_collapse_doubles(folded), set()).add(code)
    return {form: next(iter(codes)) for form, codes in table.items() if len(codes) == 1}


def _misspelt_country(token: Token, language: str) -> str | None:
    """The code of the country a capitalised word misspells by doubling or undoubling a
    letter ("Morroco", "Morrocan", "Phillipines"), the commonest
    misspelling of names (Damerau 1964; Kukich 1992, "Techniques for automatically correcting
    words in text": single-letter insertions and deletions), or None. Only words of six
    letters or more, absent from the reference as written and no everyday word."""
    folded = token.folded
    if not token.is_capitalized or token.is_acronym or len(folded) < 6 or not folded.isalpha():
        return None
    code = _doubles_index().get(_collapse_doubles(folded))
    if code is None or is_common_word(folded, language):
        return None
    return code


def _in_a_name(sentence: str, tokens: list[Token], i: int, sets, language: str) -> bool:
    """Whether tokens[i] stands inside a person's name: right after a title that stands before
    names ("Colonel Ghanna", "Mr Kennya") or next to a capitalised name-like word, joined by a
    space ("Chinna Rao", "Jordann Smith"). A word that merely resembles a country is then a
    name word (given names such as Chinna are common in the corpus's armies), not a misspelt
    country; a misspelling is guessed only for a word standing alone."""
    if i > 0 and _gap_is_space(sentence, tokens[i - 1], tokens[i]) and (
            _is_person_title(tokens[i - 1].text, language) or _name_like(tokens[i - 1], sets, language)):
        return True
    return (i + 1 < len(tokens) and _gap_is_space(sentence, tokens[i], tokens[i + 1])
            and _name_like(tokens[i + 1], sets, language))


@lru_cache(maxsize=None)
def country_demonyms() -> frozenset[str]:
    """Every country's demonyms, folded (countries.yaml, the demonyms of each of
    PLACE_LANGUAGES): a set of str, read once; used here and by events."""
    return frozenset(fold(d) for d in _demonyms_as_printed())


@lru_cache(maxsize=None)
def _continent_as_printed(token: Token, language: str) -> bool:
    """Whether a word found as a country's name is, as printed with its accents, the article's
    language's name of a continent (vocabulary "continent_words": Spanish "América", the
    Americas, folded like the English name of the United States): the continent, no country.
    Token, language code -> bool."""
    return token.text.lower() in reference().exact_words("continent_words", language)


def _demonym_as_language(sentence: str, tokens: list[Token], i: int, end: int) -> bool:
    """A country's demonym that names a language: next to a noun of language (vocabulary
    "language_nouns": "the French acronym", "le sigle anglais", "la sigla francesa"). After
    a preposition alone ("in French") nothing tells the language from the country's people,
    and it is left a country; after the noun and a preposition of language ("sus siglas en
    francés", "son sigle en anglais", "its acronym in French") it is the language. So too a
    demonym right after a word of ethnicity (vocabulary
    "ethnic_group_words": "ethnic Albanians", "d'ethnie serbe", "de etnia albanesa"): the
    community, not the country."""
    if end != i + 1 or tokens[i].folded not in country_demonyms():
        return False
    ref = reference()
    if i > 0 and tokens[i - 1].folded in ref.words("ethnic_group_words") and _gap_is_space(sentence, tokens[i - 1], tokens[i]):
        return True
    nouns = ref.words("language_nouns")
    if end < len(tokens) and tokens[end].folded in nouns and _gap_is_space(sentence, tokens[i], tokens[end]):
        return True
    if i > 0 and tokens[i - 1].folded in nouns and _gap_is_space(sentence, tokens[i - 1], tokens[i]):
        return True
    # the noun, then a preposition of language (vocabulary "language_prepositions"), then the
    # demonym: "sus siglas en francés", "son sigle en anglais", "its acronym in French"
    return (i > 1 and tokens[i - 1].folded in ref.words("language_prepositions") and tokens[i - 2].folded in nouns
            and _gap_is_space(sentence, tokens[i - 2], tokens[i - 1]) and _gap_is_space(sentence, tokens[i - 1], tokens[i]))


def _inside_family_name(tokens: list[Token], i: int, entries: list[Entry], sets, language: str) -> bool:
    """A country's name in a language that capitalises every syllable of a person's name
    (Vietnamese), right after a family name or a middle name of that language (vocabulary
    "family_names", "middle_names") joined by a space: the given name of a person ("Nguyễn
    Trung Phi", "Trần Thị Hà Lan"), not the country ("Trung Phi", "Hà Lan"); also after a
    family name and one more syllable ("Hoàng Minh Lào")."""
    if language not in EXACT_LANGUAGES or i == 0 or any(e.kind != "country" for e in entries):
        return False
    before = tokens[i - 1]
    if not (before.is_capitalized and before.end + 1 == tokens[i].start):
        return False
    if before.folded in sets["family"] or exact_form(before.text) in _exact_section("middle_names", language):
        return True
    # the third syllable after a family name and a middle syllable of any kind ("Hoàng Minh
    # Lào"): the middle one no word of the language's lists
    first = tokens[i - 2] if i >= 2 else None
    return (first is not None and first.is_capitalized and first.folded in sets["family"]
            and first.end + 1 == before.start and exact_form(before.text) not in _exact_words(language)
            and not any(e.kind != "country" for e in entries))


def _country_opening_vietnamese_name(sentence: str, tokens: list[Token], i: int, entries: list[Entry], sets,
                                     language: str) -> bool:
    """A country's word of one syllable that is also a Vietnamese family name (vocabulary
    "family_names": "Thai"), opening a Vietnamese name printed without its marks in another
    language (unmarked_vietnamese_name: it and the next two or three capitalised syllables,
    joined by spaces) after a title that stands before a person ("Colonel Thai Tan Ha", "le
    colonel Thai Minh Son") or with a listed middle name second ("Thai Van Long", vocabulary
    "middle_names"): the person's family name, not the country ("Thai troops" stays
    Thailand). Not in Vietnamese, which prints the marks."""
    if language in EXACT_LANGUAGES or any(e.kind != "country" for e in entries) or tokens[i].folded not in sets["family"]:
        return False
    words = [i]
    while (len(words) < 4 and words[-1] + 1 < len(tokens) and tokens[words[-1] + 1].is_capitalized
           and not tokens[words[-1] + 1].is_acronym and _gap_is_space(sentence, tokens[words[-1]], tokens[words[-1] + 1])):
        words.append(words[-1] + 1)
    if len(words) < 3 or not unmarked_vietnamese_name([tokens[k].text for k in words]):
        return False
    return tokens[i + 1].folded in sets["middle"] or _person_title_before(sentence, tokens, i, sets, language)


def _honorific_opening_place(tokens: list[Token], i: int, end: int, entries: list[Entry], language: str) -> bool:
    """A known name of several words found folded whose first word, as printed, is a courtesy
    title of a language compared with its diacritics (vocabulary "person_titles", "vi": "Bà",
    "Ông"): the title before a person's given name ("Bà Lan", Mrs Lan), which folds like a
    country's name ("Ba Lan", Poland), not the place; and a name of one word right after a
    courtesy word of vocabulary "given_name_honorifics" ("ông Lào": Mr Lào, not Laos)."""
    if language not in EXACT_LANGUAGES:
        return False
    if end - i == 1:
        # a country of one word after a courtesy word for a person (vocabulary
        # "given_name_honorifics": "ông Lào", Mr Lào), joined by a space
        return (i > 0 and all(e.kind == "country" for e in entries) and tokens[i - 1].end + 1 == tokens[i].start
                and exact_form(tokens[i - 1].text) in _exact_section("given_name_honorifics", language))
    return exact_form(tokens[i].text) in _exact_section("person_titles", language)


def _family_name_after_given(sentence: str, tokens: list[Token], i: int, entries: list[Entry], sets, language: str) -> bool:
    """A town's name of one word right after a given name (vocabulary "given_names") joined
    by a space: a family name ("Carlos Mendoza", "Ana Toledo", "Pedro León"), not the town.
    A country after two given names ("María Isabel Salvador", "Ana Lucía Salvador": a
    one-word form of a country's name as a family name), after one that names no known
    place ("Michael Jordan"; not "Chad Niger" of a list without commas), or after one
    capitalised name word that a person's title stands right before, listed as a given name
    or not ("el cabo Ramiro Francia", "le caporal Paul Gabon"); else it stays the country."""
    if i == 0 or any(e.kind not in ("city", "country") for e in entries):
        return False

    def given(k: int) -> bool:
        return k >= 0 and tokens[k].is_capitalized and tokens[k].end + 1 == tokens[k + 1].start and tokens[k].folded in sets["given"]

    if any(e.kind == "country" for e in entries):
        if given(i - 1) and given(i - 2):
            return True
        before = tokens[i - 1]
        if reference().gazetteer.lookup(tokens, i - 1) is not None or before.end + 1 != tokens[i].start:
            return False
        return given(i - 1) or (_name_like(before, sets, language) and _role_before(sentence, tokens, i - 1, sets, language) is not None)
    return given(i - 1)


def _common_word_opening(token: Token, entries: list[Entry], language: str) -> bool:
    """A place name of one word opening a sentence, where its capital may be the sentence's,
    that is a common word of the article's language and not a name the reference lists for
    that language (reference.names_by_language): "Réunion ministérielle à Bamako" (French
    lists the island as "La Réunion"), "Reunión de ministros". The word's frequency in the
    language's own list decides (is_dictionary_word's bar, without English's list)."""
    listed = reference().names_by_language.get(language)
    if listed is None or any(e.kind not in ("country", "city") for e in entries) or token.folded in listed:
        return False
    checker = _spellchecker(language)
    return checker is not None and checker.word_frequency[token.text.lower()] >= DICTIONARY_WORD_COUNT


_JOINED_NAME = re.compile(r"[^\W\d_][\w'\u2019-]*")


def _opening_capital_acts(sentence: str, token: Token, entries: list[Entry], language: str) -> bool:
    """Whether a capital (countries.yaml: capital: true) opening the sentence as token is
    the subject of a state's act of vocabulary "capital_state_acts", right after it or after
    other capitalised names joined to it ("Paris a condamné", "Paris et Rome ont annoncé",
    "Lima condenó"): the city then, though its name is a common word of the language
    (_common_word_opening: "paris", bets; "lima", a file), as _with_governing_capitals reads it."""
    capitals = _capital_ids()
    if not any(e.kind == "city" and e.id in capitals for e in entries):
        return False
    patterns = _capital_state_patterns(language)
    compared = _compared_for_capitals(sentence, language) if patterns is not None else None
    if compared is None:
        return False
    _opener, joiner, act, _aimed, _qualifies = patterns
    at = token.end
    while (joined := joiner.match(compared, at)) is not None:
        name = _JOINED_NAME.match(sentence, joined.end())
        if name is None or not name.group()[0].isupper():
            break
        at = name.end()
    return act.match(compared, at) is not None


def _common_word_in_longer_name(sentence: str, tokens: list[Token], i: int, end: int, entries: list[Entry], language: str) -> bool:
    """A place's name of one word after its article ("La Reunión", "La Réunion") that is a
    common word of the article's language and no name the reference lists for it alone there
    (as _common_word_opening judges it), followed by a space and a capitalised word: a word of
    a longer name printed in title case ("tras la Reunión Ministerial de Mantenimiento de la
    Paz", "la Réunion Ministérielle de Londres"), a meeting, not the island."""
    articles = reference().gazetteer.articles
    words = [k for k in range(i, end) if tokens[k].folded not in articles]
    if len(words) != 1 or words[0] != end - 1 or end >= len(tokens):
        return False
    after = tokens[end]
    if not after.is_capitalized or not _gap_is_space(sentence, tokens[end - 1], after) or after.folded in _vocab_sets()["stop"]:
        return False
    return _common_word_opening(tokens[end - 1], entries, language)


def _office_country_before_name(tokens: list[Token], i: int, sets, language: str) -> bool:
    """After a title, a place name that is also a given name (tokens[i], vocabulary
    "place_given_names") followed by a whole name of its own, a widely borne given name
    (vocabulary "given_names") then another capitalised name-like word, each after one space:
    the place is the country of the office, as Vietnamese prints it between the title and its
    holder ("Thủ tướng Israel Benjamin Netanyahu", "Tổng thống Kenya William Ruto"), not the
    holder's first name; a title before a given name that one family name follows
    ("Corporal Chad Morrison", "Defence Minister Israel Katz") keeps its reading. Input: the
    sentence's tokens and the place word's index; output: True when the words read so."""
    if i + 2 >= len(tokens):
        return False
    given, family = tokens[i + 1], tokens[i + 2]
    return (given.folded in sets["given"] and given.start - tokens[i].end == 1
            and family.start - given.end == 1 and family.is_capitalized and _name_like(family, sets, language))


def _given_name_of_person(tokens: list[Token], i: int, sets, language: str, titled: bool = False) -> bool:
    """A place name that is also a given name (vocabulary "place_given_names") opening a
    person's name: followed, after a space, by a capitalised name-like word that names no
    known entity, no place or thing and is no everyday word ("Chad Whitfield", not "Chad
    Basin" nor "Jordan Valley"), and not itself inside a longer capitalised name ("Lake Chad")
    nor after an article (vocabulary "name_articles": "the Washington Consensus", a thing).
    titled: a title stands right before (vocabulary "titles"), capitalised or not ("Corporal
    Chad Morrison", "el sargento Jordan Ruiz"); the next word may then be an everyday word
    too, as family names are ("el presidente Santiago Peña", "General Jordan Rose")."""
    if tokens[i].folded not in reference().words("place_given_names") or i + 1 >= len(tokens):
        return False
    following = tokens[i + 1]
    if titled and _office_country_before_name(tokens, i, sets, language):
        return False  # "Thủ tướng Israel Benjamin Netanyahu": the office's country, then its holder
    if (not titled and i > 0 and tokens[i - 1].is_capitalized and tokens[i - 1].end + 1 >= tokens[i].start
            and tokens[i - 1].folded not in sets["stop"]):
        return False  # "Lake Chad"; a capitalised title before ("Corporal Chad Morrison") opens the person's name
    if not titled and i > 0 and tokens[i - 1].folded in reference().words("name_articles"):
        return False  # "the Washington Consensus", "le Milan Matin": a thing named after the place
    if following.start - tokens[i].end != 1 or not _name_like(following, sets, language):
        return False
    heads, _exact = _place_heads(language)
    return (
        reference().gazetteer.lookup(tokens, i + 1) is None
        and following.folded not in sets["things"] and following.folded not in heads
        and (titled or not is_common_word(following.folded, language))
    )


def _capitals_are_no_surname(token: Token, sets) -> bool:
    """A word in capitals that is no family name: a function word, title, body's head, month
    or day, generic noun (vocabulary sets "stop", "titles", "heads", "calendar", "generic") or
    an outlet's name ("EFE"; reference "sources")."""
    word = token.folded
    return (word in sets["stop"] or word in sets["titles"] or word in sets["heads"] or word in sets["calendar"]
            or word in sets["generic"] or bool(reference().find_source(token.text)))


def _capital_surname_after_rank(sentence: str, tokens: list[Token], k: int, sets, language: str) -> bool:
    """A word in capitals alone right after a title that stands only before a person
    (vocabulary "person_titles"): a family name printed in capitals ("le général MARTINEAU",
    "Colonel HARTWELL"), as military releases print surnames. Letters only, three at least,
    no function word, title, body's head or outlet; not followed, after a space, by another
    capitalised word (those open a name read elsewhere: "Colonel KANG Min Jae"). A known
    acronym is claimed before it comes here."""
    token = tokens[k]
    if not (k > 0 and token.is_acronym and token.text.isalpha() and len(token.text) >= 3) or _ROMAN_NUMERAL.fullmatch(token.text):
        return False
    if _capitals_are_no_surname(token, sets):
        return False
    nxt = k + 1
    if nxt < len(tokens) and _gap_is_space(sentence, token, tokens[nxt]) and tokens[nxt].is_capitalized:
        return False
    return _gap_is_space(sentence, tokens[k - 1], token) and _after_person_title(sentence, tokens, k, sets, language)


def _given_name_after_honorific(sentence: str, tokens: list[Token], k: int, language: str) -> bool:
    """In Vietnamese, tokens[k] is one capitalised syllable right after a courtesy title or
    rank of the language (vocabulary "person_titles", "vi": "ông Phụng", "bà Lan", "Đại tá
    Hùng"), joined by a space, the word after it not capitalised: the person's given name,
    by which the Vietnamese press names a person again (the last syllable of the full name).
    Not a title, function word or body's head word of the language, alone or with the word
    after it ("chiến sĩ Bệnh viện": the soldiers of a hospital)."""
    if language not in EXACT_LANGUAGES or k == 0 or not tokens[k].is_capitalized or tokens[k].is_acronym:
        return False
    if not tokens[k].text.isalpha() or not _gap_is_space(sentence, tokens[k - 1], tokens[k]):
        return False
    if k + 1 < len(tokens) and tokens[k + 1].is_capitalized and _gap_is_space(sentence, tokens[k], tokens[k + 1]):
        return False
    word = exact_form(tokens[k].text)
    heads = _exact_section("organisation_heads", language)
    if word in _exact_words(language) or (
            k + 1 < len(tokens) and f"{word} {exact_form(tokens[k + 1].text)}" in heads):
        return False  # "chiến sĩ Bệnh viện dã chiến": a body's head word (of two syllables)
    if _opens_vietnamese_unit(sentence, tokens, k, language, alone=False):
        return False  # "Trung úy Lực lượng gìn giữ hòa bình": a unit's head word of two syllables
    if k + 1 < len(tokens) and f"{word} {exact_form(tokens[k + 1].text)}" in _title_syllable_pairs(language):
        return False  # "Sĩ quan Tham mưu hậu cần": a word of an office's title (tham mưu, staff)
    titles = _exact_section("person_titles", language)
    before = exact_form(tokens[k - 1].text)
    two = exact_form(sentence[tokens[k - 2].start:tokens[k - 1].end]) if k >= 2 else ""
    return before in titles or two in titles


@lru_cache(maxsize=None)
def _title_syllable_pairs(language: str) -> frozenset[str]:
    """Every two syllables that follow each other inside a title of the language (vocabulary
    "titles", compared with diacritics): "tham mưu" and "mưu trưởng" of "tham mưu trưởng", "chỉ
    huy" of "chỉ huy trưởng". A capitalised syllable and the lowercase one after it that make
    such a pair are a word of an office's name, not a given name."""
    pairs = set()
    for title in _exact_section("titles", language):
        words = title.split()
        pairs.update(f"{a} {b}" for a, b in zip(words, words[1:]))
    return frozenset(pairs)


def _member_link(word: str, sets) -> bool:
    """Whether a folded word may link a plural noun of people to what its members stand for
    in a body's name: a connector of vocabulary "name_connectors" ("for", "of", "de") that is
    no coordinating conjunction ("and", "et", "y": "Doctors and Nurses" lists two groups)."""
    return word in sets["connectors"] and word not in sets["conjunctions"]


def _members_body(piece: list[int], tokens: list[Token], claimed: list[bool], sets) -> bool:
    """Whether a capitalised stretch names a body by its members: it opens on a plural noun of
    people (vocabulary "member_body_heads": "Physicians", "Friends", "Partners", "Amigos"),
    then a connector of vocabulary "name_connectors" ("for", "of the", "in", "de la"), then
    capitalised words none of which is a known name ("Physicians for Human Rights", "Lawyers
    for Human Rights", "Partners in Health", "Amigos de la Tierra"). Not "Doctors in Gao": the
    words after the connector are a known place. Not "Doctors and Nurses", "Avocats et
    Journalistes": a coordinating conjunction (vocabulary "coordinating_conjunctions") lists
    two groups of people, it links no members to what they stand for (_member_link).
    pieces: token indexes of the stretch."""
    if len(piece) < 3 or tokens[piece[0]].folded not in sets["member_heads"]:
        return False
    if not _member_link(tokens[piece[1]].folded, sets):
        return False
    rest = [k for k in piece[1:] if tokens[k].is_capitalized]
    return bool(rest) and not any(claimed[k] for k in piece[1:])


def _unmatched_names(sentence, tokens, claimed, found, sets, language) -> list[Found]:
    """Names that matched nothing: stretches of name-like words that are neither reference
    data nor a person or body found by pattern. One word counts only inside the sentence and
    outside the dictionary ("Bentiu", not "The")."""
    covered = [False] * len(tokens)
    for f in found:
        start = sentence.find(f.surfaces[0])
        for k, token in enumerate(tokens):
            if start <= token.start < start + len(f.surfaces[0]):
                covered[k] = True
    # One word alone is judged only where the language has a dictionary (Vietnamese capitalises
    # every syllable of a name, so its single capitalised syllables say nothing).
    single_words = _spellchecker(language) is not None
    names: list[Found] = []
    stretch: list[int] = []

    def close(stretch):
        alone = single_words and stretch and stretch[0] > 0 and (
            not is_dictionary_word(tokens[stretch[0]].folded, language)
            or (len(stretch) == 1 and _everyday_surname_after_rank(sentence, tokens, stretch[0], sets, language)))
        given = len(stretch) == 1 and _given_name_after_honorific(sentence, tokens, stretch[0], language)
        if stretch and _title_going_on(tokens, stretch, language):
            return  # "Phó Tổng Tham mưu trưởng": a title, its first syllables capitalised
        if len(stretch) >= 2 or alone or given:
            name = _span_text(sentence, tokens, stretch)
            names.append(_as_printed("unresolved", name, sentence))

    for k, token in enumerate(tokens):
        if not (claimed[k] or covered[k]) and _capital_surname_after_rank(sentence, tokens, k, sets, language):
            # "le général MARTINEAU": a family name in capitals alone after a rank
            close(stretch)
            stretch = []
            names.append(_as_printed("unresolved", token.text, sentence))
        elif claimed[k] or covered[k] or not _name_like(token, sets, language):
            close(stretch)
            stretch = []
        elif stretch and not _gap_is_space(sentence, tokens[stretch[-1]], token):
            close(stretch)  # "Sayo, Mandumbi": two names
            stretch = [k]
        else:
            stretch.append(k)
    close(stretch)
    return names


def _with_apposed_bodies(sentence: str, tokens: list[Token], claimed: list[bool], found: list[Found]) -> list[Found]:
    """found with the bodies an apposition after a name calls so ("Harbour Watch, a Swiss NGO,",
    "SITE, une ONG américaine", "ACLED, a US-based non-profit,": _apposed_body_after) or a
    body's noun before it names ("the NGO Harbour Watch": _body_noun_before): a name that
    matched nothing (kind "unresolved") in either place is made an organisation; a quoted name
    right after a body's noun ("l'ONG « The Sentry »": _quoted_bodies_after_noun) and an
    acronym no known name holds, before such an apposition, are added as organisations named
    as printed where no entity found is printed over them. claimed: per token, whether a
    known name holds it; found: the sentence's entities so far."""
    ends = {token.end: k for k, token in enumerate(tokens)}
    out = []
    spans = []  # where the entities found are printed
    for f in found:
        span = _printed_span(sentence, f)
        if span is not None:
            spans.append(span)
        last = ends.get(span[1]) if span is not None else None
        if f.kind == "unresolved" and last is not None and (_apposed_body_after(sentence, tokens, last)
                                                              or _body_noun_before(sentence, span[0])):
            f = replace(f, kind="organisation")
        out.append(f)
    for start, end in _quoted_bodies_after_noun(sentence):
        if not any(a < end and start < b for a, b in spans):
            name = sentence[start:end]
            out.append(_as_printed("organisation", name, sentence))
    for k, token in enumerate(tokens):
        if (token.is_acronym and not claimed[k] and len(token.text) >= 2
                and not any(a <= token.start < b for a, b in spans)
                and _apposed_body_after(sentence, tokens, k)):
            out.append(_as_printed("organisation", token.text, sentence))
    return out


def _body_through_head(sentence: str, tokens: list[Token], first: int, head: int, sets) -> Found | None:
    """The body whose name runs from tokens[first] to its head word tokens[head] right after a
    name's words ("the Nelson Mandela Foundation", "the Oromo Liberation Army"): an initiative
    for an initiative's head (vocabulary "initiative_heads"), else an organisation, named as
    printed; None for a military formation's name, a part of a body (_military_formation)."""
    if _military_formation([head], tokens):
        return None
    kind = "initiative" if tokens[head].folded in sets["initiative_heads"] else "organisation"
    return _as_printed(kind, _span_text(sentence, tokens, [first, head]), sentence)


def _people_and_bodies(sentence, tokens, run, claimed, sets, language) -> list[Found]:
    """The people, and the bodies and initiatives, one capitalised run names beyond what the
    reference data knows.

    sentence: the sentence's text; tokens: its tokens; run: the token indexes of one
    capitalised run (_runs, _service_of_a_rank_apart); claimed: per token, whether a known
    name holds it (read, never written); sets: _vocab_sets(); language: the article's code.
    Returns the Found, in this order: from each stretch of name-like words (_name_segments),
    a person or the body named by its words (_segment_names, in the order of the stretches);
    then, from the stretches of the run no person took (_pieces_apart), a body or an
    initiative each (_piece_body)."""
    found: list[Found] = []
    person_tokens: set[int] = set()
    own_stopwords = _own_stopwords(language)
    vietnamese = _vietnamese_triples(sentence, tokens, run, claimed, sets, own_stopwords)
    for segment in _name_segments(sentence, tokens, run, claimed, sets, language, vietnamese, own_stopwords):
        if _after_body_opening_word(tokens, run, segment):
            continue  # "Jama'at Nasr al-Islam": the words after the group's word name the group
        named, taken = _segment_names(sentence, tokens, run, segment, person_tokens, vietnamese, sets, language)
        found += named
        person_tokens |= taken
    for piece in _pieces_apart(run, person_tokens):
        body = _piece_body(sentence, tokens, piece, claimed, found, sets, language)
        if body is not None:
            found.append(body)
    return found


def _name_segments(sentence: str, tokens: list[Token], run: list[int], claimed: list[bool], sets, language: str,
                   vietnamese: dict[int, bool], own_stopwords: frozenset[str]) -> list[list[int]]:
    """The stretches of a capitalised run that may name a person, in order: maximal stretches
    of name-like words (_name_like, a Vietnamese name's syllables: vietnamese, from
    _vietnamese_triples), with the words a name takes inside or at its edges though they are
    not name-like alone (particles in lowercase, "de", "van"; a name's opening or closing word
    of each rule below, each with its example). A stretch is cut at any other word, and right
    after a word that closes a name (a demonym or a family name in capitals).

    run: token indexes; claimed: per token, whether a known name holds it; own_stopwords:
    _own_stopwords(language). Returns lists of token indexes, some of one word or none (the
    caller's _segment_names sets those aside)."""
    run_set = set(run)
    segments: list[list[int]] = []
    segment: list[int] = []
    for k in run:
        token = tokens[k]
        if not claimed[k] and (_name_like(token, sets, language) or vietnamese.get(k, False)):
            segment.append(k)
        elif not claimed[k] and _name_opening_word(sentence, tokens, k, run, claimed, sets, language, own_stopwords):
            segment.append(k)
        elif not segment and _unaccented_family_name(sentence, tokens, k, run_set, claimed, sets, language):
            segment.append(k)  # "Ban Ki Mun" in Vietnamese: a foreign family name that is a word there
        elif not claimed[k] and _own_word_syllable(sentence, tokens, k, segment, sets, language):
            segment.append(k)  # "Kim Jong Un" in French: the name's last syllable a function word
        elif not claimed[k] and _own_word_middle_syllable(sentence, tokens, k, segment, run_set, sets, language):
            segment.append(k)  # "Phung Si Tan" in French: the name's middle syllable a function word
        elif not segment and _title_given_name(sentence, tokens, k, run_set, claimed, sets, language):
            segment.append(k)  # "Pape Samba Diallo": a given name that is a title word elsewhere
        elif segment and token.folded in sets["particles"] and not token.is_capitalized:
            segment.append(k)
        elif segment and claimed[k] and _demonym_closing_name(sentence, tokens, k, segment):
            segment.append(k)  # "Ram Kumar Nepali, who ...": a family name that is a demonym
            segments.append(segment)
            segment = []
        elif segment and _title_given_name_closing(sentence, tokens, k, segment, claimed, sets, language):
            segment.append(k)  # "Abdul Karim Sheikh": a title given name closing a name is its family name
        elif segment and not claimed[k] and _particle_glued_name(token, sets):
            segment.append(k)  # "Abdel Fattah al-Burhan": a particle glued to the family name
        elif segment and not claimed[k] and _inner_name_word(sentence, tokens, k, run, claimed, sets, language):
            segment.append(k)
        elif segment and not claimed[k] and _middle_initials(sentence, tokens, k, run_set, claimed, sets, language):
            segment.append(k)  # "Ana M. Ruiz", "Retno L. P. Marsudi": middle names' initials between two names
        elif not claimed[k] and _given_name_month(sentence, tokens, k, sets) and k + 1 in run_set:
            segment.append(k)
        elif segment and not claimed[k] and k - 1 in segment and _family_name_month(sentence, tokens, k, sets):
            segment.append(k)  # "Zhang Jun": a short month's name as a name's last syllable
        elif (segment and not claimed[k] and tokens[segment[0]].folded in sets["family"]
              and _foreign_syllable(sentence, tokens, k, sets, own_stopwords)):
            segment.append(k)
        elif not segment and not claimed[k] and _capitals_after_rank(sentence, tokens, k, run_set, claimed, sets, language):
            segment.append(k)
        elif _capitals_closing_name(sentence, tokens, k, segment, claimed, sets, language):
            segment.append(k)  # "Luis GUIMPEL": a family name in capitals closes the name
            segments.append(segment)
            segment = []
        elif _elided_article_name(sentence, tokens, k, segment, run_set, claimed, sets, language):
            segment.append(k)  # "Didier L'Escaut"
        elif _spaced_apostrophe_opening(sentence, tokens, k, run_set, claimed, sets, language):
            segment.append(k)  # "Sean O' Brien": the family name's opening letter, a space after its apostrophe
        elif (not claimed[k] and all(_initial(tokens[j]) for j in segment)
              and _initials_after_rank(sentence, tokens, k if not segment else segment[0], run_set, claimed, sets, language)):
            segment.append(k)  # "Colonel G Varkeshan", "Mr S. D. Sundaresh": the given names' initials
        else:
            segments.append(segment)
            segment = []
    segments.append(segment)
    return segments


def _segment_names(sentence: str, tokens: list[Token], run: list[int], segment: list[int], person_tokens: set[int],
                   vietnamese: dict[int, bool], sets, language: str) -> tuple[list[Found], set[int]]:
    """What one stretch of a run names (a stretch of _name_segments): a person, or a body
    whose words it is, or nothing.

    The stretch is cut down to the name's words (_name_extent); a name that is a thing's, a
    place's or a body's is set aside (_no_person_named); the rest is judged on the evidence of
    a person (_person_or_body). person_tokens: the run's tokens the stretches before took (read
    only); vietnamese: from _vietnamese_triples. Returns (the Found: none, or one person, or
    one organisation or initiative the words name; the token indexes taken from the run, the
    run's other words left for the bodies, _pieces_apart). Tokens may be taken with nothing
    found: the name of a person a body is named after where the body's head word comes later
    in the run (_named_body_after; the body is read from the words after the name)."""
    extent = _name_extent(sentence, tokens, segment, person_tokens, sets, language)
    if extent is None:
        return [], set()
    segment, printed = extent
    role = _role_before(sentence, tokens, printed, sets, language)
    family = _family_named(tokens, segment, role is not None, sets, language)
    if _no_person_named(sentence, tokens, run, segment, printed, role, family, sets, language):
        return [], set()
    return _person_or_body(sentence, tokens, run, segment, printed, role, family or segment[0] in vietnamese,
                           sets, language)


def _family_named(tokens: list[Token], segment: list[int], titled: bool, sets, language: str) -> bool:
    """Whether a stretch of name words is read as a name opening on its family name: its first
    word a family name (vocabulary "family_names": "Tran Quoc Hung", "Park Min Ho") after a
    title (titled: a role stands before it, "colonel Park Min Ho"), or followed by a word that
    is no everyday word of the language (is_common_word). segment: token indexes."""
    return (tokens[segment[0]].folded in sets["family"]
            and (titled or any(not is_common_word(_dictionary_form(tokens[k]), language) for k in segment[1:])))


def _person_title_before(sentence: str, tokens: list[Token], first: int, sets, language: str) -> bool:
    """Whether the role written right before tokens[first] (_role_before) is a title that stands
    only before a person (_is_person_title: "General de Brigada", "Mr", "la ministra")."""
    return _is_person_title(_role_before(sentence, tokens, first, sets, language) or "", language)


def _after_body_opening_word(tokens: list[Token], run: list[int], segment: list[int]) -> bool:
    """Whether a stretch of name words follows, in the same capitalised run, an Arabic word for
    a group, a movement or an army that opens armed groups' and parties' names (vocabulary
    "body_opening_words": "Jama'at Nasr al-Islam", "Harakat al-Shabab"): the run is the body's
    name and the stretch no person's. run, segment: token indexes."""
    if not segment:
        return False
    before = segment[0] - 1
    return before in run and tokens[before].is_capitalized and tokens[before].folded in _body_opening_words()


@lru_cache(maxsize=1)
def _body_opening_words() -> frozenset[str]:
    """The folded words of vocabulary "body_opening_words"."""
    return frozenset(fold(w) for w in reference().vocabulary.get("body_opening_words") or ())


def _name_extent(sentence: str, tokens: list[Token], segment: list[int], person_tokens: set[int], sets,
                 language: str) -> tuple[list[int], int] | None:
    """A stretch of name-like words cut down to a person's name, or None where no name of a
    person's size is left.

    Cut in turn: its particles in lowercase at the edges and what follows a service's particle
    or a title-case headline's verb (_name_edges); the words of a title before the name
    (_without_title_words); the photo, count, social network or title's country words that open
    no name (_without_opening_words); an office's words before it (_without_office_words); a
    given name's abbreviation ("Md Abdul Karim") and the verb opening the sentence ("Llegó Pedro
    Salas a la base": _sentence_opening_word). Then the name's size is checked (_name_of_size).
    segment: token indexes; person_tokens: the tokens the run's earlier names took. Returns
    (the name's token indexes, the index of its first word as printed: an abbreviation before
    the name is printed with it)."""
    if len(segment) < 2:
        return None  # one word makes no name: the steps below only shorten a segment
    # a particle at an edge is trimmed when printed in lowercase ("de" of "... de Goma");
    # capitalised, it is a name word there ("Lê Văn Hòa", "Đỗ Văn Nam", "Mạc Thị Lan")
    edges = sets["particles"] & frozenset(tokens[k].folded for k in segment if not tokens[k].is_capitalized)
    segment = _name_edges(sentence, tokens, segment, edges, sets, language)
    if segment is None:
        return None
    segment = _without_title_words(sentence, tokens, segment, sets, language)
    if segment is None:
        return None
    segment = _without_opening_words(sentence, tokens, segment, edges, sets, language)
    segment = _without_office_words(sentence, tokens, segment, person_tokens, sets, language)
    segment = _without_office_adjective(sentence, tokens, segment, sets, language)
    printed = segment[0] if segment else 0
    while segment and tokens[segment[0]].folded in sets["name_abbreviations"]:
        segment = segment[1:]  # "Md Abdul Karim": the name is "Abdul Karim"
    if _sentence_opening_word(sentence, tokens, segment, sets, language):
        segment = segment[1:]  # "Llegó Pedro Salas a la base": the verb opening the sentence
        printed = segment[0]
    return _name_of_size(sentence, tokens, segment, printed, sets, language)


def _name_edges(sentence: str, tokens: list[Token], segment: list[int], edges: frozenset[str], sets,
                language: str) -> list[int] | None:
    """A stretch of name words without the particles in lowercase at its edges (edges: the
    particles printed in lowercase in the stretch), cut before a service's particle
    (_before_service_particle: "Alistamiento de la Armada") and, on a line in title case, before
    a headline's verb (vocabulary "headline_verbs", _headline_verb: "Kim Condemns Raid That
    Killed ..."). segment: token indexes. None where fewer than two words are left."""
    segment = _trim(segment, tokens, edges)
    cut = _before_service_particle(segment, tokens, sets)
    if cut is not None:
        segment = _trim(segment[:cut], tokens, edges)
        if len(segment) < 2:
            return None  # "Alistamiento de la Armada": an office's body, no person
    # a headline in title case, its subject then its verb ("Kim Condemns Raid That Killed
    # ..."): the name ends before the verb (a line of two long words or more, "Ban Warns
    # Militias", all capitalised, no full stop); in a plain sentence such a word is a
    # name's ("Governor Tom Hails")
    cut = next((i for i in range(1, len(segment)) if _headline_verb(tokens[segment[i]], sets, language)), None)
    if cut is not None and title_case_line(sentence, least=2):
        segment = segment[:cut]
        if len(segment) < 2:
            return None
    return segment


def _title_words(tokens: list[Token], words: list[int], sets, language: str) -> bool:
    """Whether the words at these token indexes, in order, are one title of vocabulary "titles"
    ("Private First Class", "Tổng Thư Ký"): folded, or with their diacritics where the language
    compares them (Vietnamese: _exact_words_of)."""
    if " ".join(tokens[k].folded for k in words) in sets["titles"]:
        return True
    exact_titles = _exact_words_of("titles", language)
    return bool(exact_titles) and " ".join(exact_form(tokens[k].text) for k in words) in exact_titles


def _without_title_words(sentence: str, tokens: list[Token], segment: list[int], sets, language: str) -> list[int] | None:
    """A stretch of name words without the title of several words that opens it ("Private First
    Class", vocabulary "titles"; a title printed in title case is one whole: "Bộ Trưởng Quốc
    Phòng"), nor the end of a Vietnamese title begun before it ("Bộ Trưởng | Quốc Phòng Lê Văn
    Hùng"), nor, after such a title, the title's country Vietnamese prints between the title
    and the name ("Ngoại Trưởng Ai Cập Ahmed Salem"), nor the second word of a title of two
    words whose first is a title alone too ("Tan Sri" after "Gen"). segment: token indexes.
    None where the stretch is a title alone: its holder is named apart."""
    if len(segment) <= TITLE_WORDS and _title_words(tokens, segment, sets, language):
        return None
    stripped = False
    while (n := _opening_title_words(tokens, segment, sets, language)):
        segment, stripped = segment[n:], True
    while (n := _closing_title_words(tokens, segment, sets, language)):
        segment, stripped = segment[n:], True
    stripped = stripped or (segment[0] > 0 and _title_words(tokens, [segment[0] - 1], sets, language))
    # (Vietnamese puts the country after the title; elsewhere a country opening a name may be
    # a given name)
    if stripped and language in EXACT_LANGUAGES and len(segment) > 2 and (hit := _country_at(tokens, segment[0])) is not None \
            and hit[1] <= segment[-1] - 1 and hit[1] in segment:
        segment = segment[segment.index(hit[1]):]
    while (len(segment) > 2 and segment[0] > 0 and tokens[segment[0] - 1].folded in sets["titles"]
           and _gap_is_space(sentence, tokens[segment[0] - 1], tokens[segment[0]])
           and f"{tokens[segment[0] - 1].folded} {tokens[segment[0]].folded}" in sets["titles"]):
        segment = segment[1:]
    return segment


def _opening_title_words(tokens: list[Token], segment: list[int], sets, language: str) -> int:
    """The number of words (two to TITLE_WORDS, the longest first) of the title of several
    words that opens a stretch of name words (_title_words: "Private First Class Jane Doe"),
    a word at least left after it; 0 where none opens it. segment: token indexes."""
    return next((n for n in range(TITLE_WORDS, 1, -1)
                 if len(segment) > n and _title_words(tokens, segment[:n], sets, language)), 0)


def _closing_title_words(tokens: list[Token], segment: list[int], sets, language: str) -> int:
    """The number of a stretch's opening words that close a title begun right before it, in
    the languages whose titles are compared with their diacritics (EXACT_LANGUAGES: "Bộ
    Trưởng | Quốc Phòng Lê Văn Hùng"): the title's words in the stretch, the most first (up to
    TITLE_WORDS - 1), then the fewest before it, two words at least left after them; 0 where
    none, and in the other languages. segment: token indexes."""
    if language not in EXACT_LANGUAGES:
        return 0
    return next((n for n in range(TITLE_WORDS - 1, 0, -1) for b in range(1, TITLE_WORDS - n + 1)
                 if len(segment) > n + 1 and segment[0] - b >= 0
                 and _title_words(tokens, [*range(segment[0] - b, segment[0]), *segment[:n]], sets, language)), 0)


def _without_opening_words(sentence: str, tokens: list[Token], segment: list[int], edges: frozenset[str], sets,
                           language: str) -> list[int]:
    """A stretch of name words without the words that open no name: a photo word opening a
    credit (vocabulary "photo_credit_words": "Photo de Jane Doe"), a count (_count_word: "Five
    Congolese soldiers died", "Cinq Congolais ont été blessés": the people counted), a social
    network the words went out on and the particle after it that joins the author (vocabulary
    "social_networks": "a écrit sur Twitter Jane Doe", "un mensaje en Telegram de Pedro X"),
    the title's country (_title_country: "Tổng thống Pháp Emmanuel Macron"). segment: token
    indexes; edges: the particles in lowercase trimmed from the new edges (_name_extent)."""
    while segment and tokens[segment[0]].folded in reference().words("photo_credit_words"):
        segment = _trim(segment[1:], tokens, edges)
    while segment and _count_word(tokens[segment[0]], sets, language):
        segment = segment[1:]
    while len(segment) > 2 and tokens[segment[0]].folded in reference().words("social_networks"):
        segment = _trim(segment[1:], tokens, edges)
    if len(segment) > 2 and _title_country(sentence, tokens, segment[0], language):
        segment = segment[1:]
    return segment


def _without_office_words(sentence: str, tokens: list[Token], segment: list[int], person_tokens: set[int], sets,
                          language: str) -> list[int]:
    """A stretch of name words without the end of an office's name printed before the
    person's, after the office's connector ("Chief of Communications and Public Information
    Jane Doe", also past a title word of the office's complement: "Minister of Foreign Affairs
    Jane Doe"): its opening dictionary words that are no given names (vocabulary
    "given_names") are the office's, two words kept. Not past a comma (a name set off after
    the office is the holder's, "..., Y T Mensah,"), nor after a rank of several words joined
    by its connector ("General de División", "Capitán de Navío", "Général de Brigade": a
    person's title, the name after it whole, _person_title_before), nor where the word two
    before is a name found already (person_tokens). segment: token indexes."""
    if segment and (_office_connector_before(tokens, segment[0], sets)
                    or _office_words_before(sentence, tokens, segment[0], sets)
                    or (segment[0] > 0 and tokens[segment[0] - 1].folded in sets["titles"]
                        and _gap_is_space(sentence, tokens[segment[0] - 1], tokens[segment[0]])
                        and _office_connector_before(tokens, segment[0] - 1, sets))) and segment[0] - 2 not in person_tokens \
            and not _person_title_before(sentence, tokens, segment[0], sets, language):
        while (len(segment) > 2 and is_dictionary_word(_dictionary_form(tokens[segment[0]]), language)
               and tokens[segment[0]].folded not in sets["given"]):
            segment = segment[1:]
    return segment


def _without_office_adjective(sentence: str, tokens: list[Token], segment: list[int], sets,
                              language: str) -> list[int]:
    """A stretch of name words without the capitalised adjective that closes an office's or a
    body's name printed right before the person's ("el ministro de la Defensa Nacional Juan
    Pérez", "le chef d'État-major Général Jean Dupont", "el jefe del Estado Mayor Conjunto Ana
    Ruiz"): its opening word is an everyday word of the language (is_dictionary_word) ending as
    an adjective (_office_adjective: not "la Policía Paz María Gómez"), neither
    a given name nor a family name (vocabulary "given_names", "family_names"), right after a
    capitalised word it is joined to by a space (the name it closes; no person's title alone,
    "Senator Rose Mary Smith" names her whole, though one closing a longer name, "Estado
    Mayor"), and the word after it a given name: the name opens there, two
    words kept. segment: token indexes."""
    if (len(segment) > 2 and segment[0] > 0 and tokens[segment[0] - 1].is_capitalized
            and (not _is_person_title(tokens[segment[0] - 1].text, language)
                 or (segment[0] > 1 and tokens[segment[0] - 2].is_capitalized
                     and _gap_is_space(sentence, tokens[segment[0] - 2], tokens[segment[0] - 1])))
            and _gap_is_space(sentence, tokens[segment[0] - 1], tokens[segment[0]])
            and tokens[segment[1]].folded in sets["given"]
            and tokens[segment[0]].folded not in sets["given"] and tokens[segment[0]].folded not in sets["family"]
            and is_dictionary_word(_dictionary_form(tokens[segment[0]]), language)
            and _office_adjective(tokens[segment[0]].folded, language)):
        return segment[1:]
    return segment


def _office_adjective(word: str, language: str) -> bool:
    """Whether a folded word of five letters or more ends as an adjective closing an office's
    name does (vocabulary "office_adjective_endings": "nacional", "adjoint", "acting"), not a
    noun opening a given name ("Paz", "Hope")."""
    return len(word) > 4 and word.endswith(_folded_endings("office_adjective_endings", language))


def _name_of_size(sentence: str, tokens: list[Token], segment: list[int], printed: int, sets,
                  language: str) -> tuple[list[int], int] | None:
    """A name's words and its first printed word (_name_extent) where their size makes a
    person's name: two words at least, at most MAX_NAME_TOKENS not counting particles
    ("Fernando De la Rúa", "Ursula von der Leyen"), up to MAX_TITLED_NAME_TOKENS after a title
    that stands only before a person (_person_title_before); with an elided initial glued
    before it ("M'Bemba Moussa Keïta", "N'Golo Diarra", _elided_initial) made the first word.
    None where the size makes no name."""
    words = len([k for k in segment if tokens[k].folded not in sets["particles"]])
    if not 2 <= len(segment) or words > MAX_TITLED_NAME_TOKENS:
        return None
    if words > MAX_NAME_TOKENS and not _person_title_before(sentence, tokens, printed, sets, language):
        return None  # five or six words make a name only after a rank or a courtesy title
    if segment[0] > 0 and _elided_initial(tokens[segment[0] - 1], tokens[segment[0]]):
        segment = [segment[0] - 1, *segment]
        printed = min(printed, segment[0])
    return segment, printed


def _no_person_named(sentence: str, tokens: list[Token], run: list[int], segment: list[int], printed: int,
                     role: str | None, family: bool, sets, language: str) -> bool:
    """Whether a name's words (segment, from tokens[printed] as printed; role: the role before
    it, _role_before; family: it opens on a family name, _segment_names) name something else
    than a person: a thing or a body named by them or around them (_named_thing,
    _quoted_after_head), a unit, a region, a ship, a body's name before its acronym, a numbered
    rotation, a namesake, a title, a place, an address, a school, a body's name after a
    definite article, a Vietnamese word that opens no full name, a possessive inside, a photo
    credit, a company, the words of a mission's long name: each rule below with its example."""
    if _named_thing(sentence, tokens, segment, family, sets, language) \
            or _quoted_after_head(sentence, tokens, printed, segment[-1], sets, language):
        return True
    if role is None and _named_feast(tokens, segment):
        return True  # "Yom Kippur", "Eid al-Adha": a feast, no person
    if _opens_vietnamese_unit(sentence, tokens, segment[0], language):
        return True  # "Tổ Công tác", "Khoa Khám bệnh": a unit's name after a title, no person
    if role is None and _vietnamese_region(sentence, tokens, segment, language):
        return True  # "miền Nam Liban", "Tây Phi": a region, no person
    if printed > 0 and tokens[printed - 1].text in _ship_prefixes() and _gap_is_space(sentence, tokens[printed - 1], tokens[printed]):
        return True  # "KRI Sultan Iskandar Muda": a ship named after a hero
    if _spelt_out_before_acronym(sentence, tokens, [k for k in run if k <= segment[-1]]):
        return True  # "Ghana Korea Friendship Circle (GKFC)": a body's name before its acronym
    if _numbered_like_a_rotation(sentence, tokens, segment[-1], role):
        return True  # "Libre Hidalgo IX": a numbered rotation's name
    if role is not None and _namesake_after_rank(sentence, tokens, printed, role, sets, language):
        return True  # "camp Général Jean Dupont", "Regimiento de Caballería Coronel Juan Pérez": a namesake
    if _title_going_on(tokens, segment, language):
        return True  # "Tổng Thư ký": a title of several words, its last in lowercase
    if role is None and _after_place_preposition(tokens, printed, language):
        return True  # "in Upper Nile", "en Ecuatoria Central": a place
    if role is None and _after_movement_verb(tokens, printed, language):
        return True  # "est arrivé à Kalo Bandima", "llegaron a Nunu Kaya": a place
    if role is None and _in_place_list(sentence, tokens, printed, language):
        return True  # "places like Bor, Pibor and Akobo": places
    if role is None and (_HOUSE_NUMBER_BEFORE.search(sentence[:tokens[printed].start][-16:])
                         or _after_vietnamese_thing(sentence, tokens, printed, language)):
        return True  # "số 7 Nguyễn Tri Phương": an address; "Trường Tiểu học Nguyễn Văn Trỗi": a school
    if (role is None and _after_definite_article(sentence, tokens[printed].start, language)
            and tokens[segment[0]].folded not in sets["given"] and not _leader_named_after(tokens, segment[-1], language)):
        return True  # "de la Marina de Guerra", "de l'Etat de la Transition": a body's name
    if (language in EXACT_LANGUAGES and role is None and not family
            and any(_vietnamese_spelling(tokens[k].text) for k in segment)):
        return True  # "Lính Mũ nồi xanh", "Chị Hoa": a Vietnamese full name opens with its family name
    if any(strip_possessive(tokens[k].text) != tokens[k].text for k in segment[:-1]):
        return True  # "Children's Pastoral", "Women's League": a possessive inside, no person's name
    if _in_photo_credit(sentence, tokens, printed, segment[-1]):
        return True  # "AFP/Jane Doe", "Photo: Jane Doe": who took the picture
    if _closed_by_corporate_form(sentence, tokens, segment):
        return True  # "Lockheed Martin Corp said", "Acme Inc": a company, no person
    # "la Misión Integrada de Estabilización de ...": the words of a mission's long name
    # (generic_names.yaml generic_phrases), never a person's; one word after a title may be a
    # surname ("el presidente Paz"), and Vietnamese field syllables are also names' ("Lê Văn
    # Bình": "bình" as in "binh sĩ")
    return (len(segment) > 1 and role is None and language not in EXACT_LANGUAGES
            and is_field_phrase([tokens[k].folded for k in segment], language))


@lru_cache(maxsize=1)
def _feast_names() -> frozenset[tuple[str, ...]]:
    """The folded words of vocabulary "feast_names" ("yom kippur", "eid al-adha"), as tuples."""
    return frozenset(tuple(t.folded for t in tokenize_once(name)) for name in reference().vocabulary.get("feast_names") or [])


def _named_feast(tokens: list[Token], segment: list[int]) -> bool:
    """Whether a name's words (segment: token indexes) are a feast's or a holy day's name of
    vocabulary "feast_names" ("Yom Kippur", "Eid al-Adha", "Aïd el-Kébir"), whole: a day, no
    person. With a title before them ("le lieutenant Eid ...") the caller does not ask."""
    return tuple(tokens[k].folded for k in segment) in _feast_names()


def _named_thing(sentence: str, tokens: list[Token], segment: list[int], family: bool, sets, language: str) -> bool:
    """Whether a name's words (segment: token indexes; family: it opens on a family name) name a
    thing, a place or a body rather than a person, by the words inside or around them: a
    thing's word inside (_thing_word_inside), the complement of a body's head before it
    (_body_complement, _body_name_goes_on, _country_complement), a thing's or a deployment's
    word right before (_thing_word_before, _deployment_before), a thing's word right after
    (_thing_word_after_name), a venue (_venue), a place's head word (_by_place_head), a place's
    opening (_opens_a_place)."""
    k = _word_before_name(sentence, tokens, segment[0], sets, language)
    head_before = _body_head_before(sentence, tokens, segment[0], sets, language)
    return (_thing_word_inside(tokens, segment, family, sets, language)
            or _body_complement(tokens, segment, k, head_before, sets, language)
            or _body_name_goes_on(tokens, segment, head_before, sets)
            or _country_complement(tokens, segment, sets, language)
            or _thing_word_before(sentence, tokens, segment[0], k, sets, language)
            or _deployment_before(sentence, tokens, segment[0], sets)
            # (the thing's word joined to the name, no comma between: "the Dag Hammarskjöld
            # Medal", 'the "John Rivers" school'; after a comma, only where it heads the
            # place's apposition, "Rhoe Drodro, camp for the displaced", not a role, "Amina
            # Yusuf, camp leader"; a participle folding to a thing's word is none, "Jean
            # Dupont, placé en garde à vue", "basé à Goma")
            or (segment[-1] + 1 < len(tokens) and _thing_word_after_name(sentence, tokens, segment[-1] + 1, sets, language))
            or _venue(tokens, segment, sets)
            or _by_place_head(tokens, segment, -1 if (_title_place_complement(sentence, tokens, segment, k, sets)
                                                      or _comma_after_place_head(sentence, tokens, segment, k, sets))
                              else k, language)
            or _opens_a_place(tokens, segment)
            or _coordinated_with_place(sentence, tokens, segment, sets, language)
            or _listed_after_place_heads(sentence, tokens, segment, sets, language)
            or _unit_name_before_rank(sentence, tokens, segment, sets, language))


# The most words of a known place read before a coordinating conjunction (_coordinated_with_place).
COORDINATED_PLACE_WORDS = 3


def _coordinated_with_place(sentence: str, tokens: list[Token], segment: list[int], sets,
                            language: str) -> bool:
    """Whether a name (segment: token indexes) is the second of two coordinated names, the
    first a place the reference knows (a city or a country, one to COORDINATED_PLACE_WORDS
    capitalised words) printed right after a place preposition, a conjunction of a list between
    them (vocabulary "coordinated_place_prepositions", "coordinated_place_conjunctions"),
    joined by spaces: "arrivés à Lam Dong et Nam Dinh", "in Bentiu and Kuach Lual", "en Bangui
    y Bao Lam": a place too, whatever its words. Not a name opening on a listed given name
    ("in Mali and John Smith") or with a listed middle name second ("à Hanoi et Nguyen Van
    Minh"), one owning what follows ("in Ghana and Kofi Mensah's unit") nor one a role follows
    between commas ("in Juba and Kuach Lual, the rebel leader", _role_after): a person may be
    coordinated with a place. Nor a place named after a verb of movement, no place preposition
    ("flew to Juba and Kuach Lual welcomed him", "France and Kuach Lual signed")."""
    first, last = segment[0], segment[-1]
    ref = reference()
    if (first < 3 or tokens[first - 1].folded not in ref.words("coordinated_place_conjunctions", (language,))
            or tokens[first].folded in sets["given"]
            or (len(segment) > 1 and tokens[segment[1]].folded in sets["middle"])
            or not _gap_is_space(sentence, tokens[first - 1], tokens[first])
            or not _gap_is_space(sentence, tokens[first - 2], tokens[first - 1])
            or strip_possessive(tokens[last].text) != tokens[last].text
            or _role_after(sentence, tokens, last, sets, language) is not None):
        return False
    prepositions = ref.words("coordinated_place_prepositions", (language,))
    gazetteer = ref.gazetteer
    for n in range(1, min(COORDINATED_PLACE_WORDS, first - 2) + 1):
        words = tokens[first - 1 - n:first - 1]
        if not all(t.is_capitalized for t in words) or any(
                not _gap_is_space(sentence, a, b) for a, b in zip(words, words[1:])):
            break
        before = tokens[first - 2 - n]
        if before.is_capitalized or before.folded not in prepositions:
            continue
        entries = gazetteer.whole(sentence[words[0].start:words[-1].end])
        if entries and all(e.kind in ("city", "country") for e in entries):
            return True
    return False


def _unit_name_before_rank(sentence: str, tokens: list[Token], segment: list[int], sets, language: str) -> bool:
    """Whether a name (segment: token indexes) is a unit's, set off by commas right after a
    unit's word (vocabulary "contingent_heads"; the office it may close, "Colonel of the
    Regiment", is not read), and right before a rank
    (vocabulary "titles"; a definite article may open it, vocabulary
    "definite_articles_before_name") that opens its holder's name: "Colonel of the Regiment,
    Kandula Watch, Major General John Smith", "le colonel du régiment, Tirailleurs Kandula, le
    général Jean Dupont". The name holds a word of a unit's arm or kind (vocabulary
    "unit_arm_words", "contingent_specialties", "contingent_heads": "Watch", "Tirailleurs") and
    opens on no listed given name: "the commander of the battalion, Sok Dara, Colonel Chea
    Sophal and ...", "..., John Smith, Major Jane Roe" name persons."""
    first, last = segment[0], segment[-1]
    if first < 1 or last + 2 >= len(tokens) or tokens[first].folded in sets["given"]:
        return False

    ref = reference()
    if (_gap_text(sentence, tokens, first - 1, first) != "," or _gap_text(sentence, tokens, last, last + 1) != ","
            or tokens[first - 1].folded not in ref.words("contingent_heads", (language,))):
        return False
    arms = ref.words("unit_arm_words")
    if not any(tokens[m].folded in arms or tokens[m].folded in sets["units"] or tokens[m].folded in sets["contingent_specialties"]
               for m in segment):
        return False
    k = last + 1
    articles = ref.words("definite_articles_before_name", (language,)) if language != "vi" else frozenset()
    if tokens[k].folded in articles and not tokens[k].is_capitalized and _gap_text(sentence, tokens, k, k + 1) == "":
        k += 1
    if tokens[k].folded not in sets["titles"]:
        return False
    while k < len(tokens) and tokens[k].folded in sets["titles"] and _gap_text(sentence, tokens, k, k + 1 if k + 1 < len(tokens) else k) in ("", "."):
        k += 1
    return k < len(tokens) and tokens[k].is_capitalized and tokens[k].folded not in sets["titles"]


# The most items of a list of places read back from a name to its plural head word
# (_listed_after_place_heads), and the most capitalised words of one item.
PLACE_LIST_ITEMS = 8
PLACE_LIST_ITEM_WORDS = 3


@lru_cache(maxsize=None)
def _place_list_heads(language: str) -> tuple[frozenset[str], frozenset[str]]:
    """vocabulary "place_list_heads" for a language, in the forms compared (folded, or exact in
    a language compared with its diacritics), and the language's list conjunctions (vocabulary
    "coordinated_place_conjunctions", folded)."""
    ref = reference()
    heads = (_exact_set(ref.exact_words("place_list_heads", language)) if language in EXACT_LANGUAGES
             else ref.words("place_list_heads", (language,)))
    return heads, ref.words("coordinated_place_conjunctions", (language,))


def _listed_after_place_heads(sentence: str, tokens: list[Token], segment: list[int], sets,
                              language: str) -> bool:
    """Whether a name (segment: token indexes) is an item of a list of places opened by a plural
    place head word (vocabulary "place_list_heads"), past up to two connectors ("the provinces
    of Kampot, Takeo and Kep Rieng", "les villes de Kidal, Tessalit et Ber Kanta", "các tỉnh
    Kampot, Takeo và Kep Rieng"): the items, one to PLACE_LIST_ITEM_WORDS capitalised words
    each, joined by commas, a conjunction (vocabulary "coordinated_place_conjunctions") before
    the last alone. The name is the last item, after the conjunction, or an item after a comma
    that the list goes on after (a comma or the conjunction, then a capitalised word). Not a
    name opening on a listed given name, nor one a role follows (_role_after): "the provinces
    of Kampot and Takeo, Sok Dara said" names a person after a list already closed. The first
    item, right after the head, is _by_place_head's."""
    first, last = segment[0], segment[-1]
    if first < 2 or tokens[first].folded in sets["given"]:
        return False
    heads, conjunctions = _place_list_heads(language)
    if not heads:
        return False

    j = first - 1
    if tokens[j].folded in conjunctions and _gap_text(sentence, tokens, j, first) == "":
        j -= 1  # the last item, after the conjunction
    elif _gap_text(sentence, tokens, j, first) == ",":
        nxt = last + 1
        after = _gap_text(sentence, tokens, last, nxt) if nxt < len(tokens) else ""
        goes_on = nxt < len(tokens) and (
            (after == "," and tokens[nxt].is_capitalized)
            or (after == "" and tokens[nxt].folded in conjunctions and nxt + 1 < len(tokens)
                and tokens[nxt + 1].is_capitalized))
        if not goes_on:
            return False
    else:
        return False
    if _role_after(sentence, tokens, last, sets, language) is not None:
        return False
    for _ in range(PLACE_LIST_ITEMS):
        # one item, back from tokens[j]: capitalised words joined by spaces
        words = 0
        while j >= 0 and tokens[j].is_capitalized and words < PLACE_LIST_ITEM_WORDS and (words == 0 or _gap_text(sentence, tokens, j, j + 1) == ""):
            j -= 1
            words += 1
        if words == 0 or j < 0:
            return False
        between = _gap_text(sentence, tokens, j, j + 1)
        if between == ",":
            continue  # an earlier item
        if between:
            return False
        k = j
        while k >= 0 and tokens[k].folded.rstrip("'’") in sets["connectors"] and j - k < 2:
            k -= 1
        for n in (2, 1):
            if k - n + 1 < 0 or any(_gap_text(sentence, tokens, m, m + 1) for m in range(k - n + 1, k)):
                continue
            printed = " ".join((exact_form(tokens[m].text) if language in EXACT_LANGUAGES else tokens[m].folded)
                               for m in range(k - n + 1, k + 1))
            if printed in heads:
                return True
        return False
    return False


def _word_before_name(sentence: str, tokens: list[Token], first: int, sets, language: str) -> int:
    """The index of the word a name starting at tokens[first] is read after (-1 at the
    sentence's start): the word right before, else past up to two connectors (vocabulary
    "name_connectors": "aéroport international de Noi Bai") and past a thing's adjective in
    lowercase (in French and Spanish capitalised too, joined by a space: "el Hospital Militar
    Juan Pérez") right after a thing's word, right before the name or before its connectors
    ("l'aéroport international Blaise Diagne", "l'aéroport international de Noi Bai", "la
    base aérea de ...": _qualifies_a_thing), not across punctuation ("le camp », réplique X").
    Not past the adjective where connectors stand between it and a name opening on a listed
    given name (vocabulary "given_names"): "le quartier général de Jean Dupont", "la médaille
    militaire de Jean Dupont" name a person, the thing's owner or holder."""
    k = first - 1
    while k > 0 and tokens[k].folded in sets["connectors"] and first - k < 3:
        k -= 1
    # (the adjective capitalised too in French and Spanish, where it follows its noun and a
    # proper name prints both so: "el Hospital Militar Juan Pérez", "l'Hôpital Militaire ...")
    if (k > 0 and (not tokens[k].is_capitalized
                   or (language in HEAD_FIRST_LANGUAGES and _gap_is_space(sentence, tokens[k], tokens[k + 1])))
            and tokens[k - 1].folded in sets["things"]
            and (k == first - 1 or tokens[first].folded not in sets["given"])
            and _gap_is_space(sentence, tokens[k - 1], tokens[k])
            and _qualifies_a_thing(tokens[k].folded, language)):
        k -= 1
    return k


def _thing_word_inside(tokens: list[Token], segment: list[int], family: bool, sets, language: str) -> bool:
    """Whether a name's words hold a thing's word (_thing_word: "Dag Hammarskjöld Medal"). A
    family name that is also a thing's word ("Park") opening the name does not make it a park
    (family: the name opens on a family name), nor does a family name's word after its
    particle, in a name whose words before are no thing's ("García del Barrio", "Martín de la
    Plaza": not a quarter, not a square; _family_word_after_particle). segment: token indexes."""
    inner = segment[1:] if family else segment
    return any(_thing_word(tokens[k], sets, language) and not _family_word_after_particle(tokens, segment, k, sets, language)
               for k in inner)


def _body_head_before(sentence: str, tokens: list[Token], first: int, sets, language: str) -> bool:
    """Whether a capitalised head word of a body's name (vocabularies "organisation_heads",
    "initiative_heads") stands right before tokens[first], joined by a space
    (_capitalised_word_before), in a language that puts a noun's complement
    after it (HEAD_FIRST_LANGUAGES: "la Misión Multidimensional Integrada de ..."). Not where
    the head word ends a rank of several words ("General de Brigada", "Général de Brigade":
    _person_title_before), the name after it a person's."""
    return (_capitalised_word_before(sentence, tokens, first, sets["heads"]) and language in HEAD_FIRST_LANGUAGES
            and not _person_title_before(sentence, tokens, first, sets, language))


def _body_complement(tokens: list[Token], segment: list[int], k: int, head_before: bool, sets, language: str) -> bool:
    """Whether a name's words are the complement of a body's name: its head capitalised
    (vocabularies "organisation_heads", "initiative_heads") at tokens[k] (_word_before_name) and joined by a connector, the
    name opening on a dictionary word ("la Brigada de Infantería Mecanizada", "Ministry of
    Foreign Affairs"); or right after the head (head_before: _body_head_before), opening on a
    word of the frequency list that is no given name. Not a name ("the Government of Abiy
    Ahmed"), nor after a head in lowercase, a common noun ("le gouvernement de Paul Biya"),
    nor a name opening on a given name a place may bear (vocabulary "place_given_names"), nor
    a given name after a government's word (vocabulary "government_words": "el Gobierno de
    Pedro Sánchez", "the Government of Maria Lopez" name the leader). segment: token indexes."""
    before = tokens[k].folded if k >= 0 else ""
    first = _dictionary_form(tokens[segment[0]])
    opening = tokens[segment[0]].folded
    return (((k < segment[0] - 1 and k >= 0 and tokens[k].is_capitalized and before in sets["heads"])
             and is_dictionary_word(first, language))
            or (head_before and _word_count(first, language) > 0 and opening not in sets["given"])) \
        and opening not in reference().words("place_given_names") \
        and not (before in sets["governments"] and opening in sets["given"])


def _body_name_goes_on(tokens: list[Token], segment: list[int], head_before: bool, sets) -> bool:
    """Whether a name's words right after a body's head word (head_before: _body_head_before)
    go on as the body's complement, a connector in lowercase then a capitalised word ("la
    Mission Multidimensionnelle Intégrée de Stabilisation des Nations Unies"): the body's long
    name, whatever its words' frequency (a person's name after a body's head is followed by
    its office or a comma, not by "des Nations Unies"); not where it opens on a given name
    (vocabulary "given_names"). segment: token indexes."""
    end = segment[-1]
    return (head_before and end + 2 < len(tokens) and tokens[end + 1].folded in sets["connectors"]
            and not tokens[end + 1].is_capitalized and tokens[end + 2].is_capitalized
            and tokens[segment[0]].folded not in sets["given"])


def _thing_word_before(sentence: str, tokens: list[Token], first: int, k: int, sets, language: str) -> bool:
    """Whether the word a name starting at tokens[first] is read after (tokens[k]:
    _word_before_name) is a thing's word joined to it, no comma or bracket between
    (_SET_OFF): "l'aéroport international Blaise Diagne"; not "la chercheuse de l'institut,
    Anne Morel", which names the researcher. A craft's word (vocabulary "craft_heads") only
    with no connector between: "el avión de Juan Pérez" names its owner."""
    return (k >= 0 and _thing_word(tokens[k], sets, language) and not _SET_OFF.search(sentence, tokens[k].end, tokens[first].start)
            and not (tokens[k].folded in reference().words("craft_heads")
                     and any(tokens[m].folded.rstrip("'\u2019") in sets["connectors"] for m in range(k + 1, first))))


def _deployment_before(sentence: str, tokens: list[Token], first: int, sets) -> bool:
    """Whether a deployment's word (vocabulary "named_deployment_heads") stands right before
    tokens[first], nothing between ("la misión Cruz Austral" names the deployment), governed
    by no noun before it (_governing_noun: "le chef de la mission Marc Dubois" names the
    holder), the name not opening on a widely borne given name (vocabulary "given_names": "the
    mission John Kamau led to Goma" names its leader)."""
    return (first >= 1 and tokens[first - 1].folded in sets["deployments"]
            and _gap_is_space(sentence, tokens[first - 1], tokens[first])
            and _governing_noun(tokens, first - 1) is None
            and tokens[first].folded not in sets["given"])


def _person_or_body(sentence: str, tokens: list[Token], run: list[int], segment: list[int], printed: int,
                    role: str | None, family: bool, sets, language: str) -> tuple[list[Found], set[int]]:
    """A person named by a name's words (segment, from tokens[printed] as printed: _name_extent)
    where the evidence says so (_evidence_of_person), or the body they name: one an apposition
    calls a body ("Insecurity Insight, a Swiss NGO,": _apposed_body_after), one named after
    the person (_named_body_after), a body's name of words no person bears
    (organisation_words_name, _name_words_body). role: the role before the name
    (_role_before); family: the name opens on a family name or has a Vietnamese name's shape.

    The person's role is the one before the name, else an office named earlier in the run
    (_office_in_run: "Under-Secretary-General for Peace Operations Jean-Pierre Lacroix"), else
    the title the name is apposed to (_apposed_title); its role_after, the office written after
    it (_role_after). A Vietnamese name of two syllables, the first a family name, with no role
    before and no office after, is a place's as often ("Lạng Sơn"): nothing. Returns (the
    Found: one person, organisation or initiative, or none; the token indexes taken from the
    run: the name's from tokens[printed], with the head's after _body_through_head). Nothing
    of either where the evidence names no person; no Found but the name's tokens taken where a
    body named after the person goes on past the name (its words read as a body by
    _pieces_apart, _piece_body) or the name's words are a military formation's."""
    after = _role_after(sentence, tokens, segment[-1], sets, language)
    if (language in EXACT_LANGUAGES and len(segment) == 2 and role is None and after is None
            and tokens[segment[0]].folded in sets["family"] and not all(tokens[k].text.isascii() for k in segment)):
        # "Lạng Sơn", "Cao Bằng": two syllables, the first a family name, with no title
        # before and no office after are a place's name as often as a person's (a
        # Vietnamese name in the press has three syllables or a title before it)
        return [], set()
    # a name set off by commas right after a phrase holding a title ("el embajador chino,
    # Zhang Jun,", "the Foreign Minister of Kenya, Alfred Mutua,"): an apposition naming
    # the holder, whatever its words' frequency; not the words of the field ("the spokesman
    # of the mission, Blue Helmets Today, said": a bulletin's name)
    apposed = (_apposed_to_title(sentence, tokens, printed, segment[-1], sets, language)
               and not is_field_phrase([tokens[k].folded for k in segment], language))
    taken = set(range(printed, segment[-1] + 1))
    if role is None and _apposed_body_after(sentence, tokens, segment[-1]):
        # "Insecurity Insight, a Swiss NGO,": a body's name, whatever its words
        return [_as_printed("organisation", _span_text(sentence, tokens, [printed, segment[-1]]), sentence)], taken
    if not _evidence_of_person(sentence, tokens, segment, role, family, after, apposed, sets, language):
        return [], set()
    if (head := _named_body_after(sentence, tokens, run, segment, sets, language)) is not None:
        # a body named after the person: the body is left to be named as it would be beside
        # the person's words; where the head closes the name right after them ("the Nelson
        # Mandela Foundation", "the Oromo Liberation Army") and no title stands before the
        # name, the name is the body's, from its first word to its head
        if (role is None and head == segment[-1] + 1 and tokens[head].folded in sets["heads"]
                and (body := _body_through_head(sentence, tokens, printed, head, sets)) is not None):
            return [body], taken | {head}  # the head's token no other piece of the run reads
        return [], taken
    if organisation_words_name(_span_text(sentence, tokens, segment), language):
        return _name_words_body(sentence, tokens, segment, sets), taken
    name = _person_name(_span_text(sentence, tokens, segment))
    surface = _span_text(sentence, tokens, [printed, segment[-1]])
    if (suffix := _name_suffix_after(sentence, tokens, segment[-1])) is not None:
        # "Fidel T. Cruz Jr.": the generational suffix is the name's last word
        name = f"{name} {suffix}"
        surface = sentence[tokens[printed].start:tokens[segment[-1] + 1].end + suffix.endswith(".")]
        taken.add(segment[-1] + 1)
    if role is None:
        role = _office_in_run(sentence, tokens, run, printed, sets) or (
            _apposed_title(sentence, tokens, printed, sets, language) if apposed else None)
    return [Found("person", slugify(name), name, sentence, [surface], role=role, role_after=after)], taken


def _name_suffix_after(sentence: str, tokens: list[Token], last: int) -> str | None:
    """The generational suffix printed right after a name's last word (tokens[last]), joined to
    it by a space ("John Smith Jr.", "Juan Pérez Sr"; vocabulary "name_suffixes"), capitalised
    and with its dot where printed: the name's last word. None where there is none; a suffix
    followed by another capitalised word ("Jr Lieutenant ...") is left alone."""
    k = last + 1
    if (k >= len(tokens) or tokens[k].folded not in reference().words("name_suffixes")
            or not tokens[k].is_capitalized or not _gap_is_space(sentence, tokens[last], tokens[k])):
        return None
    if k + 1 < len(tokens) and tokens[k + 1].is_capitalized and _gap_is_space(sentence, tokens[k], tokens[k + 1]):
        return None
    dot = sentence[tokens[k].end:tokens[k].end + 1] == "."
    return tokens[k].text + ("." if dot else "")


def _evidence_of_person(sentence: str, tokens: list[Token], segment: list[int], role: str | None, family: bool,
                        after: str | None, apposed: bool, sets, language: str) -> bool:
    """Whether a name's words (segment: token indexes) are a person's on the evidence around
    them: any role before them (role: _role_before; "la ministra María Rosa"), a family name
    opening them or a Vietnamese name's shape (family), one office written after them (after:
    _role_after, _one_office: "Anna Keller, commander of the Force", not "peacekeepers",
    "ministers", nor a body's head word, "police"), a given name opening them (vocabulary
    "given_names": "Juan García"; four words when the second is a given name too, "Mario
    Andrés Cuervo Lanza": two given names, two family names), an apposition to a title
    (apposed: _apposed_to_title); else their last word no everyday word (is_common_word) and
    not all of them dictionary words (a given name a place may bear counts as a name word,
    vocabulary "place_given_names": "Jordan"). The frequency lists count surnames as words
    (García, Romero, Flores): where other evidence stands, their frequency says nothing."""
    if role is not None or family or apposed or (after is not None and _one_office(after, sets)):
        return True
    opening = tokens[segment[0]].folded
    if opening in sets["given"] and (len(segment) <= 3 or (len(segment) == 4 and tokens[segment[1]].folded in sets["given"])):
        return True
    if is_common_word(_dictionary_form(tokens[segment[-1]]), language):
        return False
    place_given = reference().words("place_given_names")
    return not all(is_dictionary_word(_dictionary_form(tokens[k]), language) and tokens[k].folded not in place_given
                   for k in segment)


def _named_body_after(sentence: str, tokens: list[Token], run: list[int], segment: list[int], sets,
                      language: str) -> int | None:
    """The index of the head word of a body or thing named after the person a name's words
    name: the capitalised words right after the name, in the run and joined by spaces, reach
    a body's head word or a thing's word (vocabularies "organisation_heads",
    "initiative_heads", "named_thing_heads": "the Nelson Mandela Foundation", "Kofi Annan
    International Peacekeeping Training Centre"); a connector ends the search ("Jean Dupont de
    la Mission"). None there, and where the word after the name is a leader's government ("the
    John Doe Government": _leader_named_after). segment: token indexes."""
    if _leader_named_after(tokens, segment[-1], language):
        return None
    run_set = set(run)
    j = segment[-1] + 1
    while j in run_set and tokens[j].is_capitalized and _gap_is_space(sentence, tokens[j - 1], tokens[j]):
        if tokens[j].folded in sets["heads"] or tokens[j].folded in sets["things"]:
            return j
        j += 1
    return None


def _name_words_body(sentence: str, tokens: list[Token], segment: list[int], sets) -> list[Found]:
    """The organisation whose name a name's words are (organisation_words_name: "Protección
    Civil", "Manos Unidas"), from the capitalised body's head word right before them, joined by
    a space (vocabulary "organisation_heads": "una Fuerza Multinacional Provisional"); none
    where the name is a military formation's, a part of a body ("la Brigada Multinacional
    ...": _military_formation). segment: token indexes. Returns the organisation found, or
    none."""
    first = segment[0]
    if _capitalised_word_before(sentence, tokens, first, sets["org_heads"]):
        first -= 1
    if _military_formation([first, *segment], tokens):
        return []
    return [_as_printed("organisation", _span_text(sentence, tokens, [first, *segment]), sentence)]


def _pieces_apart(run: list[int], person_tokens: set[int]) -> list[list[int]]:
    """The stretches of a run (token indexes) the names of people found in it leave, in order:
    the run cut at each of person_tokens, none empty."""
    pieces: list[list[int]] = []
    rest: list[int] = []
    for k in run:
        if k in person_tokens:
            if rest:
                pieces.append(rest)
            rest = []
        else:
            rest.append(k)
    if rest:
        pieces.append(rest)
    return pieces


def _piece_body(sentence: str, tokens: list[Token], piece: list[int], claimed: list[bool], found: list[Found], sets,
                language: str) -> Found | None:
    """The organisation or initiative a stretch of a run no person took names (_pieces_apart),
    around a head word, else None.

    The stretch is cut down to the body's words (_body_words); set aside where they name no
    body of their own (_names_no_body); its kind read from its head word (_piece_kind); kept
    where they are a proper name (_proper_body; or three words or more after a known parent's
    possessive: "the EU's Political and Security Committee") and no generic phrase
    (_generic_piece: "Peacekeeping Operations"), nor a long form spelt out right before the
    bracketed known acronym it stands for ("Misión ... (MINUSMA)": the acronym names the
    body). A mission's long name gives the mission (_mission_spelling) unless found already
    among found (the run's entities so far, read
    only); a country's body named through the country's possessive is named "<body> of
    <country>" with the country's code (_possessive_country_body). piece: token indexes;
    claimed: per token, whether a known name holds it."""
    piece, owned = _body_words(tokens, piece, claimed, sets, language)
    if len(piece) < 2 or all(claimed[k] for k in piece):
        return None
    if _names_no_body(tokens, piece, claimed, sets, language):
        return None
    kind = _piece_kind(tokens, piece, claimed, sets)
    if kind is None or not (_proper_body(piece, tokens, claimed, sets, language) or (owned and len(piece) >= 3)):
        return None
    if _generic_piece(piece, tokens, claimed, sets, language):
        return None  # "Peacekeeping Operations", "United Nations Mission": the activity, no body
    after = piece[-1] + 1
    if (after < len(tokens) and claimed[after] and tokens[after].is_acronym
            and sentence[tokens[piece[-1]].end:tokens[after].start].strip() == "("):
        return None  # a long form spelt out before a known acronym ("Misión ... (MINUSMA)"): the acronym's body
    if (spelt := _mission_spelling(piece, tokens)) is not None:
        # "United Nations Organization Stabilization Mission for the ...": the mission, no body
        if isinstance(spelt, Entry) and not any(f.kind == "mission" and f.id == spelt.id for f in found):
            return _as_listed(spelt, sentence, [_span_text(sentence, tokens, piece)])
        return None
    if (country_body := _possessive_country_body(piece, tokens, sets)) is not None:
        code, own_words = country_body
        own = _span_text(sentence, tokens, own_words)
        name = f"{own} of {reference().country_entry(code).name}"
        return Found(kind, slugify(name), name, sentence, [own], code=code)
    return _as_printed(kind, _span_text(sentence, tokens, piece), sentence)


def _body_words(tokens: list[Token], piece: list[int], claimed: list[bool], sets, language: str) -> tuple[list[int], bool]:
    """A stretch of a run cut down to a body's name: without the words opening it that open no
    body's name (vocabulary "organisation_leading_edges": "Côté Union européenne, on
    rappelle", the side of a story), after a known parent's possessive (_after_known_possessive:
    "UNICEF's Kasai Office"), before the body's place (_before_its_place), before a country in
    the possessive after a connector (_before_possessive_country), before a known name after a
    joiner (_before_known_after_joiner), the service's words before a unit's acronym
    (_service_before_unit_acronym), and the function words and connectors at its edges
    (vocabularies "stopwords", "name_connectors"). piece: token indexes. Returns (the body's
    token indexes, whether a known parent's possessive was cut off)."""
    while piece and tokens[piece[0]].text.lower() in sets["org_leading"]:
        piece = piece[1:]
    cut = _after_known_possessive(piece, tokens, claimed)
    owned, piece = len(cut) < len(piece), cut
    piece = _trim(_before_its_place(_trim(piece, tokens, sets["edges"]), tokens, language), tokens, sets["edges"])
    piece = _trim(_before_possessive_country(piece, tokens, sets), tokens, sets["edges"])
    piece = _trim(_before_known_after_joiner(piece, tokens), tokens, sets["edges"])
    return _service_before_unit_acronym(piece, tokens, claimed), owned


@lru_cache(maxsize=None)
def _service_words_of(language: str) -> frozenset[tuple[str, ...]]:
    """The folded words of a country's services in one language (reference/quotes.yaml
    "national_services", _national_services: ("army",), ("armed", "forces"), ("air",
    "force")), as tuples."""
    return frozenset(tuple(form.split()) for _service, form_language, form in _national_services() if form_language == language)


def _army_unit(piece: list[int], tokens: list[Token], language: str) -> bool:
    """Whether a body's words are a unit of a country's service: the service's words (the
    article's language's, reference/quotes.yaml national_services), then only a unit's words,
    one unit word at least (vocabulary "contingent_heads", "contingent_specialties": "the
    Bangladesh Army Engineering Company", "the Royal Cambodian Armed Forces Peacekeeping
    Teams", "the Sri Lanka Army Signal Corps"). A unit is a part of an army, no body
    (tests/corpus/README.md), and the words name none."""
    sets = _vocab_sets()
    unit_words = sets["units"] | sets["contingent_specialties"]
    services = _service_words_of(language)
    for end in range(len(piece) - 1, 0, -1):
        if tokens[piece[end]].folded not in unit_words:
            return False
        for size in (1, 2):
            if end - size >= 0 and tuple(tokens[k].folded for k in piece[end - size:end]) in services:
                if any(tokens[k].folded in sets["units"] for k in piece[end:]):
                    return True
    return False


def _names_no_body(tokens: list[Token], piece: list[int], claimed: list[bool], sets, language: str) -> bool:
    """Whether a body's words (piece: token indexes, _body_words) name no body of their own: a
    country's troops, a part of an army or a mission, an office, a country's government, a
    title, a service of no country, a role, a known body counted or in part: each rule below
    with its example. claimed: per token, whether a known name holds it."""
    if _national_contingent(piece, tokens, sets, language):
        return True  # "the Nepalese Engineering Company": a country's troops, no organisation
    if _military_formation(piece, tokens):
        return True  # "the Multinational Brigade East": a part of an army or a mission, no organisation
    if _army_unit(piece, tokens, language):
        return True  # "the Bangladesh Army Engineering Company": a unit of an army, no organisation
    if _heads_of_titles(piece, tokens, sets):
        return True  # "Force Commander and Acting Head of Mission": an office, no body
    if _country_government(piece, tokens, claimed, sets):
        return True  # "the Chadian Government", "the Government of Mali": the country acts
    if tokens[piece[0]].folded in sets["titles"]:
        return True
    if _office_of(piece, tokens, sets):
        return True  # "Sector Commander of Northern Sector of UN Peacekeeping Force": an office, no body
    if _bare_service(piece, tokens):
        return True  # "la Fuerza Aérea", "the Air Force": a service of no country named, no body
    if tokens[piece[-1]].folded in sets["titles"] and tokens[piece[-1]].folded not in sets["heads"]:
        return True  # "UNMISS Force Commander", "the Mission's Deputy Head": a role before a name, no body
    if _partitive_before_known(piece, tokens, claimed, sets):
        return True  # "Hundreds of African Union soldiers": the known body only, no body of its own
    return _count_before_known(piece, tokens, claimed, sets)  # "Five African Union peacekeepers"


def _piece_kind(tokens: list[Token], piece: list[int], claimed: list[bool], sets) -> str | None:
    """The kind of body a body's words name (piece: token indexes): "initiative" where they hold
    an initiative's head word (vocabulary "initiative_heads"), else "organisation" where they
    hold an organisation's head word (vocabulary "organisation_heads") or name a body by its
    members (_members_body: "Physicians for Human Rights"); else None."""
    words = {tokens[k].folded for k in piece}
    if words & sets["initiative_heads"]:
        return "initiative"
    if words & sets["org_heads"] or _members_body(piece, tokens, claimed, sets):
        return "organisation"
    return None


def _before_known_after_joiner(piece: list[int], tokens: list[Token]) -> list[int]:
    """A capitalised run (token indices) cut before a joiner (vocabulary "portfolio_joiners":
    "and", "et", "y") followed by a name the reference knows as a body or a mission and holding
    no body's head word ("Lebanon's Ministry of Foreign Affairs and Hezbollah"): two bodies side
    by side, not one name; the words before the joiner are returned, the run unchanged
    otherwise (a known name with a head word may close a longer one: "ECOWAS Mediation and
    Security Council")."""
    joiners = reference().words("portfolio_joiners")
    heads = _vocab_sets()["heads"]
    for j in range(1, len(piece) - 1):
        token = tokens[piece[j]]
        if token.folded in joiners and not token.is_capitalized:
            hit = reference().gazetteer.lookup(tokens, piece[j] + 1)
            if (hit is not None and hit[1][0].kind in ("organisation", "mission")
                    and not any(t.folded in heads for t in tokens[piece[j] + 1:hit[0]])):
                return piece[:j]
    return piece


def _after_known_possessive(piece: list[int], tokens: list[Token], claimed: list[bool]) -> list[int]:
    """A capitalised run (token indices) cut after a known name in the possessive that is no
    country ("the African Union's Kivu Integrated Task Force", "UNICEF's Kasai Office"): the
    body the known one owns is named by the words after it; those words are returned (the run
    unchanged when no known body's possessive stands before its last word, or when the
    possessive is a country's: "Mali's Ministry of Defence" is read with its country). claimed:
    per token, whether a known name took it. The words returned name a body though all are
    common words when they are three or more (_people_and_bodies: "the EU's Political and
    Security Committee"; "UNICEF's Country Office" stays generic). Source: English news naming
    a department or unit through its parent body ("the AU's Peace and Security Department")."""
    for j in range(len(piece) - 2, -1, -1):
        k = piece[j]
        if not claimed[k] or strip_possessive(tokens[k].text) == tokens[k].text:
            continue
        if any(_country_at(tokens, b, end_at=e) for b in piece[:j + 1] for e in (k, k + 1)):
            return piece
        return piece[j + 1:]
    return piece


def _before_possessive_country(piece: list[int], tokens: list[Token], sets) -> list[int]:
    """A capitalised run (token indices) cut before its last connector ("and", "et", "y":
    vocabulary "name_connectors") where what follows that connector is a country in the
    possessive, the run's last word ("the White Army and South Sudan's army", "the Red Cross
    Society and Mali's army"): the country owns the noun after it, so no body's name ends
    there; the words before the connector are returned (the run unchanged otherwise, a body
    in the possessive too: "the Red Cross Society's volunteers")."""
    last = tokens[piece[-1]] if piece else None
    if last is None or strip_possessive(last.text) == last.text:
        return piece
    for j in range(len(piece) - 2, 0, -1):
        token = tokens[piece[j]]
        if token.folded in sets["connectors"] and not token.is_capitalized:
            hit = _country_at(tokens, piece[j] + 1)
            if hit is not None and hit[1] in (piece[-1], piece[-1] + 1):
                return piece[:j]
            return piece
    return piece


def _service_of_a_rank_apart(sentence: str, tokens: list[Token], run: list[int], sets) -> list[list[int]]:
    """A capitalised run cut after the service of a rank that opens it, where a person's name
    follows: a rank or title (vocabulary "person_titles", "rank_phrases") and a connector ("de",
    "del", "de l'") before the service's name (reference/quotes.yaml "national_services":
    "Ejército de Tierra", "Ejército del Aire", "armée de Terre", its first words in lowercase
    before the run or in it), and two capitalised words or more after it ("el general de
    división del Ejército de Tierra Aroldo Lázaro Sáenz", "le général de l'armée de Terre
    Pierre Schill"): the service, then the person. Spanish and French ranks print the officer's
    service between the rank and the name. -> the run's parts, the run alone when it is not so."""
    if len(run) < 3 or run[0] < 2:
        return [run]
    cut = 0
    for b in range(max(0, run[0] - 3), run[0] + 1):
        if any(tokens[j].is_capitalized for j in range(b, run[0])):
            continue
        before = b - 1
        while before >= 0 and not tokens[before].is_capitalized and (
                tokens[before].folded in sets["connectors"] or tokens[before].text.endswith(("'", "\u2019"))):
            before -= 1  # "de", "del", "de l'"
        if before == b - 1 or before < 0 or not _rank_before(tokens, before):
            continue
        for n in range(1, len(run) - 1):
            if _bare_service(range(b, run[0] + n), tokens):
                cut = max(cut, n)
    rest = run[cut:]
    if not cut or len(rest) < 2 or not all(tokens[k].is_capitalized and not tokens[k].is_acronym for k in rest) \
            or any(tokens[k].folded in sets["heads"] or tokens[k].folded in sets["connectors"] for k in rest):
        return [run]
    return [run[:cut], rest]


def _rank_before(tokens: list[Token], k: int) -> bool:
    """Whether tokens[k] closes a rank: a word of the vocabulary's "person_titles" (any
    language but the diacritic-sensitive ones) or the last word of one of its "rank_phrases"
    ("general de división"), printed in lowercase as ranks are before a name."""
    word = tokens[k].folded
    if word in reference().words("person_titles"):
        return True
    return any(k + 1 >= len(parts) and [t.folded for t in tokens[k + 1 - len(parts):k + 1]] == parts
               for parts in _rank_phrase_words())


@lru_cache(maxsize=1)
def _rank_phrase_words() -> tuple[list[str], ...]:
    """The folded words of each of the vocabulary's "rank_phrases", split once for _rank_before."""
    return tuple(phrase.split() for phrase in reference().words("rank_phrases"))


def _bare_service(piece: list[int] | range, tokens: list[Token]) -> bool:
    """Whether a capitalised piece is only the word of a national service (reference/quotes.yaml
    "national_services": "Fuerza Aérea", "Armée de l'air", "Air Force"), whole, with no
    country or demonym in it: printed so, it names a service of a country the text ties to
    it elsewhere, or of none, and is no body's own name (a country's service is found with
    its country by national_forces_in). Services coordinated by a conjunction, each one bare
    ("the Navy and Air Force", "Armada y Fuerza Aérea"), are such services too."""
    _pattern, forms, _adjectives = _national_service_forms()

    def bare(part) -> bool:
        words = " ".join(tokens[k].folded for k in part)
        return words in forms or words.replace(" l' ", " l'") in forms

    if bare(piece):
        return True
    # services coordinated ("Navy and Air Force", "Armada y Fuerza Aérea"): each one bare
    joins = _vocab_sets()["conjunctions"]
    parts, part = [], []
    for k in piece:
        if tokens[k].folded in joins and not tokens[k].is_capitalized:
            parts.append(part)
            part = []
        else:
            part.append(k)
    parts.append(part)
    return len(parts) > 1 and all(p and bare(p) for p in parts)


# How many words a mission's name printed in another order may span, its place included.
_REWORDED_MISSION_TOKENS = 18


@lru_cache(maxsize=1)
def _mission_word_sets() -> dict[tuple[frozenset[str], str], str]:
    """{(the folded content words of a listed mission's name before its place, the place's
    country code): mission id} for every name of missions.yaml (English, French, the aliases,
    Spanish among them) that names its place by a country of the mission's own; content words
    are those left when function words (vocabulary "stopwords") and the words of the United
    Nations (_mission_owner_words) are taken out, two at least. A word set two missions share
    (the successive UNAVEM, "Verification Mission" in Angola) is left out. The gazetteer is
    asked only at a word that opens the name of a country of the mission's own
    (Gazetteer.first_keys): elsewhere it finds none of them, and most words of a mission's
    name are elsewhere."""
    ref = reference()
    gazetteer = ref.gazetteer
    drop = _mission_function_words()
    country_starts = gazetteer.first_keys("country")
    sets: dict[tuple[frozenset[str], str], set[str]] = {}
    for mission in ref.missions.values():
        starts = frozenset().union(*(country_starts.get(c, ()) for c in mission.countries))
        for name in (mission.name, mission.name_fr, *mission.aliases):
            tokens = tokenize_once(name)  # ten thousand names, read once: not kept in tokenize's cache
            for k in range(1, len(tokens)):
                if gazetteer.key(tokens[k]) not in starts:
                    continue
                hit = gazetteer.lookup(tokens, k)
                code = next((e.code for e in hit[1] if e.kind == "country" and e.code), None) if hit else None
                if code is None or code not in mission.countries:
                    continue
                words = frozenset(_spelling_key(t.folded) for t in tokens[:k]) - drop
                if len(words) >= 2:
                    sets.setdefault((words, code), set()).add(mission.id)
                break
    return {key: next(iter(ids)) for key, ids in sets.items() if len(ids) == 1}


def _spelling_key(word: str) -> str:
    """A folded word of a mission's name in one spelling of English: British "-isation" as
    "-ization" ("organisation", "stabilisation" -> "organization", "stabilization"), so that a
    name printed in British spelling ("United Nations Organisation Stabilisation Mission in DR
    Congo") has the words of the reference's American one. Other words unchanged. (A test of
    the word's end, not a substitution: some ten thousand names' words go through it once.)"""
    if word.endswith("isation"):
        return word[:-7] + "ization"
    return word[:-8] + "izations" if word.endswith("isations") else word


@lru_cache(maxsize=1)
def _mission_function_words() -> frozenset[str]:
    """The folded words a mission's name may hold that tell no mission from another: function
    words (vocabulary "stopwords") and the words of the United Nations (_mission_owner_words)."""
    return reference().words("stopwords") | _mission_owner_words()


@lru_cache(maxsize=1)
def _reworded_mission_openers() -> frozenset[str]:
    """The folded words a mission's name may open with: the one-word heads of vocabulary
    "mission_nouns", the heads of vocabulary "mission_name_heads" ("force", "fuerza",
    "opération"), and the words of the United Nations (_mission_owner_words less the articles)."""
    heads = {fold(w) for words in reference().vocabulary["mission_nouns"].values() for w in words if " " not in w}
    owners = _mission_owner_words() - reference().words("name_articles")
    return frozenset(heads | owners | reference().words("mission_name_heads"))


def _other_missions_acronym_after(sentence: str, tokens: list[Token], end: int, entry: Entry) -> bool:
    """Whether the bracket opened right after a listed mission's name (its last token
    tokens[end - 1]) starts with the acronym of another listed mission, in any case ("la Misión
    de las Naciones Unidas en la República Democrática del Congo (Monusco, por sus siglas en
    inglés)": the name is one of MONUC's, the acronym MONUSCO's). The acronym then says which
    operation the name means, whatever year the article has; the name is not its own mission.
    Source of the rule: the press keeps an operation's older or shorter name for the one that
    followed it in the same country, and brackets the acronym of the one it means."""
    if end >= len(tokens) or sentence[tokens[end - 1].end:tokens[end].start].strip() != "(":
        return False
    word = tokens[end].folded
    ids = {m.id for m in reference().missions.values()
           if word in {fold(a) for a in (m.acronym, m.acronym_fr) if a}}
    return bool(ids) and entry.id not in ids


def _reworded_missions(sentence: str, tokens: list[Token]) -> dict[int, tuple[int, Entry]]:
    """{first token: (end token, the mission's gazetteer entry)} of listed missions named with
    their words in another order or with other function words than the reference holds
    ("la Misión Multidimensional Integrada de las Naciones Unidas para la Estabilización de
    Mali", "la Mission intégrée multidimensionnelle des Nations unies pour la stabilisation en
    Centrafrique"): a capitalised opener (_reworded_mission_openers), then words joined by spaces
    only up to a country of the mission, whose content words (_mission_word_sets) are those of
    one name of that mission, in any order. A name followed by a bracket (its acronym) is left
    to the acronym. Source of the rule: the press translates and reorders an operation's long
    name freely; its words and its place stay. Empty where none."""
    openers = _reworded_mission_openers()
    drop = _mission_function_words()
    gazetteer = reference().gazetteer
    out: dict[int, tuple[int, Entry]] = {}
    i = 0
    while i < len(tokens):
        if not (tokens[i].is_capitalized and tokens[i].folded in openers):
            i += 1
            continue
        words: set[str] = set()  # the content words read so far (those not in drop)
        found = None
        for k in range(i, min(i + _REWORDED_MISSION_TOKENS, len(tokens))):
            if k > i and sentence[tokens[k - 1].end:tokens[k].start].strip(" '\u2019"):
                break  # punctuation ends the name
            hit = gazetteer.lookup(tokens, k) if k > i else None
            codes = [e.code for e in hit[1] if e.kind == "country" and e.code] if hit else []
            if codes and len(words) >= 2:
                key = frozenset(words)
                word_sets = _mission_word_sets()  # (built when a first name is read so far)
                ids = {word_sets.get((key, c)) for c in codes} - {None}
                if len(ids) == 1:
                    mission = reference().missions[ids.pop()]
                    entry = next((e for e in gazetteer.whole(mission.acronym) if e.kind == "mission"), None)
                    if entry is not None:
                        found = (hit[0], entry)
                break
            if tokens[k].folded not in drop:
                words.add(_spelling_key(tokens[k].folded))
        if found is not None and not sentence[tokens[found[0] - 1].end:].lstrip().startswith("("):
            out[i] = found  # (before its acronym in brackets the name is the acronym's, found apart)
            i = found[0]
        else:
            i += 1
    return out


@lru_cache(maxsize=1)
def _mission_name_words() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(mission id, the folded words of one of its names) for every listed mission's names
    (missions.yaml: English, French and the aliases)."""
    names = []
    for mission in reference().missions.values():
        for name in (mission.name, mission.name_fr, *mission.aliases):
            names.append((mission.id, tuple(t.folded for t in tokenize_once(name))))
    return tuple(names)


# The fewest opening words of a mission's name _mission_spelling reads as the mission.
_MISSION_OPENING_WORDS = 3


@lru_cache(maxsize=1)
def _mission_openings() -> dict[tuple[str, ...], tuple[tuple[str, tuple[str, ...], int], ...]]:
    """{the first _MISSION_OPENING_WORDS folded words read from a start: ((mission id, the
    name's folded words, the start), ...)} for every listed mission's name (_mission_name_words)
    read from its first word and from the first past the words of the United Nations
    (_mission_owner_words), where more words follow them. An index built once, so that
    _mission_spelling compares a piece with the few names opening on its words, not with every
    name."""
    owners = _mission_owner_words()
    index: dict[tuple[str, ...], list[tuple[str, tuple[str, ...], int]]] = {}
    for mission_id, name in _mission_name_words():
        skip = 0
        while skip < len(name) and name[skip] in owners:
            skip += 1  # "United Nations" found apart before the rest of the name
        for start in dict.fromkeys((0, skip)):
            if len(name) > start + _MISSION_OPENING_WORDS:
                index.setdefault(name[start:start + _MISSION_OPENING_WORDS], []).append((mission_id, name, start))
    return {key: tuple(names) for key, names in index.items()}


def _missions_opening_on(words: tuple[str, ...]) -> set[str]:
    """The ids of the listed missions one of whose names (_mission_name_words) opens on the
    folded words, from its first word or from the first past the words of the United Nations
    (_mission_owner_words), and goes on past them: the missions the words may begin to spell.
    Empty for fewer than _MISSION_OPENING_WORDS words: the index read (_mission_openings) is
    keyed by that many words exactly, so fewer open no key."""
    return {mission_id for mission_id, name, start in _mission_openings().get(words[:_MISSION_OPENING_WORDS], ())
            if name[start:start + len(words)] == words and len(name) > start + len(words)}


def _mission_spelling(piece: list[int], tokens: list[Token]) -> Entry | bool | None:
    """Whether a capitalised piece found by pattern spells a listed mission in a form the
    reference does not hold whole: the opening words of a mission's name, three at least (the
    words of the United Nations before them may be found apart: _mission_owner_words),
    before another wording of its place ("The United Nations Organization Stabilization
    Mission for the Democratic Republic of Congo"), or the mission's acronym opening its name
    spelt out after it ("MONUSCO for Organization Mission in Democratic Republic of the
    Congo"). Such words name the mission, not an organisation. Returns the mission's entry
    (reference gazetteer) where the words fit one mission only, True where they fit several
    (or the acronym, found apart, names it), None where they spell no mission."""
    words = tuple(tokens[k].folded for k in piece)
    if len(words) < _MISSION_OPENING_WORDS:
        return None
    missions = reference().missions.values()
    if tokens[piece[0]].is_acronym and words[0] in {m.acronym.lower() for m in missions} | {
            m.acronym_fr.lower() for m in missions}:
        return True
    fits = _missions_opening_on(words)
    if not fits:
        return None
    if len(fits) == 1:
        mission = reference().missions[next(iter(fits))]
        place = _place_after(tokens, piece[-1] + 1)
        if place is not None and place not in mission.countries:
            return True  # "Misión de Asistencia ... en Darfur": the words of Rwanda's mission, another place
        entries = reference().gazetteer.whole(mission.acronym) or []
        entry = next((e for e in entries if e.kind == "mission"), None)
        if entry is not None:
            return entry
    return True


# How far after a mission's opening words its place is looked for ("de las Naciones Unidas en Darfur").
_PLACE_AFTER_TOKENS = 8


def _place_after(tokens: list[Token], start: int) -> str | None:
    """The country code of the first place (a country or a city or region the gazetteer
    knows) within _PLACE_AFTER_TOKENS tokens from tokens[start], None without one."""
    gazetteer = reference().gazetteer
    for k in range(start, min(start + _PLACE_AFTER_TOKENS, len(tokens))):
        hit = gazetteer.lookup(tokens, k)
        if hit is not None and (place := next((e for e in hit[1] if e.kind in ("country", "city") and e.code), None)):
            return place.code
    return None


@lru_cache(maxsize=1)
def _mission_owner_words() -> frozenset[str]:
    """The folded words naming the United Nations that open a mission's name ("United
    Nations", "UN", "Nations unies", "ONU"; generic_names.yaml generic_phrases owners), with
    the articles of names (vocabulary name_articles)."""
    table = load_reference("generic_names.yaml")["generic_phrases"]["owners"]
    words = {fold(w) for lang in ("en", "fr", "es") for w in table.get(lang) or ()}
    return frozenset(words | {fold(w) for w in reference().words("name_articles")})


def _possessive_country_body(piece: list[int], tokens: list[Token], sets) -> tuple[str, list[int]] | None:
    """(country code, the name's tokens) of a body's name printed after its country in the
    possessive ("Kenya's National Police Service", "Officers of Nigeria's National Emergency
    Management Agency"): the country owns the body and is no word of its name, which is the
    words after the possessive, two at least, one of them a body's head word (vocabulary
    "organisation_heads"). The body is then named "<name> of <Country>", as an unlisted
    government body is (tests/corpus/README.md: "Spain's Defence Ministry" is the "Ministry
    of Defence of Spain"). None where no such country stands in the piece."""
    for n, k in enumerate(piece):
        if strip_possessive(tokens[k].text) == tokens[k].text:
            continue
        rest = piece[n + 1:]
        if len(rest) < 2 or not any(tokens[j].folded in sets["org_heads"] for j in rest):
            return None
        for start in piece[:n + 1]:
            hit = _country_at(tokens, start, end_at=k + 1)
            if hit is not None:
                return hit[0], rest
        return None
    return None


@lru_cache(maxsize=None)
def _definite_before(english: bool) -> re.Pattern:
    """The end of the text before a name that is a definite article (vocabulary
    "definite_articles_before_name"), an opening quotation mark allowed after it: English's
    ("the") with english, the other languages' otherwise ("la", "del", "l'" glued to the name)."""
    table = reference().vocabulary["definite_articles_before_name"]
    words = {w for lang, listed in table.items() if (lang == "en") == english for w in listed}
    whole = alternation({w for w in words if not w.endswith("'")})
    if english:  # "the" in lowercase right before the run
        return re.compile(rf"(?:^|[\s(])(?:{whole})\s+[\u2018\u201c\"']?$")
    elided = alternation({w[:-1] for w in words if w.endswith("'")})
    return re.compile(rf"(?:^|[\s(])(?:{whole})\s+[\u2018\u201c\u00ab\"']?\s*$|(?:^|[\s(])(?:{elided})['\u2019]$")


_CLOSING_MARK = re.compile(r"\s*(?:[,.;:)]|$)")

# A mark that sets a name off from the word before it (a comma, a colon, a bracket, a dash,
# a quotation mark): the name is then no namesake of that word.
_SET_OFF = re.compile(r"[,;:()\[\]\u00ab\u00bb\u201c\u201d\"\u2013\u2014]")


# A unit's number printed with its sign ("n.° 1", "nº 3", "No. 2", "N° 5", "número 1") right
# before a rank: the rank opens the unit's namesake (a date's digits are no unit's number).
_UNIT_NUMBER_BEFORE = re.compile(r"(?:\bn\.?\s?[°º]|\bno\.|\bnúm\.?|\bnuméro|\bnúmero)\s*\d+\s*$", re.IGNORECASE)


def _sentence_opening_word(sentence: str, tokens: list[Token], segment: list[int], sets, language: str) -> bool:
    """Whether the first of three name words or more opens the sentence (only opening marks
    before it), is no listed given or family name, the word after it is a listed given name
    (vocabulary "given_names"), and it reads as a verb or an everyday word: a form ending as a
    verb opening a sentence before its subject (vocabulary "opening_verb_endings": Spanish
    "Llegó Pedro Salas a la base", "Habló Juan Ortega"), a speech verb (quotes.yaml
    "speech_verbs"), or a common word of the language in lowercase. Such a word is capitalised
    by the sentence, not the name's. Vietnamese, whose name syllables are all words, is left
    out."""
    if len(segment) < 3 or language in EXACT_LANGUAGES:
        return False
    first = tokens[segment[0]]
    if sentence[:first.start].strip(_OPENING_MARKS) or first.folded in sets["given"] or first.folded in sets["family"]:
        return False
    if first.folded in _question_openers(language) and "?" in sentence[first.end:]:
        return True  # "Could Patrice Lumumba, the nationalist, have ...?": a question's verb, whatever the name
    word = first.text.lower()
    return tokens[segment[1]].folded in sets["given"] and (
        word.endswith(_opening_verb_endings(language)) or fold(word) in _speech_verb_words() or is_common_word(word, language))


@lru_cache(maxsize=None)
def _question_openers(language: str) -> frozenset[str]:
    """The auxiliaries and verbs that open a question before its subject (vocabulary
    "question_openers": "Could", "Would", "¿Podría"), folded, for the language; empty when
    none is listed."""
    return frozenset(fold(w) for w in reference().vocabulary.get("question_openers", {}).get(language) or ())


@lru_cache(maxsize=None)
def _opening_verb_endings(language: str) -> tuple[str, ...]:
    """The endings of a verb's forms that open a sentence before its subject (vocabulary
    "opening_verb_endings"), as printed, for the language; empty when none is listed."""
    return tuple(reference().vocabulary.get("opening_verb_endings", {}).get(language) or ())


# What may stand before a sentence's first word: spaces, opening quotation marks and dashes
_OPENING_MARKS = " \t\"'\u2018\u201c\u00ab\u00bf\u00a1\u2014\u2013-("


def _qualifies_a_thing(word: str, language: str) -> bool:
    """Whether a folded lowercase word, right after a thing's head word and right before a
    name, is an adjective of the head by its ending (vocabulary "thing_adjective_endings": in
    French and Spanish the adjective follows its noun, "aéroport international", "base
    aérea", "hôpital militaire") or a country's demonym ("la base española", "le camp
    sénégalais": the country the thing belongs to): the name after it is the thing's, not a
    person's."""
    return (len(word) > 4 and word.endswith(_folded_endings("thing_adjective_endings", language))) or word in country_demonyms()


@lru_cache(maxsize=None)
def _folded_endings(section: str, language: str) -> tuple[str, ...]:
    """A vocabulary section of word endings for a language ("thing_adjective_endings",
    "office_adjective_endings"), folded, once; empty when none is listed."""
    return tuple(fold(e) for e in reference().vocabulary.get(section, {}).get(language) or ())


# A house number printed with its sign right before a name ("số 7 Nguyễn Tri Phương", "No. 12
# Jane Doe Street", "n° 5 ..."): the name is a street's.
_HOUSE_NUMBER_BEFORE = re.compile(r"(?:\bsố|\bno\.|\bn[°º])\s*\d+[a-zA-Z]?\s+$", re.IGNORECASE)


@lru_cache(maxsize=None)
def _exact_list(section: str) -> frozenset[str]:
    """A vocabulary section that is one list for every language ("vi_thing_heads",
    "vi_plural_markers"), in its exact forms, once."""
    return _exact_set(reference().vocabulary.get(section) or ())


def _full_vietnamese_name_at(tokens: list[Token], first: int, sets) -> bool:
    """Whether tokens[first] opens a person's full Vietnamese name: a family name (vocabulary
    "family_names") and two capitalised syllables after it ("Nguyễn Văn Nam", "Trần Thị Hoa"),
    which a rank after a thing's word names, the thing's word closing a phrase printed without
    its comma ("Tại trường Thiếu tướng Nguyễn Văn Nam đã phát biểu", "Trên tàu Trung tá Trần
    Thị Hoa ..."); "trường sĩ quan Lục quân" names no one."""
    return (first + 2 < len(tokens) and tokens[first].folded in sets["family"]
            and tokens[first + 1].is_capitalized and tokens[first + 2].is_capitalized)


def _after_vietnamese_thing(sentence: str, tokens: list[Token], first: int, language: str) -> bool:
    """In Vietnamese, whether the one, two or three words right before tokens[first], joined by
    spaces, are a word of a place, a building or a vessel (vocabulary "vi_thing_heads",
    compared with diacritics: "Trường Tiểu học", "đường", "tàu"): the name after them is the
    thing's (a school, a street, a ship named after a hero), not a person's. Not where a
    base's, a camp's, a hospital's or an academy's word (vocabulary "vi_office_thing_heads"),
    in lowercase, closes an office (a title of the language's "titles" right before it,
    joined by a space: "Giám đốc bệnh viện Nguyễn Văn Nam", the hospital's director; "Chỉ huy
    trưởng căn cứ ..."): the name is the office's holder. A school's or a ship's stays the
    thing's ("Hiệu trưởng trường Hoàng Văn Hải")."""
    if language not in EXACT_LANGUAGES:
        return False
    heads = _exact_list("vi_thing_heads")
    for n in (3, 2, 1):
        if first - n < 0 or any(not _gap_is_space(sentence, tokens[j], tokens[j + 1]) for j in range(first - n, first)):
            continue
        if (head := " ".join(exact_form(tokens[j].text) for j in range(first - n, first))) in heads:
            return (head not in _exact_list("vi_office_thing_heads") or tokens[first - n].is_capitalized
                    or not _vietnamese_title_before(sentence, tokens, first - n, language))
    return False


def _vietnamese_title_before(sentence: str, tokens: list[Token], k: int, language: str) -> bool:
    """Whether the one, two or three words right before tokens[k], joined by spaces, are a
    title of the language (vocabulary "titles", compared with diacritics: "giám đốc", "chỉ
    huy trưởng") in the singular: no plural marker right before it (vocabulary
    "vi_plural_markers": "các chiến sĩ" names no one holder)."""
    titles = reference().exact_words("titles", language)
    plural = _exact_list("vi_plural_markers")
    for n in (3, 2, 1):
        if k - n < 0 or any(not _gap_is_space(sentence, tokens[j], tokens[j + 1]) for j in range(k - n, k)):
            continue
        if " ".join(exact_form(tokens[j].text) for j in range(k - n, k)) in titles:
            return k - n == 0 or exact_form(tokens[k - n - 1].text) not in plural
    return False


@lru_cache(maxsize=None)
def _vietnamese_unit_heads(language: str) -> frozenset[str]:
    """The words that open a body's or a unit's name in an exact language (vocabulary
    "unit_heads" and "organisation_heads"), in their exact forms."""
    return _exact_section("unit_heads", language) | _exact_section("organisation_heads", language)


def _opens_vietnamese_unit(sentence: str, tokens: list[Token], first: int, language: str, alone: bool = True) -> bool:
    """In Vietnamese, whether the capitalised run opening at tokens[first] opens with a word of
    a unit's or a body's name (vocabulary "unit_heads", "organisation_heads", compared with
    diacritics): that word alone ("Tổ Công tác", "Khoa Khám bệnh", "Phòng Kế hoạch"), or with
    the one or two words after it joined by spaces, whatever their case ("Lực lượng gìn giữ
    hòa bình", "Quân chủng Phòng Không"). The run names the body, not a person, whatever title
    stands before it. One syllable that is a family name too ("Đoàn", "Ban") opens a name;
    alone=False: one syllable is not enough (a given name printed alone, "Thiếu tá Khoa")."""
    if language not in EXACT_LANGUAGES or first >= len(tokens):
        return False
    heads = _vietnamese_unit_heads(language)
    words = [exact_form(tokens[first].text)]
    for j in range(first + 1, min(first + 3, len(tokens))):
        if not _gap_is_space(sentence, tokens[j - 1], tokens[j]):
            break
        words.append(exact_form(tokens[j].text))
    if any(" ".join(words[:n]) in heads for n in range(2, len(words) + 1)):
        return True
    return alone and words[0] in heads and tokens[first].folded not in _vocab_sets()["family"]


def _vietnamese_region(sentence: str, tokens: list[Token], segment: list[int], language: str) -> bool:
    """In Vietnamese, whether the segment is a region's name: a compass word (vocabulary
    "compass_words": "Nam", "Tây") and after it a place the gazetteer knows ("Nam Liban",
    "Đông Bắc Somalia"), or compass words and continents' short names only (vocabulary
    "region_syllables": "Tây Phi", "Tây Âu", "Đông Nam Á"). A place, not a person."""
    if language not in EXACT_LANGUAGES or len(segment) < 2:
        return False
    compass = _exact_section("compass_words", language)
    regions = _exact_section("region_syllables", language)
    words = [exact_form(tokens[k].text) for k in segment]
    if words[0] not in compass:
        return False
    if all(w in compass or w in regions for w in words[1:]):
        return True
    rest = next((j for j, w in enumerate(words) if w not in compass), len(words))
    if rest == len(words):
        return False
    if reference().gazetteer.whole(_span_text(sentence, tokens, segment[rest:])):
        return True
    # a country's name whose first words only are capitalised ("Đông Nam Cộng hòa Trung Phi"):
    # the run stops inside it, the country's name goes on past the run's end
    found = _country_at(tokens, segment[rest])
    return bool(found) and found[1] > segment[-1] + 1


def _namesake_after_rank(sentence: str, tokens: list[Token], printed: int, role: str, sets, language: str) -> bool:
    """Whether a name with its rank or title before it (role, as printed right before
    tokens[printed]) names what comes before the rank, joined by a space and no comma: a
    place's or a building's word ("camp Général Jean Dupont", "Camp Lt Gen Jane Doe"; vocabulary
    "named_thing_heads"), a unit's number ("Brigada ... n.° 1 Gral. Juan Pérez"), or, in French
    and Spanish (whose running text prints a rank before a person in lowercase, after an
    article), a capitalised rank right after the capitalised name of a unit ("Regimiento de
    Caballería Coronel Juan Pérez"; vocabulary "contingent_heads"); in Vietnamese, a thing's
    word before the title ("trường sĩ quan Lục quân", vocabulary "vi_thing_heads"): a camp, a
    unit, a school or a building named after a person (of the past, mostly) or by its title's
    words, not the person in the news."""
    start = sentence.rfind(role, 0, tokens[printed].start)
    if start <= 0:
        return False
    before = sentence[:start]
    if before != before.rstrip() and before.rstrip() and not before.rstrip()[-1].isalnum():
        return False  # a comma, a bracket or a full stop: the rank opens an apposition or a clause
    words = [t for t in tokens if t.end <= start]
    if not words or sentence[words[-1].end:start].strip():
        return False
    last = words[-1]
    if strip_possessive(last.text) != last.text:
        return False  # "Ivory Coast's defence minister ...", "the camp's commander ...": an owner, no namesake's thing
    if last.folded in sets["things"] or last.text in _ship_prefixes() or _UNIT_NUMBER_BEFORE.search(before):
        return True  # "camp Général ...", "ARA Almirante ...", "n.° 1 Gral. ..." 
    if _after_vietnamese_thing(sentence, tokens, len(words), language) and not _full_vietnamese_name_at(tokens, printed, sets):
        return True  # "trường sĩ quan Lục quân": the school's name, its title word inside
    if _thing_complement_before(sentence, words, sets):
        return True  # "le centre d'entraînement tactique capitaine ...", "el centro de instrucción coronel ..."
    if language not in HEAD_FIRST_LANGUAGES or not role[:1].isupper() or not last.is_capitalized:
        return False
    units = _vocab_sets()["units"]
    k = len(words) - 1
    while k >= 0 and (words[k].is_capitalized or (words[k].folded in sets["connectors"] and k > 0)):
        if words[k].folded in units or words[k].folded in sets["things"]:
            return True  # "Regimiento de Caballería Coronel ...", "Base Aérea Capitán ..." 
        if k > 0 and sentence[words[k - 1].end:words[k].start].strip():
            break
        k -= 1
    return False


def _before_service_particle(segment: list[int], tokens: list[Token], sets) -> int | None:
    """The position in segment (a name's token indices) of a lowercase particle after which
    the name goes on with a service's word (vocabulary "service_words_after_particle": "Juan
    Pérez de la Armada", "Alistamiento de la Armada"), the particle and its articles being
    passed over; None where there is none. The person's name ends before that particle; the
    words after it name the service, not the family."""
    for i in range(1, len(segment) - 1):
        if tokens[segment[i]].is_capitalized or tokens[segment[i]].folded not in sets["particles"]:
            continue
        j = i
        while j < len(segment) and not tokens[segment[j]].is_capitalized and tokens[segment[j]].folded in sets["particles"]:
            j += 1
        if j == len(segment):
            return None
        one = tokens[segment[j]].folded
        two = f"{one} {tokens[segment[j + 1]].folded}" if j + 1 < len(segment) else ""
        if one in sets["services"] or two in sets["services"]:
            return i
    return None


def _governing_noun(tokens: list[Token], k: int) -> int | None:
    """The index of the word governing tokens[k] as its complement, before a link and its
    article ("chef" in "le chef de la mission ...", "commandant" in "le commandant du camp
    ...", "jefe de misión ..."; vocabulary "name_complement_links"): a name after tokens[k] is
    that word's holder's, not the complement's; None where no link stands before tokens[k].
    Tokens are folded, a curly apostrophe made straight ("d’" is "d'")."""
    j = k - 1
    if j >= 0 and tokens[j].folded in _complement_articles():
        j -= 1
    return j - 1 if j >= 1 and tokens[j].folded in _complement_links() else None


@lru_cache(maxsize=None)
def _complement_articles() -> frozenset[str]:
    """The articles after a complement's link, folded (vocabulary "name_complement_links" articles)."""
    return frozenset(fold(w) for w in reference().vocabulary["name_complement_links"]["articles"])


@lru_cache(maxsize=None)
def _complement_links() -> frozenset[str]:
    """The words linking a complement to its head noun, folded (vocabulary
    "name_complement_links" links: "de", "d'", "of"); no article ("la", "le")."""
    return frozenset(fold(w) for w in reference().vocabulary["name_complement_links"]["links"])


def _thing_complement_before(sentence: str, words: list[Token], sets) -> bool:
    """Whether the words ending right before a rank are a place's or a building's word
    (vocabulary "named_thing_heads") and its complement: a link ("de", "d'"; vocabulary
    "name_complement_links") then one
    or two lowercase words none a function word ("le camp d'entraînement colonel ...", "le
    centre d'entraînement tactique capitaine ...", "el centro de instrucción coronel ..."),
    joined by spaces or the connector's apostrophe. A camp or a centre named after an
    officer, as _namesake_after_rank reads "camp Général ...". A verb or an article after the
    thing ("le camp a accueilli le colonel ...", "le camp d'où le colonel ...") makes none, nor
    a camp that an office governs ("le commandant du camp de transit colonel ...": vocabulary
    "titles_before_a_place"), whose rank and name are the office holder's.
    words: the sentence's tokens before the rank, in order."""
    k = len(words) - 1
    complement = 0
    while (k >= 2 and complement < 2 and not words[k].is_capitalized and words[k].text.isalpha()
           and words[k].folded not in sets["edges"]):
        k -= 1
        complement += 1
    if (not complement or words[k].folded not in _complement_links()
            or words[k - 1].folded not in sets["things"]):
        return False
    holder = _governing_noun(words, k - 1)
    if holder is not None and words[holder].folded in reference().words("titles_before_a_place"):
        return False  # "le commandant du camp de transit colonel X": the camp's commander, a person
    return all(not sentence[words[j - 1].end:words[j].start].strip() for j in range(k, len(words)))


@lru_cache(maxsize=None)
def _ship_prefixes() -> frozenset[str]:
    """The prefixes navies print before a ship's name, as printed (vocabulary "ship_prefixes")."""
    return frozenset(reference().vocabulary.get("ship_prefixes") or ())


def _middle_initials(sentence: str, tokens: list[Token], k: int, run_set, claimed, sets, language: str) -> bool:
    """Whether tokens[k] opens one or more middle names' initials, each a capital letter
    followed by a dot and a space, that lead to a name word of the same run ("Ana M. Ruiz",
    "Retno L. P. Marsudi"): part of the name between the given name and the family name."""
    j = k
    while j in run_set and not claimed[j] and _initial(tokens[j]):
        if j + 1 not in run_set or claimed[j + 1] or sentence[tokens[j].end:tokens[j + 1].start] not in (". ", "."):
            return False
        j += 1
    return j > k and _name_like(tokens[j], sets, language)


@lru_cache(maxsize=None)
def _count_words(language: str) -> frozenset[str]:
    """The folded number words of two and more of a language (vocabulary "number_words";
    "one", "un", "una" are left out, being articles and initials too)."""
    table = (reference().vocabulary.get("number_words") or {}).get(language) or {}
    return frozenset(fold(w) for w, n in table.items() if int(n) >= 2 and " " not in w)


def _count_word(token: Token, sets, language: str) -> bool:
    """Whether a capitalised word is a number word of two and more (_count_words: "Five",
    "Cinq", "Seis") that no name holds (not a listed given name, family name or particle:
    "Dos Santos"), so it counts the people after it rather than opening a name. Vietnamese,
    whose number syllables are name syllables too ("Hai", "Năm"), is left out."""
    if language in EXACT_LANGUAGES or not token.is_capitalized or token.is_acronym:
        return False
    word = token.folded
    return (word in _count_words(language) and word not in sets["given"] and word not in sets["particles"]
            and word not in sets.get("family", frozenset()))


def _demonym_closing_name(sentence: str, tokens: list[Token], k: int, segment: list[int]) -> bool:
    """Whether tokens[k], a capitalised demonym (countries.yaml: "Nepali", "Burmese") right
    after two or more words of a name joined by a space, closes that name: followed by a
    comma, a full stop, a colon, a bracket or the end of the sentence, it qualifies no noun, so
    it is the person's family name ("Private Ram Kumar Nepali, who ..."), as Nepali, Burmese
    and other family names are; before a noun it is the adjective ("Ram Kumar, Nepali
    soldier", "Jane Doe Nepali troops") and stays out."""
    token = tokens[k]
    if (len(segment) < 2 or segment[-1] != k - 1 or not token.is_capitalized or token.is_acronym
            or token.folded not in country_demonyms() or not _gap_is_space(sentence, tokens[k - 1], token)):
        return False
    return _CLOSING_MARK.match(sentence, token.end) is not None


def _spelt_out_before_acronym(sentence: str, tokens: list[Token], words: list[int]) -> bool:
    """Whether the capitalised words (indices into tokens, in order, the last one the end of a
    name found by pattern) are spelt out right before an acronym in brackets made of their
    initials: "Korea Lebanon Ma Sha Allah (KLM)", "Amitié Togo Liban (ATL)". A body's, a
    programme's or a group's name is introduced so; a person's name is not (an acronym after
    a person names the body the person serves, "Major Jane Doe (GAF)", and is not made of the
    name's initials). The acronym's letters must be the initials of some of the words, in
    order, its first the initial of one of them."""
    if not words:
        return False
    last = words[-1]
    j = last + 1
    if j >= len(tokens) or sentence[tokens[last].end:tokens[j].start].strip() != "(" or not tokens[j].is_acronym:
        return False
    if not sentence[tokens[j].end:tokens[j].end + 2].lstrip().startswith(")"):
        return False
    letters = [c for c in tokens[j].text.upper() if c.isalpha()]
    initials = [tokens[k].text[0].upper() for k in words if tokens[k].is_capitalized]
    if len(letters) < 2 or len(letters) > len(initials):
        return False
    at = 0
    for initial in initials:
        if at < len(letters) and initial == letters[at]:
            at += 1
    return at == len(letters)


def _leader_named_after(tokens: list[Token], last: int, language: str) -> bool:
    """Whether the word right after a name's last token (tokens[last]) is a word for a
    government or its time named after its leader (vocabulary "leader_named_words": "the John
    Doe Government's", "the Jane Roe administration"): the name is a person's."""
    return last + 1 < len(tokens) and strip_possessive(tokens[last + 1].folded) in _leader_named_words(language)


@lru_cache(maxsize=None)
def _leader_named_words(language: str) -> frozenset[str]:
    return reference().words("leader_named_words", (language,))


def _after_definite_article(sentence: str, start: int, language: str) -> bool:
    """Whether a capitalised name starting at sentence[start] follows a definite article in
    lowercase (vocabulary "definite_articles_before_name": la, el, le, los, del, du, l'...; "the" in English), an opening quotation mark
    allowed between, with no title between (the caller's role: "la ministra María Rosa",
    "the Commandant, Brigadier ..."): a body's, an office's or a thing's name ("el comandante
    de la Marina de Guerra", "la Cheffe de l'Etat de la Transition", "the Chief of the Naval
    Staff", "the 'World Karate Festival'"). French and Spanish (HEAD_FIRST_LANGUAGES) write no
    article before a person's name, nor does English (a name used as a modifier, "the John Doe
    Government", opens with a given name, which the caller exempts)."""
    before = sentence[:start][-12:]
    if language == "en":
        return _definite_before(True).search(before) is not None
    return language in HEAD_FIRST_LANGUAGES and _definite_before(False).search(before) is not None


def _before_its_place(piece: list[int], tokens: list[Token], language: str) -> list[int]:
    """A body's name found by pattern without the place it stands in: the words from a
    preposition of place (vocabulary "place_prepositions": in, at, en...) to the piece's end,
    where those words after it are one known city or country ("the Royal Staff College in
    Accra", "the Lotus Engineering Unit in Lebanon"). The body is named, the place found on its
    own. A piece with no such ending, or whose word before the preposition is one of vocabulary
    "place_in_name_heads" (a mission's, an office's name holds its place), is returned as it is."""
    prepositions, exact = _place_prepositions(language)
    gazetteer = reference().gazetteer
    for at in range(2, len(piece) - 1):  # two words of the name at least before it
        word = exact_form(tokens[piece[at]].text) if exact else tokens[piece[at]].folded
        if word not in prepositions or piece[at + 1] != piece[at] + 1:
            continue
        if tokens[piece[at - 1]].folded in reference().words("place_in_name_heads"):
            return piece  # "the African Union-United Nations Mission in Darfur": the place is the name's
        hit = gazetteer.lookup(tokens, piece[at + 1])
        if hit and hit[0] == piece[-1] + 1 and hit[1] and all(e.kind in ("city", "country") for e in hit[1]):
            return piece[:at]
    return piece


def _national_contingent(piece: list[int], tokens: list[Token], sets, language: str) -> bool:
    """A name of a country's contingent: a demonym (countries.yaml) or the country's name
    (its possessive too), and a unit's word (vocabulary "contingent_heads": company, unit,
    battalion...), the country opening the name or, in the languages that put the adjective
    after its noun, right after the unit's word ("the Nepalese Engineering Company", "the
    Ghanaian Medical Unit", "Vietnam's Engineering Unit Rotation 1", "el Batallón Uruguayo",
    "la Compañía Perú"), or a unit's name followed by a rotation's number ("the Engineering
    Unit Rotation 1", "la Compañía de Ingenieros 3"). Its troops are the country's (the country is found on its
    own), not an organisation."""
    units = _vocab_sets()["units"]
    if not any(tokens[k].folded in units for k in piece):
        return False
    demonyms = country_demonyms()

    specialties = _vocab_sets()["contingent_specialties"]

    def country(k: int, last: bool = False) -> bool:
        if tokens[k].folded in demonyms:
            return True
        hit = _country_at(tokens, k)
        if hit is None or hit[1] - 1 > piece[-1]:
            return False
        # the country's name (not its demonym) makes a contingent only with a unit's words and
        # its trade's after it ("the Ghana Medical Company"), or closing the name ("la Compañía
        # Perú"): "the Ghana Gold Company", "the Kenya National Hospital", "la Compañía Chile de
        # Seguros" are a country's firms and institutions
        rest = [tokens[j].folded for j in piece if j >= hit[1]]
        return not rest if last else bool(rest) and all(w in units or w in specialties or w.isdigit() for w in rest)

    if country(piece[0]):
        return True
    if language in HEAD_FIRST_LANGUAGES and _unit_of_specialties(piece, tokens, country):
        return True  # "la Compañía de Ingeniería Perú", "l'Unité de police constituée"
    # a unit's name (a unit's word in it, checked above) and its rotation's number right after
    # it ("the Engineering Unit Rotation 1", "la Compañía de Ingenieros 3"): a rotation of a
    # country's contingent
    after = piece[-1] + 1
    if after < len(tokens) and tokens[after].text.isdigit() and tokens[after].start == tokens[piece[-1]].end + 1:
        return True
    return (language in HEAD_FIRST_LANGUAGES and tokens[piece[0]].folded in units and country(piece[1], last=True))


def _unit_of_specialties(piece: list[int], tokens: list[Token], country: Callable[..., bool]) -> bool:
    """Whether a piece is a unit's name in the order of French and Spanish: an article or not
    (vocabulary "definite_articles_before_name"), a unit's word (vocabulary "contingent_heads"), then trades'
    words (vocabulary "contingent_specialties", one at least) and connectors (vocabulary
    "name_connectors"), a country's name closing it or not ("la Compañía de Ingeniería Perú",
    "l'Unité de Police Constituée", "la Unidad de Policía Constituida"). country: the caller's
    test of a country's name at an index, called with last=True (it closes the piece)."""
    sets = _vocab_sets()
    articles = reference().words("definite_articles_before_name")
    k = 0
    while k < len(piece) and tokens[piece[k]].folded in articles:
        k += 1
    if k >= len(piece) - 1 or tokens[piece[k]].folded not in sets["units"]:
        return False
    specialties = sets["contingent_specialties"]
    trades = 0
    for j in range(k + 1, len(piece)):
        word = tokens[piece[j]].folded
        if word in specialties:
            trades += 1
        elif word not in sets["connectors"] and not word.isdigit():
            return trades > 0 and country(piece[j], last=True)
    return trades > 0


def _military_formation(piece: list[int], tokens: list[Token]) -> bool:
    """Whether a piece of capitalised words names a military formation: one of its words is a
    formation's word in the singular (vocabulary "formation_heads": brigade, battalion,
    regiment...), as in "the Multinational Brigade East" or "la Brigada Multinacional del Sector
    Este". A formation is a part of an army or of a mission, not an organisation (the labelling
    rules of tests/corpus/README.md); a listed one was found by its entry before."""
    words = _vocab_sets()["formations"]
    return any(tokens[k].folded in words for k in piece)


def _country_government(piece: list[int], tokens: list[Token], claimed: list[bool], sets) -> bool:
    """Whether a piece is a word for a government (vocabulary "government_words") and nothing
    but its country (a country's name, claimed before, or its demonym) and connectors: "the
    Chadian Government", "the Government of Mali", "le Gouvernement malien", "el Gobierno de
    Chile", "le Gouvernement Congolais"). The country is found on its own and is who acts; a
    government with a name of its own ("the Transitional Government of National Unity") is kept."""
    words = _vocab_sets()["governments"]
    if not any(tokens[k].folded in words for k in piece):
        return False
    # (a demonym two countries share counts too: "le Gouvernement Congolais" is a country's)
    demonyms, shared = country_demonyms(), _shared_service_countries()
    return all(tokens[k].folded in words or tokens[k].folded in demonyms or tokens[k].folded in shared
               or tokens[k].folded in sets["edges"] or claimed[k] for k in piece)


@lru_cache(maxsize=1)
def _service_endings() -> tuple[str, ...]:
    """The English words closing a national service's name (vocabulary national_service_endings:
    "army", "armed forces", "navy"...), folded, as str.endswith takes them."""
    return tuple(fold(w) for w in reference().vocabulary["national_service_endings"])


def _service_before_unit_acronym(piece: list[int], tokens: list[Token], claimed: list[bool]) -> list[int]:
    """A piece of a national service's name in English ("Bangladesh Army", "Nepal Armed
    Forces"), then "of" and an acronym no reference name is ("Bangladesh Army of BANRDB
    peacekeeping forces"): the unit the soldier serves in is no part of the service's name;
    the piece up to the service. Else the piece as given."""
    if len(piece) < 4 or not tokens[piece[-1]].is_acronym or claimed[piece[-1]] or tokens[piece[-2]].folded != "of":
        return piece
    before = " ".join(tokens[k].folded for k in piece[:-2])
    return piece[:-2] if before.endswith(_service_endings()) else piece


def _office_of(piece: list[int], tokens: list[Token], sets) -> bool:
    """Whether a piece opens with an office: its first or second word a title that is no
    body's head (vocabulary "titles": "Commander", "Head"), then a connector in lowercase
    ("Sector Commander of Northern Sector of UN Peacekeeping Force in Bunia", "Deputy Head of
    the Mission's Office"): the holder's office set off after a name, no body's name (a body
    of an office stands further in: "Office of the Chief of Staff")."""
    return any(k + 1 < len(tokens) and tokens[k].folded in sets["titles"] and tokens[k].folded not in sets["heads"]
               and tokens[k + 1].folded in sets["connectors"] and not tokens[k + 1].is_capitalized
               for k in piece[:2])


def _heads_of_titles(piece: list[int], tokens: list[Token], sets) -> bool:
    """Whether every body's head word of a piece is the complement of a title right before it
    and a connector ("Head of Mission") or the first word of a title right after it ("Force
    Commander"): the piece names an office ("UNISFA Force Commander and Acting Head of
    Mission"), not a body."""
    at = set(piece)

    def title(k: int) -> bool:
        return k in at and tokens[k].folded in sets["titles"] and tokens[k].folded not in sets["heads"]

    heads = [k for k in piece if tokens[k].folded in sets["heads"]]
    return bool(heads) and all(
        (title(k - 2) and tokens[k - 1].folded in sets["connectors"] and not tokens[k - 1].is_capitalized) or title(k + 1)
        for k in heads)


def _vietnamese_triples(sentence: str, tokens: list[Token], run: list[int], claimed: list[bool], sets,
                        own_stopwords: frozenset[str] = frozenset()) -> dict[int, bool]:
    """The words of Vietnamese names printed without diacritics inside a capitalised run: a
    family name (vocabulary "family_names"), a middle name ("van", "thi": "middle_names",
    folded) and one more capitalised word, joined by spaces ("Pham Van Son", "Nguyen Thi Mai",
    "Le Van Nam"). Every syllable of such a name is a name word, though the last is a
    function word, a month or a title elsewhere ("son", "mai", "nam" in French, "long" in
    English). Vietnamese names put the family name first and a middle name second (Wikipedia
    "Vietnamese name"). -> {token index: True} for the words of each such name; the family
    name's index is the name's opening (the caller reads it as a family name found). A
    family name that is a function word of the article's language opening the sentence is
    that word ("Le Van Gogh du musée"), its capital the sentence's."""
    words: dict[int, bool] = {}
    in_run = set(run)
    family = sets["family"]
    for k in run:
        if tokens[k].folded not in family:  # the cheapest test first: most words are no family name
            continue
        j, last = k + 1, k + 2
        if k == 0 and tokens[k].folded in own_stopwords:
            continue
        if (last in in_run and not any(claimed[i] for i in (k, j, last))
                and tokens[k].is_capitalized and tokens[k].folded in sets["family"]
                and tokens[j].is_capitalized and tokens[j].folded in sets["middle"]
                and tokens[last].is_capitalized and not tokens[last].is_acronym and tokens[last].text.isalpha()
                and _gap_is_space(sentence, tokens[k], tokens[j]) and _gap_is_space(sentence, tokens[j], tokens[last])):
            words.update({k: True, j: True, last: True})
    return words


def _foreign_syllable(sentence, tokens, k, sets, own_stopwords) -> bool:
    """A capitalised word inside a name opened by an East Asian family name (vocabulary
    "family_names") that is a function word of another language only: a syllable of the
    name ("Son" of "Le Ngoc Son", French "son"; "Con", "Tu", "Sa"). Joined to the word
    before by a space; in the article's own language, or as a title, month or acronym, it
    stays what it is there."""
    token = tokens[k]
    return (token.is_capitalized and not token.is_acronym and token.text.isalpha()
            and token.folded in sets["stop"] and token.folded not in own_stopwords
            and token.folded not in sets["titles"] and token.folded not in sets["calendar"]
            and _gap_is_space(sentence, tokens[k - 1], token))


def _own_word_syllable(sentence, tokens, k, segment, sets, language) -> bool:
    """tokens[k] is the third syllable of an East Asian name printed without hyphens that is a
    short function word of the article's own language, capitalised inside the sentence ("Kim
    Jong Un" in French, "Moon Jae In" in English): the name so far a family name (vocabulary
    "family_names") and one syllable that is no common word, joined by spaces; the word
    after it not capitalised (a capital after it starts another name: "Moon Jae In Seoul"
    is not read so). Not in Vietnamese, whose own lists judge its words."""
    token = tokens[k]
    if (language in EXACT_LANGUAGES or len(segment) != 2 or segment[-1] != k - 1
            or tokens[segment[0]].folded not in sets["family"]):
        return False
    if not (token.is_capitalized and not token.is_acronym and token.text.isalpha() and len(token.text) <= 3
            and token.folded in sets["stop"] and token.folded not in sets["titles"]
            and token.folded not in sets["calendar"] and _gap_is_space(sentence, tokens[k - 1], token)):
        return False
    if is_common_word(_dictionary_form(tokens[segment[1]]), language):
        return False
    nxt = k + 1
    return nxt >= len(tokens) or not tokens[nxt].is_capitalized


def _own_word_middle_syllable(sentence, tokens, k, segment, run_set, sets, language) -> bool:
    """tokens[k] is the middle syllable of a Vietnamese name printed without its marks that is
    a short function word of the article's own language, capitalised inside the sentence
    ("Phung Si Tan" in French or Spanish, "si" an everyday word there; "Vu The Lam" in
    English): the name so far a
    family name alone (vocabulary "family_names"), right before it; the word after it in the
    same run, capitalised and joined by a space; the syllable and the word after it both
    shaped as Vietnamese syllables (vietnamese_syllable). Not in Vietnamese, whose own lists
    judge its words."""
    token = tokens[k]
    if (language in EXACT_LANGUAGES or len(segment) != 1 or segment[0] != k - 1
            or tokens[segment[0]].folded not in sets["family"] or k + 1 not in run_set):
        return False
    if not (token.is_capitalized and not token.is_acronym and token.text.isalpha() and len(token.text) <= 3
            and token.folded in sets["stop"] and token.folded not in sets["titles"]
            and token.folded not in sets["calendar"] and _gap_is_space(sentence, tokens[k - 1], token)):
        return False
    nxt = tokens[k + 1]
    syllable = vietnamese_syllable()
    return (nxt.is_capitalized and not nxt.is_acronym and nxt.text.isalpha() and _gap_is_space(sentence, token, nxt)
            and syllable.fullmatch(token.folded) is not None and syllable.fullmatch(nxt.folded) is not None)


def _unaccented_family_name(sentence, tokens, k, run_set, claimed, sets, language) -> bool:
    """In Vietnamese, tokens[k] opens a foreign East Asian name though it is a Vietnamese word
    too ("Ban Ki Mun": "ban", a board): an East Asian family name (vocabulary "family_names")
    followed by two capitalised syllables (or one pair of them joined by a hyphen, "Ban
    Ki-moon"), joined by spaces, all three printed without
    diacritics, the two after it no Vietnamese function word, title or head word and not
    spelt as only Vietnamese is ("Ban Chỉ đạo" is a board). Other languages: never."""
    token = tokens[k]
    if (language not in EXACT_LANGUAGES or claimed[k] or not token.is_capitalized
            or token.folded not in sets["family"] or not token.text.isascii()):
        return False
    own = _exact_words(language)

    def syllables(j: int, parts: int) -> bool:
        # parts: 1, one syllable ("Ki"); 2, two joined by a hyphen ("Ki-moon"), the second in
        # lowercase, as the press prints Korean given names; none past the sentence's end
        if j >= len(tokens):
            return False
        text = tokens[j].text
        pieces = text.split("-")
        return (j in run_set and not claimed[j] and tokens[j].is_capitalized and not tokens[j].is_acronym
                and text.isascii() and len(pieces) == parts and all(p.isalpha() for p in pieces)
                and exact_form(text) not in own
                and _gap_is_space(sentence, tokens[j - 1], tokens[j]))

    # "Ban Ki Mun": two syllables after it; "Ban Ki-moon": one hyphenated pair
    return all(syllables(j, 1) for j in (k + 1, k + 2)) or syllables(k + 1, 2)


def _capitals_after_rank(sentence, tokens, k, run_set, claimed, sets, language) -> bool:
    """A word in capitals opening a name right after a title that stands only before a
    person (vocabulary "person_titles"), joined by a space to a name word: a family name
    printed in capitals, as the UN and many armies print it ("Colonel JIN Chul Ho", "Captain
    KIM Min-su"), or a given name's initials ("Col EJ Okwerani"). Letters only, at most
    eight; a known acronym after a rank ("General MINUSMA ...") is followed by no name word.
    After a title of another kind (an office: "Minister"), a word of three capitals at most:
    a given name's initials ("Prime Minister KP Sharma Oli")."""
    token = tokens[k]
    nxt = k + 1
    if not (token.is_acronym and token.text.isalpha() and len(token.text) <= 8) or token.folded in sets["titles"]:
        return False  # a title's or an honour's letters ("coronel VGM ...") are the role's
    if _service_tag_before_name(sentence, tokens, k, run_set, claimed, sets):
        return False  # "el coronel EP Jane Doe": the rank's service, the role's
    if nxt not in run_set or claimed[nxt] or not _gap_is_space(sentence, token, tokens[nxt]):
        return False
    if tokens[nxt].is_acronym or not _name_like(tokens[nxt], sets, language):
        return False
    # after any other title, only a given name's initials (three letters at most), as a
    # minister's name is printed ("Prime Minister KP Sharma Oli")
    return (_after_person_title(sentence, tokens, k, sets, language)
            or (len(token.text) <= 3 and _role_before(sentence, tokens, k, sets, language) is not None))


def _service_tag_before_name(sentence, tokens, k, run_set, claimed, sets) -> bool:
    """Whether tokens[k], an acronym in a run of capitalised words, is the tag of a service or
    a corps that an army prints between the rank and the name (vocabulary "rank_service_tags":
    "el coronel EP Jane Doe", "el capitán de navío AP ..."), or an acronym of two to four
    capitals followed, joined by spaces, by a widely borne given name (vocabulary
    "given_names") and one more word of the run: a full name after it ("el general FAC Luis
    Gómez"), so the acronym is no family name printed in capitals ("Colonel KANG Min Jae") nor
    initials ("Col AB Okonkwo"). A name's abbreviation ("Md", vocabulary "name_abbreviations")
    is none. The caller asks only right after a title."""
    token = tokens[k]
    if not token.is_acronym or token.folded in sets["name_abbreviations"]:
        return False
    if token.folded in sets["service_tags"]:
        return True
    following = [j for j in (k + 1, k + 2) if j in run_set and not claimed[j] and _gap_is_space(sentence, tokens[j - 1], tokens[j])]
    return (2 <= len(token.text) <= 4 and token.text.isalpha() and len(following) == 2
            and tokens[k + 1].folded in sets["given"] and not tokens[k + 2].is_acronym)


def _initials_after_rank(sentence, tokens, k, run_set, claimed, sets, language) -> bool:
    """Single capital letters opening a name right after a title that stands only before a
    person (vocabulary "person_titles"), or set off by commas after a phrase holding a title
    (_apposed_to_title: "the Special Representative, K T Lim,"), each followed by a space or a
    dot and a space, then a name word: the given names' initials ("Colonel G Varkeshan", "Mr S.
    D. Sundaresh", "Lt Col K S Thamrang"); the initials of a hyphenated given name may be
    joined by a hyphen (_INITIALS_HYPHENS: "le général J.-P. Lacroix"). k: the first initial."""
    j = k
    while j in run_set and not claimed[j] and _initial(tokens[j]):
        gap = sentence[tokens[j].end:tokens[j + 1].start] if j + 1 in run_set else None
        # (a hyphen joins the initials of a hyphenated given name, "J.-P. Lacroix", "J-M Diallo")
        if gap not in (" ", ". ", ".") and not (gap in _INITIALS_HYPHENS and _initial(tokens[j + 1])):
            return False
        j += 1
    if j == k or j not in run_set or claimed[j] or tokens[j].is_acronym or not _name_like(tokens[j], sets, language):
        return False
    # or set off by commas after a phrase holding a title ("the Force Commander, J Okonjo,")
    return _after_person_title(sentence, tokens, k, sets, language) or _apposed_to_title(sentence, tokens, k, j, sets, language)


def _capitals_closing_name(sentence, tokens, k, segment, claimed, sets, language: str = "en") -> bool:
    """A family name printed in capitals closing a name whose given names are printed with a
    capital only, as many armies' and ministries' releases print it ("Teniente Coronel Luis
    GUIMPEL", "Juan Pablo de la VEGA", "Major General Mohammad Humayun KABIR"): joined by a
    space to the name's last word, letters only (three at least), no function word, title,
    body's head or month, no outlet's name ("EFE"), and not followed by another word in
    capitals (a headline's words after a name: "Juan Pérez HABLA CLARO"). A known acronym is
    claimed before (UNMISS, ONU) and never read here. segment: the name's words so far.
    Two capitals close a name only right after a title that stands before a person alone
    (vocabulary "person_titles"): a short family name so printed ("Brigadier General Anil KC",
    as Nepal's K.C. is written)."""
    token = tokens[k]
    if not (segment and segment[-1] == k - 1 and not claimed[k] and token.is_acronym
            and token.text.isalpha() and len(token.text) >= 2):
        return False
    if len(token.text) == 2 and not _after_person_title(sentence, tokens, segment[0], sets, language):
        return False
    if _ROMAN_NUMERAL.fullmatch(token.text):
        return False  # "Galicia VII": a numbered rotation (_numbered_like_a_rotation)
    if not _gap_is_space(sentence, tokens[k - 1], token):
        return False
    if not any(tokens[j].is_capitalized and not tokens[j].is_acronym for j in segment):
        return False
    if _capitals_are_no_surname(token, sets):
        return False
    nxt = k + 1
    return not (nxt < len(tokens) and _gap_is_space(sentence, token, tokens[nxt]) and tokens[nxt].is_acronym)


_ELIDED_ARTICLE = re.compile(r"[LlDd]['\u2019]")


def _elided_article_name(sentence, tokens, k, segment, run_set, claimed, sets, language) -> bool:
    """An elided article glued to a capitalised word right after a name's word: the opening of
    a French family name ("Didier L'Escaut", "Marc D'Arvieux", "Jean d'Ormesson"), which the
    tokenizer cuts as it cuts the article "l'" of "l'ONU". The word after it must be a name
    word that names nothing known (a place after "d'" is where the person is from)."""
    token = tokens[k]
    nxt = k + 1
    return (bool(segment) and segment[-1] == k - 1 and not claimed[k]
            and _ELIDED_ARTICLE.fullmatch(token.text) is not None
            and _gap_is_space(sentence, tokens[k - 1], token)
            and nxt in run_set and not claimed[nxt] and token.end == tokens[nxt].start
            and _name_like(tokens[nxt], sets, language))


def _spaced_apostrophe_opening(sentence, tokens, k, run_set, claimed, sets, language) -> bool:
    """tokens[k] is the one-letter opening of a family name printed with a space after its
    apostrophe ("Sean O' Brien", "Jean D\u2019 Almeida"; _spaced_apostrophe): part of the name
    when the word after it, in the same run, is a name word, and the two glued are no listed
    place or body ("N' Djamena" is Chad's capital, no person)."""
    nxt = k + 1
    return (not claimed[k] and nxt in run_set and not claimed[nxt]
            and _spaced_apostrophe(sentence[tokens[k].end:tokens[nxt].start], tokens[k], tokens[nxt])
            and _name_like(tokens[nxt], sets, language)
            and not reference().gazetteer.whole(f"{tokens[k].text}'{tokens[nxt].text}"))


def _after_person_title(sentence, tokens, k, sets, language) -> bool:
    """Whether tokens[k] stands right after a title that stands only before a person
    (vocabulary "person_titles")."""
    role = _role_before(sentence, tokens, k, sets, language)
    return role is not None and _is_person_title(role, language)


@lru_cache(maxsize=None)
def _own_stopwords(language: str) -> frozenset[str]:
    """The function words of the article's own language, folded (exact ones for Vietnamese)."""
    ref = reference()
    return ref.exact_words("stopwords", language) if language in EXACT_LANGUAGES else ref.words("stopwords", (language,))


def _name_opening_word(sentence, tokens, k, run, claimed, sets, language, own_stopwords) -> bool:
    """A capitalised family name or name particle that is a function word of another language
    only, right before two name words: part of the name ("Le Van Tam" in English, where "le"
    is French; "El Hadji Omar" in French, where "el" is Spanish; "Ben Ali"). In the article's
    own language it stays a function word ("Le" of "Le ministre", "El" of "El coronel")."""
    token = tokens[k]
    if not token.is_capitalized or token.folded not in (sets["family"] | sets["particles"]):
        return False
    if token.folded in own_stopwords or exact_form(token.text) in own_stopwords or exact_form(token.text) in _exact_words(language):
        # "Ông": a title of the article's language before a name; but an article of the
        # language opens a name before two name words that are no words of it ("El Hadji
        # Diouf" in Spanish, "La Toya Jackson" in French): no article stands before a person's
        # full name, "El coronel", "La Misión" are the language's words
        return language not in EXACT_LANGUAGES and _foreign_pair_after(sentence, tokens, k, run, claimed, sets, language)
    # it opens a name of two more words at least: "Al Shabaab", "De Mistura" alone are no
    # full name to extend
    # its last syllable may be a function word of another language ("Le Ngoc Son", "Le Thi Sa")
    return all(j in run and not claimed[j] and _gap_is_space(sentence, tokens[j - 1], tokens[j])
               and (_name_like(tokens[j], sets, language)
                    or (j == k + 2 and token.folded in sets["family"]
                        and _foreign_syllable(sentence, tokens, j, sets, own_stopwords)))
               for j in (k + 1, k + 2))


def _foreign_pair_after(sentence, tokens, k, run, claimed, sets, language) -> bool:
    """Whether tokens[k], a capitalised article of the article's language that is a name
    particle too (vocabulary "name_particles": el, la, le), stands right before two name words
    (_name_like: no listed title nor body's head), joined by spaces, unclaimed, the first no
    word of the language (is_dictionary_word; the second may be, family names often are:
    "Jackson", "Ali"): the opening of a foreign name ("El Ghassim Wane", "La Toya Jackson"),
    not the article of "El Consejo Nacional"."""
    if tokens[k].folded not in sets["particles"]:
        return False
    return (all(j in run and not claimed[j] and _gap_is_space(sentence, tokens[j - 1], tokens[j])
                and _name_like(tokens[j], sets, language) for j in (k + 1, k + 2))
            and not is_dictionary_word(tokens[k + 1].folded, language))


@lru_cache(maxsize=None)
def _title_given_names(language: str) -> frozenset[str]:
    """The folded words of vocabulary "title_given_names" for the article's language ("Papa"
    in French and English, not in Spanish); every language's for one the list does not name
    (an article read as Portuguese or Italian), as the list read before it was split."""
    table = reference().vocabulary["title_given_names"]
    return reference().words("title_given_names", (language,) if language in table else None)


def _title_given_name(sentence, tokens, k, run_set, claimed, sets, language) -> bool:
    """tokens[k] is a given name that is also a title word (vocabulary "title_given_names", the
    article's language's: "Pape", "Sheikh", French "Papa") opening a name: capitalised, followed by two name words at least, joined
    by spaces, no title among the capitalised words that go on, and neither a title nor an
    article right before it ("Pape Samba Diallo", "Sheikh Rahim Uddin"; not "le Pape François", "Sheikh Hasina").
    Not in Vietnamese, whose own lists judge its words."""
    token = tokens[k]
    if (language in EXACT_LANGUAGES or claimed[k] or not token.is_capitalized
            or token.folded not in _title_given_names(language)):
        return False
    if k > 0 and tokens[k - 1].folded in reference().words("name_articles"):
        return False
    # after a rank or an office ("le général Pape Ndiaye", "Prime Minister Sheikh Rehana") the
    # word is no second title but the name's first, one name word after it is enough; after a
    # ruler's title or an honorific style ("His Highness Sheikh Khalid", "Emir Sheikh
    # Nasser") it is the ruler's style
    after_title = k > 0 and tokens[k - 1].folded in sets["titles"]
    if after_title and (tokens[k - 1].folded in _title_given_name_styles()
                        or not _gap_is_space(sentence, tokens[k - 1], token)):
        return False
    needed = (k + 1,) if after_title else (k + 1, k + 2)
    if not all(j in run_set and not claimed[j] and _gap_is_space(sentence, tokens[j - 1], tokens[j])
               and _name_like(tokens[j], sets, language) for j in needed):
        return False
    # no other title in the capitalised words that go on ("Sheikh Omar Jibril Leader of ...":
    # a title again, the first word one too)
    j = k + 1
    while j in run_set and tokens[j].is_capitalized and _gap_is_space(sentence, tokens[j - 1], tokens[j]):
        if tokens[j].folded in sets["titles"]:
            return False
        j += 1
    return True


@lru_cache(maxsize=None)
def _title_given_name_styles() -> frozenset[str]:
    """Folded words after which a title given name stays a title (vocabulary
    "title_given_name_styles": honorific styles, plus every "regnal_titles" word)."""
    ref = reference()
    return frozenset(ref.words("title_given_name_styles")) | frozenset(ref.words("regnal_titles"))


def _title_given_name_closing(sentence, tokens, k, segment, claimed, sets, language) -> bool:
    """tokens[k] is a title given name ("Sheikh", vocabulary "title_given_names") right after two
    name words at least, joined by a space and closing the capitalised run: the family name
    ("Abdul Karim Sheikh, the ambassador"), since a title stands before a name, not after it.
    Not in Vietnamese, whose own lists judge its words."""
    token = tokens[k]
    if (language in EXACT_LANGUAGES or claimed[k] or len(segment) < 2 or segment[-1] != k - 1
            or not token.is_capitalized or token.folded not in _title_given_names(language)
            or not _gap_is_space(sentence, tokens[k - 1], token)):
        return False
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    return nxt is None or not (nxt.is_capitalized and _gap_is_space(sentence, token, nxt))


@lru_cache(maxsize=None)
def _speech_verb_words() -> frozenset[str]:
    """The one-word speech verbs of every language of reference/quotes.yaml, folded."""
    return frozenset(fold(w) for _language, w in _quotes_list("speech_verbs") if " " not in w)


def _one_office(role_after: str, sets) -> bool:
    """Whether a role written after a name (as _role_after gives it) opens with the title of
    one person's office: not a plural ("peacekeepers", "ministres": the title with its final
    s is a title too) nor a head word of bodies ("police", "force", "brigade")."""
    words = [w for w in fold(role_after).split() if w not in reference().words("role_former")]
    if not words or set(words) & _speech_verb_words():
        return False  # "X, the president said,": the title is the speaker's, not X's office
    first = words[0]
    if first in reference().words("adjective_titles") and len(words) > 1 and words[1] in reference().words("adjective_title_bodies"):
        return False  # "State Security, General Security and ...": a body's name, no office
    plural = first.endswith("s") and (first[:-1] in sets["titles"] or first[:-2] in sets["titles"])
    return first in sets["titles"] and first not in sets["heads"] and not plural


def _inner_name_word(sentence, tokens, k, run, claimed, sets, language) -> bool:
    """A capitalised word after the first words of a name that is a name word there though
    it is a particle or a title elsewhere: a particle between two name words ("Jean-Marie
    Le Pen", "Jean-Yves Le Drian", "Ursula Von der Leyen"), or a title that is also a surname
    (vocabulary "surname_titles") ending the name ("James King", "John Major"), no name word
    after it, or between a given name and another name word ("Ana Reyes Costa"). Joined to the
    word before by a space. Also a function word capitalised between two name words in a
    sentence that prints its function words in lowercase, no conjunction ("Léonard She
    Okitundu"): a middle name.
    sentence, tokens: the sentence and its tokens; k: the word's token; run: the capitalised
    run's token indices; claimed: tokens already taken; sets: the name sets; language: ISO
    639-1 code."""
    token = tokens[k]
    if not token.is_capitalized or not _gap_is_space(sentence, tokens[k - 1], token):
        return False
    nxt = k + 1

    def last_after_particle(j: int) -> bool:
        # a title's abbreviation ending the name after its particle ("Stefano del Col",
        # "Del Col"): a surname, since no title follows a particle
        return (j in run and not claimed[j] and tokens[j].is_capitalized and tokens[j].folded in sets["titles"]
                and _gap_is_space(sentence, tokens[j - 1], tokens[j])
                and (j + 1 >= len(tokens) or j + 1 not in run or not tokens[j + 1].is_capitalized))

    name_next = (nxt in run and not claimed[nxt] and _gap_is_space(sentence, token, tokens[nxt])
                 and (_name_like(tokens[nxt], sets, language)
                      or (tokens[nxt].folded in sets["particles"] and not tokens[nxt].is_capitalized)))  # "De la Rúa"
    if token.folded in sets["particles"]:
        return name_next or last_after_particle(nxt)
    if tokens[k - 1].folded in sets["particles"] and last_after_particle(k):
        return True
    # a title word among the names of a name opened by a given name's abbreviation ("Md Abu
    # Imam Hossain"): one of its names
    if (token.folded in sets["titles"] and name_next
            and any(tokens[j].folded in sets["name_abbreviations"] for j in run if j < k)):
        return True
    # a function word capitalised mid-sentence between two name words, neither a word of the
    # dictionary unless the first is a given name ("Léonard She Okitundu"): a middle name, since
    # the function word itself is printed in lowercase mid-sentence. Not a conjunction, which
    # joins two names ("Kiir And Machar"), nor in a sentence printing no function word in
    # lowercase (a headline in title case: "Talks Between Tshisekedi And Kagame", "A Message
    # From Guterres To Tshisekedi")
    if (token.folded in sets["stop"] and name_next and k >= 2 and _name_like(tokens[k - 1], sets, language)
            and (tokens[k - 1].folded in sets["given"] or not is_dictionary_word(_dictionary_form(tokens[k - 1]), language))
            and not is_dictionary_word(_dictionary_form(tokens[nxt]), language)
            and token.folded not in _name_joining_words()
            and any(not t.is_capitalized and t.folded in sets["stop"] for t in tokens)):
        return True
    # such a surname right after a given name, another family name after it: the first of
    # two family names ("Ana Reyes Costa", Spanish names carrying the father's and the mother's)
    if token.folded in reference().words("surname_titles") and name_next and tokens[k - 1].folded in sets["given"]:
        return True
    return token.folded in reference().words("surname_titles") and not name_next and (nxt not in run or not tokens[nxt].is_capitalized)


@lru_cache(maxsize=1)
def _name_joining_words() -> frozenset[str]:
    """The folded words that join two names rather than stand inside one: vocabulary
    "coordinating_conjunctions" and "place_list_alternatives" ("and", "et", "y", "or", "ou")."""
    ref = reference()
    return ref.words("coordinating_conjunctions") | ref.words("place_list_alternatives")


def _dictionary_form(token: Token) -> str:
    """A word as a frequency list is asked about it: as printed (lowercased) when it carries
    diacritics, since folded it may be another language's word ("García" is not the "garcia"
    an English list counts); else folded."""
    lowered = token.text.lower()
    return lowered if fold(lowered) != lowered else token.folded


def _is_person_title(role: str, language: str) -> bool:
    """Whether the last title of a role (as _role_before gives it) stands only before a
    person's name (vocabulary "person_titles": courtesy titles, military and police ranks),
    or the role ends with a rank of several words whose last word names a unit elsewhere
    (vocabulary "rank_phrases": "General de Brigada", "Général de Brigade"); a demonym after
    the title ("général italien") is the title's."""
    exact = _exact_words_of("person_titles", language)
    if exact:
        role = exact_form(role)
        return any(_ends_with_words(role, title) for title in exact)
    words = fold(role.rstrip(".")).split()
    if len(words) > 1 and words[-1] in country_demonyms():
        words = words[:-1]  # "général italien": the title's demonym after it (_role_before)
    return bool(words) and (words[-1] in reference().words("person_titles")
                            or any(_ends_with_words(" ".join(words), phrase) for phrase in reference().words("rank_phrases")))


def _ends_with_words(text: str, words: str) -> bool:
    """Whether text ends with words, whole: "general de brigada" ends with "de brigada", not
    with "rigada"."""
    return (" " + text).endswith(" " + words)



def _service_tag(sentence: str, tokens: list[Token], k: int) -> bool:
    """Whether tokens[k] is the short tag of a corps or a service that some armies print between
    a rank and the name (the Indonesian armed forces: "Col. Inf. ...", "Lt. Col. Kav. ...",
    "Brigjen TNI ..."): an abbreviation of two to four letters, capitalised and closed by a
    dot, or an acronym of two to four capitals. The caller asks only where a rank stands
    right before it."""
    text = tokens[k].text
    if not text.isalpha() or not 2 <= len(text) <= 4 or not text[0].isupper():
        return False
    return tokens[k].is_acronym or (text[1:].islower() and sentence[tokens[k].end:tokens[k].end + 1] == ".")


@lru_cache(maxsize=4)
def _titles_and_rank_phrases(titles: frozenset[str]) -> frozenset[str]:
    """The folded titles given, with the ranks of several words whose last word names a
    service or a unit ("general de Ejército", "Général de Brigade"; vocabulary
    "rank_phrases"), each a title whole; joined once, not at every name."""
    return frozenset(titles) | reference().words("rank_phrases")


def _role_before(sentence: str, tokens: list[Token], first: int, sets, language: str) -> str | None:
    """The titles written right before a name (vocabulary "titles"), as printed: "Police
    Commissioner", "le commissaire de police" -> "commissaire de police", "Thượng tá". Titles
    of up to four words are matched whole (Vietnamese ranks are several syllables, compared
    with their diacritics), joined by spaces or by a connector between two titles ("de"); an
    abbreviation may keep its dot ("Lt. Col."). A lowercase office before a capitalised rank
    is no word of the role ("the new navy commander Rear Adm X" -> "Rear Adm", as "the
    commander, Rear Adm X," reads): the office's noun and the rank are two phrases; a
    connector between keeps them one ("ministro de Defensa"). Between the title and the name
    may stand (_role_opening) the title's country (vocabulary "title_countries": "Tổng thống
    Pháp") or, in French and Spanish, its demonym ("le général italien"), both printed in
    the role; a rank's corps or service tag ("Col. Inf.", "Brigjen TNI"), printed in it; or a
    quoted word after the title ("le député « insoumis » X"), left out of it. A continuation
    word opening the role is dropped ("camp resident": _role_start). None when no title
    stands there."""
    exact = _exact_words_of("titles", language)
    titles = exact if exact else _titles_and_rank_phrases(sets["titles"])
    start, k, last, tag = _role_opening(sentence, tokens, first, titles, exact, language)
    start = _role_start(sentence, tokens, first, start, k, last, tag, titles, exact, sets)
    if start == first or start > last:
        return None
    end = tokens[last].end
    return sentence[tokens[start].start:end + (sentence[end:end + 1] == ".")]


def _joined_to_next(sentence: str, tokens: list[Token], left: int) -> bool:
    """Whether tokens[left] and the token after it are joined as words of one title: by spaces,
    after an abbreviation's dot ("Lt. Col."), not glued."""
    return sentence[tokens[left].end:tokens[left + 1].start].removeprefix(".").strip() == "" and tokens[left + 1].start > tokens[left].end


def _elided_onto_next(sentence: str, tokens: list[Token], j: int) -> bool:
    """Whether tokens[j] is an elided word glued to the word after it ("d'" of "d'Armée",
    "l'" of "l'Air"): it ends with an apostrophe and the next token starts where it ends."""
    return (j + 1 < len(tokens) and tokens[j].text.endswith(("'", "\u2019"))
            and tokens[j + 1].start == tokens[j].end)


def _title_ending_at(sentence: str, tokens: list[Token], k: int, titles: frozenset[str], exact: frozenset[str]) -> int:
    """The number of tokens of the longest title of titles ending at tokens[k], of up to
    TITLE_WORDS words, its words joined (_joined_to_next), compared folded, or with their
    diacritics where the language's titles are exact (exact: _exact_words_of); 0 where none
    ends there. An elided word glued to the next ("d'" of "Général de Corps d'Armée",
    _elided_onto_next) is one word with it, as the vocabulary writes the title ("général de
    corps d'armée")."""
    starts = []
    j, words = k, 1
    while True:
        starts.append(j)
        if j == 0:
            break
        if _elided_onto_next(sentence, tokens, j - 1):
            j -= 1  # "d'" and the word it is glued to: one word
            continue
        if words == TITLE_WORDS or not _joined_to_next(sentence, tokens, j - 1):
            break
        j, words = j - 1, words + 1
    for first in reversed(starts):
        text = "".join((exact_form(tokens[i].text) if exact else tokens[i].folded)
                       + ("" if i == k or _elided_onto_next(sentence, tokens, i) else " ") for i in range(first, k + 1))
        if text in titles:
            return k - first + 1
    return 0


def _role_opening(sentence: str, tokens: list[Token], first: int, titles: frozenset[str], exact: frozenset[str],
                  language: str) -> tuple[int, int, int, int]:
    """Where the reading of the role before a name starting at tokens[first] begins
    (_role_before), past what may stand between the title and the name: each rule below with
    its example. titles, exact: as _title_ending_at reads them. Returns (the role's first
    token so far, the token the reading goes on at backwards, the role's last token, the
    token of the rank's corps or service printed between the rank and the name, else -1)."""
    start, k = first, first - 1
    last = first - 1  # the title's last word
    tag = -1
    if k > 0 and _title_country(sentence, tokens, k, language):
        k -= 1  # "Tổng thống Pháp": the title's country between the title and the name
    elif (k > 0 and language in HEAD_FIRST_LANGUAGES and not tokens[k].is_capitalized
          and _quoted_word(sentence, tokens, k, first) and (n := _title_ending_at(sentence, tokens, k - 1, titles, exact))):
        # "el diputado ‘popular’ X", "le député « insoumis » X": a word quoted after the title
        # (a party's nickname) stands between it and the name
        start, k, last = k - n, k - n - 1, k - 1
    elif (k > 0 and language in HEAD_FIRST_LANGUAGES and not tokens[k].is_capitalized and _joined_to_next(sentence, tokens, k - 1)
          and tokens[k].folded in country_demonyms() and _joined_to_next(sentence, tokens, k)):
        k -= 1  # "le général italien", "el general chileno": the title's demonym after it
    elif (k > 0 and _service_tag(sentence, tokens, k) and _joined_to_next(sentence, tokens, k - 1)
          and _title_ending_at(sentence, tokens, k - 1, titles, exact)):
        start, k, tag = k, k - 1, k  # "Col. Inf. Jane Doe", "Brigjen TNI Jane Doe": the rank's corps or service
    return start, k, last, tag


def _role_start(sentence: str, tokens: list[Token], first: int, start: int, k: int, last: int, tag: int,
                titles: frozenset[str], exact: frozenset[str], sets) -> int:
    """The first token of the role before a name starting at tokens[first], reading titles
    backwards from tokens[k] (start, k, last, tag: _role_opening; titles, exact: as
    _title_ending_at reads them): titles joined by spaces, or by a connector between two
    titles (vocabulary "name_connectors"), each rule below with its example. first (or past
    last) where no title stands there."""
    while k >= 0 and _joined_to_next(sentence, tokens, k):
        if (n := _title_ending_at(sentence, tokens, k, titles, exact)):
            if (not exact and start == k + 1 and start < first and start != tag and tokens[start].is_capitalized
                    and not tokens[k].is_capitalized):
                break  # "the navy commander Rear Adm X": a capitalised rank after a lowercase office is the role alone
                # (a service tag after a lowercase rank stays with it: "el coronel EP X" -> "coronel EP")
            start, k = k - n + 1, k - n
        elif (start < first and tokens[k].folded in sets["connectors"] and k > 0
              and _title_ending_at(sentence, tokens, k - 1, titles, exact)):
            k -= 1  # "commissaire de police": the connector between two titles
        else:
            break
    # a word that goes on a title ("Elect", "Résident", "Residente") is the title's only after
    # it: opening the role, it is an everyday word ("camp resident Jane Doe"), no title
    going_on = _continuation_words()
    while not exact and start < first and start <= last and tokens[start].folded in going_on:
        start += 1
    return start


@lru_cache(maxsize=None)
def _continuation_words() -> frozenset[str]:
    """The folded words of vocabulary "title_continuations" (every language, each word of one
    of several: "ad", "interim") that are no title alone (vocabulary "titles"): words that
    make an office a kind of it right after its title ("Coordonnateur Résident", "President
    Elect") and are everyday words elsewhere ("a camp resident")."""
    ref = reference()
    return frozenset(w for phrase in ref.words("title_continuations") for w in phrase.split()) - ref.words("titles")


def _quoted_word(sentence: str, tokens: list[Token], k: int, after: int) -> bool:
    """Whether tokens[k] is one word set in quotation marks ("‘popular’", "« insoumis »"),
    right after the word before it and right before tokens[after]: only an opening mark (and
    spaces) before it, only a closing mark (and spaces) after it (text.OPENING_QUOTES and
    CLOSING_QUOTES)."""
    if k == 0 or after != k + 1:
        return False
    before = sentence[tokens[k - 1].end:tokens[k].start].strip()
    behind = sentence[tokens[k].end:tokens[after].start].strip()
    return len(before) == 1 and before in OPENING_QUOTES and len(behind) == 1 and behind in CLOSING_QUOTES


# The most words of the phrase before a name set off by commas that may hold its title
# ("the Foreign Minister of Kenya, Alfred Mutua,").
# The most words a title of the vocabulary is matched with ("Bộ trưởng Quốc phòng": four
# Vietnamese syllables), wherever a title is looked for before a name.
TITLE_WORDS = 4
APPOSED_TITLE_WORDS = 8
# The most words of a title set off by a comma before its holder's name that is taken as the
# holder's role ("le secrétaire général adjoint des Nations unies aux opérations de paix, X,").
APPOSED_ROLE_WORDS = 12


def _apposed_to_title(sentence: str, tokens: list[Token], first: int, last: int, sets, language: str) -> bool:
    """Whether the words tokens[first..last] stand between two commas (or a comma and the
    sentence's end) right after a phrase of at most APPOSED_TITLE_WORDS words, back to the
    previous punctuation, that holds a title of the text's language (vocabulary "titles";
    a word of one word only, so "mayor" is no title in Spanish) in lowercase or capitalised:
    "el embajador chino, Zhang Jun, no fue...", "the Foreign Minister of Kenya, Alfred
    Mutua, said". Such words name the title's holder."""
    titles = reference().words("titles", (language,))
    if first == 0 or sentence[tokens[first - 1].end:tokens[first].start] != ", ":
        return False
    after = sentence[tokens[last].end:tokens[last].end + 1] if last + 1 < len(tokens) else sentence[tokens[last].end:].strip()[:1]
    if after not in (",", ".", ""):
        return False
    k = first - 1
    for _ in range(APPOSED_TITLE_WORDS):
        if tokens[k].folded in titles and tokens[k].folded not in sets["heads"]:
            return True
        if k == 0 or re.search(r"[,;:.()\"\u201c\u201d\u00ab\u00bb]", sentence[tokens[k - 1].end:tokens[k].start]):
            return False
        k -= 1
    return False


def _office_in_run(sentence: str, tokens: list[Token], run: list[int], printed: int, sets) -> str | None:
    """The office printed in a capitalised run right before a name (tokens[printed]), from
    its first title word (vocabulary "titles") to the word before the name, as printed when
    only spaces join those words ("Under-Secretary-General for Peace Operations" before
    "Jean-Pierre Lacroix"), else the title words alone; None when the run holds no title
    before the name."""
    titled = [k for k in run if k < printed and tokens[k].folded in sets["titles"]]
    if not titled:
        return None
    first = titled[0]
    if printed - 1 >= first and all(sentence[tokens[k].end:tokens[k + 1].start] == " " for k in range(first, printed)):
        return sentence[tokens[first].start:tokens[printed - 1].end]
    return " ".join(tokens[k].text for k in titled)


def _apposed_title(sentence: str, tokens: list[Token], first: int, sets, language: str) -> str | None:
    """The title set off by a comma right before a name (tokens[first]), as _apposed_to_title
    finds it: in the phrase back to the previous punctuation (APPOSED_ROLE_WORDS words at
    most), from its first title word (vocabulary "titles", several words matched whole) that
    follows an article (vocabulary "role_openers": "the", "el"; else its first title word when
    the phrase opens at punctuation or the sentence's start, not at the word limit) to the
    comma: "the Foreign Minister of Kenya, Alfred Mutua," -> "Foreign Minister of Kenya";
    "le ministre de la Défense, X," -> "ministre de la Défense" (not "Défense", a title word
    too). The phrase starts again after an article that follows a lowercase word linking no
    complement (vocabulary "role_complement_links": of, de, for...) and no title: "The
    spokeswoman thanked the mayor, X," -> "mayor"; "The spokesperson praised the work of the
    force commander, X," -> "commander", never the words of the sentence's verb. None when the
    phrase holds no title word."""
    if first == 0 or sentence[tokens[first - 1].end:tokens[first].start] != ", ":
        return None
    k, bounded = first - 1, False
    for _ in range(APPOSED_ROLE_WORDS - 1):
        if k == 0 or re.search(r"[,;:.()\"\u201c\u201d\u00ab\u00bb]", sentence[tokens[k - 1].end:tokens[k].start]):
            bounded = True
            break
        k -= 1
    articles = reference().words("role_openers")
    links = reference().words("role_complement_links")
    # an article after a lowercase word that links no complement ("praised the work of the
    # force commander", "thanked the mayor") opens a new phrase: the role is after the last one
    for j in range(first - 2, k, -1):
        before = tokens[j - 1]
        if (tokens[j].folded in articles and not before.is_capitalized
                and not _links_complement(tokens, j - 1, k, language, sets, links, articles)
                and before.folded not in articles and not _title_length_at(tokens, j - 1, language, sets)):
            k, bounded = j, True
            break
    titled = [j for j in range(k, first) if _title_length_at(tokens, j, language, sets)]
    start = next((j for j in titled if j > k and tokens[j - 1].folded in articles), None)
    if start is None and titled and bounded:
        start = titled[0]
    if start is None:
        return None  # no title, or a phrase cut by the word limit ("adjoint des Nations unies ...")
    return sentence[tokens[start].start:tokens[first - 1].end]


def _links_complement(tokens: list[Token], i: int, k: int, language: str, sets, links, articles) -> bool:
    """Whether tokens[i] links a complement to the role before it in _apposed_title's phrase
    (tokens[k] its first word): a word of vocabulary "role_complement_links" (links) right
    after a title word, an article, a capitalised word or another link ("envoy from the AU",
    "Minister of Foreign Affairs"), or after lowercase words that a link, an article or a
    capitalised word opens (a complement's noun: "chef des opérations dans la région", "the
    UN peacekeeping mission in the region"). False after lowercase words that follow a title
    word or open the phrase: a verb stands there and the preposition opens its complement, not
    the role's ("The minister took over from the commander, X,", "El ministro se sentó entre
    el alcalde, X,", "Le ministre s'est rendu chez le maire, X,": the role is the last title).
    A link printed as the language's compound auxiliary (quotes.yaml "compound_auxiliaries":
    French "a", not "à") is the verb's: "Le ministre a pris place entre le maire, X,"."""
    auxiliaries = _compound_auxiliaries(language)

    def link(token: Token) -> bool:
        word = token.text.lower()
        return token.folded in links and word not in auxiliaries and not (len(word) > 1 and fold(word) in auxiliaries)

    if not link(tokens[i]):
        return False
    j = i - 1
    while (j > k and not tokens[j].is_capitalized and tokens[j].folded not in links
           and tokens[j].folded not in articles and not _title_word_at(tokens, j, language, sets)):
        j -= 1
    if tokens[j].folded in links and not link(tokens[j]):
        return False  # an auxiliary: a verb stands before the preposition
    if j == i - 1:
        return True
    return (tokens[j].is_capitalized or tokens[j].folded in articles or link(tokens[j])) \
        and not _title_word_at(tokens, j, language, sets)


@lru_cache(maxsize=8)
def _compound_auxiliaries(language: str) -> frozenset[str]:
    """The auxiliaries of a language's compound past (quotes.yaml "compound_auxiliaries":
    French "a", "ont"; Spanish "ha", "habia"), lowercased as listed."""
    return frozenset(str(w).lower() for w in (load_reference("quotes.yaml").get("compound_auxiliaries") or {}).get(language) or ())


def _title_word_at(tokens: list[Token], j: int, language: str, sets) -> bool:
    """Whether tokens[j] is a word of a title of the vocabulary (one starting there or up to
    TITLE_WORDS - 1 tokens before it and spanning it: "Minister" in "Foreign Minister")."""
    return any(_title_length_at(tokens, s, language, sets) > j - s for s in range(max(0, j - TITLE_WORDS + 1), j + 1))


def _syllable_at(sentence: str, tokens: list[Token], k: int, language: str) -> tuple[str, bool] | None:
    """A one-syllable country name of the language (vocabulary "country_syllables": Pháp, Nga,
    Mỹ) printed capitalised, no acronym, at tokens[k] right after another word and one space:
    (its ISO code, whether a capitalised word follows it after one space, where a person's
    name may go on: "Anh Tuấn"); None for any other token. The syllable's place, for
    _country_syllable and _syllable_after_body, which say what must stand before it."""
    table = (reference().vocabulary.get("country_syllables") or {}).get(language) or {}
    token = tokens[k]
    code = table.get(exact_form(token.text)) if token.is_capitalized and not token.is_acronym else None
    if not code or k == 0 or sentence[tokens[k - 1].end:token.start] != " ":
        return None
    return code, k + 1 < len(tokens) and tokens[k + 1].is_capitalized and sentence[token.end:tokens[k + 1].start] == " "


def _country_syllable(sentence: str, tokens: list[Token], k: int, language: str) -> list[str]:
    """The country of a one-syllable Vietnamese name (vocabulary "country_syllables": Pháp,
    Nga, Mỹ) printed capitalised right after a noun of a state's own (vocabulary
    "country_syllable_heads": "quân đội Pháp", "nước Nga", "Chính phủ Mỹ") with no capitalised
    word after it, or right after a title before its holder's name ("Tổng thống Pháp Emmanuel
    Macron", _title_country): [its ISO code], else []. Elsewhere the syllable may be a given
    name or a word ("tiếng Pháp", the French language), so countries.yaml leaves it out."""
    code, _how = _syllable_reading(sentence, tokens, k, language)
    return [code] if code else []


def _syllable_reading(sentence: str, tokens: list[Token], k: int, language: str) -> tuple[str | None, str]:
    """_country_syllable's reading of tokens[k]: (the ISO code, how it was read: "title",
    "head" or "clause" for a clause's subject, _clause_subject), or (None, "")."""
    if (syllable := _syllable_at(sentence, tokens, k, language)) is None:
        return None, ""
    code, name_after = syllable
    if name_after:  # "Tổng thống Pháp Emmanuel Macron"; not "quân đội Anh Tuấn", where a name goes on
        return (code, "title") if _title_country(sentence, tokens, k, language) else (None, "")
    heads = _exact_section("country_syllable_heads", language)
    if any(k - n >= 0 and " ".join(exact_form(tokens[j].text) for j in range(k - n, k)) in heads for n in (1, 2, 3)):
        return code, "head"
    return (code, "clause") if _clause_subject(sentence, tokens, k, language) else (None, "")


def given_name_subjects(sentence: str, found: list[Found], parts: dict[str, Found], language: str) -> list[Found]:
    """The entities of a sentence with a one-syllable country read only as a clause's subject
    ("Vì Đức đã về muộn", _clause_subject) made the person the article names in full with that
    syllable as a name word (parts: surname_parts of the article's people, "Nguyễn Minh Đức"):
    such syllables are given names too, and a person the story follows is named again by the
    given name alone. A syllable read after a state's noun or a title ("quân đội Đức") stays
    the country. Input: the sentence, what was found in it (find_in_sentence), the parts,
    the ISO 639-1 code; output: the found list, each such country replaced by the person."""
    table = (reference().vocabulary.get("country_syllables") or {}).get(language) or {}
    if not parts or not table or not any(f.kind == "country" and f.code in table.values() for f in found):
        return found
    tokens = split_compounds(tokenize(sentence), language)
    people: list[tuple[str, Found]] = []  # (the syllable as printed, the person)
    for k, token in enumerate(tokens):
        person = parts.get(part_key(token.text, language))
        if person is not None and _syllable_reading(sentence, tokens, k, language)[1] == "clause":
            people.append((token.text, person))
    out = list(found)
    for text, person in people:
        country = next((f for f in out if f.kind == "country" and f.surfaces == [text]), None)
        if country is not None:
            out[out.index(country)] = Found("person", person.id, person.name, sentence, [text])
    return out


def _clause_subject(sentence: str, tokens: list[Token], k: int, language: str) -> bool:
    """Whether tokens[k] stands as a clause's subject: right after a conjunction opening the
    clause (vocabulary "country_syllable_clause_openers": "Mặc dù", "Vì"), which opens the
    sentence or follows a comma, and right before a word of tense, aspect or negation or a
    verb of stance ("country_syllable_clause_verbs": "đã", "vẫn", "phản đối"), joined by
    spaces, compared with diacritics."""
    openers = _exact_section("country_syllable_clause_openers", language)
    verbs = _exact_section("country_syllable_clause_verbs", language)
    if not openers or not verbs or k + 1 >= len(tokens) or sentence[tokens[k].end:tokens[k + 1].start] != " ":
        return False
    if not any(" ".join(exact_form(tokens[j].text) for j in range(k + 1, min(k + 1 + n, len(tokens)))) in verbs
               for n in (1, 2)):
        return False
    for n in (1, 2):
        first = k - n
        if first < 0 or " ".join(exact_form(tokens[j].text) for j in range(first, k)) not in openers:
            continue
        if first == 0 or sentence[tokens[first - 1].end:tokens[first].start].strip() in (",", ";", ":"):
            return True
    return False


def _title_country(sentence: str, tokens: list[Token], k: int, language: str) -> bool:
    """Whether tokens[k] is a country's short name (vocabulary "title_countries") printed
    right after a title and right before the name of its holder, joined by spaces: "Tổng thống
    Pháp Emmanuel Macron", "Ngoại trưởng Mỹ Marco Rubio". Such a syllable is the title's
    country there, never the first word of the name (elsewhere it may be a given name); not
    before a Vietnamese middle name ("Hàn Văn Long": Hàn is a family name there)."""
    countries = _exact_words_of("title_countries", language)
    if not countries or exact_form(tokens[k].text) not in countries or k == 0 or k + 1 >= len(tokens):
        return False
    if sentence[tokens[k - 1].end:tokens[k].start] != " " or sentence[tokens[k].end:tokens[k + 1].start] != " ":
        return False
    if exact_form(tokens[k + 1].text) in _exact_section("middle_names", language):
        return False  # "Thượng tá Hàn Văn Long": a family name before a middle name (vocabulary "middle_names")
    titles = _exact_words_of("titles", language)
    return any(k - n >= 0 and " ".join(exact_form(tokens[j].text) for j in range(k - n, k)) in titles for n in range(1, TITLE_WORDS + 1))


@lru_cache(maxsize=None)
def _exact_words_of(section: str, language: str) -> frozenset[str]:
    """A section's words compared with their diacritics, for a language whose diacritics carry
    meaning (reference.EXACT_LANGUAGES); empty for the others, compared folded."""
    return _exact_set(reference().exact_words(section, language)) if language in EXACT_LANGUAGES else frozenset()


@lru_cache(maxsize=None)
def _place_heads(language: str) -> tuple[frozenset[str], bool]:
    """The place head words for a language and whether they are compared with diacritics."""
    ref = reference()
    exact = _exact_set(ref.exact_words("place_heads", language))
    return (exact, True) if exact else (ref.words("place_heads"), False)


def _opens_a_place(tokens: list[Token], segment: list[int]) -> bool:
    """Whether a name of two or more words opens with a word that opens a place's name
    (vocabulary "place_opening_words", every language's: "West Papua", "North Sulawesi",
    "Tanjung Priok"): a place, not a person, whatever the place (no list of places needed)."""
    return len(segment) >= 2 and tokens[segment[0]].folded in reference().words("place_opening_words")


def _by_place_head(tokens: list[Token], segment: list[int], before_end: int, language: str) -> bool:
    """A name right before a place head word ("Upper Nile state") or after one, past its
    connectors ("province of Ituri", "tỉnh Quảng Nam"): a place (vocabulary "place_heads").
    before_end: the index of the word before the name, -1 where none counts (the caller passes
    -1 where a comma sets the name off from a head closing a named place, or the name opens on a
    given name: "in Ituri province, Mary Jones, said" names a person after the place;
    _comma_after_place_head)."""
    heads, exact = _place_heads(language)

    def form(k: int) -> str:
        return exact_form(tokens[k].text) if exact else tokens[k].folded

    after = segment[-1] + 1
    around = {" ".join(form(k) for k in range(after, min(after + n, len(tokens)))) for n in (1, 2) if after < len(tokens)}
    around |= {" ".join(form(k) for k in range(max(before_end - n + 1, 0), before_end + 1)) for n in (1, 2) if before_end >= 0}
    return bool(around & heads)


# A comma with a closing quotation mark before or after it: a quotation ends there.
_COMMA_CLOSING_QUOTE = re.compile(rf"[{re.escape(CLOSING_QUOTES)}]?,[{re.escape(CLOSING_QUOTES)}]?")


def _comma_after_place_head(sentence: str, tokens: list[Token], segment: list[int], k: int, sets) -> bool:
    """Whether a name (tokens[segment[0]] on) stands after the word tokens[k] set off by a
    comma, where a closing quotation mark stands beside the comma (a quotation ends: '... in
    the province," Ndoko Tali said'), or where that word, if a place head, closes a place
    already named (a capitalised word joined to it before: "in Ituri province, Mary Jones,
    said") or the name opens on a given name (vocabulary "given_names": "in the district,
    David Lomong said"): the name
    opens a new phrase, no place the head names (_by_place_head is then asked of no word
    before it). A colon, bracket, dash or quotation marks after a head open the place's own
    name or a list of places ("two villages: Ndoko Tali and Lembo", "the town (Kpala Mbete)"),
    and a comma after a head with no name of its own opens its name in apposition ("the
    village, Kpala Mbete,"): those are False."""
    if k < 0:
        return False
    gap = _gap_text(sentence, tokens, k, segment[0])
    if gap != "," and _COMMA_CLOSING_QUOTE.fullmatch(gap):
        return True  # '... in Beni territory," Martin Kobler said': the quotation closed, its speaker named
    if gap != ",":
        return False
    named = (k >= 1 and tokens[k - 1].is_capitalized and tokens[k - 1].folded not in sets["edges"]
             and _gap_is_space(sentence, tokens[k - 1], tokens[k]))  # not "The district, ..."
    return named or tokens[segment[0]].folded in sets["given"]


def _title_place_complement(sentence: str, tokens: list[Token], segment: list[int], k: int, sets) -> bool:
    """Whether tokens[k], the word right before a name (tokens[segment[0]]) and set off from it
    by a comma, closes a title's complement: a title word (vocabulary "titles", no body's head
    word), at most three connectors or articles in lowercase, then tokens[k] ("the mayor of the
    district, John Banda", "le maire du territoire, Jean Kaswa", "el alcalde del municipio,
    Juan Pérez"). A place word there is the office's (its seat), named by no capitalised word:
    the name after the comma is apposed to the title, its holder, not a place the word heads
    (_by_place_head reads "province of Ituri", "Ituri province" with no comma)."""
    if k < 2 or "," not in sentence[tokens[k].end:tokens[segment[0]].start]:
        return False
    j = k - 1
    while j >= 0 and k - j <= 3 and not tokens[j].is_capitalized and tokens[j].folded.rstrip("'’") in sets["connectors"]:
        j -= 1
    return 0 <= j < k - 1 and tokens[j].folded in sets["titles"] and tokens[j].folded not in sets["heads"]


def _quoted_after_head(sentence: str, tokens: list[Token], first: int, last: int, sets, language: str) -> bool:
    """A person's name in quotation marks right after the head word of a body or thing names
    that body or thing after them, not the person: 'la Brigada "Gral. Eugenio Garzón"',
    "l'école « Jean Moulin »", 'the "Dag Hammarskjöld" Medal' (a rank inside the quotes is
    skipped)."""
    j = first - 1
    while j >= 0 and tokens[j].folded in sets["titles"] and tokens[j].folded not in sets["heads"]:
        j -= 1
    if j < 0 or not _head_before_quotes(sentence, tokens, j, sets, language):
        return False
    # (the quotes open after the head's words: before a rank inside them, or after a word
    # the rank list shares with modifiers, "la plaza principal «Jorge Chávez»")
    opened = any(c in OPENING_QUOTES for c in sentence[tokens[j].end:tokens[first].start])
    closed = sentence[tokens[last].end:].lstrip()[:1] in CLOSING_QUOTES
    return opened and closed


# The most lowercase words that may stand between a head and the quotation marks of the name it
# carries ("l'aéroport international « Modibo Keïta »", "el aeropuerto internacional «Jorge
# Chávez»"): its modifiers.
QUOTED_HEAD_MODIFIERS = 2


def _head_before_quotes(sentence: str, tokens: list[Token], j: int, sets, language: str) -> bool:
    """Whether tokens[j], right before a quoted name, is the head word of a body or a named
    thing (sets "heads", "things"), or closes up to QUOTED_HEAD_MODIFIERS lowercase words
    after one, joined by spaces, none of them a function word, each an adjective of the head
    (_qualifies_a_thing, French and Spanish: "aeropuerto internacional", "aéroport
    international"; in Vietnamese any lowercase word, "sân bay quốc tế"; in English, whose
    adjectives stand before the head, none): "llegó con «Jorge Chávez»", "en el aeropuerto
    esperaba «Jorge Chávez»", 'at the airport yesterday "John Doe"' name a person."""
    for h in range(j, max(j - QUOTED_HEAD_MODIFIERS, 0) - 1, -1):
        word = tokens[h].folded
        if word in sets["heads"] or word in sets["things"]:
            return True
        if (h == 0 or tokens[h].is_capitalized or word in sets["stop"] or not tokens[h].text.isalpha()
                or not _gap_is_space(sentence, tokens[h - 1], tokens[h])
                or not (language in EXACT_LANGUAGES or _qualifies_a_thing(word, language))):
            return False
    return False


_VI_ONLY = re.compile("[\u031b\u0309\u0323\u0111\u0110]|[\u0302\u0306][\u0300\u0301\u0303\u0309\u0323]|[iuyeIUYE]\u0303")


def _vietnamese_spelling(word: str) -> bool:
    """A word spelled with a mark only Vietnamese writing uses (Unicode, Vietnamese
    alphabet): the horn (ơ, ư), the hook above (ả), the dot below (ạ), đ, a tone mark over a
    circumflex or breve (ế, ằ), a tilde over i, u, y or e (ũ, ĩ). str -> bool."""
    return _VI_ONLY.search(unicodedata.normalize("NFD", word)) is not None


# A name alone in parentheses closing a caption's line, after the caption's full stop ("Troops
# on patrol in Bangui. (Jane Doe)"): the photographer, as some newspapers credit a picture.
# Not a name in parentheses inside a sentence ("the commander (Jane Doe) said"), nor one the
# sentence goes on after ("... the minister (Jane Doe)."). The sentence splitter cuts after a
# full stop, so "^" takes any "(Jane Doe)" standing as a sentence of its own, also after a
# quotation's closing mark ('"We will stay." (Jane Doe)': the speaker, still read as a credit).
_PARENTHESISED_CREDIT_BEFORE = re.compile(r"(?:^|[.!?]\s*)\(\s*$")
_PARENTHESISED_CREDIT_AFTER = re.compile(r"\)[ \t]*(?:\n|$)")


def _closed_by_corporate_form(sentence: str, tokens: list[Token], segment: list[int]) -> bool:
    """Whether a name (tokens at segment) is a company's, closed by a capitalised corporate
    form of three letters or more (vocabulary "corporate_forms": "Inc", "Ltd", "Corp", "Plc"):
    its last word ("Lockheed Martin Inc"), or the word right after it, joined by a space, that
    no capitalised word follows ("Lockheed Martin Corp said": "Corp" is a rank, corporal, only
    before a name, "Corp Daniel Okoye"). Shorter forms ("Co", "SA", "AG") are no test: they
    are also abbreviations of offices and countries."""
    forms = _long_corporate_forms()
    last = tokens[segment[-1]]
    if len(segment) > 1 and last.is_capitalized and last.folded.rstrip(".") in forms:
        return True
    k = segment[-1] + 1
    if k >= len(tokens) or not tokens[k].is_capitalized or tokens[k].folded.rstrip(".") not in forms \
            or not _gap_is_space(sentence, last, tokens[k]):
        return False
    return k + 1 >= len(tokens) or not tokens[k + 1].is_capitalized


@lru_cache(maxsize=None)
def _long_corporate_forms() -> frozenset[str]:
    """The one-word corporate forms of three letters or more, folded, without dots (vocabulary
    "corporate_forms")."""
    forms = (fold(f).replace(".", "") for f in reference().vocabulary["corporate_forms"])
    return frozenset(f for f in forms if " " not in f and len(f) >= 3)


def _in_photo_credit(sentence: str, tokens: list[Token], first: int, last: int) -> bool:
    """A name in a photo credit names who took the picture, not a person of the story: joined
    by a slash to an agency or a photo word ("AFP/Jane Doe", "[UN Photo/Jane Doe]", "Jane
    Doe/REUTERS", "Xinhua / Jane Doe"), or right after a photo word and a colon ("Photo: Jane
    Doe", "Crédit photo : Jane Doe", "Foto: Jane Doe"; vocabulary "photo_credit_words") or a
    photo word and "by" (vocabulary "photo_credit_by": "Photo by Jane Doe", "Photo de", "Foto por"), as agencies print
    their credits (AFP and Reuters credit a photographer as AGENCY/Name or Name/AGENCY), or
    alone in parentheses closing a caption's line after its full stop ("... in Bangui. (Jane
    Doe)", _PARENTHESISED_CREDIT_BEFORE/_AFTER). tokens[first..last] are the name's tokens in
    sentence; the caller's printed first token is `first`."""
    before = sentence[:tokens[first].start].rstrip()
    after = sentence[tokens[last].end:].lstrip()
    if before.endswith("/") and re.search(r"[^\W\d_][\w.]*\s*/$", before):
        return True
    if after.startswith("/") and re.match(r"/\s*[^\W\d_]", after):
        return True
    if _PARENTHESISED_CREDIT_BEFORE.search(before) and _PARENTHESISED_CREDIT_AFTER.match(after):
        return True
    words = re.findall(r"[^\W\d_]+", fold(before.removesuffix(":")))
    if words and words[-1] in reference().words("photo_credit_words") and before.endswith(":"):
        return True
    # "Photo by Jane Doe", "Photo de Jane Doe", "Foto por Jane Doe", "Ảnh của ..."
    return len(words) >= 2 and words[-1] in reference().words("photo_credit_by") and words[-2] in reference().words("photo_credit_words")


def _venue(tokens: list[Token], segment: list[int], sets) -> bool:
    """A run holding a hotel or venue brand of one or two words (vocabulary "venue_names"):
    "the Sheraton Addis", "Radisson Blu", "Golden Tulip Le Méridien"."""
    words = [tokens[k].folded for k in segment]
    return any(w in sets["venues"] for w in words) or any(f"{a} {b}" in sets["venues"] for a, b in zip(words, words[1:]))


@lru_cache(maxsize=None)
def _place_prepositions(language: str) -> tuple[frozenset[str], bool]:
    ref = reference()
    exact = _exact_set(ref.exact_words("place_prepositions", language))
    if exact:
        return exact, True
    table = ref.vocabulary["place_prepositions"]
    return frozenset(fold(w) for w in table.get(language, table.get("en", []))), False


def _after_place_preposition(tokens: list[Token], first: int, language: str) -> bool:
    """A name right after a preposition of place of the article's language (vocabulary
    "place_prepositions": "in Yei", "dans l'Ituri", "cerca de Goma"): a place."""
    words, exact = _place_prepositions(language)

    def form(k: int) -> str:
        return exact_form(tokens[k].text) if exact else tokens[k].folded

    k = first - 1
    if k >= 0 and tokens[k].folded in ("l'", "l"):
        k -= 1  # "dans l'Ituri"
    return any(k - n + 1 >= 0 and " ".join(form(j) for j in range(k - n + 1, k + 1)) in words for n in (1, 2))


@lru_cache(maxsize=None)
def _movement_verbs(language: str) -> tuple[frozenset[str], frozenset[tuple[str, ...]]]:
    """(folded prepositions, phrases as folded token tuples) of vocabulary.yaml
    movement_place_prepositions, and movement_place_verbs with happening_place_words (nouns of
    a happening or a post, participles of what befell people: "une attaque à", "tués à"), for
    the language."""
    vocab = reference().vocabulary
    prepositions = frozenset(fold(w) for w in (vocab.get("movement_place_prepositions") or {}).get(language, []))
    verbs = frozenset(tuple(t.folded for t in tokenize(str(phrase)))
                      for key in ("movement_place_verbs", "happening_place_words")
                      for phrase in (vocab.get(key) or {}).get(language, []))
    return prepositions, verbs


def _after_movement_verb(tokens: list[Token], first: int, language: str) -> bool:
    """A name right after a preposition that takes people as well as places (vocabulary
    "movement_place_prepositions": "à", "a") printed right after a verb of movement or of
    being somewhere (vocabulary "movement_place_verbs": "est arrivé à Kalo Bandima", "s'est
    rendu à", "basés à", "llegaron a"), or a noun of a happening or a post or a participle of
    what befell people (vocabulary "happening_place_words": "une attaque à Zam Zam", "tués à
    Ndah Kouti", "le camp à Aguelhok"): a place. "a dit à Jean Dupont" names a person (no
    such verb). tokens: the sentence's; first: the name's first token."""
    prepositions, verbs = _movement_verbs(language)
    k = first - 1
    if not verbs or k < 1 or tokens[k].folded not in prepositions:
        return False
    return any(k - n >= 0 and tuple(t.folded for t in tokens[k - n:k]) in verbs for n in (1, 2, 3, 4))


@lru_cache(maxsize=None)
def _place_list_openers(language: str) -> tuple[frozenset[tuple[str, ...]], frozenset[str], bool]:
    """(openers as word tuples, list joiners, compared with marks) of vocabulary.yaml
    place_list_openers, coordinating_conjunctions and place_list_alternatives, for the language."""
    ref = reference()
    exact = language in EXACT_LANGUAGES

    def norm(w: str) -> str:
        return exact_form(w) if exact else fold(w)

    openers = frozenset(tuple(norm(w) for w in phrase.split())
                        for phrase in (ref.vocabulary.get("place_list_openers") or {}).get(language, []))
    joiners = frozenset(norm(w) for key in ("coordinating_conjunctions", "place_list_alternatives")
                        for w in (ref.vocabulary.get(key) or {}).get(language, []))
    return openers, joiners, exact


# The most list items (words) walked back over from a name to the opener of its list.
PLACE_LIST_WORDS = 16


def _in_place_list(sentence: str, tokens: list[Token], first: int, language: str) -> bool:
    """Whether the name opening at tokens[first] stands in a list of names (capitalised words
    joined by spaces, commas and "and"/"et"/"y"/"và" or "or") opened by a noun of places and the
    word of its examples (vocabulary.yaml place_list_openers: "places like Manyabol, Bor
    Kongor and Waat", "des localités comme Kidal et Aguelhok"): the list's names are places.
    A list has one joining word, before its last name: a second one walked over closes the
    list and opens another clause ("towns like Bor and Pibor, and Joseph Lado called for
    calm": Lado is no place)."""
    openers, joiners, exact = _place_list_openers(language)
    if not openers:
        return False

    def form(k: int) -> str:
        return exact_form(tokens[k].text) if exact else tokens[k].folded

    longest = max(len(o) for o in openers)
    k = first - 1
    walked = joined = 0
    while k >= 0 and walked <= PLACE_LIST_WORDS:
        if any(k - n + 1 >= 0 and tuple(form(j) for j in range(k - n + 1, k + 1)) in openers for n in range(1, longest + 1)):
            return True
        gap = sentence[tokens[k].end:tokens[k + 1].start]
        if gap.strip() not in ("", ","):
            return False
        if not (tokens[k].text[:1].isupper() or form(k) in joiners):
            return False
        if form(k) in joiners:
            joined += 1
            if joined > 1:
                return False
        k -= 1
        walked += 1
    return False


@lru_cache(maxsize=None)
def _role_date_patterns() -> tuple[re.Pattern, ...]:
    """Regular expressions of the years a role's text gives after it, built from the
    vocabulary's role_since, role_until, role_range_from and role_range_to (folded)."""
    ref = reference()

    def words_of(section: str) -> str:
        return alternation(ref.words(section))

    year = r"(?:1[89]|20)\d\d"
    dash = r"\s*[-\u2010\u2011\u2012\u2013\u2014/]\s*"
    return (
        re.compile(rf"\s*\(\s*({year}{dash}(?:{year}|\d\d))\s*\)"),
        re.compile(rf"\s*\(?\s*((?:{words_of('role_range_from')})\s+{year}\s+(?:{words_of('role_range_to')})\s+{year})\b\)?"),
        re.compile(rf"\s*\(?\s*((?:{words_of('role_since')}|{words_of('role_until')})\s+{year})\b\)?"),
        re.compile(rf"\s*(?:in\s+)?({year}{dash}{year})\b"),
    )


@lru_cache(maxsize=None)
def _role_year_words() -> frozenset[str]:
    """The one-word forms of the vocabulary's role_since and role_until ("since", "hasta")."""
    ref = reference()
    return frozenset(w for section in ("role_since", "role_until") for w in ref.words(section) if " " not in w)


def role_years(after: str) -> str | None:
    """The years given right after a role, as printed, from the start of `after`: " since
    2017, ..." -> "since 2017"; " (2019-2021)" -> "2019-2021"; " de 2019 à 2021" -> "de 2019
    à 2021"; None when the text gives none there. Words matched folded (vocabulary role_*)."""
    folded = fold_same_length(after)
    for pattern in _role_date_patterns():
        match = pattern.match(folded)
        if match:
            return after[match.start(1):match.end(1)]
    return None


def _title_length_at(tokens: list[Token], j: int, language: str, sets) -> int:
    """How many tokens (1 to TITLE_WORDS) a title of the vocabulary starting at tokens[j] spans, 0 if none."""
    exact = _exact_words_of("titles", language)
    for n in range(TITLE_WORDS, 0, -1):
        if j + n > len(tokens):
            continue
        words = " ".join(exact_form(tokens[k].text) if exact else tokens[k].folded for k in range(j, j + n))
        if words in (exact or sets["titles"]):
            return n
    return 0


@lru_cache(maxsize=8)
def _speech_verbs_by_first_word(language: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The speech verbs of a language (reference/quotes.yaml "speech_verbs": "said",
    "a déclaré", "dijo"), each as its folded words, by its first word: {"a": (("a",
    "declare"), ...), "said": (("said",),)}; {} for a language without them."""
    verbs: dict[str, list[tuple[str, ...]]] = {}
    for verb in load_reference("quotes.yaml")["speech_verbs"].get(language) or []:
        words = tuple(fold(verb).split())
        if words:
            verbs.setdefault(words[0], []).append(words)
    return {first: tuple(forms) for first, forms in verbs.items()}


def _role_after(sentence: str, tokens: list[Token], last: int, sets, language: str) -> str | None:
    """A role written after a person's name, between commas ("Jean-Pierre Lacroix, the
    Under-Secretary-General for Peace Operations since 2017, said"; "X, ancien commandant de
    la force (2019-2021)"), as printed without its article, with the years the text gives
    in brackets: "Under-Secretary-General for Peace Operations (since 2017)". The role opens
    with a title of the vocabulary and goes on, words joined by spaces, up to punctuation, a
    function word ("who", "qui"), a year or a year word ("since", "hasta"), a speech verb
    (its closing comma left out: "head of the office said"), twelve words at most. None when
    no such role follows the name."""
    j = last + 1
    if j >= len(tokens) or sentence[tokens[last].end:tokens[j].start].strip() != ",":
        return None
    ref = reference()
    openers, former = ref.words("role_openers"), ref.words("role_former")
    while j < len(tokens) and tokens[j].folded in openers:
        j += 1
    start = j
    while j < len(tokens) and tokens[j].folded in former:
        j += 1
    n = _title_length_at(tokens, j, language, sets)
    if not n:
        return None
    end = j + n - 1
    k = end + 1
    stops = (sets["stop"] - sets["connectors"] - openers) | _role_year_words()
    verbs = _speech_verbs_by_first_word(language)
    while k < len(tokens) and k - start < 12 and _gap_is_space(sentence, tokens[k - 1], tokens[k]):
        token = tokens[k]
        if token.folded in stops or token.text[:1].isdigit():
            break  # "who ...", "since 2017": the role ends before
        verb = next((v for v in verbs.get(token.folded, ()) if tuple(t.folded for t in tokens[k:k + len(v)]) == v), None)
        if verb:
            after = k + len(verb)
            if after >= len(tokens) or not _gap_is_space(sentence, tokens[after - 1], tokens[after]):
                return None  # "X, the president said, ...": the title is the speaker's, not X's
            break  # "head of the office said during ...": the closing comma left out, the verb ends the role
        if token.folded not in sets["connectors"] and token.folded not in openers:
            end = k  # "head of the group", "commander of the Force"
        k += 1
    if start >= len(tokens):
        return None
    role = sentence[tokens[start].start:tokens[end].end]
    years = role_years(sentence[tokens[end].end:])
    return f"{role} ({years})" if years else role


def _partitive_before_known(piece: list[int], tokens: list[Token], claimed: list[bool], sets) -> bool:
    """Whether a capitalised run is a partitive, then a connector, then a name already known
    and ending the run ("Hundreds of African Union", "Members of African Union", "Scores of
    Lebanese Armed Forces"): a count or a group of people written at the head of a sentence
    before the body it belongs to, not a body's name of its own. A head word of a body's name
    before the connector ("Commission of the African Union", "Office of the ...") makes no
    partitive. piece: token indices of the run; claimed: per token, whether a known name took
    it. Source: news leads opening on a count ("Hundreds of African Union soldiers have
    died")."""
    known = next((n for n, k in enumerate(piece) if claimed[k]), None)
    if known is None or known < 2 or not all(claimed[k] for k in piece[known:]):
        return False
    lead = piece[:known]
    while lead and tokens[lead[-1]].folded in sets["edges"]:
        if tokens[lead[-1]].folded in sets["connectors"] and not tokens[lead[-1]].is_capitalized:
            break
        lead = lead[:-1]
    if len(lead) < 2 or tokens[lead[-1]].folded not in sets["connectors"] or tokens[lead[-1]].is_capitalized:
        return False
    opening = lead[:-1]
    return all(tokens[k].is_capitalized and tokens[k].folded not in sets["heads"]
               and tokens[k].folded not in sets["edges"] for k in opening)


def _count_before_known(piece: list[int], tokens: list[Token], claimed: list[bool], sets) -> bool:
    """Whether a capitalised run is a word of quantity or a number word, then a name already
    known that ends the run ("Another African Union", "Several European Union", "Five African
    Union", "Four Lebanese Armed Forces"): the count of a body's people written at the head of
    a sentence, not a body's name of its own. piece: token indices of the run; claimed: per
    token, whether a known name took it. The words of quantity are vocabulary
    "body_count_leads" with the number words of "number_words". Source: news leads opening on
    a count of soldiers or staff before their body's name used as a modifier."""
    known = next((n for n, k in enumerate(piece) if claimed[k]), None)
    if not known or not all(claimed[k] for k in piece[known:]):
        return False
    return all(tokens[k].folded in sets["count_leads"] for k in piece[:known])


def _proper_body(piece, tokens, claimed, sets, language) -> bool:
    """A name of one body, not a generic phrase: it holds a rare word or a known name
    ("Vietnam Inter-sectoral Working Group"), or is a head word with its complement
    ("Ministry of Defence"); "Peacekeeping Operations" is neither."""
    heads = sets["heads"]
    first, second = tokens[piece[0]].folded, tokens[piece[1]].folded if len(piece) > 1 else ""
    if first in heads and second in sets["connectors"]:
        return True
    if first in sets["member_heads"] and _member_link(second, sets):
        return True  # "Partners in Health": a body named by its members (_members_body)
    return any(
        claimed[k] or not (
            tokens[k].folded in heads or tokens[k].folded in sets["connectors"] or tokens[k].folded in sets["generic"]
            or is_common_word(tokens[k].folded, language)
        )
        for k in piece
    )


def places_by_their_heads(candidates: list[Found], language: str) -> frozenset[str]:
    """The names found by pattern but judged no person (kind "unresolved") because a place's
    head word stands right before them, past its connectors, or right after them ("la ville de
    Sam Kota", "the town of Kpala Mbete", "la ciudad de Bao Lam", "Kpala Mbete county",
    "thị trấn Bản Kìa"; vocabulary "place_heads", _by_place_head): places, which the article
    may name again without their head word ("la population de Sam Kota"), where the same
    words would read as a person's. Returns their names folded (fold). Only the candidates'
    own sentences are read, each once."""
    sets = _vocab_sets()
    out: set[str] = set()
    tokenized: dict[str, list[Token]] = {}
    for candidate in candidates:
        if candidate.kind != "unresolved" or not candidate.surfaces:
            continue
        sentence, surface = candidate.sentence, candidate.surfaces[0]
        start = sentence.find(surface)
        if start < 0:
            continue
        tokens = tokenized.get(sentence)
        if tokens is None:
            tokens = tokenized[sentence] = tokenize(sentence)
        segment = [k for k, t in enumerate(tokens) if start <= t.start < start + len(surface)]
        if not segment:
            continue
        k = _word_before_name(sentence, tokens, segment[0], sets, language)
        if _by_place_head(tokens, segment, -1 if _comma_after_place_head(sentence, tokens, segment, k, sets) else k,
                          language):
            out.add(fold(candidate.name))
    return frozenset(out)


def named_again_as_person(candidates: list[Found], sentences: list[str], language: str) -> list[Found]:
    """The names found by pattern but judged no person (kind "unresolved": every word a
    dictionary word, "Pedro León", "Ana Rosa") that the article names again by their last
    word after a title that stands only before a person ("el coronel León", "Mr Rosa",
    "M. León"; vocabulary "person_titles"): news writing gives a person's full name once,
    then the surname with a title. Returns them as people (kind "person", same name and
    sentence), in the order given; names of one word or of more than MAX_NAME_TOKENS words
    are left alone."""
    out: list[Found] = []
    wanted = {}
    for candidate in candidates:
        words = candidate.name.split()
        if candidate.kind == "unresolved" and 2 <= len(words) <= MAX_NAME_TOKENS:
            wanted.setdefault(fold(strip_possessive(words[-1])), []).append(candidate)
    if not wanted:
        return out
    titled: set[str] = set()  # the surnames met alone after a person's title
    for sentence in sentences:
        if not any(last in fold(sentence) for last in wanted.keys() - titled):
            continue  # each sentence is read only when it may hold one (a cheap test first)
        tokens = tokenize(sentence)
        titled.update(tokens[k].folded for k in range(1, len(tokens))
                      if tokens[k].folded in wanted and _titled_surname(sentence, tokens, k, tokens[k].folded, language)
                      and not _body_after_adjective_title(tokens, k, language))
    for candidate in candidates:
        words = candidate.name.split()
        if candidate.kind == "unresolved" and 2 <= len(words) <= MAX_NAME_TOKENS and fold(strip_possessive(words[-1])) in titled:
            out.append(Found("person", candidate.id, candidate.name, candidate.sentence, list(candidate.surfaces)))
    return out


@lru_cache(maxsize=8)
def _organisation_name_words(language: str) -> frozenset[str]:
    """vocabulary "organisation_name_words" of the language and of English (folded): words of
    bodies' names that are no word of a person's name."""
    return reference().words("organisation_name_words", tuple({"en", language}))


def organisation_words_name(name: str, language: str) -> bool:
    """Whether a capitalised name (str, as printed) holds a word that only bodies' names hold
    (vocabulary "organisation_name_words" of the article's language or English: "Protección
    Civil", "Sécurité Civile", "Croix Rouge", "Manos Unidas"): such a name is a body's, never a
    person's. The words are compared folded, whole."""
    words = _organisation_name_words(language)
    return any(fold(w) in words for w in re.findall(r"[^\W\d_]+", name))


@lru_cache(maxsize=8)
def _speaker_frames(language: str) -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern] | None:
    """The patterns around a speaker's name in a quote's attribution, on folded text of the
    same length: (the text before a name that follows its speech verb after a quotation's close
    or a comma, ", said"; the text after it: a stop or a comma; the text before a name that
    opens its speech verb after a quotation's close, '" X told'; the text after it: the verb);
    the verbs are reference/quotes.yaml "speech_verbs". None for a language without them."""
    verbs = load_reference("quotes.yaml")["speech_verbs"].get(language)
    if not verbs:
        return None
    verb = alternation(sorted({fold(v) for v in verbs}))
    close = "[\"\u201d\u00bb\u2019,]"
    return (re.compile(rf"{close}\s*,?\s*(?P<verb>{verb})\s*$"), re.compile(r"^\s*(?:[,.;:!?)]|$)"),
            re.compile(r"[\"\u201d\u00bb]\s*,?\s*$"), re.compile(rf"^\s+(?P<verb>{verb})\b"))


@lru_cache(maxsize=8)
def _group_designations(language: str) -> frozenset[str]:
    """Words that name people by what they are, not by name, folded: quotes.yaml
    "unnamed_speakers" of the language ("residents", "diplomats", "testigos") and the words
    standing for a body or its troops, "body_references" ("blue helmets", "casques bleus")."""
    quotes = load_reference("quotes.yaml")
    return frozenset(fold(w) for w in [*(quotes["unnamed_speakers"].get(language) or []), *quotes["body_references"]])


@lru_cache(maxsize=8)
def _plural_verb_endings(language: str) -> tuple[str, ...]:
    """reference/quotes.yaml "plural_speech_verb_endings" of a language (folded); () without."""
    return tuple(load_reference("quotes.yaml").get("plural_speech_verb_endings", {}).get(language) or ())


def _plural_speech_verb(verb: str, language: str) -> bool:
    """Whether a speech verb as matched (folded: "dijeron", "ont declare") says that several
    speak: its first word ends as reference/quotes.yaml "plural_speech_verb_endings" lists for
    the language. False for a language without them (English marks no plural)."""
    first = verb.split()[0] if verb.split() else ""
    return any(first.endswith(ending) for ending in _plural_verb_endings(language))


@lru_cache(maxsize=8)
def _opener_pattern(language: str) -> re.Pattern | None:
    """The text before a name that an attribution opens ("according to", "selon", "según":
    vocabulary "attribution_openers"), on folded text; None for a language without them."""
    openers = reference().vocabulary["attribution_openers"].get(language)
    return re.compile(rf"(?:^|[\s,(])(?:{alternation(sorted({fold(o) for o in openers}))})\s*$") if openers else None


def _apposed_description(after: str, language: str) -> bool:
    """Whether the text after a name opens an apposition that describes a person: a comma, then
    an indefinite determiner (vocabulary "indefinite_determiners": ", a resident", ", une
    habitante"), or two to six words in lowercase closed by a comma (", vecina de la zona,")."""
    m = re.match(r"^\s*,\s*([^,.;:]+)(,?)", after)
    if not m:
        return False
    words = m.group(1).split()
    if not words or not words[0][:1].islower():
        return False
    determiners = reference().words("indefinite_determiners", (language,))
    return fold(words[0]) in determiners or (bool(m.group(2)) and 2 <= len(words) <= 6)


def speakers_named(candidates: list[Found], language: str, bodies: bool = False) -> list[Found]:
    """The names found by pattern but judged no person (kind "unresolved": every word a
    dictionary word, "Ward Bond", "Rosa Flores") that stand as the speaker of a quote's
    attribution in their own sentence: right after a speech verb that follows a quotation's
    close or a comma ('"...," said Ward Bond.'), right before one after a quotation's close
    ('"...," Ward Bond told reporters'), or after an attribution's opener with an apposition
    describing them ("according to Grace Lake, a resident", "según Rosa Flores, vecina de la
    zona,"). Speech verbs: reference/quotes.yaml "speech_verbs"; openers: vocabulary
    "attribution_openers". Only names of two to MAX_NAME_TOKENS words each capitalised, none a
    head word of a body's or a thing's name, a title, a month, a weekday or a number word
    ("Kilometre Five"), nor the subject of a speech verb of several speakers ("dijeron
    Cascos Azules"; quotes.yaml "plural_speech_verb_endings"), nor a designation of people
    by what they are ("said Western Diplomats", "Blue Helmets said": _group_designations),
    nor a name of a body's words (organisation_words_name: "a déclaré Croix Rouge"). Returns
    them as people (kind "person", same name and sentence), in the order given; with bodies,
    the names of a body's words only, as organisations (bodies_speaking)."""
    frames = _speaker_frames(language)
    opener = _opener_pattern(language)
    if frames is None and opener is None:
        return []
    sets = _vocab_sets()
    barred = (sets["heads"] | sets["things"] | sets["venues"] | sets["seats"] | sets["titles"] | sets["calendar"]
              | sets["stop"] | reference().words("number_words"))
    groups = _group_designations(language)
    out: list[Found] = []
    for candidate in candidates:
        words = candidate.name.split()
        if candidate.kind != "unresolved" or not 2 <= len(words) <= MAX_NAME_TOKENS:
            continue
        if any(not w[:1].isupper() or w.isupper() or fold(w) in barred for w in words):
            continue
        if organisation_words_name(candidate.name, language) != bodies:
            continue  # "dijo Protección Civil": a body speaks (bodies_speaking), no person
        if any(fold(w) in groups for w in words) or fold(candidate.name) in groups:  # "Western Diplomats", "Blue Helmets"
            continue
        sentence, surface = candidate.sentence, candidate.surfaces[0]
        start = sentence.find(surface)
        if start < 0:
            continue
        folded = fold_same_length(sentence)
        before, after = folded[:start], folded[start + len(surface):]
        verb = None
        if frames is not None:
            # a body's name may go on with its channel or time in lowercase ("dijo Protección
            # Civil en un comunicado", "a indiqué Sécurité Civile dans la soirée")
            if (m := frames[0].search(before)) and (frames[1].match(after) or (bodies and re.match(r"\s+[^\W\d_A-Z]", after))):
                verb = m.group("verb")
            elif frames[2].search(before) and (m := frames[3].match(after)):
                verb = m.group("verb")
        # a verb of several speakers has a group for its subject, not one person
        spoken = verb is not None and not _plural_speech_verb(verb, language)
        attributed = opener is not None and opener.search(before) and _apposed_description(sentence[start + len(surface):], language)
        if spoken or attributed:
            out.append(Found("organisation" if bodies else "person", candidate.id, candidate.name, candidate.sentence,
                             list(candidate.surfaces)))
    return out


def bodies_speaking(candidates: list[Found], language: str) -> list[Found]:
    """The names found by pattern but judged no person (kind "unresolved") that stand as a
    quote's speaker as speakers_named reads it, and whose words are a body's
    (organisation_words_name: '"...", a indiqué Sécurité Civile.', "dijo Protección Civil."):
    bodies not in the reference data, speaking. Returns them as organisations (kind
    "organisation", same id, name and sentence), in the order given."""
    return speakers_named(candidates, language, bodies=True)


def _body_after_adjective_title(tokens: list[Token], k: int, language: str) -> bool:
    """tokens[k], an everyday word of the language, follows a title that is an everyday
    adjective too (vocabulary "adjective_titles": "General Security", "General Staff",
    "Private Security"): a body's name, no surname after a rank."""
    return (k > 0 and tokens[k - 1].folded in reference().words("adjective_titles")
            and is_common_word(tokens[k].folded, language))


# An acronym in capitals with the plural's lowercase "s" ("TCCs", "NGOs", "IDPs"): things
# counted, never a surname.
_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s")


def surnames_after_titles(candidates: list[Found], people: list[Found], language: str) -> list[Found]:
    """The names of one word found by pattern (kind "unresolved") that stand right after a title
    that stands only before a person, in their own sentence ("1st Lieutenant Hovlandt said",
    "el ministro de Defensa Quirell viajó"; vocabulary "person_titles"): a person the article
    names by the surname alone. Not a common word of the language as printed or folded
    ("Colonel Rose" is left to the reference data; "le ministre Sécurité"), nor a place or
    body the reference data knows, nor the one proper word of a known body's name
    ("Wagner"), nor an acronym, nor a word of a person named in full (that person again), nor
    a rank and surname naming the thing before them (_namesake_after_rank: "le navire Amiral
    Charner"). Returns them as people, in the order given, each once."""
    # any word of a name in full: the person named again, whichever of the names is kept
    # ("Luis Alberto Varela Quirós" ... "el ministro Varela")
    taken = {part_key(w, language) for p in people for w in p.name.split()}
    sets = _vocab_sets()
    out: dict[str, Found] = {}
    for candidate in candidates:
        words = candidate.name.split()
        if candidate.kind != "unresolved" or len(words) != 1 or candidate.id in out:
            continue
        word = strip_possessive(words[0])
        folded = fold(word)
        # a word in capitals only where it stands alone after a rank (_capital_surname_after_rank);
        # an acronym's plural ("two major TCCs", "les principaux ONGs") is never a surname
        capitals = (word.isupper() and not (word.isalpha() and len(word) >= 3)) or _ACRONYM_PLURAL.fullmatch(word) is not None
        if (part_key(word, language) in taken or folded in sets["given"] or not word[:1].isupper() or capitals
                or reference().gazetteer.whole(word) or folded in _organisation_cores()):
            # a given name alone ("Mme Hélène") is no family name; nor is a known place or
            # body, or the one proper word of a known body's name ("Wagner" of "groupe
            # Wagner", "Sahel" of "G5 Sahel")
            continue
        # a common word as printed ("le ministre Sécurité") only right after a rank
        # (_everyday_surname_after_rank: "Colonel Williams", "le général Cot")
        common = is_common_word(word.lower(), language) or is_common_word(folded, language)
        tokens = tokenize(candidate.sentence)
        at = next((k for k in range(1, len(tokens)) if tokens[k].text == word
                   and _titled_surname(candidate.sentence, tokens, k, folded, language, offices=True)
                   and not _particle_then_name(tokens, k, sets)
                   and (not common or _everyday_surname_after_rank(candidate.sentence, tokens, k, sets, language))), None)
        if at is not None:
            role = _role_before(candidate.sentence, tokens, at, sets, language)
            if (role is not None and _namesake_after_rank(candidate.sentence, tokens, at, role, sets, language)
                    and not _subject_of_bare_relative(candidate.sentence, tokens, at, language)):
                continue  # "le navire Amiral Charner", "camp Colonel Diallo": a thing named after the officer
            out[candidate.id] = Found("person", candidate.id, word, candidate.sentence, list(candidate.surfaces), role=role)
            continue
        if common:
            continue
        # a surname set off by commas after an office and its complement ("the ambassador of
        # Chile in Haiti, Urrutia, and ...": _office_apposed_before)
        apposed = next((role for k in range(2, len(tokens)) if tokens[k].text == word
                        and (role := _office_apposed_before(candidate.sentence, tokens, k, sets, language))), None)
        if apposed is not None:
            out[candidate.id] = Found("person", candidate.id, word, candidate.sentence, list(candidate.surfaces), role=apposed)
            continue
        # a surname with its particle right after a rank ("le colonel de Villiers", "Captain de Klerk")
        for k in range(1, len(tokens)):
            if tokens[k].text != word or (start := _particle_surname_start(candidate.sentence, tokens, k, language)) is None:
                continue
            name = candidate.sentence[tokens[start].start:tokens[k].end]
            role = _role_before(candidate.sentence, tokens, start, sets, language)
            out[candidate.id] = Found("person", candidate.id, name, candidate.sentence, [*candidate.surfaces, name], role=role)
            break
    return list(out.values())


# The most words of an office's complement read back from a surname set off after it
# (_office_apposed_before): "ambassador of Chile in Haiti", "ministro de Defensa de Uruguay".
APPOSED_OFFICE_WORDS = 7


def _office_apposed_before(sentence: str, tokens: list[Token], k: int, sets, language: str) -> str | None:
    """The office a capitalised word alone (tokens[k]) is set off by commas after, as printed
    ("the ambassador of Chile in Haiti, Urrutia, and ...", "el portavoz del ejército,
    Larrañaga, dijo", "The ambassador, Urrutia, said"), or None: a title that stands only before
    a person or an office whose holder is named by the surname (vocabulary "person_titles",
    "surname_offices", the article's language), then its complement, up to
    APPOSED_OFFICE_WORDS words, each word after one or two connectors or articles in lowercase
    (vocabulary "name_connectors", "definite_articles_before_name") or after a capitalised
    word of the same name, no title ("of the Armed Forces", "de las Fuerzas Armadas", "des
    Forces armées"; not "Captain Jane Roe, Kanura,"), the last no place head (vocabulary
    "place_heads": "the governor of the province, Ituri" names the place). After the word: a comma, a semicolon, a stop or the
    sentence's end. Not in a language compared with its diacritics (Vietnamese names are not
    printed so)."""
    if language in EXACT_LANGUAGES or k < 2:
        return None

    if _gap_text(sentence, tokens, k - 1, k) != ",":
        return None
    if k + 1 < len(tokens) and _gap_text(sentence, tokens, k, k + 1) not in (",", ";", "."):
        return None
    if k + 1 >= len(tokens) and sentence[tokens[k].end:].strip()[:1] not in ("", ".", ";", ","):
        return None
    before = tokens[k - 1]
    ref = reference()
    titles = ref.words("person_titles", (language,)) | ref.words("surname_offices", (language,))
    articles = ref.words("definite_articles_before_name", (language,))
    if before.folded in _place_heads(language)[0]:
        return None
    j = k - 1
    while j >= 0 and k - j <= APPOSED_OFFICE_WORDS:
        if tokens[j].folded in titles and not tokens[j].is_acronym:
            return sentence[tokens[j].start:before.end]
        if j > 0 and tokens[j - 1].is_capitalized and _gap_text(sentence, tokens, j - 1, j) == "":
            if tokens[j - 1].folded in titles:
                return None  # "Captain Jane Roe, Kanura,": a rank and its holder's name, no office's complement
            j -= 1  # a body's name of several words, its first capitalised ("Armed Forces", "Forces armées")
            continue
        # a word of the complement, after its connectors ("of Chile", "del ejército", "de la ...",
        # "de las ...": an article too)
        c = j - 1
        while (c >= 0 and j - c <= 2 and not tokens[c].is_capitalized
               and ((folded := tokens[c].folded.rstrip("'\u2019")) in sets["connectors"] or folded in articles)):
            c -= 1
        if c == j - 1 or c < 0 or any(_gap_text(sentence, tokens, m, m + 1) not in ("", "'", "\u2019") for m in range(c, j)):
            return None
        j = c
    return None


# What ends the clause a surname opens (_subject_of_bare_relative).
_CLAUSE_PUNCTUATION = re.compile(r"[,;:.!?()\[\]\u2013\u2014]")


def _subject_of_bare_relative(sentence: str, tokens: list[Token], k: int, language: str) -> bool:
    """In English (not HEAD_FIRST_LANGUAGES, whose relative clause opens on "que"), whether
    tokens[k], a surname after a thing's word and a rank, opens a relative clause printed
    without "that": its verb right after it, then the main clause's verb group, no punctuation
    and no conjunction between them ("the ship Captain Okafor commanded was hit"; verb groups of
    events._verb_groups): the officer, not the thing's namesake ("the vessel Admiral Brentwood
    sailed from Mombasa" keeps one verb group)."""
    if language in HEAD_FIRST_LANGUAGES or language in EXACT_LANGUAGES or k + 1 >= len(tokens):
        return False
    from .events import _verb_groups  # events reads entities: imported here, not at the top
    end = tokens[k].end
    stop = _CLAUSE_PUNCTUATION.search(sentence, end)
    groups = _verb_groups(sentence, end, stop.start() if stop else len(sentence), language)
    return len(groups) >= 2 and groups[0][0] == tokens[k + 1].start and not groups[1][1]


def _particle_surname_start(sentence: str, tokens: list[Token], k: int, language: str) -> int | None:
    """The index of the first particle when tokens[k], a capitalised word alone (the word after
    it no capitalised name word), follows one or two name particles in lowercase (vocabulary
    "name_particles": "de", "du", "del", "de la") right after a rank or courtesy title
    (vocabulary "person_titles"): "le colonel de Villiers", "Captain de Klerk", the surname
    with its particle. Not after a title that takes a place or unit after "de" (vocabulary
    "titles_before_a_place": "le commandant de Ber", "le gouverneur de Ménaka"), nor where the
    word is a service's (vocabulary "service_words_after_particle": "le Directeur général de la
    Gendarmerie", "el Director General de la Gendarmería": the office's body). Else None."""
    sets = _vocab_sets()
    if not tokens[k].is_capitalized or (k + 1 < len(tokens) and tokens[k + 1].is_capitalized
                                        and _gap_is_space(sentence, tokens[k], tokens[k + 1])):
        return None
    if tokens[k].folded in sets["services"]:
        return None
    j = k - 1
    while j > 0 and k - j <= 2 and tokens[j].folded in sets["particles"] and not tokens[j].is_capitalized \
            and _gap_is_space(sentence, tokens[j], tokens[j + 1]):
        j -= 1
    start = j + 1
    if start == k or j < 0 or not _gap_is_space(sentence, tokens[j], tokens[start]):
        return None
    role = _role_before(sentence, tokens, start, sets, language)
    if role is None or not _is_person_title(role, language):
        return None
    if fold(role.rstrip(".")).split()[-1] in reference().words("titles_before_a_place"):
        return None
    return start


@lru_cache(maxsize=None)
def _organisation_cores() -> frozenset[str]:
    """The folded words that are alone, with head words, articles and connectors only, a known
    body's name of two words or more (organisations.yaml: "Wagner" of "groupe Wagner",
    "Sahel" of "G5 Sahel", "Shabaab" of "Al-Shabaab"): a body's, not a person's, name."""
    sets = _vocab_sets()
    skip = sets["heads"] | sets["stop"] | sets["connectors"] | reference().words("name_articles")
    cores = set()
    for row in reference().organisations.values():
        for forms in (row.get("names") or {}).values():
            for name in forms or ():
                words = [t for t in tokenize_once(name) if t.text.replace("-", "").isalpha()]
                rest = [t for t in words if t.folded not in skip]
                if len(words) >= 2 and len(rest) == 1 and rest[0].is_capitalized:
                    cores.add(rest[0].folded)
    return frozenset(cores)


def _everyday_surname_after_rank(sentence: str, tokens: list[Token], k: int, sets, language: str) -> bool:
    """Whether tokens[k], a capitalised everyday word of the spellchecker's lists ("Williams",
    "Cot", "Cuello", "Lawes" read as "laws"), is a surname printed alone right after a title
    that stands only before a person (vocabulary "person_titles"). The title's last word a
    rank printed in lowercase ("colonel Lawes", "le général Cot", "el teniente primero
    Cuello"), a capitalised word after it is a name; after a capitalised title, or a plain
    noun of a person ("le soldat Inconnu", "the officer Training course"; vocabulary
    "person_nouns_no_rank"), the pair may be a term of its own ("Judge Advocate", "Officer
    Cadet", "Commandant Suprême", "General Assembly"), so there only a frequent family name passes (vocabulary "frequent_surnames": "Colonel
    Williams", "Captain Hughes"). Never a body's noun after an adjective title (vocabulary
    "adjective_title_bodies": "le général Staff"), nor in a line in Title Case (a headline's
    "Colonel Warns"), nor a word followed by another capitalised word (a longer name, read
    elsewhere). Words outside the lists need none of this (surnames_after_titles)."""
    if k == 0 or not tokens[k].is_capitalized or not _gap_is_space(sentence, tokens[k - 1], tokens[k]):
        return False
    if k + 1 < len(tokens) and tokens[k + 1].is_capitalized and _gap_is_space(sentence, tokens[k], tokens[k + 1]):
        return False
    if tokens[k].folded in reference().words("adjective_title_bodies"):
        return False
    if ((tokens[k - 1].is_capitalized or tokens[k - 1].folded in reference().words("person_nouns_no_rank"))
            and tokens[k].folded not in reference().words("frequent_surnames")):
        return False
    return _after_person_title(sentence, tokens, k, sets, language) and not title_case_line(sentence)





def _particle_then_name(tokens: list[Token], k: int, sets) -> bool:
    """Whether the word after tokens[k] is a name particle before a capitalised word ("Hélène
    de la Cruz", "Anna van der Berg"): tokens[k] opens a longer name."""
    j = k + 1
    while j < len(tokens) and tokens[j].folded in sets["particles"] and not tokens[j].is_capitalized:
        j += 1
    return j > k + 1 and j < len(tokens) and tokens[j].is_capitalized


def _titled_surname(sentence: str, tokens: list[Token], k: int, last: str, language: str, offices: bool = False) -> bool:
    """tokens[k] is the surname alone (the word after it no capitalised name word), right
    after a title that stands only before a person, or, asked (offices), after an office
    whose holder is named by the surname alone (vocabulary "surname_offices", the words of
    the article's language only: "le ministre Diarra", "le président Touadéra", "el ministro
    de Defensa Quirell")."""
    token = tokens[k]
    if token.folded != last or not token.is_capitalized:
        return False
    if k + 1 < len(tokens) and tokens[k + 1].is_capitalized and _gap_is_space(sentence, token, tokens[k + 1]):
        return False  # the full name again, or another name
    role = _role_before(sentence, tokens, k, _vocab_sets(), language)
    if role is None:
        return False
    return _is_person_title(role, language) or (
        offices and any(w in reference().words("surname_offices", (language,)) for w in fold(role.rstrip(".")).split()))


_NAME_WORD_BREAK = re.compile(r"[\s\-\u2010\u2011]+")


@lru_cache(maxsize=1)
def vietnamese_syllable() -> re.Pattern:
    """A folded Vietnamese syllable (vocabulary vietnamese_syllable_initials and
    vietnamese_syllable_finals around a run of vowels), as a pattern to match whole on a
    folded, lowercased word ("phung", "si", "tan"; not "says", "hier")."""
    ref = reference()
    initials, finals = alternation(ref.words("vietnamese_syllable_initials")), alternation(ref.words("vietnamese_syllable_finals"))
    return re.compile(f"(?:{initials})?[aeiouy]+(?:{finals})?")


def unmarked_vietnamese_name(words: list[str]) -> bool:
    """Whether a name's words read as a Vietnamese name printed without its marks, as the
    press of other languages prints it ("Phan Van Si", "Lam Si Tan"): three words or more,
    the first a listed family name (vocabulary "family_names"), every word a Vietnamese
    syllable (vietnamese_syllable). Such a name's later syllables are given names even where
    they spell everyday words of another language ("Si", "Tan", "Long"). Input: the name's
    words as printed; output: a truth value."""
    if len(words) < 3 or fold(words[0]) not in _vocab_sets()["family"]:
        return False
    syllable = vietnamese_syllable()
    return all(syllable.fullmatch(fold(word).lower()) for word in words)


def glued_words(people: dict[str, Found], language: str) -> dict[str, Found]:
    """People of one article whose name is another person's name, whole or its last words,
    with everyday words glued on after it where a line ran on without a stop ("Marc Lefort
    Hier" after "Marc Lefort", a heading run into "Hier soir, ..."; "Tenenti Urges" after
    "Andrea Tenenti", a headline's verb): {id of the longer form: the other person}. The
    words glued on are all dictionary words of English or the language (is_dictionary_word),
    none a listed given name or frequent family name (vocabulary "given_names",
    "frequent_surnames"), and one other name only fits. Not in Vietnamese, whose syllables
    are all words. A Vietnamese name printed without its marks in another language
    (unmarked_vietnamese_name) that opens on another's last syllables is its own person ("Lam
    Si Tan" beside "Vu Hong Lam"), while one opening on another's whole name is that person
    with words glued on ("Vu Hong Lam Hit" in a headline), and so is a shorter form ("Lam
    Urges"). Input: the article's people by id."""
    if language in EXACT_LANGUAGES:
        return {}
    sets = _vocab_sets()
    surnames = reference().words("frequent_surnames")
    by_words = {pid: [w for w in _NAME_WORD_BREAK.split(p.name) if w] for pid, p in people.items() if p.kind == "person"}
    folded = {pid: [fold(w) for w in words] for pid, words in by_words.items()}
    out: dict[str, Found] = {}
    for pid, words in by_words.items():
        vietnamese = unmarked_vietnamese_name(words)
        for k in range(len(words) - 1, 0, -1):
            word = words[k]  # the first of the words glued on, read from the end
            if not (word.isalpha() and is_dictionary_word(word, language) and fold(word) not in sets["given"]
                    and fold(word) not in surnames):
                break
            head = folded[pid][:k]
            fits = [other for other, ws in folded.items() if other != pid and len(ws) >= k and ws[-k:] == head
                    and not (vietnamese and len(ws) > k)]  # "Lam Si Tan" opens on "Vu Hong Lam"'s last syllable
            if len(fits) == 1:
                out[pid] = people[fits[0]]
                break
    return out


def name_tails(people: dict[str, Found], language: str | None = None) -> dict[str, Found]:
    """People of one article printed once in full and again by the last two or more words of
    the name ("Maj Gen Abdul Karim Noor Talukbar" ... "Maj Gen Noor Talukbar"; "Ana
    María Rodríguez Soto" ... "Rodríguez Soto"): {id of the short form: the person in full}.
    A short form that ends two longer names, or that is itself named as a whole elsewhere
    in a longer form it does not end, is left alone. A name printed again with its given
    name(s) in another romanisation and the same family name ("Andrey Ravkov" after "Andrei
    Ravkov", romanised_key) is the one printed first. Input: the article's people by id, in
    the order first printed. A name printed again with the first and last words of one longer
    name and without its middle name(s) ("Raúl Paredes" after "Raúl Ernesto Paredes") is that
    person; a name given in brackets right after another's printed form, in another
    romanisation or transcription ("Park Sung Min (Pắc Xung Min)"), is the person before the
    brackets. A name printed with its first word and a family name the longer name goes on
    after ("Tomás Rivera" after or before "Tomás Andrés Rivera Soto": Spanish and Portuguese
    names with two family names) is the one longer name that fits; a short form that is the
    longer name's head ("Diego Herrera" ... "Diego Herrera Ruiz") only in the languages of
    vocabulary "two_family_names" (language: the article's)."""
    # words split at hyphens too: "Akufo Addo" is the tail of "Nana Akufo-Addo"
    by_words = {pid: [fold(w) for w in _NAME_WORD_BREAK.split(p.name) if w] for pid, p in people.items() if p.kind == "person"}
    out = _reordered_names(people, by_words)
    out = _tied_to_one_longer(people, by_words, out, _ends_longer, tied_too=True)
    out = _tied_to_one_longer(people, by_words, out, _without_middle_names)
    heads_too = language in (reference().vocabulary.get("two_family_names") or ())
    out = _tied_to_one_longer(people, by_words, out, partial(_first_family_name_of, heads_too=heads_too))
    out = _initials_tied(people, by_words, out)
    out = _bracketed_transcriptions_tied(people, out)
    return _romanisations_tied(people, by_words, out)


def _reordered_names(people: dict[str, Found], by_words: dict[str, list[str]]) -> dict[str, Found]:
    """{id: the person printed first} of the people named again by the same words in another
    order ("SIMLIWA Bibonawè" ... "Bibonawè Simliwa", "Kim Min-su" ... "Min-su Kim"): a family
    name printed first, in capitals, as armies and the UN print it, then in the usual order.
    people: the article's people by id, in the order first printed; by_words: {id: the name's
    folded words} of the people (name_tails)."""
    out: dict[str, Found] = {}
    first_of: dict[tuple[str, ...], str] = {}
    for pid, words in by_words.items():
        if len(words) < 2:
            continue
        key = tuple(sorted(words))
        if key in first_of and by_words[first_of[key]] != words:
            out[pid] = people[first_of[key]]
        else:
            first_of.setdefault(key, pid)
    return out


def _tied_to_one_longer(people: dict[str, Found], by_words: dict[str, list[str]], out: dict[str, Found],
                        fits: Callable[[list[str], list[str]], bool], tied_too: bool = False) -> dict[str, Found]:
    """out ({id: the person in full}) with each name of two words or more not tied already
    (tied_too: also one tied already) tied to the one longer name it fits (fits(its folded
    words, the longer name's)), where exactly one fits. people, by_words: as name_tails reads
    them."""
    out = dict(out)
    for short_id, short in by_words.items():
        if len(short) < 2 or (not tied_too and short_id in out):
            continue
        longer = [pid for pid, words in by_words.items() if fits(short, words)]
        if len(longer) == 1:
            out[short_id] = people[longer[0]]
    return out


def _ends_longer(short: list[str], words: list[str]) -> bool:
    """Whether a name's folded words are the last two or more of a longer name's ("Noor
    Talukbar" of "Abdul Karim Noor Talukbar", "Rodríguez Soto" of "Ana María Rodríguez
    Soto")."""
    return len(words) > len(short) and words[-len(short):] == short


def _without_middle_names(short: list[str], words: list[str]) -> bool:
    """Whether a name's folded words are a longer name's without its middle name(s): the same
    first and last words, the others left out in order ("Raúl Paredes" of "Raúl Ernesto
    Paredes")."""
    return (len(words) > len(short) and words[0] == short[0] and words[-1] == short[-1]
            and _in_order(short[1:-1], words[1:-1]))


def _first_family_name_of(short: list[str], words: list[str], heads_too: bool) -> bool:
    """Whether a name's folded words are a longer name's first word and a family name it goes
    on after ("Tomás Rivera" of "Tomás Andrés Rivera Soto"): Spanish and Portuguese names
    carry two family names and often a middle name, and a text prints the given name with the
    first family name alone. The longer name only going on after the short one ("Diego
    Herrera" of "Diego Herrera Ruiz") fits where heads_too (the languages of vocabulary
    "two_family_names"); elsewhere a name's head may be another person's ("Ullah Rahman" ...
    "Ullah Rahman Khan")."""
    return (len(words) > len(short) and words[0] == short[0] and words[-1] != short[-1]
            and short[-1] in words[1:-1] and _in_order(short[1:], words[1:-1])
            and (heads_too or words[:len(short)] != short))


def _initials_tied(people: dict[str, Found], by_words: dict[str, list[str]], out: dict[str, Found]) -> dict[str, Found]:
    """out ({id: the person in full}) with each name not tied already printed with its given
    names as initials, glued or dotted ("FK Mensah", "F.K. Mensah", "F. K. Mensah" after
    "Francis Kojo Mensah"), tied to the one longer name with the same last word whose given
    names open with those letters, in order (_initials_of). people, by_words: as name_tails
    reads them."""
    out = dict(out)
    for short_id, person in people.items():
        if person.kind != "person" or short_id in out:
            continue
        letters = _initials_of(person.name.split()[:-1])
        if not letters:
            continue
        last = by_words[short_id][-1]
        longer = [pid for pid, words in by_words.items()
                  if pid != short_id and words[-1] == last and len(words) >= 2 and _initials_of(people[pid].name.split()[:-1]) is None
                  and "".join(w[0] for w in words[:-1]) == letters]
        if len(longer) == 1:
            out[short_id] = people[longer[0]]
    return out


def _bracketed_transcriptions_tied(people: dict[str, Found], out: dict[str, Found]) -> dict[str, Found]:
    """out ({id: the person in full}) with each name not tied already that a sentence gives in
    brackets right after another person's printed form, in another romanisation or
    transcription ("Park Sung Min (Pắc Xung Min)"), tied to the person before the brackets
    (the first untied one). people: as name_tails reads them."""
    out = dict(out)
    for short_id, short_person in people.items():
        if short_person.kind != "person" or short_id in out:
            continue
        for full_id, full in people.items():
            if full_id == short_id or full.kind != "person" or full_id in out:
                continue
            if any(f"{a} ({b})" in sentence for a in full.surfaces or [full.name]
                   for b in short_person.surfaces or [short_person.name]
                   for sentence in {short_person.sentence, full.sentence}):
                out[short_id] = full
                break
    return out


def _romanisations_tied(people: dict[str, Found], by_words: dict[str, list[str]], out: dict[str, Found]) -> dict[str, Found]:
    """out ({id: the person in full}) with each name of two words or more not tied already
    whose given names are another romanisation of those of a name printed before it with the
    same family name ("Andrey Ravkov" after "Andrei Ravkov", romanised_key) tied to the one
    printed first. people, by_words: as name_tails reads them."""
    out = dict(out)
    keys: dict[tuple[str, ...], str] = {}
    for pid, words in by_words.items():
        if len(words) < 2 or pid in out:
            continue
        key = (*(romanised_key(w) for w in words[:-1]), words[-1])
        if key in keys:
            out[pid] = people[keys[key]]
        else:
            keys[key] = pid
    return out


def _initials_of(words: list[str]) -> str | None:
    """The letters of a name's given names printed as initials ("FK", "F.K.", "F. K.": "fk";
    a hyphenated given name's "J.-P.": "jp"), folded, or None when a word is more than initials
    (capitals only, at most three letters a word, with or without dots and hyphens)."""
    if not words:
        return None
    letters = ""
    for word in words:
        bare = word.replace(".", "").replace("-", "")
        if not bare or not bare.isalpha() or not bare.isupper() or len(bare) > 3:
            return None
        letters += bare
    return fold(letters)


def _in_order(short: list[str], long: list[str]) -> bool:
    """Whether the words of short stand in long in the same order (others may come between)."""
    rest = iter(long)
    return all(word in rest for word in short)


@lru_cache(maxsize=4096)
def romanised_key(word: str) -> str:
    """One form for the spellings of a folded given name in several romanisations
    ("andrey" and "andrei" -> "andrei"; "aleksandr" -> "alexandr"): the pairs of vocabulary
    "romanisation_variants" rewritten in turn, then double letters made single. Input and
    output: folded words."""
    for printed, common in reference().vocabulary.get("romanisation_variants") or ():
        word = word.replace(printed, common)
    return re.sub(r"(.)\1", r"\1", word)


def with_full_names(found: list[Found], tails: dict[str, Found]) -> list[Found]:
    """A sentence's entities with each short form of name_tails replaced by the person in
    full (its printed surfaces and roles kept), once per sentence."""
    out: list[Found] = []
    seen: set[str] = set()
    for f in found:
        full = tails.get(f.id) if f.kind == "person" else None
        if full is not None:
            f = Found("person", full.id, full.name, f.sentence, list(f.surfaces), role=f.role or full.role,
                      role_after=f.role_after or full.role_after)
        key = f"{f.kind}:{f.id}"
        if f.kind == "person" and key in seen:
            continue
        seen.add(key)
        out.append(f)
    return out


def part_key(word: str, language: str | None) -> str:
    """How a word of a person's name is compared with a word naming them again: folded, but
    in a language whose diacritics carry meaning (Vietnamese) with them (exact_form), since
    there two given names differ by their marks alone ("Phụng" and "Phùng", "Lan" and
    "Lân"); a word printed without any mark there is folded still (an unaccented printing)."""
    word = strip_possessive(word)
    if language in EXACT_LANGUAGES and not word.isascii():
        return exact_form(word)
    return fold(word)


def surname_parts(people: dict[str, Found], language: str | None = None) -> dict[str, Found]:
    """The single words that name a person already named in full in the article, folded ->
    the person (the first named holds a word two share, a last word before a first word): the first or the last word of the
    name; in a language whose press gives two family names (vocabulary "two_family_names":
    Spanish), also the word before the last of a name of three words or more that is no
    given name (vocabulary "given_names") nor particle: the first of two family names
    ("Carlos Ruiz Massieu" ... "Ruiz"). Keys as part_key gives them (with their diacritics
    in Vietnamese). Input: the article's people by id; built once per article for
    resolve_surnames."""
    by_part: dict[str, Found] = {}
    # the last words first: a word that is one name's last word and another's first names
    # the first ("Andrea Tenenti" and a headline's "Tenenti Urges": "Tenenti" is Andrea Tenenti)
    for person in people.values():
        by_part.setdefault(part_key(person.name.split()[-1], language), person)
    for person in people.values():
        by_part.setdefault(part_key(person.name.split()[0], language), person)
    if language in (reference().vocabulary.get("two_family_names") or ()):
        sets = _vocab_sets()
        for person in people.values():
            parts = [fold(w) for w in person.name.split()]
            if len(parts) >= 3 and parts[-2] not in sets["given"] and parts[-2] not in sets["particles"]:
                by_part.setdefault(parts[-2], person)
    return by_part


def first_family_names(people: dict[str, Found], language: str | None = None) -> dict[str, Found]:
    """In a language whose press gives one family name (English, French), the word before the
    last of a person's name of three words or more, when it is no given name (vocabulary
    "given_names"), particle or Vietnamese middle name: folded -> the person. A Spanish or
    Latin American name keeps its two family names in any language's press, and the first
    names the person again after a rank ("General Asarta" after "Alberto Asarta Cuevas");
    resolve_surnames reads it so only right after a title. Empty for Vietnamese (its middle
    syllables are given names) and for the languages of surname_parts' two family names."""
    if language in EXACT_LANGUAGES or language in (reference().vocabulary.get("two_family_names") or ()):
        return {}
    sets = _vocab_sets()
    out: dict[str, Found] = {}
    for person in people.values():
        parts = [fold(w) for w in person.name.split()]
        if (len(parts) >= 3 and parts[-2] not in sets["given"] and parts[-2] not in sets["particles"]
                and parts[-2] not in sets["middle"] and parts[-2] not in sets["family"]):
            out.setdefault(parts[-2], person)
    return out


def resolve_surnames(sentence: str, people: dict[str, Found], language: str | None = None,
                     parts: dict[str, Found] | None = None) -> list[Found]:
    """Single-word mentions of a person already named in full in the same article: a word of
    surname_parts (the first or the last word of the name; the first of two family names in
    a language whose press gives two; elsewhere right after a title, first_family_names).
    A word followed by a head of a named place or thing (vocabulary "named_thing_heads":
    "Hamdan Street") names no person. parts: the article's
    surname_parts(people, language), given when one article's sentences are read in turn;
    built from people when None."""
    if not people:
        return []
    by_part = surname_parts(people, language) if parts is None else parts
    sets = _vocab_sets()
    hits = []
    tokens = tokenize(sentence)
    titled: dict[str, Found] | None = None
    for k, token in enumerate(tokens):
        if token.is_capitalized and not token.is_acronym:
            person = by_part.get(part_key(token.text, language))
            if person is None and k > 0 and tokens[k - 1].folded in sets["titles"] and _gap_is_space(sentence, tokens[k - 1], token):
                if titled is None:
                    titled = first_family_names(people, language)
                person = titled.get(token.folded)
            if person is not None and not (k + 1 < len(tokens) and tokens[k + 1].folded in sets["things"]
                                           and _gap_is_space(sentence, token, tokens[k + 1])):
                hits.append(Found("person", person.id, person.name, sentence, [strip_possessive(token.text)]))
    return hits


# --- One body, one actor within an article --------------------------------------------------

_BODY_KINDS = ("organisation", "initiative")


@lru_cache(maxsize=None)
def _generic_body_ids() -> frozenset[str]:
    return frozenset(row["id"] for row in load_reference("generic_names.yaml")["generic_bodies"])


def _name_forms(name: str) -> tuple[list[str], list[str]]:
    """The folded words of a body's name (possessive dropped), and the same with a country
    printed first left out ("Vietnam Inter-sectoral Working Group" -> inter-sectoral working
    group); the second is the first when no country opens the name."""
    tokens = tokenize(name)
    words = [t.folded for t in tokens]
    hit = _country_at(tokens, 0)
    return words, (words[hit[1]:] if hit is not None and hit[1] < len(tokens) else words)


def _is_part(short: list[str], long: tuple[list[str], list[str]]) -> bool:
    """Whether short (two words or more) is the first or last words of a longer name, whole
    words, with or without the country that opens it."""
    n = len(short)
    return n >= 2 and any(n < len(words) and (words[:n] == short or words[-n:] == short) for words in long)


@lru_cache(maxsize=None)
def _ambiguous_acronyms() -> dict[str, str]:
    """{acronym: body id} of the acronyms organisations.yaml marks "ambiguous_acronyms": shared
    with other bodies, they name the listed body only beside its full name."""
    return {acronym: row["id"] for row in reference().organisations.values()
            for acronym in row.get("ambiguous_acronyms") or ()}


@lru_cache(maxsize=None)
def _armed_group_words() -> re.Pattern | None:
    """vocabulary "armed_group_words" and "armed_group_member_words" ("éléments") of every
    language, as one pattern of whole words on text folded to the same length
    (fold_same_length, lowercased); None when the lists are missing or empty (an empty
    alternation would match anywhere)."""
    vocabulary = reference().vocabulary
    tables = [vocabulary.get("armed_group_words") or {}, vocabulary.get("armed_group_member_words") or {}]
    words = sorted({fold_same_length(w).lower() for table in tables for ws in table.values() for w in ws or () if w},
                   key=len, reverse=True)
    if not words:
        return None
    return re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(w) for w in words)})(?!\w)")


# How many words on each side of an armed group's acronym a word for such a group may stand
# ("the ADF rebels", "les rebelles des ADF", "el grupo rebelde ADF").
ARMED_GROUP_WORD_REACH = 3


def armed_group_beside(sentence: str, found: list[Found], acronym: str, body_id: str) -> bool:
    """Whether a sentence (str) ties an ambiguous acronym (str, as printed) to the armed group
    body_id (an organisations.yaml entry marked "armed_group"): a word for an armed group or its
    members (vocabulary "armed_group_words", "armed_group_member_words": "éléments") stands
    within ARMED_GROUP_WORD_REACH words of the acronym, or the sentence's entities (found:
    Found list) name the group's "home_country" ("Rebelles ougandais, les ADF..."). False for a body not so marked or an acronym the
    sentence does not print."""
    row = reference().organisations.get(body_id) or {}
    if not row.get("armed_group"):
        return False
    home = row.get("home_country")
    hits = list(re.finditer(rf"(?<![\w-]){re.escape(acronym)}(?![\w-])", sentence))
    if not hits:
        return False
    if home and any(f.kind == "country" and f.code == home for f in found):
        return True
    folded = fold_same_length(sentence).lower()
    pattern = _armed_group_words()
    if pattern is None:
        return False
    reach = ARMED_GROUP_WORD_REACH
    for hit in hits:
        before = " ".join(folded[:hit.start()].split()[-reach:])
        after = " ".join(folded[hit.end():].split()[:reach])
        if pattern.search(before) or pattern.search(after):
            return True
    return False


def _ambiguous_kept(sentences: list[tuple[str, list[Found]]]) -> set[str]:
    """The ambiguous acronyms (_ambiguous_acronyms) that name their listed body in this
    article: the article prints one of the body's other forms (its full name), or, for an
    armed group, a sentence ties the acronym to it (armed_group_beside: "ADF rebels"); and
    the article never brackets the acronym after a name that is none of the body's
    ("Reporters sans frontières (RSF)": there the acronym is that other body's)."""
    ambiguous = _ambiguous_acronyms()
    if not ambiguous:
        return set()
    printed = {f.id for _sentence, found in sentences for f in found
               if f.id in ambiguous.values() and any(s not in ambiguous for s in f.surfaces)}
    printed |= {body for acronym, body in ambiguous.items()
                if any(armed_group_beside(sentence, found, acronym, body) for sentence, found in sentences)}
    kept = set()
    for acronym, body in ambiguous.items():
        if body not in printed:
            continue
        defined_otherwise = False
        for sentence, found in sentences:
            for match in re.finditer(rf"\(\s*{re.escape(acronym)}\s*\)", sentence):
                before = sentence[:match.start()].rstrip()
                if not any(f.id == body and any(before.endswith(s) for s in f.surfaces if s not in ambiguous) for f in found):
                    defined_otherwise = True
        if not defined_otherwise:
            kept.add(acronym)
    return kept


# The most words a name spelt out before its acronym may hold per letter of the acronym
# ("Front populaire pour la renaissance de la Centrafrique (FPRC)": 8 words, 4 letters).
SPELT_OUT_WORDS_PER_LETTER = 3


def spelt_out_before(sentence: str, at: int, acronym: str) -> tuple[int, str] | None:
    """The name an acronym spells out, printed right before it in brackets: sentence[:at] ends
    with the name (at: where the opening bracket stands), acronym as printed (capitals). The
    name opens with a capitalised word whose initial is the acronym's first letter and holds,
    in order, words opening with each of its other letters (words split at spaces and
    apostrophes, a hyphenated word's parts each an initial, compared folded), other words
    between them, and may end on
    words past the last letter ("Union for Peace in the Central African Republic (UPC)");
    the shortest such name, of at most SPELT_OUT_WORDS_PER_LETTER words per letter. The
    pattern is that of acronym definitions in running text (Schwartz & Hearst, "A simple
    algorithm for identifying abbreviation definitions in biomedical text", PSB 2003: the
    shortest long form before the brackets whose words hold the acronym's letters in order).
    Returns (start offset of the name, the name), or None."""
    letters = [fold(c) for c in acronym if c.isalpha()]
    if len(letters) < 2:
        return None
    words = list(re.finditer(r"[^\W\d_]+(?:-[^\W\d_]+)*", sentence[:at]))
    if not words or sentence[words[-1].end():at].strip():
        return None  # the bracket must follow the name
    limit = SPELT_OUT_WORDS_PER_LETTER * len(letters)
    for first in range(len(words) - 1, max(-1, len(words) - 1 - limit), -1):
        head = words[first].group()
        if not head[:1].isupper() or fold(head[:1]) != letters[0]:
            continue
        if any(c in sentence[words[first].end():words[-1].end()] for c in ".;:!?()\"\u00ab\u00bb\u201c\u201d"):
            return None  # the name stays within one clause
        initials = []
        for w in words[first + 1:]:
            parts = [p for p in w.group().split("-") if p]
            initials.append([fold(p[:1]) for p in parts])
        k = 1
        for options in initials:
            if k < len(letters) and letters[k] in options:
                k += 1
        if k == len(letters) and len(words) - first >= 2:
            start = words[first].start()
            return start, sentence[start:words[-1].end()]
    return None


def _defined_acronyms(sentences: list[tuple[str, list[Found]]]) -> tuple[list[tuple[str, list[Found]]], dict[str, Found]]:
    """The bodies an article names by spelling out an acronym before it in brackets
    (spelt_out_before: "le Front populaire pour la renaissance de la Centrafrique (FPRC)")
    where the name holds a body's head word (vocabulary "organisation_heads": front, union,
    movement...) and no military formation's word (vocabulary "formation_heads": a regiment is
    a part of an army, tests/corpus/README.md), is no common phrase of the field (is_generic_phrase: "Peacekeeping
    Operations (PKO)", "Operaciones de Mantenimiento de la Paz (OMP)"), is no known body's and
    no body found there already, and the acronym is no
    known name (reference data): each
    becomes a body (kind "organisation", named as printed), found in its sentence in place
    of the shorter bodies found by pattern inside its name. Returns the sentences so changed
    and {acronym: the body}, for the acronym to name the body for the rest of the article."""
    gazetteer = reference().gazetteer
    heads = _vocab_sets()["org_heads"]
    defined: dict[str, Found] = {}
    out = []
    for sentence, found in sentences:
        for match in re.finditer(r"\(\s*([A-Z][A-Z0-9]{1,7})\s*\)", sentence):
            acronym = match.group(1)
            if acronym in defined or gazetteer.whole(acronym) or sum(c.isalpha() for c in acronym) < 2:
                continue
            spelt = spelt_out_before(sentence, match.start(), acronym)
            if spelt is None:
                continue
            start, name = spelt
            end = start + len(name)
            if gazetteer.whole(name):
                continue  # a known body's own name
            if not any(fold(w) in heads for w in re.findall(r"[^\W\d_]+", name)):
                continue  # no body's head word: a thing's name ("Improvised Explosive Device (IED)")
            if any(fold(w) in _vocab_sets()["formations"] for w in re.findall(r"[^\W\d_]+", name)):
                continue  # a military formation ("152e Régiment d'Infanterie (RI)"): a part of an army, no body
            if any(is_generic_phrase([fold(w) for w in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", name)], lang)
                   for lang in PLACE_LANGUAGES):
                continue  # the activity spelt out ("Operaciones de Mantenimiento de la Paz (OMP)"): no body
            if any(f.kind in (*_BODY_KINDS, "mission") and any(
                    (i := sentence.find(s_)) >= 0 and i + len(s_) == end for s_ in f.surfaces) for f in found):
                continue  # a body found there already: its bracketed acronym is read with it (_acronym_after)
            body = _as_printed("organisation", name, sentence)
            inside = lambda f: f.kind in _BODY_KINDS and not f.known and any(
                (i := sentence.find(s, start)) >= start and i + len(s) <= end for s in f.surfaces)
            found = [f for f in found if not inside(f)] + [body]
            defined[acronym] = body
        out.append((sentence, found))
    return out, defined


def _acronym_after(sentence: str, surface: str) -> str | None:
    """The acronym printed in brackets right after a body's name ("Department of Peace
    Operations (DPO)", "Cục Gìn giữ hòa bình Việt Nam (VNDPKO)"), else None."""
    at = sentence.find(surface)
    if at < 0:
        return None
    match = re.match(r"\s*\(\s*([A-Z][A-Za-z0-9&.-]{1,11})\s*\)", sentence[at + len(surface):])
    if match is None:
        return None
    acronym = match.group(1)
    letters = [c for c in acronym if c.isalpha()]
    return acronym if len(letters) >= 2 and sum(c.isupper() for c in letters) >= 2 else None


def _printed_parts(bodies: dict[str, Found], final, heads, connectors) -> list[tuple[str, str]]:
    """(written form, body id) of the shorter names of the article's bodies found by pattern:
    the first or last words of the name as printed (a country that opens it left out), two
    words at least, holding a head word ("Working Group"), not ending on a connector;
    longest first. A form two bodies share is left out."""
    owners: dict[str, set[str]] = {}
    for body in bodies.values():
        if body.known:
            continue
        surface = body.surfaces[0]
        tokens = tokenize(surface)
        hit = _country_at(tokens, 0)
        if hit is not None:
            tokens = tokens[hit[1]:]
        for n in range(2, len(tokens)):
            for piece in (tokens[:n], tokens[-n:]):
                if (piece[0].is_capitalized and piece[-1].folded not in connectors and piece[0].folded not in connectors
                        and any(t.folded in heads for t in piece)
                        and not any(is_generic_phrase([t.folded for t in piece], lang) for lang in PLACE_LANGUAGES)
                        and not reference().gazetteer.whole(surface[piece[0].start:piece[-1].end])):
                    owners.setdefault(surface[piece[0].start:piece[-1].end], set()).add(final(body.id))
    return sorted(((form, ids.pop()) for form, ids in owners.items() if len(ids) == 1), key=lambda p: -len(p[0]))


def _names_country(sentences: list[tuple[str, list[Found]]], code: str) -> bool:
    """Whether a sentence of the article names the country of ISO code `code`."""
    return any(f.kind == "country" and f.code == code for _sentence, found in sentences for f in found)


def _other_country_beside(sentences: list[tuple[str, list[Found]]], is_body: Callable[[Found], bool], home: str) -> bool:
    """Whether a sentence naming the body (an entity is_body holds of: one id, or every bare
    service, _is_untied, in one pass) also names a country other than `home` ("NAIROBI
    (Reuters) - Somali troops killed ten fighters, the defence ministry said": Somalia's
    ministry, or another's, not Kenya's).
    A sentence that names `home` too is no such sentence: the other country is then where the
    home country's people are ("el Ministerio de Defensa informó de que los militares
    españoles desplegados en Líbano están bien", from MADRID: Spain's ministry)."""
    return any(f.kind == "country" and f.code and f.code != home
               for _sentence, found in sentences if any(is_body(b) for b in found)
               and not any(g.kind == "country" and g.code == home for g in found) for f in found)


@lru_cache(maxsize=None)
def _body_styles() -> dict[tuple[str, str], frozenset[str]]:
    """{(generic body id, folded form): ISO codes} of reference/generic_names.yaml generic_bodies'
    "styles": the forms only those countries give their body."""
    styles: dict[tuple[str, str], set[str]] = {}
    for row in load_reference("generic_names.yaml")["generic_bodies"]:
        for code, forms in (row.get("styles") or {}).items():
            for form in forms or ():
                styles.setdefault((row["id"], fold(form)), set()).add(str(code))
    return {key: frozenset(codes) for key, codes in styles.items()}


def _style_country(untied: Found, sentences: list[tuple[str, list[Found]]]) -> str | None:
    """The country (ISO code) whose own style an untied generic body was printed in: the one
    country of a style no other shares ("the Pentagon"), else the one of the style's countries
    the article names ("El Gobierno de México condenó ... La Secretaría de Relaciones
    Exteriores calificó": Mexico's foreign ministry, whatever other country's army the article
    names); None otherwise. untied: the body's
    Found (its plain generic id); sentences: as join_article_names gets them."""
    styles = _body_styles()
    codes = set().union(*(styles.get((untied.id, fold(surface).strip()), frozenset()) for surface in untied.surfaces))
    if not codes:
        return None
    if len(codes) == 1:
        return next(iter(codes))  # a seat's name ("the Pentagon") is its one country's body
    named = {f.code for _sentence, found in sentences for f in found if f.kind == "country" and f.code in codes}
    return next(iter(named)) if len(named) == 1 else None


def _national_bodies_country(bodies: dict[str, Found]) -> str | None:
    """The one country (ISO code) the national bodies of an article belong to, or None: a
    listed body's organisations.yaml "home_country", "armed_forces_of" or "police_of", a body
    found with its country (a code: "Ministry of Foreign Affairs of Ghana", "Peruvian Army").
    None when they belong to no country or to more than one (the Vietnam Department of
    Peacekeeping Operations and the People's Army of Vietnam: Vietnam; with Hezbollah's
    Lebanon beside them: None). A non-state armed group (organisations.yaml "armed_group") is
    no body of its home country's state and counts for none: "the Ministry of Defence" beside
    the ADF, Ugandan rebels fighting in Congo, is not Uganda's. bodies: the article's bodies
    by id."""
    organisations = reference().organisations
    codes = set()
    for body in bodies.values():
        if body.kind != "organisation":
            continue
        row = organisations.get(body.id) if body.known else None
        if row is not None and row.get("armed_group"):
            continue
        if row is not None:
            codes.update(str(row[key]) for key in ("home_country", "armed_forces_of", "police_of") if row.get(key))
        elif body.code:
            codes.add(body.code)
    return next(iter(codes)) if len(codes) == 1 else None


def join_article_names(sentences: list[tuple[str, list[Found]]], home: str | None = None,
                       home_by_language: bool = False) -> list[list[Found]]:
    """One actor for one body within an article. sentences: (sentence, entities found in it,
    as find_in_sentence gives them), in the article's order (title, captions, body); home: the
    ISO code of the country the story is filed from (its dateline's place), or None;
    home_by_language: home is no dateline's but the one country whose national language the
    article is written in (Vietnamese: Vietnam). Returns
    the entity lists, in the same order, where:
    - a body's shorter name, whole words at the start or the end of its longer name in the
      same article, is the longer one ("Inter-sectoral Working Group" after "Vietnam
      Inter-sectoral Working Group for Participation"); a known body (reference data) is never
      the part of another ("United Nations" and "United Nations Security Council" are two);
    - a country's armed forces printed with a demonym two countries share ("the Congolese
      army") are the listed armed forces of the one of them the article names, else of the one
      whose cities it names or whose is the home country, else dropped;
    - a country's whole armed forces printed as a name with no country ("las Fuerzas
      Armadas") are the one country's the article names with theirs, else the home
      country's, else the one troop country's; a branch or a gendarmerie so printed ("la
      Armada") is the one troop country's only; else dropped (_with_untied_forces_tied);
    - a generic body printed without its country (generic_bodies_in) is the one the article
      ties it to, when it ties it to one country only ("the Ministry of Defence" after
      "Vietnam's Ministry of Defence"); with two countries it stays untied; with none, it is
      the home country's, when the story is filed from one ("MADRID (Agency) - el Ministerio
      de Defensa informó": Spain's), as a wire story's untied ministry is its dateline's
      country's (tests/corpus/README.md, a national body "the text ties" to its country);
      filed from none, the one country whose national bodies the article names, when they
      are all one country's (_national_bodies_country: "the Ministry of National Defense"
      beside the Vietnam Department of Peacekeeping Operations); either unless a sentence
      naming it names another country (_other_country_beside), except where home is the
      country of the article's language and the article names it: that press prints another
      country's body with its country ("Bộ Quốc phòng Pháp"), so in a story about its own
      country a bare one is home's, whatever country the sentence sends its people to ("Việt
      Nam đã cử ... Bộ Quốc phòng tổ chức lễ xuất quân ... tại Nam Sudan");
    - an acronym printed in brackets after a body's name ("Vietnam Department of Peacekeeping
      Operations (VDPO)") names that body wherever the article writes it;
    - an acronym several bodies share (organisations.yaml "ambiguous_acronyms": "RSF") names
      its listed body only where the article prints that body's full name and brackets the
      acronym after no other name; else it is dropped, or is the body it is bracketed after;
    - a head word alone after a definite determiner ("the Ministry", "le Ministère", "the
      Group") is the one body of the article whose name holds that word, when there is one.
    The short forms are kept in the surviving entity's surfaces; those that may name another
    body elsewhere (all but acronyms) are listed in its local forms too, so the registry does
    not make them aliases. The rule of names standing for the full name within a text, not
    across texts, follows coreference practice (Jurafsky & Martin, Speech and Language
    Processing, ch. 23: names and acronyms as mentions of one entity)."""
    sentences = _with_forces_tied(sentences, home)
    ambiguous = _ambiguous_acronyms()
    sentences, kept = _without_ambiguous_acronyms(sentences, ambiguous)
    # a name spelt out before its acronym in brackets, the body no reference data lists
    sentences, defined = _defined_acronyms(sentences)
    bodies, into = _generic_bodies_tied(_article_bodies(sentences), sentences, home, home_by_language)
    into = _shorter_names_joined(bodies, into)
    final = partial(_final_id, into)
    acronyms = _bracketed_acronyms(sentences, defined, final, ambiguous, kept)
    everything = [f for _sentence, found in sentences for f in found if f.kind in (*_BODY_KINDS, "mission")]
    parts = _printed_parts(bodies, final, _vocab_sets()["heads"], _vocab_sets()["connectors"])
    return [_joined_in_sentence(sentence, found, bodies, final, parts, acronyms, everything) for sentence, found in sentences]


def _with_forces_tied(sentences: list[tuple[str, list[Found]]], home: str | None) -> list[tuple[str, list[Found]]]:
    """The article's (sentence, entities) with its armed forces tied to a country
    (join_article_names): those printed with a demonym two countries share
    (_with_shared_forces_tied), then those printed as a name with no country
    (_with_untied_forces_tied); the same list where it names neither. home: the ISO code of
    the home country, or None."""
    if any(f.id.startswith((_SHARED_FORCES, _SHARED_POLICE)) for _sentence, found in sentences for f in found):
        sentences = _with_shared_forces_tied(sentences, home)
    if any(_is_untied(f) for _sentence, found in sentences for f in found):
        sentences = _with_untied_forces_tied(sentences, home)
    return sentences


def _without_ambiguous_acronyms(sentences: list[tuple[str, list[Found]]],
                                ambiguous: dict[str, str]) -> tuple[list[tuple[str, list[Found]]], set[str]]:
    """The article's (sentence, entities) without the surfaces that are acronyms several bodies
    share (ambiguous: _ambiguous_acronyms) except those the article ties to their listed body
    (_ambiguous_kept), an entity left with no surface dropped; and the acronyms kept. The same
    list, and no acronym, where it prints none."""
    if not any(s in ambiguous for _sentence, found in sentences for f in found for s in f.surfaces):
        return sentences, set()
    kept = _ambiguous_kept(sentences)
    sentences = [(sentence, [f if not any(s in ambiguous for s in f.surfaces)
                             else replace(f, surfaces=[s for s in f.surfaces if s not in ambiguous or s in kept])
                             for f in found])
                 for sentence, found in sentences]
    return [(sentence, [f for f in found if f.surfaces]) for sentence, found in sentences], kept


def _article_bodies(sentences: list[tuple[str, list[Found]]]) -> dict[str, Found]:
    """{id: the entity of its first mention} of the article's organisations and initiatives,
    in the order of their first mentions."""
    bodies: dict[str, Found] = {}
    for _sentence, found in sentences:
        for f in found:
            if f.kind in _BODY_KINDS:
                bodies.setdefault(f.id, f)
    return bodies


def _generic_bodies_tied(bodies: dict[str, Found], sentences: list[tuple[str, list[Found]]], home: str | None,
                         home_by_language: bool) -> tuple[dict[str, Found], dict[str, str]]:
    """The generic bodies of the article printed without their country (generic_bodies_in)
    tied to the one country the article ties them to, else to their style's country
    (_style_country), else to home or the one country of the article's national bodies
    (_national_bodies_country) where no sentence naming the body names another country
    (_other_country_beside), or home is the country of the article's language and named
    (home_by_language: the rules of join_article_names). bodies: _article_bodies. Returns (the
    bodies with each tied body made where the article names it nowhere with its country, {id
    of an untied body: id of its tied body})."""
    bodies = dict(bodies)
    into: dict[str, str] = {}
    for body_id in _generic_body_ids() & set(bodies):
        tied = [i for i in bodies if i.startswith(f"{body_id}-of-") and bodies[i].code]
        if len(tied) == 1:
            into[body_id] = tied[0]
        elif not tied and ((owner := _style_country(bodies[body_id], sentences))
                           or ((owner := home if home in reference().countries else _national_bodies_country(bodies))
                               and ((home_by_language and owner == home and _names_country(sentences, home))
                                    or not _other_country_beside(sentences, lambda b: b.id == body_id, owner)))):
            untied, country = bodies[body_id], reference().country_entry(owner)
            tied_id = f"{body_id}-of-{slugify(country.name)}"
            bodies[tied_id] = Found(untied.kind, tied_id, f"{untied.name} of {country.name}", untied.sentence,
                                    list(untied.surfaces), code=owner)
            into[body_id] = tied_id
    return bodies, into


def _shorter_names_joined(bodies: dict[str, Found], into: dict[str, str]) -> dict[str, str]:
    """into ({id: id of the body it is}) with each body found by pattern whose name is whole
    words at the start or the end of one other body's longer name (_name_forms, _is_part)
    joined to it ("Inter-sectoral Working Group" to "Vietnam Inter-sectoral Working Group for
    Participation"). Not a known body, one joined already, a generic body or one tied to its
    country, nor a name printed with its own country ("Irish Army")."""
    body_ids = _generic_body_ids()
    into = dict(into)
    forms = {i: _name_forms(f.name) for i, f in bodies.items()}
    for i, f in bodies.items():
        if f.known or i in into or i in body_ids or any(i.startswith(f"{b}-of-") for b in body_ids):
            continue
        if forms[i][1] != forms[i][0]:
            continue  # printed with its own country ("Irish Army"): no short form of another
        longer = [j for j in bodies if j != i and _is_part(forms[i][0], forms[j])]
        if len(longer) == 1:
            into[i] = longer[0]
    return into


def _final_id(into: dict[str, str], i: str) -> str:
    """The id an entity's id ends at following into ({id: id of the body it is}) link by link,
    i itself where into holds no link from it; a cycle stops at its first repeated id."""
    seen = set()
    while i in into and i not in seen:
        seen.add(i)
        i = into[i]
    return i


def _bracketed_acronyms(sentences: list[tuple[str, list[Found]]], defined: dict[str, Found], final: Callable[[str], str],
                        ambiguous: dict[str, str], kept: set[str]) -> dict[str, str]:
    """{acronym: body id} of the acronyms that name a body of the article: those spelt out
    (defined: _defined_acronyms), then those printed in brackets after the name of a body found
    by pattern (_acronym_after: "Vietnam Department of Peacekeeping Operations (VDPO)") that
    the reference data does not know, or knows as an acronym several bodies share (ambiguous)
    that the article does not tie to its listed body (kept); a known body's acronyms are
    known, a new one after its name is another body's. final: a body id to the id it is
    (_final_id); the first body an acronym follows keeps it."""
    acronyms: dict[str, str] = {acronym: body.id for acronym, body in defined.items()}
    gazetteer = reference().gazetteer
    for sentence, found in sentences:
        for f in found:
            if f.kind in _BODY_KINDS and not f.known and (acronym := _acronym_after(sentence, f.surfaces[0])):
                if not gazetteer.whole(acronym) or (acronym in ambiguous and acronym not in kept):
                    acronyms.setdefault(acronym, final(f.id))
    return acronyms


def _joined_in_sentence(sentence: str, found: list[Found], bodies: dict[str, Found], final: Callable[[str], str],
                        parts: list[tuple[str, str]], acronyms: dict[str, str], everything: list[Found]) -> list[Found]:
    """One sentence's entities as join_article_names gives them: each body as the body it is
    (final: a body id to the id it is, _final_id; its surfaces kept as local forms); then the
    shorter names of the article's bodies printed in it whole and found by no entity (parts:
    _printed_parts); then, word by word, the acronyms naming a body of the article (acronyms:
    _bracketed_acronyms) and a body's head word alone after a definite determiner
    (_lone_head_body: "the Ministry"). bodies: {id: entity} of the article's bodies, the
    tied ones included; everything: the article's bodies and missions, every mention."""
    result: list[Found] = []
    for f in found:
        target = final(f.id) if f.kind in _BODY_KINDS else f.id
        if target != f.id:
            head = bodies[target]
            f = _as_body(head, sentence, f.surfaces, f.surfaces)
        result.append(f)
    taken = {s for f in result for s in f.surfaces}
    for part, target in parts:
        if not any(part in s for s in taken) and has_whole_word(sentence, part, "-"):
            head = bodies[target]
            result.append(_as_body(head, sentence, [part], [part]))
            taken.add(part)
    tokens = tokenize(sentence)
    for k, token in enumerate(tokens):
        target = None
        if token.text in acronyms and token.text not in taken:
            target, local = acronyms[token.text], []
        elif (target := _lone_head_body(tokens, k, taken, everything, bodies, final)) is not None:
            local = [token.text]
        if target is not None:
            head = bodies[target]
            result.append(_as_body(head, sentence, [token.text], local))
            taken.add(token.text)
    return result


def _lone_head_body(tokens: list[Token], k: int, taken: set[str], everything: list[Found], bodies: dict[str, Found],
                    final: Callable[[str], str]) -> str | None:
    """The id of the body a head word alone names (vocabularies "organisation_heads",
    "initiative_heads"), capitalised right after a definite determiner (vocabulary
    "definite_determiners": "the Ministry", "le Ministère", "the Group") and followed by no
    capitalised word or connector, where one body of the article holds that word in its name
    or a surface (everything: the article's bodies and missions, every mention; "the Mission"
    of a mission is no body's); None elsewhere, and where the word is inside a surface found
    in the sentence already (taken). final: a body id to the id it is (_final_id)."""
    sets = _vocab_sets()
    token = tokens[k]
    if not (k > 0 and token.is_capitalized and token.folded in sets["heads"]
            and tokens[k - 1].folded in reference().words("definite_determiners")
            and not (k + 1 < len(tokens) and (tokens[k + 1].is_capitalized or tokens[k + 1].folded in sets["connectors"]))
            and not any(token.text in s for s in taken)):
        return None
    holders = {final(f.id) if f.kind in _BODY_KINDS else f"{f.kind}:{f.id}" for f in everything
               if any(token.folded in [t.folded for t in tokenize(s)] for s in [f.name, *f.surfaces])}
    if len(holders) == 1 and (only := holders.pop()) in bodies:
        return only
    return None
