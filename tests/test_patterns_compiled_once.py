"""Readers that once built a pattern per call, per person or per name now build it once, or
not at all where a plain test of the text answers (the extractor's own patterns outnumber re's
cache of 512, so a pattern built at each call was compiled again for each article): their
answers are unchanged, and no pattern naming the call's own words is compiled. Every sentence
is written for these tests."""
from __future__ import annotations

import re

import pytest

from newsdossier.entities import Found, _mission_name_words, _mission_owner_words, _missions_opening_on, _spelling_key
from newsdossier.events import EventWord, in_organisation_name
from newsdossier.extract import _bio_writers, _country_starts, bracketed_years
from newsdossier.quotes import _document_qualifier_patterns, _title_holder
from test_quotes import quotes_of


@pytest.fixture
def compiled(monkeypatch):
    """The sources of the patterns re compiles from here on (its cache emptied first)."""
    from re import _compiler
    sources: list[str] = []
    real = _compiler.compile

    def recording(pattern, flags=0):
        sources.append(pattern if isinstance(pattern, str) else repr(pattern))
        return real(pattern, flags)

    re.purge()
    monkeypatch.setattr(_compiler, "compile", recording)
    yield sources
    re.purge()


def _person(*surfaces: str) -> Found:
    return Found(kind="person", id=surfaces[0].lower().replace(" ", "-"), name=surfaces[0], sentence="", surfaces=list(surfaces))


@pytest.mark.parametrize(
    "text, writer",
    [
        pytest.param("Officials met in Juba.\nMarta Quiroga is a freelance reporter based in Juba.", True, id="en-is-a-reporter"),
        pytest.param("Marta Quiroga - journaliste indépendante à Bamako.\nMarta Quiroga", True, id="fr-dash-then-signature"),
        pytest.param("Marta Quiroga, periodista y fundadora de una revista.", True, id="es-comma"),
        pytest.param("Marta Quiroga is one of the many aid workers who later became a writer.", False, id="role-too-far"),
        pytest.param("Marta Quiroga said the reporter was safe.", False, id="no-link-after-name"),
        pytest.param("Marta Quiroga is a reporter.\nThe convoy was led by Marta Quiroga on Monday.", False, id="also-named-in-prose"),
    ],
)
def test_a_writers_note_is_read_as_before(text, writer):
    person = _person("Marta Quiroga")
    assert (_bio_writers(text, [person]) == [person]) is writer


def test_a_writers_note_compiles_no_pattern_of_the_name(compiled):
    _bio_writers("Ivo Lindqvist is a columnist.", [_person("Ivo Lindqvist")])
    assert not [source for source in compiled if "lindqvist" in source.lower()]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("He served in Somalia (1993-1995) before retiring.", (1993, 1995), id="span"),
        pytest.param("He served in Somalia ( 1994 ) as a medic.", (1994, 1994), id="one-year-spaced"),
        pytest.param("He served in somalia (1992-95) too.", (1992, 1995), id="short-end-any-case"),
        pytest.param("He served in Somalia (1995-1993).", None, id="end-before-start"),
        pytest.param("He served in Somalia in 1993 and (later) in 1995.", None, id="no-year-in-brackets"),
        pytest.param("He served in Kenya (1993) and in Somalia.", None, id="another-name-bracketed"),
    ],
)
def test_bracketed_years_as_before(text, expected):
    assert bracketed_years(text, ["Somalia"]) == expected


def test_bracketed_years_build_no_pattern_where_no_bracket_opens_on_a_year(compiled):
    assert bracketed_years("He served in Ruritania in 1993 (twice).", ["Ruritania"]) is None
    assert not [source for source in compiled if "Ruritania" in source]


def test_the_document_qualifier_patterns_are_compiled_once():
    first = _document_qualifier_patterns("en")
    re.purge()
    assert _document_qualifier_patterns("en") is first


