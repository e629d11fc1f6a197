"""Events: a clause coordinated after a past happening, with a subject and a relative day of
its own, that speaks of the future ("and their bodies will be flown home on Monday", "y sus
restos serán repatriados el lunes", "et leurs dépouilles seront rapatriées lundi") tells a
planned happening on the coming day, not on the day of that name just past. In EN, FR, ES.
Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from newsdossier.entities import find_in_sentence
from newsdossier.events import find_events

FRIDAY = PartialDate(2023, 6, 9)


def told(sentence: str, language: str) -> list[tuple[str, str, bool]]:
    """The (date, kind, announced) of the events one sentence tells, deep in an article's body."""
    sentences = [("Une phrase sans rien.", [])] * 4 + [(sentence, find_in_sentence(sentence, language))]
    return sorted((e.date, e.kind, bool(e.announced)) for e in find_events(sentences, FRIDAY, None, language)[0])


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Two soldiers were killed on Tuesday and their bodies will be repatriated on Monday.", "en", id="en"),
        pytest.param("A blue helmet died on Tuesday and his remains will be flown home on Monday.", "en", id="en-flown-home"),
        pytest.param("Dos soldados murieron el martes y sus restos serán repatriados el lunes.", "es", id="es"),
        pytest.param("Deux soldats ont été tués mardi et leurs dépouilles seront rapatriées lundi.", "fr", id="fr"),
    ],
)
def test_a_future_coordinated_clause_is_dated_on_the_coming_day(sentence, language):
    assert ("2023-06-12", "return", True) in told(sentence, language)


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Two soldiers were killed on Tuesday and their bodies were repatriated on Thursday.", "en", id="en"),
        pytest.param("Dos soldados murieron el martes y sus restos fueron repatriados el jueves.", "es", id="es"),
    ],
)
def test_a_past_coordinated_clause_keeps_the_day_just_past(sentence, language):
    assert ("2023-06-08", "return", False) in told(sentence, language)
