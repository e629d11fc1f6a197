"""Events: the day a newsroom received a statement ("in a statement received on Friday",
"dans un communiqué reçu vendredi à la rédaction", "en un comunicado recibido el viernes por
esta agencia", "theo thông cáo nhận được hôm thứ Sáu") is how the news came, no happening: no
meeting of the receiving verb, no announcement of the statement. A happening the statement
tells was done by that day and keeps it; a person received on a day is still a meeting. Every sentence here is written for these
tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import body_events

FRIDAY = PartialDate(2019, 4, 5)


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The mission said in a statement received on Friday that the convoy had reached Gao.", "en",
                     id="en-statement-received"),
        pytest.param("In a press release received on Friday, the agency said the school had reopened.", "en",
                     id="en-press-release-fronted"),
        pytest.param("Dans un communiqué reçu vendredi, la mission a indiqué que l'école avait rouvert.", "fr",
                     id="fr-communique-recu-fronted"),
        pytest.param("L'ONU a indiqué, dans un communiqué reçu vendredi à la rédaction, que l'école avait rouvert.",
                     "fr", id="fr-communique-recu-aside"),
        pytest.param("La misión informó, en un comunicado recibido el viernes por esta agencia, que la escuela reabrió.",
                     "es", id="es-comunicado-recibido"),
        pytest.param("Theo thông cáo nhận được hôm thứ Sáu, trường học đã mở cửa trở lại.", "vi",
                     id="vi-thong-cao-nhan-duoc"),
    ],
)
def test_a_statement_received_on_a_day_is_no_happening(sentence, language):
    assert [(e.date, e.kind) for e in body_events(sentence, language, FRIDAY)] == []


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("The minister received the contingent commander on Friday.", "en",
                     [("2019-04-05", "meeting")], id="en-person-received"),
        pytest.param("Le ministre a reçu vendredi le commandant du contingent.", "fr",
                     [("2019-04-05", "meeting")], id="fr-person-recu"),
        # the happening the statement tells was done by the day it came: dated by it
        pytest.param("Dans un communiqué reçu vendredi, la mission a annoncé que le contingent avait été relevé.",
                     "fr", [("2019-04-05", "rotation")], id="fr-told-rotation-keeps-day"),
    ],
)
def test_a_person_received_or_a_happening_told_keeps_its_day(sentence, language, expected):
    assert [(e.date, e.kind) for e in body_events(sentence, language, FRIDAY)] == expected
