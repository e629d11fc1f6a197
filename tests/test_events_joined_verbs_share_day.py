"""Events: two event verbs joined right after each other by "and" ("y", "et", "và") or a
comma share one subject, and the one day told after the second dates them both: "Two
engineers were abducted and killed on Tuesday" is one happening on the Tuesday, not an abduction
in the month and a killing on the day (nor, with the day set off by commas, an abduction in
the month alone). Verbs each with a day of their own stay apart. In EN, FR, ES, VI. Every
sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from newsdossier.entities import find_in_sentence
from newsdossier.events import find_events

THURSDAY = PartialDate(2019, 11, 14)


def dates_of(sentence: str, language: str) -> list[str]:
    """The dates of the events one sentence tells, deep in an article's body, sorted."""
    sentences = [("Une phrase sans rien.", [])] * 4 + [(sentence, find_in_sentence(sentence, language))]
    return sorted(e.date for e in find_events(sentences, THURSDAY, None, language)[0])


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Two engineers were abducted and killed on Tuesday outside Kidal.", "en", id="en"),
        pytest.param("Dos ingenieros fueron secuestrados y asesinados el martes a las afueras de Kidal.", "es", id="es"),
        pytest.param("Dos ingenieros fueron secuestrados y asesinados, el martes, a las afueras de Kidal.", "es",
                     id="es-commas"),
        pytest.param("Deux ingénieurs ont été enlevés et tués mardi près de Kidal.", "fr", id="fr"),
        pytest.param("Hai kỹ sư bị bắt cóc và sát hại hôm thứ Ba gần Kidal.", "vi", id="vi"),
    ],
)
def test_joined_verbs_are_one_happening_on_the_day_after_them(sentence, language):
    assert dates_of(sentence, language) == ["2019-11-12"]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Two engineers were abducted on Monday and killed on Tuesday outside Kidal.", "en", id="en"),
        pytest.param("Dos ingenieros fueron secuestrados el lunes y asesinados el martes cerca de Kidal.", "es", id="es"),
    ],
)
def test_joined_verbs_with_days_of_their_own_stay_apart(sentence, language):
    assert dates_of(sentence, language) == ["2019-11-11", "2019-11-12"]
