"""Events: a dateline cut off as a sentence of its own ("Duékoué, le 29 mai 2012...", "NEW YORK,
May 12, 2023 -") tells no happening; a sentence that goes on past its date, or whose place
follows a clause of its own, still dates what it tells. Every sentence here is written for
these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2023, 5, 20)


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Bouaké, le 12 mai 2023...", "fr", id="fr-ellipsis"),
        pytest.param("Bouaké, le vendredi 12 mai 2023 -", "fr", id="fr-weekday"),
        pytest.param("SAN JOSÉ, May 12, 2023 -", "en", id="en-caps"),
        pytest.param("Ciudad de Guatemala, 12 de mayo de 2023.", "es", id="es-date"),
    ],
)
def test_a_dateline_alone_is_no_happening(sentence, language):
    assert body_events(sentence, language, ANCHOR) == []


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Bouaké, le 12 mai 2023, la brigade a tenu une cérémonie.", "fr", id="fr-goes-on"),
        pytest.param("Le sommet s'est tenu à Bouaké, le 12 mai 2023.", "fr", id="fr-clause-first"),
        pytest.param("A ceremony was held in Bouaké, on 12 May 2023.", "en", id="en-clause-first"),
    ],
)
def test_a_sentence_going_past_its_place_and_date_still_dates(sentence, language):
    assert [e.date for e in body_events(sentence, language, ANCHOR)] == ["2023-05-12"]
