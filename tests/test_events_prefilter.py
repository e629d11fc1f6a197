"""The shortcuts that make event and date finding cheaper find exactly what the full scans
find: event_words tries only the kinds whose words can start in the sentence, find_dates
tries its digit-bearing forms only on text with a digit. Every sentence here is written for
these tests; the event words are taken from the vocabulary, so each kind is met."""
from __future__ import annotations

import pytest

import newsdossier.dates as dates_module
import newsdossier.events as events
from newsdossier.events import _kind_patterns, event_words
from newsdossier.reference import reference

LANGUAGES = ("en", "fr", "es", "vi", "und")

# Frames around an event word: at the start, in the middle, after a hyphen or an apostrophe,
# glued to a longer word, in quotes and in a subordinate clause.
FRAMES = (
    "{w} near the town on Monday, officials said.",
    "Officials said that a {w} took place, then left.",
    "The anti-{w} group met; l'{w} was \u201cnoted\u201d.",
    "Un {w}s y otro {w}-2 en la ciudad.",
    "Ng\u00e0y h\u00f4m qua, {w} \u0111\u00e3 x\u1ea3y ra t\u1ea1i Gao.",
)


def _every_pattern(language: str):
    """_kind_index as if no kind could be skipped: every pattern tried."""
    return {}, tuple(range(len(_kind_patterns(language)[1])))


def _sentences(language: str) -> list[str]:
    kinds = reference().vocabulary["event_kinds"]
    words = []
    for table in kinds.values():
        for part in (table, table.get("verbs") or {}, table.get("frames") or {}):
            listed = part.get(language) or part.get("en") or ()
            words.extend(list(listed)[:2])
    sentences = [frame.format(w=w) for w in words for frame in FRAMES]
    sentences.append(" and ".join(words))  # many kinds, overlapping, in one sentence
    sentences.append(" ".join(w.upper() for w in words))
    return sentences


@pytest.mark.parametrize("language", LANGUAGES)
def test_event_words_equal_the_full_scan(language, monkeypatch):
    sentences = _sentences(language)
    filtered = [event_words(s, language) for s in sentences]
    monkeypatch.setattr(events, "_kind_index", _every_pattern)
    assert any(filtered)
    assert filtered == [event_words(s, language) for s in sentences]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The talks resumed on Monday in Bamako.", id="en-weekday-no-digit"),
        pytest.param("Les pourparlers reprendront en mars.", id="fr-month-alone"),
        pytest.param("Las conversaciones se reanudaron el 3 de marzo de 2024.", id="es-full-date"),
        pytest.param("Ng\u00e0y 21 th\u00e1ng 9 n\u0103m 2021, \u0111o\u00e0n \u0111\u1ebfn Gao.", id="vi-full-date"),
        pytest.param("Talks in May, then 12/05/2023 and 2023-05-14.", id="en-mixed"),
        pytest.param("Rien ne s'est pass\u00e9 ce jour-l\u00e0.", id="fr-nothing"),
        pytest.param("Talks on \u0665 May \u0662\u0660\u0662\u0663.", id="non-ascii-digits"),
    ],
)
def test_find_dates_without_digits_equal_the_full_scan(text, monkeypatch):
    found = dates_module.find_dates.__wrapped__(text)

    class EveryText:
        """A digit test that always says yes: every form is tried."""

        @staticmethod
        def search(_text):
            return True

    monkeypatch.setattr(dates_module, "_DIGIT", EveryText)
    assert found == dates_module.find_dates.__wrapped__(text)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        pytest.param("en", "Gunmen attacked a convoy near the river crossing on Sunday.", id="en"),
        pytest.param("fr", "Des hommes armés ont attaqué un convoi près du pont dimanche.", id="fr"),
        pytest.param("es", "Hombres armados atacaron un convoy cerca del puente el domingo.", id="es"),
        pytest.param("vi", "Hôm qua, một đoàn xe bị tấn công gần cây cầu.", id="vi"),
    ],
)
def test_event_words_compile_only_the_patterns_a_sentence_can_match(language, sentence):
    """A run that extracts one article compiles the event kinds' patterns (large alternations
    of every kind's words) only for the kinds whose words can start in its sentences: the
    others are never compiled."""
    events._kind_pattern.cache_clear()
    events._event_words.cache_clear()  # a sentence read before is not read again
    found = event_words(sentence, language)
    index, always = events._kind_index(language)
    exact, _patterns = _kind_patterns(language)
    tried = set(always).union(*(index.get(w, ()) for w in events._LEADING_WORD.findall(events._compared(sentence, exact))))
    assert found
    assert 0 < events._kind_pattern.cache_info().currsize <= len(tried) < len(_kind_patterns(language)[1])


@pytest.mark.parametrize(
    ("language", "sentence", "kinds"),
    [
        pytest.param("en", "Ghana deployed a battalion to the mission in June.", {"deployment"}, id="en-deployment"),
        pytest.param("en", "The council met to discuss the budget of the mission.", {"deployment", "rotation"}, id="en-none"),
        pytest.param("fr", "Le Sénégal a déployé un bataillon au sein de la mission.", {"deployment"}, id="fr-deployment"),
        pytest.param("fr", "Le Sénégal a déployé un bataillon au sein de la mission.", {"ceremony"}, id="fr-other-kind"),
        pytest.param("es", "Uruguay relevó a sus cascos azules en la misión en marzo.", {"rotation"}, id="es-rotation"),
        pytest.param("vi", "Việt Nam triển khai bệnh viện dã chiến tới phái bộ.", {"deployment"}, id="vi-deployment"),
    ],
)
def test_may_tell_kinds_is_false_only_where_event_words_find_none_of_them(language, sentence, kinds):
    """may_tell_kinds looks only at which patterns a sentence's words can reach, compiling none:
    when it says no, event_words finds no word of those kinds."""
    found = [w for w in event_words(sentence, language) if w.kind in kinds]
    assert events.may_tell_kinds(sentence, language, kinds) or not found


def test_may_tell_kinds_says_no_for_a_sentence_without_those_words():
    assert not events.may_tell_kinds("The council met to discuss the budget of the mission.", "en", {"deployment", "rotation"})
