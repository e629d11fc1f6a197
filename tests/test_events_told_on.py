"""Events: an announcement of a planned event is dated on the day it was told when the text
prints it ("announced in December that the troops will withdraw in April"), and the planned
event of a future clause is read ahead. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2017, 3, 26)


def events_of(sentence: str, language: str) -> list[tuple[str, str]]:
    return sorted((e.kind, e.date) for e in body_events(sentence, language, ANCHOR))


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The minister announced in December that the troops will withdraw in April.", "en", id="en"),
        pytest.param("Le ministre a annoncé en décembre dernier que les troupes se retireront en avril.", "fr", id="fr"),
        pytest.param("El ministro anunció en diciembre que las tropas se retirarán en abril.", "es", id="es"),
        pytest.param("Bộ trưởng đã thông báo vào tháng 12 rằng binh sĩ sẽ rút quân vào tháng 4.", "vi", id="vi"),
    ],
)
def test_an_announcement_is_dated_when_told_and_its_plan_ahead(sentence, language):
    assert events_of(sentence, language) == [("announcement", "2016-12"), ("withdrawal", "2017-04")]
