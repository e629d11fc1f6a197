"""Events: a participle used as a noun after a determiner, the object of a verb before it in
its clause ("Le Tchad a rappelé lundi son envoyé", "Chad recalled its envoy on Monday", "el
Gobierno expulsó el lunes al enviado"), names a person, no sending: it gives no deployment.
A casualty so named ("a fait un blessé") still tells its wounding. Every sentence here is
written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2024, 5, 9)  # a Thursday


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Le Tchad a rappelé lundi son envoyé auprès de la mission.", "fr", id="fr-son"),
        pytest.param("La junte a chassé lundi l'envoyée de l'organisation régionale.", "fr", id="fr-elided"),
        pytest.param("El Gobierno expulsó el lunes al enviado de la organización regional.", "es", id="es-al"),
        pytest.param("Chad recalled its envoy to the mission on Monday.", "en", id="en-noun"),
    ],
)
def test_the_envoy_as_object_is_no_deployment(sentence, language):
    assert "deployment" not in [e.kind for e in body_events(sentence, language, ANCHOR)]


@pytest.mark.parametrize(
    "sentence, language, kind, expected",
    [
        pytest.param("Le Tchad a envoyé lundi des renforts à la mission.", "fr", "deployment", "2024-05-06", id="fr-verb"),
        pytest.param("L'envoyée arrivera lundi à Niamey.", "fr", "deployment", "2024-05-13", id="fr-subject"),
        pytest.param("L'embuscade a fait un blessé lundi près de la frontière.", "fr", "attack", "2024-05-06", id="fr-casualty-kept"),
        pytest.param("Los socorristas evacuaron el lunes a los heridos.", "es", "casualty", "2024-05-06", id="es-casualty-kept"),
    ],
)
def test_a_verb_or_a_casualty_still_tells(sentence, language, kind, expected):
    assert (kind, expected) in [(e.kind, e.date) for e in body_events(sentence, language, ANCHOR)]