def _war_in(sentence: str, surface: str) -> bool:
    at = sentence.index("War")
    word = EventWord(kind="conflict", label="war", start=at, end=at + 3, verb=False)
    body = Found(kind="organisation", id="x", name=surface, sentence=sentence, surfaces=[surface])
    return in_organisation_name(sentence, word, [body])


@pytest.mark.parametrize(
    "sentence, surface, inside",
    [
        pytest.param("The Ministry of War of Freedonia denied it.", "Ministry of War", True, id="complement"),
        pytest.param("The Freedonian Ministry said the War was over.", "Freedonian Ministry", False, id="word-after-name"),
        pytest.param("A Ministry of War speaker said it; the Ministry of War denied it.", "Ministry of War", True, id="second-printing"),
        pytest.param("War Ministry officials met.", "War Ministry", False, id="head-not-complement"),
    ],
)
def test_an_event_noun_in_a_body_name_as_before(sentence, surface, inside):
    assert _war_in(sentence, surface) is inside


def test_an_event_noun_in_a_body_name_compiles_no_pattern_of_the_name(compiled):
    _war_in("The Ministry of War of Freedonia denied it.", "Ministry of War")
    assert not [source for source in compiled if "Ministry" in source]


@pytest.mark.parametrize(
    "word, key",
    [
        pytest.param("organisation", "organization", id="isation"),
        pytest.param("stabilisations", "stabilizations", id="isations"),
        pytest.param("organization", "organization", id="american-kept"),
        pytest.param("isationer", "isationer", id="not-at-the-end"),
        pytest.param("mission", "mission", id="other-word"),
    ],
)
def test_spelling_key(word, key):
    assert _spelling_key(word) == key


def _missions_by_scan(words: tuple[str, ...]) -> set[str]:
    """The missions a name of which opens on the words, by reading every name (the reference
    the index must agree with)."""
    owners = _mission_owner_words()
    fits = set()
    for mission_id, name in _mission_name_words():
        skip = 0
        while skip < len(name) and name[skip] in owners:
            skip += 1
        if any(name[start:start + len(words)] == words and len(name) > start + len(words) for start in {0, skip}):
            fits.add(mission_id)
    return fits


@pytest.mark.parametrize(
    "words",
    [
        pytest.param(("united", "nations", "organization", "stabilization", "mission"), id="owner-words-then-name"),
        pytest.param(("organization", "stabilization", "mission"), id="past-the-owner-words"),
        pytest.param(("interim", "force", "in"), id="three-words"),
        pytest.param(("mission", "de", "l'", "organisation"), id="french"),
        pytest.param(("mission", "multidimensionnelle", "integree"), id="french-two-missions"),
        pytest.param(("united", "nations", "mission"), id="shared-by-many"),
        pytest.param(("garden", "party", "committee"), id="no-mission"),
    ],
)
def test_missions_opening_on_words_agree_with_reading_every_name(words):
    assert _missions_opening_on(words) == _missions_by_scan(words)


def test_two_words_open_no_mission():
    assert _missions_opening_on(("united", "nations")) == set()


@pytest.mark.parametrize(
    "folded, surfaces, others, starts",
    [
        pytest.param("south sudan and sudan met", ["Sudan"], ["South Sudan"], [16], id="inside-a-longer-name"),
        pytest.param("sudan, sudan.", ["Sudan"], [], [0, 7], id="twice"),
        pytest.param("sudanese troops", ["Sudan"], [], [], id="part-of-a-word"),
        pytest.param("the congo and the dr congo", ["Congo"], ["DR Congo"], [4], id="short-other-name-kept"),
        pytest.param("la cote d'ivoire et la guinee", ["Cote d'Ivoire"], [], [3], id="elided-article-inside-the-name"),
        pytest.param("l'ivoire", ["Ivoire"], [], [2], id="after-an-apostrophe"),
        pytest.param("guinea-bissau and guinea", ["Guinea"], ["Guinea-Bissau"], [18], id="hyphened-longer-name"),
        pytest.param("niger\u00a0and nigeria", ["Niger"], ["Nigeria"], [0], id="no-break-space-then-longer-word"),
    ],
)
def test_country_starts_as_before(folded, surfaces, others, starts):
    assert _country_starts(folded, surfaces, others) == starts


