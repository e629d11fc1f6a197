"""Events: a deadline named by its noun and set for a day with a preposition ("setting the
new deadline for 31 March 2027", "fixant la nouvelle échéance au 31 mars 2027", "fijando el
nuevo plazo para el 31 de marzo de 2027", "ấn định thời hạn mới vào ngày 31/3/2027") is the
bound of a period, as "until 31 March" is: not the day of the vote or decision that sets it,
nor a planned happening of its own. The decision keeps its own day. Every sentence here is
written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.dates import deadline_before
from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2026, 9, 12)  # a Saturday: Thursday is the 10th


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The Council extended the mandate of the mission on Thursday, setting the new deadline for 31 March 2027.",
                     "en", id="en"),
        pytest.param("Jeudi, le Conseil a renouvelé le mandat des observateurs, fixant la nouvelle échéance au 31 mars 2027.",
                     "fr", id="fr"),
        pytest.param("El jueves el Consejo renovó el mandato de los observadores, fijando el nuevo plazo para el 31 de marzo de 2027.",
                     "es", id="es-plazo"),
        pytest.param("El jueves el Consejo renovó el mandato de los observadores, fijando el nuevo límite de la misión para el 31 de marzo de 2027.",
                     "es", id="es-limite"),
        pytest.param("Hội đồng đã gia hạn nhiệm vụ của phái bộ hôm thứ Năm, ấn định thời hạn mới vào ngày 31/3/2027.",
                     "vi", id="vi"),
    ],
)
def test_a_deadline_set_for_a_day_is_not_the_decisions_day(sentence, language):
    dates = [e.date for e in body_events(sentence, language, ANCHOR)]
    assert "2027-03-31" not in dates
    assert "2026-09-10" in dates


@pytest.mark.parametrize(
    "before, language",
    [
        pytest.param("setting the new deadline for ", "en", id="en"),
        pytest.param("fixant la nouvelle échéance au ", "fr", id="fr"),
        pytest.param("fijando el nuevo límite de la misión para el ", "es", id="es"),
        pytest.param("ấn định thời hạn mới vào ngày ", "vi", id="vi"),
    ],
)
def test_deadline_before_reads_a_deadline_set_for_a_day(before, language):
    assert deadline_before(before, language) is True


def test_a_planned_happening_for_a_day_stays_planned():
    events = body_events("El relevo del contingente está previsto para el 31 de marzo de 2027.", "es", ANCHOR)
    assert [(e.date, e.announced) for e in events] == [("2027-03-31", True)]
