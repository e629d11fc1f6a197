"""Events: a mandate extended with its length written as a period ("pour une durée d'un an",
"pour une période de six mois", "por un periodo de un año", "for a period of twelve months")
between the verb and its object ("a décidé de proroger pour une durée d'un an le mandat") is
still the mandate's extension, as with a bare length ("pour un an"): vocabulary
verb_object_gaps.length_leads. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import body_events

ANCHOR = PartialDate(2019, 3, 16)  # a Saturday


@pytest.mark.parametrize(
    "sentence, language, day",
    [
        pytest.param("Le Conseil a décidé jeudi de proroger pour une durée d'un an le mandat de la force.",
                     "fr", "2019-03-14", id="fr-duree-de-un-an"),
        pytest.param("Le Conseil a décidé, vendredi, de renouveler pour une durée de six mois le mandat de la mission.",
                     "fr", "2019-03-15", id="fr-duree-de-six-mois"),
        pytest.param("Mercredi, le Conseil a décidé de prolonger pour une période de douze mois le mandat de la force.",
                     "fr", "2019-03-13", id="fr-periode-de"),
        pytest.param("El Consejo decidió el jueves prorrogar por un periodo de seis meses el mandato de la fuerza.",
                     "es", "2019-03-14", id="es-periodo-de"),
        pytest.param("El Consejo decidió el viernes renovar por un plazo de un año el mandato de la misión.",
                     "es", "2019-03-15", id="es-plazo-de"),
        pytest.param("On Thursday the Council decided to extend for a period of six months the mandate of the force.",
                     "en", "2019-03-14", id="en-period-of"),
    ],
)
def test_a_period_between_verb_and_mandate_keeps_the_extension(sentence, language, day):
    events = sorted((str(e.date), e.kind) for e in body_events(sentence, language, ANCHOR))
    assert (day, "adoption") in events, events


@pytest.mark.parametrize(
    "sentence, language, day",
    [
        # a bare length was read before; it still is
        pytest.param("Le Conseil a décidé jeudi de proroger pour un an le mandat de la force.",
                     "fr", "2019-03-14", id="fr-bare-length"),
        pytest.param("The Council on Friday extended the mandate of the mission for a period of one year.",
                     "en", "2019-03-15", id="en-length-after-object"),
    ],
)
def test_a_bare_length_and_a_length_after_the_object_still_do(sentence, language, day):
    events = sorted((str(e.date), e.kind) for e in body_events(sentence, language, ANCHOR))
    assert (day, "adoption") in events, events
