"""Events: the verb phrases of a kind with a day, a length or a date between their words
("extended on Friday the lease", events.gapped_phrases) hold one copy of the verb-object gap,
not one per first word and cut, and still match exactly what one alternative per first word matched.
Every sentence and word list here is written for these tests."""
from __future__ import annotations

import re

import pytest

from newsdossier import events
from newsdossier.events import _kind_patterns, _verb_gap, _verb_gap_part, gapped_phrases

# phrases as _kind_patterns compares them (longest first), sharing first words and rests
WORDS = sorted(["extended the lease", "extended its offer", "widened the lease", "has extended the lease",
                "has widened its offer", "did stretch the old lease", "extended the old lease"], key=len, reverse=True)

# folded sentences (as _compared gives them): what the phrases, the gap and near misses meet
SENTENCES = [
    "the board extended on friday the lease of the hall.",
    "the board extended, on friday, the lease of the hall.",
    "the board extended on friday for six months the lease.",
    "the board extended in march its offer to the tenants.",
    "the board has extended on friday the lease, then left.",
    "the board has widened last year its offer.",
    "the board did stretch on friday the old lease.",
    "the board has on friday extended the lease.",  # after the auxiliary: cut 1 of a three-word phrase
    "the board has on friday widened its offer and has widened on monday its offer.",
    "the board extended on friday the old lease and widened on monday the lease.",
    "the board extended the lease on friday.",  # no gap: no gapped phrase
    "the board extended on friday its lease.",  # a rest of another first word: none
    "the board widened on friday the old lease.",  # "the old lease" follows "extended" only
    "the board has extended its offer on friday, the lease.",  # the gap in no place
    "the board extended in march, the lease holders said.",  # a comma closing the gap: none
    "the board overextended on friday the lease.",  # a longer word: none
    "the board extended, on friday for six months, the lease.",
    "the board extended, on friday, for six months the lease.",
    "the board extended on friday, for six months, the lease.",
    "the board extended on friday, for six months the lease.",  # a comma inside, none after: taken
    "the board extended on friday for six months, the lease.",  # a comma after, none before: none
    "the board extended on friday, the lease.",  # a comma after, none before: none
    "the board extended, on friday the lease.",
    "the board extended, on friday last year, the lease.",
    "the board extended on friday on monday on tuesday the lease.",  # three parts: none
]


def _one_per_first_word(words, gap: str, cuts=(1, 2)) -> str | None:
    """The alternation gapped_phrases replaces: one "first word(s), gap, rests" per first word, cut by cut."""
    alternatives = []
    for cut in cuts:
        rests: dict[str, list[str]] = {}
        for w in words:
            if w.count(" ") >= cut:
                rests.setdefault(r"\s+".join(re.escape(p) for p in w.split(" ")[:cut]), []).append(
                    re.escape(w.split(" ", cut)[cut]))
        alternatives += [first + gap.replace("gap_comma", f"gap_comma_{cut}_{n}") + r"\s+(?:" + "|".join(group) + ")"
                         for n, (first, group) in enumerate(rests.items())]
    return "|".join(alternatives) or None


def _gap_five_parts(part: str) -> str:
    """The verb-object gap as written with its part five times, no group (what _verb_gap replaces)."""
    return r"(?:," + part + r"(?:,?" + part + r")?,?|" + part + r"(?:," + part + r",?|" + part + r")?)"


def _matches(source: str, sentence: str) -> list[tuple[int, int, str]]:
    pattern = re.compile(r"(?<![\w-])(?:" + source + r")(?![\w-])")
    return [(m.start(), m.end(), m.group()) for m in pattern.finditer(sentence)]


@pytest.mark.parametrize("cuts", [(1,), (2,), (1, 2)], ids=["cut-1", "cut-2", "both"])
@pytest.mark.parametrize("sentence", SENTENCES)
def test_the_shared_gap_matches_as_one_alternative_per_first_word(sentence, cuts):
    gap = _verb_gap(("en",), False)
    assert _matches(gapped_phrases(WORDS, gap, cuts), sentence) == _matches(_one_per_first_word(WORDS, gap, cuts), sentence)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        pytest.param("the board extended on friday the lease of the hall.", ["extended on friday the lease"], id="day"),
        pytest.param("the board extended in march its offer.", ["extended in march its offer"], id="month"),
        pytest.param("the board extended on friday the old lease.", ["extended on friday the old lease"], id="longer-rest-first"),
        pytest.param("the board extended on friday its lease.", [], id="near-miss-rest-of-no-phrase"),
        pytest.param("the board widened on friday the old lease.", [], id="near-miss-rest-of-another-first-word"),
        pytest.param("the board extended in march, the lease holders said.", [], id="near-miss-comma-closing"),
    ],
)
def test_a_gapped_phrase_needs_a_rest_of_its_own_first_word(sentence, expected):
    gap = _verb_gap(("en",), False)
    assert [m[2] for m in _matches(gapped_phrases(WORDS, gap, (1,)), sentence)] == expected


@pytest.mark.parametrize(
    "words",
    [
        pytest.param(["extended the lease"], id="one-phrase"),
        pytest.param(["extended, the lease", "extended the lease"], id="comma-in-a-first-word"),
    ],
)
def test_words_that_break_the_sharing_still_match_alike(words):
    gap = _verb_gap(("en",), False)
    for sentence in SENTENCES + ["the board extended, on friday, the lease.", "the board extended, in march the lease."]:
        assert _matches(gapped_phrases(words, gap), sentence) == _matches(_one_per_first_word(words, gap), sentence)


@pytest.mark.parametrize("words, cuts", [(["extended"], (1, 2)), (["extended the"], (2,))], ids=["one-word", "two-words-cut-2"])
def test_no_phrase_that_long_gives_none(words, cuts):
    assert gapped_phrases(words, r"\s+on", cuts) is None


@pytest.mark.parametrize("language", ["en", "fr", "es", "vi", "und"])
def test_each_verb_pattern_holds_the_gap_once(language):
    """One copy for the phrases gapped after their first word and after their second."""
    exact, patterns = _kind_patterns(language)
    languages = tuple(sorted({language})) if language != "und" else None
    gap = _verb_gap(languages, exact) if languages else None
    for kind, _label, verb, source, _printed, _words in patterns:
        if verb is True and gap:
            assert source.count(gap) <= 1, kind
        if verb is True:
            assert len(source) < 200_000, kind  # the whole alternation, gaps included


def test_the_kind_patterns_compile_with_their_groups():
    """Each gapped first word is a group of its own, named: the patterns compile, whatever their count."""
    exact, patterns = _kind_patterns("und")
    for number in range(len(patterns)):
        assert events._kind_pattern("und", number).pattern == patterns[number][3]


@pytest.mark.parametrize("language", ["en", "fr", "es"])
@pytest.mark.parametrize("sentence", SENTENCES)
def test_the_gap_with_its_part_three_times_matches_as_with_five(sentence, language):
    """_verb_gap writes its part three times, a group for the opening comma: what it takes,
    and where each phrase ends, is what the five-part form took."""
    part = _verb_gap_part((language,), False)
    three = _matches(gapped_phrases(WORDS, _verb_gap((language,), False)), sentence)
    five = _matches(_one_per_first_word(WORDS, _gap_five_parts(part)), sentence)
    assert three == five
