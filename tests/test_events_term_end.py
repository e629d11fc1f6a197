"""Events: the end of a term named right before its date ("sau thời hạn 31/12/2023", "après
l'échéance du 31 décembre 2023", "tras el plazo del 31 de diciembre de 2023", "after the deadline
of 31 December 2023") bounds a span, no happening of that day; the happening planned after it
keeps its own day, planned. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2023, 7, 1)


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Sau thời hạn 31/12/2023, vào ngày 1/1/2024, lực lượng sẽ bắt đầu thanh lý tài sản.", "vi", id="vi"),
        pytest.param("Après l'échéance du 31 décembre 2023, la force commencera la liquidation de ses biens le 1er janvier 2024.", "fr", id="fr"),
        pytest.param("Tras el plazo del 31 de diciembre de 2023, la fuerza iniciará la liquidación de sus bienes el 1 de enero de 2024.", "es", id="es"),
        pytest.param("After the deadline of 31 December 2023, the force will begin selling its assets on 1 January 2024.", "en", id="en"),
    ],
)
def test_a_term_s_end_dates_no_happening_and_what_follows_is_planned(sentence, language):
    assert [(e.date, e.announced) for e in body_events(sentence, language, ANCHOR)] == [("2024-01-01", True)]
