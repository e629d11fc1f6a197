"""Events: a relative clause set off by commas telling how the subject came to be ("the force,
which was created in 2013, patrols ...", "la force, qui a été créée en 2013, patrouille ...",
"la fuerza, que fue creada en 2013, patrulla ...") says it in passing, as the participle
alone already does ("the force, created in 2013, ..."): its year dates no setting-up event,
and the main verb's own happening keeps its day. Every sentence here is written for these
tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2025, 6, 11)  # a Wednesday


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The force, which was created in 2013, patrols the border with Chad.", "en", id="en-which-was"),
        pytest.param("The unit, which was set up in 2011, guards the airport of Juba.", "en", id="en-set-up"),
        pytest.param("The brigade, which had been established in 2016, guards the airport.", "en", id="en-had-been"),
        pytest.param("La force, qui a été créée en 2013, patrouille le long de la frontière.", "fr", id="fr-qui-a-ete"),
        pytest.param("L'unité, qui avait été mise en place en 2011, garde l'aéroport.", "fr", id="fr-qui-avait-ete"),
        pytest.param("La fuerza, que fue creada en 2013, patrulla la frontera con Chad.", "es", id="es-que-fue"),
        pytest.param("La unidad, que había sido establecida en 2011, custodia el aeropuerto.", "es", id="es-habia-sido"),
    ],
)
def test_a_founding_relative_clause_dates_no_event(sentence, language):
    assert [e.date for e in body_events(sentence, language, ANCHOR)] == []


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The force was created in 2013 to patrol the border.", "en", id="en-main-verb"),
        pytest.param("La force a été créée en 2013 pour patrouiller le long de la frontière.", "fr", id="fr-main-verb"),
    ],
)
def test_a_founding_told_as_the_main_verb_stays_an_event(sentence, language):
    assert "2013" in [e.date for e in body_events(sentence, language, ANCHOR)]
