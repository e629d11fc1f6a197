"""Events: a happening's noun inside the name of an offence or a status ("war crimes",
"crimes de guerre", "crímenes de guerra", "prisoners of war") names no happening, so a day
beside it goes to the verdict, not to a war. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2023, 5, 2)  # a Tuesday


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The militia leader was found guilty of war crimes on Monday.", "en", id="en-war-crimes"),
        pytest.param("L'ancien colonel a été reconnu coupable de crimes de guerre lundi.", "fr", id="fr-crimes-de-guerre"),
        pytest.param("Le tribunal a déclaré le chef rebelle coupable de crimes de guerre lundi.", "fr", id="fr-declare"),
    ],
)
def test_a_verdict_for_war_crimes_is_a_trial_on_its_day(sentence, language):
    assert [(e.kind, e.date) for e in body_events(sentence, language, ANCHOR)] == [("trial", "2023-05-01")]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Two prisoners of war were exchanged on Monday.", "en", id="en-prisoners"),
        pytest.param("Les enquêteurs ont documenté des crimes de guerre lundi.", "fr", id="fr-documented"),
        pytest.param("La fiscalía presentó el lunes pruebas de crímenes de guerra.", "es", id="es-crimenes"),
    ],
)
def test_an_offence_named_after_war_dates_no_war(sentence, language):
    assert "conflict" not in [e.kind for e in body_events(sentence, language, ANCHOR)]


def test_a_war_itself_still_dates():
    assert [e.kind for e in body_events("The war broke out on Monday in the north.", "en", ANCHOR)] == ["conflict"]
