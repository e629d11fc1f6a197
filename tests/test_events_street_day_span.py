"""Events: a span of days after a noun of a street, square or ground ("dans la rue du 3 au 5
mai", "sur place du 3 au 5 avril", "en el estadio del 12 al 14 de abril") is when the
happening ran, not a street's name: a name is printed after one day, never after a span.
Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2023, 5, 20)


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("Les habitants sont descendus dans la rue du 3 au 5 mai.", "fr", "2023-05-03/2023-05-05", id="fr-rue-du-au"),
        pytest.param("Les enquêteurs de la mission sont restés sur place du 8 au 11 avril.", "fr", "2023-04-08/2023-04-11", id="fr-sur-place"),
        pytest.param("Le tournoi de la paix s'est déroulé au stade du 12 au 14 avril.", "fr", "2023-04-12/2023-04-14", id="fr-stade"),
        pytest.param("Los vecinos tomaron la calle del 3 al 5 de mayo.", "es", "2023-05-03/2023-05-05", id="es-calle-del-al"),
        pytest.param("El torneo de la paz se celebró en el estadio del 12 al 14 de abril.", "es", "2023-04-12/2023-04-14", id="es-estadio"),
    ],
)
def test_a_span_of_days_after_a_street_noun_still_dates(sentence, language, expected):
    assert expected in [e.date for e in body_events(sentence, language, ANCHOR)]
