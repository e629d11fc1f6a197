"""Who said what: direct and reported speech in an article's sentences, each with its speaker.

A pure function over the sentences extract() has already read (each with the entities found
in it), in the order of the text. The attribution rules are those of news writing in English,
French, Spanish and Vietnamese: a speech verb with its subject before it ("X said", "X a
déclaré", "X cho biết") or inverted after a quotation ("..., said X", "», a-t-il ajouté",
"..., dijo X"), or a source marker before its speaker ("according to X", "selon X", "según X",
"theo ông X"). The words are in reference/quotes.yaml.

Who a speaker is when the text does not name them at the verb: a pronoun ("he said", "a-t-il
dit", "según él", a Spanish verb without subject) is the last person named as speaking; a
title ("the minister", "le chef de l'ONU") the person introduced with it or with the body it
heads; "the statement" the speaker who gave one; a quotation without a verb of its own goes
on with the quote before it. A verb inverted after a comma ("..., said X") names the speaker
of the whole sentence; verbs of stance ("condemned the attack"), negated or passive verbs
make no speech. These follow the attribution conventions of the AP Stylebook and of the
agencies' house styles (AFP, EFE, VNA) for reported speech, and the centering heuristic of
anaphora resolution (the most salient antecedent is the last subject that spoke).
"""
from __future__ import annotations

import dataclasses

import re
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from typing import Iterable, Mapping, NamedTuple, Sequence

from .dates import find_dates, future_tense, relative_spans
from .entities import _POLICE, _WHOLE_FORCES, Found, _capital_ids, _listed_armed_forces, _listed_police, english_demonym, is_common_word
from .reference import load_reference, reference
from .text import DOUBLE_QUOTATION_PAIRS, QUOTATION_PAIRS, alternation, fold, fold_same_length, has_whole_word, longest_apart, one_edit_apart, longest_first, ordered_alternation, whole_word_starts

# Kinds of entity that can speak: a person, a body, a country's government, a mission.
SPEAKER_KINDS = ("person", "organisation", "initiative", "country", "mission")
# How far (in characters) a speaker may stand from its verb: before it (its subject, with
# an apposition between) and after it (inverted: "said the force's spokesperson, X").
BEFORE_WINDOW = 150
AFTER_WINDOW = 60
# Fewest words inside quotation marks that make a quotation (not a quoted term, "so-called").
MIN_QUOTED_WORDS = 3
# Fewest words of a judgement quoted after a characterising verb's object ("a qualifié les
# soldats de « grands ambassadeurs »"): one word quoted there is a term ("described the camp
# as “quiet”"), two are the speaker's phrase (_quoted_judgement_lowercase).
MIN_JUDGEMENT_WORDS = 2
# A quotation left open at a sentence's end goes on in the next sentences, at most so many.
MAX_JOINED = 6

# The double quotation marks that open and close a quotation (text.DOUBLE_QUOTATION_PAIRS):
# “ closes a „ but is read as opening, as English prints it; the straight mark, both at once,
# is read apart, and single marks only where a sentence has no double one (_SINGLE_QUOTED).
OPENERS = "".join(DOUBLE_QUOTATION_PAIRS)
CLOSERS = "".join(close for close in DOUBLE_QUOTATION_PAIRS.values() if close not in DOUBLE_QUOTATION_PAIRS)
_QUOTE_MARK = re.compile("[" + re.escape(OPENERS + CLOSERS) + '"]')
# What breaks a phrase between two words read as one (a title and its body, a noun and its
# complement): a clause's comma, semicolon or colon, a bracket, or a double quotation mark
# (straight, curly or angle).
_PHRASE_BREAK = re.compile(r"[,;:()\"\u201c\u201d\u00ab\u00bb]")
# Single quotation marks, straight or curly ('...', ‘...’), as some outlets print every
# quotation (Spanish and British copy): an opening mark where a word starts after a space or a
# bracket, a closing one where a word ends before a space or punctuation; a mark between two
# letters is an apostrophe ("l'ONU", "Lebanon's"), never a quotation mark.
_SINGLE_QUOTED = re.compile("(?:(?<=^)|(?<=[\\s(\\[—–-]))['‘](?=[^\\W\\d_])(?:[^'‘’\\n]|(?<=[^\\W_])['’](?=[^\\W_]))*?(?<=[^\\s'‘])['’](?![^\\W_])")


@dataclass(frozen=True)
class Quote:
    """One quotation of an article.

    speaker: the display name of the speaker as the article's entities give it (a person's
    full name, a body's or mission's name), "" when the text does not name one.
    speaker_id: the speaker's id in the registries, filled by normalize; None here.
    kind: "direct" (words in quotation marks) or "reported" (said that, a déclaré que,
    según, theo...). sentence: the sentence, or the sentences of a quotation split across
    them, as printed (joined by one space)."""

    speaker: str
    speaker_id: str | None
    kind: str
    sentence: str


class _Mention(NamedTuple):
    start: int
    end: int
    kind: str  # "entity" | "pronoun" | "body_pronoun" | "document" | "body" | "title" | "unnamed" | "dropped" (a verb with no subject, in a language that drops it)
    found: Found | None  # the entity named, or the body or person the words stand for


class _Cue(NamedTuple):
    start: int
    end: int
    marker: bool  # a source marker ("according to"): its speaker follows it
    stance: bool = False  # a verb of stance ("condemned"): speech only with what was said
    participle: bool = False  # a participle of saying after a comma ("..., saying"): the clause's subject speaks


@dataclass
class _Unit:
    text: str
    found: list[Found]
    opens_paragraph: bool = False  # whether its first sentence opens a paragraph (known only with paragraph_starts)


@lru_cache(maxsize=None)
def _vocabulary() -> dict:
    return load_reference("quotes.yaml")


def quote_words() -> dict:
    """The word lists of reference/quotes.yaml, parsed once ({section: {language: [words]}})."""
    return _vocabulary()


@lru_cache(maxsize=None)
def _generic_bodies() -> dict[str, dict[str, list[str]]]:
    """The bodies every country has, as the extractor of actors knows them
    (reference/generic_names.yaml generic_bodies): English name -> {language: forms}."""
    return {str(row["name"]): dict(row.get("forms") or {}) for row in load_reference("generic_names.yaml")["generic_bodies"]}


_alternation = alternation


@lru_cache(maxsize=None)
def _patterns(language: str) -> dict[str, re.Pattern | None]:
    """Compiled patterns of one language's lists (on the form _comparable() gives)."""
    vocab = _vocabulary()
    patterns: dict[str, re.Pattern | None] = {}
    for section in ("speech_verbs", "stance_verbs", "passive_auxiliaries", "negations", "source_markers", "complementisers", "pronouns", "body_pronouns", "documents", "unnamed_speakers", "addressee_words", "rule_texts", "object_prepositions"):
        forms = list(_compared_forms(section, language))
        if section == "speech_verbs":
            forms += _litotes_forms(language)
        if section in ("speech_verbs", "stance_verbs"):
            if not forms:
                patterns[section] = None
                continue
            # the told verbs split by their hearer, then the narrative infinitives, go before the
            # listed forms; the whole compiled once (a large pattern costs its compile each time)
            source = _verb_source(forms, language)
            split = _split_verb_pattern(language) if section == "speech_verbs" else None
            if split is not None:
                source = f"{split.pattern}|{source}"
            narrative = _narrative_infinitive_pattern(language) if section == "speech_verbs" else None
            if narrative is not None:
                source = f"{narrative.pattern}|{source}"
            patterns[section] = re.compile(source)
            continue
        patterns[section] = re.compile(rf"(?<!\w)(?:{_alternation(forms)})(?!\w)") if forms else None
    articles = _articles(language)
    titles = _titles_as_compared(language)
    possessives = list(_compared_forms("possessive_determiners", language))
    patterns["owned_titles"] = re.compile(
        rf"(?<!\w)(?:{_alternation(possessives)})\s+(?:[\w.'-]+\s+){{0,1}}?(?P<title>{_alternation(titles)})(?!\w)"
    ) if possessives and titles else None
    if articles and titles:
        # the last title of a run is the one held ("le haut responsable", "the senior
        # official"): a title right before another only qualifies it
        patterns["titles"] = re.compile(rf"(?<!\w)(?:{_alternation(articles)})\s*(?:[\w.'-]+\s+){{0,2}}?(?P<title>{_alternation(titles)})(?!\w)"
                                        rf"(?!\s+(?:{_alternation(titles)})(?!\w))")
        # the first title of the run, where the last one is a named person's ("le porte-parole
        # colonel X": the colonel's rank is part of X's mention, the spokesperson is X)
        patterns["first_titles"] = re.compile(rf"(?<!\w)(?:{_alternation(articles)})\s*(?:[\w.'-]+\s+){{0,2}}?(?P<title>{_alternation(titles)})(?!\w)")
    elif titles:
        # A language without articles (vi: "definite_articles" empty) makes a bare title definite
        # where it is the subject: opening the sentence, or right after the comma of an opening
        # phrase ("Đại sứ nhấn mạnh...", "Phát biểu tại lễ, Thượng tá cho biết..."). A name
        # right after it is the name of its holder, not this mention (see _mentions).
        patterns["titles"] = re.compile(rf"(?:^|(?<=,\s))(?P<title>{_alternation(titles)})(?!\w)")
    documents = list(_compared_forms("documents", language))
    given = list(_compared_forms("document_given", language))
    patterns["document_given"] = re.compile(rf"(?<!\w)(?:{_alternation(given)})\s+(?:[\w'-]+\s+)?(?:{_alternation(documents)})(?!\w)") if given and documents else None
    generic = [_comparable(str(f), language) for forms in _generic_bodies().values() for f in forms.get(language, [])]
    patterns["generic_bodies"] = re.compile(rf"(?<![\w-])(?:{_alternation(generic)})(?![\w-])") if generic else None
    demonstratives = list(_compared_forms("demonstratives", language))
    nouns = [*titles, *_compared_forms("person_nouns", language)]
    # between the demonstrative and the noun, at most one word of description, no grammar
    # word ("ce que le général dit" is no description)
    grammar = sorted({*articles, *(_comparable(str(w), language) for section in ("complementisers", "joining_words")
                                   for w in (vocab.get(section) or {}).get(language, []))})
    between = rf"(?:(?!(?:{_alternation(grammar)})(?!\w))[\w'-]+\s+)?" if grammar else r"(?:[\w'-]+\s+)?"
    # where adjectives follow the noun, only one that goes before it ("este comunicado oficial"
    # is a statement)
    before_noun = list(_compared_forms("descriptions_before_noun", language))
    if before_noun:
        between = rf"(?:(?:{_alternation(before_noun)})\s+)?"
    patterns["described_people"] = re.compile(
        rf"(?<!\w)(?:{_alternation(demonstratives)})\s+{between}(?:{_alternation(nouns)})(?!\w)"
    ) if demonstratives and nouns else None
    texts = list(_compared_forms("document_texts", language))
    patterns["document_texts"] = re.compile(_alternation(texts)) if texts else None
    listed = list(_compared_forms("named_documents", language))
    patterns["named_documents"] = re.compile(rf"(?<!\w)(?:{_alternation(listed)})(?!\w)") if listed else None
    patterns["of_named_document"] = re.compile(
        rf"{_link_patterns()['of_body'].pattern}(?:{_alternation(listed)})(?!\w)") if listed else None
    participles = list(_compared_list(language, "document_issued_by", language, "participles"))
    by = list(_compared_list(language, "document_issued_by", language, "by"))
    article_run = rf"(?:(?:{_alternation(articles)})\s+|l')?" if articles else ""
    # one word, or a day ("issued on Monday by", "difundido el lunes por"), may stand between
    time = _time_pattern(language)
    between = rf"(?:\s+[\w'-]+|(?:{time.pattern}))?\s+" if time is not None else r"(?:\s+[\w'-]+)?\s+"
    patterns["issued_by"] = re.compile(
        rf"\s*,?\s*(?:{_alternation(participles)}){between}(?:{_alternation(by)})\s+{article_run}"
    ) if participles and by else None
    bodies = [_comparable(str(k), language) for k in vocab.get("body_references") or {}]
    patterns["bodies"] = re.compile(rf"(?<![\w-])(?:{_alternation(bodies)})(?![\w-])") if bodies else None
    # a common noun any organisation may be called by, after a definite article, as the
    # subject of a speech verb ("the agency said", "l'agence a indiqué", "la agencia dijo")
    anys = sorted({_comparable(str(w), language) for w in vocab.get("any_body_references") or []} - set(bodies))
    patterns["any_bodies"] = re.compile(
        rf"(?<!\w)(?:{_alternation(articles)})\s*(?P<word>{_alternation(anys)})(?![\w-])") if anys and articles else None
    return patterns


# An aside between the auxiliary and the participle of a compound speech verb holds at most
# this many words, none of them punctuation (quotes._verb_source).
_COMPOUND_ASIDE_WORDS = 8
_ASIDE_STOPS = '.,;:!?"()\u00ab\u00bb\u201c\u201d'


def _verb_source(forms: list[str], language: str) -> str:
    """The pattern source (str, not compiled) of a list of verb forms (compared forms), a compound form ("a déclaré", "ha
    señalado") matching with up to two adverbs between its auxiliary and its participle
    (quotes.yaml "inserted_adverbs": "a par ailleurs déclaré", "ha también señalado"), those
    adverbs set off by commas ("a, en outre, précisé"), or an aside of at most
    _COMPOUND_ASIDE_WORDS words between two commas ("avait, lors d'une réunion, demandé"): a
    writer's incise inside the verb, which does not end its clause. A
    compound form listed in the perfect matches in the pluperfect as well (quotes.yaml
    "pluperfect_auxiliaries": "a fait savoir" finds "avait fait savoir")."""
    adverbs = list(_compared_forms("inserted_adverbs", language))
    auxiliaries = set(_compared_forms("compound_auxiliaries", language))
    pluperfect = {_comparable(k, language): _comparable(v, language) for k, v in _pluperfect_auxiliaries(language).items()}
    plural = {_comparable(k, language): _comparable(v, language) for k, v in _plural_auxiliaries(language).items()}
    forms = _add_auxiliary_variants(_add_auxiliary_variants(forms, pluperfect), plural)
    if not adverbs or not auxiliaries:
        return rf"(?<!\w)(?:{_alternation(forms)})(?!\w)"
    # the adverbs run in ("a par ailleurs déclaré") or set off by commas ("a, en outre,
    # précisé"); or an aside of a few words between two commas ("avait, lors d'une réunion à
    # Mopti, demandé", "ha, en un comunicado, señalado")
    aside = rf",\s+(?:[^\s{_ASIDE_STOPS}]+\s+){{0,{_COMPOUND_ASIDE_WORDS - 1}}}[^\s{_ASIDE_STOPS}]+\s*,"
    inserted = rf"(?:(?:\s*,)?\s+(?:{_alternation(adverbs)})(?=[\s,])){{0,2}},?|{aside}"
    # The compound forms of one auxiliary share one copy of what may stand after it: "a" then
    # the insertion, then any of its participles ("déclaré", "fait savoir"), longest first, at
    # the place of its longest form. Tried there, they take what the forms one by one took:
    # another alternative that fits where an auxiliary's form does begins with that auxiliary,
    # so is either another form of it or the bare auxiliary, shorter than each of its forms.
    ordered = sorted(set(forms), key=len, reverse=True)
    rests: dict[str, list[str]] = {}
    for form in ordered:
        first, _, rest = form.partition(" ")
        if rest and first in auxiliaries:
            rests.setdefault(first, []).append(rest)
    alternatives = []  # tried longest first; ordered_alternation writes the literal ones as trees
    for form in ordered:
        first, _, rest = form.partition(" ")
        if not (rest and first in auxiliaries):
            alternatives.append((True, form))
        elif rest == rests[first][0]:  # the auxiliary's longest form
            participles = ordered_alternation([(True, r) for r in rests[first]])
            alternatives.append((False, rf"{re.escape(first)}(?:{inserted})\s+(?:{participles})"))
    return rf"(?<!\w)(?:{ordered_alternation(alternatives)})(?!\w)"


def _litotes_forms(language: str) -> list[str]:
    """The speech verbs a negated verb of failing makes (quotes.yaml "litotes"), as compared:
    each opener joined to each infinitive, without a space after an apostrophe ("n'a pas
    manque d'exprimer", "no dejo de senalar", "did not fail to point out"); [] where the
    language lists none."""
    openers = _compared_list(language, "litotes", language, "openers")
    infinitives = _compared_list(language, "litotes", language, "infinitives")
    return [f"{o}{i}" if o.endswith("'") else f"{o} {i}" for o in openers for i in infinitives]


@lru_cache(maxsize=None)
def _pluperfect_auxiliaries(language: str) -> dict[str, str]:
    """The perfect's auxiliaries of a language mapped to their pluperfect, as printed, lowercase
    (quotes.yaml "pluperfect_auxiliaries": Spanish {"ha": "había"}); {} where none is listed."""
    table = ((_vocabulary().get("pluperfect_auxiliaries") or {}).get(language)) or {}
    return {str(k).lower(): str(v).lower() for k, v in table.items()}


@lru_cache(maxsize=None)
def _plural_auxiliaries(language: str) -> dict[str, str]:
    """The singular auxiliaries of the perfect and pluperfect of a language mapped to their
    plural, as printed, lowercase (quotes.yaml "plural_auxiliaries": French {"a": "ont"}); {}
    where none is listed."""
    table = ((_vocabulary().get("plural_auxiliaries") or {}).get(language)) or {}
    return {str(k).lower(): str(v).lower() for k, v in table.items()}


def _with_pluperfect(forms: Iterable[str], language: str) -> list[str]:
    """Compound verb forms (printed, lowercase) with their pluperfect added, then the plural of
    each compound form: "ha dado a conocer" gives "había dado a conocer", "han dado a conocer"
    and "habían dado a conocer" as well (quotes.yaml "pluperfect_auxiliaries",
    "plural_auxiliaries")."""
    return _add_auxiliary_variants(_add_auxiliary_variants(forms, _pluperfect_auxiliaries(language)), _plural_auxiliaries(language))


def _add_auxiliary_variants(forms: Iterable[str], auxiliaries: dict[str, str]) -> list[str]:
    """forms (list of str) followed by each compound one with its first word, an auxiliary of
    `auxiliaries` ({auxiliary: the one standing for it}, in the forms' spelling), replaced: the
    pluperfect with quotes.yaml "pluperfect_auxiliaries" ("ha dado a conocer" gives "había dado
    a conocer"), the plural with "plural_auxiliaries" ("a estimé" gives "ont estimé")."""
    forms = list(forms)
    return forms + [f"{auxiliaries[first]} {rest}" for first, _, rest in (form.partition(" ") for form in forms)
                    if rest and first in auxiliaries]


@lru_cache(maxsize=None)
def _split_verb_pattern(language: str) -> re.Pattern | None:
    """The speech verbs of a language split by the one told (quotes.yaml "split_speech_verbs":
    Vietnamese "cho AFP hay rằng", "cho phóng viên biết rằng"), as compared: an opening word, one
    to "most_words" words without punctuation, a closing word, then a complementiser or a colon
    (looked at, not taken). None when the language lists none. Compiled once per language."""
    entry = (_vocabulary().get("split_speech_verbs") or {}).get(language) or {}
    opens = _compared_list(language, "split_speech_verbs", language, "opens")
    closes = _compared_list(language, "split_speech_verbs", language, "closes")
    clauses = list(_compared_forms("complementisers", language))
    if not opens or not closes:
        return None
    most = int(entry.get("most_words") or 1)
    follows = rf"\s+(?:{_alternation(clauses)})(?!\w)|\s*:" if clauses else r"\s*:"
    return re.compile(rf"(?<!\w)(?:{_alternation(opens)})\s+(?:[^\s,.;:!?\"()\u201c\u201d\u00ab\u00bb]+\s+){{1,{most}}}?"
                      rf"(?:{_alternation(closes)})(?={follows})")


def _narrative_infinitive_pattern(language: str) -> re.Pattern | None:
    """The narrative infinitives of saying of a language, as compared (quotes.yaml
    "narrative_infinitives": French "Et X d'ajouter : « ... »"), each only right before a colon
    or an opening quotation mark (looked at, not taken). None when the language lists none.
    Rule source: the French narrative infinitive ("infinitif de narration", "et" + subject +
    "de" + infinitive) tells an action of its subject, here a saying."""
    forms = _compared_forms("narrative_infinitives", language)
    if not forms:
        return None
    return re.compile(rf"(?<![\w'])(?:{_alternation(forms)})(?=\s*[:<\"])")


# The most words the subject of a narrative infinitive may hold between its opener and the
# infinitive ("Et le chef de la mission, Paul Renard, d'ajouter").
NARRATIVE_SUBJECT_MOST_WORDS = 12


@lru_cache(maxsize=None)
def _narrative_forms(language: str) -> frozenset[str]:
    """The narrative infinitives of a language as compared (quotes.yaml "narrative_infinitives")."""
    return frozenset(_compared_forms("narrative_infinitives", language))


def _narrative_opened(comparable: str, start: int, language: str) -> bool:
    """Whether the narrative infinitive matched at `start` (compared text) has its opener
    ("et": quotes.yaml "narrative_infinitive_openers") opening its clause, at the text's start
    or after a stop, a comma, a bracket or a quotation mark, then a subject of one to
    NARRATIVE_SUBJECT_MOST_WORDS words with no stop between: "Et le maire d'ajouter : « ... »".
    Without it the infinitive hangs on a verb or noun before it and reports nothing: "la
    mission est chargée d'assurer « la protection des civils »", "vient de lancer « un appel »".
    Rule source: the French narrative infinitive is "et" + subject + "de" + infinitive."""
    openers = _compared_forms("narrative_infinitive_openers", language)
    if not openers:
        return False
    window = comparable[max(0, start - 240):start]
    for found in re.finditer(rf"(?<![\w'])(?:{_alternation(openers)})\s+(?=[^.;:!?\"<>]*$)", window):
        before = window[:found.start()].rstrip()
        opens = before[-1] in ".;:!?\"<>,(\n" if before else start <= 240
        if opens and 1 <= len(window[found.end():].split()) <= NARRATIVE_SUBJECT_MOST_WORDS:
            return True
    return False


def _verb_words_overlap(match: re.Match, mentions: list[_Mention], language: str) -> bool:
    """Whether a speech verb's match lies in a name ("the United States"): of a verb split by
    the one told ("cho AFP hay"), only its first and last words count, the hearer between
    them being a name."""
    start, end = match.start(), match.end()
    split = _split_verb_pattern(language)
    whole = split.match(match.string, start) if split is not None else None
    if whole is not None and whole.end() == end:
        words = match.group().split()
        spans = [(start, start + len(words[0])), (end - len(words[-1]), end)]
    else:
        spans = [(start, end)]
    return any(m.kind == "entity" and m.start < b and a < m.end for m in mentions for a, b in spans)


@lru_cache(maxsize=None)
def _articles(language: str) -> tuple[str, ...]:
    """The definite articles of a language, as compared (quotes.yaml "definite_articles")."""
    return tuple(_compared_forms("definite_articles", language))


# Four sets of words before a noun are read in this module and in events, each for its own
# test; they overlap but are not one list (merging any two would change the words a test takes):
# - _determiners: the singular definite articles (quotes.yaml "definite_articles": "the",
#   "le", "la", "l'", "el", "la", the list by which a title stands for the one person of that
#   role named before: no "les", "los") and the indefinite determiners: where a noun phrase
#   or a subject in common words opens (_phrase_start, _determiner_after,
#   _unnamed_subject_before).
# - _determiners_and_demonstratives: those and the demonstratives ("this", "cette"): a word
#   after one is a noun, no name (_noun_after_determiner, _object_pronoun_before).
# - _noun_determiners: the vocabulary's definite and indefinite determiners, plurals and
#   demonstratives included ("les", "ces", "estos"), and the possessives ("son", "su"): one
#   right after a characterising verb's link "de" makes the link the object's own preposition
#   ("les victimes de la tragédie", _characterising_patterns).
# - events' "noun_determiners" (vocabulary): the words after which an event word is a noun,
#   never a conjugated verb, French and Spanish definite articles left out, most being object
#   pronouns too ("il les attaque", "la atacaron"; "les" only before a plural,
#   "noun_determiners_before_plural") (events._noun_determiners, events._clause_gap).
@lru_cache(maxsize=None)
def _determiners(language: str) -> frozenset[str]:
    """The determiners of a language, as compared: its definite articles (_articles) and its
    indefinite determiners (vocabulary "indefinite_determiners")."""
    indefinite = {_comparable(str(w), language) for w in reference().words("indefinite_determiners", (language,))}
    return frozenset(_articles(language)) | indefinite


@lru_cache(maxsize=None)
def _indefinite_determiners(language: str) -> frozenset[str]:
    """The indefinite determiners of a language (vocabulary "indefinite_determiners") that are
    no definite article of it, as compared: "a", "another", "un", "une autre", "otro"."""
    return _determiners(language) - set(_articles(language))


@lru_cache(maxsize=None)
def _dropped_subject_adverbs(language: str) -> frozenset[str]:
    """The adverbs an inverted speech verb may have after it with no subject written, as
    compared (quotes.yaml "dropped_subject_adverbs")."""
    return frozenset(_compared_forms("dropped_subject_adverbs", language))


def _titles(language: str) -> list[str]:
    """Titles of office (vocabulary.yaml "titles") of one language, and the words of a role
    no title list holds (quotes.yaml "speaker_roles": "l'officier"), for "the minister said"."""
    table = reference().vocabulary["titles"]
    titles = [str(t) for t in table.get(language, [])] if isinstance(table, dict) else []
    return titles + [str(r) for r in (_vocabulary().get("speaker_roles") or {}).get(language, [])]


def _language_listed(section: str, language: str) -> bool:
    """Whether quotes.yaml lists the language (ISO 639-1) in a section naming the languages
    with a trait of grammar or print ("drops_subject", "inverts_after_report",
    "capitalises_body_names")."""
    return language in (_vocabulary().get(section) or [])


@lru_cache(maxsize=None)
def _titles_as_compared(language: str) -> tuple[str, ...]:
    """The titles of office of a language (_titles) in the form they are compared in
    (_comparable), read once."""
    return tuple(_comparable(t, language) for t in _titles(language))


@lru_cache(maxsize=16384)
def _comparable(text: str, language: str) -> str:
    """The form words are compared in, of the same length as the text: folded (lowercase,
    ASCII), or for Vietnamese lowercased with its diacritics (folded, its syllables collide);
    a hyphened word of quotes.yaml "spaced_compounds" printed with a space is given hyphened
    ("porte parole" -> "porte-parole", _spaced_compounds). Cached: an article's sentences and the reference's words are compared many times over."""
    if language == "vi":
        return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    folded = fold_same_length(text)
    spaced = _spaced_compounds(language)
    return folded if spaced is None else spaced.sub(lambda m: m.group(0).replace(" ", "-"), folded)


@lru_cache(maxsize=None)
def _spaced_compounds(language: str) -> re.Pattern | None:
    """The pattern, on folded text, of the hyphened words of quotes.yaml "spaced_compounds"
    printed with a space in place of the hyphen ("le porte parole de la Monusco"), so that
    _comparable gives them hyphened, as the word lists write them (one space for one hyphen:
    the length holds). None for a language without such words."""
    forms = [fold_same_length(str(f)) for f in (_vocabulary().get("spaced_compounds") or {}).get(language) or []]
    spaced = [re.escape(f).replace(r"\-", " ") for f in forms if "-" in f]
    return re.compile(r"\b(?:" + "|".join(sorted(spaced, key=len, reverse=True)) + r")\b") if spaced else None


def _quoted_spans(text: str) -> tuple[list[tuple[int, int]], bool]:
    """Spans inside quotation marks (curly, guillemets, straight), and whether one is left
    open at the end of the text. A quotation inside a quotation with the same marks ("«
    Nous avons dit « partez », et il a dit non », a déclaré X") is part of the outer one:
    its closing mark does not close the outer quotation. Where inner openings are left
    unclosed at the end, the marks are read as pairs in order (_flat_quoted_spans)."""
    spans: list[tuple[int, int]] = []
    opened: list[int] = []  # positions of the curly or angle marks open, outermost first
    straight: int | None = None
    for mark in _QUOTE_MARK.finditer(text):
        i, char = mark.start(), mark.group()
        if char in OPENERS and straight is None and opened and (_stray_closer(text, i) or _punctuated_after(text, i)):
            # an opening mark printed where a closing one belongs ("...disciplinés« , déclarait",
            # "...sur les réseaux “, a dit"): it closes the quotation open
            start = opened.pop()
            if not opened:
                spans.append((start, i + 1))
        elif char in OPENERS and straight is None and len(opened) == 1 and _reopens(text, i):
            # "“... every week. “We have more...”, said X": a quotation running over
            # paragraphs, reopened at the next one's start (the news convention), not a
            # quotation inside it: the first part ends where the second opens
            spans.append((opened.pop(), i))
            opened.append(i)
        elif char in OPENERS and straight is None:
            opened.append(i)
        elif char in CLOSERS and opened:
            start = opened.pop()
            if not opened:
                spans.append((start, i + 1))
        elif char in CLOSERS and straight is not None:
            # a straight opening closed by a curly mark ('"Nuestro batallón está listo”, afirmó'):
            # the marks mixed, one quotation
            spans.append((straight, i + 1))
            straight = None
        elif char == '"' and not opened:
            straight = _straight_mark(text, i, straight, spans)
    if len(opened) > 1:
        return _flat_quoted_spans(text)
    left_open = opened[0] if opened else straight
    if not spans and left_open is None and not opened:
        # no double marks: the single ones, as pairs closed in the sentence
        return [m.span() for m in _SINGLE_QUOTED.finditer(text)], False
    if left_open is not None:
        spans.append((left_open, len(text)))
    return spans, left_open is not None


def _straight_mark(text: str, at: int, straight: int | None, spans: list[tuple[int, int]]) -> int | None:
    """A straight quotation mark at `at` with no curly one open, read by _quoted_spans and
    _flat_quoted_spans alike: where a straight one is open (straight: its position) it closes
    that quotation, whose span is appended to spans; else it opens one, unless it stands where
    a closing mark belongs (_stray_closer). Where the straight mark left open stands after it
    (None: none)."""
    if straight is not None:
        spans.append((straight, at + 1))
        return None
    return None if _stray_closer(text, at) else at


def _reopens(text: str, at: int) -> bool:
    """Whether the opening mark at text[at], while a quotation is open, opens a new sentence
    after one ended (a full stop, question or exclamation mark, an ellipsis, then a space:
    "... every week. “We have..."), as a quotation running over paragraphs is reopened at
    each; a quotation quoted inside another opens within its sentence ("« Nous avons dit
    « partez » ..."), after a word or a colon."""
    return re.search(r"[.!?\u2026]\s+$", text[max(0, at - 4):at]) is not None


def _stray_closer(text: str, at: int) -> bool:
    """Whether the straight double mark at text[at], with none open, has the shape of a
    closing mark: right after a word or a stop, and before the end of the text, a space or a
    stop ('...of the battalion".'). It closes a quotation opened in an earlier sentence (or
    none), and opens nothing: read as an opening, it would swallow the sentences after it."""
    before = text[at - 1] if at > 0 else " "
    after = text[at + 1] if at + 1 < len(text) else " "
    return not before.isspace() and before not in "([{-–—/" and (after.isspace() or after in ".,;:!?)]")


def _punctuated_after(text: str, at: int) -> bool:
    """Whether the opening mark at text[at] (curly or angle) has a comma, a stop or a closing
    bracket right after it, spaces of the line aside ('...sur les réseaux sociaux “, a dit X',
    '... à Oicha « , a dit X'): no quotation opens on punctuation, so the mark, space before it
    or not, closes the one open (_quoted_spans reads it so only while a quotation is open). A
    mark before a word, a line's end or the text's end opens as printed."""
    after = _LINE_SPACES.match(text, at + 1).end()
    return after < len(text) and text[after] in ",.;:!?)]"


# Spaces that stay on a line (a space, a tab, a no-break space), for _punctuated_after.
_LINE_SPACES = re.compile(r"[ \t\u00a0\u202f]*")


def _flat_quoted_spans(text: str) -> tuple[list[tuple[int, int]], bool]:
    """_quoted_spans with no nesting: an opening mark while one is open is passed over, the
    first closing mark closes."""
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    straight: int | None = None
    for mark in _QUOTE_MARK.finditer(text):  # only the marks matter: the rest is passed over in C
        i, char = mark.start(), mark.group()
        if char in OPENERS and open_at is not None and (_stray_closer(text, i) or _punctuated_after(text, i)):
            spans.append((open_at, i + 1))  # an opening mark printed where a closing one belongs
            open_at = None
        elif char in OPENERS and open_at is None and straight is None:
            open_at = i
        elif char in CLOSERS and open_at is not None:
            spans.append((open_at, i + 1))
            open_at = None
        elif char in CLOSERS and straight is not None:
            spans.append((straight, i + 1))  # a straight opening closed by a curly mark
            straight = None
        elif char == '"' and open_at is None:
            straight = _straight_mark(text, i, straight, spans)
    left_open = open_at if open_at is not None else straight
    if left_open is not None:
        spans.append((left_open, len(text)))
    return spans, left_open is not None


def _quoted_words(text: str, spans: list[tuple[int, int]]) -> int:
    """The most words inside one pair of quotation marks, a hyphenated word counted once
    ("non-partisan organization" is two words: a quoted term, not a quotation)."""
    return max((len(_span_words(text, a, b)) for a, b in spans), default=0)


@lru_cache(maxsize=None)
def _naming_pattern(language: str) -> re.Pattern | None:
    """quotes.yaml "naming_words" of a language as compared, ending right before a quotation's
    opening mark (spaces between); None when the language lists none."""
    forms = list(_compared_forms("naming_words", language))
    return re.compile(rf"(?<![\w-])(?:{_alternation(forms)})\s*$") if forms else None


def _named_by_word(comparable: str, span: tuple[int, int], language: str) -> bool:
    """Whether a quotation (span inside its marks) stands right after a word of naming
    ("so-called", "dit", "autodenominado": quotes.yaml "naming_words"): a name quoted, no words
    said."""
    pattern = _naming_pattern(language)
    opening = span[0] - 1  # the opening mark
    return pattern is not None and opening >= 0 and pattern.search(comparable, 0, opening) is not None


def _span_words(text: str, a: int, b: int) -> list[str]:
    """The words of text[a:b], a hyphenated word one word (_quoted_words)."""
    return re.findall(r"\w+(?:-\w+)*", text[a:b])


def _lowercase_fragment(text: str, spans: list[tuple[int, int]]) -> bool:
    """Whether a pair of quotation marks holds a stretch of words said, of MIN_QUOTED_WORDS
    words or more, opening on a lowercase letter: a fragment going on with the sentence's
    grammar ("the convoys «can reach the villages again»"), not a name or a title set in
    capitals ("the campaign «Peace Begins With Me»")."""
    for a, b in spans:
        words = _span_words(text, a, b)
        if len(words) >= MIN_QUOTED_WORDS and words[0][:1].islower():
            return True
    return False


def _paragraph_goes_on_quoting(sentences: Sequence[tuple[str, list[Found]]], start: int, paragraph_starts: frozenset[int]) -> bool:
    """Whether the paragraph opening at sentences[start] goes on with a quotation left open
    before it: it opens with a quotation mark (the news convention); or the first quotation
    mark in the sentences a unit may join from there closes one (the page did not reopen the
    quotation: "... lần này.\n\nCá nhân tôi ... Liên Hợp Quốc”."); or the paragraph holds no
    quotation mark and names no person (the words go on, their closing mark lost). A paragraph
    naming a person with no closing mark to come is the writer's again (the quotation before
    was never closed: "... ha subrayado que “constituye una amenaza.\n\nRugwabiza ha pedido...")."""
    first = sentences[start][0].lstrip()
    if first[:1] in OPENERS + '"':
        return True
    following = " ".join(text for text, _found in sentences[start:start + MAX_JOINED])
    mark = _QUOTE_MARK.search(following)
    if mark is not None and (mark.group() in CLOSERS or (mark.group() == '"' and _stray_closer(following, mark.start()))):
        return True
    end = next((k for k in range(start + 1, len(sentences)) if k in paragraph_starts), len(sentences))
    paragraph = sentences[start:end]
    return not any(_QUOTE_MARK.search(text) for text, _found in paragraph) and \
        not any(f.kind == "person" for _text, found in paragraph for f in found)


@lru_cache(maxsize=None)
def _closing_identifications() -> tuple[str, ...]:
    """quotes.yaml "closing_identifications" of every language, as compared (folded; Vietnamese
    lowercased with its diacritics), longest first then alphabetically."""
    rows = _vocabulary().get("closing_identifications") or {}
    forms = {_comparable(str(w), language) for language, words in rows.items() for w in words or []}
    return tuple(longest_first(forms))


def _identifies_quotation(text: str, following: str) -> bool:
    """Whether a sentence ending on a closed quotation is followed by one that opens by naming
    whose words they were (quotes.yaml "closing_identifications": "Đó là chia sẻ của X", "Those
    were the words of X", "Son las palabras de X"): the two are read as one unit, the phrase a
    source marker of the quotation. Compared in both forms, since the language is not known
    here."""
    if not re.search(r"[\"\u201d\u00bb][.!?]?\s*$", text):
        return False
    start = following.lstrip()
    forms = _closing_identifications()
    return any(f.startswith(form) for f in (fold_same_length(start).lower(), start.lower()) for form in forms)


def _units(sentences: Sequence[tuple[str, list[Found]]], paragraph_starts: frozenset[int] | None = None) -> list[_Unit]:
    """Sentences joined where a quotation goes on past a sentence's end (left open), or where
    a sentence announces the next one ("He said:"). paragraph_starts: the indices of the
    sentences opening a paragraph, when known: a quotation left open at a paragraph's end goes
    on only into a paragraph that opens with a quotation mark (news writing reopens a
    quotation running over paragraphs); otherwise its closing mark was left out."""
    units: list[_Unit] = []
    i = 0
    while i < len(sentences):
        text, found = sentences[i][0], list(sentences[i][1])
        joined = 1
        while i + joined < len(sentences) and joined < MAX_JOINED:
            spans, left_open = _quoted_spans(text)
            announces = text.rstrip().endswith(":") and not spans
            if not (left_open or announces) and _identifies_quotation(text, sentences[i + joined][0]):
                # "“...”. Đó là chia sẻ của X.", "“...” Those were the words of X.": the
                # sentence after the quotation names whose words they were
                text = f"{text} {sentences[i + joined][0]}"
                found += sentences[i + joined][1]
                joined += 1
                break
            if not (left_open or announces):
                break
            if not announces and paragraph_starts is not None and i + joined in paragraph_starts \
                    and not _paragraph_goes_on_quoting(sentences, i + joined, paragraph_starts):
                break
            text = f"{text} {sentences[i + joined][0]}"
            found += sentences[i + joined][1]
            joined += 1
        units.append(_Unit(text, found, paragraph_starts is not None and i in paragraph_starts))
        i += joined
    return units


# The most words of the subject between a conjunction of contrast and its clause's speech
# verb ("while Israel's military said": "Israel's military").
CONTRAST_SUBJECT_WORDS = 8
# The most words of such a subject holding an apposition set off by commas ("while the
# governor, Mary Achieng, said", "tandis que Marie Achieng, gouverneure du Nord, a affirmé").
CONTRAST_APPOSED_SUBJECT_WORDS = 12


@lru_cache(maxsize=None)
def _contrast_pattern(language: str) -> re.Pattern | None:
    """A comma or semicolon then a conjunction of contrast (quotes.yaml "contrast_conjunctions":
    ", while", ", tandis que", ", mientras que", ", trong khi"), on the compared text; the group
    "clause" starts where the clause it opens begins. None when the language lists none."""
    words = list(_compared_forms("contrast_conjunctions", language))
    if not words:
        return None
    return re.compile(rf"[,;]\s*(?:{_alternation(words)})(?:\s+|(?<=')(?=\w))(?P<clause>)")


@lru_cache(maxsize=None)
def _opening_contrast_pattern(language: str) -> re.Pattern | None:
    """A conjunction of contrast opening the sentence (quotes.yaml
    "opening_contrast_conjunctions": "While", "Tandis que", "Mientras"), on the compared text,
    then the first comma after it, the group "clause" starting after that comma: where the
    main clause begins. None when the language lists none."""
    words = list(_compared_forms("opening_contrast_conjunctions", language))
    if not words:
        return None
    return re.compile(rf"\s*(?:{_alternation(words)})(?:\s+|(?<=')(?=\w))[^,;:]*?,\s*(?P<clause>)")


def _contrasted_reports(text: str, language: str) -> int | None:
    """Where a sentence holding two reports joined by a conjunction of contrast splits: "UNIFIL
    said the post was hit, while Israel's military said it had fired at militants", "X a
    affirmé ..., tandis que Y a assuré ...", "X dijo ..., mientras que Y señaló ...", each part
    a report of its own speaker. The offset of the comma (or semicolon) before the conjunction
    (_contrast_pattern), where a speech verb or source marker stands before it and the clause
    after opens on a subject of its own, at most CONTRAST_SUBJECT_WORDS words with no comma
    nor quotation mark (or CONTRAST_APPOSED_SUBJECT_WORDS with one apposition set off by two
    commas, the second closing the subject), then a speech verb (quotes.yaml "speech_verbs"), a pronoun standing for
    the subject before (quotes.yaml "pronouns") not counting as one; outside quotation marks.
    A conjunction opening the sentence (_opening_contrast_pattern: "While X said ..., Y said
    ...") splits at the comma closing its clause, on the same conditions. A verb of
    characterising with its judgement (_characterising_patterns) reports as a speech verb does.
    None when the sentence is not such. Rule source: a contrast conjunction coordinates two
    main clauses, each with its own subject (clause coordination in EN/FR/ES/VI grammars)."""
    pattern = _contrast_pattern(language)
    patterns = _patterns(language)
    verbs = patterns["speech_verbs"]
    if pattern is None or verbs is None:
        return None
    comparable = _comparable(text, language)
    opening = _opening_contrast_pattern(language)
    opened = opening.match(comparable) if opening is not None else None
    if pattern.search(comparable) is None and opened is None:
        return None  # (no conjunction of contrast: most sentences)
    spans, _open = _quoted_spans(text)

    def unquoted(at: int) -> bool:
        return not any(a <= at < b for a, b in spans)

    pronouns = patterns["pronouns"]
    # a verb of characterising with its judgement reports too ("X called the attack heinous")
    characterising = _characterising_patterns(language)[0]
    reporting = [p for p in (verbs, patterns["source_markers"], characterising) if p is not None]
    # "While X said ..., Y said ...": the comma closing the opening clause splits it
    matches = [(comparable.rfind(",", 0, opened.start("clause")), opened.start("clause"))] if opened is not None else []
    matches += [(m.start(), m.start("clause")) for m in pattern.finditer(comparable)]
    for at, clause in matches:
        if any(a < at < b for a, b in spans):
            continue
        if not any(unquoted(m.start()) for p in reporting for m in p.finditer(comparable, 0, at)):
            continue
        verb = min((v for p in (verbs, characterising) if p is not None for v in p.finditer(comparable, clause)
                    if unquoted(v.start())), key=lambda v: v.start(), default=None)
        if verb is None:
            continue
        subject = comparable[clause:verb.start()].strip()
        # one apposition set off by two commas, the second closing the subject ("the
        # governor, Mary Achieng,"), is still one subject
        apposed = re.fullmatch(r"[^,;:()]+,[^,;:()]+,", subject) is not None
        most = CONTRAST_APPOSED_SUBJECT_WORDS if apposed else CONTRAST_SUBJECT_WORDS
        if not subject or (re.search(r"[,;:()]", subject) and not apposed) or _QUOTE_MARK.search(text[clause:verb.start()]) \
                or len(re.findall(r"\w+", subject)) > most:
            continue
        if pronouns is not None and pronouns.fullmatch(subject):
            continue
        return at
    return None


def _split_contrasts(units: list[_Unit], language: str) -> list[_Unit]:
    """The units with each one holding two contrasted reports (_contrasted_reports) made two:
    the sentence up to its comma, and the clause of the conjunction after it, each with the
    entities it names; the second opens no paragraph."""
    split: list[_Unit] = []
    for unit in units:
        pieces = [unit]
        while (at := _contrasted_reports(pieces[-1].text, language)) is not None:
            last = pieces.pop()
            head, tail = last.text[:at + 1], last.text[at + 1:].lstrip()
            pieces.append(_Unit(head, [f for f in last.found if _names_in(f, head)], last.opens_paragraph))
            pieces.append(_Unit(tail, [f for f in last.found if _names_in(f, tail)], False))
        split.extend(pieces)
    return split


def _names_in(found: Found, text: str) -> bool:
    """Whether an entity is printed in a text, by its name or a form the text gave it."""
    return any(form and form in text for form in {found.name, *found.surfaces})


# The units after a bare quotation where a subheading's words are looked for, quoted again.
HEADING_REACH = 3
# The share of a subheading's words the later quotation holds.
HEADING_SHARE = 0.8
_LETTERS = re.compile(r"[^\W\d_]+")


def _heading_repeated(text: str, spans: list[tuple[int, int]], after: Sequence[_Unit]) -> bool:
    """Whether a unit that is only a quotation, opening its paragraph, is a subheading drawn
    from the words quoted after it (the press's pull quote: '"An attack like no other". "It
    is an attack like no other," said a source'): at least HEADING_SHARE of its words (folded)
    stand in one quotation of the next HEADING_REACH units, whose words are as many or more
    (a quotation pulled out whole, word for word, is furniture as much as one cut short)."""
    words = [fold_same_length(w).lower() for a, b in spans for w in _LETTERS.findall(text[a:b])]
    if len(words) < MIN_QUOTED_WORDS:
        return False
    for unit in after:
        later_spans, _ = _quoted_spans(unit.text)
        for a, b in later_spans:
            later = [fold_same_length(w).lower() for w in _LETTERS.findall(unit.text[a:b])]
            held = set(later)
            if len(later) >= len(words) and sum(w in held for w in words) >= HEADING_SHARE * len(words):
                return True
    return False


@lru_cache(maxsize=None)
def _body_adjectives() -> frozenset[str]:
    """quotes.yaml "body_adjectives" ("onusienne"), every language, folded: a body named by
    its adjective is no speaker."""
    table = load_reference("quotes.yaml").get("body_adjectives") or {}
    return frozenset(fold(w) for words in table.values() for w in words or [])


@lru_cache(maxsize=None)
def _any_body_voice_words() -> frozenset[str]:
    """The words of a body's unnamed official or spokesperson, singular or plural, in every
    language, folded (quotes.yaml "body_voices", "body_voices_plural"): the nouns a body's
    adjective may qualify as their body ("un responsable onusien")."""
    vocab = _vocabulary()
    return frozenset(fold(str(w)) for section in ("body_voices", "body_voices_plural")
                     for words in (vocab.get(section) or {}).values() for w in words or [])


# How far before a body's adjective its spokesperson's word and that word's article are read
# ("le haut responsable onusien"): three words, each far shorter than this.
_VOICE_REACH = 120


def _definite_voice_before(text: str, language: str) -> bool:
    """Whether text ends on a singular spokesperson's word (quotes.yaml "body_voices", not
    "body_voices_plural") after a definite article of language (quotes.yaml
    "definite_articles"), one word between at most: "le responsable", "le haut responsable",
    "el funcionario". False in a language without articles."""
    articles = _articles(language)
    if not articles:
        return False
    comparable = _comparable(text, language)
    if _last_word(comparable) in _plural_body_voices(language):
        return False
    return re.search(rf"(?<!\w)(?:{_alternation(articles)})\s*(?:[\w'-]+\s+)?[\w'-]+\s+$", comparable) is not None


def _last_word(text: str) -> str:
    """The last word of text, folded ("" when it ends on no word but spaces)."""
    word = re.search(r"([\w'-]+)\s+$", text)
    return fold(word.group(1)) if word else ""


def _entity_mentions(text: str, found: list[Found], language: str = "und") -> list[_Mention]:
    """The mentions (_Mention, kind "entity") of each speaker-kind entity of found printed in
    text, the longest of a stretch kept (longest_apart). A body's lowercase adjective
    ("onusien") is a mention only right after an indefinite or plural spokesperson's word ("un
    responsable onusien", "des responsables onusiens": that body speaks, _voiced_body); after
    a singular one with a definite article of language ("le responsable onusien") it is none,
    the words referring back to the person or body named before as "le responsable" alone does
    (tests/corpus/README.md: a person referred to again speaks as themselves)."""
    mentions = []
    adjectives = _body_adjectives()
    for entity in found:
        if entity.kind not in SPEAKER_KINDS:
            continue
        for surface in {*entity.surfaces, entity.name}:
            if not surface or surface not in text:  # (no pattern compiled for a name the text never prints)
                continue
            if surface[:1].islower() and fold(surface) in adjectives:
                # "selon une source onusienne": the source speaks, not the UN; but "un
                # responsable onusien": an official of the body, who speaks as it (_voiced_body)
                mentions.extend(_Mention(at, at + len(surface), "entity", entity) for at in whole_word_starts(text, surface)
                                if _last_word(text[max(0, at - _VOICE_REACH):at]) in _any_body_voice_words()
                                and not _definite_voice_before(text[max(0, at - _VOICE_REACH):at], language))
                continue
            # "a U. N. official": the initialism's own full stop, which its surface lost
            lost_stop = _LOST_INITIAL_STOP.search(surface) is not None
            for at in whole_word_starts(text, surface):
                end = at + len(surface)
                if lost_stop and text[end:end + 1] == ".":
                    end += 1
                mentions.append(_Mention(at, end, "entity", entity))
    # The longest mention of a stretch wins ("United Nations Mission in South Sudan" over "South Sudan").
    return longest_apart(mentions)


# A surface ending in a lone capital initial after another initial ("U. N", "U.N"): the entity
# finder reads the full stop after it as the sentence's, but inside a sentence it closes the
# initialism, and the words after it ("a U. N. official") join the body right after that stop.
_LOST_INITIAL_STOP = re.compile(r"(?:^|[.\s])[A-Z]\.\s?[A-Z]$")


_NAME_WORD = re.compile(r"[^\W\d_][\w'-]*")


def _initials(name: str) -> str:
    return "".join(w[0] for w in _NAME_WORD.findall(name) if w[0].isupper()).upper()


def _all_initials(name: str) -> set[str]:
    """The initials of a name's capitalised words, a hyphenated word counted once and by each
    of its parts ("Inter-Services Public Relations": IPR, ISPR)."""
    return {_initials(name), _initials(name.replace("-", " "))} - {""}


def _elided(words: Iterable[str]) -> set[str]:
    """Words as written in text: a lone consonant is an elided word (French l', d', qu'...),
    given its apostrophe ("l" -> "l'"); a lone vowel is a word of its own ("a", "y", "o")."""
    return {f"{w}'" if len(w) == 1 and w.isalpha() and w not in "aeiouy" else w for w in words}


@lru_cache(maxsize=None)
def _joining_articles() -> frozenset[str]:
    """The articles that may follow a joining word or open a name (vocabulary.yaml
    "name_articles"), folded, elided ones with their apostrophe: the, le, la, l', les, el..."""
    return frozenset(_elided(reference().words("name_articles")))


@lru_cache(maxsize=None)
def _joining_articles_listed() -> tuple[str, ...]:
    """_joining_articles in a fixed order, the key of a compiled pattern (_words_ending)."""
    return tuple(sorted(_joining_articles()))


@lru_cache(maxsize=None)
def _link_patterns() -> dict[str, re.Pattern]:
    """The patterns that join a word to the body, place or name it belongs to, built from one
    set of lists: the joining words of every language (quotes.yaml "joining_words": "of",
    "de", "del", "d'"...), the articles (vocabulary.yaml "name_articles") and, inside a name,
    its connectors (vocabulary.yaml "name_connectors": "and", "et", "y"). Every language's
    words in each, as an article may quote a name in another language.

    "defined": a name in full with its acronym after it in brackets ("the Inter-Services
    Public Relations (ISPR)", "la Direction des opérations (DOMP)"), groups 1 and 2; on the
    text as printed. "country_after": between a service and its country after it ("el
    ejército de Chile", "l'armée du Mali"), "of_body": between a document or title and the
    body after it ("a statement from the ministry", "le chef de la Force"), "heads": a gap
    starting with a joining word; these three on the compared form (_comparable).
    "name_after": a capitalised name, an article first ("D'après Les Échos", "según El
    Tiempo"), up to five words joined by joining words, group 1; on the text as printed."""
    vocab = _vocabulary().get("joining_words") or {}
    joining = {_comparable(str(w), language) for language, words in vocab.items() for w in words or []}
    articles = _joining_articles()
    connectors = joining | articles | _elided(reference().words("name_connectors"))
    join, article, connect = _alternation(joining), _alternation(articles), _alternation(connectors)
    elided = _alternation(w for w in joining if w.endswith("'"))
    capitalised = _alternation(a[:1].upper() + a[1:] for a in articles)
    capital = "[A-Z\u00c0-\u00de]"
    offices = _alternation({_comparable(str(w), language) for language, words in (_vocabulary().get("issuing_offices") or {}).items()
                            for w in words or []} or {"(?!)"})
    return {
        "defined": re.compile(rf"((?:[A-Z][\w'\u2019-]*\s+(?:(?:{connect})\s*)*){{2,9}})\(\s*([A-Z]{{2,8}})\s*\)"),
        "country_after": re.compile(rf"\s*(?:(?:{join})\s*(?:{article})?\s*)?"),
        "of_body": re.compile(rf"\s*(?:{join})\s*(?:{article})?\s*"),
        # between a document and its issuer, through the office that gave it ("le communiqué
        # de l'état-major des Forces armées royales", "a statement from the headquarters of")
        "of_office": re.compile(rf"\s*(?:{join})\s*(?:{article})?\s*(?:{offices})\s*(?:{join})\s*(?:{article})?\s*"),
        "heads": re.compile(rf"\s*(?:{join})(?:\s|$)" + (rf"|\s*(?:{elided})" if elided else "")),
        "name_after": re.compile(rf"\s*((?:(?:{capitalised})\s*)?{capital}[\w\u2019'.-]*(?:\s+(?:(?:{join}|{article})\s+)?{capital}[\w\u2019'.-]*){{0,4}})(?=\s*[,.;:)]|\s+[a-z\u00e0-\u00ff])"),
    }


def _defined_bodies(texts: Iterable[str], article: list[Found]) -> list[Found]:
    """Bodies the article defines, full name then acronym in brackets, that its entities do
    not hold: the full name from the first capitalised word whose initials make the acronym.
    Returns organisation Founds (id "defined:<ACRONYM>", surfaces the name and the acronym)."""
    known = {x for e in article for x in (*e.surfaces, e.name)}
    by_name = {x: e for e in article for x in (*e.surfaces, e.name)}
    defined: dict[str, Found] = {}
    for text in texts:
        if "(" not in text:
            continue  # no acronym in brackets: nothing the pattern could find
        for match in _link_patterns()["defined"].finditer(text):
            acronym, words = match.group(2), match.group(1).split()
            if acronym in known or acronym in defined:
                continue
            for k in range(len(words) - 1):
                name = " ".join(words[k:])
                if words[k][:1].isupper() and acronym in _all_initials(name):
                    if name in by_name:  # an entity found by its full name only: its acronym too
                        defined[acronym] = replace(by_name[name], surfaces=[*by_name[name].surfaces, acronym])
                    elif not _outlet_name(name):
                        defined[acronym] = Found("organisation", f"defined:{acronym}", name, text, [name, acronym])
                    break
    return list(defined.values())


def _with_parents(text: str, mentions: list[_Mention]) -> list[_Mention]:
    """Entity mentions (in text order) where a body is printed with the body it belongs to
    (organisations.yaml part_of) right after it, nothing but spaces between ("Hội đồng Bảo an
    LHQ": the Security Council of the UN): the pair is one mention of the part, which speaks,
    not of its parent."""
    out: list[_Mention] = []
    for mention in mentions:
        before = out[-1] if out else None
        if before is not None and mention.found.kind == "organisation" and before.found.kind == "organisation" \
                and not text[before.end:mention.start].strip() and mention.found.id in _parents(before.found.id):
            out[-1] = _Mention(before.start, mention.end, "entity", before.found)
            continue
        out.append(mention)
    return out


@lru_cache(maxsize=4096)
def _parents(body_id: str) -> frozenset[str]:
    """The ids of the bodies a listed body is part of, up the chain of organisations.yaml
    part_of (none for a body not listed)."""
    organisations = reference().organisations
    parents: set[str] = set()
    row = organisations.get(body_id)
    while row is not None and row.get("part_of") and row["part_of"] not in parents:
        parents.add(row["part_of"])
        row = organisations.get(row["part_of"])
    return frozenset(parents)


def _acronym_mentions(text: str, found: list[Found], article: list[Found], named: Sequence[_Mention] = ()) -> list[_Mention]:
    """Acronyms the entity finder did not know, of a body the article names in full: the
    initials of its capitalised words ("the IDF" after "the Israel Defense Forces", "ISPR"
    after "Inter-Services Public Relations"); none inside a name already mentioned (named:
    the "UN" of "UN Security Council" is part of the Council's name)."""
    by_initials: dict[str, Found] = {}
    for entity in article:
        if entity.kind in ("organisation", "initiative"):
            for initials in _all_initials(entity.name):
                if len(initials) >= 2:
                    by_initials.setdefault(initials, entity)
    if not by_initials:
        return []
    claimed = {s for f in found for s in f.surfaces}
    return [_Mention(m.start(), m.end(), "entity", by_initials[m.group()]) for m in re.finditer(r"(?<!\w)[A-Z]{2,6}(?!\w)", text)
            if m.group() in by_initials and m.group() not in claimed
            and not any(n.start <= m.start() and m.end() <= n.end for n in named)]


@lru_cache(maxsize=None)
def _english_demonyms() -> dict[str, str]:
    """Country name -> its first English demonym (countries.yaml, as the shared reference
    holds it): "Brazil" -> "Brazilian"."""
    return {str(row["name"]): english_demonym(code) for code, row in reference().countries.items()}


@lru_cache(maxsize=None)
def _service_forms(language: str) -> dict[str, str]:
    """The words of a country's armed services in a language, as compared -> the English
    service ("armée de l'air" -> "Air Force"), from quotes.yaml "national_services"."""
    return {_comparable(str(word), language): str(service) for service, by_language in (_vocabulary().get("national_services") or {}).items()
            for word in (by_language or {}).get(language, [])}


def _service_key(service: str) -> str:
    """The last part of the id of a country's service ("Air Force" -> "air-force"), as in
    "national:<country id>:air-force" (_national_services)."""
    return service.lower().replace(" ", "-")


# Between a country and the service it has: "Brazil's army", "the Brazilian Air Force",
# "l'armée brésilienne", "el ejército de Chile", "Quân đội Việt Nam".
COUNTRY_BEFORE = re.compile(r"(?:'s|\u2019s)?\s*")


@lru_cache(maxsize=256)
def _words_pattern(forms: tuple[str, ...], inside: str) -> re.Pattern:
    r"""The forms as whole words, where a word is made of the class `inside` (r"\w", r"[\w-]"):
    compiled once per list, not joined, escaped and looked up in re's cache per sentence."""
    return re.compile(rf"(?<!{inside})(?:{_alternation(forms)})(?!{inside})")


@lru_cache(maxsize=256)
def _words_ending(forms: tuple[str, ...], before: str) -> re.Pattern:
    r"""The forms as a last word (spaces may follow) of the text searched, no character of the
    class `before` (r"\w", r"[\w']") right before: compiled once per list, as _words_pattern."""
    return re.compile(rf"(?<!{before})(?:{_alternation(forms)})\s*$")


def _national_services(text: str, comparable: str, entities: list[_Mention], language: str) -> list[_Mention]:
    """A country's army, air force, navy or armed forces named by the country or its demonym
    next to the service's word is a body of its own, "<English demonym> <Service>" ("Brazil's
    army said" -> Brazilian Army): the country's mention gives way to it. The whole forces
    (army, military, armed forces) of a country that organisations.yaml lists armed forces for
    ("armed_forces_of") are that listed body, as the entity finder names them ("the Israeli
    military said" -> Israel Defense Forces, English "military" being no entity of its own
    before a demonym)."""
    forms = _service_forms(language)
    if not forms:
        return entities
    countries = [m for m in entities if m.found.kind == "country"]
    out = list(entities)
    for match in _words_pattern(tuple(forms), r"[\w-]").finditer(comparable):
        owner = next((m for m in countries if m.end <= match.start() and COUNTRY_BEFORE.fullmatch(comparable[m.end:match.start()])), None) \
            or next((m for m in countries if m.start >= match.end() and _link_patterns()["country_after"].fullmatch(comparable[match.end():m.start])), None)
        if owner is None or owner not in out:
            continue
        service = forms[match.group()]
        listed = _listed_armed_forces().get(owner.found.code or "") if service in _WHOLE_FORCES else None
        if service == _POLICE:
            # only the police organisations.yaml lists for the country ("police_of"), as the
            # entity finder names it: a police no row lists is no organisation of the article,
            # so it names no speaker (the country's voice stays unnamed: country_voices)
            listed = _listed_police().get(owner.found.code or "")
            if listed is None:
                continue
        if listed is not None:
            body = Found("organisation", str(listed["id"]), str(listed["name"]), text, [text[match.start():match.end()]], known=True)
        else:
            name = f"{_english_demonyms().get(owner.found.name, owner.found.name)} {service}"
            body = Found("organisation", f"national:{owner.found.id}:{_service_key(service)}", name, text, [text[match.start():match.end()]])
        out.remove(owner)
        out.append(_Mention(min(owner.start, match.start()), max(owner.end, match.end()), "entity", body))
    return out


@lru_cache(maxsize=None)
def _staff_patterns(language: str) -> tuple[tuple[str, ...], re.Pattern | None, re.Pattern | None]:
    """quotes.yaml "army_staffs" of a language, as compared: (the staff words, for a cheap
    prefilter; the pattern of a staff word after a definite article, the word group "staff";
    the pattern of a soldiers' word). None patterns where the language lists none."""
    words = _compared_list(language, "army_staffs", "words", language)
    soldiers = _compared_list(language, "army_staffs", "soldiers", language)
    articles = _articles(language)
    if not words or not articles:
        return (), None, None
    staff = re.compile(rf"(?<![\w-])(?:{_alternation(articles)})\s*(?P<staff>{_alternation(words)})(?![\w-])")
    return words, staff, re.compile(rf"(?<![\w-])(?:{_alternation(soldiers)})(?![\w-])") if soldiers else None


def _staff_body(units: Sequence[_Unit], language: str) -> Found | None:
    """The armed forces a bare general staff ("a indiqué l'état-major") speaks for: those of
    the country the units (the article up to the staff's sentence) print most often right
    next to a soldiers' word (quotes.yaml "army_staffs": "deux soldats français", "les
    militaires français"), ties going to the first printed; as _national_services names a
    service: Found("organisation", "national:<country id>:armed-forces", "<Demonym> Armed
    Forces"). None when no country is so printed."""
    _words, _staff, soldiers = _staff_patterns(language)
    if soldiers is None:
        return None
    counts: dict[str, int] = {}
    first: dict[str, tuple[Found, str]] = {}
    for unit in units:
        comparable = _comparable(unit.text, language)
        marks = [(m.start(), m.end()) for m in soldiers.finditer(comparable)]
        if not marks:
            continue
        for mention in _entity_mentions(unit.text, unit.found, language):
            if mention.found.kind != "country":
                continue
            if any(not comparable[b:mention.start].strip() or not comparable[mention.end:a].strip() for a, b in marks):
                counts[mention.found.id] = counts.get(mention.found.id, 0) + 1
                first.setdefault(mention.found.id, (mention.found, unit.text[mention.start:mention.end]))
    if not counts:
        return None
    country, surface = first[max(counts, key=lambda k: (counts[k], -list(first).index(k)))]
    name = f"{_english_demonyms().get(country.name, country.name)} Armed Forces"
    return Found("organisation", f"national:{country.id}:{_service_key('Armed Forces')}", name, "", [surface])


def _body_named(word: str, named: list[Found], article: list[Found], any_body: bool = False) -> Found | None:
    """The body a word refers to ("the ministry" -> the Ministry of Defence; "the mission" ->
    the mission): the last such body named before, else the only one the article names.

    word: a key of quotes.yaml "body_references" (as written there) or a word of its
    "any_body_references"; named: the entities named before, first first; article: all the
    article's entities. any_body (a document's issuer): a word any organisation may be called
    by ("the agency", "la organización") with no body whose name holds it stands for the last
    organisation (no outlet) named before, else the only one the article names. A word of
    quotes.yaml "nearest_body_references" ("lực lượng này") stands for the force named last
    only: none when that is an armed group (_armed_group). A word whose
    head is "outlet" ("the radio station", "le quotidien") stands for an outlet only. None when
    no body fits."""
    heads = _vocabulary()["body_references"].get(word) or []

    def fits(entity: Found) -> bool:
        if entity.kind == "mission":
            return "mission" in heads
        if "outlet" in heads:
            return entity.kind == "organisation" and _outlet(entity)  # "the radio station": the outlet named before
        return entity.kind in ("organisation", "initiative") and any(h in fold_same_length(entity.name).lower() for h in heads if h != "mission")

    def any_organisation(entity: Found) -> bool:
        return entity.kind == "organisation" and not _outlet(entity)

    if word in (_vocabulary().get("nearest_body_references") or []):
        # "Lực lượng này" (this force): the force named last, a mission or an army the word's
        # heads fit, or an armed group (organisations.yaml "armed_group"), which is no body here
        last = next((e for e in reversed(named) if fits(e) or _armed_group(e)), None)
        if last is not None:
            return None if _armed_group(last) and not fits(last) else last
    tests = [fits]
    if any_body and word in _any_body_words():
        tests.append(any_organisation)
    for test in tests:
        before = [e for e in reversed(named) if test(e)]
        if before:
            return before[0]
        anywhere = {e.id: e for e in article if test(e)}
        if len(anywhere) == 1:
            return next(iter(anywhere.values()))
    return None


def _armed_group(entity: Found) -> bool:
    """Whether an entity is a non-state armed group (organisations.yaml "armed_group")."""
    return entity.kind == "organisation" and bool((reference().organisations.get(entity.id) or {}).get("armed_group"))


@lru_cache(maxsize=None)
def _any_body_words() -> frozenset[str]:
    """The common nouns any organisation may be called by, folded and in lower case
    (quotes.yaml "any_body_references": "agency", "agence", "organizacion")."""
    return frozenset(fold_same_length(str(w)).lower() for w in _vocabulary().get("any_body_references") or [])


def _any_body_subject(word: str, named: list[Found], article: list[Found]) -> Found | None:
    """The organisation a common noun any organisation may be called by stands for as the
    subject of a speech verb ("UNICEF opened a school... The agency said": UNICEF).

    word: the noun as compared (quotes.yaml "any_body_references"); named: the entities named
    before, first first; article: all the article's entities. The body _body_named takes for
    it (the last organisation named before, no outlet; else the article's only one); None when
    there is none, or when the last organisation named before is an outlet ("according to
    AFP... the agency said": the outlet, or another body, cannot be told apart)."""
    last = next((e for e in reversed(named) if e.kind == "organisation"), None)
    if last is not None and _outlet(last):
        return None
    return _body_named(word, named, article, any_body=True)


def _any_body_issuer(text: str, comparable: str, end: int, named: list[Found], article: list[Found]) -> Found | None:
    """The body giving the document whose word ends at end when the text calls it, after a
    joining word and an article, by a common noun any organisation may be called by ("a
    statement from the agency", "un comunicado de la organización": _any_body_words): the
    organisation _body_named takes for it; None for another word, or no organisation named."""
    link = _link_patterns()["of_body"].match(comparable, end)
    if link is None or link.end() == end:
        return None
    word = re.match(r"[^\W\d_]+", text[link.end():])
    if word is None or fold_same_length(word.group()).lower() not in _any_body_words():
        return None
    return _body_named(fold_same_length(word.group()).lower(), named, article, any_body=True)


@lru_cache(maxsize=None)
def _host_country_words(language: str) -> tuple[re.Pattern | None, re.Pattern | None, int]:
    """(UN words, words of other missions, most words before the mission word) of quotes.yaml
    "host_country_mission", as compared in the language; a pattern is None with no words."""
    table = _vocabulary().get("host_country_mission") or {}

    def pattern(key: str) -> re.Pattern | None:
        words = _compared_list(language, "host_country_mission", key, language)
        return re.compile(rf"(?<!\w)(?:{_alternation(words)})(?!\w)") if words else None

    return pattern("un_words"), pattern("other_words"), int(table.get("most_words_before") or 4)


def _un_body(found: Found) -> bool:
    """Whether a found body is the United Nations itself (quotes.yaml "host_country_mission",
    "un_body": its id in organisations.yaml): its agencies and organs send missions of other
    kinds ("the IMF mission", "the Security Council mission")."""
    return found.id == _un_id()


def _un_id() -> str | None:
    """The United Nations' id in organisations.yaml (quotes.yaml "host_country_mission"
    "un_body"); None when not given."""
    return (_vocabulary().get("host_country_mission") or {}).get("un_body")


def _phrase_start(comparable: str, start: int, language: str, most: int) -> int:
    """Where the noun phrase ending at start opens: after a determiner, a punctuation mark or
    at most `most` words back."""
    stops = _determiners(language)
    opening = start
    for word in reversed(list(re.finditer(r"\S+", comparable[max(0, start - 120):start]))[-most:]):
        w = word.group()
        if (w in stops or re.search(r"[,;:!?()\"\u201c\u201d\u00ab\u00bb]", w)
                or (w.endswith(".") and not re.fullmatch(r"(?:\w\.)+", w))):
            break
        opening = max(0, start - 120) + word.start()
    return opening


@lru_cache(maxsize=1024)
def _hosted_mission(code: str, year: int | None):
    """The one peacekeeping operation (reference missions.yaml) "the UN mission in <country>"
    names: of those the country hosted (in the year, when known), the only one the country
    hosted alone, every other one having been set up for another country first (its first
    code in missions.yaml: "the UN mission in South Sudan" is UNMISS, not UNISFA of Sudan
    and South Sudan); None for none or several (Haiti's six with no year)."""
    hosted = reference().missions_of_country(code, year)
    alone = [m for m in hosted if m.countries == (code,)]
    if len(alone) != 1 or any(m.countries[0] == code for m in hosted if m is not alone[0]):
        return None
    return alone[0]


def _mission_of_country(word: str, start: int, end: int, text: str, comparable: str, entities: list[_Mention],
                        language: str, year: int | None = None) -> tuple[Found, int] | None:
    """The operation a word for a mission names by its host country ("the United Nations
    mission in Mali", "la mission de l'ONU au Mali", "la misión de la ONU en Malí"): the one
    peacekeeping operation (_hosted_mission) of the country named right after the word, past
    a joining word or the body's name, in the article's year when known; None where the
    country hosted several then or none, and None unless
    the noun phrase up to the country holds a UN word (quotes.yaml "host_country_mission":
    UN, peacekeeping, ...) and no word of another kind of mission ("permanent", "trade"), no
    other body and no other country ("the EU mission in Mali", "the French mission in
    Cyprus"). Returns the mission found, with the text for sentence and the printed phrase for
    surface, and where the phrase ends (after the country)."""
    if "mission" not in (_vocabulary()["body_references"].get(word) or []):
        return None
    country_at = next((m for m in entities if m.start >= end and m.found.kind == "country"), None)
    if country_at is None or not country_at.found.code:
        return None
    country = country_at.found
    gap = _masked_gap(comparable, end, country_at.start, entities)
    if not _tight(gap, language, most=5, free_words=1) or not re.fullmatch(r"[\w\s'\u2019.-]*", gap):
        return None
    un_words, other_words, most = _host_country_words(language)
    opening = _phrase_start(comparable, start, language, most)
    phrase = comparable[opening:country_at.start]
    inside = [m.found for m in entities if opening <= m.start < country_at.start and m is not country_at]
    if any(f.kind == "country" or (f.kind in ("organisation", "initiative") and not _un_body(f)) for f in inside):
        return None
    if other_words is not None and other_words.search(phrase):
        return None
    if not ((un_words is not None and un_words.search(phrase)) or any(_un_body(f) for f in inside if f.kind != "person")):
        return None
    mission = _hosted_mission(country.code, year)
    if mission is None:
        return None
    return Found("mission", mission.id, mission.acronym, text, [text[opening:country_at.end]]), country_at.end


@lru_cache(maxsize=None)
def _permanent_mission_patterns(language: str) -> tuple[re.Pattern | None, re.Pattern | None]:
    """(the words of a permanent mission or representative, the words joining it to the UN
    body after its country) of quotes.yaml "permanent_missions", as compared in the language;
    None where the language lists none."""
    heads = _compared_list(language, "permanent_missions", "heads", language)
    joins = _compared_list(language, "permanent_missions", "to_words", language)
    head = re.compile(rf"(?<![\w-])(?:{_alternation(heads)})(?![\w-])") if heads else None
    join = re.compile(rf"\s*(?:(?:{_alternation(joins)})\s*)?") if joins else None
    return head, join


def _permanent_missions(text: str, comparable: str, entities: list[_Mention], language: str) -> list[_Mention]:
    """A country's permanent mission or unnamed permanent representative to the United
    Nations speaks as the country ("the Permanent Mission of Ghana to the UN said", "Ghana's
    permanent representative said", "la Misión Permanente de Ghana ante la ONU"): one mention
    of the country spans the phrase, the UN body after it ("to the UN") naming no speaker of
    its own. Input: the sentence as printed and compared, its entity mentions; output: the
    mentions with each such phrase's country and UN body replaced by the phrase's mention.
    Source: the labelling rules of tests/corpus/README.md (a country's body speaks as the
    country); words in quotes.yaml "permanent_missions"."""
    head, join = _permanent_mission_patterns(language)
    if head is None or not any(m.found.kind == "country" for m in entities):
        return entities
    out = list(entities)
    for match in head.finditer(comparable):
        countries = [m for m in out if m.found.kind == "country"]
        owner = next((m for m in countries if m.end <= match.start() and COUNTRY_BEFORE.fullmatch(comparable[m.end:match.start()])), None)
        end = match.end()
        if owner is None:
            owner = next((m for m in countries if m.start >= match.end()
                          and _link_patterns()["country_after"].fullmatch(comparable[match.end():m.start])), None)
            if owner is None:
                continue
            end = owner.end
        if any(m.found.kind == "person" and m.start >= end and not comparable[end:m.start].strip(" ,") for m in out):
            continue  # "the Permanent Representative of Ghana, Jane Doe, said": the person speaks
        un = next((m for m in out if m.start >= end and _un_body(m.found) and join is not None
                   and join.fullmatch(comparable[end:m.start])), None)
        start = min(owner.start, match.start())
        if un is not None:
            out.remove(un)
            end = un.end
        out.remove(owner)
        out = [m for m in out if not (start <= m.start and m.end <= end)]
        out.append(_Mention(start, end, "entity", owner.found))
    return out


@lru_cache(maxsize=None)
def _generic_forms() -> dict[str, str]:
    """Every form of a body every country has (_generic_bodies), folded -> its English name:
    "ministerio de defensa", "bo quoc phong" -> "Ministry of Defence"."""
    forms = {}
    for name, by_language in _generic_bodies().items():
        for language, words in by_language.items():
            for word in words:
                forms[fold_same_length(_comparable(str(word), language)).lower()] = str(name)
    return forms


def _generic_body(form: str, language: str) -> Found | None:
    """The body a generic form names ("el ministerio de Defensa"), by its English name."""
    name = _generic_forms().get(fold_same_length(form).lower())
    return Found("organisation", f"generic:{name}", name, "", [form]) if name else None


def _speaker_name(found: Found | None) -> str:
    """The name a speaker is given: an entity's name, the English name of a generic body the
    entity finder named in the article's language ("Ministerio de Defensa")."""
    if found is None:
        return ""
    return _generic_forms().get(fold_same_length(found.name).lower(), found.name)


@lru_cache(maxsize=None)
def _body_reference_keys(language: str) -> dict[str, str]:
    """The words standing for a body ("the ministry"), as compared in the language -> as listed."""
    return {_comparable(str(k), language): str(k) for k in _vocabulary().get("body_references") or {}}


JOINT_LIST_MOST_WORDS = 8  # words a list of speakers may hold after its first, before the shared verb
# those words, each followed by spaces, no punctuation among them (_listed_with_speakers)
_JOINT_LIST_WORDS = re.compile(rf"(?:[^\s.;:,!?()\"<>]+\s+){{0,{JOINT_LIST_MOST_WORDS}}}")


def _listed_with_speakers(comparable: str, at: int, language: str) -> bool:
    """Whether the compared text from position `at` (right after a name) is a joining word of a
    list of speakers ("et", "and", "y", "và": quotes.yaml "joint_speaker_words"), then at most
    JOINT_LIST_MOST_WORDS words with no punctuation, then a speech or stance verb: the name
    opens a list sharing the verb ("Niamey et la Minusma ont assuré"). _joint_speakers then
    checks the list name by name."""
    gaps = _joint_gap_patterns(language)
    if gaps is None:
        return False
    joined = gaps[0].match(comparable, at)
    if joined is None or joined.end() == at:
        return False
    start = joined.end()
    # the list's words up to the verb (a match always, maybe empty), read in place, not copied
    listed = _JOINT_LIST_WORDS.match(comparable, start)
    stops = [start + m.end() for m in re.finditer(r"\s+", comparable[start:listed.end()])]
    patterns = _patterns(language)
    return any(patterns[kind] is not None and patterns[kind].match(comparable, p) is not None
               for p in [start] + stops for kind in ("speech_verbs", "stance_verbs"))


def _capital_voices(text: str, comparable: str, found: Sequence[Found], language: str) -> list[_Mention]:
    """A country's capital opening its clause as the subject of a speech verb ("Accra a affirmé
    que...", "Kinshasa accuse Kigali...", "Bamako exigió..."): the seat of the government stands
    for it, and the country speaks (tests/corpus/README.md: a country speaking as such is the
    country); so does a capital right after a source marker opening its clause ("selon Bamako",
    "according to Accra", "según Bogotá"; quotes.yaml "source_markers"). Not a capital after a
    preposition or other words of its clause ("sources in Bamako said": where they are).
    A capital opening a list of speakers sharing the verb speaks too ("Niamey et la Minusma ont
    assuré": _listed_with_speakers). Returns country mentions at the capital's place."""
    out = []
    ref = reference()
    for city in found:
        if city.kind != "city" or not city.code or city.id not in _capital_ids():
            continue
        country = ref.country_entry(city.code)
        for surface in city.surfaces:
            for start in whole_word_starts(text, surface):  # (str.find: no pattern compiled per capital)
                end = start + len(surface)
                clause = re.split(r"[.;:,!?()\"\u201c\u201d\u00ab\u00bb\u2013\u2014]", text[:start])[-1]
                # "selon Bamako", "according to Accra", "según Bogotá": the capital after a
                # source marker opening its clause speaks as well
                after_marker = bool(clause.strip()) and _comparable(clause.strip(), language) in _compared_forms("source_markers", language)
                if not after_marker and (clause.strip() or not (_speech_verb_follows(comparable, end, language)
                                                                or _listed_with_speakers(comparable, end, language))):
                    continue
                out.append(_Mention(start, end, "entity",
                                    Found("country", country.id, country.name, text, [surface], code=city.code)))
    return out


def _opens_person(at: int, entities: list[_Mention], comparable: str) -> bool:
    """Whether a person's mention (of entities, _Mention with found) opens right after offset
    at, past spaces alone: a title ending at at is then that person's rank or office ("le
    porte-parole colonel X": "colonel" is X's), not a title standing for someone named before."""
    opening = at + len(comparable[at:]) - len(comparable[at:].lstrip(" "))
    return opening > at and any(m.start == opening and m.found is not None and m.found.kind == "person" for m in entities)


# The word lists of _patterns _mentions scans, in its order (an earlier kind's mention takes
# its words first), each with the kind of _Mention a match makes.
_MENTION_KINDS = {"generic_bodies": "body", "pronouns": "pronoun", "described_people": "pronoun", "body_pronouns": "body_pronoun",
                  "documents": "document", "bodies": "body", "any_bodies": "body", "owned_titles": "title", "titles": "title",
                  "unnamed_speakers": "unnamed"}

# what may stand before a pronoun printed with a capital inside a sentence ("« Il ...", "(He ...")
_PRONOUN_OPENERS = " \"'\u201c\u00ab(-"


@dataclass
class _MentionScan:
    """_mentions' scan of one text (its arguments, the compared form): the entities named in
    it, the mentions found so far and the stretches they take (a later mention overlapping
    one is not found; the steps _*_mention take the scan and add to it)."""
    text: str
    comparable: str
    language: str
    named: list[Found]
    article: list[Found]
    antecedent: Found | None
    document_speaker: Found | None
    upcoming: Sequence[Found]
    previous: str
    body_spoke: bool
    year: int | None
    voiced_body: Found | None
    entities: list[_Mention]  # the entities named, with the voices and services read from them (_named_entities)
    mentions: list[_Mention]
    taken: list[tuple[int, int]]  # (start, end) of each mention found, those a filter dropped kept

    def overlaps(self, start: int, end: int) -> bool:
        """Whether [start, end) overlaps a stretch a mention took."""
        return any(a < end and start < b for a, b in self.taken)

    def take(self, mention: _Mention) -> None:
        """Add `mention`, and the stretch it takes."""
        self.mentions.append(mention)
        self.taken.append((mention.start, mention.end))


def _mentions(text: str, comparable: str, found: list[Found], named: list[Found], article: list[Found], language: str,
              antecedent: Found | None = None, document_speaker: Found | None = None, upcoming: Sequence[Found] = (),
              previous: str = "", abbreviations: dict[str, str] | None = None, body_spoke: bool = False,
              year: int | None = None, voiced_body: Found | None = None,
              staff_body: Found | None = None) -> list[_Mention]:
    """Every possible speaker of the text with its place: entities, pronouns, words standing
    for a body or a person named before, unnamed speakers; none inside quotation marks.
    antecedent: the person a title with no holder of its own stands for (the last person named
    as speaking, else the last named). document_speaker: the speaker of the last quote given with a
    document ("X said in a statement"), whom "the statement" then stands for.
    previous: the compared text of the last unit naming a statement, which makes "the text"
    of this one its text (_text_of_named_document); body_spoke: whether the unit before held the
    words of a body, which "the text" then stands for as well. abbreviations: the article's titles
    written short (_title_abbreviations); one followed by a speech verb stands for the
    title's holder ("PTT nói", "the SRSG said"). year: the article's, which chooses the
    operation "the UN mission in <country>" names (_mission_of_country). voiced_body: the body
    of the last quote, while no person has spoken since; "the official", "the spokesperson"
    (quotes.yaml "body_voices") with no person of the article to stand for are its voice again
    ("..., a BSF spokesperson said." then "..., the official said": the Border Security Force).
    staff_body: the armed forces a bare general staff ("l'état-major") speaks for (_staff_body);
    None: the staff is an unnamed speaker.

    The steps, in order (a mention found takes its words from the later ones): the entities
    (_named_entities), short titles (_short_title_mentions), a general staff (_staff_mentions),
    the words of each list of _MENTION_KINDS (_listed_mention), a title a country possesses
    (_possessed_title_mentions), a pronoun after a source marker (_marker_pronoun_mentions)."""
    spans, _ = _quoted_spans(text)
    entities = _named_entities(text, comparable, found, named, article, language, year)
    short_titles = _short_title_mentions(text, comparable, abbreviations or {}, named, article, antecedent, upcoming, language)
    if short_titles:
        entities = [m for m in entities if not any(t.start < m.end and m.start < t.end for t in short_titles)]
    entities.sort(key=lambda m: m.start)
    scan = _MentionScan(text, comparable, language, named, article, antecedent, document_speaker, upcoming, previous,
                        body_spoke, year, voiced_body, entities, list(entities) + short_titles,
                        [(m.start, m.end) for m in entities + short_titles])
    _staff_mentions(scan, staff_body)
    patterns = _patterns(language)
    for kind in _MENTION_KINDS:
        pattern = patterns.get(kind)
        if pattern is None:
            continue
        for match in pattern.finditer(comparable):
            mention = _listed_mention(scan, kind, match)
            if mention is not None:
                scan.take(mention)
    _possessed_title_mentions(scan)
    _marker_pronoun_mentions(scan)
    inside = [m for m in scan.mentions if not any(a < m.start and m.end <= b for a, b in spans)]
    return sorted(inside, key=lambda m: m.start)


def _named_entities(text: str, comparable: str, found: list[Found], named: list[Found], article: list[Found], language: str,
                    year: int | None) -> list[_Mention]:
    """The entities the text names, as _mentions reads them: each entity found, with its parent
    bodies (_with_parents) and acronyms (_acronym_mentions), a country's national services
    (_national_services), missions the UN's words modify (_un_modified_missions), permanent
    missions (_permanent_missions), then the capitals standing for their governments
    (_capital_voices) that overlap none of these. In no particular order."""
    named_here = _with_parents(text, _entity_mentions(text, found, language))
    entities = _national_services(text, comparable, named_here + _acronym_mentions(text, found, article, named_here), language)
    entities = _un_modified_missions(text, comparable, entities, named, article, language, year)
    entities = _permanent_missions(text, comparable, entities, language)
    voices = [v for v in _capital_voices(text, comparable, found, language)
              if not any(m.start < v.end and v.start < m.end for m in entities)]
    return entities + voices


def _short_title_mentions(text: str, comparable: str, abbreviations: dict[str, str], named: list[Found], article: list[Found],
                          antecedent: Found | None, upcoming: Sequence[Found], language: str) -> list[_Mention]:
    """The article's titles written short (abbreviations: short form -> title,
    _title_abbreviations) followed by a speech verb ("PTT nói", "the SRSG said"): each a
    "title" mention of the title's holder (_role_holder); one held by no one adds none."""
    short_titles: list[_Mention] = []
    for short, title in abbreviations.items():
        for match in re.finditer(rf"(?<![\w(]){re.escape(short)}(?![\w)])", text):
            if _speech_verb_follows(comparable, match.end(), language) or _inverted_verb_before(comparable, match.start(), language):
                holder = _role_holder(title, None, named, article, antecedent, upcoming)
                if holder is not None:
                    short_titles.append(_Mention(match.start(), match.end(), "title", holder))
    return short_titles


def _staff_mentions(scan: _MentionScan, staff_body: Found | None) -> None:
    """"..., a indiqué l'état-major": a general staff speaks, the staff of the soldiers reported
    (staff_body: a "body" mention of it; None: "unnamed"), not the mission named before;
    "l'état-major des FAR" is the FAR's (the body after it), so adds none."""
    staff_words, staff, _soldiers = _staff_patterns(scan.language)
    if staff is None or not any(w in scan.comparable for w in staff_words):
        return
    for match in staff.finditer(scan.comparable):
        start, end = match.start(), match.end("staff")  # the article with it: "l'" is no gap word
        if scan.overlaps(match.start("staff"), end):
            continue
        if any(m.start >= end and m.found.kind != "person" and _link_patterns()["of_body"].fullmatch(scan.comparable[end:m.start])
               for m in scan.entities):
            continue
        scan.take(_Mention(start, end, "body" if staff_body is not None else "unnamed", staff_body))


def _listed_mention(scan: _MentionScan, kind: str, match: re.Match) -> _Mention | None:
    """The mention one match of a word list of _MENTION_KINDS makes (`kind` the list), or None
    when it makes none: it overlaps a mention found before; a title after an indefinite
    article that belongs to the day ("dijo el martes un funcionario"); a pronoun printed with a
    capital inside a sentence, or a syllable of another word ("cô giáo"). A title
    (_title_mention), owned title (the one person introduced with it), body
    (_body_reference_mention), any body (_any_body_mention) or document (_document_mention)
    by its own rule; the other lists' words as they are, standing for no one named."""
    text, comparable, language = scan.text, scan.comparable, scan.language
    patterns = _patterns(language)
    start = match.start("title") if kind in ("titles", "owned_titles") else match.start()
    if kind == "titles" and "first_titles" in patterns and _opens_person(match.end(), scan.entities, comparable) \
            and (first := patterns["first_titles"].match(comparable, match.start())) is not None \
            and first.end("title") < start:
        match, start = first, first.start("title")  # "le porte-parole colonel X": the title before X's rank
    if scan.overlaps(start, match.end()):
        return None
    if kind == "titles" and (indefinite := _indefinite_before_pattern(language)) is not None \
            and indefinite.search(comparable, match.start() + 1, start) is not None:
        # "dijo el martes un funcionario de la ONU": the article is the day's, the title
        # indefinite, someone the text does not name (an unnamed speaker)
        return None
    if kind in ("pronouns", "body_pronouns") and language != "vi" and text[match.start()].isupper() and match.start() > 0 \
            and text[match.start() - 1] not in _PRONOUN_OPENERS:
        return None
    if kind == "pronouns" and match.group() in _compared_list(language, "pronouns_opening_words", language, "pronouns") \
            and not _pronoun_stands_alone(comparable, match.end(), language):
        return None  # "xã bị cô lập", "cô giáo", "cô Mai": a syllable of a word, a given name's title
    if kind == "titles":
        return _title_mention(scan, match, start)
    if kind == "owned_titles":
        # "son porte-parole", "his spokesman", "su portavoz": the one person of the
        # article introduced with that title; else left to the unnamed speakers (the
        # owner is often the last speaker, never the speaker himself)
        holder = _title_holder(match.group("title"), scan.article)
        return _Mention(start, match.end(), "title", holder) if holder is not None else None
    if kind == "generic_bodies":
        return _Mention(start, match.end(), "body", _generic_body(match.group(), language))
    if kind == "bodies":
        return _body_reference_mention(scan, match, start)
    if kind == "any_bodies":
        return _any_body_mention(scan, match, start)
    if kind == "documents":
        return _document_mention(scan, match, start)
    return _Mention(start, match.end(), _MENTION_KINDS[kind], None)


def _body_reference_mention(scan: _MentionScan, match: re.Match, start: int) -> _Mention | None:
    """A body's common noun (quotes.yaml "body_references": "the ministry", "la mission"): the
    body of that kind named before (_body_named); the mission of the country the phrase names
    ("the UN mission in Mali", _mission_of_country), the bodies inside that phrase dropped;
    else no one named ("unnamed"). None where the noun qualifies a title ("the force
    commander") or an owned body, follows an indefinite article, has a complement of its own,
    or is the troops with no mission named or not as a subject."""
    text, comparable, language = scan.text, scan.comparable, scan.language
    if _title_after(comparable, match.end(), language) is not None:
        return None  # "the force commander", "the army spokesman": the body word qualifies the title
    if _owns_body_word(comparable, match.end(), language):
        return None  # "the military's media wing": the owned body is the one speaking
    key = _body_reference_keys(language).get(match.group(), match.group())  # the word as quotes.yaml "body_references" writes it
    found_for = _body_named(key, scan.named, scan.article)
    if found_for is not None and _outlet(found_for) and _after_indefinite(comparable, match.start(), language):
        found_for = None  # "A local newspaper said", "another newspaper": an outlet not named before
    elif found_for is not None and _right_after_indefinite(comparable, match.start(), language):
        return None  # "una dependencia de la ONU": not the body named before; the body after, if any, speaks
    elif found_for is not None and _complement_of_its_own(key, text, comparable, match.end(), language):
        return None  # "la cartera de inversiones": a portfolio, not the ministry named before
    if found_for is None and (hosted := _mission_of_country(key, match.start(), match.end(), text, comparable,
                                                             scan.entities, language, scan.year)):
        # the phrase up to the country is the mission's: a body named in it after
        # the mission word ("Phái bộ LHQ tại Nam Sudan") qualifies it, no subject
        found_for, phrase_end = hosted
        scan.mentions = [m for m in scan.mentions if not (match.end() <= m.start and m.end <= phrase_end)]
    if match.group() in _troop_words(language) and (found_for is None or not _troops_as_subject(comparable, match, language)):
        return None  # "the peacekeepers" with no mission named, "attacks on peacekeepers": no body speaking
    # "the ministry said" with no ministry named: unnamed
    return _Mention(start, match.end(), "body" if found_for is not None else "unnamed", found_for)


def _any_body_mention(scan: _MentionScan, match: re.Match, start: int) -> _Mention | None:
    """A noun any organisation may be called by ("the agency"): "UNICEF opened a school. The
    agency said...": the organisation named before, unless the last one named is an outlet
    ("told AFP... the agency said"): then a body the text does not name for sure, no one
    ("unnamed"). None where the noun qualifies a title ("the agency chief said")."""
    if _title_after(scan.comparable, match.end(), scan.language) is not None:
        return None  # "the agency chief said": the noun qualifies the title
    found_for = _any_body_subject(match.group("word"), scan.named, scan.article)
    return _Mention(start, match.end(), "body" if found_for is not None else "unnamed", found_for)


def _document_mention(scan: _MentionScan, match: re.Match, start: int) -> _Mention | None:
    """A document's noun ("a statement", "le communiqué"), of the one who gave it: its issuer
    named after it (_document_issuer), else, definite, the speaker of the last quote given
    with a document; a document qualified by a body's word ("a ministry statement") that
    body's, or no one's; an agency's, or a person's owning it, named before; a report on a
    topic, timed, or of an issuer the text does not name, no one's ("unnamed"). None for "the
    text" of no statement named (_text_of_named_document)."""
    text, comparable, language = scan.text, scan.comparable, scan.language
    patterns = _patterns(language)
    if patterns["document_texts"] is not None and patterns["document_texts"].fullmatch(match.group()) \
            and not _text_of_named_document(comparable, match.end(), scan.previous, language, scan.body_spoke):
        return None  # "a text message", "el texto del acuerdo", or no statement named: nobody's text
    mention_kind = "document"
    end = _document_end(comparable, match.end(), language)  # past "officiel", "oficial"
    after_time = _document_time_end(comparable, end, language)  # past "on Sunday", "over the weekend"
    timed, end = after_time != end, after_time
    topic = _document_topic(comparable, end, language)  # "a report on X": X is no issuer
    issuer, owned = None, None
    if not topic:
        issuer, owned = _document_issuer(scan, end)
        if owned is not None and issuer is None:
            mention_kind = "unnamed"
        if issuer is None or issuer.kind != "person":
            # "a statement from the Secretary-General", "un communiqué du Secrétaire
            # général de l'ONU": the one person of the article holding the title
            issuer = _document_title_holder(text, comparable, end, scan.entities, scan.article, language) or issuer
    # "a statement from the ministry"; "the statement": of the one who gave it
    articles = _articles(language)  # a language without articles (vi): a bare noun is definite
    definite = not articles or re.search(rf"(?<!\w)(?:{_alternation(articles)})\s*$", comparable[:match.start()]) is not None
    found_for = issuer or (scan.document_speaker if definite and owned is None else None)
    if issuer is None and (qualifier := _document_qualifier(comparable, match.start(), end, language)) is not None:
        # "a ministry statement", "le communiqué du ministère": the document of the
        # body its word names, never the last body that spoke; none named, no one's
        found_for = _qualifying_body(qualifier, scan.named, scan.article, language)
        if found_for is None:
            mention_kind = "unnamed"
    elif found_for is None and not topic and (agency := _any_body_issuer(text, comparable, end, scan.named, scan.article)) is not None:
        found_for = agency  # "UNICEF ... according to a statement from the agency": UNICEF's
    elif found_for is None and (owner := _document_owner(comparable, match.start(), scan.named, scan.article, scan.antecedent,
                                                         language)) is not None:
        found_for = owner  # "..., reads her statement": the woman named before, not a body
    elif found_for is None and (topic or timed or _issuer_unnamed(text, comparable, end, scan.entities, language)):
        # "a report on X", "a statement from the police" with no police named, "a
        # report on Sunday" with no one named after the day: a document of no body
        # the text names, not of the last body that spoke
        mention_kind = "unnamed"
    return _Mention(start, match.end(), mention_kind, found_for)


def _document_issuer(scan: _MentionScan, end: int) -> tuple[Found | None, str | None]:
    """The issuer a document's noun names after it (end: where the noun's own words end), and
    the owned title it was issued by, if any: a body after "of", "from" ("of_body",
    "of_office" links), a country's government voiced after "of" ("un communiqué du
    gouvernement malien"), an entity after "issued by" (quotes.yaml "issued_by"); "issued by
    his spokesperson": the one person introduced with the title, named before or in this
    sentence (None when no one so named holds it, the title returned). Returns (issuer or None,
    owned title or None)."""
    text, comparable, language, entities = scan.text, scan.comparable, scan.language, scan.entities
    issuer = next((m.found for m in entities if m.found.kind != "person" and m.start >= end
                   and (_link_patterns()["of_body"].fullmatch(comparable[end:m.start])
                        or _link_patterns()["of_office"].fullmatch(comparable[end:m.start]))), None)
    if issuer is None and (link := _link_patterns()["of_body"].match(comparable, end)) is not None \
            and link.end() > end and (voiced := _country_voiced_after(comparable, link.end(), entities, language)) is not None:
        issuer = voiced.found  # "un communiqué du gouvernement malien": the country's
    issued_by = _patterns(language)["issued_by"]
    if issuer is None and issued_by is not None:
        # "a statement issued by the ministry", "un communiqué publié par X"
        issuer = next((m.found for m in entities if m.start >= end and issued_by.fullmatch(comparable[end:m.start])), None)
    owned = _owned_title_issuer(comparable, end, language) if issuer is None else None
    if owned is not None:
        # "a statement issued by his spokesperson", "un communiqué publié par son
        # porte-parole": the one person introduced with the title, else no one the
        # text names (the owner only says whose spokesperson it is, and no body
        # named before gave it). The holder is named before or in this sentence: one
        # introduced with the title only further down ("MONUSCO spokesperson X told
        # reporters" a paragraph later) holds it for someone else.
        holder = _title_holder(owned, scan.article)
        known = {f.id for f in scan.named} | {m.found.id for m in entities if m.found is not None}
        issuer = holder if holder is not None and holder.id in known else None
    return issuer, owned


def _title_mention(scan: _MentionScan, match: re.Match, start: int) -> _Mention | None:
    """A title ("the spokesman", "le Représentant spécial") and the one it stands for: in a
    language without articles (vi), a title held by the country's holder, no title of the
    name after it nor of an apposition, else the holder it was introduced with
    (_complemented_title_holder) or None; a title of an indefinite head, no one; else the
    holder of the title for the body it heads (_role_holder), the body owning it, the
    country's holder, the body's voice going on, the body printed with it when the holder
    holds it for another body. A title whose holder was introduced with it drops the bodies
    that only qualify it from the scan's mentions."""
    text, comparable, language, entities, article = scan.text, scan.comparable, scan.language, scan.entities, scan.article
    articles = _articles(language)
    # "Thứ trưởng Quốc phòng Việt Nam cho biết", the holder named in the article: the title speaks
    country_title = not articles and _country_title_held(match, text, comparable, entities, article, language)
    if not articles and re.match(r"\s+[^\W\d_]", text[match.end():]) \
            and text[match.end():].lstrip()[:1].isupper() and not country_title:
        return None  # "Đại sứ Phạm Hải Anh": the title of the name after it
    if not articles and (comma := text.rfind(",", 0, start)) >= 0 \
            and not text[comma + 1:start].strip() and any(m.end == len(text[:comma].rstrip()) for m in entities):
        return None  # "Thượng tướng X, Thứ trưởng Quốc phòng giải thích": X's apposition, not a subject
    if not articles and not _speech_verb_follows(comparable, match.end(), language) and not country_title:
        held = _complemented_title_holder(match, text, comparable, article, language)
        # "Đại diện của Tổng Thư ký LHQ thông tin", the representative introduced before; else
        # "Đại sứ quán" (the embassy), "Trưởng thôn": the title word opens another noun
        return _Mention(start, match.end(), "title", held) if held is not None else None
    if _heads_indefinite(comparable, match.end(), language):
        return _Mention(start, match.end(), "title", None)  # "le patron d'un hôtel", "the head of a charity": someone the text does not name
    title = match.group("title")
    body = _body_headed(match.end(), entities, text, comparable) or _body_headed(
        match.end(), [m for m in scan.mentions if m.kind == "body" and m.found is not None], text, comparable)
    # (the second: a body called by its common noun, "el secretario general del
    # organismo mundial", quotes.yaml "body_references")
    found_for = _role_holder(title, body, scan.named, article, scan.antecedent, scan.upcoming)
    if body is None and (narrowed := _qualified_title_holder(title, comparable, match.end(), article)) is not None:
        found_for = narrowed  # "el general español" where an Italian general is named too
    if (owner := _title_owner(match, start, text, entities)) is not None and not (
            found_for is not None and found_for.kind == "person"
            and has_whole_word(_comparable(found_for.sentence or "", language), title)):
        # "the UN's deputy head said": the one person holding the title (or named in a
        # sentence giving it), else the body owning it, not the last person named
        found_for = _title_holder(title, article) or owner
    if country_title:
        found_for = _country_title_holder(title, article, language)
    if found_for is None and body is None and scan.voiced_body is not None \
            and title in _body_voice_words(language)[0]:
        found_for = scan.voiced_body  # "the official said", no person named: the body's voice goes on
    qualifier = body or _body_before_title(match.start(), start, text, entities)
    if qualifier is not None and not country_title and found_for is not None and found_for.kind == "person" \
            and _holds_for_another_body(found_for, qualifier, article):
        # "the Israeli army spokeswoman said", "a déclaré le porte-parole de l'armée
        # israélienne" after "UNIFIL spokesman X": X holds the title for another
        # body, so the body the title is printed with speaks (its unnamed officer)
        found_for = qualifier
    if found_for is not None and found_for.kind == "person" and _title_holder(title, article) is found_for:
        # "Le Représentant spécial de l'ONU déplore que...", after X was introduced
        # with that title: the body (one word of the title may come between) only
        # qualifies the title, and the holder speaks
        scan.mentions = [m for m in scan.mentions if not (m.found is not None and m.found.kind != "person" and m.start >= match.end()
                                                          and _qualifies_title(comparable[match.end():m.start], text[match.end():m.start], language))]
    return _Mention(start, match.end(), "title", found_for)


def _possessed_title_mentions(scan: _MentionScan) -> None:
    """"Peru's defence minister said": the one person of the article holding the title a
    country possesses, right before a speech verb, speaks (held by no one, the country before
    it does: _speaker_before)."""
    pattern = _possessed_title_pattern(scan.language)
    verb = _patterns(scan.language)["speech_verbs"]
    if pattern is None:
        return
    for m in [m for m in scan.mentions if m.kind == "entity" and m.found.kind == "country"]:
        title = pattern.match(scan.comparable, m.end)
        if title is None or verb is None or not verb.match(scan.comparable, title.end() + 1) \
                or scan.overlaps(title.start("title"), title.end()):
            continue
        holder = _country_title_holder(title.group("title"), scan.article, scan.language)
        if holder is not None:
            scan.take(_Mention(title.start("title"), title.end(), "title", holder))


@lru_cache(maxsize=None)
def _marker_pronoun_pattern(language: str) -> re.Pattern | None:
    """quotes.yaml "marker_pronouns" of a language as whole words, with their accents (for
    the text lowercased), built once; None when the language lists none."""
    forms = tuple(str(f) for f in (_vocabulary().get("marker_pronouns") or {}).get(language, []))
    return _words_pattern(forms, r"\w") if forms else None


def _marker_pronoun_mentions(scan: _MentionScan) -> None:
    """"according to him", "selon lui", "según él": a pronoun right after a source marker
    (quotes.yaml "marker_pronouns"), compared with its accents ("él" is not the article "el"):
    a "pronoun" mention."""
    text, comparable, language = scan.text, scan.comparable, scan.language
    pronouns = _marker_pronoun_pattern(language)
    markers = _patterns(language)["source_markers"]
    if pronouns is None or markers is None:
        return
    lowered = text.lower()
    if len(lowered) != len(text):  # a letter whose lower case is longer ("İ"): kept as it is
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    marker_ends = None
    for match in pronouns.finditer(lowered):
        if marker_ends is None:
            marker_ends = [m.end() for m in markers.finditer(comparable)]
        ends = [end for end in marker_ends if end <= match.start()]
        if ends and not comparable[ends[-1]:match.start()].strip() and not scan.overlaps(match.start(), match.end()):
            scan.take(_Mention(match.start(), match.end(), "pronoun", None))


def _un_modified_missions(text: str, comparable: str, entities: list[_Mention], named: list[Found], article: list[Found],
                          language: str, year: int | None = None) -> list[_Mention]:
    """The United Nations' name set before a word for a mission ("the UN mission said", "a
    statement from the U.N. mission in the country"): the phrase names the mission, not the
    UN. entities: the entity mentions of a unit; returns them with each such UN mention
    widened over the mission word and standing for the mission the word refers to
    (_body_named: the last named before, else the article's only one; else the one operation
    of the country named after it, _mission_of_country). A mention followed by a title ("the
    UN mission chief") is left as it is, as is one where no mission can be told. The mission
    words are quotes.yaml "body_references" whose heads hold "mission", the troop words left
    out (troop_references: "UN peacekeepers" speak for their mission by their own rule); the
    UN is host_country_mission's "un_body"."""
    pattern = _patterns(language)["bodies"]
    if pattern is None or not any(m.found.kind == "organisation" and _un_body(m.found) for m in entities):
        return entities
    references, troops = _vocabulary()["body_references"], _troop_words(language)
    keys = _body_reference_keys(language)
    widened: list[_Mention] = []
    for mention in entities:
        match = None
        if mention.found.kind == "organisation" and _un_body(mention.found) and re.match(r"[ \t]+", comparable[mention.end:]):
            match = pattern.match(comparable, mention.end + len(comparable[mention.end:]) - len(comparable[mention.end:].lstrip(" \t")))
        word = keys.get(match.group(), match.group()) if match else None
        if match is None or word in troops or "mission" not in (references.get(word) or []) \
                or _title_after(comparable, match.end(), language) is not None \
                or any(m.start < match.end() and match.start() < m.end for m in entities if m is not mention):
            widened.append(mention)
            continue
        mission = _body_named(word, named, article)
        if mission is None and (hosted := _mission_of_country(word, match.start(), match.end(), text, comparable, entities, language, year)):
            mission = hosted[0]
        if mission is None or mission.kind != "mission":
            widened.append(mention)
            continue
        widened.append(_Mention(mention.start, match.end(), "entity", mission))
    return widened


@lru_cache(maxsize=None)
def _troop_words(language: str) -> frozenset[str]:
    """quotes.yaml "troop_references" words, as compared in the language."""
    return frozenset(_comparable(str(w), language) for w in (_vocabulary().get("troop_references") or {}).get("words") or [])


@lru_cache(maxsize=None)
def _troop_leads(language: str) -> re.Pattern | None:
    """The words that may stand before a word for a mission's troops as its subject's
    (quotes.yaml "troop_references" leads and "host_country_mission" un_words), ending the
    compared text searched; None for a language that lists none. Compiled once per language."""
    un_words = [_comparable(str(w), language) for w in
                ((_vocabulary().get("host_country_mission") or {}).get("un_words") or {}).get(language, [])]
    leads = [_comparable(str(w), language) for w in
             ((_vocabulary().get("troop_references") or {}).get("leads") or {}).get(language, [])] + un_words
    return re.compile(rf"(?<!\w)(?:{_alternation(leads)})$") if leads else None


def _troops_as_subject(comparable: str, match: re.Match, language: str) -> bool:
    """Whether a word for a mission's troops stands where a subject does: opening the text or a
    clause, or after a plural definite article or a UN word (quotes.yaml "troop_references"
    leads, "host_country_mission" un_words: "the peacekeepers said", "United Nations
    peacekeepers said", "les casques bleus ont indiqué"), and not before a possessive ("the
    peacekeepers' base"). After a preposition or a verb ("attacks on peacekeepers", "fired on
    its peacekeepers") it is no subject."""
    if re.match(r"['\u2019]", comparable[match.end():]):
        return False
    before = comparable[:match.start()].rstrip()
    if not before or before[-1] in ",;:.\"\u201c\u00ab(":
        return True
    leads = _troop_leads(language)
    lead = leads.search(before) if leads is not None else None
    if lead is None:
        return False
    # "attacks against the peacekeepers", "fired on the peacekeepers": a preposition's complement
    words = re.findall(r"[\w'\u2019]+", before[:lead.start()])
    prepositions = _joining_words(language) | _place_words() | {
        _comparable(str(w), language) for w in (_vocabulary().get("object_prepositions") or {}).get(language, [])}
    return not (words and words[-1] in prepositions)


@lru_cache(maxsize=None)
def _document_epithet(language: str) -> re.Pattern | None:
    """The pattern of a word describing a document right after its word (quotes.yaml
    "document_epithets": "officiel", "oficial"), on the compared form; None when the language
    lists none."""
    words = list(_compared_forms("document_epithets", language))
    return re.compile(rf"\s+(?:{_alternation(words)})(?![\w-])") if words else None


def _document_title_holder(text: str, comparable: str, end: int, entities: list[_Mention], article: list[Found],
                           language: str) -> Found | None:
    """The person whose title of office joins a document's word ending at end ("a statement
    from the Secretary-General", "un communiqué du Secrétaire général de l'ONU", "un
    comunicado del secretario general de la ONU"): the one person of the article introduced
    with that title, or with the body named right after it (_role_holder, with no antecedent
    to fall back on); None when no title follows, when the word there is a body's ("a statement
    from the force": quotes.yaml "body_references"), or when no one person holds it."""
    link = _link_patterns()["of_body"].match(comparable, end)
    if link is None:
        return None
    at = link.end()
    bodies = _patterns(language)["bodies"]
    if bodies is not None and bodies.match(comparable, at):
        return None
    pattern = _title_opening(language)
    match = pattern.match(comparable, at) if pattern is not None else None
    if match is None or any(m.start < match.end() and at < m.end for m in entities):
        return None
    body = _body_headed(match.end(), entities, text, comparable)
    holder = _role_holder(match.group("title"), body, [], article)
    return holder if holder is not None and holder.kind == "person" else None


def _document_end(comparable: str, end: int, language: str) -> int:
    """Where the phrase of the document whose word ends at end of the compared sentence
    ends before its issuer: past a word describing it ("un communiqué officiel de la Finul",
    "una nota oficial de la misión": the issuer follows "officiel"), else end itself."""
    epithet = _document_epithet(language)
    after = epithet.match(comparable, end) if epithet is not None else None
    return after.end() if after is not None else end


def _document_topic(comparable: str, end: int, language: str) -> bool:
    """Whether the document whose word ends at end of the compared sentence is followed by
    what it is about (quotes.yaml "document_topic_links": "a report on", "un rapport sur",
    "un informe sobre"), so that the name after it is no issuer."""
    links = _document_topic_links(language)
    return links is not None and links.match(comparable, end) is not None


@lru_cache(maxsize=None)
def _document_topic_links(language: str) -> re.Pattern | None:
    """quotes.yaml "document_topic_links" of the language as one pattern, compiled once per
    language; None when it lists none."""
    links = _compared_forms("document_topic_links", language)
    return re.compile(rf"\s*(?:{_alternation(links)})(?!\w)") if links else None


# The most words after a document's topic link within which a day or period opening there
# makes the link one of time ("on Sunday", "over the past week"), not of topic.
TOPIC_TIME_WORDS = 2


def _document_time_end(comparable: str, end: int, language: str) -> int:
    """Where the time told right after a document's word ends, when a topic link opens it
    ("a statement on Sunday from X", "a report over the weekend by X": a day, a date or a
    relative period of dates.find_dates / dates.relative_spans, a bare year aside, opening
    within TOPIC_TIME_WORDS words after the link, or the link opening the period): the
    document's issuer, or its topic, follows that time. end (the document word's end in the
    compared sentence) when no such time follows, or when the day is a possessive ("a report
    on Monday's attack": the topic)."""
    links = _document_topic_links(language)
    link = links.match(comparable, end) if links is not None else None
    if link is None:
        return end
    rest = comparable[end:end + 80]
    words = list(re.finditer(r"\S+", comparable[link.end():end + 80]))[:TOPIC_TIME_WORDS]
    reach = link.end() - end + (words[-1].end() if words else 0)
    times = [(d.start, d.end) for d in find_dates(rest) if d.kind != "year"] + relative_spans(rest, language)
    opening = [b for a, b in times if a < reach]
    if not opening or re.match(r"\s*'s(?!\w)", comparable[end + max(opening):]):
        return end  # "a report on Monday's attack": the day qualifies the topic
    return end + max(opening)


def _issuer_unnamed(text: str, comparable: str, end: int, entities: list[_Mention], language: str) -> bool:
    """Whether the document whose word ends at end is given by a body called by a common noun
    that no list knows and no name follows ("a statement from the police", "un communiqué de
    la gendarmerie"): a joining word and an article (none: "de presse" says what kind of
    document it is), then a word in lower case that opens no
    entity, no grammar word, no spokesperson's word and no body word (quotes.yaml
    "body_references", "national_services", which _document_qualifier reads); a title whose
    one holder the article names was taken before (_document_title_holder). The text names
    no issuer."""
    link = _link_patterns()["of_body"].match(comparable, end)
    if link is None or link.end() == end or link.end() >= len(text):
        return False
    at = link.end()
    if not _words_ending(_joining_articles_listed(), r"[\w']").search(comparable[end:at]):
        return False  # "un communiqué de presse": a kind of document, no body giving it
    if any(m.start <= at < m.end or m.start == at for m in entities):
        return False
    word = re.match(r"[^\W\d_]+", text[at:])
    if word is None or not word.group().islower():
        return False
    bodies = _patterns(language)["bodies"]
    if bodies is not None and bodies.match(comparable, at):
        return False
    services = tuple(_service_forms(language))
    if services and _words_pattern(services, r"[\w-]").match(comparable, at):
        return False
    folded = fold_same_length(word.group()).lower()
    return folded not in reference().words("stopwords") and _comparable(word.group(), language) not in _body_voice_words(language)[0]


@lru_cache(maxsize=None)
def _document_qualifier_patterns(language: str) -> tuple[re.Pattern | None, re.Pattern | None]:
    """(before, after): the patterns of a body's word qualifying a document, right before its
    word ("a ministry statement", "a military statement", "an army statement") or joined after
    it ("a statement from the ministry", "le communiqué du ministère", "un comunicado del
    ejército", "a statement issued by the ministry"), group "word". The words are those of
    quotes.yaml "body_references" and the language's "national_services". Compiled once per
    language (two patterns, of some 750 and 2,150 characters for English: re's own cache,
    shared by every pattern of the extractor, let them go and compiled them again for each
    document word)."""
    words = sorted({*_body_reference_keys(language), *_service_forms(language)}, key=len, reverse=True)
    if not words:
        return None, None
    alternation = _alternation(words)
    before = re.compile(rf"(?<![\w-])(?P<word>{alternation})(?:['\u2019]s)?\s+$")
    links = [_link_patterns()["of_body"].pattern]
    issued = _patterns(language)["issued_by"]
    if issued is not None:
        links.append(issued.pattern)
    after = re.compile(rf"(?:{'|'.join(f'(?:{link})' for link in links)})(?P<word>{alternation})(?![\w-])")
    return before, after


def _document_qualifier(comparable: str, start: int, end: int, language: str) -> str | None:
    """The body word (as compared) qualifying the document whose word runs from start to end
    of the compared sentence, before or after it (_document_qualifier_patterns), or None."""
    before, after = _document_qualifier_patterns(language)
    if before is None:
        return None
    if (match := after.match(comparable, end)) is not None:
        return match.group("word")
    if (match := before.search(comparable[max(0, start - 40):start])) is not None:
        return match.group("word")
    return None


def _qualifying_body(word: str, named: list[Found], article: list[Found], language: str) -> Found | None:
    """The body a document's qualifying word stands for: a word of quotes.yaml
    "body_references" the body it refers to (_body_named: "the ministry" -> the ministry named
    before); a service of "national_services" the last country's service of that kind named
    before ("Brazil's military said ... a military statement said" -> Brazilian Armed Forces);
    else None."""
    keys = _body_reference_keys(language)
    if word in keys:
        return _body_named(keys[word], named, article, any_body=True)
    service = _service_forms(language).get(word)
    if service is None:
        return None
    if service in _WHOLE_FORCES:
        # "a military statement", "an army statement": a country's whole forces, however the
        # article named them before ("Brazil's military" is the listed Brazilian Army)
        fits = _whole_forces
    else:
        tail = ":" + _service_key(service)
        fits = lambda e: e.id.startswith("national:") and e.id.endswith(tail)  # noqa: E731
    before = next((e for e in reversed(named) if fits(e)), None)
    if before is not None:
        return before
    anywhere = {e.id: e for e in article if fits(e)}
    return next(iter(anywhere.values())) if len(anywhere) == 1 else None


def _whole_forces(entity: Found) -> bool:
    """Whether an entity is a country's whole armed forces, its army, military or armed forces
    (entities.national_forces_in): a body organisations.yaml marks "armed_forces_of", one named
    "armed-forces-of-<country>" by the entity finder, or a quote's own "national:<country
    id>:army" or ":armed-forces" (_national_services)."""
    if entity.kind != "organisation":
        return False
    if entity.id.startswith("national:"):
        return any(entity.id.endswith(":" + _service_key(s)) for s in _WHOLE_FORCES)
    return entity.id.startswith("armed-forces-of-") or entity.id in _listed_forces_ids()


@lru_cache(maxsize=None)
def _listed_forces_ids() -> frozenset[str]:
    """The ids of the bodies organisations.yaml marks as a country's armed forces ("armed_forces_of")."""
    return frozenset(str(row["id"]) for row in reference().organisations.values() if row.get("armed_forces_of"))


def _text_of_named_document(comparable: str, at: int, previous: str, language: str, body_spoke: bool = False) -> bool:
    """Whether "the text" / "le texte" / "el texto" ending at a position of the compared text
    is the text of a statement (quotes.yaml "document_texts"): a document of "named_documents"
    named in this text or in previous (the compared text of the last sentence naming one), or
    words of a body quoted in the sentence before (body_spoke: «...», a indiqué la Minusma.
    «...», selon le texte), and the noun
    not qualified as something else: a complement naming no listed document ("el texto del
    acuerdo"), or, in a language whose descriptions go before the noun (no
    "descriptions_before_noun" list), a word right after it that is not a verb of saying, a
    complementiser, a determiner or a pronoun ("a text message"). False when the language
    lists no named documents."""
    patterns = _patterns(language)
    named = patterns["named_documents"]
    if named is None:
        return False
    if _link_patterns()["heads"].match(comparable, at):
        if not patterns["of_named_document"].match(comparable, at):
            return False  # "le texte de la loi", "the text of the agreement"
    elif not (_vocabulary().get("descriptions_before_noun") or {}).get(language):
        word = re.compile(r"\s+([^\W\d_][\w'-]*)").match(comparable, at)
        if word is not None and not (
                _speech_verb_follows(comparable, at, language) or word.group(1) in _determiners(language)
                or any(patterns[kind] is not None and patterns[kind].match(comparable, word.start(1))
                       for kind in ("complementisers", "pronouns", "body_pronouns", "source_markers"))):
            return False  # "the text message", "a text alert": a noun the word describes
    return body_spoke or named.search(comparable) is not None or named.search(previous) is not None


# The most words between a verb of verbs_needing_complement and its complementiser ("wrote on
# Facebook that"), unless quotes.yaml "complement_reach" gives the language's own.
COMPLEMENT_REACH = 3


@lru_cache(maxsize=None)
def _complement_verbs(language: str) -> tuple[frozenset[str], frozenset[str], re.Pattern | None]:
    """The speech verbs that report only with a clause or a quotation (quotes.yaml
    "verbs_needing_complement"): (their forms as printed, lowercase with accents; the same as
    compared; the pattern of a complementiser within COMPLEMENT_REACH words after the verb, or
    the language's "complement_reach", or None)."""
    forms = frozenset(_with_pluperfect((str(f).lower() for f in (_vocabulary().get("verbs_needing_complement") or {}).get(language, [])),
                                       language))
    compared = frozenset(_comparable(f, language) for f in forms)
    words = list(_compared_forms("complementisers", language))
    alternatives = "|".join(re.escape(w).replace("'", "['\u2019]") if w.endswith("'") else rf"{re.escape(w)}(?!\w)"
                            for w in sorted(words, key=len, reverse=True))
    reach = int((_vocabulary().get("complement_reach") or {}).get(language, COMPLEMENT_REACH))
    clause = re.compile(rf"\s+(?:[\w-]+\s+){{0,{reach}}}?(?:{alternatives})") if alternatives else None
    return forms, compared, clause


@lru_cache(maxsize=None)
def _personal_objects(language: str) -> frozenset[str]:
    """The words opening a person as a verb's object (quotes.yaml "personal_objects": the
    Spanish personal "a"), as compared."""
    return frozenset(_compared_forms("personal_objects", language))


@lru_cache(maxsize=None)
def _calling_verbs(language: str) -> tuple[frozenset[str], re.Pattern]:
    """(the verbs of calling on someone that report only a call to act, as compared; the
    pattern, matched right after the verb, of the infinitive that makes it one: next, or
    after up to "most_words" words (8 unless given) and a word of "called_to"), from
    quotes.yaml "calling_verbs". The pattern is matched on the compared text keeping the
    capitals printed (_with_capitals): a capitalised word is a name, no infinitive ("a
    Alger", "a Dakar"), nor are the words of "not_infinitives" ("à notre", "a pesar de",
    "à partir du pont").
    No verbs listed: an empty set and a pattern that never matches."""
    entry = (_vocabulary().get("calling_verbs") or {}).get(language) or {}
    verbs = frozenset(_compared_list(language, "calling_verbs", language, "verbs"))
    endings = [str(e) for e in entry.get("infinitive_endings") or []]
    called_to = list(_compared_list(language, "calling_verbs", language, "called_to"))
    if not verbs or not endings:
        return frozenset(), re.compile("(?!)")
    others = _compared_list(language, "calling_verbs", language, "not_infinitives")
    not_others = rf"(?!(?:{_alternation(others)})(?![\w'\u2019-]))" if others else ""
    infinitive = rf"(?![A-Z]){not_others}\w+(?:{_alternation(endings)})(?:se)?(?!\w)"
    most = int(entry.get("most_words") or 8)
    later = rf"|\s+(?:[\w'\u2019-]+,?\s+){{1,{most}}}?(?:{_alternation(called_to)})\s+{infinitive}" if called_to else ""
    return verbs, re.compile(rf"\s+{infinitive}{later}")


@lru_cache(maxsize=None)
def _inserted_adverbs_pattern(language: str) -> re.Pattern | None:
    """A verb's first word then one or two adverbs put inside a compound form (quotes.yaml
    "inserted_adverbs", as compared), the adverbs group 1; None when the language lists none.
    Compiled once per language, for _reports_here."""
    adverbs = list(_compared_forms("inserted_adverbs", language))
    return re.compile(rf"\S+((?:\s+(?:{_alternation(adverbs)})){{1,2}},?)\s") if adverbs else None


def _without_aside(verb: str) -> str:
    """A compound speech verb as found (_verb_source) without what stands between commas after
    its auxiliary: "a, lors d'une réunion à Goma, répondu" -> "a répondu", "a, en outre, nié" ->
    "a nié", so that the checks of its form (verbs_needing_complement, calling_verbs) hold
    whatever aside it carries; a verb with no comma is returned as it is."""
    if "," not in verb:
        return verb
    auxiliary = re.match(r"[^\s,]*", verb).group()
    return f"{auxiliary} {verb[verb.rindex(',') + 1:].strip()}"


@lru_cache(maxsize=None)
def _noun_determiner_pattern(language: str) -> tuple[re.Pattern, re.Pattern] | None:
    """_noun_after_determiner's patterns, for compared text: (a determiner ending the text
    before the word: _determiners, quotes.yaml "demonstratives"; the link of a noun's
    complement opening the text after it: quotes.yaml "noun_complement_links"); None when the
    language lists no article nor plural marker (quotes.yaml "noun_plural_markers", which
    also count as determiners), or no link. Compiled once per language."""
    plural = _compared_forms("noun_plural_markers", language)
    determiners = _determiners_and_demonstratives(language) | frozenset(plural)
    links = _compared_forms("noun_complement_links", language)
    if not (_articles(language) or plural) or not links:
        return None
    elided = [d for d in determiners if d.endswith("'")]
    whole = [d for d in determiners if not d.endswith("'")]
    before = rf"(?:(?<!\w)(?:{_alternation(whole)})\s+|(?<!\w)(?:{_alternation(elided)}))$" if elided else \
        rf"(?<!\w)(?:{_alternation(whole)})\s+$"
    after = rf"\s+(?:{_alternation(links)})(?:(?<=')|\s)"
    return re.compile(before), re.compile(after)


def _noun_after_determiner(text: str, comparable: str, start: int, end: int, language: str) -> bool:
    """Whether the one-word speech verb at comparable[start:end] is a noun of the same form:
    a determiner right before it (an article, an indefinite determiner, a demonstrative) and
    the link of a noun's complement right after it ("L'annonce de X a surpris...", "cette
    note du ministère", "la réplique de l'armée", "các yêu cầu của LHQ" after a plural marker
    of quotes.yaml "noun_plural_markers"). A verb is never so framed; its subject
    stands before it ("X annonce que..."), and an object pronoun printed as an article
    (_object_pronoun_before: "la mission l'affirme d'une voix ferme") is no determiner."""
    patterns = _noun_determiner_pattern(language)
    # a verb of several words is an auxiliary and a verb ("a déclaré"), but in a language
    # writing its words by syllables without articles a word of two syllables ("yêu cầu")
    if patterns is None or (" " in comparable[start:end].strip() and _articles(language)):
        return False
    before, after = patterns
    return before.search(comparable[max(0, start - 12):start]) is not None and after.match(comparable, end) is not None \
        and not _object_pronoun_before(text, comparable, start, language)


_TOKEN = re.compile(r"\w+'|[\w-]+|[^\w\s]")


@lru_cache(maxsize=None)
def _determiners_and_demonstratives(language: str) -> frozenset[str]:
    """The words that may stand right before a noun in a language, as compared: its
    determiners (_determiners: articles, indefinite determiners) and its demonstratives
    (quotes.yaml "demonstratives"). Read by _noun_determiner_pattern (for
    _noun_after_determiner) and _object_pronoun_before (_noun_determiners, the determiners
    opening a characterised object, is another list)."""
    return _determiners(language) | frozenset(_compared_forms("demonstratives", language))


@lru_cache(maxsize=None)
def _object_pronouns(language: str) -> tuple[frozenset[str], frozenset[str]]:
    """(the object pronouns that print as an article, the subject words that may stand before
    them) of quotes.yaml "object_pronoun_determiners" ("determiners", "subjects"), as
    compared; empty sets where the language lists none. Read by _object_pronoun_before."""
    table = (_vocabulary().get("object_pronoun_determiners") or {}).get(language) or {}
    return (frozenset(_comparable(str(w), language) for w in table.get("determiners") or []),
            frozenset(_comparable(str(w), language) for w in table.get("subjects") or []))


def _object_pronoun_before(text: str, comparable: str, start: int, language: str) -> bool:
    """Whether the word right before the verb form at `start` is an object pronoun that prints
    as an article (quotes.yaml "object_pronoun_determiners": French "le", "la", "les", "l'"),
    the form after it then being the verb: the word before the pronoun ends a subject, one of
    the listed subject words ("il le souligne d'ailleurs", "qui l'affirme d'une voix ferme"),
    a capitalised name inside the sentence ("La Minusma l'indique d'ailleurs") or a noun after
    a determiner ("le général l'explique de façon simple"). False after a preposition, a verb,
    a mark or the text's start ("Après l'annonce de X", "a salué l'annonce de X", "L'annonce de
    X"): the word is the article and the form a noun."""
    pronouns, subjects = _object_pronouns(language)
    if not pronouns:
        return False
    offset = max(0, start - 80)
    tokens = list(_TOKEN.finditer(comparable, offset, start))
    if len(tokens) < 2 or tokens[-1].group() not in pronouns:
        return False
    previous = tokens[-2]
    if not previous.group()[0].isalnum():
        return False
    if previous.group() in subjects:
        return True
    if text[previous.start()].isupper() and len(tokens) > 2 and tokens[-3].group() not in ".!?:;\u00ab\u201c\"":
        return True  # a name inside the sentence
    return len(tokens) > 2 and tokens[-3].group() in _determiners_and_demonstratives(language)


def _reports_here(text: str, comparable: str, start: int, end: int, language: str) -> bool:
    """Whether the speech verb at text[start:end] reports words: always, unless it is one of
    "verbs_needing_complement" (_complement_verbs); then only as printed (a participle equal
    but for its accent is none: "confirmé par l'armée") and with a clause after it ("que",
    "qu'"), a quotation opening after it in the text, or a quotation closed right before it
    ("« ... », confirme X"), or closed before the verb's own subject with the verb closing
    its sentence ('"...", anh chia sẻ.', '"...," she notes.'; not after a plural determiner
    or a number: "it has many notes." is a noun); in a language without
    articles, also opening the sentence
    ("Phát biểu tại buổi lễ, Đại tá X cảm ơn...": the speech given, its speaker after)."""
    if _participle_alone(text, comparable, start, end, language):
        return False
    if _remembers_someone(text, comparable, start, end, language):
        return False
    if _noun_after_determiner(text, comparable, start, end, language):
        return False
    verb, printed = _without_aside(comparable[start:end]), _without_aside(text[start:end].lower())
    adverbs = _inserted_adverbs_pattern(language)
    inserted = adverbs.match(verb) if adverbs is not None else None
    if inserted:  # "a ensuite répondu": the verb is "a répondu"
        verb = verb[:inserted.start(1)] + verb[inserted.end(1):]
        printed = printed[:inserted.start(1)] + printed[inserted.end(1):]
    calling, to_act = _calling_verbs(language)
    if verb in calling:
        if to_act.match(_with_capitals(text, comparable, end), end) is not None:
            return True
        quotation = re.search("[\u00ab\u201c\"]", text[end:])
        return quotation is not None and not _names_by_calling(comparable, start, end, end + quotation.start(), language)
    forms, compared, clause = _complement_verbs(language)
    if verb not in compared:
        return True
    if printed not in forms:
        return False
    if not _articles(language) and not text[:start].strip():
        return True  # "Phát biểu tại buổi lễ, Đại tá X cảm ơn...": the speech opens the sentence, its speaker after
    if clause is not None and clause.match(comparable, end) and not _object_relative(comparable, end, language):
        return True
    marks = (_vocabulary().get("complement_marks") or {}).get(language) or []
    if any(text.startswith(str(mark), end) for mark in marks):
        return True  # "Anh chia sẻ: những ngày đầu ...": the words told follow the colon
    if text.startswith(",", end) and verb in _compared_forms("comma_complement_verbs", language):
        return True  # "Trung tá X kể, một trong những ...": the words told follow the comma
    if re.search("[\u00ab\u201c\"]", text[end:]):
        return True
    if re.search(r"[\u00bb\u201d\"]\s*,?\s*$", text[:start]) is not None:
        return True
    # '"...", anh chia sẻ.', '"...," she notes.': the quotation closed before the verb's own
    # subject, and the verb closing its sentence, the words told are the quotation's; not
    # after a plural determiner or a number ('"Safe Roads", and it has many notes.': a noun), nor
    # after a relative pronoun or a conjunction opening a clause of its own ('"Secret", which
    # the minister notes.'); the quotation ends with a comma (or a question or exclamation
    # mark) or is followed by one ('"Ngày về" là món quà anh chia sẻ.': no words told)
    subject = _SUBJECT_AFTER_QUOTATION.search(text, max(0, start - 120), start)
    if subject is None or _CLOSES_SENTENCE.match(text, end) is None:
        return False
    first = _comparable(subject.group(1).split()[0], language).lower()
    return subject.group(2).lower() not in _plural_subject_words(language)[0] \
        and first not in _compared_forms("relative_pronouns", language) and first not in _coordinating_words(language)


# A quotation closed, a comma, then one to six words and nothing else up to the verb (the
# subject of "\u201c...\u201d, anh chia sẻ." or "\"...,\" she notes."): words of letters, with
# the dots of a courtesy title or an initial ("M.", "J.") and hyphens or apostrophes inside;
# a comma (or a question or exclamation mark) inside the closing mark or a comma after it;
# group 1 the words, group 2 the last word, right before the verb.
_SUBJECT_AFTER_QUOTATION = re.compile(r"(?:[,?!]\s*[\u00bb\u201d\"]|[\u00bb\u201d\"]\s*,)\s*((?:[^\W\d_][\w'\u2019.-]*\s+){0,5}([^\W\d_][\w'\u2019.-]*)\s+)$")
# What may follow a verb that closes its sentence: a full stop, a question or exclamation
# mark, a semicolon, or the end of the text.
_CLOSES_SENTENCE = re.compile(r"\s*(?:[.!?;]|$)")


def _object_relative(comparable: str, end: int, language: str) -> bool:
    """Whether the verb ending at comparable[end] is followed, a day after it passed over
    (_time_pattern), by an object of one noun (a word of quotes.yaml "object_relatives"
    "determiners", then one word) and a bare complementiser of that entry: a relative clause of
    the noun, no words told ("descartó la opción que proponía la misión"). False in a language
    with no such entry."""
    pattern = _object_relative_pattern(language)
    if pattern is None:
        return False
    days = _time_pattern(language)
    day = days.match(comparable, end) if days is not None else None
    return pattern.match(comparable, day.end() if day else end) is not None


@lru_cache(maxsize=None)
def _object_relative_pattern(language: str) -> re.Pattern | None:
    """The pattern of _object_relative for a language, on comparable text; None with no entry."""
    determiners = _compared_list(language, "object_relatives", language, "determiners")
    complementisers = _compared_list(language, "object_relatives", language, "complementisers")
    if not determiners or not complementisers:
        return None
    return re.compile(rf"\s+(?:{_alternation(list(determiners))})\s+[\w-]+\s+(?:{_alternation(list(complementisers))})(?!\w)")


def _names_by_calling(comparable: str, start: int, end: int, quotation: int, language: str) -> bool:
    """Whether the calling verb at comparable[start:end] gives a name, the quotation at
    `quotation` the name and no words said: an object relative of quotes.yaml "calling_verbs"
    "naming_relatives" opens its clause ("le camp, que les habitants appellent « la prison »",
    "ce que l'on appelait autrefois « la zone verte »") and no word of "called_to" stands right
    before the quotation ("... que la mission appelle les parties à « cesser le feu »": a call)."""
    relatives = _compared_list(language, "calling_verbs", language, "naming_relatives")
    if not relatives:
        return False
    words = re.findall(r"[\w'\u2019]+", comparable[end:quotation])
    if words and words[-1] in _compared_list(language, "calling_verbs", language, "called_to"):
        return False
    clause = comparable[max(comparable.rfind(",", 0, start), comparable.rfind(";", 0, start)) + 1:start]
    return re.search(rf"(?<![\w'\u2019])(?:{_alternation(relatives)})(?:(?<=['\u2019])|(?![\w-]))", clause) is not None


def _with_capitals(text: str, comparable: str, start: int) -> str:
    """The compared text with, from `start` on, each letter printed as a capital in upper case
    ("llamó a su embajador a Dakar": "... a Dakar"), so a pattern can tell a name from a word."""
    return comparable[:start] + "".join(c.upper() if t.isupper() else c for c, t in zip(comparable[start:], text[start:]))


@lru_cache(maxsize=None)
def _participle_forms(language: str) -> tuple[tuple[str, ...], frozenset[str]]:
    """(the endings of the past participle as printed, lowercase; the auxiliaries of the
    perfect as compared), from quotes.yaml "participle_endings" and "perfect_auxiliaries"."""
    vocab = _vocabulary()
    endings = tuple(sorted((str(e).lower() for e in (vocab.get("participle_endings") or {}).get(language, [])), key=len, reverse=True))
    auxiliaries = frozenset(_compared_forms("perfect_auxiliaries", language))
    return endings, auxiliaries


def _participle_alone(text: str, comparable: str, start: int, end: int, language: str) -> bool:
    """Whether the one-word speech verb at text[start:end] is printed as a past participle
    with no auxiliary of the perfect within the two words before it: "le bilan noté par les
    experts", "le chemin indiqué", where only the accent tells the participle from the
    present ("note", "indique"); "il a aussitôt indiqué que" is the perfect, a report. Rule
    source: French conjugation (first-group present "-e", participle "-é")."""
    endings, auxiliaries = _participle_forms(language)
    if not endings or " " in comparable[start:end]:
        return False
    word = re.match(r"[\w-]+", text[start:])
    printed = (word.group() if word else text[start:end]).lower()
    if not printed.endswith(endings):
        return False
    before = re.findall(r"[\w'-]+", comparable[max(0, start - 40):start])[-2:]
    return not any(w in auxiliaries for w in before)


@lru_cache(maxsize=None)
def _remembering(language: str) -> tuple[frozenset[str], re.Pattern | None]:
    """(the verbs of remembering as compared, the pattern of the words opening a person
    object right after them), from quotes.yaml "remembering_verbs" and "personal_objects"."""
    verbs = frozenset(_compared_forms("remembering_verbs", language))
    objects = list(_compared_forms("personal_objects", language))
    return verbs, re.compile(rf"\s+(?:{_alternation(objects)})(?!\w)") if objects else None


def _remembers_someone(text: str, comparable: str, start: int, end: int, language: str) -> bool:
    """Whether a verb of remembering has a person for object and no clause or quotation
    after it ("recordó a los caídos", "ha recordado al sargento"): it honours them, it
    reports no words. "recordó a los periodistas que..." reports (the clause). Source:
    Spanish grammar of the personal "a" before a person object."""
    verbs, objects = _remembering(language)
    if comparable[start:end] not in verbs or objects is None or not objects.match(comparable, end):
        return False
    complementiser = _patterns(language)["complementisers"]
    rest = comparable[end:]
    return not (complementiser is not None and complementiser.search(rest)) and not re.search("[\u00ab\u201c\"]", text[end:])


@lru_cache(maxsize=None)
def _possessed_title_pattern(language: str) -> re.Pattern | None:
    """A possessive ending (quotes.yaml "possessive_endings": English "'s"), then up to two
    words and a title of office (_titles, as compared), in group "title", the last title of
    the run ("Peru|'s defence minister", "Ghana|'s army chief"); None for a language with no
    such ending."""
    endings = [str(e) for e in (_vocabulary().get("possessive_endings") or {}).get(language, [])]
    titles = _titles_as_compared(language)
    if not endings or not titles:
        return None
    return re.compile(rf"(?:{_alternation([re.escape(e) for e in endings])})?\s+(?:[\w.'-]+\s+){{0,2}}(?P<title>{_alternation(titles)})(?!\w)")


def _possessed_title(mention: _Mention, text: str, comparable: str, verb: int, language: str) -> re.Match | None:
    """The title a country owns with the possessive, ending right before a speech verb or its
    auxiliaries ("Peru's defence minister said", "... has said"): the title's match, or None. The country's mention may
    hold the possessive ending ("Peru's") or stop before it."""
    if mention.kind != "entity" or mention.found is None or mention.found.kind != "country":
        return None
    pattern = _possessed_title_pattern(language)
    if pattern is None:
        return None
    endings = [str(e) for e in (_vocabulary().get("possessive_endings") or {}).get(language, [])]
    if not any(text[mention.start:mention.end].endswith(e) or text.startswith(e, mention.end) for e in endings):
        return None
    title = pattern.match(comparable, mention.end)
    # only the auxiliaries or adverbs a subject's verb may carry between ("Peru's defence
    # minister has called for ...": quotes.yaml "joint_speaker_auxiliaries")
    if title is None or title.end() > verb or not _joint_verb_gap(comparable[title.end():verb], language):
        return None
    return title


def _title_owner(match: re.Match, start: int, text: str, entities: list[_Mention]) -> Found | None:
    """The body owning a title with the possessive between the article and the title ("the
    UN's deputy head", "the mission's humanitarian coordinator": at most two words between),
    or None. match: the title pattern's match (article first); start: where the title begins."""
    for m in entities:
        if m.found.kind not in ("organisation", "mission") or not (match.start() <= m.start and m.end <= start):
            continue
        owned = text[m.start:m.end].endswith(("'s", "\u2019s"))
        gap = text[m.end:start]
        if not owned and gap.startswith(("'s", "\u2019s")):
            owned, gap = True, gap[2:]
        if owned and re.fullmatch(r"\s+(?:[\w.'-]+\s+){0,2}", gap):
            return m.found
    return None


def _country_title_held(match: re.Match, text: str, comparable: str, entities: list[_Mention], article: list[Found],
                        language: str) -> bool:
    """Whether a bare title (a language without articles) is followed by its country and then
    a speech verb ("Thứ trưởng Quốc phòng Việt Nam cho biết": the deputy defence minister of
    Vietnam said), and one person of the article holds that title (_title_holder: "Nguyễn Chí
    Vịnh, Thứ trưởng Quốc phòng", named before or after): that person is the subject, not the
    country. With no holder the country speaks, as the title of no one named names it."""
    country = next((m for m in entities if m.found.kind == "country" and m.start >= match.end()
                    and not text[match.end():m.start].strip()), None)
    if country is None or not _speech_verb_follows(comparable, country.end, language):
        return False
    return _country_title_holder(match.group("title"), article, language) is not None


def _country_title_holder(title: str, article: list[Found], language: str) -> Found | None:
    """The one person of the article holding a title (compared form): by the role before the
    name or as introduced (_title_holder), else by the role written after the name ("Nguyễn
    Chí Vịnh, Thứ trưởng Quốc phòng ..."), which opens with the title."""
    holder = _title_holder(title, article)
    if holder is not None:
        return holder
    after = {e.id: e for e in article if e.kind == "person" and e.role_after
             and re.match(rf"{re.escape(title)}(?![\w-])", _comparable(e.role_after, language))}
    return next(iter(after.values())) if len(after) == 1 else None


# The most words between a bare title's joining word and the speech verb of its clause
# ("Đại diện của Tổng Thư ký LHQ thông tin": "Tổng Thư ký LHQ").
TITLE_COMPLEMENT_WORDS = 6


def _complemented_title_holder(match: re.Match, text: str, comparable: str, article: list[Found], language: str) -> Found | None:
    """In a language without articles, the holder of a bare title opening its clause with its
    complement after it, then the clause's speech verb: "Đại diện của Tổng Thư ký LHQ thông
    tin..." after "Ông X, Đại diện đặc biệt của Tổng Thư ký LHQ tại Mali, ..." is X. The title
    (group "title" of the pattern "titles") is followed by a joining word (quotes.yaml
    "joining_words": "của") and at most TITLE_COMPLEMENT_WORDS words with no punctuation,
    then a speech verb; its holder is the one person of the article introduced with it
    (_title_holder). None otherwise: the body of the complement then speaks, as an unnamed
    representative of a body does (tests/corpus/README.md)."""
    end = match.end("title")
    if not _link_patterns()["heads"].match(comparable, end):
        return None
    verbs = _patterns(language)["speech_verbs"]
    verb = verbs.search(comparable, end) if verbs is not None else None
    if verb is None:
        return None
    gap = text[end:verb.start()]
    if _PHRASE_BREAK.search(gap) or len(re.findall(r"\w+", gap)) > TITLE_COMPLEMENT_WORDS + 1:
        return None
    return _title_holder(match.group("title"), article)


def _pronoun_stands_alone(comparable: str, at: int, language: str) -> bool:
    """Whether a pronoun of quotes.yaml "pronouns_opening_words" ending at `at` of the compared
    text stands alone, for a person: a speech or stance verb right after it (auxiliaries
    between: _speech_verb_follows, "cô cho biết", "cô cũng nói"), or the end of its phrase (a
    mark or the text's end: "theo cô,", "“...”, cô nói" is the first). Elsewhere the same
    syllable opens a common word ("cô lập", "cô đơn", "cô giáo", "cô gái") or is the title of
    the given name after it ("cô Mai"), and stands for no one named before."""
    rest = comparable[at:at + 2].lstrip()
    if not rest or not rest[0].isalnum():
        return True
    between = _pronoun_adverbs_pattern(language)
    if between is not None:
        at = between.match(comparable, at).end()
    return _speech_verb_follows(comparable, at, language)


@lru_cache(maxsize=None)
def _pronoun_adverbs_pattern(language: str) -> re.Pattern | None:
    """A run of the adverbs that may stand between a pronoun of quotes.yaml
    "pronouns_opening_words" and its verb (its "between": "còn", "vẫn"), each after spaces, for
    compared text; None where none is listed. Compiled once per language."""
    between = _compared_list(language, "pronouns_opening_words", language, "between")
    return re.compile(rf"(?:\s+(?:{_alternation(between)})(?!\w))*") if between else None


@lru_cache(maxsize=None)
def _inverted_verb_pattern(language: str) -> re.Pattern | None:
    """A speech or stance verb of the language closing the text searched, then at most an
    article (_articles) and spaces ("« ... », a martelé le |Mindef"); None when the language
    lists no speech verb."""
    verbs = [*_compared_forms("speech_verbs", language), *_compared_forms("stance_verbs", language)]
    if not verbs:
        return None
    articles = _articles(language)
    article = rf"(?:(?:{_alternation(articles)})\s*)?" if articles else ""
    return re.compile(rf"(?<!\w)(?:{_alternation(verbs)})\s+{article}$")


def _inverted_verb_before(comparable: str, at: int, language: str) -> bool:
    """Whether a speech or stance verb, then at most an article, stands right before a position
    of the compared text: a short title there is the verb's inverted subject ("« ... », a
    martelé le Mindef", "«...», afirmó el Mindef")."""
    pattern = _inverted_verb_pattern(language)
    return pattern is not None and pattern.search(comparable, max(0, at - 60), at) is not None


def _speech_verb_follows(comparable: str, at: int, language: str) -> bool:
    """Whether a speech or stance verb comes right after a position of the compared text, past
    at most three auxiliaries (quotes.yaml "coordinated_auxiliaries"): a bare title in a
    language without articles is a subject only there ("Đại sứ nhấn mạnh", "Đại tá cũng cho
    biết"), not where it opens a longer noun ("Đại sứ quán", "Trưởng thôn")."""
    position = re.compile(rf"\s+{_auxiliary_run(language)}").match(comparable, at)
    if position is None:
        return False
    patterns = _patterns(language)
    return any(patterns[kind] is not None and patterns[kind].match(comparable, position.end()) is not None
               for kind in ("speech_verbs", "stance_verbs"))


def _opens_clause(mention: _Mention, comparable: str, floor: int, language: str) -> bool:
    """Whether a mention opens its clause: only titles of office stand between it and the
    floor or the comma before it ("Trong buổi gặp mặt, Đại tá X, ...", "X, ..."), not a
    preposition whose complement it is ("After talks with X, a delegation of Y said")."""
    lead = comparable[max(floor, comparable.rfind(",", floor, mention.start) + 1):mention.start]
    return _lead_pattern(language, False).fullmatch(lead) is not None


@lru_cache(maxsize=None)
def _lead_pattern(language: str, articles: bool) -> re.Pattern:
    """What may open a clause before its subject (_opens_clause, _leads_clause): titles of
    office (_titles, as compared), with the definite articles when `articles`, each a whole
    word, and spaces; compiled once per language."""
    titles = list(_titles_as_compared(language)) + (list(_articles(language)) if articles else [])
    words = rf"(?:\s*(?:{_alternation(titles)})(?!\w))*" if titles else ""
    return re.compile(rf"{words}\s*")


def _heads_indefinite(comparable: str, at: int, language: str) -> bool:
    """Whether the title ending at a position of the compared text heads a noun phrase with an
    indefinite determiner (quotes.yaml "joining_words", vocabulary "indefinite_determiners":
    "le responsable d'une ONG", "la patronne d'un restaurant", "el jefe de una aldea", "the
    head of a charity"): the holder of an office of a body the text does not name, not a
    person named before with that title."""
    pattern = _indefinite_head_pattern(language)
    return pattern is not None and pattern.match(comparable[at:]) is not None


@lru_cache(maxsize=None)
def _indefinite_head_pattern(language: str) -> re.Pattern | None:
    """_heads_indefinite's pattern: a joining word then an indefinite determiner; None when the
    language lists none of either. Compiled once per language."""
    joins = _joining_words(language)
    indefinite = _indefinite_determiners(language)
    if not joins or not indefinite:
        return None
    return re.compile(rf"\s+(?:{_alternation(joins)})(?:\s+|(?<=[\'\u2019]))(?:{_alternation(indefinite)})(?!\w)")


def _closes_apposition(text: str, comparable: str, floor: int, verb: int, language: str) -> bool:
    """Whether a comma stands right before the speech verb at `verb`, past the auxiliaries
    that may stand between (quotes.yaml "coordinated_auxiliaries": "X, head of Y, has said",
    "Bà X, Trợ lý ... LHQ, đã khẳng định"): the comma closing an apposition after the subject."""
    return text[floor:_before_auxiliaries(comparable, floor, verb, language)].rstrip().endswith(",")


@lru_cache(maxsize=None)
def _auxiliaries_longest_first(language: str) -> tuple[str, ...]:
    """quotes.yaml "coordinated_auxiliaries" of a language as compared, longest first."""
    return tuple(sorted(set(_compared_forms("coordinated_auxiliaries", language)), key=len, reverse=True))


def _before_auxiliaries(comparable: str, floor: int, verb: int, language: str) -> int:
    """Where the auxiliaries standing right before a speech verb at offset `verb` start, not
    before offset floor (quotes.yaml "coordinated_auxiliaries": "has", "a aussi", "đã"): verb
    itself when none stands there. comparable: the compared text."""
    auxiliaries = _auxiliaries_longest_first(language)
    end = verb
    while True:
        head = comparable[floor:end].rstrip()
        word = next((a for a in auxiliaries
                     if head.endswith(a) and (len(head) == len(a) or not head[-len(a) - 1].isalnum())), None)
        if word is None:
            return end
        end = floor + len(head) - len(word)


@lru_cache(maxsize=None)
def _title_opening(language: str) -> re.Pattern | None:
    """A title of office (_titles, as compared) opening the text matched, in group "title";
    compiled once per language; None when the language lists none."""
    titles = _titles_as_compared(language)
    return re.compile(rf"(?P<title>{_alternation(titles)})(?!\w)") if titles else None


@lru_cache(maxsize=None)
def _title_pattern(language: str) -> re.Pattern | None:
    titles = _titles_as_compared(language)
    return re.compile(rf"\s+(?:{_alternation(titles)})(?!\w)") if titles else None


def _title_after(comparable: str, at: int, language: str) -> re.Match | None:
    """The title of office (vocabulary.yaml "titles", quotes.yaml "speaker_roles") right after
    a position of the compared text, one space between ("the force| commander"), or None."""
    pattern = _title_pattern(language)
    return pattern.match(comparable, at) if pattern is not None else None


def _body_headed(end: int, entities: Sequence[_Mention], text: str, comparable: str) -> Found | None:
    """The first body (any entity but a person) among the mentions after a title ending at
    offset end that the title heads (_heads: "the head of the United Nations peacekeeping
    force"); None when the title heads none."""
    return next((m.found for m in entities if m.found.kind != "person" and m.start >= end
                 and _heads(comparable[end:m.start], text[end:m.start])), None)


def _body_before_title(phrase_start: int, title_start: int, text: str, entities: Sequence[_Mention]) -> Found | None:
    """The body (any entity but a person) named between a title's article and the title, right
    before it or joined by its possessive ("the Israeli army spokeswoman", "the UN's deputy
    head": _POSSESSIVE_GAP); None when none is."""
    return next((m.found for m in entities if m.found is not None and m.found.kind != "person"
                 and phrase_start <= m.start and m.end <= title_start
                 and _POSSESSIVE_GAP.fullmatch(text[m.end:title_start]) is not None), None)


def _un_family(body: Found) -> bool:
    """Whether a body is the United Nations (_un_body: quotes.yaml "host_country_mission"
    "un_body"), a part of it (organisations.yaml part_of) or a peacekeeping mission."""
    un = _un_id()
    return body.kind == "mission" or body.id == un or (un is not None and un in _parents(body.id))


def _holds_for_another_body(person: Found, body: Found, article: Sequence[Found]) -> bool:
    """Whether the phrase introducing the person (_introduced_as) names a body of the article
    (an organisation or a mission) other than `body` and not related to it: neither a part nor
    a whole of it (organisations.yaml part_of), nor, both, of the United Nations family
    (_un_family). Then a title printed with `body` ("the Israeli army spokeswoman") is not the
    one the person holds ("UNIFIL spokesman X"). False for a person introduced with no body, or
    with `body` itself."""
    if body.kind == "person":
        return False
    own = [fold_same_length(x).lower() for e in [*(e for e in article if e.id == body.id), body] for x in {*e.surfaces, e.name} if x]
    if _introduced_as(person, own):
        return False  # "el vocero de la Policía de la MINUSCA, el coronel X": X's own body
    related = {body.id, *_parents(body.id)}
    for other in article:
        if other.kind not in ("organisation", "mission") or other.id in related or body.id in _parents(other.id) \
                or (_un_family(other) and _un_family(body)):
            continue
        surfaces = [fold_same_length(x).lower() for x in {*other.surfaces, other.name} if x]
        if surfaces and _introduced_as(person, surfaces):
            return True
    return False


def _heads(gap: str, raw: str) -> bool:
    """Whether the words between a title and a body make the title head the body: "of"/"de"
    first, then at most four words of the body's own phrase, no punctuation ("the head of the
    United Nations peacekeeping force", "le chef de la force des Nations unies")."""
    return bool(_link_patterns()["heads"].match(gap)) and len(re.findall(r"\w+", gap)) <= 6 \
        and not _PHRASE_BREAK.search(raw)


def _qualifies_title(gap: str, raw: str, language: str | None = None) -> bool:
    """Whether the words between a title and a body make the body qualify the title: the title
    heads it (_heads), or the rest of the title comes first: one word of any kind, and with a
    language, up to two more words of titles (vocabulary.yaml "titles") ("représentant| spécial
    de l'ONU", "secrétaire| général adjoint des Nations unies aux opérations de paix"; "special|
    envoy of the UN" is left to _heads). gap: compared text; raw: the same as printed."""
    if _heads(gap, raw):
        return True
    titles = _title_words(language) if language else frozenset()
    at, free = 0, 1
    for _ in range(3):
        word = re.match(r"\s*([^\W\d_][\w-]*)(?=\s)", gap[at:])
        if word is None:
            return False
        if word.group(1) not in titles:
            if not free:
                return False
            free -= 1
        at += word.end()
        if _heads(gap[at:], raw[at:]):
            return True
    return False


# How far (in characters) from a person's name, in the sentence naming them first, a title or
# the body they head is read as theirs ("the head of UNIFIL, X", "X, officier de la Force").
ROLE_WINDOW = 70


# How far (in characters) back from a name a title opening the sentence may stand when all
# between is its body's name, in apposition to the name (_opening_apposition).
OPENING_APPOSITION_WINDOW = 200


def _opening_apposition(sentence: str, at: int) -> str | None:
    """The phrase opening the sentence when it is all in apposition to the name at `at` and
    longer than ROLE_WINDOW: "le porte-parole de la mission des nations unies en république
    démocratique du congo (rdc), " before "X". It runs from the last full stop, semicolon,
    colon or quotation mark (or the start) to a comma right before the name, holds no other
    comma and is at most OPENING_APPOSITION_WINDOW characters; else None. A title of office
    with a body of a long name ("Special Representative of the Secretary-General for ...")
    opens such a phrase. Only asked for a person with no role of their own nearer the name
    (_introduced_as): "..., le commandant du bataillon, X" keeps the nearer title."""
    stretch = sentence[max(0, at - OPENING_APPOSITION_WINDOW):at]
    parts = re.split(r"[.;:\"\u201c\u201d\u00ab\u00bb]", stretch)
    if len(parts) == 1 and at > OPENING_APPOSITION_WINDOW:
        return None  # the phrase opens further back than the window
    phrase = parts[-1]
    if not phrase.rstrip().endswith(",") or "," in phrase.rstrip()[:-1]:
        return None
    return phrase


@lru_cache(maxsize=None)
def _complementiser_any() -> re.Pattern:
    """A complementiser of any language (quotes.yaml "complementisers": "that", "que",
    "rằng"), folded and lowercased as _introduced_as compares a sentence, as a whole word:
    what follows one is the clause said, not the phrase introducing a name before it.
    Compiled once. A word written with diacritics ("rằng") is left out: folded, its
    syllable collides with others ("răng"), as _introduced_as warns."""
    words = {str(w).lower() for forms in (_vocabulary().get("complementisers") or {}).values() for w in forms
             if fold_same_length(str(w)).lower() == str(w).lower()}
    alternatives = "|".join(re.escape(w).replace("'", "['\u2019]") if w.endswith("'") else rf"{re.escape(w)}(?![\w'\u2019])"
                            for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w'\u2019-])(?:{alternatives})")


def _introduced_as(person: Found, words: Sequence[str]) -> bool:
    """Whether the sentence naming the person first holds one of the words (folded) in the
    phrase that introduces the name: before it back to the last quotation mark, colon or full
    stop ("Le chef de la FINUL, Tomás Vidal Arce"), after it up to the end of the apposition
    ("Karim Benzaoui, officier d'information de la Force MONUSCO,"), each at most ROLE_WINDOW
    characters. A person's `sentence` may hold several sentences naming them (find_quotes
    gives every one, so "X, spokesman for Y" written after a first "X visited..." counts):
    each place the name stands is looked at. A word written with its diacritics (Vietnamese
    titles are compared so: "thiếu tướng") is looked for in the sentence as printed,
    lowercased, not folded: folded, its syllables collide with others ("đồng chí")."""
    sentence = fold_same_length(person.sentence or "").lower()
    printed = (person.sentence or "").lower()
    if len(printed) != len(sentence):
        printed = sentence
    marked = [w for w in words if fold_same_length(w).lower() != w]
    words = [w for w in words if fold_same_length(w).lower() == w]
    for surface in {*person.surfaces, person.name}:
        folded = fold_same_length(surface).lower() if surface else ""
        at = sentence.find(folded) if folded else -1
        while at >= 0:
            before = re.split(r"[.;:\"\u201c\u201d\u00ab\u00bb]", sentence[max(0, at - ROLE_WINDOW):at])[-1]
            if len(before) == ROLE_WINDOW and not (person.role or person.role_after):
                before = _opening_apposition(sentence, at) or before
            # "the envoy stated that President X": a name inside the clause said is not
            # introduced by the words of the clause saying it
            before = _complementiser_any().split(before)[-1]
            after = sentence[at + len(surface):at + len(surface) + ROLE_WINDOW]
            if after.startswith(","):
                end = re.search(r"[,.;:]", after[1:])
                after = after[:end.start() + 1] if end else after
            else:
                after = ""
            near = f"{before} {after}"
            if any(has_whole_word(near, w) for w in words):
                return True
            if marked:
                # the same window, as printed
                start = at - len(before)
                near = f"{printed[start:at]} {printed[at + len(surface):at + len(surface) + len(after)]}"
                if any(has_whole_word(near, w) for w in marked):
                    return True
            at = sentence.find(folded, at + 1)
    return False


def _title_abbreviations(texts: Iterable[str], article: Sequence[Found], language: str) -> dict[str, str]:
    """The abbreviations an article defines for titles of office, in brackets right after
    the title ("Phó Thủ tướng (PTT)", "the Special Representative (SRSG)"): {abbreviation as
    printed: the title as compared}. An abbreviation is two to eight capitals or digits,
    opening on a capital, or a contraction of a title word ("ministre de la Défense (Mindef)":
    _title_contraction); one defined for two titles is left out, and so is the acronym of
    a body ("the peacekeeping force (MONUSCO)": a title word standing for a body, quotes.yaml
    "body_references", or an acronym an entity of the article is written as)."""
    pattern = _abbreviated_title_pattern(language)
    if pattern is None:
        return {}
    known = {x for f in article for x in (*f.surfaces, f.name)}
    defined: dict[str, set[str]] = {}
    for text in texts:
        comparable = _comparable(text, language)
        if "(" not in comparable:
            continue  # no abbreviation in brackets: nothing the pattern could find
        for match in pattern.finditer(comparable):
            short = text[match.start("short"):match.end("short")]
            title = match.group("title")
            if not short.isupper():
                # a contraction stands for the title word it opens on ("ministre ... (Mindef)")
                title = _title_contraction(short, comparable[max(0, match.start() - TITLE_CONTRACTION_REACH):match.end("title")],
                                           language)
            if title is not None and short not in known:
                defined.setdefault(short, set()).add(title)
    return {short: next(iter(forms)) for short, forms in defined.items() if len(forms) == 1}


# How far back before the title's last word a contraction's first word may stand ("le ministre
# de la Défense (Mindef)": "ministre").
TITLE_CONTRACTION_REACH = 60


def _title_contraction(short: str, phrase: str, language: str) -> str | None:
    """The title word (as compared) of the title phrase an abbreviation in capital and small
    letters follows that the abbreviation contracts ("le ministre de la Défense (Mindef)":
    "ministre"; "the Defence Minister (Mindef)": "minister"): a capital, then small letters
    only, made of the opening of a title word (_titles_as_compared) of the phrase, three
    letters or more, then the opening of another word of the phrase, two letters or more ("Min"
    + "def"); None for none. A place or a name in brackets shares at most the title's letters
    ("le ministre (Bamako)", "le gouverneur de la région (Gourma)", "le directeur (Dirk)")."""
    if len(short) < 5 or not short[0].isupper() or not short[1:].islower():
        return None
    folded = _comparable(short, language).lower()
    words = re.findall(r"[^\W\d_]+", phrase)  # the phrase as compared
    titles = set(_titles_as_compared(language))
    for at in range(len(words) - 1, -1, -1):
        word = words[at]
        if word not in titles:
            continue
        for k in range(3, len(folded) - 1):
            if not word.startswith(folded[:k]):
                break
            rest = folded[k:]
            if any(j != at and len(other) > 2 and other.startswith(rest[:2]) for j, other in enumerate(words)):
                return word
    return None


@lru_cache(maxsize=None)
def _abbreviated_title_pattern(language: str) -> re.Pattern | None:
    """A title of office (_titles, as compared, less the body references) and an
    abbreviation in brackets right after it, for _title_abbreviations: groups "title" and
    "short". None when the language has no such title. Compiled once per language."""
    bodies = set(_body_reference_keys(language))
    titles = [t for t in _titles_as_compared(language) if t not in bodies]
    if not titles:
        return None
    return re.compile(rf"(?<!\w)(?P<title>{_alternation(titles)})\s*\(\s*(?P<short>[^\W\d_][\w]{{1,7}})\s*\)")


@lru_cache(maxsize=None)
def _title_variant_groups() -> dict[str, tuple[str, ...]]:
    """Each word of quotes.yaml "title_variants" (as compared, every language) -> the words of
    its group, itself first: the forms naming one office ("spokesperson", "spokesman",
    "spokeswoman"; "portavoz", "vocero", "vocera"). Read once."""
    groups: dict[str, tuple[str, ...]] = {}
    for language, lists in (_vocabulary().get("title_variants") or {}).items():
        for words in lists or []:
            compared = [_comparable(str(w), language) for w in words]
            for word in compared:
                groups[word] = (word, *[w for w in compared if w != word])
    return groups


def _title_variants(title: str) -> tuple[str, ...]:
    """The title (as compared) and the other forms of its office (_title_variant_groups): "the
    spokesperson" after "X, spokesman for Y" stands for X."""
    return _title_variant_groups().get(title, (title,))


def _title_holder(title: str, article: list[Found]) -> Found | None:
    """The one person of the article whose role (before or after the name: role, role_after)
    holds the title, failing anyone the one whose role holds another form of its office (_title_variants: "the spokeswoman" is the
    spokeswoman even where a spokesman is named too; "the spokesperson" the spokesman); failing
    a role, the one introduced with the title, then with another form (_introduced_as, which
    reads the words around a name and may meet the title as another phrase's subject: "The
    spokesperson praised the force commander, X"). None when none or several are. A title of several words ("thiếu tướng", "major
    general") is looked for as a phrase of the role, folded as the role is."""
    people = [e for e in article if e.kind == "person"]
    marked = fold_same_length(title).lower() != title  # compared with its diacritics: the role as printed
    variants = _title_variants(title)
    forms = ((title,), variants) if len(variants) > 1 else ((title,),)
    for titles in forms:  # a role holding the office, in the form printed or another
        holders = {e.id: e for e in people for role in (e.role, e.role_after)  # a title as a whole word, not in "secretary-general"
                   if role and any(has_whole_word(role.lower() if marked else fold_same_length(role).lower(), t, "-") for t in titles)}
        if holders:
            return next(iter(holders.values())) if len(holders) == 1 else None
    for titles in forms:  # failing one, a person introduced with it
        holders = {e.id: e for e in people if _introduced_as(e, list(titles))}
        if holders:
            return next(iter(holders.values())) if len(holders) == 1 else None
    return None


def _qualified_title_holder(title: str, comparable: str, end: int, article: list[Found]) -> Found | None:
    """The one person holding a title and the word printed right after it ("el general
    español", "le général sénégalais", as compared; a word before the title, "the Indian
    general", is not read) where several hold the title alone
    (_title_holder: none), so the word tells them apart ("El general español X" and "el
    general italiano Y": "el general español" is X). None when the title has one holder or
    none, no lowercase word follows it, or the title with the word has not exactly one."""
    following = re.match(r" ([a-z]+)\b", comparable[end:end + 40])
    if following is None or _title_holder(title, article) is not None:
        return None
    if not any(e.kind == "person" and _introduced_as(e, [title]) for e in article):
        return None
    return _title_holder(f"{title} {following.group(1)}", article)


def _role_holder(title: str, body: Found | None, named: list[Found], article: list[Found], antecedent: Found | None = None,
                 upcoming: Sequence[Found] = ()) -> Found | None:
    """The person a title with a definite article stands for ("the minister", "el ministro",
    "le chef de la FINUL"): the one person of the article introduced with the body the title
    heads, else the one whose role holds the word or who is introduced with it, else (a lead
    naming the head of a body, the name coming later) the next person the text names
    speaking while nobody has spoken yet, else the antecedent (the last person named as
    speaking), else the last person named.

    title: the title as compared (folded); body: the body named right after it ("of X"), or
    None; upcoming: the people the text names in a sentence with a speech verb, in order.
    Returns None when no person fits."""
    if body is not None:
        people = [e for e in article if e.kind == "person"]
        # the body as the article knows it, not only as this mention printed it (a title's body
        # called "la ONU" here, "Naciones Unidas" where a person's role names it)
        known = [e for e in article if e.id == body.id] + [body]
        surfaces = [fold_same_length(x).lower() for e in known for x in {*e.surfaces, e.name} if x]
        heads = {e.id: e for e in people if _introduced_as(e, surfaces) and not _heads_part_of(e, body, surfaces, article)}
        # the form printed first ("the spokeswoman"), another form of the office only failing it
        titled = {i: e for i, e in heads.items() if _introduced_as(e, [title])} \
            or {i: e for i, e in heads.items() if _introduced_as(e, list(_title_variants(title)))}
        if len(titled) == 1:
            return next(iter(titled.values()))
        holder = _title_holder(title, article)
        if len(heads) == 1 and holder is not None and holder.id not in heads and not titled and any(
                has_whole_word(fold_same_length(holder.sentence or "").lower(), x) for x in surfaces):
            # "el secretario general" after "la ONU ... su secretario general X" and "el
            # subsecretario ... de la ONU, Y": X holds the title in a sentence naming the body
            return holder
        if len(heads) == 1:
            return next(iter(heads.values()))
    else:
        holder = _title_holder(title, article)
    if holder is not None:
        return holder
    # A lead giving the head of a body as speaker, the name coming later ("the head of the
    # force said Monday... Peter Holmvik said"): the next person the text names speaking,
    # when nobody has spoken yet.
    later = [e for e in upcoming if e.id not in {n.id for n in named}]
    if body is not None and later:
        return later[0]
    if antecedent is not None:
        return antecedent
    before = [e for e in named if e.kind == "person"]
    return before[-1] if before else None


def _owned_title_issuer(comparable: str, end: int, language: str) -> str | None:
    """The title (as compared) of an owned title giving the document whose word ends at end
    ("a statement issued by his spokesperson", "un communiqué publié par son porte-parole",
    "un comunicado emitido por su portavoz"): the words of issuing (quotes.yaml
    "document_issued_by") then a possessive and the title, right after the document. None
    when the document is not so issued."""
    patterns = _patterns(language)
    issued, owned = patterns["issued_by"], patterns["owned_titles"]
    if issued is None or owned is None:
        return None
    by = issued.match(comparable, end)
    if by is None:
        return None
    title = owned.match(comparable, by.end())
    return title.group("title") if title is not None else None


@lru_cache(maxsize=None)
def _owned_body_word_pattern(language: str) -> re.Pattern | None:
    """A possessive ending then a word of quotes.yaml "body_references" (as compared), for
    _owns_body_word; None for a language with no such word. Compiled once per language."""
    keys = list(_body_reference_keys(language))
    return re.compile(rf"['\u2019]s\s+(?:{_alternation(keys)})(?!\w)") if keys else None


def _owns_body_word(comparable: str, end: int, language: str) -> bool:
    """Whether a body word ending at offset end of the compared text owns the body word right
    after it ("the military's media wing", "the army's press service"): the owned body
    speaks, the first only says whose it is."""
    pattern = _owned_body_word_pattern(language)
    return pattern is not None and pattern.match(comparable, end) is not None


def _heads_part_of(person: Found, body: Found, surfaces: Sequence[str], article: Sequence[Found]) -> bool:
    """Whether the person's role names the body only as the owner of another body the person
    heads ("el presidente de la Asamblea General de la ONU" heads the Assembly, not the UN):
    another body of the article (not a person, not the body itself) is written in the role
    starting before the body (its name may hold the body's: "Asamblea General de la ONU"). Such a person is introduced with the body's name but does not hold a
    title of the body ("el secretario general de la ONU" is not the Assembly's president).
    person: a person of the article (its `role` as extracted, None when not known); body: the
    body a title heads; surfaces: every name the article gives the body, folded and lowercased
    (_role_holder computes them once per title: the mention may print "la ONU" where the role
    prints "Naciones Unidas"). False when the role is not known or does not name the body."""
    role = fold_same_length(person.role or "").lower()
    if not role:
        return False
    at, length = min((found for found in ((_whole_word_at(role, x), len(x)) for x in surfaces) if found[0] >= 0), default=(-1, 0))
    if at <= 0:
        return False
    for other in (fold_same_length(x).lower() for e in article if e.kind != "person" and e.id != body.id
                  for x in {*e.surfaces, e.name} if x and len(x) > 2):
        start = _whole_word_at(role, other)
        if 0 <= start and (start < at or (start == at and len(other) > length)):
            return True  # "... of the UN General Assembly": the Assembly's name holds the UN's
    return False


def _whole_word_at(text: str, word: str) -> int:
    """The offset of the first whole-word occurrence of word in text, -1 when none."""
    return next(iter(whole_word_starts(text, word)), -1) if word else -1


class _Courtesy(NamedTuple):
    """quotes.yaml "courtesy_objects" of a language, as compared (_courtesy_pattern)."""
    words: frozenset[str]  # the words of courtesy, for a cheap prefilter
    verbs: frozenset[str]  # the verbs of expressing that take them
    pattern: re.Pattern | None  # one of the words standing as a verb's object, matched at the verb's end
    owned_verbs: frozenset[str]  # the verbs of stressing or renewing that take them as the speaker's own
    owned: re.Pattern | None  # a possessive ("owners") opening that object, matched at the verb's end


@lru_cache(maxsize=None)
def _courtesy_pattern(language: str) -> _Courtesy:
    """quotes.yaml "courtesy_objects" of a language, as compared: the words, the verbs of
    expressing and the pattern of a word as their object within "most_words" words ("expressed
    the deepest condolences of the government"); the verbs of stressing or renewing
    ("owned_verbs") and the pattern of the word as their object opened by a possessive
    determiner ("owners": "stressed her gratitude", "a souligné sa gratitude"), for with an
    article the word is a matter spoken of ("stressed the appreciation of risks", "a souligné
    la reconnaissance internationale du rôle de la mission")."""
    table = (_vocabulary().get("courtesy_objects") or {}).get(language) or {}
    words = _compared_list(language, "courtesy_objects", language, "words")
    verbs = frozenset(_compared_list(language, "courtesy_objects", language, "verbs"))
    owned_verbs = frozenset(_compared_list(language, "courtesy_objects", language, "owned_verbs"))
    owners = _compared_list(language, "courtesy_objects", language, "owners")
    if not words or not (verbs or owned_verbs):
        return _Courtesy(frozenset(), frozenset(), None, frozenset(), None)
    most = int(table.get("most_words") or 0)
    pattern = re.compile(rf"\s+(?:[\w'’-]+\s+){{0,{most}}}?(?:{_alternation(words)})(?!\w)")
    owned = (re.compile(rf"\s+(?:{_alternation(owners)})\s+(?:[\w'’-]+\s+){{0,{max(most - 1, 0)}}}?(?:{_alternation(words)})(?!\w)")
             if owned_verbs and owners else None)
    return _Courtesy(frozenset(words), verbs, pattern, owned_verbs if owned is not None else frozenset(), owned)


def _courtesy_after(comparable: str, start: int, end: int, language: str) -> bool:
    """Whether the speech verb at comparable[start:end] is one of expressing whose object is a
    word of courtesy ("expressed his condolences", "a exprimé sa sincère gratitude", "đánh giá
    cao"), or one of stressing or renewing whose object is the speaker's own courtesy
    ("stressed her gratitude", "reiteró sus condolencias"): thanks, praise or condolences,
    reported speech only when what was said is given (the rule of tests/corpus/README.md, "Who
    the speaker is"), so the verb counts as one of stance. Another verb with the same word is
    none ("said thanks to the troops": because of; "stressed the appreciation of risks")."""
    courtesy = _courtesy_pattern(language)
    if courtesy.pattern is None or not any(w in comparable for w in courtesy.words):
        return False
    verb = comparable[start:end]

    def among(verbs: frozenset[str]) -> bool:
        return any(verb == v or verb.endswith(" " + v) for v in verbs)

    if among(courtesy.verbs):
        return courtesy.pattern.match(comparable, end) is not None
    return among(courtesy.owned_verbs) and courtesy.owned.match(comparable, end) is not None


def _courtesy_reported(cues: list[_Cue], comparable: str, language: str) -> bool:
    """Whether a sentence's speech is only a courtesy act reported by a verb after a comma
    ("X expressed his deepest condolences to the family, said the statement", "X a présenté ses
    condoléances à la famille, indique le communiqué", "X thanked the troops, the statement
    said"): the clause before the comma holds a verb of expressing with an object of courtesy
    (quotes.yaml "courtesy_objects") or a verb of courtesy ("courtesy_verbs") and no verb that
    introduces a clause, and the verbs after the comma give no clause either. tests/corpus/README.md:
    condolences, thanks and praise are reported speech only when what was said is given, so
    such a sentence holds none. cues: the sentence's cues; comparable: the sentence as compared."""
    if not cues or any(c.marker or c.participle for c in cues):
        return False
    comma = comparable.rfind(",", 0, max(c.start for c in cues))
    if comma < 0:
        return False
    act, after = [c for c in cues if c.end <= comma], [c for c in cues if c.start > comma]
    if any(c.stance or _after_coordinating_word(c, comparable, language) for c in after):
        return False  # "X a rendu hommage aux soldats, et a exprimé sa solidarité": a second act of X's
    if not after or any(not c.stance for c in act) or (act and _introduces_clause(act, comparable, language)):
        return False
    head = comparable[:comma]
    kinds = _courtesy_pattern(language)
    courtesy = any(pattern is not None and expressing and any(
        pattern.match(head, m.end()) for m in _words_pattern(tuple(sorted(expressing)), r"\w").finditer(head))
        for expressing, pattern in ((kinds.verbs, kinds.pattern), (kinds.owned_verbs, kinds.owned)))
    verbs = _courtesy_verb_pattern(language)
    courtesy = courtesy or (verbs is not None and verbs.search(head) is not None)
    if not courtesy:
        return False
    complementiser = _patterns(language)["complementisers"]
    return not any(complementiser is not None and complementiser.match(comparable, c.end + 1) for c in after)


@lru_cache(maxsize=None)
def _courtesy_verb_pattern(language: str) -> re.Pattern | None:
    """A verb of courtesy (quotes.yaml "courtesy_verbs") as a whole word, not followed by an
    agent preposition ("agent_prepositions": "un parcours salué par la mission", a participle
    with its agent describes a noun, no act), compiled once per language; None when the
    language lists none."""
    verbs = _compared_forms("courtesy_verbs", language)
    if not verbs:
        return None
    agents = _compared_forms("agent_prepositions", language)
    passive = rf"(?!\s+(?:{_alternation(agents)})(?!\w))" if agents else ""
    return re.compile(rf"(?<!\w)(?:{_alternation(verbs)})(?!\w){passive}")


@lru_cache(maxsize=None)
def _noun_determiners(language: str) -> frozenset[str]:
    """The words that open a noun phrase as its determiner in a language, as compared: the
    definite and indefinite determiners of the vocabulary ("definite_determiners",
    "indefinite_determiners": "la", "les", "un", "d'une") and quotes.yaml "possessive_determiners"
    ("son", "su")."""
    words = reference().words("definite_determiners", (language,)) | reference().words("indefinite_determiners", (language,))
    return frozenset(_comparable(str(w), language) for w in words) | frozenset(_compared_forms("possessive_determiners", language))


@lru_cache(maxsize=None)
def _characterising_patterns(language: str) -> tuple[re.Pattern | None, frozenset[str]]:
    """The pattern of a verb of characterising with its object and its judgement (quotes.yaml
    "characterising_verbs" of a language: a verb of a "linked" group, its object, one of that
    group's links, a judgement within three words; or a "bare" verb, its object, maybe an
    indefinite article and two words, a word of "judgements"; the object's last word none of
    "object_never_ends"; after a link of "links_before_no_article" ("de"), no determiner), the
    verb in a group named "linked<n>" or "bare"; and the words ("not_after") that make the verb
    part of another. "linked" is one group ({verbs, links}; "object: false" where the object
    stands before the verb or is glued to it, so the link follows the verb) or a list of them.
    (None, empty) where the language lists none."""
    path = ("characterising_verbs", language)
    table = (_vocabulary().get("characterising_verbs") or {}).get(language) or {}
    most = int(table.get("most_words") or 0)
    groups = table.get("linked") or []
    groups = [groups] if isinstance(groups, dict) else groups
    bare = _compared_list(language, *path, "bare")
    judgements = _compared_list(language, *path, "judgements")
    not_after = frozenset(_compared_list(language, *path, "not_after"))
    never_ends = _compared_list(language, *path, "object_never_ends")
    no_article = frozenset(_compared_list(language, *path, "links_before_no_article"))
    if most < 1 or not judgements:
        return None, not_after
    word = r"[^\W\d_][\w'\u2019-]*"
    # the object's last word is no article or preposition ("object_never_ends")
    last = rf"(?!(?:{_alternation(list(never_ends))})(?![\w'\u2019-])){word}" if never_ends else word
    objects = rf"(?:\s+{word}){{0,{most - 1}}}?\s+{last}"
    # or the judgement in the writer's quotation marks, whatever its words ("called the raid
    # “cowardly and planned”"; _characterising_cues keeps it when it opens in lowercase)
    # a word of "judgements" may stand in quotation marks alone ("calling the attack “barbaric”"):
    # a judgement word quoted is the speaker's, not a term
    # after a space, or glued to an elided link ("l'a qualifiée d'odieuse", as compared)
    judged = rf"(?:\s+|(?<=')){_JUDGEMENT_OPENING}(?:(?:{_alternation(list(judgements))})(?!\w)|[{_JUDGEMENT_MARKS}](?=\s?[^\W\d_]))"
    # a determiner after "de" makes it the object's own preposition ("les victimes de la tragédie")
    determiners = sorted(_noun_determiners(language)) if no_article else []
    alone = r"(?![\w'\u2019-])"
    after_link = ""
    if determiners:  # an elided one ("l'", "d'un") glued to its noun
        opened = "|".join(re.escape(d) + ("" if d.endswith("'") else alone) for d in determiners)
        after_link = rf"(?!\s*(?:{opened}))"
    forms = []
    for n, group in enumerate(groups):
        verbs = [_comparable(str(w), language) for w in group.get("verbs") or ()]
        links = [_comparable(str(w), language) for w in group.get("links") or ()]
        if not verbs or not links:
            continue
        ends = []
        for link in links:
            end = r"(?=\w)" if link.endswith("'") else r"(?!\w)"
            ends.append(rf"{re.escape(link)}{end}{after_link if link in no_article else ''}")
        # a group with "object: false" holds its object before the verb, a pronoun ("la
        # qualifiant de lâche") or glued to it ("calificándolo de cobarde"): the link follows
        held = objects if group.get("object", True) else ""
        forms.append(rf"(?P<linked{n}>{_alternation(verbs)}){held}\s+(?:{'|'.join(ends)})(?:\s*{word}){{0,3}}?{judged}")
    if bare:
        # "called the attack a crime", "called it a grave violation": an indefinite article
        # (vocabulary "indefinite_determiners") and up to two words may open the judgement
        indefinite = sorted(_comparable(str(w), language) for w in reference().words("indefinite_determiners", (language,)))
        opening = rf"(?:\s+(?:{_alternation(indefinite)})(?:\s+{word}){{0,2}}?)?" if indefinite else ""
        forms.append(rf"(?P<bare>{_alternation(list(bare))}){objects}{opening}{judged}")
    if not forms:
        return None, not_after
    return re.compile(rf"(?<![\w-])(?:{'|'.join(forms)})"), not_after


# The opening quotation marks that may set off the judgement a characterising verb gives
# (_characterising_patterns): straight, curly and angle, as printed (_QUOTED_JUDGEMENT_OPENERS)
# and as compared (_comparable folds the curly ones to '"' and « to "<").
_QUOTED_JUDGEMENT_OPENERS = '"\u201c\u201e\u00ab'
_JUDGEMENT_MARKS = _QUOTED_JUDGEMENT_OPENERS + "<"
_JUDGEMENT_OPENING = rf"(?:[{_JUDGEMENT_MARKS}]\s?)?"


def _quoted_judgement_lowercase(text: str, end: int) -> bool:
    """Whether the quotation opened by the mark right before text[end] starts on a lowercase
    letter (spaces skipped) and holds at least MIN_JUDGEMENT_WORDS words before its closing mark:
    a judgement quoted ("called the raid “cowardly and planned”"), not a name or a title in
    capitals ("called the operation “Safe Roads”"), nor one word quoted as a term ("described
    the camp as “quiet”")."""
    if text[end - 1:end] not in tuple(_QUOTED_JUDGEMENT_OPENERS):
        return False  # a "<" printed as such, no quotation mark
    letter = text[end:end + 2].lstrip()[:1]
    inside = re.split(r"[\"\u201c\u201d\u00ab\u00bb]", text[end:], maxsplit=1)[0]
    return letter.islower() and len(re.findall(r"[^\W\d_][\w'\u2019-]*", inside)) >= MIN_JUDGEMENT_WORDS


def _characterising_cues(cues: list[_Cue], comparable: str, mentions: list[_Mention], language: str,
                         text: str | None = None) -> list[_Cue]:
    """The cues of a sentence with its verbs of characterising: a verb followed by its object
    and the judgement given of it ("X described the raid as a cowardly crime", "X called the
    shelling unacceptable", "X a qualifié l'embuscade d'acte lâche", "X calificó el ataque de
    cobarde", "ông X gọi đây là hành động hèn hạ") reports what X said of it, so it is a
    speech verb of its own, and no verb of stance (a stance cue at the same place is made one
    of speech). A verb inside a name, after a passive auxiliary ("was called a hero") or after
    a word of "not_after" ("kêu gọi", "được gọi là") is none. The judgement may be any words in
    quotation marks opening in lowercase ("X called the attack “determined and planned”", "X a
    qualifié l'attaque de « lâche et planifiée »"): the words are X's. Input: the cues found
    (_cues), the sentence as compared, its mentions, the sentence as printed (text: None takes
    a quoted judgement whatever its case); output: the cues, sorted.
    Rule source: quotes.yaml "characterising_verbs"."""
    pattern, not_after = _characterising_patterns(language)
    if pattern is None:
        return cues
    auxiliary = _patterns(language)["passive_auxiliaries"]
    found = list(cues)
    for match in pattern.finditer(comparable):
        group = next(name for name, value in match.groupdict().items() if value is not None)
        start, end = match.start(group), match.end(group)
        if comparable[match.end() - 1] in _JUDGEMENT_MARKS and text is not None and not _quoted_judgement_lowercase(text, match.end()):
            continue  # "called the operation “Safe Roads”": a name in capitals, no judgement
        if any(m.kind == "entity" and m.start < end and start < m.end for m in mentions):
            continue
        before = comparable[max(0, start - 16):start].rstrip()
        previous = re.search(r"([\w'-]+(?:\s+[\w'-]+)?)$", before)
        if previous is not None and (previous.group(1).split()[-1] in not_after or previous.group(1) in not_after):
            continue
        if _ends_on(auxiliary, before):
            continue
        # the verb itself, or inside a form with its object pronoun ("lo calificó")
        same = [c for c in found if start <= c.start < end and not c.marker]
        if same:
            found = [c._replace(stance=False) if c in same else c for c in found]
        elif not any(c.start < end and start < c.end for c in found):
            # right after a comma the verb is a participle closing the clause before it ("the
            # government condemned the attack, calling it cowardly", "..., la qualifiant de
            # lâche", "..., calificándolo de cobarde"): that clause's subject speaks
            found.append(_Cue(start, end, False, False, comparable[:start].rstrip().endswith(",")))
    return sorted(found)


@lru_cache(maxsize=None)
def _quoting_patterns(language: str) -> tuple[frozenset[str], re.Pattern] | None:
    """(the quoting verbs, the pattern of the one quoted and the closing words after such a
    verb), on the compared text (quotes.yaml "quoting_verbs"); None when the language lists none."""
    entry = (_vocabulary().get("quoting_verbs") or {}).get(language) or {}
    verbs = _compared_list(language, "quoting_verbs", language, "verbs")
    closes = _compared_list(language, "quoting_verbs", language, "closes")
    if not verbs or not closes:
        return None
    most = int(entry.get("most_words") or 8)
    return frozenset(verbs), re.compile(rf"(?:\s+[^\s,.;:!?\"()<>]+){{1,{most}}}?\s+(?P<close>{_alternation(closes)})(?!\w)")


def _quoting_cue(comparable: str, match: re.Match, language: str) -> _Cue | None:
    """The cue of a verb quoting another's words ("Reuters quoted the spokesman as saying"):
    one at the closing words ("as saying"), so the one quoted, the nearest speaker before them,
    speaks rather than the one quoting (quotes.yaml "quoting_verbs"). None when the verb is not
    a quoting verb or no closing words follow within the words allowed, with no punctuation.
    Rule source: in "X quoted Y as saying Z", Z is Y's words, reported by X."""
    quoting = _quoting_patterns(language)
    if quoting is None or match.group() not in quoting[0]:
        return None
    tail = quoting[1].match(comparable, match.end())
    if tail is None:
        return None
    return _Cue(tail.start("close"), tail.end("close"), False)


@lru_cache(maxsize=None)
def _quoted_pronoun_pattern(language: str) -> re.Pattern | None:
    """The pattern of a quoting verb then an object pronoun, ending where the closing words
    start ("quoted him "), on the compared text (quotes.yaml "quoting_verbs": "verbs",
    "pronouns"); None when the language lists no such pronoun."""
    verbs = _compared_list(language, "quoting_verbs", language, "verbs")
    pronouns = _compared_list(language, "quoting_verbs", language, "pronouns")
    if not verbs or not pronouns:
        return None
    return re.compile(rf"(?<!\w)(?:{_alternation(verbs)})\s+(?P<pronoun>{_alternation(pronouns)})\s+$")


def _quoted_pronoun(cue: _Cue, comparable: str, language: str) -> tuple[int, int] | None:
    """The span of the object pronoun a quoting verb's closing words follow ("KAN quoted him
    as saying": "him"), the one quoted standing for the person named before; None when the
    words before the cue are no quoting verb and pronoun (_quoted_pronoun_pattern). Rule
    source: in "X quoted him as saying Z", Z is the words of the one "him" refers to."""
    pattern = _quoted_pronoun_pattern(language)
    match = pattern.search(comparable, max(0, cue.start - 40), cue.start) if pattern is not None else None
    return (match.start("pronoun"), match.end("pronoun")) if match is not None else None


def _negated_subject(comparable: str, at: int, language: str) -> bool:
    """Whether the clause before the speech verb at `at` opens, maybe after a conjunction
    (_coordinating_words), on a word of quotes.yaml "negated_subject_openers" ("neither the UN
    nor the army confirmed", "pero ni la Minustah ni las autoridades han confirmado"): its
    subject is said not to have said it. Not where a conjunction follows the opener ("Neither
    side has fired since Monday and the UN said"): a new clause, with its own subject, holds
    the verb."""
    openers = _compared_forms("negated_subject_openers", language)
    if not openers:
        return False
    words = re.split(r"[.;:,!?()\"\u201c\u201d\u00ab\u00bb]", comparable[:at])[-1].split()
    joins = _coordinating_words(language)
    if words and words[0] in joins:
        words = words[1:]
    return bool(words) and words[0] in openers and not any(w in joins for w in words[1:])


def _ends_on(pattern: re.Pattern | None, before: str) -> bool:
    """Whether a match of `pattern` (a passive auxiliary, a negation) ends where `before`, the
    words right before a verb, ends; False when the language has no such pattern."""
    return pattern is not None and any(m.end() == len(before) for m in pattern.finditer(before))


def _cues(comparable: str, mentions: list[_Mention], language: str, text: str | None = None) -> list[_Cue]:
    patterns = _patterns(language)
    cues = []
    for marker, pattern in ((False, patterns["speech_verbs"]), (True, patterns["source_markers"])):
        if pattern is None:
            continue
        for match in pattern.finditer(comparable):
            # A verb inside a name is no verb ("the United States").
            if _verb_words_overlap(match, mentions, language):
                continue
            # "chargée d'assurer « la protection des civils »": an infinitive hanging on a verb
            # or noun, not opened by "et" and its subject, is no narrative infinitive
            if not marker and match.group() in _narrative_forms(language) and not _narrative_opened(comparable, match.start(), language):
                continue
            # A phrase that opens with the verb's form and says nothing ("kể từ": since).
            if not marker and _opens_phrase_holding_no_verb(comparable, match.start(), language):
                continue
            # "said goodbye to the troops", "a dit adieu", "dijo adiós": a ritual word for object
            if not marker and _ritual_object_after(comparable, match.end(), language, mentions):
                continue
            # "bài phát biểu", "lời chia sẻ": a classifier makes the verb a noun, no report
            if not marker and _after_speech_noun_classifier(comparable, match.start(), language):
                continue
            # "the alleged failure", "over alleged abuses": a participle qualifying a noun
            if not marker and _adjective_participle(comparable, match.start(), match.end(), language):
                continue
            # A passive ("are reported to be", "fue informado") has no speaker for subject.
            auxiliary = patterns["passive_auxiliaries"]
            before = comparable[max(0, match.start() - 16):match.start()].rstrip()
            if not marker and _ends_on(auxiliary, before):
                continue
            # "The incident reported by the peacekeepers took place...": a participle after
            # a noun, its agent after it, names the noun's source, no words said
            if not marker and text is not None and _attributive_participle(text, comparable, match.start(), match.end(), mentions, language):
                continue
            # A verb said not to have been said ("did not say", "ne dit pas", "no dijo").
            negation = patterns["negations"]
            if not marker and _ends_on(negation, before):
                continue
            # "but neither the UN nor the authorities have confirmed": a subject said not to have said it
            if not marker and _negated_subject(comparable, match.start(), language):
                continue
            # "làm theo", "theo dõi": a marker that gives a source only opening its clause
            if marker and _inside_clause(match.group(), comparable, match.start(), language):
                continue
            # "paid by his account manager": a possessive marker set off from nothing is a phrase's words
            if marker and _possessive_inside_phrase(comparable, match.start(), match.end(), language):
                continue
            # "À l'entendre parler, on croirait que...": the writer's conjecture, no words given
            if marker and _conjecture_after(comparable, match.start(), match.end(), language):
                continue
            # "Il rapporte des vivres", "confirmé par l'armée": no report (_reports_here)
            if not marker and text is not None and not _reports_here(text, comparable, match.start(), match.end(), language):
                continue
            stance = not marker and ((patterns["stance_verbs"] is not None and patterns["stance_verbs"].fullmatch(match.group()) is not None)
                                     or _courtesy_after(comparable, match.start(), match.end(), language))
            quoting = None if marker else _quoting_cue(comparable, match, language)
            if quoting is not None:
                cues.append(quoting)
                continue
            cues.append(_Cue(match.start(), match.end(), marker, stance))
    # "Theo chia sẻ của X": the verb inside the marker's noun of words said is no verb
    nouns = [(c.end, _marker_noun_end(c, comparable, language)) for c in cues if c.marker]
    # "Đó là chia sẻ của X": a speech verb inside a marker's own words, past its first word, is
    # part of it, no verb ("quoted by X" keeps its verb: the marker opens with it)
    inside = [(c.start, c.end) for c in cues if c.marker]
    cues = [c for c in cues if c.marker or not (any(a <= c.start and c.end <= b for a, b in nouns)
                                               or any(a < c.start and c.end <= b for a, b in inside))]
    cues.extend(_participle_cues(comparable, mentions, cues, language, text))
    return _characterising_cues(cues, comparable, mentions, language, text)


@lru_cache(maxsize=None)
def _adjective_participle_words(language: str) -> tuple[frozenset[str], frozenset[str]]:
    """quotes.yaml "adjective_participles" of a language, as compared: (the participles, the
    words before which make them adjectives)."""
    return (frozenset(_compared_list(language, "adjective_participles", language, "verbs")),
            frozenset(_compared_list(language, "adjective_participles", language, "after")))


def _adjective_participle(comparable: str, start: int, end: int, language: str) -> bool:
    """Whether the speech verb at comparable[start:end] is a participle standing as an
    adjective before a noun (quotes.yaml "adjective_participles": "the alleged failure",
    "over alleged abuses"): one of the listed participles, the word right before it one of the
    determiners or prepositions listed, a word after it that is none of them nor a
    complementiser (quotes.yaml "complementisers"): "some", "those" stand as pronouns too, and
    "Some claimed that ..." keeps its verb. Input: the sentence as compared (_comparable), the
    verb's span, the ISO 639-1 code; output: bool."""
    verbs, after = _adjective_participle_words(language)
    if comparable[start:end] not in verbs:
        return False
    previous = re.search(r"(?<![\w'-])([\w'\u2019-]+)\s+$", comparable[:start])
    if previous is None or (previous.group(1) not in after and not _possessive_word(previous.group(1), language)):
        return False
    following = re.match(r"\s+([^\W\d_][\w'-]*)", comparable[end:])
    return following is not None and following.group(1) not in after \
        and following.group(1) not in _compared_forms("complementisers", language)


def _possessive_word(word: str, language: str) -> bool:
    """Whether a compared word is a name or noun in the possessive, which determines the noun
    after it as "its" does ("Sudan's stated willingness", "the mission's alleged failure"): it
    ends on a possessive ending of quotes.yaml "possessive_endings" (English "'s"; a bare
    apostrophe after s) with a word before it that is no pronoun of quotes.yaml
    "contracted_subjects" ("She's stated repeatedly that...": "she has", a verb)."""
    endings = [str(e) for e in (_vocabulary().get("possessive_endings") or {}).get(language, [])]
    pronouns = _compared_forms("contracted_subjects", language)
    return any(word.endswith(e) and len(word) > len(e) + 1 and (len(e) > 1 or word[-2] == "s")
               and word[:-len(e)] not in pronouns for e in endings)


def _attributive_participle(text: str, comparable: str, start: int, end: int, mentions: list[_Mention], language: str) -> bool:
    """Whether the one-word speech verb at text[start:end] is a past participle qualifying the
    common noun right before it, its agent after it: "the incident reported by the
    peacekeepers", "the clashes reported by UNMISS" (a passive without its auxiliary, the
    noun's source, no words said). The word before is printed in lowercase, no speaker, title,
    pronoun or body mention ends on it ("UNMISS reported by..." keeps its subject) and it is no
    adverb or auxiliary (_words_before_marks, quotes.yaml "coordinated_auxiliaries"); the
    verb is followed by an agent preposition (quotes.yaml "agent_prepositions") and a definite
    article or a named speaker, so a means stays speech ("X said by phone", "told by
    telephone"). Rule source: the reduced passive relative clause of English grammar (a
    participle with a "by" agent after a noun)."""
    by, article = _agent_patterns(language)
    if by is None or " " in comparable[start:end].strip():
        return False
    word = re.search(r"([^\W\d_][\w'-]*)\s+$", text[:start])
    if word is None or not word.group(1).islower() or any(word.start(1) < m.end <= word.end(1) for m in mentions):
        return False
    # an adverb or auxiliary between a subject and its verb is no noun ("UNMISS also reported")
    adverbs, endings = _words_before_marks(language)
    compared = _comparable(word.group(1), language)
    if compared in adverbs or compared in _compared_forms("coordinated_auxiliaries", language) \
            or (endings and compared.endswith(endings)):
        return False
    agent = by.match(comparable, end)
    if agent is None:
        return False
    at = agent.end()
    if article is not None and article.match(comparable, at):
        return True
    return any(m.start == at and m.kind == "entity" for m in mentions)


@lru_cache(maxsize=None)
def _agent_patterns(language: str) -> tuple[re.Pattern | None, re.Pattern | None]:
    """(an agent preposition between spaces, quotes.yaml "agent_prepositions"; a definite
    article as a whole word, _articles) of a language for _attributive_participle; None where
    the language lists none."""
    prepositions, articles = _compared_forms("agent_prepositions", language), _articles(language)
    return (re.compile(rf"\s+(?:{_alternation(list(prepositions))})\s+") if prepositions else None,
            re.compile(rf"(?:{_alternation(list(articles))})(?!\w)") if articles else None)


def _speech_participle(word: str, language: str) -> bool:
    """Whether a compared word is the participle of a listed speech verb, as printed agreeing
    with its noun or not (quotes.yaml "participle_agreement": "condamnees" -> "condamne",
    "condenada" -> "condenado"): the form itself is listed ("condemned"), or its compound with
    an auxiliary of "compound_auxiliaries" is ("a condamne", "ha condenado")."""
    verbs = _patterns(language)["speech_verbs"]
    if verbs is None:
        return False
    agreement = (_vocabulary().get("participle_agreement") or {}).get(language) or {}
    forms = {word} | {word[:-len(end)] + base for end, base in agreement.items() if word.endswith(end) and len(word) > len(end) + 2}
    auxiliaries = _compared_forms("compound_auxiliaries", language)
    return any(verbs.fullmatch(f) or any(verbs.fullmatch(f"{a} {f}") for a in auxiliaries) for f in forms)


def _agent_of_quoted_participle(text: str, comparable: str, mentions: list[_Mention], spans: list[tuple[int, int]],
                                language: str) -> _Mention | None:
    """The agent of a speech verb in the passive whose words stand quoted between the
    participle and the agent's preposition (quotes.yaml "agent_prepositions"): "The ambush,
    condemned “in the strongest terms” by the Secretary-General, ...", "L'attaque, condamnée
    « dans les termes les plus forts » par X", "condenada «...» por X". Adverbs may stand
    between the participle and the marks; the agent is a person, a title or a body named
    right after the preposition, grammar words and titles between (_tight). None otherwise."""
    prepositions = _compared_forms("agent_prepositions", language)
    if not prepositions:
        return None
    for a, b in spans:
        if _quoted_words(text, [(a, b)]) < MIN_QUOTED_WORDS:
            continue
        # the words since the last punctuation: a comma or a mark between, the quotation
        # opens no phrase of the participle
        words = re.findall(r"[\w'’-]+", re.split(r"[^\w\s'’-]", comparable[max(0, a - 80):a])[-1])
        # adverbs between the participle and the marks ("condamnée fermement « ... »")
        while words and _only_words_before_marks(words[-1], language) and not _speech_participle(words[-1], language):
            words.pop()
        if not words or not _speech_participle(words[-1], language):
            continue
        agent = re.match(rf"\s*,?\s*(?:{_alternation(list(prepositions))})\s", comparable[b:])
        if agent is None:
            continue
        start = b + agent.end()
        for mention in mentions:
            if mention.start >= start and mention.kind in ("entity", "title", "body"):
                return mention if _tight(text[start:mention.start], language) else None
    return None


@lru_cache(maxsize=None)
def _words_before_marks(language: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """(auxiliaries and listed adverbs, adverb endings) that may stand between a subject and
    a speech verb set inside quotation marks (quotes.yaml "auxiliaries_before_marks",
    "inserted_adverbs", "adverb_endings"), as compared."""
    vocab = _vocabulary()
    words = {_comparable(str(w), language) for key in ("auxiliaries_before_marks", "inserted_adverbs")
             for w in (vocab.get(key) or {}).get(language, [])}
    return frozenset(words), tuple(_compared_forms("adverb_endings", language))


def _only_words_before_marks(stretch: str, language: str) -> bool:
    """Whether a stretch of compared text holds nothing but commas, auxiliaries and adverbs
    (_words_before_marks); an adverb by its ending is a word longer than the ending by three
    letters at least ("strongly", "fermement", "enérgicamente"; not "only", "comment")."""
    words, endings = _words_before_marks(language)
    if re.search(r"[^\w\s,'’-]", stretch):
        return False
    rest = f" {stretch.replace(',', ' ')} "
    for phrase in sorted((w for w in words if " " in w), key=len, reverse=True):
        rest = rest.replace(f" {phrase} ", " ")
    return all(w in words or any(w.endswith(e) and len(w) >= len(e) + 3 for e in endings)
               for w in re.findall(r"[\w'’-]+", rest))


def _verbs_taken_into_marks(text: str, comparable: str, mentions: list[_Mention], spans: list[tuple[int, int]],
                            language: str) -> list[_Cue]:
    """Speech verbs the writer set inside the quotation marks of the words they attribute,
    right after their subject and at most auxiliaries and adverbs (_only_words_before_marks):
    "The Council swiftly “condemned in the strongest terms” the attack", "X has “strongly
    condemned” the killing", "X a « condamné vigoureusement cette attaque »", "X ha
    «condenado enérgicamente»". The quoted verb is the statement's own word, so the marks give
    words said however few they are; the subject before the marks speaks. A compound verb the
    marks split ("a « condamné") is found on the text with its marks blanked. text, comparable:
    the sentence as printed and as compared; spans: its quoted spans (_quoted_spans). Returns
    the cues, in order; none when no quoted span opens on a verb that way."""
    if not spans:
        return []
    marks = {m.start() for m in _QUOTE_MARK.finditer(text)}  # blanked where printed: offsets kept
    demarked = "".join(" " if i in marks else c for i, c in enumerate(comparable))
    printed = "".join(" " if i in marks else c for i, c in enumerate(text))
    subjects = [m for m in mentions if m.kind in ("entity", "body", "title", "pronoun", "body_pronoun", "document")]
    taken = []
    for cue in _cues(demarked, mentions, language, printed):
        if cue.marker or cue.participle:
            continue
        span = next(((a, b) for a, b in spans if a < cue.end <= b), None)
        if span is None or (cue.start > span[0] and not _only_words_before_marks(comparable[span[0] + 1:cue.start], language)):
            continue
        head = min(cue.start, span[0])
        if any(m.end <= head and _only_words_before_marks(comparable[m.end:head], language) for m in subjects):
            taken.append(cue)
    return taken


@lru_cache(maxsize=None)
def _phrases_holding_no_verb(language: str) -> re.Pattern | None:
    """The phrases of quotes.yaml "phrases_holding_no_verb" of a language, as compared, each
    whole; None when the language lists none. Compiled once per language."""
    forms = list(_compared_forms("phrases_holding_no_verb", language))
    return re.compile(rf"(?:{_alternation(forms)})(?!\w)") if forms else None


def _after_speech_noun_classifier(comparable: str, at: int, language: str) -> bool:
    """Whether the word right before a speech verb is a classifier making it a noun (quotes.yaml
    "speech_noun_classifiers": Vietnamese "bài phát biểu", "lời chia sẻ", "bản thông báo")."""
    words = _speech_noun_classifiers(language)
    if not words:
        return False
    before = re.search(r"([\w-]+)\s+$", comparable[:at])
    return before is not None and before.group(1) in words


@lru_cache(maxsize=None)
def _speech_noun_classifiers(language: str) -> frozenset[str]:
    """quotes.yaml "speech_noun_classifiers" of a language, as compared."""
    return frozenset(_compared_forms("speech_noun_classifiers", language))


@lru_cache(maxsize=None)
def _ritual_objects_pattern(language: str) -> re.Pattern | None:
    """Spaces then a word or phrase of quotes.yaml "ritual_objects" of a language, as compared,
    as whole words; None when the language lists none. Compiled once per language."""
    forms = list(_compared_forms("ritual_objects", language))
    return re.compile(rf"\s+(?:{_alternation(forms)})(?![\w-])") if forms else None


def _ritual_object_after(comparable: str, end: int, language: str, mentions: Sequence[_Mention] = ()) -> bool:
    """Whether the speech verb ending at `end` takes a ritual word for object ("said prayers
    for the wounded", "said goodbye", "a dit adieu", "dijo adiós"; quotes.yaml
    "ritual_objects"): it reports no words. Not where a mention starts on the word ("said
    Grace Mutua": a name that opens on one is the verb's subject)."""
    pattern = _ritual_objects_pattern(language)
    match = pattern.match(comparable, end) if pattern is not None else None
    if match is None:
        return False
    word = end + len(match.group()) - len(match.group().lstrip())
    return not any(m.start <= word < m.end for m in mentions)


def _opens_phrase_holding_no_verb(comparable: str, at: int, language: str) -> bool:
    """Whether a phrase that opens with a speech verb's form but says no words starts at `at`
    ("kể từ năm 2021": since 2021; "destaca por su labor": stands out for its work; quotes.yaml
    "phrases_holding_no_verb"), unless the words after the verb are an adverb put after it
    ("destaca por su parte que": for his part, quotes.yaml "inserted_adverbs")."""
    pattern = _phrases_holding_no_verb(language)
    if pattern is None or pattern.match(comparable, at) is None:
        return False
    adverbs = _inserted_adverbs_pattern(language)
    return adverbs is None or adverbs.match(comparable, at) is None


@lru_cache(maxsize=None)
def _participle_pattern(language: str) -> re.Pattern | None:
    """A comma, or a noun of the speech the clause closes (quotes.yaml "participle_speech_nouns":
    "ended his speech urging"), then at most a lead word ("participle_leads") or one adverb (a word
    with an ending of "adverb_endings"), then a participle of saying ("participles_of_saying"),
    as compared, the participle group "verb"; None when the language lists none. Compiled once
    per language."""
    forms = list(_compared_forms("participles_of_saying", language))
    if not forms:
        return None
    leads = list(_compared_forms("participle_leads", language))
    endings = list(_compared_forms("adverb_endings", language))
    between = []
    if leads:
        between.append(rf"(?:{_alternation(leads)})")
    if endings:
        between.append(rf"[\w'-]+(?:{_alternation(endings)})")
    lead = rf"(?:(?:{'|'.join(between)})\s+)?" if between else ""
    nouns = list(_compared_forms("participle_speech_nouns", language))
    opening = rf"(?:,\s*|(?<!\w)(?:{_alternation(nouns)})\s+)" if nouns else r",\s*"
    return re.compile(rf"{opening}{lead}(?P<verb>{_alternation(forms)})(?!\w)")


def _participle_cues(comparable: str, mentions: list[_Mention], cues: list[_Cue], language: str, text: str | None) -> list[_Cue]:
    """The participles of saying after a comma (_participle_pattern) that report words: none
    inside a name or on a cue already found; where the language's reported clause needs its
    complementiser (quotes.yaml "participle_needs_clause"), only with one close after it
    (_complement_verbs: COMPLEMENT_REACH words, or the language's "complement_reach") or a
    quotation opening after it ("ajoutant que", not "rappelant son engagement"); never right
    before a word or phrase of "participle_refused_before" or "ritual_objects" ("adding to the
    toll", "saying goodbye", "saying a prayer"). In those languages a participle with no comma before it
    (_bare_participle_pattern) reports too when it has both, its clause and a quotation after
    it. text: the sentence as printed (None: no quotation is looked for)."""
    pattern = _participle_pattern(language)
    if pattern is None:
        return []
    vocab = _vocabulary()
    needs_clause = language in (vocab.get("participle_needs_clause") or [])
    refused_forms = list(_compared_forms("participle_refused_before", language)) + list(_compared_forms("ritual_objects", language))
    refused = re.compile(rf"\s+(?:{_alternation(refused_forms)})(?![\w-])") if refused_forms else None
    _forms, _compared, clause = _complement_verbs(language)
    # where the last quotation of the sentence opens: one opens after a position before it
    last_opening = max(text.rfind(mark) for mark in "\u00ab\u201c\"") if text is not None else -1
    found: list[_Cue] = []

    def free(start: int, end: int) -> bool:
        # neither on a cue already found nor inside a name
        return not (any(c.start < end and start < c.end for c in [*cues, *found])
                    or any(m.kind == "entity" and m.start < end and start < m.end for m in mentions))

    for match in pattern.finditer(comparable):
        start, end = match.start("verb"), match.end("verb")
        if not free(start, end):
            continue
        if refused is not None and refused.match(comparable, end):
            continue  # "adding to the toll", "saying goodbye", "saying a prayer"
        if needs_clause and not ((clause is not None and clause.match(comparable, end)) or last_opening >= end):
            continue
        found.append(_Cue(start, end, False, False, True))
    stance = _stance_participle_pattern(language)
    if stance is not None and text is not None:
        # "issued a statement expressing “deep concern”", ", condenando «todo ataque»": a
        # participle of stance reports only the words quoted right after it
        for match in stance.finditer(comparable):
            start, end = match.start("verb"), match.end("verb")
            if free(start, end) and _QUOTED_SOON.match(text, end):
                found.append(_Cue(start, end, False, True, True))
    if needs_clause and clause is not None and text is not None:
        # with no comma before it, a participle right before its clause and a quotation after
        # it reports too ("hizo un llamado a la calma alertando de que «...»", "a lancé un appel
        # au calme en rappelant que « ... »"): the clause and the words quoted leave no other reading
        for match in _bare_participle_pattern(language).finditer(comparable):
            start, end = match.start("verb"), match.end("verb")
            if free(start, end) and clause.match(comparable, end) and last_opening >= end:
                found.append(_Cue(start, end, False, False, True))
    return found


# A quotation opening within three words after a participle of stance ("expressing its “deep
# concern”", "condamnant « toute attaque »").
_QUOTED_SOON = re.compile(r"\s+(?:[\w'\u2019-]+\s+){0,3}?[\u00ab\u201c\"]")


@lru_cache(maxsize=None)
def _stance_participle_pattern(language: str) -> re.Pattern | None:
    """_participle_pattern's opening (a comma, or a noun of speech: "a statement expressing")
    and lead, then a participle of stance (quotes.yaml "stance_participles"), as compared, the
    participle group "verb"; None when the language lists none. Compiled once per language."""
    forms = list(_compared_forms("stance_participles", language))
    if not forms:
        return None
    leads = list(_compared_forms("participle_leads", language))
    # at most two leads ("vào sáng thứ Ba", "chiều ngày thứ Sáu": Vietnamese sets a time of
    # day and "ngày" or "hôm" before the weekday)
    lead = rf"(?:(?:{_alternation(leads)})\s+){{0,2}}" if leads else ""
    nouns = list(_compared_forms("participle_speech_nouns", language))
    opening = rf"(?:,\s*|(?<!\w)(?:{_alternation(nouns)})\s+)" if nouns else r",\s*"
    return re.compile(rf"{opening}{lead}(?P<verb>{_alternation(forms)})(?!\w)")


@lru_cache(maxsize=None)
def _bare_participle_pattern(language: str) -> re.Pattern:
    """A participle of saying (quotes.yaml "participles_of_saying") after a word and a space,
    no comma (_participle_cues reads it only before its clause and a quotation), the
    participle group "verb"; compiled once per language."""
    forms = list(_compared_forms("participles_of_saying", language))
    return re.compile(rf"(?<=\w)\s+(?P<verb>{_alternation(forms)})(?!\w)") if forms else re.compile(r"(?!)")


@lru_cache(maxsize=None)
def _clause_opening_markers(language: str) -> frozenset[str]:
    """The source markers that give a source only where they open their clause, as
    compared (quotes.yaml "clause_opening_markers")."""
    return frozenset(_compared_forms("clause_opening_markers", language))


def _inside_clause(marker: str, comparable: str, at: int, language: str) -> bool:
    """Whether a source marker of quotes.yaml "clause_opening_markers" stands inside its
    clause, a word before it with no stop or comma between ("làm theo hướng dẫn", "theo dõi"
    after a verb): there it is no source marker. It is one opening the sentence or after a
    comma, a colon, a dash or a bracket ("Theo Đại tá X, ...", "..., theo Bộ Quốc phòng")."""
    if marker not in _clause_opening_markers(language):
        return False
    before = comparable[:at].rstrip()
    leads = list(_compared_forms("marker_leads", language))
    if leads:  # "Cũng theo ông X", "Và theo Bộ Quốc phòng": a lead word before the marker still opens
        before = re.sub(rf"(?:(?<=\s)|^)(?:{_alternation(leads)})$", "", before).rstrip()
    return bool(before) and before[-1] not in ",;:.!?(\u2013\u2014-\"'\u201c\u201d\u00ab\u00bb"


@lru_cache(maxsize=None)
def _body_voice_words(language: str) -> tuple[frozenset[str], re.Pattern | None]:
    """(the words of a body's spokesperson, singular or plural, the possessive between a body
    and them), as compared in the language (quotes.yaml "body_voices", "body_voices_plural",
    "body_voice_possessives")."""
    vocab = _vocabulary()
    words = frozenset(_compared_forms("body_voices", language)) | _plural_body_voices(language)
    owned = list(_compared_forms("body_voice_possessives", language))
    bare = "?" if language in (vocab.get("body_voice_bare_before") or []) else ""  # "a BSF spokesperson"
    if not owned:
        return words, (re.compile(r"\s+") if bare else None)
    return words, re.compile(rf"\s*(?:{_alternation(owned)}){bare}\s*")


@lru_cache(maxsize=None)
def _plural_body_voices(language: str) -> frozenset[str]:
    """The words of a body's unnamed officials in the plural, as compared in the language
    (quotes.yaml "body_voices_plural": "officials", "responsables", "funcionarios"): they speak
    as their body, as one official does, but are no antecedent of a singular pronoun."""
    return frozenset(_compared_forms("body_voices_plural", language))


def _voice_before(mention: _Mention, mentions: list[_Mention], text: str, comparable: str, language: str) -> bool:
    """Whether a body's mention is the body of an unnamed voice right before it ("a senior
    official with MINUSCA", "un porte-parole de la Minusca"): a spokesperson's word (quotes.yaml
    "body_voices") of an unnamed or title mention, joined to the body by at most three words
    and no punctuation."""
    return _voice_mention_before(mention, mentions, text, comparable, language) is not None


def _voice_mention_before(mention: _Mention, mentions: list[_Mention], text: str, comparable: str,
                          language: str) -> _Mention | None:
    """The unnamed voice whose body a body's mention is (_voice_before): the mention of the
    spokesperson's word before it, or None."""
    if mention.found is None or mention.found.kind not in ("organisation", "mission"):
        return None
    words = _body_voice_words(language)[0]
    return next((m for m in mentions if m.kind in ("unnamed", "title") and m.end <= mention.start and comparable[m.start:m.end] in words
                 and len(re.findall(r"\w+", text[m.end:mention.start])) <= 3 and not re.search(r"[,;:.()]", text[m.end:mention.start])),
                None)


def _voice_named_before(mention: _Mention, body: Found | None, before: Sequence[Found], comparable: str,
                        language: str) -> Found | None:
    """The person a body's spokesperson, official or representative with no name stands for
    when the text already named the one holding that voice ("Foreign Ministry spokesman X
    said... The Foreign Ministry spokesman added", "Người phát ngôn Bộ Ngoại giao X cho
    biết... Người phát ngôn Bộ Ngoại giao khẳng định"): a person referred to again speaks as
    themselves (tests/corpus/README.md, quotes), not as the body.

    mention: the voice's word (quotes.yaml "body_voices", "unnamed_speakers"), definite: after
    a definite article (quotes.yaml "definite_articles"), or bare in a language without
    articles ("a ministry spokesman", "một người phát ngôn" are someone else); body: the body
    it speaks for (_voiced_body); before: the entities named up to the mention. Returns the one
    person named before introduced with both the voice's word and the body
    (_introduced_as), else None (the body speaks)."""
    # (the determiners compared folded: Vietnamese "một" as "mot", the text folded to the same length)
    if body is None or _after_indefinite(fold_same_length(comparable).lower(), mention.start, language):
        return None
    definite = _definite_before_pattern(language)
    if definite is not None and definite.search(comparable, max(0, mention.start - 60), mention.start) is None:
        return None
    surfaces = [fold_same_length(x).lower() for x in {*body.surfaces, body.name} if x]
    word = comparable[mention.start:mention.end]
    people = {f.id: f for f in before if f.kind == "person" and _introduced_as(f, surfaces) and _introduced_as(f, [word])}
    return next(iter(people.values())) if len(people) == 1 else None


def _voiced_body(mention: _Mention, mentions: list[_Mention], text: str, comparable: str, language: str) -> _Mention | None:
    """The body a spokesperson the text does not name speaks for (quotes.yaml "body_voices"):
    the body right after them, joined by a joining word ("a précisé une porte-parole de la
    Monusco", "dijo un portavoz de la Minusma", "said a spokesman for the UN mission"), else
    the body right before them with a possessive ("the United Nations' spokesman"). None when
    the mention is no such spokesperson or no body is joined to them; a person named in
    apposition is found before this (_person_after). In a language of quotes.yaml
    "body_voice_bare_before" the body's name set bare before them names them too ("a BSF
    spokesperson said", "a UNIFIL spokeswoman said"), a mission's name also with its own
    common nouns between (_mission_voice_heads: "a UNIFIL peacekeeping mission spokesperson")."""
    words, owned = _body_voice_words(language)
    if comparable[mention.start:mention.end] not in words:
        return None

    def speaks_for(other: _Mention) -> bool:
        return other.kind in ("entity", "body") and other.found is not None and other.found.kind in ("organisation", "initiative", "mission")

    after = next((m for m in mentions if m.start >= mention.end), None)
    if after is not None and speaks_for(after) and after.kind == "entity" and not comparable[mention.end:after.start].strip() \
            and fold(text[after.start:after.end]) in _body_adjectives():
        return after  # "un responsable onusien": the body its adjective names
    if after is not None and speaks_for(after) and (_link_patterns()["of_body"].fullmatch(comparable[mention.end:after.start])
                                                    or _voice_link_gap(comparable[mention.end:after.start], language)):
        body = _person_after(after, mentions, text, language)  # "the UN mission": the mission
        return body if speaks_for(body) else after
    before = next((m for m in reversed(mentions) if m.end <= mention.start), None)
    if before is not None and owned is not None and speaks_for(before) and owned.fullmatch(comparable[before.end:mention.start]):
        return before
    heads = _mission_voice_heads(language)
    if (before is not None and heads is not None and before.found is not None and before.found.kind == "mission"
            and heads.fullmatch(comparable[before.end:mention.start])):
        return before  # "a UNIFIL peacekeeping mission spokesperson", "a MONUSCO peacekeeping spokesman"
    return None


@lru_cache(maxsize=None)
def _mission_voice_heads(language: str) -> re.Pattern | None:
    """The gap between a mission's bare name and its spokesperson made of the mission's own
    common nouns (quotes.yaml "mission_voice_heads": "peacekeeping", "mission", "force"), a
    possessive allowed after them ("UNIFIL peacekeeping mission spokesperson", "the MONUSCO
    force's spokesman"), compiled once per language; None where the language lists no such
    noun or sets no body's name bare before its spokesperson (quotes.yaml
    "body_voice_bare_before")."""
    heads = _compared_forms("mission_voice_heads", language)
    if not heads or language not in (_vocabulary().get("body_voice_bare_before") or []):
        return None
    possessives = _compared_forms("body_voice_possessives", language)
    owned = rf"(?:{_alternation(possessives)})?" if possessives else ""
    return re.compile(rf"\s*(?:['\u2019]s?\s*)?(?:(?:{_alternation(heads)}){owned}\s+)+")


def _voice_link_gap(gap: str, language: str) -> bool:
    """Whether a gap (compared) between a spokesperson's word and a body is one of quotes.yaml
    "body_voice_links" ("with"), an article allowed after it: " with the " in "an official
    with the UN mission"."""
    pattern = _voice_link_gap_pattern(language)
    return pattern is not None and pattern.fullmatch(gap) is not None


@lru_cache(maxsize=None)
def _voice_link_gap_pattern(language: str) -> re.Pattern | None:
    """The gap _voice_link_gap accepts (a link of quotes.yaml "body_voice_links", an article
    allowed after it), compiled once per language; None where the language lists no link."""
    links = _compared_forms("body_voice_links", language)
    if not links:
        return None
    article = rf"(?:(?:{_alternation(_joining_articles())})(?:\s+|(?<=')))?"
    return re.compile(rf"\s+(?:{_alternation(links)})\s+{article}")


def _voice_of_person(mention: _Mention, person: _Mention, text: str, language: str) -> bool:
    """Whether an unnamed speaker or a title that is a spokesperson's word (quotes.yaml
    "body_voices") is joined to the person after it by a joining word (quotes.yaml
    "voice_joiners": "for", "de", "của"), with no comma between: the spokesperson of that person
    ("the chief spokesman for Secretary-General X", "le porte-parole du président X"), who is
    not X; a name set off by a comma is the spokesperson's own ("the spokesman, X")."""
    if mention.kind not in ("title", "unnamed"):
        return False
    if _comparable(text[mention.start:mention.end], language) not in _body_voice_words(language)[0]:
        return False
    gap = _comparable(text[mention.end:person.start], language)
    joiners = list(_compared_forms("voice_joiners", language))
    return bool(joiners) and "," not in gap and re.match(rf"\s*(?:{_alternation(joiners)})(?!\w)", gap) is not None


def _owned_title(person: _Mention, mentions: list[_Mention], text: str, language: str) -> _Mention | None:
    """The title or unnamed speaker a person owns with the possessive right after the name
    ("Jean Moreau's spokesman", "Moreau' spokesman": quotes.yaml "possessive_endings"), at most
    two words between ("Moreau's chief spokesman"): its mention, or None."""
    endings = [str(e) for e in (_vocabulary().get("possessive_endings") or {}).get(language, [])]
    if not endings:
        return None
    at = person.end
    ending = next((e for e in endings if text.startswith(e, at)), None)
    if ending is not None:
        at += len(ending)
    elif not any(text[person.start:person.end].endswith(e) for e in endings):
        return None
    owned = next((m for m in mentions if m.start >= at), None)
    if owned is None or owned.kind not in ("title", "unnamed") or not re.fullmatch(r"\s+(?:[\w.-]+\s+){0,2}", text[at:owned.start]):
        return None
    return owned


def _person_after(mention: _Mention, mentions: list[_Mention], text: str, language: str) -> _Mention:
    """A pronoun, an unnamed speaker, a title or a body followed by the name of a person in
    apposition ("spokesperson Maria Lendvai", "UN envoy X", "theo ông X") is that person:
    only titles and grammar words between."""
    if mention.kind == "entity" and mention.found.kind == "person":
        # "said Jean Moreau's spokesman, Paul Lenoir": the title the person owns, whose holder
        # is named in apposition after it, speaks; the owner only when no holder is named
        owned = _owned_title(mention, mentions, text, language)
        if owned is not None:
            holder = _person_after(owned, mentions, text, language)
            if holder.kind == "entity" and holder.found.kind == "person":
                return holder
        return mention
    if mention.kind == "entity" and mention.found.kind == "organisation":
        # "according to the UN mission", "the U.N. peacekeeping mission said": the body the
        # noun refers to, a mission or a part of the organisation named before it, qualified by it
        head = next((m for m in mentions if m.start >= mention.end), None)
        if (head is not None and head.kind == "body" and head.found is not None
                and (head.found.kind == "mission" or mention.found.id in _parents(head.found.id))
                and _tight(text[mention.end:head.start], language, most=1)):
            return _person_after(head, mentions, text, language)
    if mention.kind == "entity" and mention.found.kind == "country" and _country_of_title(mention, text, language):
        # "le ministre malien des Affaires étrangères et de la Coopération internationale X",
        # "Mali's Minister of Foreign Affairs and International Cooperation X": the country
        # qualifies a title whose whole phrase runs on to its holder's name
        for other in mentions:
            if other.start < mention.end:
                continue
            if other.kind == "entity" and other.found.kind == "person":
                gap = _masked_gap(text, mention.end, other.start, mentions)
                if _tight(_ministry_words_masked(gap, language), language, most=TITLE_PHRASE_WORDS, free_words=0):
                    return other
                break
            if other.kind == "entity" and other.found.kind == "country":
                break
    for other in mentions:
        if other.start < mention.end:
            continue
        gap = _masked_gap(text, mention.end, other.start, mentions)
        # a title or an unnamed speaker, then the person's name set off by a comma ("..., a
        # indiqué son porte-parole, Stéphane Dujarric", "said its spokesperson, Jane Doe")
        apposed = mention.kind in ("title", "unnamed") and (
            re.fullmatch(r"\s*,\s*", gap) is not None or _complement_then_comma(gap, language)
            or _comma_then_rank(gap, language))
        # a title's whole phrase, its bodies and places named in capitals ("the Special
        # Representative of the UN Secretary-General for South Sudan (SRSG) X")
        # ("le ministre malien des Affaires étrangères et de la Coopération internationale X")
        phrase = mention.kind == "title" and _tight(_ministry_words_masked(gap, language), language,
                                                    most=TITLE_PHRASE_WORDS, free_words=0)
        qualified = mention.kind in ("entity", "body") and _qualified_title_gap(gap, language)
        if other.kind == "entity" and other.found.kind == "person" and (
                apposed or phrase or qualified or _tight(gap, language, most=4, free_words=0)):
            if not apposed and _voice_of_person(mention, other, text, language):
                return mention  # "the spokesman for Secretary-General X": X's spokesperson, not X
            return other
        if phrase and other.kind in ("entity", "title"):
            continue
        if other.kind in ("title", "unnamed") and (
                (mention.kind in ("entity", "body") and _POSSESSIVE_GAP.fullmatch(gap))
                or (mention.kind == "unnamed" and re.fullmatch(r"\s*['\u2019]s?\s*", gap))):
            # a body, then its officer's title and name ("said UN spokesman X", "said the
            # army's spokesman, Colonel X"), the body named or referred to ("according to the
            # mission's spokesperson, X"), by its common noun too, with the possessive ("the
            # force's spokesman, X"): the person, when the title names one; right
            # after the body or its possessive only ("said the UN and President X" are two)
            person = _person_after(other, mentions, text, language)
            if person.kind == "entity" and person.found.kind == "person":
                return person
            break
        if (mention.kind == "unnamed" and other.kind in ("unnamed", "entity", "body")
                and _comparable(text[mention.start:mention.end], language) in _compared_forms("documents", language)
                and _link_patterns()["of_body"].fullmatch(_comparable(gap, language))):
            # a document, then its giver's officer named in apposition ("a statement from the
            # mission's spokesman, X"): that person, when the giver's phrase names one by a
            # title; a body set off by a comma before a name is no title ("a report from the
            # mission, X, a local chief, was killed": X is told of, not the report's giver)
            person = _person_after(other, mentions, text, language)
            if person.kind == "entity" and person.found.kind == "person" and _title_before(other, person, mentions, text):
                return person
            break
        if mention.kind in ("title", "unnamed") and _complement_then_comma(gap + ", ", language):
            continue  # a body inside the title's complement ("le chef de la mission, X")
        break
    return mention


@lru_cache(maxsize=None)
def _ministry_words_pattern(language: str) -> re.Pattern | None:
    """The words in small letters of a ministry's long name (quotes.yaml "ministry_name_words":
    "internationale", "Cooperación"), as compared, case aside; None when the language lists none."""
    forms = list(_compared_forms("ministry_name_words", language))
    return re.compile(rf"(?<!\w)(?:{_alternation(forms)})(?!\w)", re.IGNORECASE) if forms else None


def _ministry_words_masked(gap: str, language: str) -> str:
    """A gap between a country qualifying a title and a name, the words of a ministry's long name
    (_ministry_words_pattern) blanked out, the printed case of the other words and the length kept: what _tight reads of the title's
    phrase ("des Affaires étrangères et de la Coopération internationale"); a speech verb stays a
    word of its own ("le ministre malien a indiqué que X partira": no title phrase)."""
    pattern = _ministry_words_pattern(language)
    if pattern is None:
        return gap
    masked = list(gap)
    for match in pattern.finditer(_comparable(gap, language)):
        masked[match.start():match.end()] = " " * (match.end() - match.start())
    return "".join(masked)


@lru_cache(maxsize=None)
def _title_ending(language: str) -> re.Pattern | None:
    """A title of office (_titles, as compared) closing the text searched, then spaces;
    compiled once per language; None when the language lists none."""
    titles = _titles_as_compared(language)
    return re.compile(rf"(?<!\w)(?:{_alternation(titles)})\s+$") if titles else None


_POSSESSIVE_MARK = re.compile(r"['\u2019]s?")


def _country_of_title(mention: _Mention, text: str, language: str) -> bool:
    """Whether a country's mention qualifies a title of office right next to it: after the
    title ("le ministre malien", "el ministro maliense") or before it, possessive or adjective
    ("Mali's Minister", "the Malian Minister"). Titles are vocabulary.yaml "titles" as compared."""
    comparable = _comparable(text, language)
    ending = _title_ending(language)
    if ending is not None and ending.search(comparable, max(0, mention.start - 60), mention.start) is not None:
        return True
    possessive = _POSSESSIVE_MARK.match(comparable, mention.end)
    return _title_after(comparable, possessive.end() if possessive else mention.end, language) is not None


# The most words qualifying a title between a body and the name of its holder ("UN aid chief
# X", "EU foreign policy chief X"): read by _qualified_title_gap.
TITLE_QUALIFIER_WORDS = 2


def _qualified_title_gap(gap: str, language: str) -> bool:
    """Whether the gap between a body and a person's name is the person's title qualified by
    the field it covers ("UN aid chief X", "UN peacekeeping chief X", "EU foreign policy chief
    X"): grammar words, titles and names (_tight, at most four words), then one to
    TITLE_QUALIFIER_WORDS other words right before a closing title word (quotes.yaml titles).
    Other words away from the title ("UN troops and aid chief X": "troops") make the gap
    loose, as does punctuation; the body then speaks, not the person."""
    words = [w.rstrip("'\u2019") or w for w in _GAP_WORD.findall(gap)]
    if len(words) < 2 or fold_same_length(words[-1]).lower() not in _title_words(language) \
            or not _tight(gap, language, most=4, free_words=TITLE_QUALIFIER_WORDS):
        return False
    free = [i for i, w in enumerate(words[:-1])
            if not (fold_same_length(w).lower() in _gap_words(language) or w[:1].isupper())]
    return bool(free) and free == list(range(len(words) - 1 - len(free), len(words) - 1))


# What may join a body to its officer's title: nothing or spaces, or the body's possessive,
# "'s" or a bare apostrophe ("UN spokesman", "the mission's spokesman", "the forces'
# spokesman"); read by _person_after and _title_before. An unnamed body's ("the army's
# spokesman") needs the apostrophe: _person_after's own pattern.
_POSSESSIVE_GAP = re.compile(r"\s*(?:['\u2019]s?)?\s*")


def _title_before(giver: _Mention, person: _Mention, mentions: list[_Mention], text: str) -> bool:
    """Whether a title stands between a document's giver (a title, a body, or a body's common
    noun: giver) and the person found after it (person), joined to the giver by nothing or its
    possessive ("the mission's spokesman, X", "UN spokesman X"), or the giver is that title
    ("the spokesman, X"): the person holds the giver's title. False when only a comma sets the
    name off the body ("the mission, X"). Both are mentions of text, giver before person."""
    if giver.kind == "title":
        return True
    title = next((m for m in mentions if m.start >= giver.end), None)
    return (title is not None and title.kind == "title" and title.end <= person.start
            and _POSSESSIVE_GAP.fullmatch(text[giver.end:title.start]) is not None)


# The most words of a title's complement before the comma and the name ("el secretario general
# de la organización, X").
COMPLEMENT_WORDS = 6


def _complement_then_comma(gap: str, language: str) -> bool:
    """Whether the gap after a title is its complement then a comma ("the commander of the
    force, X", "el secretario general de la organización, X", "le chef de la mission, X"):
    opening with a connector (vocabulary "name_connectors": of, de, del, du; elided, "d'une"), at most
    COMPLEMENT_WORDS words of which two outside the grammar words, titles and names."""
    match = re.fullmatch(r"([^,;:()\"\u201c\u201d\u00ab\u00bb]*),\s*", gap)
    if match is None:
        return False
    words = re.findall(r"[\w'\u2019-]+", match.group(1))
    # an elided connector is the connector ("le président d'une association, X": "d'" is "d")
    first = re.split(r"['\u2019]", words[0])[0] if words else ""
    return (0 < len(words) <= COMPLEMENT_WORDS and fold_same_length(first).lower() in reference().words("name_connectors")
            and _tight(match.group(1), language, most=COMPLEMENT_WORDS, free_words=2))


# The most words of a rank printed between the comma of an apposition and the name ("...,
# Lieutenant Colonel X").
RANK_WORDS = 4


def _comma_then_rank(gap: str, language: str) -> bool:
    """Whether the gap after a title is a comma, or its complement then a comma
    (_complement_then_comma), then the rank or honorific the name is printed with ("a déclaré
    la porte-parole de la Police de la mission, Capitaine X", "said its spokesman, Lt. Col.
    X", "dijo el vocero, el coronel X"): after the comma only title words (vocabulary.yaml
    "titles", abbreviations' points allowed) and articles, at most RANK_WORDS words, one of
    them a title. False with no comma, or any other word or punctuation after it (", and X",
    ", Monday, X")."""
    comma = gap.rfind(",")
    if comma < 0:
        return False
    head, tail = gap[:comma + 1], gap[comma + 1:]
    if re.fullmatch(r"\s*,", head) is None and not _complement_then_comma(head, language):
        return False
    words = [fold_same_length(w).lower() for w in re.findall(r"[\w'\u2019-]+", tail)]
    titles, articles = _rank_words(language)
    return (0 < len(words) <= RANK_WORDS and re.fullmatch(r"[\w'\u2019.\s-]*", tail) is not None
            and all(w in titles or w in articles for w in words) and any(w in titles for w in words))


@lru_cache(maxsize=None)
def _rank_words(language: str) -> tuple[frozenset[str], frozenset[str]]:
    """(the title words of vocabulary.yaml "titles", the language's own among them; the
    language's articles), for _comma_then_rank, read once."""
    return reference().words("titles") | reference().exact_words("titles", language), frozenset(_articles(language))


# The word a mention is written as inside a masked gap (_masked_gap): any capitalised word that
# is no function word of any language serves, since the gap's tests read only whether a name
# stands there; it is never shown.
MASKED_NAME = "Name"


def _masked_gap(text: str, start: int, end: int, mentions: list[_Mention]) -> str:
    """text[start:end] with each mention wholly inside it written as one capitalised word, so
    a body named inside a title's phrase counts as a name, whatever its own spelling ("the
    deputy representative of the Nations unies X": "Nations unies" is one name)."""
    pieces, at = [], start
    for m in sorted(mentions, key=lambda m: m.start):
        if start <= m.start and m.end <= end and m.start >= at:
            pieces += [text[at:m.start], MASKED_NAME]
            at = m.end
    return "".join(pieces) + text[at:end]


# The most words of a title's phrase before the name it introduces.
TITLE_PHRASE_WORDS = 12


@lru_cache(maxsize=None)
def _gap_words(language: str) -> frozenset[str]:
    """Words that may stand between an inverted verb or a source marker and its speaker:
    articles and other grammar words, titles ("said the force commander, X")."""
    ref = reference()
    return ref.words("stopwords") | ref.words("titles") | ref.words("name_connectors") | ref.exact_words("titles", language)


def _tight(gap: str, language: str, most: int = 5, free_words: int = 1) -> bool:
    """Whether only grammar words, titles and names (and at most free_words other words)
    stand in the gap, without punctuation that closes a phrase."""
    # an acronym in brackets after a title is the title again ("the Special Representative
    # (SRSG) X")
    gap = BRACKETED_ACRONYM.sub(" ", gap)
    # an elided article or preposition is the word ("a annoncé l'état-major": "l'" is "l")
    # ("d'une association": "d'" is "d", "une" a word of its own)
    words = [w.rstrip("'\u2019") or w for w in _GAP_WORD.findall(gap)]
    free = [w for w in words if not (fold_same_length(w).lower() in _gap_words(language) or w[:1].isupper())]
    return len(words) <= most and len(free) <= free_words and not _PHRASE_BREAK.search(gap)


BRACKETED_ACRONYM = re.compile(r"\(\s*[A-Z][A-Z.]{1,9}\s*\)")
# A word of a gap: an elided article or preposition of one or two letters apart from the word
# it is glued to ("d'", "l'", "qu'"), else a run of letters, digits, apostrophes and hyphens.
_GAP_WORD = re.compile(r"[^\W\d_]{1,2}['\u2019](?=\w)|[\w'\u2019-]+")


def _object_of(mention: _Mention, comparable: str, language: str, floor: int = 0) -> bool:
    """A mention right after a preposition of what speech is about or against (quotes.yaml
    "object_prepositions": "against", "contre", "contra", "chống"), past an article: the
    speech's object, not its speaker."""
    pattern = _patterns(language)["object_prepositions"]
    if pattern is None:
        return False
    words = _words_before(mention, comparable, floor)
    tail = " ".join(words[-2:])
    return bool(words) and (pattern.fullmatch(words[-1]) is not None or pattern.fullmatch(tail) is not None)


@lru_cache(maxsize=None)
def _agent_lead(language: str) -> re.Pattern | None:
    """The pattern of a word then an agent preposition (quotes.yaml "agent_prepositions") that
    close the text before a name, titles allowed between: "led by (Colonel)", "dirigés par (le
    colonel)". Compiled once per language."""
    prepositions = _compared_forms("agent_prepositions", language)
    if not prepositions:
        return None
    return re.compile(rf"([\w'-]+)\s+(?:{_alternation(list(prepositions))})\s+(?P<gap>[^,;:()]*)$")


def _named_as_agent(mention: _Mention, text: str, comparable: str, language: str) -> bool:
    """Whether a person is named only as the agent of a participle that is no speech verb
    ("reinforcements led by Colonel X", "des renforts dirigés par le colonel X", "tropas
    comandadas por el general X"): a complement of the sentence, not its subject, so not the
    one "he said", "a-t-il ajouté" stand for. Titles and grammar words may stand between the
    preposition and the name (_titles_only); the agent of a speech participle ("condemned by
    X") speaks, so is not one."""
    pattern = _agent_lead(language)
    if pattern is None:
        return False
    match = pattern.search(comparable, max(0, mention.start - 60), mention.start)
    if match is None:
        return False
    gap = text[match.start("gap"):mention.start]
    return (not gap.strip() or _titles_only(gap, language)) and not _speech_participle(match.group(1), language)


def _outlet_words_only(gap: str, language: str) -> bool:
    """Whether a compared gap holds nothing but words naming what an outlet is (quotes.yaml
    "addressee_outlet_nouns"), articles and joining words ("de presse", "news"), or nothing."""
    nouns = _outlet_gap_words(language)
    return all(w in nouns for w in re.findall(r"[\w'-]+", gap))


@lru_cache(maxsize=None)
def _outlet_gap_words(language: str) -> frozenset[str]:
    """The words _outlet_words_only lets stand before an outlet's name, as compared, made once
    per language (it is asked at each word before each mention)."""
    return frozenset(_compared_forms("addressee_outlet_nouns", language)) | frozenset(_articles(language)) \
        | _joining_articles() | _joining_words(language)


def _addressed(mention: _Mention, comparable: str, language: str, floor: int = 0) -> bool:
    """A mention right after "to", "à", "a", or after the medium words went out on (quotes.yaml
    "addressee_media": "au micro de", "sur les ondes de"): the addressee of the speech, not its
    speaker. An outlet may stand after the words naming what it is ("dijo al diario El País",
    "a déclaré au journal Le Monde": quotes.yaml "addressee_outlet_nouns", _outlet_words_only)."""
    pattern = _patterns(language)["addressee_words"]
    words = _words_before(mention, comparable, floor)
    if mention.kind == "entity" and mention.found is not None \
            and (_outlet(mention.found) or reference().find_source(mention.found.name) is not None):
        while words and _outlet_words_only(words[-1], language) and pattern is not None and pattern.fullmatch(words[-1]) is None:
            words = words[:-1]
    if pattern is not None and bool(words) and pattern.fullmatch(words[-1]) is not None:
        return True
    media = _addressee_media(language)
    return media is not None and media.search(comparable, floor, mention.start) is not None


@lru_cache(maxsize=None)
def _addressee_media(language: str) -> re.Pattern | None:
    """quotes.yaml "addressee_media" of a language as compared, ending where a mention starts
    (past its article); None when the language lists none."""
    forms = list(_compared_forms("addressee_media", language))
    return re.compile(rf"(?<![\w'])(?:{_alternation(forms)})\s*$") if forms else None


@lru_cache(maxsize=None)
def _compared_list(language: str, *path: str) -> tuple[str, ...]:
    """The list of words at a path of quotes.yaml's nested tables, as compared (_comparable) for
    a language, read once: _compared_list("fr", "courtesy_objects", "fr", "verbs") is
    quotes.yaml["courtesy_objects"]["fr"]["verbs"]; () where a table of the path is missing."""
    node = _vocabulary()
    for key in path:
        node = node.get(key) if isinstance(node, dict) else None
    return tuple(_comparable(str(w), language) for w in node or ()) if isinstance(node, list) else ()


def _compared_forms(section: str, language: str) -> tuple[str, ...]:
    """The words of one quotes.yaml section ({language: [words]}) for a language, as compared
    (_comparable), read once."""
    return _compared_list(language, section, language)


@lru_cache(maxsize=None)
def _coordinating_words(language: str) -> tuple[str, ...]:
    """The conjunctions of a language as compared (quotes.yaml "coordinating_words"), read once."""
    return _compared_forms("coordinating_words", language)


@lru_cache(maxsize=None)
def _coordination_pattern(language: str) -> re.Pattern | None:
    joins = list(_coordinating_words(language))
    if not joins:
        return None
    return re.compile(rf"\s*,?\s*(?:{_alternation(joins)})\s+{_auxiliary_run(language)}")


@lru_cache(maxsize=None)
def _auxiliary_run(language: str) -> str:
    """A pattern of at most three auxiliaries, each with the spaces after it (quotes.yaml
    "coordinated_auxiliaries": "has also", "a aussi", "đã"), for comparable text; "" when the
    language lists none."""
    auxiliaries = _compared_forms("coordinated_auxiliaries", language)
    return rf"(?:(?:{_alternation(auxiliaries)})\s+){{0,3}}" if auxiliaries else ""


def _coordinated(gap: str, language: str, words_before: int = 0) -> bool:
    """Whether the gap between a name and a speech verb is only a conjunction and auxiliaries
    (quotes.yaml "coordinating_words", "coordinated_auxiliaries"): ", and", ", et a", "y
    también": the verb shares the subject of the clause before, and the name is no subject.
    words_before: how many words of the name's own phrase may stand before the conjunction,
    with no punctuation ("signed the book at the General Assembly Hall and expressed": "Hall")."""
    pattern = _coordination_pattern(language)
    if pattern is None:
        return False
    if pattern.fullmatch(gap) is not None:
        return True
    tail = next((m for m in pattern.finditer(gap) if m.end() == len(gap)), None)
    if tail is None or not words_before:
        return False
    head = gap[:tail.start()]
    return len(re.findall(r"\w+", head)) <= words_before and re.search(r"[,;:.()\"\u201c\u201d\u00ab\u00bb]", head) is None


@lru_cache(maxsize=None)
def _joint_gap_patterns(language: str) -> tuple[re.Pattern, re.Pattern] | None:
    """(a joining word between two speakers, a comma between two of a list), each with the
    articles that may open the next name, on the compared text (quotes.yaml
    "joint_speaker_words", "definite_articles"). None when the language lists no joining word."""
    joins = list(_compared_forms("joint_speaker_words", language))
    if not joins:
        return None
    articles = list(_articles(language))
    article = rf"(?:(?:{_alternation(articles)})(?:\s+|(?<=')))?" if articles else ""
    return (re.compile(rf"\s*,?\s*(?:{_alternation(joins)})\s+{article}"), re.compile(rf"\s*,\s*{article}"))


@lru_cache(maxsize=None)
def _joint_auxiliary_pattern(language: str) -> re.Pattern:
    """Spaces and auxiliaries or adverbs of a whole list of speakers, on the compared text
    (quotes.yaml "joint_speaker_auxiliaries"); nothing but spaces when the language lists none."""
    words = _compared_forms("joint_speaker_auxiliaries", language)
    if not words:
        return re.compile(r"\s*")
    return re.compile(rf"\s*(?:(?:{_alternation(words)})(?!\w)\s*)*")


def _joint_verb_gap(gap: str, language: str) -> bool:
    """Whether the compared text between the last speaker of a list and the speech verb holds
    only spaces and the list's auxiliaries or adverbs ("have", "ont", "también", "đã": quotes.yaml
    "joint_speaker_auxiliaries"), so the list is still the verb's subject. gap: compared text."""
    return _joint_auxiliary_pattern(language).fullmatch(gap) is not None


# The most words of one comma-bounded part of a listed person's apposition, and the most parts
# ("X, the deputy mayor of the town, where the camp stands, and Y said").
JOINT_APPOSITION_WORDS = 12
JOINT_APPOSITION_PARTS = 2
_APPOSITION_PART = re.compile(r"\s*,\s*[^\s,;:()\"\u201c\u201d\u00ab\u00bb]+(?:\s+[^\s,;:()\"\u201c\u201d\u00ab\u00bb]+)"
                              rf"{{1,{JOINT_APPOSITION_WORDS - 1}}}(?=\s*,)")


def _rests_after_apposition(gap: str) -> list[str]:
    """What follows each possible apposition opening the compared text right after a person's
    name: one or two parts each of two to JOINT_APPOSITION_WORDS words, each opened by a comma
    and the last closed by one (", the mayor of Goma," in "X, the mayor of Goma, and Y"), the
    text after that closing comma; [] when no apposition opens it. A lone word between commas
    ("X, MONUSCO, and Y") is a member of a list, no apposition."""
    rests, at = [], 0
    for _part in range(JOINT_APPOSITION_PARTS):
        part = _APPOSITION_PART.match(gap, at)
        if part is None:
            break
        at = part.end()
        closing = re.match(r"\s*,", gap[at:])
        rests.append(gap[at + closing.end():])
    return rests


def _joint_speakers(speaker: Found | None, cues: Sequence[_Cue], mentions: list[_Mention], text: str, comparable: str,
                    language: str) -> list[Found]:
    """The other speakers of a list sharing the speaker's verb: "Italy and Ireland said", "la
    France et l'Irlande ont déclaré", "Italia, Francia e Irlanda afirmaron", "Italy và Ireland
    cho biết". speaker: the one found for the verb, named by its name right before the first
    speech verb (nothing but spaces between). The names before it joined by a joining word
    (quotes.yaml "joint_speaker_words"), and commas further back, each an entity that can
    speak (SPEAKER_KINDS), the list opening its clause (only an article or titles before it:
    "Leaders from France, Italy and Spain said" names no speaker of the list). Returns them in
    the order of the text, the speaker left out; [] when the verb has one subject. With no
    speaker found, the last of the list may be one the text does not name (quotes.yaml
    "unnamed_speakers": "the UN and the army said", "l'ONU et l'armée ont annoncé"): the named
    ones before it are returned, each a speaker of the words as well. A person of the list may
    carry an apposition set off by commas ("Anna Berg, the mayor of Goma, and Paul Durand, a
    local activist, said": _rests_after_apposition); the names inside it are none of the list."""
    gaps = _joint_gap_patterns(language)
    verb = next((c for c in cues if not c.marker), None)
    if gaps is None or verb is None:
        return []
    join, comma = gaps
    if speaker is None:
        own = next((m for m in reversed(mentions) if m.end <= verb.start), None)
        if own is None or own.kind not in ("unnamed", "title") or own.found is not None:
            return []
    else:
        own = next((m for m in reversed(mentions) if m.kind == "entity" and m.found is not None
                    and m.found.id == speaker.id and m.end <= verb.start), None)
    if own is None:
        return []
    # "Italy and Ireland, which have troops in the force, said": the list before the relative
    # clause set off between it and the verb is still its subject
    relative = _relative_clause_opening(verb, text, comparable, language)
    gap = comparable[own.end:relative if relative is not None and own.end <= relative else verb.start]
    if not _joint_verb_gap(gap, language) and not (
            own.found is not None and own.found.kind == "person"
            and any(_joint_verb_gap(rest, language) for rest in _rests_after_apposition(gap))):
        return []
    # a title standing for the person named before is a member as their name is ("El
    # Secretario General y el Consejo condenaron": the Secretary-General named before)
    entities = [m for m in mentions if m.kind in ("entity", "title") and m.found is not None and m.found.kind in SPEAKER_KINDS
                and m.end <= own.start]
    members: list[_Mention] = []
    current = own
    while entities:
        # "Anna Berg, the mayor of Goma, and Paul Durand said": a person of the list with an
        # apposition set off by commas, the names inside it (a body the person speaks for)
        # no members
        apposed = next((k for k in range(len(entities) - 1, -1, -1) if entities[k].found.kind == "person"
                        and any(join.fullmatch(rest) for rest in _rests_after_apposition(comparable[entities[k].end:current.start]))), None)
        if apposed is not None and (speaker is None or entities[apposed].found.id != speaker.id) \
                and not any(m.found.id == entities[apposed].found.id for m in members):
            current = entities[apposed]
            members.append(current)
            del entities[apposed:]
            continue
        before = entities.pop()
        gap = comparable[before.end:current.start]
        # the speaker's neighbour joined by the joining word, those before it by commas too
        joined = join.fullmatch(gap) is not None or (bool(members) and comma.fullmatch(gap) is not None)
        if not joined:
            break
        if (speaker is not None and before.found.id == speaker.id) or any(m.found.id == before.found.id for m in members):
            break
        members.append(before)
        current = before
    if not members or not _leads_clause(comparable, current.start, 0, language):
        return []
    return [m.found for m in reversed(members)]


def _person_before_affiliation(candidates: Sequence[_Mention], text: str, verb: int) -> _Mention | None:
    """A person, then a body set off by commas, then words with no comma up to the verb
    ("Thượng tá X, Cục Gìn giữ hòa bình Việt Nam, sĩ quan quan sát viên quân sự kể:",
    "Colonel X, Ghana Armed Forces, staff officer said"): the body is where the person works,
    the words after it the rest of the person's description, and the person speaks, as when a
    comma closes the description before the verb; not where another body or person is named
    after the body (a list of speakers). Returns the person's mention, else None."""
    for k, person in enumerate(candidates):
        if person.kind != "entity" or person.found is None or person.found.kind != "person":
            continue
        rest = candidates[k + 1:]
        body = rest[0] if rest else None
        if body is None or body.kind != "entity" or body.found is None or body.found.kind in ("person", "country"):
            continue
        if not re.fullmatch(r"\s*,\s*", text[person.end:body.start]):
            continue
        after = text[body.end:verb]
        if not re.match(r"\s*,\s*\S", after) or "," in after.lstrip()[1:] or any(m.kind == "entity" for m in rest[1:]):
            continue  # "X, Bộ Quốc phòng, và Liên hợp quốc cho biết": another named speaker, a list
        return person
    return None


def _speaker_before(cue: _Cue, mentions: list[_Mention], text: str, comparable: str, spans, language: str) -> _Mention | None:
    """The subject of the verb: the nearest possible speaker before it, after any quotation
    between; a person in the clause rather than a body or a country when an apposition set off
    by commas ends before the verb ("The head of X, Y, said"; "Y, head of X, said"); a country
    only right before the verb ("Ghana announced", not "Ghana's ministry said").

    The steps: the clause's floor (_subject_floor) and its possible subjects
    (_subject_candidates); the person opening a long apposition (_apposition_opener) or one set
    off by dashes (_dashed_subject); else the nearest candidate (_person_after), unless the
    words around it show the subject is another (_voice_subject, _apposed_subject,
    _heading_subject)."""
    # "Đại tá X, Trưởng Đoàn ... tại Phái bộ UNISFA, cho biết", "Colonel X (deputy head of the
    # Department of ...) said": the person opening the clause before a long apposition speaks,
    # the bodies inside it only say what their post is
    apposed = _apposition_opener(cue, mentions, text, comparable, spans, language)
    if apposed is not None:
        return apposed
    # "We spoke with John Doe, a nurse with UNICEF, who said": the relative stands for the person
    relative = _relative_person(cue, mentions, text, comparable, spans, language)
    if relative is not None:
        return relative
    floor = _subject_floor(cue, text, spans)
    candidates = _subject_candidates(cue, mentions, text, comparable, floor, language)
    if not candidates:
        return None
    dashed = _dashed_subject(cue, mentions, text, spans)
    if dashed is not None:
        return dashed
    if len(candidates) > 1 and _coordinated(comparable[candidates[-1].end:cue.start], language, words_before=3):
        candidates = candidates[:1]  # "X a présenté ses condoléances au gouvernement du Mali, et a exprimé"
    if _country_office(candidates, text, comparable, language):
        candidates = candidates[:-1]  # "UNDP Cambodia said": the organisation's office in the country speaks
    nearest = _person_after(candidates[-1], mentions, text, language)
    clause = _SubjectClause(candidates, mentions, cue.start, text, comparable, floor, language)
    subject = _voice_subject(nearest, clause)
    if subject is None:
        subject = _apposed_subject(nearest, clause)
    return subject if subject is not None else _heading_subject(nearest, clause)


_OFFICE_JOINT = re.compile(r"[ \t]*[-\u2013]?[ \t]*")


def _country_office(candidates: Sequence[_Mention], text: str, comparable: str, language: str) -> bool:
    """Whether the last possible subject before a verb is a country printed right after an
    organisation's name, nothing but a space or a hyphen between, the organisation opening its
    clause (at most a definite article, _articles, after the sentence's start or a comma,
    colon or semicolon): the organisation's office in that country ("UNDP Cambodia said",
    "..., the United Nations Development Program- Cambodia said", "l'UNICEF Mali a indiqué",
    "UNICEF Venezuela informó"), which speaks as the organisation. An outlet's name is no such
    organisation ("RFI Mali"); an organisation inside a phrase before the country is no
    subject ("After meeting UNDP Cambodia said", "Tras reunirse con UNICEF Venezuela
    informó": the country speaks)."""
    if len(candidates) < 2:
        return False
    body, country = candidates[-2], candidates[-1]
    if not (country.kind == "entity" and country.found is not None and country.found.kind == "country"
            and body.kind == "entity" and body.found is not None and body.found.kind == "organisation"
            and not _outlet(body.found) and _OFFICE_JOINT.fullmatch(text, body.end, country.start) is not None):
        return False
    opening = re.split(r"[,;:]", comparable[:body.start])[-1].strip(" \"\u201c\u00ab-")
    return not opening or opening in _articles(language)


class _SubjectClause(NamedTuple):
    """The clause _speaker_before reads a cue's subject in, as its steps after the nearest
    candidate (_voice_subject, _apposed_subject, _heading_subject) take it."""
    candidates: list[_Mention]  # its possible subjects (_subject_candidates), in order
    mentions: list[_Mention]  # every mention of the text
    verb: int  # the cue's start
    text: str
    comparable: str
    floor: int  # where the clause opens (_subject_floor)
    language: str


def _subject_floor(cue: _Cue, text: str, spans: Sequence[tuple[int, int]]) -> int:
    """Where the clause of a cue's subject opens (an offset of text): after the last quotation
    before the verb, unless it is a word or two quoted, or words quoted inside the clause, a
    word on either side ("X ha condenado “enérgicamente” el ataque y ha subrayado que...", "X,
    que ha aplaudido “la memoria” del soldado, ha pedido"); after the last semicolon or colon;
    at most BEFORE_WINDOW characters before the verb."""
    floor = max([b for a, b in spans if b <= cue.start and not _embedded_quotation(text, a, b)]
                + [cue.start - BEFORE_WINDOW, 0])
    return max([floor] + [m.end() for m in re.finditer(r"[;:]\s", text[:cue.start])])


def _subject_candidates(cue: _Cue, mentions: list[_Mention], text: str, comparable: str, floor: int,
                        language: str) -> list[_Mention]:
    """The mentions between floor and a cue's verb that may be its subject, in order: before
    a relative clause set off between the subject and the verb ("The UN mission, which lost
    ten soldiers, said"); a country only right before the verb (or that relative clause),
    but for a day and auxiliaries when it opens the subject ("Ghana on Tuesday said", "France
    has also said", not "Soldiers sent by Ghana on Tuesday said"), or
    possessing a title ("Peru's defence minister"), and before a relative clause only opening
    the subject; not a country after a preposition of place ("the mission in Mali said"), one
    addressed, a person named as an agent ("Las tropas comandadas por el coronel X"), an
    unnamed speaker after a joining word ("the families of those soldiers, he said")."""
    candidates = [m for m in mentions if floor <= m.start and m.end <= cue.start]
    # the subject's end: the verb, or the comma opening a relative clause before it
    subject_end = cue.start
    if (relative := _relative_clause_opening(cue, text, comparable, language)) is not None:
        # "The UN mission, which lost ten soldiers, said": the subject is before the clause
        candidates = [m for m in candidates if m.end <= relative]
        subject_end = relative
    # a country only right before the verb (but for auxiliaries and a day when it opens the
    # subject: "France has also said", "Ghana on Tuesday said"), or before the relative clause set off between
    # it and the verb ("Portugal, which has troops in the force, said")
    candidates = [m for m in candidates if not (m.kind == "entity" and m.found.kind == "country" and len(re.findall(r"\w+", text[m.end:subject_end])) > 1
                                                and not (_subject_verb_gap(comparable, m.end, subject_end, language)
                                                         and _opens_subject(m, mentions, text, comparable, floor, language))
                                                and _possessed_title(m, text, comparable, cue.start, language) is None)]
    if relative is not None:
        # and then only opening the subject: not "A farmer from Mali, who ...", "The envoy,
        # who visited Mali, which ..., said"
        candidates = [m for m in candidates if not (m.kind == "entity" and m.found.kind == "country" and m.end <= relative
                                                    and not _opens_subject(m, mentions, text, comparable, floor, language))]
    # "the mission in Mali said", "la force au Liban a indiqué": a country after a preposition
    # of place is where its subject is, not the subject
    candidates = [m for m in candidates if not (m.kind == "entity" and m.found.kind == "country" and _after_place_word(m, comparable))]
    candidates = [m for m in candidates if not _addressed(m, comparable, language)]
    # "Las tropas comandadas por el coronel X llegaron, añadió": the agent is no subject
    candidates = [m for m in candidates if not (m.kind in ("entity", "title") and m.found is not None
                                                and m.found.kind == "person" and _named_as_agent(m, text, comparable, language))]
    # an unnamed speaker after a joining word is a complement, no subject ("a cada uno de
    # ellos, afirmó", "the families of those soldiers, he said")
    return [m for m in candidates if not (m.kind == "unnamed" and _after_joining_word(m, comparable, language))]


def _subject_verb_gap(comparable: str, start: int, end: int, language: str) -> bool:
    """Whether the compared text from start to end, between a subject and its verb, holds only
    the auxiliaries or adverbs a subject's verb may carry (_joint_verb_gap: "has also", "ha
    también") and a day before or after them (_time_pattern: "Ghana on Tuesday said", "le
    Sénégal a mardi annoncé", "Uruguay el martes dijo")."""
    time = _time_pattern(language)
    at = _joint_auxiliary_pattern(language).match(comparable, start, end).end()
    if time is not None:
        at = max(start, at - 1)  # the time phrase takes the space before it
        day = time.match(comparable, at, end)
        at = day.end() if day else start
    return _joint_verb_gap(comparable[at:end], language)


def _dashed_subject(cue: _Cue, mentions: list[_Mention], text: str, spans: Sequence[tuple[int, int]]) -> _Mention | None:
    """"Đại tá X - chỉ huy trưởng ... Liên hợp quốc - chia sẻ", "X – head of Y – said": the
    person right before an apposition set off by dashes before the verb is the subject,
    however long the apposition is; None without one."""
    opened = max([b for a, b in spans if b <= cue.start] + [0])
    dashed = _dash_apposition(text, opened, cue.start)
    if dashed is None:
        return None
    people = [m for m in mentions if opened <= m.start and m.end <= dashed and m.kind == "entity" and m.found.kind == "person"
              and not text[m.end:dashed].strip()]
    return people[-1] if people else None


def _voice_subject(nearest: _Mention, clause: _SubjectClause) -> _Mention | None:
    """The subject a voice names before the nearest candidate (verb: the cue's start): the
    spokesperson of a person ("The chief spokesman for Secretary-General X"), the body
    naming a document ("a council statement said"), a country's government ("the Malian
    government said") or the country after an unnamed government's noun, an anonymous
    source near a body ("Une source proche de la mission"); None otherwise."""
    candidates, mentions, verb, text, comparable, floor, language = clause
    if nearest.kind == "entity" and nearest.found.kind == "person" and "," not in text[floor:verb]:
        # "The chief spokesman for Secretary-General X expressed regret": the spokesperson
        # speaks, X names whose they are
        voice = next((m for m in reversed(candidates) if m.end <= nearest.start and _voice_of_person(m, nearest, text, language)), None)
        if voice is not None:
            # (the title's holder, unless that is X: then no one the text names here)
            if voice.found is not None and voice.found.id == nearest.found.id:
                return _Mention(voice.start, voice.end, "unnamed", None)
            return voice
    if nearest.kind == "document" and nearest.found is None:
        # "a council statement said", "an army statement said": the body naming the document
        # right before it gave it
        issuer = [m for m in candidates if m.end <= nearest.start and m.kind in ("entity", "body") and m.found is not None
                  and m.found.kind != "person" and re.fullmatch(r"\s*(?:['\u2019]s)?\s*", text[m.end:nearest.start])]
        if issuer:
            return issuer[-1]
    window = [m for m in mentions if floor <= m.start and m.end <= verb]  # the country kept, its noun after it
    if (country := _country_of_voice(nearest, window, text, comparable, language)) is not None:
        return country  # "the Malian government said", "Mali's authorities said": the country
    if nearest.kind == "unnamed" and nearest.found is None \
            and (country := _country_voiced_after(comparable, nearest.start, window, language)) is not None \
            and country.end <= verb and not re.search(r"[,;:()\u2013\u2014\"\u00ab\u00bb\u201c\u201d]", text[country.end:verb]):
        # "le gouvernement malien de transition a invité", "el gobierno maliense de transición
        # pidió": the country after the government's noun, then words describing that
        # government, no punctuation, before the verb: the country speaks
        return country
    if nearest.kind in ("entity", "body") and nearest.found is not None and nearest.found.kind != "person":
        source = _anonymous_source_before(nearest, candidates, text, comparable, language)
        if source is not None:
            return source  # "Une source proche de la mission a indiqué": no one the text names
    return None


def _apposed_subject(nearest: _Mention, clause: _SubjectClause) -> _Mention | None:
    """The subject an apposition or a qualifier puts before the nearest candidate when it is no
    person (verb: the cue's start): the officer heading a titled apposition, the person
    before an affiliation, the body before its bracket, the title a demonym qualifies ("la
    ministra española"), the title a linked title complements ("the spokesman for the U.N.
    secretary-general"); None otherwise."""
    candidates, _every, verb, text, comparable, floor, language = clause
    if not (nearest.kind == "entity" and nearest.found.kind == "person"):
        officer = _titled_apposition_head(nearest, candidates, comparable, floor, verb, language)
        if officer is not None:
            return officer  # "X, chef d'état-major de la Force de la MINUSMA a rappelé": X speaks
        affiliated = _person_before_affiliation(candidates, text, verb)
        if affiliated is not None:
            return affiliated  # "Thượng tá X, Cục Gìn giữ hòa bình Việt Nam, sĩ quan tham mưu kể": X speaks
    bracketed = _bracketed_before(nearest, candidates, text, verb)
    if bracketed is not None:
        return bracketed  # "Cục ... Việt Nam (Bộ Quốc phòng) cho biết": the body before its bracket speaks
    if nearest.kind == "entity" and nearest.found.kind == "country":
        # "la ministra española apuntó": the demonym qualifies the title before it, whose
        # holder speaks
        title = next((m for m in candidates if m.kind == "title" and m.end <= nearest.start
                      and not text[m.end:nearest.start].strip()), None)
        if title is not None:
            return title
    if nearest.kind == "title":
        # "the spokesman for the U.N. secretary-general says": the title after a linking word
        # is the complement of the one before, whose holder speaks
        head = next((m for m in reversed(candidates) if m.kind in ("title", "unnamed") and m.end <= nearest.start), None)
        if head is not None and _heads(comparable[head.end:nearest.start], text[head.end:nearest.start]):
            return head
    return None


def _heading_subject(nearest: _Mention, clause: _SubjectClause) -> _Mention:
    """The subject when neither a voice nor an apposition named it before the nearest
    candidate (verb: the cue's start): the title heading a body ("the head of UNIFIL said";
    the country itself where the title is held by no one named), the body word heading the
    body named after it ("la mission de l'ONU au Mali"), the person opening an apposition a
    body complements after a joining word, the person before an apposition the verb closes
    (_closed_apposition_subject); else the nearest candidate itself, an acronym in brackets
    read as the body written out before it."""
    candidates, mentions, _verb, text, comparable, floor, language = clause
    if nearest.kind == "entity" and nearest.found.kind != "person" and text[:nearest.start].endswith("("):
        # "the head of the United Nations Organization (UN) ... said": the acronym in brackets
        # names again the body written out before it, which the title before governs
        spelt = next((m for m in reversed(candidates) if m.kind == "entity" and m.end <= nearest.start
                      and m.found.id == nearest.found.id and not text[m.end:nearest.start - 1].strip()), None)
        nearest = spelt or nearest
    if nearest.kind in ("entity", "body", "unnamed") and (nearest.found is None or nearest.found.kind != "person"):
        # "the head of UNIFIL said": the title is the subject, the body its complement.
        # Also with the body's own words between ("the head of the United Nations
        # peacekeeping force said": "force" stands for the body named in full before it).
        title = next((m for m in reversed(mentions) if m.kind == "title" and m.end <= nearest.start), None)
        if title is not None and _heads(comparable[title.end:nearest.start], text[title.end:nearest.start]):
            if title.found is None and nearest.kind == "entity" and nearest.found.kind == "country":
                return nearest  # "el Ministro de Defensa de Uruguay aseguró", no minister named: the country speaks
            return title
        # "la mission de l'ONU au Mali a indiqué", "la misión de las Naciones Unidas en Malí dijo":
        # the word for a body heads the body named after it, and stands for the body it names
        head = next((m for m in reversed(candidates) if m.kind == "body" and m.found is not None and m.end <= nearest.start), None)
        if head is not None and nearest.kind == "entity" and _heads(comparable[head.end:nearest.start], text[head.end:nearest.start]):
            return head
    if nearest.kind == "entity" and nearest.found.kind != "person" and _after_joining_word(nearest, comparable, language):
        # "X, Phó Cục trưởng ... - một trong những sĩ quan ... của Liên Hợp Quốc đã chia sẻ", "X,
        # a former officer of the United Nations mission said": a body after a joining word is the
        # complement of the apposition no comma closes; the person who opens it speaks
        people = [m for m in candidates if m.kind == "entity" and m.found.kind == "person" and m.end <= nearest.start
                  and text[m.end:].lstrip().startswith(",") and _opens_clause(m, comparable, floor, language)]
        if people:
            return people[-1]
    closed = _closed_apposition_subject(nearest, clause)
    return closed if closed is not None else nearest


def _closed_apposition_subject(nearest: _Mention, clause: _SubjectClause) -> _Mention | None:
    """Where an apposition set off by commas closes right before the verb (verb: the cue's
    start; _closes_apposition): "X, spokesman for Secretary-General Y, said": the person
    before the apposition's opening comma speaks, Y only names whose spokesman X is (not in a
    list: "X, Y and Z said"); with no person nearest, the last person of the clause, else the
    entity heading the apposition ("La Minusma, la Mission des Nations unies au Mali, a
    annoncé"); None otherwise."""
    candidates, _every, verb, text, comparable, floor, language = clause
    if not _closes_apposition(text, comparable, floor, verb, language):
        return None
    if nearest.kind == "entity" and nearest.found.kind == "person":
        # "X, spokesman for Secretary-General Y, said": Y names whose spokesman X is; the
        # person before the apposition's opening comma speaks (not in a list: "X, Y and Z said")
        opening = text.rfind(",", floor, nearest.start)
        between = comparable[opening + 1:nearest.start] if opening >= 0 else ""
        heads = [m for m in candidates if m.kind == "entity" and m.found.kind == "person" and opening >= 0
                 and m.end <= opening and not text[m.end:opening].strip()]
        words = re.findall(r"\w+", between)
        if heads and words and not set(_coordinating_words(language)).intersection(words):
            return heads[-1]
        return None
    people = [m for m in candidates if m.kind == "entity" and m.found.kind == "person"]
    if people:
        return people[-1]
    # "La Minusma, la Mission des Nations unies au Mali, a annoncé": the head of the
    # apposition is the subject, the apposition names it again.
    opening = text.rfind(",", floor, nearest.start)
    heads = [m for m in candidates if m.kind == "entity" and opening >= 0 and m.end <= opening and not text[m.end:opening].strip()]
    return heads[-1] if heads else None


@lru_cache(maxsize=None)
def _country_voice_words(language: str) -> frozenset[str]:
    """quotes.yaml "country_voices" of a language, as compared."""
    return frozenset(_compared_forms("country_voices", language))


def _country_of_voice(nearest: _Mention, candidates: list[_Mention], text: str, comparable: str, language: str) -> _Mention | None:
    """The country whose government or authorities (quotes.yaml "country_voices"), named by
    their common noun and unnamed, its demonym or possessive right before them ("the Malian
    government", "Mali's transitional authorities": one word between at most, no
    punctuation), speak as it; None otherwise."""
    words = _country_voice_words(language)
    if not words or nearest.kind != "unnamed" or nearest.found is not None or comparable[nearest.start:nearest.end] not in words:
        return None
    country = next((m for m in reversed(candidates) if m.kind == "entity" and m.found.kind == "country" and m.end <= nearest.start), None)
    if country is None:
        return None
    gap = re.sub(r"^['\u2019]s?", "", text[country.end:nearest.start])
    return country if re.fullmatch(r"\s*(?:[\w-]+\s+)?", gap) else None


def _country_voiced_after(comparable: str, at: int, mentions: list[_Mention], language: str) -> _Mention | None:
    """The country whose government or authorities, named by their common noun at `at` in a
    language whose adjectives follow it (quotes.yaml "country_voices_after": "les autorités
    maliennes", "el gobierno de Malí"), have the country right after: only spaces, or a joining
    word and an article ("du", "de la") between. Returns the country's mention, else None."""
    words = _compared_forms("country_voices_after", language)
    voice = re.match(rf"(?:{_alternation(words)})(?![\w'-])", comparable[at:]) if words else None
    if voice is None:
        return None
    end = at + voice.end()
    country = next((m for m in mentions if m.start >= end), None)
    if country is None or country.kind != "entity" or country.found is None or country.found.kind != "country":
        return None
    gap = comparable[end:country.start]
    return country if re.fullmatch(r"\s+", gap) or _link_patterns()["of_body"].fullmatch(gap) else None


def _anonymous_source_before(nearest: _Mention, candidates: list[_Mention], text: str, comparable: str,
                             language: str) -> _Mention | None:
    """The anonymous source heading the body nearest before a speech verb (quotes.yaml
    "anonymous_sources": "une source proche de la mission a indiqué", "fuentes de la Minusma
    indicaron", "sources in the Security Council said"): the unnamed mention of a source word
    right before the body, joined to it by one of the language's links then at most four words
    of the body's phrase, no punctuation (in a language without articles, a space alone may
    join them); None when no such source heads the body."""
    words, links = _anonymous_source_patterns(language)
    if words is None or links is None:
        return None
    source = next((m for m in reversed(candidates) if m.end <= nearest.start), None)
    while source is not None and source.kind != "unnamed" and source.found is not None and source.found is nearest.found:
        # "fuentes de la misión de la ONU": the body written twice in one phrase
        source = next((m for m in reversed(candidates) if m.end <= source.start), None)
    if source is None or source.kind != "unnamed" or not words.fullmatch(comparable[source.start:source.end]):
        return None
    gap = comparable[source.end:nearest.start]
    # a language without articles joins the body right after the noun, no link word between
    # ("nguồn tin quân đội", a military source)
    link = links.match(gap) or (re.match(r"\s+", gap) if not _articles(language) else None)
    if link is None or _PHRASE_BREAK.search(text[source.end:nearest.start]):
        return None
    return source if len(re.findall(r"\w+", gap[link.end():])) <= 4 else None


@lru_cache(maxsize=None)
def _anonymous_source_patterns(language: str) -> tuple[re.Pattern | None, re.Pattern | None]:
    """The source words and the links of quotes.yaml "anonymous_sources" for a language, as
    compared (_comparable): (words matched whole, links matched at a gap's start); None for a
    list the language lacks."""
    words = _compared_list(language, "anonymous_sources", "words", language)
    links = _compared_list(language, "anonymous_sources", "links", language)
    return (re.compile(_alternation(words)) if words else None,
            re.compile(rf"\s*(?:{_alternation(links)})(?:\s+|(?<=')|$)") if links else None)


# How far (in characters) before a speech verb the person opening a clause may stand, when an
# apposition on their post fills the stretch between ("X, head of the ... at UNISFA, said").
APPOSITION_WINDOW = 400


def _apposition_opener(cue: _Cue, mentions: list[_Mention], text: str, comparable: str, spans, language: str) -> _Mention | None:
    """The person who opens the clause and is set apart from the speech verb only by an
    apposition on their post, however long: in brackets closing right before the verb
    ("đại tá X (phó cục trưởng Cục ...) nói", "Colonel X (deputy head of ...) said"), or after a
    comma, either closed by a comma before the verb ("Đại tá X, lãnh đạo ... Bộ Công an ...,
    cho biết") or opening on a title of office (vocabulary.yaml "titles": "Đại tá X, sĩ quan
    ..., Trưởng Đoàn ... tại Phái bộ UNISFA cho biết"). Auxiliaries may stand before the verb
    (quotes.yaml "coordinated_auxiliaries"). A person named inside a description that opens on
    an article or a title ("John Doe, a spokesman for Jane Roe said") leaves the person described
    speaking (_described_before). None when another person, a quotation, a semicolon
    or colon, a sentence end, or a comma then a conjunction (quotes.yaml "coordinating_words":
    "X, head of the police, and the mission said") stands between, when the person does not open
    their clause (only titles of office and articles before them), or when the apposition is
    longer than APPOSITION_WINDOW. Seen with Vietnamese ranks in two publishers' articles."""
    before = text[:cue.start].rstrip()
    if not before or before[-1] not in ",)" and "," not in before:
        return None  # cheap prefilter: an apposition ends on a comma or a bracket, or holds a comma
    floor = max([b for a, b in spans if b <= cue.start] + [cue.start - APPOSITION_WINDOW, 0]
                + [m.end() for m in re.finditer(r"[;:]\s", text[:cue.start])])
    people = [m for m in mentions if floor <= m.start and m.end <= cue.start and m.kind == "entity" and m.found.kind == "person"]
    if not people:
        return None
    person = people[-1]
    if len(people) > 1 and not _leads_clause(comparable, person.start, floor, language):
        # "John Doe, a spokesman for Jane Roe said": the later person is inside the description
        person = _described_before(people, cue, comparable, floor, language) or person
    after = text[person.end:cue.start]
    if re.search(r"[.!?]\s+[A-Z\u00c0-\u1ef9]", after) and not re.search(r"\b[A-Z][a-z]{0,3}\.\s", after):
        return None  # another sentence
    end = _before_auxiliaries(comparable, person.end, cue.start, language)  # past "đã", "has" before the verb
    stretch = text[person.end:end].strip()
    if stretch.startswith("("):
        closing = stretch.find(")")
        if closing != len(stretch) - 1 or "(" in stretch[1:]:
            return None
    elif stretch.startswith(","):
        if not (stretch.endswith(",") or _title_after(comparable, person.end + 1, language) is not None
                or (_describing_article_after(comparable, person.end + 1, language)
                    and not _opens_subordinate_clause(comparable, person.end + 1, end, language)
                    and not _report_set_off(text, cue.end))):
            return None
        joins = _coordinating_words(language)
        if joins and re.search(rf",\s*(?:{_alternation(list(joins))})(?!\w)", comparable[person.end:end]):
            return None
    else:
        return None
    if not _leads_clause(comparable, person.start, floor, language):
        return None
    return person


def _described_before(people: list[_Mention], cue: _Cue, comparable: str, floor: int, language: str) -> _Mention | None:
    """The first of the people before a speech verb when it opens the clause and a description
    after its comma holds the others ("John Doe, a spokesman for Jane Roe said", "Jean Dupont,
    un conseiller de Jeanne Roux a déclaré", "X, một trợ lý của bà Y cho biết"): the description
    opens on a singular indefinite article or a title of office (_describing_article_after,
    _title_after) and holds no comma, no coordinating word (quotes.yaml "coordinating_words":
    "X, a nurse and Y said" names two) and no word opening a clause of its own (_opens_subordinate_clause:
    "X, a nurse whose sister Y said"). None otherwise."""
    first = people[0]
    if not _leads_clause(comparable, first.start, floor, language):
        return None
    end = _before_auxiliaries(comparable, first.end, cue.start, language)
    stretch = comparable[first.end:end]
    if not stretch.startswith(",") or "," in stretch[1:] or _opens_subordinate_clause(comparable, first.end + 1, end, language):
        return None
    if _title_after(comparable, first.end + 1, language) is None and not _describing_article_after(comparable, first.end + 1, language):
        return None
    joins = _coordinating_words(language)
    if joins and re.search(rf"(?<!\w)(?:{_alternation(list(joins))})(?!\w)", stretch):
        return None
    return first


@lru_cache(maxsize=None)
def _opening_word_pattern(section: str, language: str, close: str = r"(?!\w)") -> re.Pattern | None:
    """Spaces then a word of a quotes.yaml section (as compared) then close (a whole word by
    default); compiled once per section and language; None when the language lists none.
    Matched at an apposition's start: _describing_article_after, _relative_person."""
    forms = _compared_forms(section, language)
    return re.compile(rf"\s*(?:{_alternation(list(forms))}){close}") if forms else None


def _describing_article_after(comparable: str, at: int, language: str) -> bool:
    """Whether an apposition starting at offset `at` of the compared text (right after its
    comma) opens on a singular indefinite article (quotes.yaml "describing_articles": "Jane
    Roe, a nurse serving with UNMISS said"), a space after it: it describes the person before
    the comma, whose words these are, not the body it names."""
    pattern = _opening_word_pattern("describing_articles", language, r"\s")
    return pattern is not None and pattern.match(comparable, at) is not None


@lru_cache(maxsize=None)
def _subordinate_marker_pattern(language: str) -> re.Pattern | None:
    """A word opening a subordinate clause (vocabulary.yaml "event_clause_markers", as
    compared) as a whole word; compiled once per language; None when the language lists none."""
    words = [_comparable(str(w), language) for w in (reference().vocabulary.get("event_clause_markers") or {}).get(language) or ()]
    return re.compile(rf"(?<![\w-])(?:{_alternation(words)})(?![\w-])") if words else None


def _opens_subordinate_clause(comparable: str, start: int, end: int, language: str) -> bool:
    """Whether comparable[start:end], a description no comma closes before the verb, holds a
    word opening a clause of its own (vocabulary.yaml "event_clause_markers": "Jane Roe, a nurse
    whose clinic UNICEF said would close, stayed", "une infirmière dont la MINUSMA a déclaré",
    "a week after UNICEF said"): that clause may run up to the verb, its own subject speaking,
    so the description is not known to end before the verb."""
    pattern = _subordinate_marker_pattern(language)
    return pattern is not None and pattern.search(comparable, start, end) is not None


# A speech verb's clause closed by a comma within a few words, no quotation opening after it
# (_report_set_off).
_SET_OFF_REPORT = re.compile(r"(?:\s+[^\s,;:.!?()\"\u201c\u201d\u00ab\u00bb]+){0,3}\s*,(?!\s*[\"\u201c\u00ab])")


def _report_set_off(text: str, end: int) -> bool:
    """Whether the speech verb ending at `end` closes, with at most three words after it
    ("on Monday", "told reporters"), a report set off by commas inside the sentence ("John
    Doe, a hospital official said, died of his wounds", "Jane Roe, a UNMISS spokesman said on
    Monday, will lead the inquiry"): the one described there speaks of the person, who does
    not. A comma opening a quotation ("said, “...”") is no such close."""
    return _SET_OFF_REPORT.match(text, end) is not None


@lru_cache(maxsize=None)
def _person_relative_pattern(language: str) -> re.Pattern | None:
    """A comma (or spaces only, where a writer left the comma out: "..., director del Centro
    ... quién sostuvo"), then a relative pronoun standing for a person (quotes.yaml
    "person_relatives", as compared), then only spaces to the end of the text searched;
    compiled once per language; None when the language lists none."""
    forms = _compared_forms("person_relatives", language)
    return re.compile(rf"(?:,\s*|\s+)(?:{_alternation(list(forms))})\s*\Z") if forms else None


# What may stand between a person's name and the comma before a relative pronoun: one
# apposition opened by a comma, holding no other comma, bracket, quotation mark, semicolon,
# colon nor sentence end.
_ONE_APPOSITION = re.compile(r"\s*,[^,;:()\[\]\"\u201c\u201d\u00ab\u00bb.!?]+")


def _relative_person(cue: _Cue, mentions: list[_Mention], text: str, comparable: str, spans, language: str) -> _Mention | None:
    """The person a relative pronoun before the speech verb stands for (quotes.yaml
    "person_relatives": "who", "qui", "quien", "người"; auxiliaries may stand between, quotes.yaml
    "coordinated_auxiliaries"), when one apposition set off by commas lies between the
    person's name and the relative ("We spoke with John Doe, a nurse with UNICEF, who said",
    "Hablamos con Juan Pérez, director del Centro ..., quien afirmó"): the body the apposition
    names is only whom the person serves with. None when no such relative stands before the
    verb, when a quotation ends after the name, when anything else lies between (another
    person, a second comma: a list), or when the apposition opens on no title of office
    (vocabulary.yaml "titles"), no describing article (quotes.yaml "describing_articles") and
    no word for a member (quotes.yaml "member_words"): "After the visit of X, officials of
    UNICEF who said" is a clause of its own."""
    pattern = _person_relative_pattern(language)
    if pattern is None:
        return None
    floor = max([b for a, b in spans if b <= cue.start] + [cue.start - APPOSITION_WINDOW, 0])
    end = _before_auxiliaries(comparable, floor, cue.start, language)
    relative = pattern.search(comparable, floor, end)
    if relative is None:
        return None
    comma = relative.start()
    people = [m for m in mentions if floor <= m.start and m.end <= comma and m.kind == "entity" and m.found.kind == "person"]
    if not people:
        return None
    person = people[-1]
    if not _ONE_APPOSITION.fullmatch(text, person.end, comma):
        return None
    opening = text.index(",", person.end) + 1
    # the apposition tells the person's post: a title of office, a describing article, a word
    # for a member ("After the visit of X, officials of UNICEF who said": a clause of its own)
    member = _opening_word_pattern("member_words", language)
    if _title_after(comparable, opening, language) is None and not _describing_article_after(comparable, opening, language) \
            and (member is None or member.match(comparable, opening) is None):
        return None
    return person


def _embedded_quotation(text: str, start: int, end: int) -> bool:
    """Whether the quoted span [start, end) is words quoted inside a clause rather than a
    quotation of its own: fewer than MIN_QUOTED_WORDS words, or a word right before its
    opening mark and a lower-case word right after its closing one ("ha condenado
    “enérgicamente” el ataque", "qui a salué « le courage des soldats » du bataillon")."""
    if len(re.findall(r"\w+", text[start:end])) < MIN_QUOTED_WORDS:
        return True
    before, after = text[:start].rstrip(), text[end:].lstrip()
    return bool(before) and before[-1].isalnum() and after[:1].isalpha() and after[:1].islower()


def _titled_apposition_head(nearest: _Mention, candidates: list[_Mention], comparable: str, floor: int, verb: int,
                            language: str) -> _Mention | None:
    """The person whose apposition holds the body nearest the verb: a person opening the
    clause, then a comma and a title of office (vocabulary.yaml "titles"), the body only the
    complement of that title, whether a comma closes the apposition or not ("Le colonel X,
    chef d'état-major de la Force de la MINUSMA a rappelé", "Đại sứ X, Trưởng phái đoàn Việt
    Nam tại Liên hợp quốc khẳng định", "X, head of the UN mission, said"). None when another
    person stands between, or a coordinating word ("X, head of the police, and the mission
    said": two subjects)."""
    people = [m for m in candidates if m.kind == "entity" and m.found.kind == "person" and m.end <= nearest.start]
    if not people:
        return None
    person = people[-1]
    gap = comparable[person.end:verb]
    if not gap.startswith(",") or _title_after(comparable, person.end + 1, language) is None:
        return None
    if any(m.kind == "entity" and m.found.kind == "person" and person.end <= m.start < verb for m in candidates):
        return None
    if set(_coordinating_words(language)).intersection(re.findall(r"\w+", gap)):
        return None
    return person if _leads_clause(comparable, person.start, floor, language) else None


def _leads_clause(comparable: str, start: int, floor: int, language: str) -> bool:
    """Whether what starts at `start` opens its clause: only an article and titles of office
    before it, back to the floor or the comma before it ("Le colonel X", "Phát biểu tại sự
    kiện, Đại sứ X", "Face aux rumeurs, le porte-parole")."""
    lead = comparable[max(floor, comparable.rfind(",", floor, start) + 1):start]
    return _lead_pattern(language, True).fullmatch(lead) is not None


# The fewest words of an interview's answer after its speaker's name and colon.
ANSWER_WORDS = 4


SIGNATURE_WORDS = 16  # the most words of a signature line (a name and a role)


def _signs(line: str, surface: str, role: str | None) -> bool:
    """Whether a line opens on a name as printed (surface), its title before it at most (the
    person's role, "Colonel"), then a comma: "Colonel Paul Brand, commander of ..."."""
    at = line.lower().find(surface.lower())
    if at < 0 or not line[at + len(surface):].lstrip().startswith(","):
        return False
    before = line[:at].strip()
    return not before or (role is not None and before.lower() == role.lower())


def _signed_paragraphs(units: list[_Unit], language: str) -> dict[int, Found]:
    """The sentences of paragraphs that are a person's own words, by index of units -> that
    person: a paragraph with no quotation marks, no speech verb nor source marker, naming no
    one, holding a word of one speaking of themselves (quotes.yaml "first_person_words"),
    right before a line that is a paragraph on its own, opening (past a dash) on a person's
    name then a comma and their role, with no speech verb ("Stéphane Dupont, commandant, chef
    des opérations à Paoua", "— Colonel X, commander of the sector"). Such a signature line
    is how a page gives the speaker of words it prints apart (a video's transcript, a
    quotation set as a block). A line that is not on its own, or has no role after the name,
    signs nothing. Known only where paragraph starts are (_Unit.opens_paragraph)."""
    words = set(_compared_forms("first_person_words", language))
    patterns = _patterns(language)

    def reports(compared: str) -> bool:
        return any(patterns[k] is not None and patterns[k].search(compared) for k in ("speech_verbs", "source_markers"))

    if not words or not any(u.opens_paragraph for u in units):
        return {}
    signed: dict[int, Found] = {}
    for index, unit in enumerate(units):
        if not unit.opens_paragraph or index == 0 or (index + 1 < len(units) and not units[index + 1].opens_paragraph):
            continue
        line = unit.text.strip()
        body = line.lstrip("\u2014\u2013- ").strip()
        if not body or len(body.split()) > SIGNATURE_WORDS or body.endswith(("?", "!", ":")):
            continue
        person = next((f for f in unit.found if f.kind == "person" and any(_signs(body, s, f.role) for s in f.surfaces)), None)
        if person is None:
            continue
        if reports(_comparable(line, language)):
            continue
        start = index - 1
        while start > 0 and not units[start].opens_paragraph:
            start -= 1
        paragraph = units[start:index]
        if not units[start].opens_paragraph:
            continue
        texts = [u.text for u in paragraph]
        compared = [_comparable(t, language) for t in texts]
        if any(_quoted_spans(t)[0] for t in texts) or any(f.kind == "person" for u in paragraph for f in u.found):
            continue
        if any(reports(c) for c in compared):
            continue
        if not any(w in words for c in compared for w in re.findall(r"[\w-]+", c)):
            continue
        signed.update({i: person for i in range(start, index)})
    return signed


def _answer_label(text: str, mentions: list[_Mention]) -> _Mention | None:
    """The person whose name, alone and set off by a colon, opens a paragraph, the colon then
    followed by running words of their own, no quotation (an interview printed as questions
    and answers: "John Kabeya: We will stay in Uvira until June.", "Jean Kabeya : Nous
    resterons..."): the answer is that person's words. None otherwise (a place, a body or a
    label before the colon; a quotation after it is _colon_introducer's)."""
    first = next((m for m in mentions if m.start >= len(text) - len(text.lstrip())), None)
    if first is None or first.kind != "entity" or first.found is None or first.found.kind != "person":
        return None
    if text[:first.start].strip():
        return None
    rest = re.match(r"\s*:\s*(.*)$", text[first.end:], re.S)
    if rest is None or len(re.findall(r"[^\W\d_][\w'\u2019-]*", rest.group(1))) < ANSWER_WORDS:
        return None
    return first


# A transcript's speaker label opening a paragraph: one to four words in capitals, then a
# colon and the words said ("ANTONIO GUTERRES: This is...", "SINCLAIR: The reason..."); read
# by _capitals_label. A label with a comma ("JANE DOE, BYLINE:") is no speaker's.
_CAPITALS_LABEL = re.compile(r"\s*(?P<who>[^\W\d_][\w'\u2019.-]*(?:[ \t]+[^\W\d_][\w'\u2019.-]*){0,3})[ \t]*:\s*(?P<rest>.*)$", re.S)


def _reporters_labelled(texts: Iterable[str]) -> frozenset[str]:
    """The names (folded, lowercased) a transcript labels as its reporter's, in capitals then
    a comma and a word of quotes.yaml "transcript_reporter_marks" ("MICHELE KELEMEN, BYLINE:"),
    each whole and by its last word (the surname later labels go by): their lines are the
    story's own narration, nobody's quote."""
    marks = {fold_same_length(str(w)).lower() for w in _vocabulary().get("transcript_reporter_marks") or []}
    names: set[str] = set()
    for text in texts:
        label = re.match(r"\s*([^\W\d_][\w'\u2019 .-]*?),\s*([^\W\d_]+)\s*:", text)
        if label and label.group(1).isupper() and fold_same_length(label.group(2)).lower() in marks:
            name = fold_same_length(label.group(1)).lower().split()
            names.update({" ".join(name), name[-1]})
    return frozenset(names)


def _capitals_label(text: str, article: Sequence[Found], reporters: frozenset[str] = frozenset()) -> _Mention | None:
    """The person a transcript's speaker label in capitals names, opening a paragraph, a colon
    then at least ANSWER_WORDS words of their own after it ("ANTONIO GUTERRES: This is the
    worst attack...", "GUTERRES: I condemn..."): the one person of the article whose name, or
    whose surname, the label is (folded, case aside). None when the label is not all in
    capitals, names no one or several of the article, or names the transcript's reporter
    (reporters: _reporters_labelled). The mention spans the label."""
    match = _CAPITALS_LABEL.match(text)
    if match is None or not match.group("who").isupper() or len(re.sub(r"\W", "", match.group("who"))) < 2:
        return None
    if len(re.findall(r"[^\W\d_][\w'\u2019-]*", match.group("rest"))) < ANSWER_WORDS:
        return None
    label = " ".join(fold_same_length(match.group("who")).lower().split())
    if label in reporters:
        return None
    people = {e.id: e for e in article if e.kind == "person" and e.name
              and label in (fold_same_length(e.name).lower(), fold_same_length(e.name).lower().split()[-1])}
    if len(people) != 1:
        return None
    return _Mention(match.start("who"), match.end("who"), "entity", next(iter(people.values())))


@lru_cache(maxsize=None)
def _interview_pattern(language: str) -> re.Pattern | None:
    """quotes.yaml "interview_words" of a language as compared, whole words; None when the
    language lists none. A sentence it matches, naming one person, names the one interviewed:
    the article's paragraphs after a question paragraph are their answers (find_quotes)."""
    forms = list(_compared_forms("interview_words", language))
    return re.compile(rf"(?<!\w)(?:{_alternation(forms)})(?!\w)") if forms else None


def _colon_introducer(text: str, comparable: str, mentions: list[_Mention], spans, language: str) -> _Mention | None:
    """The person who introduces, before a colon, the quotation filling the rest of the
    sentence with no speech verb ("Le porte-parole s'est montré catégorique : « ... »", "X
    a dressé un bilan encourageant : “...”", "X was blunt: \"...\""): the person or title
    opening the clause before the colon, nothing quoted before it. None otherwise (a body or
    a thing before the colon introduces no words said: "Le programme a trois volets : « ... »")."""
    if not spans:
        return None
    start, end = spans[-1]
    colon = text[:start].rstrip()
    if not colon.endswith(":") or end < len(text.rstrip().rstrip(".")) - 1 or _quoted_words(text, [spans[-1]]) < MIN_QUOTED_WORDS:
        return None
    colon_at = len(colon) - 1
    if any(b <= colon_at for _a, b in spans):
        return None
    floor = max([m.end() for m in re.finditer(r"[;:]\s", text[:colon_at])] + [0])
    before = [m for m in mentions if floor <= m.start and m.end <= colon_at and m.kind in ("entity", "title")]
    people = [m for m in before if (m.kind == "entity" and m.found.kind == "person") or (m.kind == "title" and m.found is not None)]
    if not people:
        return None if before else _pronoun_introducer(comparable, mentions, floor, colon_at, language)
    # the last person or title named; else the person opening the clause, a title in their
    # apposition naming them again ("Captain X, spokesperson for the Minusca police, was blunt:")
    for subject in (people[-1],) if people[0] is people[-1] else (people[-1], people[0]):
        if before[-1] is not subject:
            # "Le capitaine X, porte-parole de la Police de la Minusca, abonde dans le même sens :
            # « ... »": names inside an apposition set off by commas right after the person only
            # say what their post is; a body named after it ("X a salué le travail de la
            # MINUSCA : « ... »") leaves it unclear whose the words are
            apposition = re.match(r"\s*,[^,:;\"\u201c\u201d\u00ab\u00bb]*,", text[subject.end:colon_at])
            if apposition is None or any(m.start >= subject.end + apposition.end() for m in before):
                continue
        if _leads_clause(comparable, subject.start, floor, language):
            return subject
    return None


def _pronoun_introducer(comparable: str, mentions: list[_Mention], floor: int, colon_at: int,
                        language: str) -> _Mention | None:
    """The personal pronoun that alone opens the clause before the colon of a quotation filling
    the rest of the sentence ("Il s'est exprimé en ces termes : « ... »", "She was blunt:
    “...”", "Ella fue tajante: «...»"), for _colon_introducer: it introduces the words of the
    person named before, as a named person would. None when another mention (a body, a
    document) stands in the clause, when the pronoun does not open it, or when an impersonal
    verb follows it (quotes.yaml "impersonal_after_pronouns": "Il y a trois volets : « ... »",
    "Il faut le rappeler : « ... »")."""
    inside = [m for m in mentions if floor <= m.start and m.end <= colon_at]
    if len(inside) != 1 or inside[0].kind != "pronoun" or inside[0].found is not None:
        return None
    pronoun = inside[0]
    if not _leads_clause(comparable, pronoun.start, floor, language):
        return None
    impersonal = list(_compared_forms("impersonal_after_pronouns", language))
    if impersonal and re.match(rf"\s*(?:{_alternation(impersonal)})(?![\w'])", comparable[pronoun.end:colon_at]):
        return None
    return pronoun


@lru_cache(maxsize=1)
def _place_words() -> frozenset[str]:
    """The prepositions of place of every language (vocabulary "place_prepositions") in the
    forms _comparable gives: folded, and Vietnamese ones with their diacritics ("tại", "ở")."""
    ref = reference()
    return ref.words("place_prepositions") | ref.exact_words("place_prepositions", "vi")


def _after_place_word(mention: _Mention, comparable: str) -> bool:
    """Whether a mention stands right after a preposition of place of any language
    (vocabulary "place_prepositions": "in", "en", "au", "tại"), past an article."""
    return _word_before(mention, comparable) in _place_words()


def _words_before(mention: _Mention, comparable: str, floor: int | None = None) -> list[str]:
    """The words before a mention from floor (default: 40 characters before it), an article
    right before it dropped (quotes.yaml "joining_articles"), in the comparable text's form."""
    start = max(0, mention.start - 40) if floor is None else floor
    words = re.findall(r"[\w'-]+", comparable[start:mention.start])
    if words and words[-1] in _joining_articles():
        words = words[:-1]
    return words


def _word_before(mention: _Mention, comparable: str) -> str | None:
    """The word right before a mention, past an article; None at the text's start."""
    words = _words_before(mention, comparable)
    return words[-1] if words else None


def _bracketed_before(nearest: _Mention, candidates: list[_Mention], text: str, verb: int) -> _Mention | None:
    """The mention before a bracket that holds the nearest mention and closes right before
    the verb ("X (the ministry) said"): the bracket names X's parent or X again; X speaks.
    None when a country stands there, or no mention."""
    if not re.fullmatch(r"[^()]*\)\s*", text[nearest.end:verb]):
        return None
    opening = text.rfind("(", 0, nearest.start)
    if opening < 0 or text[opening + 1:nearest.start].strip():
        return None
    # a country there ends the body's phrase the bracket abbreviates ("Phái bộ ... tại Nam
    # Sudan (UNMISS)"): the bracket's body speaks
    return next((m for m in reversed(candidates) if m.end <= opening and not text[m.end:opening].strip()
                 and m.kind == "entity" and m.found.kind != "country"), None)


def _dash_apposition(text: str, floor: int, verb: int) -> int | None:
    """Where an apposition set off by two spaced dashes opens, when its closing dash stands
    before the verb with at most two adverbs between, in lowercase ("X - head of the force -
    said", "X - chỉ huy trưởng ... - cũng từng chia sẻ"); None otherwise."""
    if not re.search(r"\s[-\u2013\u2014](?:\s+[^\W\d_A-Z][\w]*){0,2}\s*$", text[floor:verb]) or \
            any(w[:1].isupper() for w in re.split(r"[-\u2013\u2014]", text[floor:verb])[-1].split()):
        return None
    dashes = [m.start() for m in re.finditer(r"\s[-\u2013\u2014]\s", text[floor:verb] + " ")]
    if len(dashes) < 2:
        return None
    return floor + dashes[-2]


def _after_joining_word(mention: _Mention, comparable: str, language: str) -> bool:
    """Whether a mention stands right after a joining word (quotes.yaml "joining_words":
    "of", "de", "del", "a"), past an article: the complement of a noun or a preposition. A
    joining word that is also an indefinite determiner of the language (French "des") and
    opens its clause, nothing but punctuation or a conjunction before it, is the mention's
    article ("Des sources de l'ONU ont affirmé", "Des experts ... ont déclaré"): no complement."""
    word = _word_before(mention, comparable)
    if word not in _joining_words(language):
        return False
    if word in _indefinite_determiners(language):
        opening = re.search(rf"(?<![\w'-]){re.escape(word)}\s*$", comparable[:mention.start])
        if opening is not None:
            before = re.split(r"[.;:,!?()\"\u201c\u201d\u00ab\u00bb]", comparable[:opening.start()])[-1].split()
            if not before or before == [before[0]] and before[0] in _coordinating_words(language):
                return False
    return True


@lru_cache(maxsize=None)
def _joining_words(language: str) -> frozenset[str]:
    """quotes.yaml "joining_words" of a language, in the form words are compared in."""
    return frozenset(_compared_forms("joining_words", language))


@lru_cache(maxsize=None)
def _source_marker_nouns(language: str) -> re.Pattern | None:
    """quotes.yaml "source_marker_nouns" of a language as compared, matched right after a
    source marker past its space ("theo| chia sẻ của"); None when the language lists none."""
    forms = list(_compared_forms("source_marker_nouns", language))
    return re.compile(rf"\s+(?:{_alternation(forms)})(?!\w)") if forms else None


def _marker_noun_end(cue: _Cue, comparable: str, language: str) -> int:
    """Where the noun of words said after a source marker ends ("Theo chia sẻ của| X"), or the
    marker's own end when none follows it."""
    pattern = _source_marker_nouns(language)
    match = pattern.match(comparable, cue.end) if pattern is not None and cue.marker else None
    return match.end() if match is not None else cue.end


@lru_cache(maxsize=None)
def _indefinite_before_pattern(language: str) -> re.Pattern | None:
    """_after_indefinite's pattern: an indefinite determiner (vocabulary "indefinite_determiners")
    and up to two words after it, ending the text; None when the language lists none."""
    indefinite = _indefinite_determiners(language)
    return re.compile(rf"(?<!\w)(?:{_alternation(indefinite)})(?:\s+[\w'-]+){{0,2}}\s+$") if indefinite else None


@lru_cache(maxsize=None)
def _definite_before_pattern(language: str) -> re.Pattern | None:
    """A definite article (quotes.yaml "definite_articles") and up to three words after it,
    ending the text ("the ", "the foreign ministry ", "le "), as _indefinite_before_pattern
    reads an indefinite one; None in a language without articles (there a bare noun is
    definite)."""
    articles = _articles(language)
    return re.compile(rf"(?<![\w'\u2019])(?:{_alternation(articles)})(?:\s*[\w'-]+){{0,3}}\s*$") if articles else None


@lru_cache(maxsize=None)
def _right_indefinite_pattern(language: str) -> re.Pattern | None:
    """_right_after_indefinite's pattern: an indefinite determiner (vocabulary
    "indefinite_determiners") ending the text; None when the language lists none."""
    indefinite = _indefinite_determiners(language)
    return re.compile(rf"(?<!\w)(?:{_alternation(indefinite)})\s+$") if indefinite else None


def _right_after_indefinite(comparable: str, at: int, language: str) -> bool:
    """Whether the noun starting at `at` of the compared text has an indefinite determiner
    right before it ("una dependencia", "un ministère"), no word between (unlike
    _after_indefinite: "un communiqué la Mission" is the mission named)."""
    pattern = _right_indefinite_pattern(language)
    return pattern is not None and pattern.search(comparable, max(0, at - 20), at) is not None


def _complement_of_its_own(key: str, text: str, comparable: str, end: int, language: str = "und") -> bool:
    """Whether a body reference that is also a common word for other things (quotes.yaml
    "body_references_with_other_senses": "cartera", "dependencia", "organe"), ending at `end`,
    takes a complement of its own: a link word (_link_patterns "of_body") and a word in
    lowercase ("la cartera de inversiones", "l'organe de presse du parti"); a name after ("la
    cartera de Defensa") is the office's, and a speech verb right after ("l'organe a demandé":
    French "a" folds as "à") is the noun's verb, no complement."""
    if key not in (_vocabulary().get("body_references_with_other_senses") or []):
        return False
    verbs = _patterns(language)["speech_verbs"]
    if verbs is not None and verbs.match(comparable, end + len(comparable[end:]) - len(comparable[end:].lstrip())):
        return False
    link = _link_patterns()["of_body"].match(comparable, end)
    # (the link a whole word: "de" of "detalló" is none)
    return link is not None and link.end() > end and comparable[link.end() - 1] in " '\u2019" \
        and re.match(r"[^\W\d_]", text[link.end():]) is not None and text[link.end()].islower()


def _after_indefinite(comparable: str, at: int, language: str) -> bool:
    """Whether the noun starting at `at` of the compared text follows an indefinite determiner
    with at most two words between ("a local newspaper", "another newspaper", "un quotidien"):
    it introduces a referent not named before, not the last one named."""
    pattern = _indefinite_before_pattern(language)
    return pattern is not None and pattern.search(comparable, max(0, at - 60), at) is not None


@lru_cache(maxsize=None)
def _addressing_verbs(language: str) -> frozenset[str]:
    """quotes.yaml "addressing_verbs" of a language, as compared: the speech verbs whose
    phrase after them names the one addressed ("called on", "urged", "kêu gọi")."""
    return frozenset(_compared_forms("addressing_verbs", language))


def _addresses_object(cue: _Cue, comparable: str, language: str) -> bool:
    """Whether the speech verb at the cue, read where its subject would stand before it (not
    inverted after a quotation or a comma), is one of the language's "addressing_verbs": the
    name after it is the one called on or asked ("The ministers called on Mali to...", "Các
    nước kêu gọi Sudan..."), never its subject, in the languages whose subject does not follow
    a verb outside an inversion (quotes.yaml lists English and Vietnamese only). Not when a
    noun-complement link follows the word: then it is a noun ("Trước yêu cầu của Mali": Mali's
    request)."""
    if cue.marker or comparable[cue.start:cue.end] not in _addressing_verbs(language):
        return False
    # "yêu cầu của X" (X's request): a noun whose complement after the link (quotes.yaml
    # "noun_complement_links") is the one asking, as _speaker_after reads it
    after = comparable[cue.end:].split(maxsplit=1)
    return not (after and after[0] in _compared_list(language, "noun_complement_links", language))


def _unnamed_subject_before(cue: _Cue, text: str, comparable: str, language: str) -> _Mention | None:
    """The words of the verb's clause before it as a subject the text does not name ("The
    countries" in "The countries called on Sudan to..."), or None when the verb opens its
    clause, or when only a determiner stands before it (_determiners): the verb's word is
    then a noun ("The accused were flown to Bamako"), no speech."""
    opening = max(text.rfind(mark, 0, cue.start) for mark in ".;:,!?\n\"\u201c\u201d\u00ab\u00bb") + 1
    if not re.search(r"\w", text[opening:cue.start]):
        return None
    if all(w in _determiners(language) for w in comparable[opening:cue.start].split()):
        return None
    return _Mention(opening, cue.start, "unnamed", None)


def _speaker_after(cue: _Cue, mentions: list[_Mention], text: str, comparable: str, spans, language: str) -> _Mention | None:
    """The speaker right after a source marker or an inverted verb: only grammar words and
    titles between ("said UN spokesperson X", "selon le ministre X", "dijo el general X"), or
    the one told first ("explicaron a EFE fuentes del Consejo": the sources, unnamed)."""
    complementiser = _patterns(language)["complementisers"]
    if not cue.marker and complementiser is not None and complementiser.match(comparable, cue.end + 1):
        return None  # "explicó que el personal peruano...": the clause said follows, no subject
    words = comparable[cue.start:cue.end].split()
    if not cue.marker and len(words) > 1 and words[-1] in _personal_objects(language):
        return None  # "llamó a las autoridades a...": the ones called on follow, not the subject
    if not cue.marker and (past := _document_after(cue, comparable, language)) is not None:
        # "a affirmé dans un communiqué la Minusca", "indicó en un comunicado la misión": the
        # document is how the words came, its sender the subject after it, when one is named
        subject = _speaker_after(_Cue(cue.start, past, False, cue.stance), mentions, text, comparable, spans, language)
        if subject is not None and subject.kind in ("entity", "body", "title"):
            return subject
    ceiling = min([a for a, b in spans if a >= cue.end] + [cue.end + AFTER_WINDOW, len(text)])
    start = _marker_noun_end(cue, comparable, language) if cue.marker else _time_after(cue, comparable, language)
    skip = None if cue.marker else _circumstance_after(cue, comparable, language)
    if skip:
        # "explicaron a EFE fuentes del Consejo, fue...": the one told opens the phrase, the
        # subject follows it inside, before the comma; no circumstance
        inside = [m for m in mentions if start <= m.start and m.end <= skip]
        if len(inside) > 1 and _addressed(inside[0], comparable, language, start) and _tight(text[start:inside[0].start], language):
            skip = None
    # a person named inside the phrase is the speaker, the comma closing their apposition
    # ("a souligné dans une déclaration X, porte-parole du secrétaire général Y": X speaks)
    if skip and not any(m.kind == "entity" and m.found.kind == "person" and cue.end <= m.start and m.end <= skip
                        for m in mentions):
        start, ceiling = skip, min(len(text), max(ceiling, skip + AFTER_WINDOW))
    posted = _posting_media(language) if cue.marker else None
    media = [m.span() for m in posted.finditer(comparable, start, ceiling)] if posted is not None else []
    for mention in mentions:
        if start <= mention.start and mention.end <= ceiling:
            if any(a <= mention.start and mention.end <= b for a, b in media):
                continue  # "selon un message publié sur Facebook par X": where it was posted, not who
            if media and _tight(_without_spans(text, start, mention.start, media), language) \
                    and not _object_of(mention, comparable, language, start):
                # "Selon un message sur X du colonel Y", "according to a post on X by Y": the
                # medium the document went out on stands between it and its author
                return _person_after(mention, mentions, text, language)
            if not cue.marker and _addressed(mention, comparable, language, start):
                # "explicaron a EFE fuentes del Consejo", "a indiqué à l'AFP une source": the
                # one told, then who told them
                if _tight(text[start:mention.start], language):
                    start = mention.end
                    # "dijo a la agencia Efe el coronel X": the outlet named right after the
                    # agency's noun is the one told as well
                    start = next((m.end for m in mentions if m.kind == "entity" and _outlet(m.found)
                                  and m.start >= start and _outlet_words_only(comparable[start:m.start], language)), start)
                    if (mention.found is None or mention.found.kind != "person") \
                            and (country := _country_voiced_after(comparable, mention.start, mentions, language)) is not None:
                        # "pidió a las autoridades malienses", "a demandé aux autorités
                        # maliennes": the country of the ones asked is no speaker either
                        start = country.end
                continue
            if not cue.marker and _place_before_speaker(mention, mentions, text, comparable, start, ceiling, language):
                start = mention.end  # "dijo este lunes en la ONU la ministra X": where, then who
                continue
            gap = text[start:mention.start]
            if mention.kind == "document":
                # "said an emailed statement from X": a word describing the document is no gap
                gap = _without_document_descriptions(gap, comparable[start:mention.start], language)
            if cue.marker:
                # "según las últimas cifras de la ONU": a word of recency of the source's noun is no gap
                gap = _without_source_adjectives(gap, language)
            if not (_tight(gap, language) or _described_person(text, start, mention, language)) \
                    or _object_of(mention, comparable, language, start):
                return None
            if not cue.marker and _inside_noun_phrase(comparable[start:mention.start], language) \
                    and not _members_of_body(comparable[start:mention.start], mention, language):
                return _Mention(start, mention.start, "unnamed", None)  # "..., said a report on X": no one named
            if mention.kind == "unnamed" and mention.found is None \
                    and (country := _country_voiced_after(comparable, mention.start, mentions, language)) is not None:
                return country  # "selon les autorités maliennes", "dijo el gobierno de Malí": the country
            return _person_after(mention, mentions, text, language)
    return None


def _without_source_adjectives(gap: str, language: str) -> str:
    """The gap between a source marker and its speaker without the words of recency or
    standing that qualify the source's noun (quotes.yaml "source_adjectives": "the latest
    figures of", "las últimas cifras de"), each as a whole word compared folded; the other
    words as printed, so a capital still marks a name (_tight: "the latest Monday figures of"
    leaves "the Monday figures of", as tight as it is without "latest"); the gap as it is when
    the language lists none."""
    words = _compared_list(language, "source_adjectives", language)
    if not words:
        return gap
    folded = fold_same_length(gap).lower()
    spans = [m.span() for m in re.finditer(rf"(?<![\w'\u2019-])(?:{_alternation(words)})(?![\w'\u2019-])\s*", folded)]
    for start, end in reversed(spans):
        gap = gap[:start] + gap[end:]
    return gap


# The most words after the quantifier of a group speaking after an inverted verb ("..., said
# many aid workers in Juba.").
GROUP_WORDS = 4


@lru_cache(maxsize=None)
def _quantified_group_pattern(language: str) -> re.Pattern | None:
    """_quantified_group_after's pattern, for compared text: a quantifier of quotes.yaml
    "group_quantifiers", then up to GROUP_WORDS + 1 words (none: the quantifier alone as a
    pronoun, "..., dijeron algunos.", "..., ont dit certains."), then the end of the clause (a
    comma, a full stop, a semicolon, the end of the text); the group is group 1. None when the
    language lists no quantifier. Compiled once per language; group 2 is the words after the
    quantifier."""
    quantifiers = _compared_forms("group_quantifiers", language)
    if not quantifiers:
        return None
    return re.compile(rf"\s*((?:{_alternation(quantifiers)})(?:\s+([\w'-]+(?:\s+[\w'-]+){{0,{GROUP_WORDS}}}))?)\s*(?:[.;,!?]|$)")


def _quantified_group_after(cue: _Cue, mentions: list[_Mention], text: str, comparable: str, language: str) -> _Mention | None:
    """The subject of a speech verb inverted after a comma when it is a group the text does not
    name, opened by a quantifier (quotes.yaml "group_quantifiers") and closing the clause after
    the verb and its day (_time_after): "..., said several observers.", "..., ont estimé de
    nombreux habitants.", "..., estimaron el martes varios observadores.". Returns an unnamed
    mention of the group; where the group is a body's officials (a word of quotes.yaml
    "body_voices" or "body_voices_plural" in it: "several UN officials", "plusieurs
    responsables de la Minusma"), the mention of that word instead, whose body then speaks
    (_voiced_body; tests/corpus/README.md: unnamed officials of a body the text names speak as
    that body); where the words are a measure before the subject ("a martelé plusieurs fois le
    colonel X": _subject_after_measure), the subject's mention. None: when the verb follows a
    person and an apposition (_after_apposition: "X, head of the mission, said several soldiers were wounded": X speaks), when
    a clause opens after the verb, or when no quantifier follows it. Source: the inversion of
    the subject after a reported clause (tests/corpus/README.md: `""` when the text does not
    name who spoke)."""
    pattern = _quantified_group_pattern(language)
    if pattern is None or _after_apposition(cue, mentions, text, language):
        return None
    complementiser = _patterns(language)["complementisers"]
    if complementiser is not None and complementiser.match(comparable, cue.end + 1):
        return None
    match = pattern.match(comparable, _time_after(cue, comparable, language))
    if match is None:
        return None
    words, _owned = _body_voice_words(language)
    voice = next((m for m in mentions if match.start(1) <= m.start and m.end <= match.end(1) and m.kind in ("unnamed", "title")
                  and m.found is None and comparable[m.start:m.end] in words), None)
    # "several UN officials", "plusieurs responsables de la Minusma": the officials' word, whose
    # body find_quotes then finds (_voiced_body), as for "UN officials said"
    if voice is not None:
        return voice
    subject = _subject_after_measure(match, mentions, comparable, language)
    if subject is not None:
        return subject if subject.kind != "none" else _Mention(subject.start, subject.end, "unnamed", None)
    return _Mention(match.start(1), match.end(1), "unnamed", None)


def _subject_after_measure(match: re.Match, mentions: list[_Mention], comparable: str, language: str) -> _Mention | None:
    """Where the words a quantifier opens after an inverted verb (_quantified_group_pattern's
    match) are no group but a measure of time or number before the verb's subject, the
    subject's mention: the first mention from a person named in them or from a determiner
    opening a noun phrase of its own, not after the link of a noun's complement ("a martelé
    plusieurs fois le colonel X": X; "ha dicho varias veces el ministro", "a déclaré quelques
    heures plus tard X"); a _Mention of kind "none" over the words from there where no mention
    stands in them (an unnamed subject). None where
    the words are a group ("plusieurs responsables de la Minusma", "several residents of Gao")."""
    if match.group(2) is None:
        return None  # the quantifier alone: "..., dijeron algunos."
    inside = [m for m in mentions if match.start(2) <= m.start and m.end <= match.end(2)]
    person = next((m for m in inside if m.found is not None and m.found.kind == "person"), None)
    determiners = _determiners(language)
    links = set(_compared_forms("noun_complement_links", language))
    opening = None
    previous = None
    for word in re.finditer(r"\S+", comparable[:match.end(2)]):
        if word.start() < match.start(2):
            continue
        if previous is not None and word.group() in determiners and previous not in links:
            opening = word.start()
            break
        previous = word.group()
    if opening is None and person is None:
        return None
    start = min(p for p in (opening, person.start if person else None) if p is not None)
    found = next((m for m in inside if m.start >= start), None)
    return found or _Mention(start, match.end(2), "none", None)



def _without_document_descriptions(gap: str, compared: str, language: str) -> str:
    """The gap (as printed) between a speech verb and a document's word after it, its words
    describing the document (quotes.yaml "document_descriptions": "emailed", "bref", "breve")
    blanked; compared is the same gap as compared (_comparable, of the same length)."""
    words = _compared_forms("document_descriptions", language)
    if not words or len(compared) != len(gap):
        return gap
    for match in _words_pattern(words, r"[\w-]").finditer(compared):
        gap = gap[:match.start()] + " " * (match.end() - match.start()) + gap[match.end():]
    return gap


@lru_cache(maxsize=None)
def _posting_media(language: str) -> re.Pattern | None:
    """The pattern of a medium a document was posted on, after a source marker's document noun
    ("sur X", "on Facebook", "en Telegram"), with the participle of posting before it and the
    agent preposition after it where printed ("publié sur Facebook par", "posted on X by"):
    quotes.yaml "posting_media" (participles, media and agent words per language, compared
    folded, read with _compared_list; _alternation writes them the same in every run). None
    when the language lists no medium."""
    media = _compared_list(language, "posting_media", language, "media")
    if not media:
        return None
    participles = _compared_list(language, "posting_media", language, "participles")
    agents = _compared_list(language, "posting_media", language, "agents")
    before = rf"(?:(?:{_alternation(participles)})\s+)?" if participles else ""
    after = rf"(?:\s+(?:{_alternation(agents)}))?" if agents else ""
    return re.compile(rf"(?<![\w'-]){before}(?:{_alternation(media)}){after}(?![\w'-])")


def _without_spans(text: str, start: int, end: int, spans: Sequence[tuple[int, int]]) -> str:
    """text[start:end] with the characters of the spans given blanked (spaces of the same
    length), so that what they hold counts as no word of a gap."""
    chars = list(text[start:end])
    for a, b in spans:
        for i in range(max(a, start), min(b, end)):
            chars[i - start] = " "
    return "".join(chars)


@lru_cache(maxsize=None)
def _noun_phrase_end(language: str) -> re.Pattern | None:
    """A common noun (group "noun"), a preposition of quotes.yaml "noun_phrase_prepositions"
    and an optional article ending the text searched (_inside_noun_phrase); compiled once per
    language; None when the language lists no preposition."""
    links = _compared_forms("noun_phrase_prepositions", language)
    if not links:
        return None
    articles = [a for a in _articles(language) if a]
    article = rf"(?:\s*(?:{_alternation(articles)}))?" if articles else ""
    return re.compile(rf"(?<![\w'])(?P<noun>[^\W\d_]+)\s+(?:{_alternation(links)}){article}\s*$")


def _inside_noun_phrase(gap: str, language: str) -> bool:
    """Whether the compared words between an inverted speech verb and a name after it end on
    a common noun and a preposition joining the name to it (quotes.yaml
    "noun_phrase_prepositions"), past articles ("said a report on", "said the neighbours of",
    "a indiqué un rapport sur"): the name is inside a phrase headed by that noun, which is the
    subject, so the name is not. A noun that is a grammar word, a title or a body's
    spokesperson word ("said the head of", "said a spokesman for") heads no such phrase."""
    pattern = _noun_phrase_end(language)
    match = pattern.search(gap) if pattern is not None else None
    if match is None:
        return False
    noun = match.group("noun")
    if not noun.islower() or fold_same_length(noun).lower() in _gap_words(language):
        return False
    return noun not in _body_voice_words(language)[0]


def _members_of_body(gap: str, mention: _Mention, language: str) -> bool:
    """Whether the compared words between an inverted speech verb and the mention after it end
    on a noun of a body's members and its preposition (quotes.yaml "membership_nouns": "dicen los
    miembros del", "affirment les membres du", "say the members of") and the mention is a body
    or a mission: the members speak as the body, which is the speaker (_speaker_after). A
    person or a country after the noun keeps the phrase its own. Returns a bool."""
    pattern = _noun_phrase_end(language)
    match = pattern.search(gap) if pattern is not None else None
    if match is None or mention.kind != "entity" or mention.found is None or mention.found.kind not in ("organisation", "mission"):
        return False
    return match.group("noun") in _compared_forms("membership_nouns", language)


def _described_person(text: str, start: int, mention: _Mention, language: str) -> bool:
    """Whether the words between an inverted speech verb (or its day) at start and a person
    named after it are a description of that person in lower case, the name then closing the
    clause ("..., said local administrator X.", "..., dijo el alcalde local X,"): at most three
    words, no punctuation, the last no grammar word (quotes.yaml and vocabulary stop words: "said
    the attack on X" is about X; nor an elided one, "a annoncé le départ d'X"), the name followed
    by the clause's end. The person speaks."""
    if mention.kind != "entity" or mention.found is None or mention.found.kind != "person":
        return False
    gap = text[start:mention.start]
    words = re.findall(r"[\w'\u2019-]+", gap)
    if not 1 <= len(words) <= 3 or re.search(r"[^\w\s'\u2019-]", gap) or not all(w[:1].islower() for w in words):
        return False
    if fold_same_length(words[-1]).lower() in reference().words("stopwords"):
        return False
    if words[-1].endswith(("'", "\u2019")):
        return False  # an elided article or preposition ("le départ d'X", "la mort d'X"): X is its complement
    return re.match(r"\s*(?:[,.;)]|$)", text[mention.end:]) is not None


def _document_after(cue: _Cue, comparable: str, language: str) -> int | None:
    """The end of a document phrase right after a speech verb, with no comma (quotes.yaml
    "document_given" then "documents": "a affirmé dans un communiqué la mission", "indicó
    en un comunicado el ejército"), after a day named first ("a indiqué lundi dans un
    communiqué"); None when the verb is not followed by one."""
    given = _patterns(language)["document_given"]
    start = _time_after(cue, comparable, language)
    match = given.match(comparable, start + len(comparable[start:]) - len(comparable[start:].lstrip())) if given is not None else None
    return match.end() if match else None


def _time_after(cue: _Cue, comparable: str, language: str) -> int:
    """Where the words after a speech verb go on past the day it names ("afirmó hoy el
    ministro X", "a annoncé mardi la mission", "said on Friday the spokesman X"): a weekday
    or a day relative to the article's (dates.yaml "weekdays", "relative_days"), after at
    most two words that lead it (quotes.yaml "time_leads": "on", "ce", "este", "vào sáng"),
    and a part of the day after it (quotes.yaml "day_parts": "matin", "morning"); or a date,
    with or without its weekday ("a fait savoir le 16 juin le Département"), or in figures
    after a lead ("le 21/9", "ngày 5/3"). cue.end when none."""
    pattern = _time_pattern(language)
    match = pattern.match(comparable, cue.end) if pattern is not None else None
    return match.end() if match else cue.end


@lru_cache(maxsize=None)
def _time_pattern(language: str) -> re.Pattern | None:
    """The pattern of a time phrase of the language (reference dates.yaml weekdays and
    relative_days, after at most two of the quotes vocabulary's time_leads and before its
    day_parts: "on Monday", "ce mardi matin", "este lunes", "vào sáng thứ Ba"; or a day and
    month in figures after a time lead or dates.yaml "day_slash_month_words": "le 21/9",
    "ngày 5/3"), compiled for comparable text (_comparable): a
    match takes the spaces before the phrase and ends where a space follows it. None when the
    language has no weekday words."""
    dates = reference().date_words
    days = [_comparable(str(d), language) for d in (dates.get("weekdays") or {}).get(language, [])]
    days += [_comparable(str(d), language) for d in (dates.get("relative_days") or {}).get(language, {})]
    if not days:
        return None
    leads = list(_compared_forms("time_leads", language))
    parts = list(_compared_forms("day_parts", language))
    # at most two leads ("vào sáng thứ Ba", "chiều ngày thứ Sáu": Vietnamese sets a time of
    # day and "ngày" or "hôm" before the weekday)
    lead = rf"(?:(?:{_alternation(leads)})\s+){{0,2}}" if leads else ""
    part = rf"(?:\s+(?:{_alternation(parts)})(?!\w))?" if parts else ""
    # the date of the day after its weekday ("a déclaré mercredi 20 janvier le chef", "dijo
    # el lunes 3 de mayo el ministro"): the day's number, a connective, the month's name
    months = [_comparable(str(m), language) for forms in (dates.get("months") or {}).get(language, []) for m in forms]
    endings = [_comparable(str(e), language) for e in dates.get("day_number_endings") or []]
    joiners = list(_compared_forms("day_month_joiners", language))
    ending = rf"(?:{_alternation(endings)})?" if endings else ""
    joint = rf"(?:\s+(?:{_alternation(joiners)}))?" if joiners else ""
    date = rf"(?:\s+\d{{1,2}}{ending}{joint}\s+(?:{_alternation(months)})(?!\w)\.?)?" if months else ""
    # a date with no weekday ("a fait savoir le 16 juin le Département", "informó el 3 de mayo
    # el ministerio", "said on June 16 the ministry"), its year after it at most
    bare = rf"|\d{{1,2}}{ending}{joint}\s+(?:{_alternation(months)})(?!\w)\.?(?:\s+\d{{4}})?" \
           rf"|(?:{_alternation(months)})\s+\d{{1,2}}{ending}(?!\w)(?:,?\s+\d{{4}})?" if months else ""
    # a day and month in figures after a word that leads such a date or a day (dates.yaml
    # "day_slash_month_words", the time leads: "a déclaré le 21/9 le ministre", "Việt Nam
    # ngày 5/3 cho biết", "hôm 5/3"), its year after it at most
    slash_leads = leads + [_comparable(str(w), language) for w in (dates.get("day_slash_month_words") or {}).get(language, [])]
    slash = rf"|(?:(?:{_alternation(leads)})\s+)?(?:{_alternation(slash_leads)})\s+\d{{1,2}}/\d{{1,2}}(?:/\d{{4}})?(?![\w/])" \
        if slash_leads else ""
    return re.compile(rf"\s+(?:{lead}(?:(?:{_alternation(days)})(?!\w){date}{bare}){slash}){part}(?=\s)")


def _circumstance_after(cue: _Cue, comparable: str, language: str) -> int | None:
    """The end of a phrase of circumstance set off by a comma right after an inverted verb
    (quotes.yaml "circumstance_openers": "a déclaré dans l'oraison funèbre, le commandant
    X", "said at the funeral, the commander X", "dijo durante el acto, el coronel X"), or an
    aside between two commas ("a dénoncé, de son côté, le ministère X"): where the speaker's
    words may start; None when the verb is followed by no such phrase."""
    pattern = _circumstance_pattern(language)
    at = _time_after(cue, comparable, language)
    match = pattern.match(comparable, at) if pattern is not None else None
    if match is None and (aside := _aside_pattern(language)) is not None:
        # "a dénoncé, de son côté, le ministère", "dijo, por su parte, X", "said, for its part, the
        # ministry": an aside set off by two commas, then the speaker
        match = aside.match(comparable, at)
    if match is None and (opening := re.compile(r"\s*,\s*").match(comparable, at)) is not None \
            and (given := _patterns(language)["document_given"]) is not None \
            and (document := given.match(comparable, opening.end())) is not None:
        # "informe, dans un communiqué reçu lundi, X", "indicó, en un comunicado difundido el
        # lunes, el portavoz X", "said, in a statement on Monday, spokesperson X": the document
        # the words came in, set off by two commas, then the speaker
        match = re.compile(r"(?:[^,;:.\"\u201c\u201d\u00ab\u00bb]|\.(?=\w)){0,60},\s*").match(comparable, document.end())
    return match.end() if match else None


@lru_cache(maxsize=None)
def _aside_pattern(language: str) -> re.Pattern | None:
    """The pattern of an aside set off by two commas right after an inverted verb (quotes.yaml
    "verb_asides": "de son côté", "por su parte", "for its part"), compiled for comparable text;
    None when the language lists none."""
    asides = list(_compared_forms("verb_asides", language))
    if not asides:
        return None
    return re.compile(rf"\s*,\s*(?:{_alternation(asides)})\s*,\s*")


@lru_cache(maxsize=None)
def _circumstance_pattern(language: str) -> re.Pattern | None:
    openers = list(_compared_forms("circumstance_openers", language))
    if not openers:
        return None
    # a full stop inside a word is no sentence's end ("à ACTUALITE.CD,", "on UN.org,")
    return re.compile(rf"\s+(?:{_alternation(openers)})(?!\w)(?:[^,;:.\"\u201c\u201d\u00ab\u00bb]|\.(?=\w)){{0,60}},\s*")


def _name_after_marker(cue: _Cue, text: str, mentions: list[_Mention], language: str) -> _Mention | None:
    """The speaker of a source marker the entity finder did not know ("D'après Les Échos,
    ..."): the capitalised name right after it, as written; none when a title, a possessive
    ("according to Monday's report") or a known mention stands there."""
    if not _language_listed("capitalises_body_names", language):
        return None  # a name is only found by its capitals where they mark it (quotes.yaml "capitalises_body_names")
    match = _link_patterns()["name_after"].match(text, cue.end)
    if match is None or any(m.start < match.end(1) and match.start(1) < m.end for m in mentions):
        return None
    name = match.group(1).rstrip(".")
    first = fold_same_length(name.split()[0]).lower().strip("'")
    if name.endswith(("'s", "\u2019s")) or first in _gap_words(language) - reference().words("name_articles"):
        return None
    return _Mention(match.start(1), match.end(1), "entity", Found("organisation", f"named:{name}", name, text, [name]))


def _after_coordinating_word(cue: _Cue, comparable: str, language: str) -> bool:
    """Whether the speech verb follows right after a coordinating word, with at most
    auxiliaries between (quotes.yaml "coordinating_words", "coordinated_auxiliaries": "and
    said", "and has also said", "và kêu gọi", "et a indiqué"): the verb then has no subject of
    its own in the gap, and shares the clause's."""
    pattern = _coordinating_word_ending(language)
    return pattern is not None and pattern.search(comparable, 0, cue.start) is not None


@lru_cache(maxsize=None)
def _coordinating_word_ending(language: str) -> re.Pattern | None:
    """A coordinating word and at most three auxiliaries ending the text searched (_coordination_pattern's
    words, ending where a speech verb starts); None when the language lists none."""
    joins = list(_coordinating_words(language))
    if not joins:
        return None
    return re.compile(rf"(?:^|[\s,])(?:{_alternation(joins)})\s+{_auxiliary_run(language)}$")


def _participle_subject(cue: _Cue, mentions: list[_Mention], text: str, comparable: str, spans, language: str) -> _Mention | None:
    """The speaker of a participle of saying after a comma ("X visited the camp, saying...", "La
    Minusma a condamné l'attaque près de Gao, ajoutant que..."), or of a speech verb right after
    a coordinating word ("X, head of the mission, visited the camp and said"): the first possible speaker
    opening its clause (only an article and titles of office before it, back to the sentence's
    start, a quotation, a semicolon or a comma: "On Monday, UNMISS condemned..."), before the
    participle; not a name after a preposition of place nor one spoken to. None when no
    speaker opens the clause."""
    floor = max([b for a, b in spans if b <= cue.start and not _embedded_quotation(text, a, b)] + [0])
    floor = max([floor] + [m.end() for m in re.finditer(r"[;:]\s", text[:cue.start])])
    floor = max(floor, _lead_in_end(text, mentions, cue.start))
    for mention in mentions:
        if mention.start < floor or mention.end > cue.start or mention.kind == "dropped":
            continue
        if mention.kind == "entity" and _after_place_word(mention, comparable):
            continue
        if _addressed(mention, comparable, language):
            continue
        if _leads_clause(comparable, mention.start, floor, language):
            if mention.kind == "unnamed" and mention.found is None \
                    and (country := _country_voiced_after(comparable, mention.start, mentions, language)) is not None \
                    and country.end <= cue.start:
                # "le gouvernement malien a condamné l'attaque, ajoutant que", "el gobierno de
                # Malí condenó el ataque, añadiendo que": the country after its government's noun
                return country
            if re.search(r"['\u2019]s$", text[mention.start:mention.end]) or re.match(r"['\u2019]s(?!\w)", text[mention.end:]):
                # "Lebanon's official news agency said... and also reported": the name owns the
                # subject named right after it, which speaks
                head = next((m for m in mentions if m.start >= mention.end and m.end <= cue.start
                             and m.kind in ("entity", "body", "title", "document")), None)
                gap = text[mention.end:head.start] if head is not None else ""
                return head if head is not None and len(re.findall(r"\w+", gap)) <= 4 and not re.search(r"[,;:]", gap) else None
            if not (mention.kind == "entity" and mention.found.kind == "person"):
                # "UN Secretary-General X condemned...": the body qualifies the title of the
                # person named after it, who speaks; so in a language whose title goes before
                # the body, the name right after it ("Tổng Thư ký Liên hợp quốc X", "Trưởng
                # phái bộ UNMISS X ... và cho biết")
                person = _titled_person_after(mention, mentions, text, floor, cue.start, language)
                if person is not None:
                    return person
            return mention
    return None


_LEAD_IN_DASH = re.compile(r"\s(?:--|[\u2013\u2014])\s")


def _lead_in_end(text: str, mentions: Sequence[_Mention], end: int) -> int:
    """Where the clause after a lead-in set off by a spaced dash opens ("16 July 2008 -- The
    Council adopted a statement, calling it ...", "Monday — The mission ..."): the offset right
    after the first double or long dash before `end` when no speaker is named before it, so the
    subject after it opens its clause; 0 when there is no such dash or a speaker stands before
    it ("X -- head of the force -- said": an apposition, _dash_apposition)."""
    dash = _LEAD_IN_DASH.search(text, 0, end)
    if dash is None or any(m.start < dash.start() for m in mentions):
        return 0
    return dash.end()


def _titled_person_after(mention: _Mention, mentions: list[_Mention], text: str, floor: int, end: int, language: str) -> _Mention | None:
    """The person whose title a body opening a clause qualifies, named after it before end:
    titles only between ("UN Secretary-General X"), or nothing between when a title opens the
    clause before the body ("Tổng Thư ký Liên hợp quốc X", "Trưởng phái bộ UNMISS X": the body's
    word and its name may follow each other first); or the title right after the body when it
    stands for a person named before ("The UNIFIL spokesperson ..., and said"). None when no
    person so follows."""
    opening = max(floor, text.rfind(",", floor, mention.start) + 1)
    head = text[opening:mention.start].strip(" \"'\u201c\u00ab-")
    title = _title_opening(language)
    titled_head = bool(head) and (_titles_only(head, language)
                                  or (title is not None and title.fullmatch(_comparable(head, language)) is not None))
    at = mention.end
    for later in [m for m in mentions if m.start >= mention.end and m.end <= end]:
        gap = text[at:later.start]
        if later.kind == "title" and later.found is not None and later.found.kind == "person" and not gap.strip():
            return later  # "The UNIFIL spokesperson referred to ..., and said": the title's holder, named before
        if later.kind == "entity" and later.found.kind == "person":
            return later if _titles_only(gap, language) or (titled_head and not gap.strip()) else None
        if later.kind in ("entity", "body") and later.found is not None and later.found.kind != "person" and not gap.strip():
            at = later.end  # "phái bộ UNMISS": the body's word, then its name
            continue
        return None
    return None


def _verb_opens(cue: _Cue, mentions: list[_Mention], text: str) -> bool:
    """Whether the verb opens the text, or opens it after a phrase closed by a comma that names
    nobody ("Trong khi đó, phát biểu tại...", "On Monday, speaking at...")."""
    before = text[:cue.start].strip(" \"'\u201c\u00ab-")
    return not before or (before.endswith(",") and not any(m.start < cue.start for m in mentions))


def _opener_subject(cue: _Cue, mentions: list[_Mention], text: str) -> _Mention | None:
    """A clause opening with the verb ("Phát biểu tại buổi lễ, X ...", "Speaking to the
    press, X ...", after a phrase naming nobody: _verb_opens): its speaker is the subject
    after the comma that closes it."""
    if not _verb_opens(cue, mentions, text):
        return None
    comma = text.find(",", cue.end)
    if comma < 0:
        return None
    after = [m for m in mentions if m.start > comma and m.start - comma <= AFTER_WINDOW]
    people = [m for m in after if m.kind == "entity" and m.found.kind == "person"]
    return (people or after or [None])[0]


def _place_of_opening_verb(cue: _Cue, mention: _Mention, mentions: list[_Mention], text: str, comparable: str) -> bool:
    """Whether a mention after a verb opening the text, or opening it after a phrase closed
    by a comma that names nobody ("Trong khi đó, báo cáo tại..."), stands after a preposition
    of place (vocabulary "place_prepositions") before the comma closing the verb's clause
    ("Phát biểu tại Hội đồng Bảo an LHQ, X ...": the Council is where X spoke)."""
    if mention.start < cue.end or not _verb_opens(cue, mentions, text):
        return False
    comma = text.find(",", cue.end)
    return comma >= mention.end and _after_place_word(mention, comparable)


def _possessive_inside_phrase(comparable: str, start: int, end: int, language: str) -> bool:
    """Whether the source marker at comparable[start:end] is one holding a possessive
    (quotes.yaml "possessive_source_markers": "by his account", "según sus palabras") that is
    set off from nothing: neither opening its sentence or a clause (the start, or a comma,
    semicolon, colon, dash, bracket or quotation mark before it) nor closing one (such a mark
    or the sentence's end after it). Such an aside stands apart; run into its sentence its words belong to a
    longer phrase ("paid by his account manager", "según sus palabras clave")."""
    if comparable[start:end] not in _compared_forms("possessive_source_markers", language):
        return False
    before = comparable[:start].rstrip()
    after = comparable[end:].lstrip()
    marks = ",;:()\u2013\u2014-\"'"
    return bool(before) and before[-1] not in marks + "\u201c\u00ab" and bool(after) and after[0] not in marks + ".!?\u2026\u201d\u00bb"


def _conjecture_after(comparable: str, start: int, end: int, language: str) -> bool:
    """Whether the possessive source marker at comparable[start:end] (quotes.yaml
    "possessive_source_markers": "à l'entendre", "by his account") is followed, in the clause
    the first comma after it opens, by the writer's impersonal conjecture (quotes.yaml
    "conjecture_openers": "on croirait", "you would think", "cualquiera diría"): "À l'entendre
    parler, on croirait que la guerre est finie" tells what the writer makes of the person's
    talk, not what was said, and gives no quotation. comparable: the sentence as compared
    (_comparable); returns a bool (False for any other marker)."""
    openers = _compared_forms("conjecture_openers", language)
    if not openers or comparable[start:end] not in _compared_forms("possessive_source_markers", language):
        return False
    comma = comparable.find(",", end)
    if comma < 0:
        return False
    after = comparable[comma + 1:].lstrip()
    return any(after.startswith(opener) and not after[len(opener):len(opener) + 1].isalnum() for opener in openers)


@lru_cache(maxsize=None)
def _same_source_patterns(language: str) -> tuple[re.Pattern, re.Pattern] | None:
    """(a phrase of quotes.yaml "same_source_phrases" opening the text after a cue, the same
    closing the text before it), on the compared form, compiled once per language; None where
    the language lists none."""
    phrases = _compared_forms("same_source_phrases", language)
    if not phrases:
        return None
    alternation = _alternation(phrases)
    return re.compile(rf"\s*(?:{alternation})(?!\w)"), re.compile(rf"(?<!\w)(?:{alternation})\s*$")


def _same_source(cue: _Cue, comparable: str, language: str) -> bool:
    """Whether a cue's speaker is a phrase pointing back to the source of the last quote
    (quotes.yaml "same_source_phrases": "selon la même source", "a ajouté la même source",
    "según la misma fuente", "the same source said"): right after a source marker or an
    inverted verb, right before a verb as its subject, or the marker itself ("de même
    source"). The press's wire copy names a source once and points back to it so
    (tests/corpus/README.md: the speaker is whoever the text names as speaking; the caller
    gives the last quote's speaker, no one where that source was unnamed).
    cue: a speech verb or source marker of the sentence; comparable: the sentence as compared
    (_comparable). Returns a bool."""
    patterns = _same_source_patterns(language)
    if patterns is None:
        return False
    after, before = patterns
    if after.match(comparable, cue.end):
        return True
    # the subject before a verb ("the same source said"); a marker that is such a phrase itself ("de même source")
    return before.search(comparable, 0, cue.end if cue.marker else cue.start) is not None


def _possessive_marker(cue: _Cue, comparable: str, language: str) -> bool:
    """Whether a source marker holds the possessive of the one whose view it gives ("a su
    juicio", "en su opinión", "in his view", "à son avis"; quotes.yaml
    "possessive_source_markers"): it names no one after it, and stands, as "selon lui" does, for
    the person named before."""
    return comparable[cue.start:cue.end] in _compared_forms("possessive_source_markers", language)


def _closing_inverted_subject(cue: _Cue, cues: Sequence[_Cue], mentions: list[_Mention], text: str, comparable: str, spans,
                              language: str) -> _Mention | None:
    """The person named right after a speech verb that closes its sentence with no comma
    before it: the words before it are a report whose marks and comma were lost ("Nous sommes
    inquiets de l'attaque contre une patrouille de la Monusco a déclaré X, porte-parole de
    l'ONU.", "... cerca de Beni dijo X.", "... near Beni said X."), and X is the verb's
    inverted subject, not a body named inside the words. Only a person's name (after titles
    and grammar words, as _tail_speaker reads them), followed by the sentence's end or by an
    apposition holding no other speech verb (a day may come between: "said X on Tuesday");
    never after a verb whose object may be a person (quotes.yaml "person_object_verbs": "told
    X", "a informé X"), nor with an addressee's word right after the verb and no other name
    before the person (quotes.yaml "addressee_words": "informó al coronel X", as Spanish marks
    a person object). Returns the person's mention, or None."""
    if cue.marker or not text[:cue.start].strip() or _after_comma(cue, text):
        return None
    verbs = _compared_forms("person_object_verbs", language)
    if verbs and _words_ending(verbs, r"[\w']").search(comparable[:cue.end]):
        return None
    tail = _tail_speaker(cue, mentions, text, comparable, spans, language)
    if tail is None or tail.kind != "entity" or tail.found is None or tail.found.kind != "person":
        return None
    addressee = _addressee_opening(language)
    if (addressee is not None and addressee.match(comparable[cue.end:tail.start])
            and not any(m.kind == "entity" and cue.end <= m.start < tail.start for m in mentions)):
        return None  # "informó al coronel X", "said to Colonel X": the person spoken to
    rest = comparable[tail.end:].rstrip().rstrip(".!?;\u2026\"'\u201d\u00bb ")
    day = _time_pattern(language)
    if day is not None and (when := day.match(rest + " ")) is not None:
        rest = rest[when.end():]  # "... said Colonel X on Tuesday."
    rest = rest.strip()
    if rest.strip(".!?;\u2026\"'\u201d\u00bb "):
        if not rest.startswith(",") or any(c.start >= tail.end for c in cues):
            return None
    return tail


@lru_cache(maxsize=None)
def _addressee_opening(language: str) -> re.Pattern | None:
    """An addressee's word of the language (quotes.yaml "addressee_words": "to", "al"), as
    compared, opening a text after its spaces, a whole word (an apostrophe may not follow it),
    compiled once; None for a language without them."""
    addressees = _compared_forms("addressee_words", language)
    return re.compile(rf"\s*(?:{_alternation(addressees)})(?![\w'])") if addressees else None


def _after_comma(cue: _Cue, text: str) -> bool:
    """A verb right after a comma that ends a clause ("..., said X", "..., a indiqué X",
    "..., informó X"): inverted when its subject follows it tightly."""
    return text[:cue.start].rstrip().endswith(",")


@lru_cache(maxsize=None)
def _minister_title_pattern(language: str) -> re.Pattern | None:
    """A word of quotes.yaml "minister_titles" as compared, whole; None where the language
    lists none (_minister_country)."""
    words = _compared_forms("minister_titles", language)
    return re.compile(rf"(?<!\w)(?:{_alternation(words)})(?!\w)") if words else None


def _minister_country(title: _Mention, cue: _Cue, mentions: list[_Mention], text: str, comparable: str,
                      language: str) -> _Mention | None:
    """The country a minister the text does not name speaks as: the title's mention (found
    None) is part of a noun phrase holding a word of quotes.yaml "minister_titles" and a
    country's demonym or name ("the French defence minister", "le ministre malien de la
    Défense", "el ministro español de Defensa"), only words, spaces and apostrophes between
    them, three words at most between the title and the country, the speech verb (cue) not
    between them ("the minister told Ghanaian officers": those spoken to), and no word of
    vocabulary "role_former" in the noun phrase before the minister's word, after its last
    determiner of "role_openers" ("l'ancien ministre malien": a former minister holds no
    office to speak for the country with). Returns the country's mention,
    else None. Source: tests/corpus/README.md (a minister's title names no ministry; a
    government called by its common noun is the country)."""
    minister = _minister_title_pattern(language)
    if minister is None:
        return None
    former, openers = reference().words("role_former"), reference().words("role_openers")
    for country in sorted((m for m in mentions if m.kind == "entity" and m.found is not None and m.found.kind == "country"),
                          key=lambda m: min(abs(m.start - title.end), abs(title.start - m.end))):
        start, end = min(country.start, title.start), max(country.end, title.end)
        if start < cue.end and cue.start < end:
            continue  # the verb between them: the country is spoken to or about
        gap = text[min(country.end, title.end):max(country.start, title.start)]
        if re.search(r"[^\w\s'\u2019-]", gap) or len(re.findall(r"\w+", gap)) > 3:
            continue
        head = comparable[max(0, start - 20):start]
        tail = comparable[end:end + 20]
        # the minister's word in the phrase, not past a punctuation mark on either side
        phrase = re.split(r"[^\w\s'\u2019-]", head)[-1] + comparable[start:end] + re.split(r"[^\w\s'\u2019-]", tail)[0]
        if (found := minister.search(phrase)) is not None:
            # the words of the minister's noun phrase: after its last determiner ("and then the
            # Malian minister": "then" is no part of it)
            before = [fold(w) for w in re.findall(r"[^\W\d_]+", phrase[:found.start()])]
            opened = max((i for i, w in enumerate(before) if w in openers), default=-1)
            return None if any(w in former for w in before[opened + 1:]) else country
        return None
    return None


def _opens_subject(mention: _Mention, mentions: list[_Mention], text: str, comparable: str, floor: int, language: str) -> bool:
    """Whether a mention opens the subject it stands in: from the start of its clause (after the
    last comma or sentence mark before it, not before floor) only articles (vocabulary
    "name_articles"), the list's joining words (quotes.yaml "joint_speaker_words") and other
    named entities precede it ("Portugal, which ...", "On Monday, Portugal, which ...", "La
    France et l'Irlande, qui ..."); not a noun it completes ("A farmer from Mali, who ...") or
    a verb whose object it is ("who visited Mali, which ...")."""
    begin = max([floor] + [text.rfind(mark, 0, mention.start) + 1 for mark in ",;.!?\n"])
    gap = comparable[begin:mention.start]
    for other in mentions:
        if other.kind == "entity" and begin <= other.start and other.end <= mention.start:
            gap = gap[:other.start - begin] + " " * (other.end - other.start) + gap[other.end - begin:]
    allowed = _joining_articles() | set(_compared_forms("joint_speaker_words", language))
    return all(word in allowed for word in re.findall(r"[\w'\u2019-]+", gap))


_CLAUSE_COMMA = re.compile(r",(?!(?<=\d,)\d)")  # a comma of the clause, not one grouping a number's digits


@lru_cache(maxsize=None)
def _relative_clause_pattern(language: str) -> re.Pattern | None:
    """A comma, then a relative pronoun of quotes.yaml "relative_pronouns" as a whole word, on
    the compared text, compiled once per language; None where the language lists none."""
    words = _compared_forms("relative_pronouns", language)
    return re.compile(rf",\s*(?:{_alternation(words)})(?![\w'-])") if words else None


def _relative_clause_opening(cue: _Cue, text: str, comparable: str, language: str) -> int | None:
    """Where the relative clause opens (the offset of its opening comma) when the comma right
    before a speech verb closes one that a comma opened after the subject ("The UN mission,
    which lost ten soldiers, said ...", "La mission, dont le camp a été visé, a dit ...", "La
    ONU, que dirige el campamento, dijo ..."): the last comma before that one in the sentence
    is followed by a relative pronoun (quotes.yaml "relative_pronouns"), words of a subject
    stand before it, and no quotation mark, colon or semicolon stands between. Such a verb is
    not inverted, and its subject stands before the clause. None otherwise.
    Source: English, French and Spanish grammar of the non-restrictive relative clause."""
    pattern = _relative_clause_pattern(language)
    if pattern is None:
        return None
    # the closing comma right before the verb, or before the auxiliaries and adverbs a
    # subject's verb may carry ("..., which lost ten soldiers, has also said": quotes.yaml
    # "joint_speaker_auxiliaries")
    closing_at = text.rfind(",", 0, cue.start)
    if closing_at < 0 or not _joint_verb_gap(comparable[closing_at + 1:cue.start], language):
        return None
    sentence = max(text.rfind(mark, 0, closing_at) for mark in ".;:!?\n\"\u201c\u201d\u00ab\u00bb")
    # the last comma before, not one inside a number ("about 15,000 peacekeepers")
    opening = max([m.start() for m in _CLAUSE_COMMA.finditer(text, sentence + 1, closing_at)] + [-1])
    if opening < 0 or not re.search(r"\w", text[sentence + 1:opening]):
        return None
    return opening if pattern.match(comparable, opening) is not None else None


def _closes_relative_clause(cue: _Cue, text: str, comparable: str, language: str) -> bool:
    """Whether the comma right before a speech verb closes a relative clause opened after the
    subject (_relative_clause_opening)."""
    return _relative_clause_opening(cue, text, comparable, language) is not None


_CLAUSE_MARK = re.compile(r"[,.;:!?()\[\]\"\u201c\u201d\u00ab\u00bb]")  # what ends a speaker's clause (_closes_its_clause)


def _closes_its_clause(mention: _Mention, text: str, comparable: str, language: str) -> bool:
    """Whether a speaker found after an inverted verb ends its clause: past a time phrase and a
    document phrase (_time_after, _document_after: "on Tuesday", "in a statement"), the text
    up to the next punctuation mark or the end is empty, or holds only grammar words and names
    (_tight, no other word) and ends on a name (a place: "in Bamako"), so nothing the speaker
    does follows it ("..., which lies near Kidal, said
    Paul Durand on Tuesday." but not "..., which lost ten soldiers, said the force would
    stay"). Grammar: an inverted subject closes the sentence or its clause; a subject
    followed by its own verb is reported speech."""
    after = _Cue(mention.end, mention.end, False)
    at = _document_after(after, comparable, language) or _time_after(after, comparable, language)
    at = _time_after(_Cue(at, at, False), comparable, language)
    mark = _CLAUSE_MARK.search(text, at)
    rest = text[at:mark.start() if mark else len(text)]
    # (a place after the speaker, "in Bamako", ends on a name; "the United Nations is ready"
    # ends on a verb, a grammar word of its own)
    words = rest.split()
    return not words or (words[-1][:1].isupper() and _tight(rest, language, most=4, free_words=0))


def _stance_incise(cue: _Cue, mentions: list[_Mention], text: str, comparable: str, spans, language: str) -> bool:
    """Whether a verb of stance stands inverted after the comma that closes a report, its
    named subject right after it ("Les casques bleus ont rouvert trois écoles, a salué X,
    cheffe de la mission", "..., elogió X"): in a language that inverts the subject only in
    such an incise (quotes.yaml "inverts_after_report"), the words before are X's words.
    Source: French and Spanish grammar of the incise (inversion after reported words)."""
    if not _language_listed("inverts_after_report", language) or not _after_comma(cue, text):
        return False
    speaker = _tail_speaker(cue, mentions, text, comparable, spans, language)
    return speaker is not None and speaker.kind in ("entity", "title") and speaker.found is not None


def _tail_speaker(cue: _Cue, mentions: list[_Mention], text: str, comparable: str, spans, language: str) -> _Mention | None:
    """The subject of an inverted verb after a comma: a speaker right after the verb, with only
    grammar words and titles between ("..., said Colonel X", "..., a déclaré son porte-parole X",
    "..., informó la misión de la ONU"), or a document phrase then the speaker ("..., a annoncé
    dans un communiqué la Minusma"); None when a word of content stands between ("X, head of
    Y, said some of the...": the verb's subject is before it)."""
    complementiser = _patterns(language)["complementisers"]
    if complementiser is not None and complementiser.match(comparable, cue.end + 1):
        return None  # "..., X stressed that the Chinese force...": the clause follows the verb
    if _after_apposition(cue, mentions, text, language):
        return None  # "X, a spokeswoman for the army, said the soldiers...": X speaks
    if (past := _document_after(cue, comparable, language)) is not None:
        # "..., a annoncé dans un communiqué la Mission des Nations unies au Mali (Minusma)",
        # "..., informó en un comunicado la misión": the document is how the words came, its
        # sender the subject after it (as after a quotation, _speaker_after), when one is named
        subject = _tail_speaker(_Cue(cue.start, past, False, cue.stance), mentions, text, comparable, spans, language)
        if subject is not None and subject.kind in ("entity", "body", "title"):
            return subject
    start = _time_after(cue, comparable, language)
    # the speaker opens within the window after the verb and its day; a long name may run past
    # it ("..., a fait savoir le 16 juin le Département des opérations de maintien de la paix
    # du Vietnam"), never into a quotation
    bound = min([a for a, b in spans if a >= cue.end] + [len(text)])
    ceiling = min(bound, start + AFTER_WINDOW)
    for mention in mentions:
        if start <= mention.start < ceiling and mention.end <= bound:
            if _place_before_speaker(mention, mentions, text, comparable, start, ceiling, language):
                start = mention.end  # "..., dijo este lunes en la ONU la ministra X": where, then who
                continue
            gap = text[start:mention.start]
            if mention.kind == "document":
                # "..., said an emailed statement from X": a word describing the document is no gap
                gap = _without_document_descriptions(gap, comparable[start:mention.start], language)
            # (the verb itself may be a word of address: "..., a rebel group, told Reuters that")
            if _addressed(mention, comparable, language, min(start, cue.start)) or not (
                    _tight(gap, language, most=4, free_words=0) or _titles_only(gap, language)
                    or _described_person(text, start, mention, language)
                    or _described_then_named(gap, mention, language)):
                return None
            return _person_after(mention, mentions, text, language)
    return None


# The most words of a noun phrase describing the speaker before their name after an inverted
# verb ("..., explique le spécialiste du Proche-Orient, X").
DESCRIPTION_WORDS = 8


def _described_then_named(gap: str, mention: _Mention, language: str) -> bool:
    """Whether the gap between an inverted verb and a person's name is a noun phrase that
    describes that person, set off by a comma before the name: it opens with a determiner
    (_determiners), holds at most DESCRIPTION_WORDS words, no other comma and no bracket,
    colon or quotation mark ("..., explique le spécialiste du Proche-Orient, X", "..., dijo
    un analista de la región, X", "..., said the former army officer, X"). Grammar: the
    subject of the inverted verb is the noun phrase and the name in apposition to it, one
    person; the description is no title of the vocabulary, so _titles_only does not read it."""
    if mention.kind != "entity" or mention.found.kind != "person":
        return False
    stripped = gap.strip()
    if not stripped.endswith(",") or "," in stripped[:-1] or re.search(r"[;:()\[\]\"\u201c\u201d\u00ab\u00bb]", stripped):
        return False
    words = stripped[:-1].split()
    return 2 <= len(words) <= DESCRIPTION_WORDS and _comparable(words[0], language) in _determiners(language)


def _place_before_speaker(mention: _Mention, mentions: list[_Mention], text: str, comparable: str, start: int, ceiling: int,
                          language: str) -> bool:
    """Whether a body or country right after an inverted verb is only where the words were said:
    it follows a preposition of place (vocabulary "place_prepositions") and a title or a name
    follows it tightly before `ceiling` ("dijo este lunes en la ONU la ministra X", "a déclaré
    au Conseil de sécurité le ministre X", "said in Juba the envoy X"). Grammar: the subject of
    an inverted verb may follow an adverbial of place (Spanish and French incise)."""
    if mention.kind != "entity" or mention.found.kind == "person" or not _after_place_word(mention, comparable):
        return False
    if not _tight(text[start:mention.start], language):
        return False
    return any(m.kind in ("title", "entity") and mention.end <= m.start and m.end <= ceiling
               and _tight(text[mention.end:m.start], language, most=3, free_words=0) for m in mentions if m is not mention)


def _titles_only(gap: str, language: str) -> bool:
    """Whether the gap between an inverted verb and its speaker holds only titles and grammar
    words, commas allowed between them ("..., a fait savoir son directeur, le
    lieutenant-colonel, docteur X"; "..., said its commander, Colonel X"): at most eight words."""
    words = re.findall(r"[\w'\u2019-]+", gap)
    return 0 < len(words) <= 8 and not re.search(r"[;:()\"\u201c\u201d\u00ab\u00bb]", gap) and all(
        fold_same_length(w).lower() in _gap_words(language) or any(
            fold_same_length(part).lower() in _gap_words(language) for part in w.split("-")) for w in words)


# The most words an apposition set off by commas holds ("X, a spokeswoman for the army, said").
APPOSITION_WORDS = 10


@lru_cache(maxsize=None)
def _apposition_words(language: str) -> int:
    """The most words an apposition holds in the language: quotes.yaml "apposition_words"
    (Vietnamese writes a word as syllables apart, so its appositions count more), else
    APPOSITION_WORDS."""
    return int((_vocabulary().get("apposition_words") or {}).get(language, APPOSITION_WORDS))


def _apposition_before(cue: _Cue, text: str, language: str = "und") -> tuple[str, int] | None:
    """The text before the verb (right-stripped, ending on its comma) and the index of the
    comma opening an apposition of one to _apposition_words(language) words set off by commas
    right before the verb ("Sarah Boateng, a spokeswoman for the army, said"); None when no
    such apposition stands there."""
    before = text[:cue.start].rstrip()
    if not before.endswith(","):
        return None
    opening = before.rfind(",", 0, len(before) - 1)
    if opening < 0 or not 1 <= len(before[opening + 1:-1].split()) <= _apposition_words(language):
        return None
    return before, opening


def _after_apposition(cue: _Cue, mentions: list[_Mention], text: str, language: str = "und") -> bool:
    """Whether the verb follows a person's name and an apposition set off by commas ("Sarah
    Boateng, a spokeswoman for the army, said the soldiers were well", "Juan Pérez, portavoz
    del Ejército, dijo"), or a title and the person's name set off by commas ("The Chief of
    Army Staff, Major General X, said the troops..."): the person is its subject, whatever
    follows the verb. The apposition holds one to _apposition_words(language) words and no
    other comma."""
    apposition = _apposition_before(cue, text, language)
    if apposition is None:
        return False
    before, opening = apposition
    if before[opening + 1:-1].strip()[:1] in OPENERS + '"':
        return False  # "X, « a few words », a indiqué son porte-parole, Y": a quotation, no apposition
    closing = len(before) - 1
    if any(m.kind == "entity" and m.found.kind == "person"
           and ((m.end <= opening and not text[m.end:opening].strip()) or (opening < m.start and m.end <= closing))
           for m in mentions):
        return True
    # "A Minusca official, speaking on condition of anonymity, said two peacekeepers...": a body's
    # unnamed voice right before the apposition is its subject as a person's name is
    return any(m.kind == "unnamed" and m.end <= opening and not text[m.end:opening].strip()
               and _opens_its_clause(m, text) for m in mentions)


def _opens_its_clause(mention: _Mention, text: str) -> bool:
    """Whether a mention stands at the start of its clause, after at most a determiner and a
    body's name or adjectives (no punctuation between): "A Minusca official", "The UN's spokesman"."""
    clause = re.split(r"[.;:,!?()\"\u201c\u201d\u00ab\u00bb]", text[:mention.start])[-1]
    return len(clause.split()) <= 4


# The most words after a verb closing its sentence ("..., his spokesman said on Friday.").
CLOSING_TAIL_WORDS = 3


def _closing_attribution(cue: _Cue, mention: _Mention, text: str, spans, language: str) -> bool:
    """Whether the verb and its subject close the sentence after a comma or a quotation
    ("X condemned the attack and urged calm, UN spokesman Y said."; "...,” Y said on
    Friday."): the speaker gives the whole sentence, whoever else its clauses name. The
    subject stands after the comma or the closing mark with only titles and grammar words
    before it; at most CLOSING_TAIL_WORDS words and no comma follow the verb."""
    if mention.kind not in ("entity", "title", "body") or mention.end > cue.start:
        return False
    if mention.kind == "entity" and mention.found.kind == "country":
        return False
    after = text[cue.end:]
    if "," in after or len(re.findall(r"\w+", after)) > CLOSING_TAIL_WORDS:
        return False
    boundary = max([b for a, b in spans if b <= mention.start] + [text.rfind(",", 0, mention.start) + 1])
    if boundary <= 0 or not text[:boundary].strip(" ,\"'\u201c\u201d\u00ab\u00bb"):
        return False
    return _tight(text[boundary:mention.start], language, most=4, free_words=0)


def _inverted(cue: _Cue, text: str, spans) -> bool:
    """A verb right after a quotation ("...," said X; «...», a déclaré X; "...", dijo X)."""
    return any(0 <= cue.start - b <= 3 for a, b in spans) or bool(re.search(r"[\"\u201d\u00bb][,.]?\s*$", text[max(0, cue.start - 4):cue.start]))


def _introduces_clause(cues: list[_Cue], comparable: str, language: str) -> bool:
    """A speech verb followed by "that"/"que"/"rằng": reported speech whoever the speaker."""
    pattern = _patterns(language)["complementisers"]
    return pattern is not None and any(not cue.marker and pattern.match(comparable, cue.end + 1) for cue in cues)


def _no_subject(cue: _Cue, text: str, language: str) -> bool:
    """In a language that drops the subject (quotes.yaml "drops_subject": Spanish), a speech
    verb opening its clause, after at most an adverb ("Explicó que...", "Además, dijo que...")
    or a connective of several words (quotes.yaml "dropped_subject_connectives": "Por eso
    indicó que..."), has the person speaking before for subject."""
    if not _language_listed("drops_subject", language):
        return False
    clause = re.split(r"[.;:,\"\u201c\u201d\u00ab\u00bb]", text[:cue.start])[-1]
    words = re.findall(r"[\w'-]+", clause)
    if len(words) > 1 and _comparable(" ".join(words), language) in _compared_forms("dropped_subject_connectives", language):
        return True  # "Por eso indicó que...": a connective of several words, as an adverb
    return len(words) <= 1 and all(w[:1].islower() or i == 0 for i, w in enumerate(words))


@lru_cache(maxsize=None)
def _reader_address_words(language: str) -> frozenset[str]:
    """quotes.yaml "reader_address_words" of a language, as compared."""
    return frozenset(_compared_forms("reader_address_words", language))


def _addresses_reader(text: str, comparable: str, spans: Sequence[tuple[int, int]], language: str) -> bool:
    """Whether a unit speaks to its reader in the second person (quotes.yaml
    "reader_address_words": "tu", "puedes") outside its quotation marks: the page calling on
    its reader ("Recuerda que puedes enviarnos un video"), whose verb with no subject is an
    imperative, not a report of the last speaker."""
    words = _reader_address_words(language)
    if not words:
        return False
    outside = "".join(" " if any(a <= i < b for a, b in spans) else c for i, c in enumerate(comparable))
    return any(w in words for w in re.findall(r"[\w]+", outside))


def _dropped_clause_subject(cue: _Cue, mentions: list[_Mention], comparable: str, language: str) -> bool:
    """In a language that drops the subject (quotes.yaml "drops_subject": Spanish), a
    participle of saying or a speech verb after a coordinating word, in a sentence that names
    no one before it ("Visitó la base, señalando que...", "Visitó la base y aseguró que..."):
    the clause's subject is dropped, the person speaking before is it."""
    if not _language_listed("drops_subject", language):
        return False
    if not (cue.participle or _after_coordinating_word(cue, comparable, language)):
        return False
    # a name after a joining word is a complement ("ante el féretro del soldado"), no subject
    return not any(m.start < cue.start and m.kind != "dropped" and not _after_joining_word(m, comparable, language)
                   for m in mentions)


def _demonym_subject(text: str, mention: _Mention, country: Found, language: str) -> str | None:
    """The gender ("feminine", "masculine", or "" when the article gives none) of a national
    written as a noun, a singular demonym of countries.yaml right after a definite article
    ("la argentina", "el peruano", "le Malien", "la Sénégalaise"), where the country's names
    are written otherwise (case kept: Spanish "Argentina" is the country, "la argentina" a
    woman of it); None when the words are the country's name or no article leads them.
    Languages: those of quotes.yaml "national_nouns"; plural demonyms are peoples, not a person."""
    if not _language_listed("national_nouns", language):
        return None
    surface = text[mention.start:mention.end]
    row = next((r for r in reference().countries.values() if r.get("name") == country.name), None)
    section = (row or {}).get(language) or {}
    if surface in (section.get("names") or []) or " " in surface.strip():
        return None
    demonyms = [str(d) for d in section.get("demonyms") or []]
    if surface.lower() not in [d.lower() for d in demonyms] or surface.lower().endswith("s"):
        return None
    before = re.findall(r"[\w']+", text[max(0, mention.start - 4):mention.start])
    articles = list(_compared_forms("national_noun_articles", language))
    word = _comparable(before[-1], language) if before else ""
    if word not in articles:
        return None
    words, _titles_of_office = _gender_words(language)
    return next((g for g, forms in words.items() if word in forms), "")


def _opening_body(mentions: list[_Mention], text: str, cue: _Cue, language: str) -> tuple[Found, int] | None:
    """The body (an organisation or a mission, no outlet) that opens the text before the cue as
    its subject, only its article before it ("La Minusca a reçu ...", "La force de l'ONU a
    ..."), or a body's common noun opening it that the acronym in brackets after names ("La
    mission des Nations unies en Centrafrique (Minusca) a reçu ..."): the subject of the
    clause an incise after it closes. Returns (the body, the offset of the words opening the
    subject, where its article gives its gender: _body_gender); None otherwise, or in a
    language whose pronouns do not stand for bodies (quotes.yaml
    "gendered_pronouns_for_bodies"). The caller checks that no person is named before the cue."""
    if not _language_listed("gendered_pronouns_for_bodies", language):
        return None
    before = [m for m in mentions if m.end <= cue.start]
    first = before[0] if before else None
    if first is None or len(re.findall(r"[\w']+", text[:first.start])) > 1:
        return None  # nothing, or a phrase opening the text before the body: not its subject
    found = first.found
    if found is None and first.kind in ("unnamed", "body"):
        # "La mission ... (Minusca)": the body its bracketed acronym names; "La force de
        # l'ONU": the body its complement names, right after it
        found = next((m.found for m in before[1:] if m.kind == "entity" and m.found is not None
                      and text[:m.start].rstrip().endswith("(")), None) \
            or (before[1].found if len(before) > 1 and before[1].kind == "entity" and before[1].found is not None
                and _link_patterns()["of_body"].fullmatch(fold_same_length(text[first.end:before[1].start]).lower())
                else None)
    if found is None or first.kind not in ("entity", "body", "unnamed") or found.kind not in ("organisation", "mission") \
            or _outlet(found):
        return None
    return found, first.start


def _body_gender(body: Found | None, text: str, at: int | None, language: str) -> str | None:
    """The grammatical gender of a body speaking as the article right before the words naming
    it in `text` (at offset `at`) gives it ("la Minusca", "la force de l'ONU" feminine, "el
    Ejército" masculine; quotes.yaml "gender_words"), in the languages of
    "gendered_pronouns_for_bodies"; None for a person, where the words are not known, a body
    without an article that gives one ("l'ONU"), or another language."""
    if (body is None or at is None or body.kind == "person"
            or not _language_listed("gendered_pronouns_for_bodies", language)):
        return None
    words, _titles_of_office = _gender_words(language)
    before = re.findall(r"[\w']+", _comparable(text[max(0, at - 6):at], language))
    return next((g for g, forms in words.items() if before and before[-1] in forms), None)


_ASIDE = re.compile(r"\(([^()]{1,80})\)|(?<=\s)[-\u2013\u2014]([^-\u2013\u2014.;:]{1,80})[-\u2013\u2014](?=[\s,.;:])")


def _in_aside(cue: _Cue, text: str) -> bool:
    """Whether a cue stands inside a short aside, in brackets or between dashes set off by
    spaces ("(según la ONU)", " -diez, según la ONU- "), of eight words at most: what it
    sources is the aside (a figure, a name), not the sentence around it."""
    for match in _ASIDE.finditer(text):
        group = 1 if match.group(1) is not None else 2
        if match.start(group) <= cue.start and cue.end <= match.end(group) and len(match.group(group).split()) <= 8:
            return True
    return False


def _noun_complement(mention: _Mention, comparable: str, language: str) -> bool:
    """Whether a mention stands right after a preposition joining it to a noun (quotes.yaml
    "noun_complement_links": "la baja de X", "the death of X"): the complement of that noun,
    not the subject of its sentence."""
    links = _compared_list(language, "noun_complement_links", language)
    if not links:
        return False
    return _words_ending(links, r"\w").search(comparable[:mention.start]) is not None


def _addressee(mention: _Mention, comparable: str, language: str) -> bool:
    """Whether a mention names the one spoken to: right after an addressee word (quotes.yaml
    "addressee_words": "to", "à", "al") or set off by a comma after one and the title of the
    person ("al secretario general adjunto de la ONU, Y", "au chef de la mission, Y")."""
    if _addressed(mention, comparable, language):
        return True
    pattern = _patterns(language)["addressee_words"]
    window = comparable[max(0, mention.start - 90):mention.start]
    if pattern is None or not re.search(r",\s*$", window):
        return False
    phrase = window.rstrip()[:-1]
    clause = re.split(r"[,.;:\"\u201c\u201d\u00ab\u00bb]", phrase)[-1]
    last = None
    for last in re.finditer(rf"(?<!\w)(?:{pattern.pattern})(?!\w)", clause):
        pass
    rest = f" {clause[last.end():]} " if last is not None else ""
    return last is not None and len(rest.split()) <= 10 and any(f"{t} " in rest for t in _compared_titles(language))


@lru_cache(maxsize=None)
def _compared_titles(language: str) -> tuple[str, ...]:
    return tuple(f" {t}" for t in _titles_as_compared(language))


@lru_cache(maxsize=None)
def _title_words(language: str) -> frozenset[str]:
    """_compared_titles(language) without their leading space, as a set: made once per
    language, not at each title a sentence is asked about (_qualifies_title)."""
    return frozenset(t.strip() for t in _compared_titles(language))


def _misspelt_speaker(cue: _Cue, text: str, mentions: list[_Mention], article: list[Found], language: str) -> _Mention | None:
    """The person of the article whose surname a capitalised word right before or right after
    a speech verb misspells by one edit (one_edit_apart: "Teneti added", "said Tenente" for
    Tenenti), the word being no name found, no everyday word and six letters or more; None
    when there is no such word or more than one person fits. Agency copy misspells names
    of people it has just named correctly."""
    if cue.marker:
        return None
    before = re.search(r"([^\W\d_][\w'-]*)\s*$", text[:cue.start])
    after = re.match(r"\s*([^\W\d_][\w'-]*)", text[cue.end:])
    for match, offset in ((before, 0), (after, cue.end)):
        if match is None:
            continue
        word = match.group(1)
        start = offset + match.start(1)
        if (len(word) < 6 or not word[:1].isupper() or word.isupper() or is_common_word(word.lower(), language)
                or any(m.start <= start < m.end for m in mentions)):
            continue
        fits = {p.id: p for p in article if p.kind == "person"
                and one_edit_apart(_comparable(word, language), _comparable(p.name.split()[-1], language))}
        if len(fits) == 1:
            return _Mention(start, start + len(word), "entity", next(iter(fits.values())))
    return None


def _pronoun_gender(word: str, language: str) -> str | None:
    """"feminine" or "masculine" for a pronoun of quotes.yaml "pronoun_genders" (the pronoun
    glued to a French verb too: "a-t-elle"), else None."""
    return _pronoun_genders(language).get(word.lower().rsplit("-", 1)[-1].strip())


@lru_cache(maxsize=None)
def _pronoun_genders(language: str) -> dict[str, str]:
    """{pronoun as printed, lowercased: its gender} of quotes.yaml "pronoun_genders" for a
    language, read once (a pronoun listed twice keeps its first gender)."""
    genders: dict[str, str] = {}
    for gender, by_language in (_vocabulary().get("pronoun_genders") or {}).items():
        for w in (by_language or {}).get(language, []):
            genders.setdefault(str(w).lower(), str(gender))
    return genders


@lru_cache(maxsize=None)
def _gender_words(language: str) -> tuple[dict[str, frozenset[str]], frozenset[str]]:
    """({gender: the words before a name that give it}, the titles of office), as compared, read once."""
    words = {str(g): frozenset(_comparable(str(w), language) for w in (by_language or {}).get(language, []))
             for g, by_language in (_vocabulary().get("gender_words") or {}).items()}
    return words, frozenset(_titles_as_compared(language))


def _person_gender(person: Found, language: str) -> str | None:
    """A person's gender as the words right before their name give it, titles between aside
    (quotes.yaml "gender_words": "la ministre X", "Mme X", "bà X"), in any sentence naming
    them; None when none does, or the sentences disagree."""
    words, titles = _gender_words(language)
    sentence = _comparable(person.sentence or "", language)
    genders = set()
    for surface in {*person.surfaces, person.name}:
        folded = _comparable(surface, language) if surface else ""
        at = sentence.find(folded) if folded else -1
        while at >= 0:
            before = re.findall(r"[\w'-]+", re.split(r"[.;:,\"\u201c\u201d\u00ab\u00bb]", sentence[max(0, at - ROLE_WINDOW):at])[-1])
            for word in reversed(before):
                given = {g for g, forms in words.items() if word in forms or word.split("'")[0] in forms}
                genders |= given
                if given or word not in titles:
                    break
            at = sentence.find(folded, at + 1)
    return next(iter(genders)) if len(genders) == 1 else None


def _document_owner(comparable: str, start: int, named: Sequence[Found], article: list[Found], antecedent: Found | None,
                    language: str) -> Found | None:
    """The person a document owned by a possessive giving its owner's gender stands for ("“...,”
    reads her statement", "his letter said"; quotes.yaml "possessive_owner_genders", English):
    the last person named as speaking (antecedent), else the last person named, unless their
    gender is known to differ, then the last person named before of that gender
    (_gendered_person). None where the word right before the document's is no such possessive
    ("its", "their", "son", "su": a body may own it) or no person is named before. start: where
    the document's word starts in the compared text."""
    word = re.search(r"([\w'\u2019]+)\s+$", comparable[:start])
    if word is None:
        return None
    table = _vocabulary().get("possessive_owner_genders") or {}
    gender = next((g for g in table if word.group(1) in _compared_list(language, "possessive_owner_genders", str(g), language)), None)
    if gender is None:
        return None
    first = antecedent or next((f for f in reversed(named) if f.kind == "person"), None)
    return _gendered_person(gender, first, list(named), article, language)


def _gendered_person(gender: str | None, first: Found | None, before: list[Found], article: list[Found],
                     language: str, given: Mapping[str, str] | None = None) -> Found | None:
    """The person a pronoun of that gender stands for: `first` (the last person named as
    speaking) unless their gender is known to differ, then the last person named before whose
    gender does not differ; `first` when none fits or the pronoun has no gender. A person's
    gender is known from the words before their name (_person_gender), else from `given`
    ({person id: gender} the article's words gave otherwise: _voice_genders)."""
    if gender is None or first is None:
        return first
    full = {e.id: e for e in article if e.kind == "person"}
    def fits(person: Found) -> bool:
        known = _person_gender(full.get(person.id, person), language) or (given or {}).get(person.id)
        return known is None or known == gender
    if fits(first):
        return first
    return next((f for f in reversed(before) if f.kind == "person" and f.id != first.id and fits(f)), first)


@lru_cache(maxsize=None)
def _day_and_month_words() -> frozenset[str]:
    """Weekday and month names of every language, folded: capitalised words that are no name."""
    words = reference().date_words
    days = {fold_same_length(str(d)).lower() for forms in words["weekdays"].values() for d in forms}
    months = {fold_same_length(str(n)).lower() for forms in words["months"].values() for m in forms for n in m}
    return frozenset(days | months)


def _lone_name_after(cue: _Cue, text: str, mentions: list[_Mention], article: list[Found], language: str) -> _Mention | None:
    """The speaker of a verb inverted after a quotation when the people finder took no name
    there: one capitalised word right after the verb, then the sentence's end or a comma
    ('"...," said Halvorsen.', "«...», a déclaré Kouyaté.", "“...”, dijo Ortubia."): the
    article's one person with that surname, else a person named as printed. None for an
    everyday word, a weekday or a month, or where a known mention stands."""
    match = re.match(r"\s+([^\W\d_][\w\u2019'-]+)(?=\s*[.,;:!?]|\s*$)", text[cue.end:])
    if match is None:
        return None
    return _surname_mention(match.group(1), cue.end + match.start(1), text, mentions, article, language)


def _surname_mention(word: str, start: int, text: str, mentions: list[_Mention], article: list[Found], language: str,
                     lowercase_common: bool = False) -> _Mention | None:
    """The mention of a person by one capitalised word printed at offset start of text (a
    surname): the article's one person with that surname (_person_of_surname), else a person
    named as printed. None for a word all in capitals, one a mention covers, an everyday word
    of the language (also lowercased, with lowercase_common), a weekday or a month."""
    if not word[:1].isupper() or word.isupper() or any(m.start < start + len(word) and start < m.end for m in mentions):
        return None
    if is_common_word(word, language) or (lowercase_common and is_common_word(word.lower(), language)) \
            or fold_same_length(word).lower() in _day_and_month_words():
        return None
    person = _person_of_surname(word, article) or Found("person", f"named:{word}", word, text, [word])
    return _Mention(start, start + len(word), "entity", person)


@lru_cache(maxsize=None)
def _title_word_pattern(language: str) -> re.Pattern | None:
    """A title of office (vocabulary.yaml "titles", quotes.yaml "speaker_roles") anywhere in a
    compared text, as a whole word; None when the language lists none."""
    titles = _titles_as_compared(language)
    return re.compile(rf"(?<!\w)(?:{_alternation(titles)})(?!\w)") if titles else None


# The word right before an apposition's opening comma, looked for in the characters before it.
_WORD_BEFORE_COMMA = re.compile(r"([^\W\d_][\w\u2019'-]*)\s*$")
APPOSITION_REACH = 60


def _surname_before_title(cue: _Cue, text: str, comparable: str, mentions: list[_Mention], article: list[Found],
                          language: str) -> _Mention | None:
    """The speaker of a verb right after an apposition holding a title, set off by commas, when
    the people finder took no name before it ("..., Okafor, a spokesman for the force, said",
    "« ... », Diallo, porte-parole de la Minusca, a indiqué", "Morales, portavoz de la misión,
    explicó"): one capitalised word (not all capitals, no everyday word, weekday or month)
    opening the text or right after a quotation's closing mark or a comma; the article's one
    person with that surname, else a person named as printed. None otherwise, where a mention
    already covers the word, or where the apposition names a person itself. The apposition
    holds one to _apposition_words(language) words."""
    apposition = _apposition_before(cue, text, language)
    if apposition is None:
        return None
    before, opening = apposition
    titles = _title_word_pattern(language)
    if titles is None or titles.search(comparable, opening + 1, len(before) - 1) is None:
        return None
    if any(m.kind == "entity" and m.found is not None and m.found.kind == "person" and opening < m.start < len(before)
           for m in mentions):
        return None  # "..., Juba, le porte-parole X, a dit": the apposition names the one speaking
    match = _WORD_BEFORE_COMMA.search(text, max(0, opening - APPOSITION_REACH), opening)
    if match is None:
        return None
    word, start = match.group(1), match.start(1)
    lead = text[:start].rstrip()
    if lead and lead[-1] not in ",\"\u201d\u00bb'\u2019":
        return None
    return _surname_mention(word, start, text, mentions, article, language, lowercase_common=True)


def _document_author(text: str, mentions: list[_Mention], language: str = "und") -> Found | None:
    """The one the text names as giving the document it names, in a sentence holding no
    speech ("UNMISS issued a statement on Monday", "La Minusca a publié un communiqué",
    "In a statement released on Friday, MONUSCO described..."): the first person or body
    (no outlet), or word standing for a body named before ("la misión", "the mission"), named
    before the document's word, else, when the document stands in an opening phrase closed by
    a comma, the first named after that comma; in either, a name's
    acronym in brackets stands for the name ("The UN Mission in South Sudan (UNMISS)"). None when the
    sentence names no document (quotes.yaml "documents") or no one giving it. A document the
    mentions read as no one's, for the day after it ("The Council adopted a statement on
    Friday": _mentions takes "a statement on Friday" for a report of no one named), is still
    the document its giver before gives (language: ISO 639-1, to know the document words)."""
    words = _compared_forms("documents", language) if language != "und" else ()
    document = next((m for m in mentions if m.kind == "document"
                     or (m.kind == "unnamed" and m.found is None and _comparable(text[m.start:m.end], language) in words)), None)
    if document is None:
        return None
    # a word standing for a body named before gives it too ("En el comunicado, la misión de la
    # ONU tildó...": the mission, not the UN inside its description, which comes after it)
    givers = [m for m in mentions if m.kind in ("entity", "body") and m.found is not None and m.found.kind in SPEAKER_KINDS
              and m.found.kind != "country" and not _outlet(m.found)]
    # the United Nations named inside the phrase of a word standing for a mission ("the UN
    # mission", "la misión de la ONU") describes it and gives nothing of its own; another
    # body named there owns what the word stands for ("la mission de l'Union africaine"),
    # and the word, which may stand for another mission named before, gives nothing
    pairs = [(w, e) for w in givers if w.kind == "body" for e in givers if e.kind == "entity" and _one_phrase(text, w, e)]
    describing = [e for w, e in pairs if w.found.kind == "mission" and _un_body(e.found)]
    owned = [w for w, e in pairs if not (w.found.kind == "mission" and _un_body(e.found))]
    givers = [m for m in givers if not any(m is x for x in describing + owned)]
    before = [m for m in givers if m.end <= document.start]
    comma = text.find(",", document.end)
    after = [m for m in givers if comma >= 0 and m.start > comma]
    named = before or after
    if not named:
        return None
    # "La Misión de la ONU en Sudán del Sur (UNMISS) emitió", "In a statement, the UN Interim
    # Force in Lebanon (UNIFIL) accused": the name's bracketed acronym, not a body named
    # inside the name
    bracketed = next((m for m in named[1:] if text[:m.start].rstrip().endswith("(")
                      and "," not in text[named[0].end:m.start]), None)
    return (bracketed or named[0]).found


def _one_phrase(text: str, a: _Mention, b: _Mention) -> bool:
    """Whether two mentions stand in one noun phrase: nothing but at most two words (grammar
    words: "de la", "of the") and no punctuation between them, in either order ("the UN
    mission", "la misión de la ONU")."""
    gap = text[a.end:b.start] if a.end <= b.start else text[b.end:a.start]
    return not re.search(r"[,;:()\[\]\"\u201c\u201d\u00ab\u00bb.]", gap) and len(gap.split()) <= 2


def _person_of_surname(surface: str, article: list[Found]) -> Found | None:
    """The one person of the article whose name ends with the words written (a surname that
    is also a country's name: "Chile" for Ana María Chile), or None when none or several do."""
    words = surface.split()
    people = {e.id: e for e in article if e.kind == "person" and len(e.name.split()) > len(words)
              and e.name.split()[-len(words):] == words}
    return next(iter(people.values())) if len(people) == 1 else None


def _points_back(before_verb: str, language: str) -> bool:
    """Whether the words before a speech verb are only a pronoun standing for what was said
    in the sentence before (quotes.yaml "pointing_back": "Lo ha confirmado X", "Así lo
    anunció X"), as compared."""
    forms = list(_compared_forms("pointing_back", language))
    return bool(forms) and re.fullmatch(rf"\s*(?:{_alternation(forms)})\s*", before_verb) is not None


def _cleft_points_back(before_verb: str, language: str) -> bool:
    """Whether the words before a sentence's first speech verb are a cleft standing for the
    sentence before (_pointing_back_cleft: "That is what the minister X said", "C'est ce que X
    a annoncé"), as compared."""
    cleft = _pointing_back_cleft(language)
    return cleft is not None and cleft.fullmatch(before_verb) is not None


# The most words of the speaker between a cleft pointing back and its speech verb ("That is
# what the Defence Minister of the country, Jane Roe, said").
CLEFT_SUBJECT_WORDS = 12


@lru_cache(maxsize=None)
def _pointing_back_cleft(language: str) -> re.Pattern | None:
    """The words before a speech verb made of a cleft opening the sentence and standing for
    the sentence before (quotes.yaml "pointing_back_clefts": "That is what", "C'est ce que",
    "Eso es lo que", "Đó là những gì"), then none (the verb inverted: "C'est ce qu'a annoncé
    X", "Eso es lo que dijo X") or at most CLEFT_SUBJECT_WORDS words of its speaker
    and no stop nor comma (a comma ends a clause of the writer's: "That is what makes the delay
    long, X said"), as compared; None when the language lists none. Each word is a run of
    non-spaces after spaces, so the pattern cannot backtrack over a word's letters."""
    forms = list(_compared_forms("pointing_back_clefts", language))
    if not forms:
        return None
    return re.compile(rf"\s*(?:{_alternation(forms)})(?:(?:(?<=')|\s+)[^\s.,;:!?]+(?:\s+[^\s.,;:!?]+){{0,{CLEFT_SUBJECT_WORDS - 1}}})?\s*")


def _points_back_after(after_verb: str, language: str) -> int | None:
    """Whether the words right after a speech verb are only a noun phrase standing for what the
    sentence before said (quotes.yaml "pointing_back_after": "X cho biết thông tin trên", "X
    confirmed the information", "X a confirmé cette information"), as compared: then that
    sentence holds the speaker's words, as with "pointing_back" before the verb. Returns where
    the noun phrase ends in after_verb, None when it is not there."""
    forms = list(_compared_forms("pointing_back_after", language))
    found = re.match(rf"\s*(?:{_alternation(forms)})(?!\w)", after_verb) if forms else None
    return found.end() if found else None


def _continuing(comparable: str, language: str) -> bool:
    """Whether a sentence opens with a connective that carries an argument on (quotes.yaml
    "continuing_connectives": "Indeed, ...", "Moreover, ..."), as reported speech going on does."""
    forms = list(_compared_forms("continuing_connectives", language))
    return bool(forms) and re.match(rf"\s*(?:{_alternation(forms)})\s*,", comparable) is not None


def _backshifted(comparable: str, language: str) -> bool:
    """Whether a sentence holds a verb form that reported speech shifts back to (quotes.yaml
    "backshifted_forms": "had", "would"), as the words of a speaker reported in the sentence
    before go on ("218 had died, he said. The Medal would be sent to...")."""
    forms = list(_compared_forms("backshifted_forms", language))
    return bool(forms) and _words_pattern(tuple(forms), r"\w").search(comparable) is not None


def _dated_background(text: str, reported: str, language: str) -> bool:
    """Whether a sentence prints a date with a year of its own (dates.find_dates), one the
    sentence of the reported speech before does not print, in a clause not told in the future
    (dates.future_tense): the writer dating a fact of the past ("The camp had been built in
    2010"), background rather than the speaker's words going on. text and reported: the two
    sentences as printed."""
    years = {m.value.year for m in find_dates(text) if m.has_year}
    return bool(years - {m.value.year for m in find_dates(reported) if m.has_year}) and not future_tense(text, language)


def _backshift_reach() -> int:
    """How many sentences in a row backshift alone carries reported speech on (quotes.yaml
    "backshifted_reach"); a continuing connective carries on beyond it."""
    return int(_vocabulary().get("backshifted_reach") or 0)


def _dated_report(text: str, comparable: str, language: str) -> bool:
    """Whether a clause tells what happened on a day: it prints a date (dates.find_dates) or
    a time phrase (_time_pattern: "lundi", "el jueves", "hier"). A view is a judgement ("la
    route reste dangereuse"); a clause anchored to a day reports a fact ("trois convois sont
    partis lundi"). text and comparable: the clause as printed and as compared."""
    if find_dates(text):
        return True
    pattern = _time_pattern(language)
    return pattern is not None and pattern.search(re.sub(r"[.,;:!?()]", " ", comparable) + " ") is not None


_SIDE_ARTICLE = re.compile(r"\s*(?:[^\W\d_]{1,3}(?:['\u2019]|\s+))?")  # "la ", "l'", "les " or nothing


def _side_source(mention: _Mention, mentions: list[_Mention], text: str, comparable: str, language: str) -> _Mention | None:
    """The speaker an impersonal subject stands for in a sentence opened by a marker of one
    side of a story, its party and a comma (quotes.yaml "side_markers" and "side_pronouns":
    "Côté Minusma, on indique que ...", "Du côté de l'ONU, on affirme que ..."): the party
    named there, a person first, else a body or a mission, else a country ("Côté malien, on
    assure que" is Mali speaking). None when the mention is no such pronoun, the sentence opens
    otherwise, the pronoun is not the first word after the comma, or the phrase names no party
    ("Côté sécurité, on note que ...") or names it only further on, after another word than an
    article ("Du côté de la frontière avec le Mali, on signale ..." is a place). mention: the unnamed subject of the speech verb;
    mentions: the sentence's mentions; text and comparable: the sentence as printed and as
    compared."""
    pronouns = _compared_forms("side_pronouns", language)
    markers = _compared_forms("side_markers", language)
    if not markers or comparable[mention.start:mention.end] not in pronouns:
        return None
    opening = re.match(rf"\s*(?:{_alternation(markers)})\s*", comparable)
    comma = text.find(",", opening.end()) if opening is not None else -1
    if comma < 0 or comma > mention.start or comparable[comma + 1:mention.start].strip() not in ("", "l'"):
        return None
    # the party opens the side's phrase, at most an article before it: "Du côté de la frontière
    # avec le Mali, on signale" is a place, not Mali's side
    inside = [m for m in mentions if m.kind == "entity" and opening.end() <= m.start and m.end <= comma
              and _SIDE_ARTICLE.fullmatch(comparable, opening.end(), m.start)]
    for kinds in (("person",), ("organisation", "mission"), ("country",)):
        found = next((m for m in inside if m.found.kind in kinds), None)
        if found is not None:
            return found
    return None


def _opening_source(text: str, comparable: str, mentions: list[_Mention], language: str) -> _Mention | None:
    """The speaker of a sentence opened by a marker of a view, a speaker and a comma
    (quotes.yaml "opening_source_markers": "Pour le porte-parole de la Finul, les lignes
    rouges ont été franchies"): a person named there, else a title ("le porte-parole"), else a
    body; a country is no speaker here ("Pour le Mali, c'est un tournant" says what is at stake
    for it). None when the sentence opens otherwise, or the phrase holds more than titles,
    names and grammar words, or what follows the comma is a report of facts rather than a
    view (_dated_report: "Pour la Minusma, trois convois sont partis lundi")."""
    markers = list(_compared_forms("opening_source_markers", language))
    opening = re.match(rf"\s*(?:{_alternation(markers)})\s+", comparable) if markers else None
    if opening is None:
        return None
    comma = text.find(",", opening.end())
    if comma >= 0 and _dated_report(text[comma + 1:], comparable[comma + 1:], language):
        return None
    role_end = comma  # the end of the role phrase, the comma before a name apposed to it
    if comma >= 0 and comparable[opening.end():comma].strip() in _compared_forms("opening_source_pronouns", language):
        return _Mention(opening.end(), comma, "pronoun", None)  # "Pour lui, « ... »": the person named before
    if comma >= 0 and not any(m.kind == "entity" and m.found.kind == "person" and opening.end() <= m.start and m.end <= comma
                              for m in mentions):
        # "Pour l'acteur de la société civile, Jean-Claude Katende, « ... »": the name apposed
        # after the role's comma belongs to the phrase
        apposed = next((m for m in mentions if m.kind == "entity" and m.found.kind == "person" and m.start > comma
                        and not text[comma + 1:m.start].strip() and text[m.end:].lstrip().startswith(",")), None)
        if apposed is not None:
            role_end, comma = comma, text.find(",", apposed.end)
    quoted_view = comma >= 0 and text[comma + 1:].lstrip()[:1] in OPENERS + '"' and any(
        m.kind == "entity" and m.found.kind == "person" and opening.end() <= m.start and m.end <= comma for m in mentions)
    # a view in quotation marks after a named person may follow a longer phrase of their role;
    # a role with its holder's name apposed ("Pour le porte-parole du gouvernement, X, ...")
    # may hold a word or two no list knows ("du gouvernement"), the name telling who it is
    if comma < 0 or not (_tight(text[opening.end():role_end], language, most=8, free_words=0 if role_end == comma else 2)
                         or (quoted_view and _tight(text[opening.end():comma].replace(",", " "), language, most=12, free_words=4))):
        return None
    inside = [m for m in mentions if opening.end() <= m.start and m.end <= comma]
    for kinds in (("person",), None, ("organisation", "initiative", "mission")):
        if kinds is None:
            found = next((m for m in inside if m.kind == "title"), None)
        else:
            found = next((m for m in inside if m.kind == "entity" and m.found.kind in kinds), None)
        if found is not None:
            return found
    return None


def _governed_in_opening_phrase(mention: _Mention, cue: _Cue, text: str, comparable: str, language: str) -> bool:
    """In a language that drops the subject (quotes.yaml "drops_subject"), whether a body or
    country named right before the verb with no comma is the complement of a preposition in a
    phrase of place opening its clause ("Más tarde, en una ceremonia en la sala del Consejo de
    Descolonización pidió...", "En la sede de la Unión Africana afirmó que..."): a noun after a
    preposition is never the subject, so the verb's subject is dropped. The preposition (and
    an article) is right before the name (quotes.yaml "opening_prepositions" and
    "governing_prepositions"); a name after another word is a subject ("En Bamako la Minusca
    afirmó")."""
    if not _language_listed("drops_subject", language):
        return False
    if mention.kind != "entity" or mention.found is None or mention.found.kind == "person" or text[mention.end:cue.start].strip():
        return False
    clause_start = max(comparable.rfind(c, 0, mention.start) for c in ".;:!?,") + 1
    clause = comparable[clause_start:mention.start]
    patterns = _opening_phrase_patterns(language)
    if patterns is None or patterns[0].match(clause) is None:
        return False
    return patterns[1].search(clause) is not None


@lru_cache(maxsize=None)
def _opening_phrase_patterns(language: str) -> tuple[re.Pattern, re.Pattern] | None:
    """The patterns _governed_in_opening_phrase reads a clause with, compiled once per
    language, on comparable text: (a preposition opening a phrase, quotes.yaml
    "opening_prepositions", then a space; a preposition, opening or governing
    ("governing_prepositions"), and an optional definite article closing the text). None for
    a language without opening prepositions."""
    openers = _compared_forms("opening_prepositions", language)
    if not openers:
        return None
    governing = set(openers) | set(_compared_forms("governing_prepositions", language))
    articles = [a for a in _articles(language) if a]
    article = rf"(?:(?:{_alternation(articles)})\s+)?" if articles else ""
    return (re.compile(rf"\s*(?:{_alternation(openers)})\s"),
            re.compile(rf"(?<!\w)(?:{_alternation(governing)})\s+{article}$"))


def _inside_opening_phrase(mention: _Mention, cue: _Cue, comparable: str, language: str,
                           mentions: Sequence[_Mention] = ()) -> bool:
    """Whether the mention stands in a phrase that opens the sentence with a preposition and
    ends at the comma right before a verb with no subject (quotes.yaml "opening_prepositions":
    "A la pregunta de si la misión seguirá, ha dicho que..."): a complement there, not the
    subject. Phrases set off by commas that name no one may come first ("Más tarde, en una
    ceremonia en la sala del Consejo, pidió...": when, then where); mentions: the sentence's
    mentions, to tell them."""
    openers = list(_compared_forms("opening_prepositions", language))
    if not openers:
        return False
    start = max(comparable.rfind(c, 0, mention.start) for c in ".;:!?") + 1
    comma = comparable.rfind(",", start, mention.start)
    if comma >= 0 and not any(start <= m.start < comma for m in mentions if m is not mention):
        start = comma + 1  # "Más tarde, en la sede de X, dijo": the phrases before name no one
    phrase = comparable[start:cue.start]
    return (re.match(rf"\s*(?:{_alternation(openers)})(?!\w)", phrase) is not None
            and "," not in comparable[start:mention.start] and phrase.rstrip().endswith(","))


def _nothing_named_after(cue: _Cue, text: str, comparable: str, language: str) -> bool:
    """Whether the clause of an inverted speech verb ends right after it, or after a day
    ("...», dijo el martes.", _time_pattern) and adverbs only (quotes.yaml
    "dropped_subject_adverbs": "...», apuntó.", "...», ha añadido, «...»", "...», dijo hoy."):
    no subject is written after the verb. Any other word, as a subject led by its determiner
    ("...», contó una vecina."), is one."""
    rest = re.split(r"[.;:,\"\u201c\u201d\u00ab\u00bb]", comparable[cue.end:], maxsplit=1)[0]
    pattern = _time_pattern(language)
    day = pattern.match(rest + " ") if pattern is not None else None
    if day is not None:
        rest = rest[day.end():]
    adverbs = _dropped_subject_adverbs(language)
    return all(w in adverbs for w in re.findall(r"[\w'-]+", rest))


def _dropped_after_report(cue: _Cue, mention: _Mention, text: str, comparable: str, language: str) -> bool:
    """Whether a verb after a comma that ends its sentence with no subject after it, in a
    language that drops the subject (_no_subject, _nothing_named_after: "..., este domingo se
    reunirá el Consejo de Seguridad, informó."), reports the clause before it, whose words
    name the mention found before the verb: the subject is dropped (the one speaking goes on),
    not that mention. A mention opening the stretch between the comma before and this one,
    and followed there by grammar words, titles and names only, is the subject set off by
    commas ("El ministro, X, informó.", "X, ministro de Defensa, dijo.") and stays."""
    if not (_after_comma(cue, text) and _no_subject(cue, text, language) and _nothing_named_after(cue, text, comparable, language)):
        return False
    stretch = text[:cue.start].rstrip()[:-1]  # up to the comma before the verb
    head = max(stretch.rfind(c) for c in ",.;:!?\"\u201d\u00bb") + 1
    if mention.start < head:
        return False  # "X, ministro de Defensa, informó.": the subject before its apposition
    return not (_tight(text[head:mention.start], language, most=3, free_words=0)
                and _tight(stretch[mention.end:], language, most=5, free_words=0))


def _several_speak(cue: _Cue, comparable: str, language: str) -> bool:
    """Whether a speech verb's form says that several speak ("indicaron", "dijeron", "ont
    déclaré": its first word ends as quotes.yaml "plural_speech_verb_endings" lists): with its
    subject dropped it stands for no one person speaking before (a body that spoke in the
    sentence before goes on: find_quotes), but for people the text does not name there. False
    for a language without such endings."""
    words = comparable[cue.start:cue.end].split()
    endings = tuple(_compared_list(language, "plural_speech_verb_endings", language))
    return bool(words) and bool(endings) and words[0].endswith(endings)


def _determiner_after(cue: _Cue, comparable: str, language: str) -> bool:
    """Whether a determiner (quotes.yaml "definite_articles", vocabulary "indefinite_determiners")
    follows the verb: a subject in common words ("...», contó una vecina.")."""
    stops = _determiners(language)
    first = re.match(r"\s+([\w'-]+)", comparable[cue.end:])
    return first is not None and first.group(1) in stops


@lru_cache(maxsize=None)
def _latter_pattern(language: str) -> re.Pattern | None:
    words = list(_compared_forms("latter_words", language))
    return re.compile(rf"\s+(?:{_alternation(words)})(?!\w)") if words else None


@lru_cache(maxsize=None)
def _grammar_words(language: str) -> frozenset[str]:
    """The function words of a language (vocabulary "stopwords"), as compared (_comparable)."""
    return frozenset(_comparable(str(w), language) for w in reference().words("stopwords", (language,)))


def _latter_after(cue: _Cue, comparable: str, language: str) -> bool:
    """Whether words standing for the last person named (quotes.yaml "latter_words": "ce
    dernier", "este último") follow the verb, past the day it names: that person speaks.
    Only where they close the phrase: the clause's end, a day, or a function word (vocabulary
    "stopwords": "a précisé ce dernier à la radio") after them; before any other word they
    are a determiner ("a déclaré ce dernier week-end le ministre X", "dijo este último fin de
    semana el ministro X"), and the subject comes later."""
    pattern = _latter_pattern(language)
    match = pattern.match(comparable, _time_after(cue, comparable, language)) if pattern is not None else None
    if match is None:
        return False
    day = _time_pattern(language)
    rest = comparable[match.end():]
    if day is not None and (dated := day.match(rest + " ")):
        rest = rest[dated.end():]
    following = re.match(r"\s*([\w'’-]+)", rest)
    return following is None or following.group(1) in _grammar_words(language)


@lru_cache(maxsize=1)
def _glued_pronoun_pattern() -> re.Pattern:
    """A word ending on a hyphen, maybe "-t-", and a pronoun of quotes.yaml
    "inverted_subject_pronouns" of any language, as compared ("a-t-il", "dit-elle")."""
    section = "inverted_subject_pronouns"
    forms = {form for language in _vocabulary().get(section) or {} for form in _compared_forms(section, language)}
    return re.compile(rf"[\w-]*?-(?:t-)?(?:{alternation(forms) or '(?!)'})(?!\w)")


def _glued_pronoun(cue: _Cue, comparable: str) -> bool:
    """French inversion: "a-t-il dit", "ajoute-t-elle", "dit-il" (_glued_pronoun_pattern)."""
    return bool(_glued_pronoun_pattern().match(comparable[cue.start:cue.end + 9]))


@lru_cache(maxsize=None)
def _plural_subject_words(language: str) -> tuple[frozenset[str], tuple[str, ...], tuple[str, ...]]:
    """(plural determiners and number words above one, how a plural noun ends, endings that
    make no plural) of a language, lowercased: vocabulary "plural_determiners" (not the
    partitive "de", "d'"), "number_words", "plural_endings", "plural_ending_exceptions"."""
    vocabulary = reference().vocabulary
    def listed(section: str) -> list[str]:
        return [str(w).lower() for w in (vocabulary.get(section) or {}).get(language) or ()]
    numbers = [str(w).lower() for w, n in ((vocabulary.get("number_words") or {}).get(language) or {}).items() if n != 1]
    determiners = frozenset(listed("plural_determiners") + numbers) - {"de", "d'"}
    return determiners, tuple(listed("plural_endings")), tuple(listed("plural_ending_exceptions"))


def _plural_subject_opening(text: str, language: str) -> bool:
    """Whether a sentence opens on a plural noun phrase, its subject: a plural determiner, a
    number above one or in figures, then within the next two words one in lowercase ending as
    a plural does ("Les soldats tchadiens sont arrivés", "Des habitants ont fui", "Los
    soldados llegaron", "The soldiers arrived", "300 peacekeepers arrived"; vocabulary
    "plural_determiners", "plural_endings", "plural_ending_exceptions": "the bus" is none). A
    "they" after such a sentence may stand for those people (find_quotes). A bare plural
    ("Peacekeepers arrived") and a language listing no plural endings (Vietnamese) are not
    read."""
    determiners, endings, exceptions = _plural_subject_words(language)
    words = re.findall(r"[^\W_]+(?:['\u2019-][^\W_]+)*", text[:80])[:3]
    if not endings or len(words) < 2 or not (words[0].lower() in determiners or words[0].isdigit()):
        return False
    return any(w[:1].islower() and len(w) > 2 and "'" not in w and "\u2019" not in w
               and w.endswith(endings) and not w.endswith(exceptions) for w in words[1:3])


def _they_stand_for(speaker: Found | None, joints: Sequence[Found], group: tuple[Found, ...], plural: bool,
                    before: tuple[Found, ...] | None) -> tuple[Found, ...] | None:
    """The speakers a plural pronoun ("they", "ils", "ellos", "họ") stands for after a quote
    of `speaker` (None: no one the text names), `joints` the speakers sharing its verb
    ("Italy and Ireland said"), `group` the speakers a plural pronoun of the quote itself
    stood for, `plural` whether its speaker was plural ("they", "UN officials"), `before` what
    the pronoun stood for before the quote.

    The rule of tests/corpus/README.md (quotes): "they" carries on the last plural speaker;
    a single body carries on through "they" only while no plural speaker spoke after it. So
    a list gives the list; a plural speaker, or a body (a country, a mission, an
    organisation: not an outlet), itself; a source the text does not name, no one (None); a
    person leaves `before` as it was (one person is no "they")."""
    if joints:
        return (*joints, speaker) if speaker is not None else tuple(joints)
    if group and speaker is group[-1]:
        return group
    if speaker is None:
        return None
    if plural or (speaker.kind != "person" and not _outlet(speaker)):
        return (speaker,)
    return before


def _plural_pronoun(word: str, language: str) -> bool:
    """Whether a pronoun standing for a speaker, alone or glued to its verb ("eux", "ont-ils",
    "ajoutent-elles"), is one of several people (quotes.yaml "plural_pronouns")."""
    forms = _compared_list(language, "plural_pronouns", language)
    last = word.split("-")[-1] if language != "vi" else word
    return last in forms or word in forms


@lru_cache(maxsize=4096)
def _cites_a_rule(cue: _Cue, comparable: str, language: str) -> bool:
    """Whether a source marker's phrase, up to the end of its clause, names a text that lays
    down rules (quotes.yaml "rule_texts"): "according to the Security Council's resolution
    1701", "selon la résolution 2100", "según el mandato de la misión". What follows is what
    the text provides, not words anyone said."""
    pattern = _patterns(language).get("rule_texts")
    if not cue.marker or pattern is None:
        return False
    end = re.search(r"[,;:()\u2013\u2014]", comparable[cue.end:])  # not "." ("the U.N. resolution")
    return bool(pattern.search(comparable, cue.end, cue.end + end.start() if end else len(comparable)))


def _relative_marker_antecedent(cue: _Cue, mentions: list[_Mention], text: str, comparable: str,
                                language: str) -> _Mention | None:
    """The speaker of a source marker followed by a relative pronoun (quotes.yaml
    "relative_after_markers": "une déclaration de l'ONU selon laquelle ...", "a statement
    according to which ...", "un comunicado según el cual ..."): the antecedent before the
    marker speaks. A document in the same clause before it gives its issuer (an unnamed
    mention when it names none); else a body or person named right before the marker (a comma
    at most between). Returns None when the marker opens no relative clause, or a mention of
    kind "unnamed" when the antecedent names no one the text lists."""
    relative = _relative_after_marker_pattern(language)
    if relative is None or not relative.match(comparable, cue.end):
        return None
    clause = max(text.rfind(mark, 0, cue.start) for mark in ".;:!?\n")
    before = [m for m in mentions if clause < m.start and m.end <= cue.start]
    document = next((m for m in reversed(before) if m.kind == "document"), None)
    if document is not None:
        return document if document.found is not None else _Mention(document.start, document.end, "unnamed", None)
    last = before[-1] if before else None
    if last is not None and last.kind == "entity" and re.fullmatch(r"\s*,?\s*", text[last.end:cue.start]):
        return last
    return _Mention(cue.start, cue.end, "unnamed", None)


@lru_cache(maxsize=None)
def _relative_after_marker_pattern(language: str) -> re.Pattern | None:
    """A relative pronoun of quotes.yaml "relative_after_markers" as a whole word after spaces,
    on the compared text, compiled once per language; None where the language lists none
    (_relative_marker_antecedent)."""
    words = _compared_forms("relative_after_markers", language)
    return re.compile(rf"\s*(?:{_alternation(words)})(?![\w'-])") if words else None


def _named_voice(cue: _Cue, mention: _Mention, mentions: list[_Mention], text: str, comparable: str,
                 language: str) -> _Mention | None:
    """The person through whom a body speaks, named in a phrase set off by commas right before
    or right after the body's speech verb and opened by one of quotes.yaml "named_voice_links"
    ("UNMISS, through its spokesperson X, said", "la Minusca a affirmé, par la voix de son
    porte-parole X, que", "la Minusca aseguró, por boca de su portavoz X, que"): the person's
    mention, who speaks as themselves (tests/corpus/README.md). None when `mention` is a person
    already, or no such phrase names a person."""
    if mention.found is None or mention.found.kind == "person" or mention.kind not in ("entity", "body"):
        return None
    pattern = _named_voice_pattern(language)
    if pattern is None:
        return None
    before = pattern.match(comparable, mention.end) if mention.end <= cue.start else None
    after = pattern.match(comparable, cue.end)
    for phrase in (before if before is not None and not comparable[before.end():cue.start].strip() else None, after):
        people = [m for m in mentions if phrase is not None and phrase.start() < m.start and m.end <= phrase.end()
                  and m.kind == "entity" and m.found is not None and m.found.kind == "person"
                  and not comparable[m.end:phrase.end() - 1].strip() and not _named_as_agent(m, text, comparable, language)]
        if people:
            return people[-1]
    return None


@lru_cache(maxsize=None)
def _named_voice_pattern(language: str) -> re.Pattern | None:
    """A phrase set off by commas opened by one of quotes.yaml "named_voice_links" (", par la
    voix de son porte-parole X,"), on the compared text, compiled once per language; None
    where the language lists none (_named_voice)."""
    links = _compared_forms("named_voice_links", language)
    return re.compile(rf",\s*(?:{_alternation(links)})(?![\w'-])[^,;:.()]*,") if links else None


def _relays(cue: _Cue, comparable: str, language: str) -> bool:
    """Whether a source marker cue is one by which a reporter relays another's words
    (quotes.yaml "relaying_markers": "citing", "citant", "citando a"): the one it names then
    speaks rather than the subject of the sentence's verb ("Radio X reported citing the army")."""
    return comparable[cue.start:cue.end] in _compared_forms("relaying_markers", language)


def _outlet_name(name: str) -> bool:
    """Whether a name is a news outlet's (sources.yaml), not an institution's press office
    (kind "press_office": the body's own voice, whose releases are its words)."""
    return any(row.get("kind") != "press_office" for row in reference().media_named_in(name))


def _outlet(entity: Found) -> bool:
    """A news outlet ("Ghana News Agency", "Agencia EFE"): it reports, a statement is not its."""
    return _outlet_name(entity.name)


def _speaking_body(entity: Found | None) -> bool:
    """Whether `entity` is a body whose words are its own (an organisation, mission or
    initiative), not a news outlet reporting others'."""
    return entity is not None and entity.kind in ("organisation", "mission", "initiative") and not _outlet(entity)


def _opening_person(text: str, mentions: list[_Mention], language: str) -> Found | None:
    """The person who opens a sentence as its subject, after titles and grammar words at
    most ("Paul Girardin ne cache pas son inquiétude.", "Colonel X visited the camp."), when
    the sentence names no other person: the one a quotation standing alone right after it
    gives the words of (news writing's "X is worried. «...»"). None otherwise."""
    people = [m for m in mentions if m.kind == "entity" and m.found.kind == "person"]
    if not people or any(m.found.id != people[0].found.id for m in people):
        return None
    first = people[0]
    if any(m.start < first.start for m in mentions if m.kind == "entity"):
        return None
    gap = text[:first.start]
    return first.found if not gap.strip() or _titles_only(gap, language) else None


def _pronoun_subject(text: str, comparable: str, mentions: list[_Mention], language: str) -> str | None:
    """The pronoun a sentence holding no speech opens on as its subject, before any person it
    names ("Il a également remercié X pour son soutien", "She then met X"), as compared; None
    when the sentence opens otherwise. The people named after it are its complements, not its
    subject: "il", "he" after it stand for the one the pronoun does, not for them. The pronoun
    opens the sentence, or follows an opening phrase closed by a comma that names no one
    ("Le lendemain, il a reçu X")."""
    first = next((m for m in mentions if m.kind in ("entity", "pronoun", "title", "body", "unnamed")), None)
    if first is None or first.kind != "pronoun" or first.found is not None:
        return None
    word = comparable[first.start:first.end]
    if word not in _compared_forms("pronouns", language):
        return None  # "ce militaire", "selon lui": a description or a marker's pronoun
    before = text[:first.start].strip()
    if before and not before.endswith(","):
        return None
    return word


def _printed_pronoun_before(cue: _Cue, text: str, language: str) -> bool:
    """Whether the sentence opens, right before the verb `cue`, on a personal pronoun of
    quotes.yaml "pronoun_genders" as printed, accents kept ("Él pidió..."): a pronoun whose
    folded form is another word (the article "el") and so stands in no compared list."""
    return text[:cue.start].strip().lower() in _printed_pronouns(language)


@lru_cache(maxsize=None)
def _printed_pronouns(language: str) -> frozenset[str]:
    """The pronouns of quotes.yaml "pronoun_genders" of a language as printed (_pronoun_genders),
    those with a letter outside ASCII only (the ones folding can confuse with another word)."""
    return frozenset(w for w in _pronoun_genders(language) if not w.isascii())


def _owned_voice(speaker: Found, mentions: list[_Mention], comparable: str, language: str) -> re.Match | None:
    """The possessive and spokesperson's word right before the speaker's name ("her
    spokesman, Y", "son porte-parole, Y", "su portavoz, Y"; quotes.yaml
    "possessive_determiners", "person_voices") in the sentence as compared: the match (its
    groups "owner" and "voice"), else None."""
    voices = _compared_forms("person_voices", language)
    possessives = _compared_forms("possessive_determiners", language)
    if not voices or not possessives:
        return None
    at = next((m for m in mentions if m.kind == "entity" and m.found is speaker), None)
    if at is None:
        return None
    return re.search(rf"(?<!\w)(?P<owner>{_alternation(possessives)})\s+(?P<voice>{_alternation(voices)})\s*,?\s*$",
                     comparable[:at.start])


def _chief_of_voice(speaker: Found, owned: re.Match | None, mentions: list[_Mention],
                    antecedent: Found | None) -> Found | None:
    """The person a named spokesperson speaking in a sentence speaks for, or None.

    speaker: the person found speaking; owned: the possessive and spokesperson's word before
    the speaker's name (_owned_voice), or None; mentions: the sentence's mentions; antecedent:
    the person "he" stood for before the sentence. A spokesperson's word of quotes.yaml "person_voices" after a possessive
    determiner ("X condemned the raid, his spokesman, Y, said", "son porte-parole, Y", "su
    portavoz, Y") gives the last other person named before in the sentence, or else the
    antecedent: the sentence reports the chief's position, so "he" in the sentence after goes
    on with the chief. The spokesperson still speaks the sentence (tests/corpus/README.md: a
    person named speaks as themselves). A spokesperson named first and described after ("Y,
    spokesman for X, told reporters…", "Y, porte-parole de X, a indiqué…") is the subject of
    the sentence and of the pronoun after it ("He added…"): None."""
    if owned is None:
        return None
    people = [m for m in mentions if m.kind == "entity" and m.found.kind == "person" and m.found is not speaker]
    before = [m for m in people if m.end <= owned.start()]
    if before:
        return before[-1].found
    return antecedent if antecedent is not None and antecedent is not speaker and antecedent.kind == "person" else None


def _voice_genders(speaker: Found, chief: Found | None, owned: re.Match | None, language: str) -> dict[str, str]:
    """{person id: "feminine" or "masculine"} that the words naming a spokesperson give the
    spokesperson (`speaker`) and the one they speak for (`chief`, as _chief_of_voice gives
    it; `owned` as _owned_voice gives it): the owner's gender by a possessive agreeing with its owner ("her spokesman, Y":
    quotes.yaml "possessive_owner_genders", English), the spokesperson's by a gendered word or
    a possessive agreeing with the noun ("his spokeswoman, Y", "sa porte-parole, Y":
    "voice_genders"). Empty where no possessive and spokesperson's word stand before the
    speaker's name or none gives a gender. A pronoun of a later sentence is checked against
    them (_gendered_person): "her spokesman, Y, said. He added" is Y's."""
    if owned is None:
        return {}
    def gender_of(section: str, words: set[str]) -> str | None:
        return next((str(g) for g in (_vocabulary().get(section) or {})
                     if words.intersection(_compared_list(language, section, str(g), language))), None)
    owner, voice = owned.group("owner"), owned.group("voice")
    genders: dict[str, str] = {}
    if chief is not None and (gender := gender_of("possessive_owner_genders", {owner})) is not None:
        genders[chief.id] = gender
    if (gender := gender_of("voice_genders", {voice, f"{owner} {voice}"})) is not None:
        genders[speaker.id] = gender
    return genders


def _resolve(mention: _Mention | None, last_person: Found | None, last_body: Found | None,
             last_speaker: Found | None = None) -> tuple[bool, Found | None]:
    """(found a speaker at all, the speaker or None when the text does not name one).

    last_speaker: the speaker of the quote of the sentence just before, if it was one: a verb
    with no subject in a language that drops it ("Asimismo, ha dicho que...") goes on with
    that speaker, a body as well as a person; "he", "il" only with a person.

    An initiative (a programme, an agenda, an award: organisations.yaml kind "initiative") is
    never the speaker (tests/corpus/README.md: a speaker is a person, a body, a country or a
    mission): "the A4P+ emphasizes ..." is the writer's account of a text, and a speaker found
    to be one is found as none, so that another verb of the sentence ("..., he said") names
    who spoke."""
    ok, who = _resolved(mention, last_person, last_body, last_speaker)
    return ok, None if who is not None and who.kind == "initiative" else who


def _resolved(mention: _Mention | None, last_person: Found | None, last_body: Found | None,
              last_speaker: Found | None = None) -> tuple[bool, Found | None]:
    """_resolve, initiatives kept."""
    if mention is None:
        return False, None
    if mention.kind in ("entity", "body", "title"):
        return True, mention.found
    if mention.kind == "pronoun":
        return True, last_person
    if mention.kind == "dropped":
        return True, last_speaker or last_person
    if mention.kind == "document":
        return True, mention.found or last_body
    if mention.kind == "same_source":
        return True, mention.found  # the source an earlier quote named, or no one when none did
    if mention.kind == "body_pronoun":
        return True, last_body
    return True, None


def _named_in(person: Found, sentences: Sequence[tuple[str, list[Found]]]) -> Found:
    """The person with, for `sentence`, every sentence of the body naming them, the first
    first, set apart by full stops: a role given with the name later than its first mention
    ("X visited the camp. ... X, spokesman for the force, ...") introduces them as well
    (_introduced_as)."""
    later = [text for text, found in sentences if text != person.sentence and any(f.id == person.id for f in found)]
    if not later:
        return person
    return replace(person, sentence=" . ".join([person.sentence or "", *dict.fromkeys(later)]))


# A headline giving its speaker before a colon ("Guterres: the flag no longer protects...",
# "Lacroix : « ... »"), and one closing on its speaker in brackets after a quotation ("« ... »
# (Monusco)", "“...” (UN)"): the words before the colon, or in the brackets, at most a few.
_HEADLINE_SPEAKER_FIRST = re.compile(r"\s*(?P<who>[^:«“\"()]{2,60}?)\s?:\s+(?=\S)")
_HEADLINE_SPEAKER_LAST = re.compile(r"\((?P<who>[^()]{2,60})\)\s*$")
# The speaker's name closing the headline right after its quotation, unbracketed, maybe after
# a dash or a comma ("... « condamne toute attaque » Jean Kalala", "... “...” - John Kalala").
_HEADLINE_NAME_LAST = re.compile(r"[»”\"'’]?\s*(?:[-–—]\s+|,\s*)?(?P<who>[^–—,:()]{2,60}?)\s*$")


def headline_quote(title: str | None, entities: Iterable[Found], language: str, said: Sequence[Quote] = ()) -> Quote | None:
    """The quotation a headline prints with its speaker, as headlines print one: the speaker
    first and a colon ("Guterres: La bandera de la ONU ya no protege a los cascos azules"), the
    speaker a person of the article named as the text names them (a full name or the surname
    it goes by); or a quotation in marks, the speaker last in brackets ("Tout lien ... est «
    une spéculation sans fondement » (Monusco)"), the speaker any entity of the article that
    can speak (SPEAKER_KINDS), or last unbracketed, a person of the article ("... « condamne
    toute attaque » Jean Kalala", "... “...” - John Kalala"). A place or a topic before a colon ("Mali : trois casques bleus
    tués", "Haiti earthquake: ...") is no speaker: only a person's name opens such a headline.

    title: the printed headline, None or "" when there is none. entities: the article's
    entities (extract's Found, their names and the forms the text prints, surfaces). language:
    ISO 639-1 code; no quote for a language quotes.yaml has no speech verbs of. said: the
    body's quotes (find_quotes): a speaker of one of them before the colon, by the name or the
    surname the body's quotes give them ("Guterres" where the text names no first name), is
    the headline's speaker too. Returns the
    headline as a Quote (direct when words of MIN_QUOTED_WORDS or more stand in quotation
    marks, else reported), or None. The labelled corpus counts a headline's quotation like the
    body's (tests/corpus/README.md: a quote's words are a stretch of the article's text)."""
    if not title or _patterns(language)["speech_verbs"] is None:
        return None
    spans, _open = _quoted_spans(title)
    quoted = _quoted_words(title, spans) >= MIN_QUOTED_WORDS
    speakers = [f for f in entities if f.kind in SPEAKER_KINDS]

    def named(words: str, kinds: tuple[str, ...]) -> Found | None:
        wanted = _comparable(words.strip(), language)
        return next((f for f in speakers if f.kind in kinds
                     and any(_comparable(form, language) == wanted for form in (f.name, *f.surfaces))), None)

    first = _HEADLINE_SPEAKER_FIRST.match(title)
    if first and (who := named(first.group("who"), ("person",))) is not None:
        return Quote(who.name, None, "direct" if quoted else "reported", title)
    if first:
        wanted = _comparable(first.group("who").strip(), language)
        person = next((q.speaker for q in said if q.speaker and any(f.kind == "person" and f.name == q.speaker for f in speakers)
                       and wanted in (_comparable(q.speaker, language), _comparable(q.speaker.split()[-1], language))), None)
        lone = next((q.speaker for q in said if q.speaker and " " not in q.speaker.strip()
                     and not any(f.name == q.speaker for f in speakers) and _comparable(q.speaker, language) == wanted), None)
        if person or lone:
            return Quote(person or lone, None, "direct" if quoted else "reported", title)
    last = _HEADLINE_SPEAKER_LAST.search(title)
    if last and quoted and any(b <= last.start() for _a, b in spans) \
            and (who := named(last.group("who"), SPEAKER_KINDS)) is not None:
        return Quote(who.name, None, "direct", title)
    if quoted and spans and (after := _HEADLINE_NAME_LAST.fullmatch(title, spans[-1][1])) is not None \
            and (who := named(after.group("who"), ("person",))) is not None:
        return Quote(who.name, None, "direct", title)
    return None


@dataclass
class _QuoteReading:
    """find_quotes' reading of an article: what is read once before the reading (the units,
    the entities speakers resolve to), the quotes found so far, and the state the reading
    carries from a unit to the next (the steps _read_* take it and bring it up to date)."""
    language: str
    year: int | None  # the article's, which chooses the operation a mission named by its host country is
    units: list[_Unit]
    article: list[Found]  # the entities speakers resolve to, people with every sentence naming them (_named_in)
    defined: list[Found]  # bodies the article defines itself (_defined_bodies)
    abbreviations: dict[str, str]  # the article's titles written short (_title_abbreviations)
    # people as the text names them speaking (in a sentence with a speech verb), in order (a
    # sentence naming no person adds none: its speech verbs are not looked for)
    upcoming: list[Found]
    reporters: frozenset[str]  # a transcript's reporter, by label (_reporters_labelled)
    signed: dict[int, Found]  # the units of a signed paragraph and their signer (_signed_paragraphs)
    quotes: list[Quote] = dataclasses.field(default_factory=list)
    named: list[Found] = dataclasses.field(default_factory=list)  # entities named so far, in order
    # The person "he", "il", "the spokesman" stand for: the last person named as speaking,
    # unless a person is named after, outside any quote ("X said... Y arrived. He said").
    antecedent: Found | None = None
    # genders the words naming a spokesperson gave them and their chief ("her spokesman, Y")
    voiced_genders: dict[str, str] = dataclasses.field(default_factory=dict)
    document_speaker: Found | None = None  # the speaker of the last quote given with a document
    # whether the last quote given with a document named no one who gave it ("..., according to
    # a statement issued by his office"): "the statement added" after is no one's the text names
    unnamed_document: bool = False
    voiced_body: Found | None = None  # the body of the last quote, while no person has spoken since
    # the body an unnamed official, spokesperson or officer spoke for in the last quote, while
    # no person is named since: "he", "il", "él" then stand for that voice, so for its body
    # ("A senior official with the mission said... He added that...")
    voice_of: Found | None = None
    unit_signed_with: int = -2  # the index of the last unit of a signed paragraph taken as its signer's words
    previous: int | None = None  # index in quotes of the last unit's quote
    spoken: bool = False  # whether a quote so far names its speaker (then no lead waits for its name)
    said_before: Found | None = None  # the speaker of the last unit's quote, when that unit held one
    # The speakers "they", "ils", "ellos", "họ" stand for (tests/corpus/README.md, quotes): the
    # last plural speaker (a list speaking together, a body's officials), else the last body
    # that spoke while no plural speaker spoke after it; None when no one the text names, or
    # after a paragraph of no speech.
    they_for: tuple[Found, ...] | None = None
    opener: Found | None = None  # the person opening the last unit, when it held no speech
    carried: Found | None = None  # the last quote's speaker, while no one else is named after
    last_source: Found | None = None  # the last quote's speaker ("selon la même source": that one; none when it was unnamed)
    carried_gender: str | None = None  # the grammatical gender its article gives a body speaking ("la Minusca")
    last_plain: str | None = None  # the last unit's text, when it held no speech
    last_plain_at: int = -1  # its index among the units
    said_that: bool = False  # whether the last quote's verb introduced a clause ("he said that...")
    reported_in: str = ""  # the sentence of the last quote with a verb of its own
    backshifted_run: int = 0  # the sentences carried on since by backshift alone
    unit_before: str = ""  # the compared text of the last unit naming a statement (quotes.yaml "named_documents")
    answering: Found | None = None  # the person whose interview answer this paragraph holds (_answer_label)
    interviewee: Found | None = None  # the one person named giving an interview (quotes.yaml "interview_words")
    asked: bool = False  # whether the unit before was an interview's question, a paragraph of its own

    @property
    def interview(self) -> re.Pattern | None:
        """The words naming an interview given (quotes.yaml "interview_words", _interview_pattern)."""
        return _interview_pattern(self.language)

    def add(self, quote: Quote) -> None:
        """Append `quote`, which becomes the last unit's quote (previous)."""
        self.quotes.append(quote)
        self.previous = len(self.quotes) - 1

    def carry_on(self, text: str, kind: str) -> None:
        """Append `text` as a quote of the speaker of the last unit's quote, of `kind`."""
        self.add(Quote(self.quotes[self.previous].speaker, None, kind, text))

    def join_to_previous(self, text: str) -> None:
        """Join `text` to the last unit's quote, as direct words going on (one space between)."""
        earlier = self.quotes[self.previous]
        self.quotes[self.previous] = Quote(earlier.speaker, None, "direct", f"{earlier.sentence} {text}")

    def forget_last_unit(self) -> None:
        """Forget what the last unit left for the next one (its quote, its speaker, the person
        opening it): a unit that does not go on from it, before its own speech or its lack of
        speech sets them again."""
        self.previous = None
        self.said_before = None
        self.opener = None


@dataclass
class _UnitReading:
    """One unit as find_quotes reads it: its text, compared form, quotation spans, possible
    speakers (_mentions) and speech cues, and what the attribution of its cues found."""
    index: int  # the unit's among the reading's units
    unit: _Unit
    comparable: str  # _comparable(text)
    spans: list[tuple[int, int]]  # its quotation spans (_quoted_spans)
    quoted: bool  # whether it quotes at least MIN_QUOTED_WORDS words (a word named by one aside)
    mentions: list[_Mention]
    after_question: bool  # whether the unit before was an interview's question
    cues: list[_Cue] = dataclasses.field(default_factory=list)  # its speech cues, outside its quotation marks
    taken: frozenset[_Cue] = frozenset()  # verbs the writer took into the marks (_verbs_taken_into_marks)
    courtesy_only: bool = False  # whether its cues only report a courtesy act (_courtesy_reported)
    speaker: Found | None = None  # the speaker of its words, None when no one the text names
    cue_found: bool = False  # whether it holds speech at all
    # where the text names each speaker found (id of the Found -> offset)
    said_at: dict[int, int] = dataclasses.field(default_factory=dict)
    pronoun_gender: str | None = None  # the gender of a pronoun standing for the body that went on speaking
    by_voice: set[str] = dataclasses.field(default_factory=set)  # the bodies (their ids) given through an unnamed voice
    they_group: tuple[Found, ...] = ()  # the speakers a plural pronoun of this unit stands for (they_for)
    plural_here: bool = False  # whether a speaker of this unit is plural ("they", "UN officials")

    @property
    def text(self) -> str:
        """The unit's text."""
        return self.unit.text

    @cached_property
    def people_here(self) -> list[Found]:
        """The people the unit names, in order (read once: _goes_on, then _read_no_speech or
        _speaker_state, ask)."""
        return [m.found for m in self.mentions if m.kind == "entity" and m.found.kind == "person"]


def find_quotes(sentences: Sequence[tuple[str, list[Found]]], people_in_article: Iterable[Found], language: str,
                paragraph_starts: frozenset[int] | None = None, year: int | None = None) -> list[Quote]:
    """The quotations of an article.

    sentences: the article's body sentences in order, each with the entities found in it
    (extract's per-sentence Found lists, surnames already resolved to the full names);
    teasers, captions and the headline are not passed, so never quoted here (a headline's
    own quotation is headline_quote's). people_in_article: the article's entities (people,
    bodies, missions) the speakers resolve to (a Found is used by its name). language: ISO
    639-1 code; the words of reference/quotes.yaml for that language are used (none for
    another language: no quotes). paragraph_starts: the indices
    of the sentences opening a paragraph, when known (see _units); None treats the sentences
    as one run. year: the article's (or the latest it names), which chooses the operation a
    mission named by its host country is ("the UN mission in Congo"); None: any year.

    Returns one Quote per sentence (or run of sentences) holding speech: direct when words
    stand in quotation marks, reported otherwise; a quotation that goes on in the next
    sentence, without a speech verb of its own, is one quote with the one before. A sentence
    joining two reports by a conjunction of contrast ("X said..., while Y said...") gives a
    quote per part, each part its sentence (_split_contrasts); speakers sharing one verb
    ("Italy and Ireland said...") a quote each, of the same sentence (_joint_speakers). A
    sentence ending on the colon that introduces words, nothing said after it (the text cut
    there), is none.

    The reading goes unit by unit (_units): a signed paragraph's (_read_signed), or its
    mentions and cues (_read_unit), their speaker (_attribute) and the entities they name
    (_note_named), a quotation going on from the unit before (_goes_on), then the state a
    unit of no speech (_read_no_speech) or of speech (_read_speech) leaves."""
    if _patterns(language)["speech_verbs"] is None:
        return []
    sentences, printed = _incises_as_commas(sentences, language)
    reading = _start_reading(sentences, people_in_article, language, paragraph_starts, year)
    for index, unit in enumerate(reading.units):
        if index in reading.signed:
            _read_signed(reading, index, unit)
            continue
        here = _read_unit(reading, index, unit)
        if here is None:
            continue  # an interview's question
        _attribute(reading, here)
        _note_named(reading, here)
        if _goes_on(reading, here):
            continue
        reading.forget_last_unit()
        if here.cue_found:
            _read_speech(reading, here)
        else:
            _read_no_speech(reading, here)
    # "Colonel X also stressed:" with nothing after it (a page opening cut there): no words said
    quotes = [q for q in reading.quotes if not _introduces_nothing_said(q.sentence, language)]
    if printed:
        return [_as_printed(q, printed) for q in quotes]
    return quotes


def _introduces_nothing_said(sentence: str, language: str) -> bool:
    """Whether a quote's sentence ends on the colon that introduces words and says none before
    it ("Colonel X also stressed:", "Le colonel X a souligné :", the words after it never
    stored): no quotation marks, a single speech cue, no source marker, and no complementiser
    after the cue (quotes.yaml "complementisers"). Words quoted or reported before such a
    colon ("“...,” Colonel X said:", "X said the camp was calm, adding:", "X a souligné
    que..., avant d'ajouter :") are said."""
    text = sentence.rstrip()
    if not text.endswith(":") or _quoted_spans(text)[0]:
        return False
    comparable = _comparable(text, language)
    cues = _cues(comparable, [], language, text)
    if len(cues) != 1 or cues[0].marker:
        return False
    clauses = _patterns(language)["complementisers"]
    return clauses is None or clauses.search(comparable, cues[0].end) is None


def _incises_as_commas(sentences: Sequence[tuple[str, list[Found]]], language: str
                       ) -> tuple[Sequence[tuple[str, list[Found]]], dict[str, str]]:
    """The sentences as find_quotes reads them, and how to print them back.

    "Los observadores —dijo Mulet— vendrán...": the incise between dashes read as between
    commas (_dash_incise_as_commas), typed quotation marks as curly ones
    (_typewriter_marks_as_curly). Returns (the sentences read, each with its entities; the
    read text -> the sentence as printed, for each sentence changed): the sentences as given
    when none changed."""
    read = [(_dash_incise_as_commas(_typewriter_marks_as_curly(text), language), found) for text, found in sentences]
    printed = {commas: text for (commas, _), (text, _found) in zip(read, sentences) if commas != text}
    return (read if printed else sentences), printed


def _start_reading(sentences: Sequence[tuple[str, list[Found]]], people_in_article: Iterable[Found], language: str,
                   paragraph_starts: frozenset[int] | None, year: int | None) -> _QuoteReading:
    """What find_quotes reads once before going through the units (its arguments, the
    sentences as _incises_as_commas reads them): the entities speakers resolve to, with the
    bodies the article defines (_defined_bodies) and its short titles (_title_abbreviations),
    the people named in a sentence with a speech verb, the units (_units, split at a contrast:
    _split_contrasts), a transcript's reporters, signed paragraphs."""
    article = [_named_in(f, sentences) if f.kind == "person" else f for f in people_in_article if f.kind in SPEAKER_KINDS]
    defined = _defined_bodies((text for text, _found in sentences), article)
    article += defined
    abbreviations = _title_abbreviations((text for text, _found in sentences), article, language)
    verbs = _patterns(language)["speech_verbs"]
    upcoming = list({f.id: f for text, found in sentences if any(f.kind == "person" for f in found)
                     and verbs.search(_comparable(text, language)) for f in found if f.kind == "person"}.values())
    units = _split_contrasts(_units(sentences, paragraph_starts), language)
    return _QuoteReading(language, year, units, article, defined, abbreviations, upcoming,
                         _reporters_labelled(u.text for u in units if u.opens_paragraph), _signed_paragraphs(units, language))


def _read_signed(reading: _QuoteReading, index: int, unit: _Unit) -> None:
    """A unit of a signed paragraph (_signed_paragraphs): someone's words with no marks, their
    name and role on the line after; the signer's direct quote, one with the unit before
    when that one was the same signer's."""
    speaker_name = _speaker_name(reading.signed[index])
    previous = reading.previous
    if previous is not None and reading.unit_signed_with == index - 1 and reading.quotes[previous].speaker == speaker_name:
        reading.join_to_previous(unit.text)
    else:
        reading.add(Quote(speaker_name, None, "direct", unit.text))
    reading.unit_signed_with = index
    reading.said_before = None


def _read_unit(reading: _QuoteReading, index: int, unit: _Unit) -> _UnitReading | None:
    """The unit read for speech: its entities with the article's defined bodies it names, its
    mentions (_mentions, from the state of the reading), its cues (_unit_cues); the one
    interviewed, when it names them giving an interview. None for an interview's question
    (a paragraph of its own ending on "?", no quotation marks, after an interview was named):
    no one's quote."""
    language = reading.language
    text = unit.text
    unit.found = unit.found + [d for d in reading.defined if any(has_whole_word(text, x) for x in d.surfaces)]
    comparable = _comparable(text, language)
    spans, _ = _quoted_spans(text)
    quoted = _quoted_words(text, [span for span in spans if not _named_by_word(comparable, span, language)]) >= MIN_QUOTED_WORDS
    staff_words = _staff_patterns(language)[0]
    staff_body = _staff_body(reading.units[:index + 1], language) if staff_words and any(w in comparable for w in staff_words) else None
    mentions = _mentions(text, comparable, unit.found, reading.named, reading.article, language, reading.antecedent,
                         reading.document_speaker, () if reading.spoken else reading.upcoming, reading.unit_before,
                         reading.abbreviations, _speaking_body(reading.said_before), reading.year, reading.voiced_body,
                         staff_body)
    if reading.unnamed_document and reading.document_speaker is None:
        # "..., the statement added" after a statement of no one named: the same statement,
        # not one of the last body named (an armed group the words are about)
        mentions = [_Mention(m.start, m.end, "unnamed", None) if m.kind == "document" and m.found is None else m
                    for m in mentions]
    if reading.interview is not None and reading.interviewee is None and reading.interview.search(comparable):
        interviewed = {m.found.id: m.found for m in mentions if m.kind == "entity" and m.found.kind == "person"}
        if len(interviewed) == 1:
            reading.interviewee = next(iter(interviewed.values()))  # "X đã trả lời phỏng vấn", "X granted an interview"
    after_question, reading.asked = reading.asked, False
    if (reading.interviewee is not None and unit.opens_paragraph and not spans and text.rstrip().endswith("?")
            and (index + 1 >= len(reading.units) or reading.units[index + 1].opens_paragraph)):
        reading.asked = True  # the interviewer's question, a paragraph of its own: no one's quote
        return None
    # the last sentence naming a statement, where "the text" of a later one finds it
    named_documents = _patterns(language)["named_documents"]
    if named_documents is not None and named_documents.search(comparable):
        reading.unit_before = comparable
    here = _UnitReading(index, unit, comparable, spans, quoted, mentions, after_question)
    _unit_cues(here, language)
    return here


def _unit_cues(here: _UnitReading, language: str) -> None:
    """Set here.cues (and taken, quoted, courtesy_only) to the speech cues of the unit that
    attribute its words: not a verb inside the quotation marks, which is part of the words
    said ("X, « regrette la perte », a indiqué son porte-parole, Y"), unless the quotation
    opens on it right after its subject, or the writer took the statement's verb into the
    marks (_verbs_taken_into_marks); not a marker inside an aside; none when the verbs only
    report a courtesy act; not a verb with no subject in a sentence speaking to the reader."""
    text, comparable, spans, mentions = here.text, here.comparable, here.spans, here.mentions
    every_cue = _cues(comparable, mentions, language, text)
    cues = [c for c in every_cue if not any(a <= c.start and c.end <= b for a, b in spans)]
    if not cues:
        # the quotation opening on its speech verb, right after its subject ("La mission
        # « rappelle que les attaques... »", "El ministro “reitera que...”"): the verb
        # is the attribution the writer took into the marks
        cues = [c for c in every_cue if not c.marker and any(
            a <= c.start and c.end <= b and not text[a + 1:c.start].strip() and
            any(m.kind in ("entity", "body", "title") and not text[m.end:a].strip() for m in mentions) for a, b in spans)]
    # "X has “strongly condemned” the attack": the statement's verb quoted with its words
    # unless the quotation is attributed after it ("X, « regrette ... », a indiqué Y": Y's)
    taken = frozenset() if any(_inverted(c, text, spans) for c in cues if not c.marker) \
        else frozenset(_verbs_taken_into_marks(text, comparable, mentions, spans, language))
    if taken:
        cues = sorted(set(cues) | taken)
        here.quoted = True
    # a source marker inside an aside sources the aside only ("Los heridos -diez, según
    # la ONU- fueron evacuados", "4.000 déplacés (selon l'ONU) ont fui"): no speech of its own
    cues = [c for c in cues if not (c.marker and _in_aside(c, text))]
    here.courtesy_only = not spans and _courtesy_reported(cues, comparable, language)
    if here.courtesy_only:
        # "X expressed his condolences to the family, said the statement": the act only
        cues = []
    # "Agrega a tu celular el número...", "Recuerda que puedes enviarnos...": a verb with no
    # subject in a sentence speaking to the reader is the page's call to act, no report
    if any(not c.marker and _no_subject(c, text, language) for c in cues) and _addresses_reader(text, comparable, spans, language):
        cues = [c for c in cues if c.marker or not _no_subject(c, text, language)]
    here.cues, here.taken = cues, taken


def _last_body(entities: Sequence[Found]) -> Found | None:
    """The last organisation or mission of `entities` that is no outlet: the body "the
    statement", "it" stand for."""
    return next((f for f in reversed(entities) if f.kind in ("organisation", "mission") and not _outlet(f)), None)


def _attribute(reading: _QuoteReading, here: _UnitReading) -> None:
    """Set here.speaker and here.cue_found: each cue's speaker (_cue_speaker), the one of the
    lowest rank kept (an inverted verb after a comma that closes the sentence's report, "X
    condemned the attack, his spokesman said", governs the whole sentence when it names its
    speaker; a verb opening the sentence, "Speaking to the press, X said", yields to the verb
    of the main clause), a speaker rather than the outlet reporting them; with no cue's
    speaker, the words' speaker named otherwise (_speaker_without_cue)."""
    attributions: list[tuple[int, Found | None]] = []  # (rank: lower first, speaker)
    opening = _speaking_opener(here)
    opener_attribution = None
    for cue in here.cues:
        attribution = _cue_speaker(reading, here, cue)
        if attribution is not None and cue is opening:
            opener_attribution = attribution  # counted only with a report after it (below)
        elif attribution is not None:
            here.cue_found = True
            attributions.append(attribution)
    if opener_attribution is not None and attributions:
        attributions.append(opener_attribution)
    if attributions:
        # A sentence naming a speaker and the outlet that reports them ("X, quoted by
        # Reuters, said"): the speaker, not the outlet (alone, an outlet reporting is one).
        if any(who is not None and not _outlet(who) for _rank, who in attributions):
            attributions = [(rank, who) for rank, who in attributions if who is None or not _outlet(who)]
        here.speaker = min(attributions, key=lambda a: a[0])[1]
    if here.speaker is None:
        _speaker_without_cue(reading, here)


def _speaking_opener(here: _UnitReading) -> _Cue | None:
    """The speech verb opening an unquoted sentence in a phrase a comma closes, before every
    other cue ("Phát biểu tại buổi lễ, X ...": speaking at the ceremony, X ...): it
    tells where its subject spoke, not what; the sentence reports words only where a cue of
    its main clause does ("..., X nhấn mạnh ...", "..., X cho rằng ..."), not where that clause
    tells an act ("..., X trao quyết định cho 7 sĩ quan": handed decisions) or a courtesy with
    nothing said ("..., X chúc mừng các sĩ quan"). None when the sentence opens otherwise or
    holds words in quotation marks."""
    cues, text = here.cues, here.text
    # the verb first in the sentence (not after a clause closed by a comma: "..., said its
    # commander, X" is a verb inverted after the words said)
    if not cues or here.quoted or cues[0].marker or text[:cues[0].start].strip(" \"'\u201c\u00ab-"):
        return None
    comma = text.find(",", cues[0].end)
    if comma < 0 or any(c.start < comma for c in cues[1:]):
        return None
    return cues[0]


def _speaker_without_cue(reading: _QuoteReading, here: _UnitReading) -> None:
    """The speaker of a unit whose cues named none, given otherwise: the agent of a quoted
    participle, a source opening the sentence with no verb, the one introducing a quotation
    before a colon, an interview's answer under its speaker's name or a transcript's line
    under its label, the answer after an interview's question. Sets here.speaker and
    here.cue_found when one of these holds."""
    text, comparable, mentions, spans, language = here.text, here.comparable, here.mentions, here.spans, reading.language
    cues, unit, antecedent = here.cues, here.unit, reading.antecedent
    if here.quoted and (agent := _agent_of_quoted_participle(text, comparable, mentions, spans, language)) is not None:
        # "L'attaque, condamnée « dans les termes les plus forts » par X": the agent's words
        _ok, here.speaker = _resolve(agent, antecedent, None)
        here.cue_found = True
    elif not cues and (opening := _opening_source(text, comparable, mentions, language)) is not None:
        # "Pour le porte-parole de la Finul, trop de lignes rouges ont été franchies"
        _ok, here.speaker = _resolve(opening, antecedent, None)
        here.cue_found = True
    elif not cues and here.quoted and (introducer := _colon_introducer(text, comparable, mentions, spans, language)) is not None:
        # "Le porte-parole s'est montré catégorique : « ... »": the words of the one introducing them;
        # "Elle s'est montrée ferme : « ... »": the last person named of the pronoun's gender
        stands_for = antecedent if introducer.kind != "pronoun" else _gendered_person(
            _pronoun_gender(text[introducer.start:introducer.end], language), antecedent, reading.named, reading.article,
            language, reading.voiced_genders)
        _ok, here.speaker = _resolve(introducer, stands_for, None)
        here.cue_found = True
    elif not cues and not spans and unit.opens_paragraph and (
            (answerer := _answer_label(text, mentions)) is not None
            or (answerer := _capitals_label(text, reading.article, reading.reporters)) is not None):
        # "John Kabeya: We will stay until June.": an interview's answer under its speaker's
        # name; "GUTERRES: I condemn...": a transcript's line under its speaker's label
        _ok, here.speaker = _resolve(answerer, antecedent, None)
        here.cue_found = True
    elif not cues and not spans and unit.opens_paragraph and here.after_question and reading.interviewee is not None:
        # the paragraph right after an interview's question, no speech verb nor quotation
        # marks: the answer of the one interviewed
        here.speaker, here.cue_found = reading.interviewee, True


def _cue_speaker(reading: _QuoteReading, here: _UnitReading, cue: _Cue) -> tuple[int, Found | None] | None:
    """The speaker of one cue of the unit, with its rank (lower first: _attribute keeps the
    lowest), or None when the cue attributes no speech: a verb of stance with nothing said
    ("X condemned the attack"), a marker citing a rule ("according to resolution 1701"), a
    cue whose subject is not found. The subject found (_cue_mention, _named_mention) is
    resolved against the people and bodies named before (_pronoun_mention, _resolve,
    _who_speaks); here's said_at, by_voice, they_group, plural_here and pronoun_gender are
    brought up to date."""
    text, comparable, spans, mentions, language = here.text, here.comparable, here.spans, here.mentions, reading.language
    if cue.stance and cue not in here.taken and not (here.quoted or _inverted(cue, text, spans)
                                                      or _introduces_clause([cue], comparable, language)
                                                      or _stance_incise(cue, mentions, text, comparable, spans, language)):
        return None  # "X condemned the attack": a stance, not words said
    if not here.quoted and _cites_a_rule(cue, comparable, language):
        return None  # "according to resolution 1701": what a text provides, no one's words
    named_here = [m.found for m in mentions if m.kind == "entity" and m.end <= cue.start]
    before = reading.named + named_here
    # "Reinforcements led by Colonel X arrived, he said": the agent is no antecedent
    subjects_here = [m.found for m in mentions if m.kind == "entity" and m.end <= cue.start and m.found.kind == "person"
                     and not _named_as_agent(m, text, comparable, language)]
    last_person = (subjects_here[-1] if subjects_here else None) or reading.antecedent \
        or next((f for f in reversed(before) if f.kind == "person"), None)
    last_body = _last_body(before)
    mention, rank = _cue_mention(cue, here, reading.article, language)
    mention, voice = _named_mention(reading, here, cue, mention, before)
    gender = None
    if mention is not None and mention.kind == "pronoun":
        mention, gender, last_person = _pronoun_mention(reading, here, cue, mention, last_person, before)
    elif mention is not None and mention.kind == "unnamed" and mention.found is None \
            and _plural_pronoun(comparable[mention.start:mention.end], language):
        # "The members of the Council said... They called on...": a plural pronoun,
        # read as no one named, goes on with the last plural speaker or body (they_for)
        here.they_group, here.plural_here = reading.they_for or (), True
        if here.they_group:
            mention = _Mention(mention.start, mention.end, "body", here.they_group[-1])
    if _plural_voice(mention, comparable, language):
        here.plural_here = True  # "UN officials said": several speak for the body
    if _same_source(cue, comparable, language):
        mention = _Mention(cue.start, cue.end, "same_source", reading.last_source)  # "selon la même source": the source named before
    ok, who = _resolve(mention, last_person, last_body, reading.said_before)
    who = _who_speaks(reading, here, cue, mention, who, voice, gender, named_here, last_person, before)
    if not ok:
        return None
    if who is not None and mention is not None and mention.kind in ("entity", "body"):
        here.said_at.setdefault(id(who), mention.start)
    return (rank if who else 3, who)


def _plural_voice(mention: _Mention | None, comparable: str, language: str) -> bool:
    """Whether `mention` is an unnamed speaker or title in the plural that speaks for a body
    (quotes.yaml plural body voices: "UN officials said"): several speak."""
    return mention is not None and mention.kind in ("unnamed", "title") \
        and comparable[mention.start:mention.end] in _plural_body_voices(language)


def _cue_mention(cue: _Cue, here: _UnitReading, article: list[Found], language: str) -> tuple[_Mention | None, int]:
    """The mention a cue's subject is, by the cue's shape, with its rank (_attribute): a
    participle's clause subject (2), a pronoun glued to the verb or a quoted pronoun, a
    marker's speaker (_marker_mention), an inverted verb's subject after it (_inverted_mention),
    a tail speaker after a comma (0 for a name, title or body), a closing inverted subject
    (0), a quantified group, else the subject before the verb (_subject_mention). Rank 1
    unless said; (None, rank) when no subject is found."""
    text, comparable, spans, mentions = here.text, here.comparable, here.spans, here.mentions
    rank = 1
    if cue.participle:
        # "UNMISS condemned the attack near Malakal, saying...": the clause's subject
        # speaks; the verb of the clause, when one reports, speaks first
        mention, rank = _participle_subject(cue, mentions, text, comparable, spans, language), 2
        if mention is None and _dropped_clause_subject(cue, mentions, comparable, language):
            mention = _Mention(cue.start, cue.end, "dropped", None)  # "Visitó la base, señalando que...": the one speaking
    elif not cue.marker and (_glued_pronoun(cue, comparable) or _latter_after(cue, comparable, language)):
        mention = _Mention(cue.start, cue.end, "pronoun", None)  # "a-t-il ajouté", "a précisé ce dernier"
    elif not cue.marker and (quoted_pronoun := _quoted_pronoun(cue, comparable, language)) is not None:
        mention = _Mention(*quoted_pronoun, "pronoun", None)  # "KAN quoted him as saying": the one named before
    elif cue.marker and _possessive_marker(cue, comparable, language):
        mention = _Mention(cue.start, cue.end, "pronoun", None)  # "A su juicio, ...", "in his view, ...": the one named before
    elif cue.marker and (relative := _relative_marker_antecedent(cue, mentions, text, comparable, language)) is not None:
        mention = relative  # "une déclaration de l'ONU selon laquelle ...": the antecedent speaks
    elif cue.marker:
        mention, rank = _marker_mention(cue, here, language)
    elif cue not in here.taken and _inverted(cue, text, spans):
        mention = _inverted_mention(cue, here, language)
    elif _after_comma(cue, text) and (tail := _tail_speaker(cue, mentions, text, comparable, spans, language)) is not None \
            and (_closes_its_clause(tail, text, comparable, language) or not _closes_relative_clause(cue, text, comparable, language)):
        # (not "The mission, which lost ten soldiers, said the force would stay": the
        # comma closes a relative clause after the subject, the verb is not inverted;
        # but "..., which lies near Kidal, said Paul Durand.": a report's clause, inverted)
        mention, rank = tail, 0 if tail.kind in ("entity", "title", "body") else 1
    elif (tail := _closing_inverted_subject(cue, here.cues, mentions, text, comparable, spans, language)) is not None:
        mention, rank = tail, 0  # "... près de Beni a déclaré X, porte-parole de l'ONU.": X's words
    elif _after_comma(cue, text) and (group := _quantified_group_after(cue, mentions, text, comparable, language)) is not None:
        mention = group  # "..., said several observers.", "..., ont estimé plusieurs observateurs.": no one named
    else:
        mention, rank = _subject_mention(cue, here, article, language)
    return mention, rank


def _marker_mention(cue: _Cue, here: _UnitReading, language: str) -> tuple[_Mention | None, int]:
    """A source marker's speaker, after it (after the verb it opens on: "según ha manifestado
    el general"), with its rank: an outlet after it reports, the speaker is the subject before
    ("X, quoted by Reuters"), the outlet where there is none; a speaker a relaying verb cites
    ("X reported citing Y") ranks -1, Y's words whoever X is."""
    text, comparable, spans, mentions = here.text, here.comparable, here.spans, here.mentions
    verb = next((c for c in here.cues if not c.marker and c.start > cue.end and not comparable[cue.end:c.start].strip()), None)
    # "según ha manifestado el general": the marker's subject comes after the verb it opens on
    mention = (_speaker_after(verb, mentions, text, comparable, spans, language) if verb is not None else None) \
        or _speaker_after(cue, mentions, text, comparable, spans, language) or _name_after_marker(cue, text, mentions, language)
    if mention is not None and mention.kind == "entity" and _outlet(mention.found):
        # "X, quoted by Reuters", "X a été cité par l'AFP": the outlet reports; the
        # speaker is the subject before; the outlet where there is none
        mention = _speaker_before(cue, mentions, text, comparable, spans, language) or mention
    elif mention is not None and mention.kind in ("entity", "body") and mention.found is not None \
            and _relays(cue, comparable, language):
        return mention, -1  # "X reported citing Y": Y's words, whoever X is
    return mention, 1


def _inverted_mention(cue: _Cue, here: _UnitReading, language: str) -> _Mention | None:
    """An inverted verb's subject ('"...," said X'): after it, else before it; with no
    subject in a language that drops it, the one speaking goes on when nothing is named after
    ("«...», apuntó."), someone the text does not name after a determiner ("«...», contó una
    vecina.")."""
    text, comparable, spans, mentions = here.text, here.comparable, here.spans, here.mentions
    mention = _speaker_after(cue, mentions, text, comparable, spans, language) or _speaker_before(cue, mentions, text, comparable, spans, language)
    if mention is None and _no_subject(cue, text, language):
        if _nothing_named_after(cue, text, comparable, language):
            # "«...», apuntó.", "«...», ha añadido, «...»": the one speaking goes on
            mention = _Mention(cue.start, cue.end, "dropped", None)
        elif _determiner_after(cue, comparable, language):
            # "«...», contó una vecina.": someone the text does not name
            mention = _Mention(cue.start, cue.end, "unnamed", None)
    return mention


def _subject_mention(cue: _Cue, here: _UnitReading, article: list[Found], language: str) -> tuple[_Mention | None, int]:
    """A verb's subject before it, with its rank: the subject shared with a verb before a
    coordinating word, a surname before a title, the speaker before (_speaker_before) or an
    addressing verb's unnamed subject, else the speaker after; a place where it was said
    gives way to the subject opening the sentence; a dropped subject (the one speaking goes
    on) in a language that drops it; rank 0 for a closing attribution, 2 for the subject
    opening the sentence when nothing else is found."""
    text, comparable, spans, mentions = here.text, here.comparable, here.spans, here.mentions
    rank = 1
    # "X, head of the UN mission, visited the camp and said...": a verb right after a
    # coordinating word shares the subject opening the clause
    shared = _participle_subject(cue, mentions, text, comparable, spans, language) \
        if _after_coordinating_word(cue, comparable, language) else None
    # "..., Okafor, a spokesman for the force, said": a surname the finder took not
    shared = shared or _surname_before_title(cue, text, comparable, mentions, article, language)
    mention = shared or _speaker_before(cue, mentions, text, comparable, spans, language) \
        or (_unnamed_subject_before(cue, text, comparable, language) if _addresses_object(cue, comparable, language)
            else _speaker_after(cue, mentions, text, comparable, spans, language))
    if mention is not None and mention is not shared and _dropped_after_report(cue, mention, text, comparable, language):
        mention = _Mention(cue.start, cue.end, "dropped", None)  # "..., se reunirá el Consejo, informó.": the one speaking
    if mention is not None and _place_of_opening_verb(cue, mention, mentions, text, comparable):
        # "Phát biểu tại Hội đồng Bảo an, X nhấn mạnh": where it was said, not who
        mention = _opener_subject(cue, mentions, text) or mention
    if mention is not None and _no_subject(cue, text, language) and _inside_opening_phrase(mention, cue, comparable, language, mentions):
        mention = None  # "A la pregunta de si la misión..., dijo que": the subject is dropped
    elif mention is not None and _governed_in_opening_phrase(mention, cue, text, comparable, language):
        mention = _Mention(cue.start, cue.end, "dropped", None)  # "En la sala del Consejo pidió...": the one speaking
    if mention is not None and _closing_attribution(cue, mention, text, spans, language):
        rank = 0
    elif mention is None and _printed_pronoun_before(cue, text, language):
        # "Él pidió que...": the pronoun, accented as printed, the folded form being the article
        mention = _Mention(0, cue.start, "pronoun", None)
    elif mention is None and (_no_subject(cue, text, language) or _dropped_clause_subject(cue, mentions, comparable, language)):
        # "Además, explicó que...", "Visitó la base y aseguró que...": the one speaking
        mention = _Mention(cue.start, cue.end, "dropped", None)
    elif mention is None:
        mention, rank = _opener_subject(cue, mentions, text), 2
    return mention, rank


def _named_mention(reading: _QuoteReading, here: _UnitReading, cue: _Cue, mention: _Mention | None,
                   before: list[Found]) -> tuple[_Mention | None, bool]:
    """The cue's mention (_cue_mention) as the one it names: several speaking where a dropped
    subject's verb is plural, a misspelt surname or a lone name after an inverted verb, the
    voice a body speaks through ("par la voix de son porte-parole X"), the body an unnamed
    voice speaks for or its holder named before, the country of an unnamed minister, the
    side an unnamed source is on. Returns (the mention, whether it is a voice speaking for a
    body)."""
    text, comparable, mentions, language = here.text, here.comparable, here.mentions, reading.language
    said_before, article = reading.said_before, reading.article
    if mention is not None and mention.kind == "dropped" and _several_speak(cue, comparable, language) \
            and (said_before is None or said_before.kind == "person"):
        mention = _Mention(cue.start, cue.end, "unnamed", None)  # "..., aunque indicaron que...": not the one person speaking
    if (mention is None or mention.kind == "dropped") and (typo := _misspelt_speaker(cue, text, mentions, article, language)):
        mention = typo  # "« ... », Teneti added" after "Andrea Tenenti": a surname misspelt
    elif mention is None and not cue.marker and _inverted(cue, text, here.spans):
        mention = _lone_name_after(cue, text, mentions, article, language)  # '"...," said Halvorsen.'
    if mention is not None and not cue.marker and (named_voice := _named_voice(cue, mention, mentions, text, comparable, language)) is not None:
        mention = named_voice  # "la Minusca a affirmé, par la voix de son porte-parole X, que": X speaks
    voice = mention is not None and (mention.kind in ("unnamed", "title") or _voice_before(mention, mentions, text, comparable, language))
    if _plural_voice(mention, comparable, language):
        voice = False  # "UN officials said": several speak; "he said" after is not one of them
    if mention is not None and mention.kind in ("unnamed", "title") and mention.found is None \
            and (voiced := _voiced_body(mention, mentions, text, comparable, language)) is not None:
        # "..., a précisé une porte-parole de la Monusco": the body speaks; "the ministry
        # spokesman added" after the ministry's spokesman X was named: X, named again
        holder = _voice_named_before(mention, voiced.found, before, comparable, language)
        mention = _Mention(mention.start, mention.end, "entity", holder) if holder is not None else voiced
    elif mention is not None and mention.kind == "entity" \
            and (spoke := _voice_mention_before(mention, mentions, text, comparable, language)) is not None \
            and (holder := _voice_named_before(spoke, mention.found, before, comparable, language)) is not None:
        mention = _Mention(mention.start, mention.end, "entity", holder)  # "Người phát ngôn Bộ Ngoại giao khẳng định" after X
    if mention is not None and mention.kind == "title" and mention.found is None \
            and (country := _minister_country(mention, cue, mentions, text, comparable, language)) is not None:
        mention = country  # "le ministre malien de la Défense a déclaré", unnamed: Mali speaks
    if mention is not None and mention.kind == "unnamed" and mention.found is None \
            and (side := _side_source(mention, mentions, text, comparable, language)) is not None:
        mention = side  # "Côté Minusma, on indique que ...": the side named speaks
    return mention, voice


def _pronoun_mention(reading: _QuoteReading, here: _UnitReading, cue: _Cue, mention: _Mention, last_person: Found | None,
                     before: list[Found]) -> tuple[_Mention, str | None, Found | None]:
    """A pronoun mention read: its gender (as compared, else as printed: "Él" folds to the
    article "el"), the person it stands for (the last person of that gender), and a plural
    pronoun ("ont-ils ajouté", "selon eux") as the last plural speaker or body that spoke
    (they_for, here.they_group), else no one. Returns (the mention, the pronoun's gender or
    None, the person "he"/"she" stands for)."""
    comparable, language = here.comparable, reading.language
    glued = re.match(r"[\w-]+", comparable[cue.start:]) if mention.start == cue.start else None
    word = glued.group() if glued else comparable[mention.start:mention.end]
    # the printed form where the folded one is another word ("Él": "el")
    gender = _pronoun_gender(word, language) or _pronoun_gender(here.text[mention.start:mention.end], language)
    last_person = _gendered_person(gender, last_person, before, reading.article, language, reading.voiced_genders)
    if _plural_pronoun(word, language):
        # "ont-ils ajouté", "selon eux": several speak, not the one person named
        # before: the last plural speaker or body that spoke (they_for), else no one
        here.they_group, here.plural_here = reading.they_for or (), True
        body = here.they_group[-1] if here.they_group else None
        mention = _Mention(mention.start, mention.end, "body" if body is not None else "unnamed", body)
    return mention, gender, last_person


def _who_speaks(reading: _QuoteReading, here: _UnitReading, cue: _Cue, mention: _Mention | None, who: Found | None,
                voice: bool, gender: str | None, named_here: list[Found], last_person: Found | None,
                before: list[Found]) -> Found | None:
    """The speaker a cue's resolved mention (`who`, from _resolve) stands for, in the light of
    the speakers before: a pronoun after an unnamed official is the official's body
    (voice_of); "it" after a body spoke goes on with that body; a pronoun of a body's gender
    ("a-t-elle ajouté") the body that went on speaking or the body opening the sentence; a
    country that is also a person's surname, or a demonym standing for the person named
    before. Records the body a voice speaks for in here.by_voice and the pronoun's gender in
    here.pronoun_gender."""
    text, comparable, language = here.text, here.comparable, reading.language
    said_before, carried, carried_gender = reading.said_before, reading.carried, reading.carried_gender
    if mention is not None and mention.kind == "pronoun" and reading.voice_of is not None \
            and not any(f.kind == "person" for f in named_here) and not _plural_pronoun(comparable[mention.start:mention.end], language):
        who = reading.voice_of  # "A senior official with the mission said... He added": the official's body
    if voice and who is not None and who.kind in ("organisation", "mission") and not _outlet(who):
        here.by_voice.add(who.id)
    if mention is not None and mention.kind == "body_pronoun" and said_before is not None and said_before.kind != "person":
        # "X said... . After alerting the army, the patrol withdrew, it added": "it" goes on
        # with the body that spoke in the sentence before, not a body named in the words
        who = said_before
    body_genders = _vocabulary().get("body_pronoun_genders") or []
    if (mention is not None and mention.kind == "pronoun" and carried is not None and carried.kind != "person"
            and carried_gender is not None and carried_gender == gender
            and gender in body_genders
            and not any(f.kind == "person" for f in named_here) and not _latter_after(cue, comparable, language)):
        who = carried  # "La mission a annoncé...", then "a-t-elle ajouté": the mission goes on
        here.pronoun_gender = gender
    elif (mention is not None and mention.kind == "pronoun" and mention.start == cue.start
            and gender in body_genders
            and not any(f.kind == "person" for f in named_here)
            and (opening := _opening_body(here.mentions, text, cue, language)) is not None
            and _body_gender(opening[0], text, opening[1], language) == gender):
        # "La Minusca a reçu le renfort..., a-t-elle indiqué": the body opening the
        # sentence is the subject of the clause the incise closes
        who = opening[0]
        here.pronoun_gender = gender
    if who is not None and who.kind == "country" and mention is not None and mention.kind == "entity":
        # "afirmó Chile" after "la embajadora Ana María Chile": the person, whose
        # surname is also a country's name, speaks
        who = _person_of_surname(text[mention.start:mention.end], reading.article) or who
        if who.kind == "country" and (demonym := _demonym_subject(text, mention, who, language)) is not None:
            # "La argentina destacó...", "le Malien a déclaré": a national, the person named before
            who = _gendered_person(demonym or None, last_person, before, reading.article, language, reading.voiced_genders) or who
    return who


def _note_named(reading: _QuoteReading, here: _UnitReading) -> None:
    """What a unit attributed (_attribute) leaves the reading whatever follows: at a
    paragraph's opening, the person whose interview answer it holds (answering); the entities
    it names, added to the reading's (named); and speech whose speaker the text does not
    name, or no list knows, found (here.cue_found) where its cues quote or introduce a clause."""
    cues, comparable, mentions = here.cues, here.comparable, here.mentions
    if here.unit.opens_paragraph:
        reading.answering = here.speaker if (here.cue_found and not cues and not here.spans and here.speaker is not None
                                             and here.speaker.kind == "person") else None
    # a mission named by its host country ("the United Nations mission in Mali") is named as
    # its acronym would be: "the mission" after it stands for it
    reading.named.extend(m.found for m in mentions if m.kind == "entity" or (m.kind == "body" and m.found is not None and m.found.kind == "mission"))
    if not here.cue_found and cues and (here.quoted or _introduces_clause([c for c in cues if not c.stance] or cues, comparable,
                                                                          reading.language)):
        here.cue_found = True  # speech with a speaker the text does not name, or that no list knows


def _goes_on(reading: _QuoteReading, here: _UnitReading) -> bool:
    """Whether the unit's words go on from the quote before (or are the page's furniture), as
    a quotation standing alone, a quotation with no verb of its own, words quoted inside a
    sentence of the writer's, an interview's answer going on, reported speech carried on by
    a connective or by backshift: the quote added here (True: the reading moves on to the
    next unit). Else (False) the speaker and cue_found of a quotation then its source, or of
    one standing alone after its speaker's sentence, are set."""
    text, comparable, spans, unit, language = here.text, here.comparable, here.spans, here.unit, reading.language
    cues, quoted, index = here.cues, here.quoted, here.index
    quotes, previous = reading.quotes, reading.previous
    people_here = here.people_here
    mentions = here.mentions
    starts_quoted = bool(spans) and text.lstrip()[:1] in OPENERS + '"' + "'‘" and not cues
    tail = [m for m in mentions if m.start >= spans[-1][1] and m.kind in ("entity", "body", "title", "body_pronoun", "document")] if spans else []
    standing_alone = starts_quoted and quoted and not tail and spans[-1][1] >= len(text.rstrip()) - 1
    if standing_alone and unit.opens_paragraph and not reading.opener \
            and _heading_repeated(text, spans, reading.units[index + 1:index + 1 + HEADING_REACH]):
        # '"An attack like no other". "It is an attack like no other," a source said': a
        # subheading drawn from words quoted after it, the page's furniture, no quote
        pass
    elif standing_alone and previous is None and (reading.opener or reading.carried) is not None:
        # A quotation with no verb, right after a sentence its speaker opens ("X is
        # worried. «...»"), or after the last speaker's words and sentences naming
        # nobody else ("X said... The camp holds 4,000 people. «...»"): that speaker's.
        here.speaker, here.cue_found = reading.opener or reading.carried, True
    elif starts_quoted and quoted and tail and not (previous is not None and quotes[previous].kind == "direct"):
        # A quotation then its source with a verb no list holds ("...," reads an X statement).
        _ok, here.speaker = _resolve(tail[0], reading.antecedent, _last_body(reading.named))
        here.cue_found = True
    elif starts_quoted and quoted and previous is not None:
        # A quotation with no verb of its own right after a quote goes on with its speaker.
        if quotes[previous].kind == "direct":
            reading.join_to_previous(text)
        else:
            reading.carry_on(text, "direct")
        return True
    elif (not here.cue_found and quoted and not starts_quoted and not people_here and not unit.opens_paragraph
          and previous is not None and reading.said_before is not None and quotes[previous].speaker
          and _lowercase_fragment(text, spans)):
        # Words of the speaker just quoted, quoted inside a sentence of the writer's with no
        # speech verb, in the same paragraph and naming no one else ("X said «...». The
        # convoys «can reach the villages again»", "Et de citer «...»"): that speaker's; a
        # stretch opening on a capital is a name or a title ("the campaign «Peace Begins»")
        reading.carry_on(text, "direct")
        return True
    elif (not here.cue_found and not cues and not spans and not unit.opens_paragraph and reading.answering is not None
          and previous is not None and reading.said_before is reading.answering):
        # the sentences after the first of an interview's answer, in its paragraph: the
        # one answering goes on ("John Kabeya: We will stay. Then we will see.")
        reading.carry_on(text, "direct")
        return True
    elif (not here.cue_found and not spans and not people_here and previous is not None and reading.said_before is not None
          and (quotes[previous].kind == "reported" or reading.said_that)
          and (_continuing(comparable, language)
               or (reading.backshifted_run < _backshift_reach() and _backshifted(comparable, language)
                   and not _dated_background(text, reading.reported_in, language)))):
        # Reported speech going on in a sentence of its own, its tense shifted back as
        # reported speech is ("X said 218 had died. Before the quake, they had helped..."),
        # for as many sentences as backshift reaches, unless the writer dates it as a fact
        # of the past ("The camp had been built in 2010"); a connective carries on further.
        reading.backshifted_run = 0 if _continuing(comparable, language) else reading.backshifted_run + 1
        reading.carry_on(text, "reported")
        return True
    return False


def _read_no_speech(reading: _QuoteReading, here: _UnitReading) -> None:
    """The state a unit of no speech leaves: the person "he" stands for after it (the last
    person it names as a subject, or the one its pronoun goes on with), the person opening it
    (a quotation after may be theirs), the text itself (a sentence after may point back to
    it as the words said), the end of the speakers "they" carried on at a paragraph of no
    speech, and the document a body it names issued."""
    text, comparable, mentions, language = here.text, here.comparable, here.mentions, reading.language
    people_here = here.people_here
    if people_here:
        # the last person named, unless only as the one spoken to ("X trasladó al
        # vicesecretario general, Y, que..."): "he", "ha dicho" go on with X
        antecedent = reading.antecedent
        subjects = [m.found for m in mentions if m.kind == "entity" and m.found.kind == "person"
                    and not _addressee(m, comparable, language)
                    and not _named_as_agent(m, text, comparable, language)
                    and not (antecedent is not None and _noun_complement(m, comparable, language))]
        pronoun = _pronoun_subject(text, comparable, mentions, language) if antecedent is not None else None
        if pronoun is not None:
            # "Il a également remercié X": the pronoun's person goes on, X is a complement
            reading.antecedent = _gendered_person(_pronoun_gender(pronoun, language), antecedent, reading.named,
                                                  reading.article, language, reading.voiced_genders)
        else:
            reading.antecedent = subjects[-1] if subjects else antecedent or people_here[-1]
        reading.carried = None
    reading.opener = _opening_person(text, mentions, language) if not here.spans else None
    if people_here:
        reading.voice_of = None  # "He" now may be the person named
    reading.last_plain, reading.last_plain_at = text, here.index
    they_for = reading.they_for
    if here.unit.opens_paragraph or (they_for is not None and len(they_for) == 1 and _plural_subject_opening(text, language)):
        # "UNMISS said... ¶ Traders from Juba arrived in the town. ¶ They said...": a
        # paragraph of no speech between ends the speakers "they" carried on; so does
        # a sentence on people in the plural after a single body ("La Minusma a
        # indiqué... Les soldats tchadiens sont arrivés à Kidal. Ils ont affirmé...":
        # the soldiers, whom no one names), not after a list, which such a sentence
        # may name again ("Chad and Niger said... The two countries sent troops")
        reading.they_for = None
    # "UNMISS issued a statement on Monday": "the statement" after speaks for UNMISS
    # (not a statement reporting a courtesy act: "the statement" stays its giver's)
    reading.document_speaker = (None if here.courtesy_only else _document_author(text, mentions, language)) or reading.document_speaker


def _read_speech(reading: _QuoteReading, here: _UnitReading) -> None:
    """A unit of speech: the state its speaker leaves (_speaker_state), its quotes
    (_add_speech), then what the next unit carries on from it: the speaker ("he", "it",
    "they", the same source), the speaker's grammatical gender, whether the verb introduced
    a clause, the sentence reported in."""
    _speaker_state(reading, here)
    joints = _add_speech(reading, here)
    speaker, text, cues = here.speaker, here.text, here.cues
    if any(m.kind == "document" for m in here.mentions):
        reading.unnamed_document = speaker is None
    carried_before = reading.carried
    reading.said_before = reading.carried = speaker
    reading.they_for = _they_stand_for(speaker, joints, here.they_group, here.plural_here, reading.they_for)
    # the source of the words last quoted, though unnamed ("une source sécuritaire a affirmé
    # ... . Selon la même source": no one, not a speaker named further back)
    reading.last_source = speaker
    reading.carried_gender = _body_gender(speaker, text, here.said_at.get(id(speaker)), reading.language) or (
        here.pronoun_gender if speaker is not None and speaker is carried_before else None)
    reading.said_that = bool(cues) and _introduces_clause(cues, here.comparable, reading.language)
    reading.spoken = reading.spoken or bool(reading.quotes[-1].speaker)
    reading.previous = len(reading.quotes) - 1
    reading.last_plain = None
    reading.reported_in, reading.backshifted_run = text, 0


def _speaker_state(reading: _QuoteReading, here: _UnitReading) -> None:
    """What the speaker of a unit of speech stands for after it: the document it gave ("the
    statement" after is its), the body an unnamed voice spoke for (voice_of), the body of the
    last quote (voiced_body), the person "he" stands for (the speaker, or the chief whose
    spokesperson spoke, with the genders the words gave them)."""
    speaker, comparable, mentions, language = here.speaker, here.comparable, here.mentions, reading.language
    people_here = here.people_here
    given = _patterns(language)["document_given"]
    if speaker is not None and given is not None and given.search(comparable):
        reading.document_speaker = speaker  # "X said in a statement", "a indiqué X dans un communiqué"
    elif speaker is not None and any(m.kind == "document" and m.found is speaker for m in mentions):
        reading.document_speaker = speaker  # "A statement from X said": "the statement" after is X's
    elif speaker is not None and speaker.kind != "person" and _document_author(here.text, mentions, language) is speaker:
        # "The Council adopted a statement condemning the attack, calling it «...»": the
        # body speaking gives the statement it is the subject of; "the statement" after is its
        reading.document_speaker = speaker
    if speaker is not None and speaker.id in here.by_voice:
        reading.voice_of = speaker
    elif people_here or (speaker is not None and speaker is not reading.voice_of):
        reading.voice_of = None
    if speaker is not None and speaker.kind == "person":
        reading.voiced_body = None
    elif _speaking_body(speaker):
        reading.voiced_body = speaker
    if speaker is not None and speaker.kind == "person":
        # "X condemned the raid, his spokesman, Y, said. He called on...": "he" is X
        owned = _owned_voice(speaker, mentions, comparable, language)
        chief = _chief_of_voice(speaker, owned, mentions, reading.antecedent)
        reading.voiced_genders.update(_voice_genders(speaker, chief, owned, language))
        reading.antecedent = chief or speaker
    elif people_here:
        reading.antecedent = people_here[-1]


def _add_speech(reading: _QuoteReading, here: _UnitReading) -> list[Found]:
    """The quotes of a unit of speech: the sentence before as the words said when this one
    only points back to them ("España pedirá el mando. Lo ha confirmado la ministra X"), else
    one quote per speaker of the unit (those sharing its verb, _joint_speakers, then the
    speaker). Returns the speakers sharing the verb with here.speaker."""
    speaker, text, comparable, cues, quoted, language = here.speaker, here.text, here.comparable, here.cues, here.quoted, reading.language
    quotes, last_plain = reading.quotes, reading.last_plain
    joints: list[Found] = []  # the speakers sharing the verb with `speaker`
    if (not quoted and last_plain is not None and speaker is not None and cues
            and (_points_back(comparable[:cues[0].start], language)
                 or (reading.last_plain_at == here.index - 1 and not here.unit.opens_paragraph
                     and ":" not in comparable[cues[0].end:]
                     and _cleft_points_back(comparable[:cues[0].start], language)))):
        # "España pedirá el mando. Lo ha confirmado la ministra X": the words said are
        # the sentence before, this one only gives who said them; a cleft ("C'est ce qu'a
        # annoncé X") points back only to the sentence right before in its paragraph, not
        # over a paragraph's break or a heading, and not when a colon after its verb gives
        # the words ("That is what X said: ...", "This is what X said the camp needs: ...")
        quotes.append(Quote(_speaker_name(speaker), None, "reported", last_plain))
        return joints
    pointer = _points_back_after(comparable[cues[0].end:], language) if cues else None
    further = [c for c in cues[1:] if pointer is None or c.start >= cues[0].end + pointer]
    if (last_plain is not None and reading.last_plain_at == here.index - 1 and not here.unit.opens_paragraph
            and speaker is not None and pointer is not None):
        # "Việt Nam được chọn làm ... . Đại sứ X cho biết thông tin trên": the words said
        # are the sentence before, the verb's object only points back to them
        # (this sentence is a quote of its own only where it reports more: "... và nhấn mạnh")
        quotes.append(Quote(_speaker_name(speaker), None, "reported", last_plain))
    if len(quotes) == 0 or quotes[-1].sentence != last_plain or quoted or further:
        # "Italy and Ireland said...": each speaker of the list, the verb's own last;
        # "They added..." after them: the same list (they_for)
        joints = list(_joint_speakers(speaker, cues, here.mentions, text, comparable, language))
        if not joints and len(here.they_group) > 1 and speaker is here.they_group[-1]:
            joints = list(here.they_group[:-1])
        kind = "direct" if quoted else "reported"
        for joint in joints:
            quotes.append(Quote(_speaker_name(joint), None, kind, text))
        quotes.append(Quote(_speaker_name(speaker), None, kind, text))
    return joints


# The most words of a speech verb's incise between dashes: the verb and its subject after it
# ("—dijo el portavoz de la misión—").
INCISE_WORDS = 7


@lru_cache(maxsize=None)
def _dash_incise_pattern(language: str) -> re.Pattern | None:
    """The pattern of an incise set off by dashes inside a sentence, opening on a speech verb
    of the language (quotes.yaml "speech_verbs") with at most INCISE_WORDS words in all
    ("provendrán —acotó— de", "observadores -dijo Mulet- vendrán", "les soldats — a-t-il
    précisé — resteront"): the opening dash after a space, the closing one before a space or a
    punctuation mark; groups "open" and "close" are the dashes. On the compared form, which
    keeps the text's length. None when the language lists no speech verb."""
    verbs = _compared_forms("speech_verbs", language)
    if not verbs:
        return None
    return re.compile(rf"(?<=\s)(?P<open>[\u2014\u2013-])\s?(?:{_alternation(verbs)})(?![\w'])"
                      rf"(?:\s+[\w'\u2019.]+){{0,{INCISE_WORDS - 1}}}?\s?(?P<close>[\u2014\u2013-])(?=[\s,.;:])")


# Double quotation marks typed as two characters, as copy set on a typewriter or in TeX prints
# them (``...'' and ''...''), or as two curly single marks, as some pages set them (‘‘...’’):
# two backquotes, two opening single marks before a word, or two apostrophes opening a word
# after a space, a bracket or the text's start, open; two apostrophes or two closing single
# marks closing a word, before a space, punctuation or the end, close.
_TYPED_OPENER = re.compile(r"``(?=\S)|\u2018\u2018(?=\S)|(?:(?<=^)|(?<=[\s(\[]))''(?=[^\W\d_])")
_TYPED_CLOSER = re.compile(r"(?<=[^\s'`\u2018\u2019])(?:''|\u2019\u2019)(?=[\s.,;:!?)\]]|$)")


def _typewriter_marks_as_curly(text: str) -> str:
    """text with each double quotation mark typed as two characters (_TYPED_OPENER,
    _TYPED_CLOSER: "``Vinimos a ayudar'', dijo X", "''No tengo miedo'', dijo X", "‘‘Nous
    restons’’, a dit X") written as the curly mark it stands for, its length kept (a space
    beside the mark, outside the words quoted: "“Vinimos a ayudar ”, dijo X"), so the words
    inside are read as a quotation as “...” are. Two apostrophes inside a word, or a lone one,
    stay as printed, and so do two closing single marks after a single opening one (‘...‘...’’:
    the close of a quotation inside one in single marks). Returns a str of the same length as
    text."""
    if "``" not in text and "''" not in text and "\u2018\u2018" not in text and "\u2019\u2019" not in text:
        return text
    text = _TYPED_OPENER.sub(" \u201c", text)
    # two closing single marks after a single opening one ("‘We were told ‘hold on’’, he
    # said") close a quotation inside a quotation in single marks: kept as printed
    return _TYPED_CLOSER.sub(lambda m: m.group() if m.group() == "\u2019\u2019" and "\u2018" in text[:m.start()]
                             else " \u201d", text)


def _dash_incise_as_commas(text: str, language: str) -> str:
    """text with the two dashes of each speech verb's incise (_dash_incise_pattern) written as
    commas, its length kept: "Los observadores —dijo Mulet— vendrán" is read as "Los
    observadores ,dijo Mulet, vendrán", as the incise between commas already is. Spanish and
    French set the narrator's incise off by dashes (raya, tiret d'incise) as well as commas."""
    pattern = _dash_incise_pattern(language)
    if pattern is None or not any(d in text for d in "\u2014\u2013-"):
        return text
    comparable = _comparable(text, language)
    chars = list(text)
    spans, _open = _quoted_spans(text)
    for match in pattern.finditer(comparable):
        opening, closing = match.start("open"), match.start("close")
        inside = next(((a, b) for a, b in spans if a < opening and closing < b - 1), None)
        if inside is not None and text[inside[0]] in _INCISE_CLOSERS:
            # «Los observadores —dijo Mulet— vendrán»: the quotation closed before the incise
            # and opened again after it, as «Los observadores», dijo Mulet, «vendrán» prints it
            # (a space beside a dash takes the mark, the dash the comma: »,dijo Mulet,«)
            closer, opener = _INCISE_CLOSERS[text[inside[0]]], text[inside[0]]
            if text[opening - 1] == " ":
                chars[opening - 1], chars[opening] = closer, ","
            else:
                chars[opening] = closer
            if closing + 1 < len(text) and text[closing + 1] == " ":
                chars[closing], chars[closing + 1] = ",", opener
            else:
                chars[closing] = opener
            continue
        chars[opening] = ","
        chars[closing] = ","
    return "".join(chars)


# The closing quotation mark of each opening one, for a quotation an incise interrupts
# (text.QUOTATION_PAIRS); not the straight single mark, an apostrophe as often: a dashed
# incise inside '…' is read as commas only.
_INCISE_CLOSERS = {opening: closing for opening, closing in QUOTATION_PAIRS.items() if opening != "'"}


def _as_printed(quote: Quote, printed: dict[str, str]) -> Quote:
    """A quote whose sentence holds a sentence read with its dashes as commas
    (_dash_incise_as_commas), or is a part of one, with that sentence as printed again."""
    sentence = quote.sentence
    for read, original in printed.items():
        if read in sentence:
            sentence = sentence.replace(read, original)
        elif sentence in read:
            # a part of the sentence (_split_contrasts): the same stretch of it as printed (the
            # read sentence keeps the printed one's length)
            at = read.index(sentence)
            sentence = original[at:at + len(sentence)]
            break
    return quote if sentence == quote.sentence else dataclasses.replace(quote, sentence=sentence)
