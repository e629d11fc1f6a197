"""Events: an adjective of manner after "de forma", "de manera", "de façon", "de manière"
("partirá de forma escalonada en junio", "partira de manière échelonnée en juin") has the
shape of a past participle but tells how the happening goes, not a done deed of its own: the
month after it dates the main happening, ahead when the verb speaks of the future
(vocabulary manner_openers, events.participle_dated). Every sentence here is written for
these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import body_events

ANCHOR = PartialDate(2022, 5, 20)


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("El batallón partirá de forma escalonada en junio.", "es", id="es-de-forma"),
        pytest.param("Los observadores llegarán de manera coordinada en junio.", "es", id="es-de-manera"),
        pytest.param("La unidad se desplegará de modo escalonado en junio.", "es", id="es-de-modo"),
        pytest.param("Le bataillon partira de façon échelonnée en juin.", "fr", id="fr-de-facon"),
        pytest.param("Les renforts arriveront de manière coordonnée en juin.", "fr", id="fr-de-maniere"),
        pytest.param("Le détachement sera relevé d'une manière ordonnée en juin.", "fr", id="fr-d-une-maniere"),
    ],
)
def test_a_manner_adjective_leaves_the_month_ahead(sentence, language):
    dates = [str(e.date) for e in body_events(sentence, language, ANCHOR)]
    assert "2022-06" in dates and "2021-06" not in dates, dates


@pytest.mark.parametrize(
    "sentence, language",
    [
        # a participle after its noun still tells a done deed, dated in the past
        pytest.param("El batallón cumplirá el plan aprobado en junio.", "es", id="es-plan-aprobado"),
        pytest.param("Le bataillon appliquera l'accord signé en juin.", "fr", id="fr-accord-signe"),
    ],
)
def test_a_participle_after_its_noun_is_still_dated_in_the_past(sentence, language):
    dates = [str(e.date) for e in body_events(sentence, language, ANCHOR)]
    assert "2022-06" not in dates, dates
