"""Events: a dateline glued to the lead's first sentence, its date in the bracket of the
outlet ("MOSCOW (Example News / Agency - 05th August, 2023) The mission said Friday ..."),
gives the day the story was filed, not the day of the happening the sentence tells: the
happening keeps the day it is told with ("Friday", "el jueves"). Every sentence here is
written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2023, 8, 5)  # a Saturday: the Thursday before is the 3rd, the Friday the 4th


@pytest.mark.parametrize(
    "sentence, language, day",
    [
        pytest.param("OSLO (Example Wire / Agency - 05th August, 2023) The mission said Friday it has completed the "
                     "handover of its camp in the north.", "en", "2023-08-04", id="en-said-friday"),
        pytest.param("Kinshasa (Agence Exemple, 5 August 2023) Two peacekeepers were killed on Thursday near Beni.", "en",
                     "2023-08-03", id="en-killed-thursday"),
        pytest.param("NACIONES UNIDAS (Agencia Ejemplo, 5 de agosto de 2023) El Consejo de Seguridad renovó el jueves "
                     "el mandato de la misión.", "es", "2023-08-03", id="es-renovo-jueves"),
    ],
)
def test_the_dateline_s_date_is_not_the_happening_s(sentence, language, day):
    assert [e.date for e in body_events(sentence, language, ANCHOR, lead=True)] == [day]


def test_a_bracket_after_a_lowercase_word_is_no_dateline():
    """"the attack (on 3 August 2023)": a gloss of the sentence, its date the happening's."""
    events = body_events("Officials recalled the attack (on 3 August 2023) that killed two peacekeepers.", "en", ANCHOR)
    assert "2023-08-03" in [e.date for e in events]
