"""Events: a happening told in a time clause of its own ("after three soldiers were killed",
"après que trois soldats ont été tués", "después de que tres soldados murieran") keeps that
clause's past, whatever the tense of the clause it hangs on ("vowed that it would not be
intimidated after ..."): it is no planned happening, and a weekday of the sentence counts
back, not forward. A happening of the future in such a clause is still planned. Every
sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import article_events

ANCHOR = PartialDate(2023, 9, 15)  # a Friday
FOLLOW = {"en": "Nothing else was said.", "fr": "Rien d'autre n'a été dit.", "es": "No se dijo nada más."}


def _found(sentence, language):
    return [(e.date, e.announced) for e in article_events([sentence, FOLLOW[language]], language, ANCHOR)]


@pytest.mark.parametrize(
    "language, sentence",
    [
        pytest.param("en", "The brigade vowed on Monday that it would not be intimidated after three guards were killed near Gao.",
                     id="en-after"),
        pytest.param("en", "The brigade said on Monday it will not back down after three guards were shot dead near Gao.",
                     id="en-will-after"),
        pytest.param("fr", "La brigade a promis lundi qu'elle ne se laisserait pas intimider après que trois gardes ont été tués près de Gao.",
                     id="fr-apres-que"),
        pytest.param("es", "La brigada prometió el lunes que no se dejaría intimidar después de que tres guardias murieran cerca de Gao.",
                     id="es-despues-de-que"),
    ],
)
def test_the_past_of_the_time_clause_is_the_happenings(language, sentence):
    found = _found(sentence, language)
    assert ("2023-09-11", False) in found
    assert not any(date == "2023-09-18" for date, _announced in found)


@pytest.mark.parametrize(
    "language, sentence, expected",
    [
        pytest.param("en", "The envoy said that the talks will open in Bamako on Monday after the delegations will have arrived.",
                     "2023-09-18", id="en-future-kept"),
        pytest.param("fr", "Le ministre a annoncé qu'il visitera le camp lundi, après que les renforts seront arrivés.", "2023-09-18",
                     id="fr-future-kept"),
    ],
)
def test_a_planned_happening_stays_planned(language, sentence, expected):
    assert (expected, True) in _found(sentence, language)
