"""Events: a clause set between commas after a noun by a relative pronoun ("The envoy, who
arrived in Bamako on Monday, met the president", "Keïta, qui a annoncé lundi sa
candidature, a reçu", "El enviado, que llegó el lunes a Bamako, se reunió") that names a day
relative to the article's tells a happening of its own on that day, when the main clause
names no day: before, the sentence gave no event at all. The day of a telling in such a
clause ("the army, which said on Monday that ...") is none. Every sentence here is written
for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import body_events

ANCHOR = PartialDate(2018, 5, 30)  # a Wednesday: the Monday before is the 28th


@pytest.mark.parametrize(
    "sentence, language, kind",
    [
        pytest.param("The envoy, who arrived in Bamako on Monday, met the president.", "en", "deployment", id="en-arrived"),
        pytest.param("The president, who on Monday announced his intention to run again, received the envoy.", "en",
                     "announcement", id="en-announced"),
        pytest.param("L'émissaire, qui est arrivé lundi à Bamako, a rencontré le président.", "fr", "deployment",
                     id="fr-arrive"),
        pytest.param("El enviado, que llegó el lunes a Bamako, se reunió con el presidente.", "es", "deployment",
                     id="es-llego"),
    ],
)
def test_a_dated_relative_clause_tells_its_own_happening(sentence, language, kind):
    assert [(e.date, e.kind) for e in body_events(sentence, language, ANCHOR)] == [("2018-05-28", kind)]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The mission, which said on Monday that the road was open, met the governor.", "en", id="en-said"),
        pytest.param("La mission, qui a indiqué lundi que la route était ouverte, a rencontré le gouverneur.", "fr",
                     id="fr-indique"),
    ],
)
def test_a_telling_day_in_the_clause_dates_nothing(sentence, language):
    assert body_events(sentence, language, ANCHOR) == []
