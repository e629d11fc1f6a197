"""Quotes: a speech verb whose subject opens on "neither"/"ni" ("but neither the UN nor the
authorities have confirmed", "pero ni la Minustah ni las autoridades han confirmado"; quotes.yaml
negated_subject_openers) reports nothing said. "Neither" or "ni" inside the words said ("The UN
said neither the army nor the police...") leaves the verb a report. Every sentence here is
written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The bodies were found on Monday, but neither the UN nor the local authorities have confirmed the cause of death.",
                     id="en-but-neither"),
        pytest.param("The bodies were found on Monday. Neither the mission nor the army confirmed the toll.", id="en-neither-opening"),
        pytest.param("Los cuerpos fueron hallados el lunes, pero ni la Minustah ni las autoridades locales han confirmado la causa.",
                     id="es-pero-ni"),
        pytest.param("Los cuerpos fueron hallados el lunes. Ni la Minustah ni las autoridades locales confirmaron la causa.",
                     id="es-ni-opening"),
    ],
)
def test_a_negated_subject_makes_no_quote(text):
    assert extract(text, None).quotes == []


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("The bodies were found on Monday. The UN said neither the army nor the police were in the area.",
                     "United Nations", id="en-neither-in-clause-said"),
        pytest.param("Los cuerpos fueron hallados el lunes. La Minustah dijo que ni el ejército ni la policía estaban en la zona.",
                     "MINUSTAH", id="es-ni-in-clause-said"),
        # a clause opening on the negated subject, then a new clause and its own subject
        pytest.param("The bodies were found on Monday. Neither side has fired since Monday and the UN said the truce was holding.",
                     "United Nations", id="en-neither-then-new-clause"),
        pytest.param("Los cuerpos fueron hallados el lunes. Ni un disparo se oyó el martes y la ONU dijo que la tregua se mantenía.",
                     "United Nations", id="es-ni-then-new-clause"),
    ],
)
def test_neither_inside_the_words_said_still_reports(text, speaker):
    assert [q.speaker for q in extract(text, None).quotes] == [speaker]
