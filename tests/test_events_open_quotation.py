"""Events: a quotation may run over several sentences ('"Today at 7 pm, gunmen fired on a
mission vehicle. A soldier died in hospital," the statement said'): the sentence that opens
it without closing it is quoted too, so its "today" is the statement's day, not the
article's, and the happening is the one told before. Every sentence here is written for
these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import article_events

ANCHOR = PartialDate(2018, 4, 7)  # a Saturday: Friday is the 6th


@pytest.mark.parametrize(
    "sentences, language",
    [
        pytest.param(["A soldier died on Friday after an attack in Gao, the mission announced in a statement.",
                      '"Today at 7 pm, two gunmen opened fire on a mission vehicle in Gao.',
                      'A soldier in the vehicle died in hospital," the text said.'], "en", id="en"),
        pytest.param(["Un soldado murió el viernes tras un ataque en Gao, anunció la misión en un comunicado.",
                      '"Hoy a las 19H00, dos hombres armados abrieron fuego contra un vehículo de la misión en Gao.',
                      'Un soldado que ocupaba el vehículo murió en el hospital", según el texto.'], "es", id="es"),
        pytest.param(["Un soldat est mort vendredi après une attaque à Gao, a annoncé la mission dans un communiqué.",
                      "« Aujourd'hui à 19 heures, deux hommes armés ont ouvert le feu sur un véhicule de la mission à Gao.",
                      "Un soldat est mort à l'hôpital », selon le texte."], "fr", id="fr"),
    ],
)
def test_a_today_inside_a_quotation_running_on_is_not_the_articles_day(sentences, language):
    assert "2018-04-07" not in [e.date for e in article_events(sentences, language, ANCHOR)]