def test_country_starts_compile_no_pattern_of_the_name(compiled):
    _country_starts("ruritania and north ruritania", ["Ruritania"], ["North Ruritania"])
    assert not [source for source in compiled if "ruritania" in source]


def _officer(role: str) -> Found:
    return Found(kind="person", id="lena-okafor", name="Lena Okafor", sentence="", surfaces=["Lena Okafor"], role=role)


@pytest.mark.parametrize(
    "title, role, holds",
    [
        pytest.param("commander", "Force Commander", True, id="whole-word"),
        pytest.param("secretary", "Under-Secretary-General", False, id="inside-a-hyphened-title"),
        pytest.param("chief", "Chiefs of Staff adviser", False, id="longer-word"),
        pytest.param("tướng", "Thiếu tướng", True, id="vi-last-word-of-the-role"),
        pytest.param("tướng", "Thủ tướng-kiêm", False, id="vi-hyphen-joined"),
        pytest.param("general", "General", True, id="role-is-the-title"),
    ],
)
def test_title_holder_as_before(title, role, holds):
    person = _officer(role)
    assert (_title_holder(title, [person]) is person) is holds


def test_title_holder_compiles_no_pattern_of_the_title(compiled):
    _title_holder("quartermaster", [_officer("Chief Quartermaster")])
    assert not [source for source in compiled if "quartermaster" in source]


def test_a_capital_speaking_compiles_no_pattern_of_its_name(compiled):
    assert [q.speaker for q in quotes_of("en", "Accra has said its troops would stay.")] == ["Ghana"]
    re.purge()
    compiled.clear()
    quotes_of("en", "Accra has said its troops would stay.")
    assert "(?<!\\w)Accra(?!\\w)" not in compiled


# The whole-word tests that replaced "(?<!\w)name(?!\w)" patterns answer as those patterns
# did on the edges a name meets: an elided article (l'ONU, d'Ivoire, with a straight or a
# curly apostrophe), a hyphened name (Saint-Louis, Jean-Pierre), digits, a letter with
# diacritics (precomposed or with a combining mark), a no-break space, a name at the very
# start or end, an underscore, letters whose case folding changes their length (İ, ß).
_EDGES = [
    ("l'onu a dit", "onu"), ("l\u2019onu a dit", "onu"), ("cote d'ivoire", "ivoire"), ("cote d'ivoire", "d'ivoire"),
    ("saint-louis et louis", "louis"), ("jean-pierre dit", "pierre"), ("unmiss2 et unmiss", "unmiss"),
    ("2011 unmiss", "unmiss"), ("ha noi, noi", "noi"), ("hànội noi", "noi"), ("ne\u0301ma nema", "nema"),
    ("mali\u00a0et mali", "mali"), ("mali", "mali"), (" mali ", "mali"), ("_mali mali_ mali", "mali"),
    ("İstanbul istanbul", "istanbul"), ("straße strasse", "strasse"), ("aaa aa", "aa"), ("việt nam nam", "nam"),
    ("thiếu tướng tướng", "tướng"), ("secretary-general general", "general"), ("", "mali"), ("mali mali", ""),
]


@pytest.mark.parametrize("text, word", _EDGES)
@pytest.mark.parametrize("joiners", ["", "-"])
def test_whole_word_starts_answer_as_the_pattern_they_replaced(text, word, joiners):
    from newsdossier.text import has_whole_word, whole_word_starts
    pattern = re.compile(rf"(?<![\w{joiners}]){re.escape(word)}(?![\w{joiners}])")
    assert whole_word_starts(text, word, joiners) == [m.start() for m in pattern.finditer(text)]
    assert has_whole_word(text, word, joiners) is bool(pattern.search(text))
