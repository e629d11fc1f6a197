"""Events: what a government wishes, wants or demands is no happening told, and a year to come
printed after the wish ("souhaite son retrait définitif en 2020", "wants the mission to leave in
2020", "yêu cầu phái bộ rời khỏi đất nước vào năm 2024") is the time wished, no event of that
year; a demand made on a day is still told on that day, as a happening of its own, not as the
withdrawal demanded. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2018, 5, 17)


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The government wants the final withdrawal of the force in 2020.", "en", id="en"),
        pytest.param("Le gouvernement souhaite le retrait définitif de la force en 2020.", "fr", id="fr"),
        pytest.param("Les autorités exigent le départ des casques bleus en 2020.", "fr", id="fr-exigent"),
        pytest.param("El Gobierno desea la retirada definitiva de la fuerza en 2020.", "es", id="es"),
        pytest.param("Chính phủ muốn lực lượng rút quân hoàn toàn vào năm 2020.", "vi", id="vi-muon"),
        pytest.param("Chính phủ yêu cầu phái bộ rời khỏi đất nước vào năm 2020.", "vi", id="vi-yeu-cau"),
    ],
)
def test_a_year_to_come_after_a_wish_dates_no_happening(sentence, language):
    assert body_events(sentence, language, ANCHOR) == []


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("On 16 May, the government demanded the withdrawal of the force.", "en", id="en"),
        pytest.param("Le 16 mai, le gouvernement a exigé le retrait de la force.", "fr", id="fr"),
        pytest.param("El 16 de mayo, el Gobierno exigió la retirada de la fuerza.", "es", id="es"),
        pytest.param("Ngày 16/5, Chính phủ yêu cầu lực lượng rút quân ngay lập tức.", "vi", id="vi"),
    ],
)
def test_a_demand_made_on_a_day_is_told_that_day_not_as_the_withdrawal(sentence, language):
    found = [(e.date, e.kind) for e in body_events(sentence, language, ANCHOR)]
    assert [date for date, _ in found] == ["2018-05-16"], found
    assert all(kind != "withdrawal" for _, kind in found), found
