"""Events: a time counted back ("six months ago", "hace seis meses", "il y a six mois",
"cách đây sáu tháng") or a relative day inside a clause of what was due and did not happen
("should have returned six months ago, but ...") dates nothing: neither the return that
did not take place nor another happening of the sentence. Every sentence here is written
for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2025, 8, 15)


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The battalion should have returned home six months ago, but fighting with the rebels delayed the rotation.",
                     "en", id="en-ago"),
        pytest.param("The unit should have rotated out last week, but the flights were cancelled.", "en", id="en-last-week"),
        pytest.param("El batallón debía haber regresado hace seis meses, pero por el enfrentamiento con los rebeldes el relevo se postergó.",
                     "es", id="es-hace"),
        pytest.param("Les soldats auraient dû rentrer il y a six mois, mais les combats ont retardé la relève.", "fr",
                     id="fr-il-y-a"),
        pytest.param("Lẽ ra đơn vị đã về nước cách đây sáu tháng, nhưng giao tranh đã làm chậm việc luân chuyển.", "vi",
                     id="vi-cach-day"),
    ],
)
def test_a_time_counted_back_in_what_was_due_dates_nothing(sentence, language):
    assert [e.date for e in body_events(sentence, language, ANCHOR)] == []
