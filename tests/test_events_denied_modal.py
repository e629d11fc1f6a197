"""Events: a happening denied by a modal ("were unable to be rotated", "couldn't be relieved",
Vietnamese "không thể luân chuyển", "không được luân chuyển") is no event, and neither does
its fronted time date a happening of no listed kind ("In March, the troops could not be
relieved", "Tháng 3, ... chưa thể luân chuyển"). Every sentence here is written for these
tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import body_events

FRIDAY = PartialDate(2024, 10, 11)


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The engineers were unable to be rotated in May because the airport was closed.", "en",
                     id="en-unable-to-be"),
        pytest.param("The engineers couldn't be relieved in May.", "en", id="en-couldn-t"),
        pytest.param("In May, the engineers could not be relieved.", "en", id="en-fronted-month"),
        pytest.param("In May, the engineers were unable to be rotated.", "en", id="en-fronted-unable"),
        pytest.param("Các kỹ sư không thể luân chuyển vào tháng 5 vì sân bay đóng cửa.", "vi", id="vi-khong-the"),
        pytest.param("Các kỹ sư không được luân chuyển vào tháng 5.", "vi", id="vi-khong-duoc"),
        pytest.param("Tháng 5, các kỹ sư chưa thể luân chuyển do sân bay đóng cửa.", "vi", id="vi-fronted-chua-the"),
    ],
)
def test_a_happening_denied_by_a_modal_dates_nothing(sentence, language):
    assert [e.date for e in body_events(sentence, language, FRIDAY)] == []


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("The engineers were rotated in May.", "en", [("2024-05", "rotation")], id="en-affirmed"),
        pytest.param("Các kỹ sư đã luân chuyển vào tháng 5.", "vi", [("2024-05", "rotation")], id="vi-affirmed"),
        pytest.param("In May, the engineers were rotated.", "en", [("2024-05", "rotation")], id="en-fronted-affirmed"),
    ],
)
def test_the_same_happening_affirmed_keeps_its_month(sentence, language, expected):
    assert [(e.date, e.kind) for e in body_events(sentence, language, FRIDAY)] == expected
