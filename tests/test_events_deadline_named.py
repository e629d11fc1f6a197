"""Events: a deadline named by its noun before a copula ("whose deadline for withdrawal is
December 31", "la date limite du retrait est le 31 décembre", "el plazo para la retirada es el
31 de diciembre", "thời hạn rút quân là ngày 31/12") is the bound of what must be done, as "by
31 December" is, not the day of a happening, announced or not. A happening dated on its own
day beside the word stays. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.dates import deadline_before
from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2023, 12, 8)


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The force handed over its last camp, whose deadline for withdrawal is December 31.", "en", id="en-whose"),
        pytest.param("The deadline for the pull-out of the battalion is December 31.", "en", id="en-the-deadline"),
        pytest.param("La date limite du retrait de la force est le 31 décembre.", "fr", id="fr-date-limite"),
        pytest.param("El plazo para la retirada de la fuerza es el 31 de diciembre.", "es", id="es-plazo"),
        pytest.param("Thời hạn rút quân của lực lượng là ngày 31/12.", "vi", id="vi-thoi-han"),
    ],
)
def test_a_named_deadline_dates_no_happening(sentence, language):
    assert [e.date for e in body_events(sentence, language, ANCHOR)] == []


def test_a_happening_before_the_deadline_keeps_its_day():
    events = body_events("The battalion withdrew on December 5, well before the deadline.", "en", ANCHOR)
    assert [(e.kind, e.date) for e in events] == [("withdrawal", "2023-12-05")]


@pytest.mark.parametrize(
    "before, language, expected",
    [
        pytest.param("whose deadline for withdrawal is ", "en", True, id="en"),
        pytest.param("the deadline passed, and the unit left on ", "en", False, id="en-clause-between"),
        pytest.param("el plazo para la retirada de la fuerza es el ", "es", True, id="es"),
    ],
)
def test_deadline_before_reads_the_named_deadline(before, language, expected):
    assert deadline_before(before, language) is expected
