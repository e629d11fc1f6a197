"""Events: a verdict naming the convicted between its verb and "guilty" ("found two soldiers
guilty", "a jugé les deux soldats coupables", "declaró culpables a los dos soldados", "tuyên
hai binh sĩ có tội") is a trial or verdict of its day, as "found guilty" printed together is.
Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2023, 5, 2)  # a Tuesday


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("A military court in Kinshasa found two soldiers guilty of murdering the UN experts on Monday.", "en", id="en"),
        pytest.param("Un tribunal militaire de Kinshasa a jugé les deux soldats coupables du meurtre des experts de l'ONU lundi.",
                     "fr", id="fr-juge"),
        pytest.param("La cour d'appel a reconnu l'ancien chef de milice coupable de désertion lundi.", "fr", id="fr-reconnu"),
        pytest.param("Un tribunal militar de Kinshasa declaró culpables a los dos soldados del asesinato de los expertos de la ONU el lunes.",
                     "es", id="es-declaro-culpables-a"),
        pytest.param("El tribunal halló al excomandante culpable de deserción el lunes.", "es", id="es-hallo"),
        pytest.param("Tòa án quân sự ở Kinshasa tuyên hai binh sĩ có tội vào thứ Hai.", "vi", id="vi"),
    ],
)
def test_a_verdict_with_its_object_between_is_a_trial_of_its_day(sentence, language):
    assert [(e.kind, e.date) for e in body_events(sentence, language, ANCHOR)] == [("trial", "2023-05-01")]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The panel found that the officers had acted lawfully on Monday.", "en", id="en-found-that"),
        pytest.param("Le tribunal a déclaré la requête irrecevable lundi.", "fr", id="fr-irrecevable"),
    ],
)
def test_a_finding_of_no_guilt_is_no_verdict(sentence, language):
    assert all(e.kind != "trial" for e in body_events(sentence, language, ANCHOR))
