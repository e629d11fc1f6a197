"""Events: in the body, a day fronting a sentence whose verb is a telling that frames the
happening ("On 3 April, the army announced that two soldiers were killed", "Le 3 avril,
l'armée a annoncé que ...", "El 3 de abril, el ejército anunció que ...", "Ngày 3/4, quân
đội cho biết ...") is kept for the happening as the closest day the text gives, as it is
for a telling that frames nothing ("On 3 April, the army said ..."); a day of its own
after the framing verb still wins. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import body_events

FRIDAY = PartialDate(2024, 4, 5)


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("On 3 April, the police announced that two guards were killed near the depot.", "en", id="en-announced"),
        pytest.param("Le 3 avril, la police a annoncé que deux gardes ont été tués près du dépôt.", "fr", id="fr-a-annonce"),
        pytest.param("El 3 de abril, la policía anunció que dos guardias murieron cerca del depósito.", "es", id="es-anuncio"),
        pytest.param("Ngày 3/4, cảnh sát cho biết hai người bảo vệ thiệt mạng gần kho hàng.", "vi", id="vi-cho-biet"),
        pytest.param("Ngày 3/4, cảnh sát thông báo hai người bảo vệ thiệt mạng gần kho hàng.", "vi", id="vi-thong-bao"),
    ],
)
def test_the_fronted_day_of_the_framing_telling_dates_the_happening(sentence, language):
    assert [(e.date, e.kind) for e in body_events(sentence, language, FRIDAY)] == [("2024-04-03", "casualty")]


def test_a_day_of_its_own_still_wins():
    sentence = "On 3 April, the police announced that two guards were killed near the depot on 1 April."
    casualties = [e.date for e in body_events(sentence, "en", FRIDAY) if e.kind == "casualty"]
    assert casualties == ["2024-04-01"]
