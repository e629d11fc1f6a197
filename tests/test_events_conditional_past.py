"""Events: a compound conditional ("auraient attaqué", "auraient dû rentrer", "habrían
debido volver") tells the past, so a weekday in its sentence is the last such day, not the
next one; the conditional of être with a participle ("seraient déployées") and "aurait
lieu" still tell what is to come. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import body_events

ANCHOR = PartialDate(2024, 4, 13)  # a Saturday: last Thursday is the 11th, the next the 18th


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Des hommes armés auraient attaqué le camp jeudi.", "fr", id="fr-reportedly"),
        pytest.param("Les casques bleus, qui auraient dû rentrer en mars, sont rentrés jeudi.", "fr", id="fr-due-in-march"),
        pytest.param("Les casques bleus, qui auraient dû rentrer en janvier, sont rentrés jeudi.", "fr", id="fr-due-in-january"),
        pytest.param("Los soldados, que habrían debido volver en marzo, volvieron el jueves.", "es", id="es-due-in-march"),
    ],
)
def test_a_compound_conditional_tells_the_past(sentence, language):
    assert [e.date for e in body_events(sentence, language, ANCHOR)] == ["2024-04-11"]


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Le ministre a indiqué que les troupes seraient déployées jeudi.", id="passive-to-come"),
        pytest.param("Selon la presse, la réunion aurait lieu jeudi.", id="aurait-lieu"),
    ],
)
def test_a_conditional_to_come_stays_ahead(sentence):
    assert [e.date for e in body_events(sentence, "fr", ANCHOR)] == ["2024-04-18"]
