"""Events: agreements named in the plural ("the peace accords", "les accords de paix", "los
acuerdos de paz") are agreements as the singular is, dated by the year printed beside them.
Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import body_events

ANCHOR = PartialDate(2023, 6, 9)


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The envoy took part in the talks that led to the signing of the peace accords in 1994.", "en", id="en-accords"),
        pytest.param("The two parties signed the agreements in 1994 after long talks.", "en", id="en-agreements"),
        pytest.param("L'émissaire a participé aux négociations qui ont mené aux accords de paix en 1994.", "fr", id="fr-accords"),
        pytest.param("El enviado participó en las negociaciones que llevaron a los acuerdos de paz en 1994.", "es", id="es-acuerdos"),
        pytest.param("El enviado participó en las negociaciones que llevaron al acuerdo de paz en 1994.", "es", id="es-singular-unchanged"),
    ],
)
def test_agreements_in_the_plural_are_agreements(sentence, language):
    assert [(e.date, e.kind) for e in body_events(sentence, language, ANCHOR)] == [("1994", "agreement")]
