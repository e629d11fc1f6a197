"""Events: a month printed in a participle phrase on the subject ("la junta surgida del golpe
de agosto de 2020", "le gouvernement formé en août 2020") tells what the subject came from;
when the main verb has a day right after it ("anunció el martes", "a annoncé mardi"), that
day dates the main event, not the month. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2024, 5, 9)  # a Thursday


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("El consejo nacido de la revuelta de marzo de 2021 anunció el lunes que deja el bloque regional.", "es", id="es"),
        pytest.param("Le conseil formé en mars 2021 a annoncé lundi qu'il quittait le bloc régional.", "fr", id="fr"),
        pytest.param("The council formed in March 2021 announced on Monday that it was leaving the regional bloc.", "en", id="en"),
    ],
)
def test_the_verbs_own_day_dates_the_announcement(sentence, language):
    dated = [(e.kind, e.date) for e in body_events(sentence, language, ANCHOR)]
    assert ("announcement", "2024-05-06") in dated
    assert ("announcement", "2021-03") not in dated


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        # no day after the verb: the printed month stays as it was read
        pytest.param("Le conseil formé en mars 2021 a annoncé qu'il quittait le bloc régional.", "fr", "2021-03", id="fr-no-day"),
    ],
)
def test_without_a_day_after_the_verb_the_month_stays(sentence, language, expected):
    assert expected in [e.date for e in body_events(sentence, language, ANCHOR)]
