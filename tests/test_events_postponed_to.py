"""Events: a date a happening is put off to ("ha pospuesto para la primera quincena de
julio la votación", "has postponed the vote to early July", "a reporté à la fin de juillet le
vote") lies
after the article, whatever the tense of the verb that puts it off: it is read forward from
the article's date and the happening is planned. Every sentence here is written for these
tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import body_events

ANCHOR = PartialDate(2021, 6, 10)  # July before the article is 2020's, after it 2021's


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("El Consejo ha pospuesto para la primera quincena de julio la votación sobre la misión.", "es",
                     id="es-pospuesto-para"),
        pytest.param("La ONU ha aplazado para finales de julio una decisión sobre el nuevo comandante.", "es", id="es-aplazado-para"),
        pytest.param("The Council has postponed the vote on the mission to early July.", "en", id="en-postponed-to"),
        pytest.param("The UN has pushed back to mid July its decision on the new commander.", "en", id="en-pushed-back-to"),
        pytest.param("Le Conseil a reporté à la fin de juillet le vote sur la mission.", "fr", id="fr-reporte-a"),
        pytest.param("L'ONU a repoussé au mois de juillet sa décision sur le nouveau commandant.", "fr", id="fr-repousse-au"),
    ],
)
def test_a_date_put_off_to_lies_ahead(sentence, language):
    assert [(e.date, e.announced) for e in body_events(sentence, language, ANCHOR)] == [("2021-07", True)]


@pytest.mark.parametrize(
    "sentence, language, date",
    [
        # a date the putting off was told on is no date put off to
        pytest.param("On 3 May the Council postponed the vote on the mission.", "en", "2021-05-03", id="en-on-day"),
        pytest.param("El Consejo aplazó el 3 de mayo la votación sobre la misión.", "es", "2021-05-03", id="es-on-day"),
    ],
)
def test_the_day_of_the_putting_off_stays_past(sentence, language, date):
    assert [(e.date, e.announced) for e in body_events(sentence, language, ANCHOR)] == [(date, False)]
