"""Dates: a day/month printed in brackets right after the weekday it falls on ("thứ Sáu
(8/6)", "vendredi (8/6)") is a date mention, as it is after a comma ("thứ Sáu, 8/6"). A
bracket that does not close right after the day/month is no such date. Every sentence here is
written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.dates import find_dates


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Bốn binh sĩ đã thiệt mạng vào thứ Sáu (8/6) gần biên giới.", id="vi-thu-sau"),
        pytest.param("Phái bộ cho biết hôm thứ Sáu ( 8/6 ) đã có giao tranh.", id="vi-spaced-bracket"),
        pytest.param("Quatre casques bleus ont été tués vendredi (8/6) près de la frontière.", id="fr-vendredi"),
        pytest.param("Cuatro cascos azules murieron el viernes (8/6) cerca de la frontera.", id="es-viernes"),
    ],
)
def test_the_bracketed_day_month_is_found(sentence):
    assert [(m.value.month, m.value.day) for m in find_dates(sentence) if m.kind == "date"] == [(6, 8)]


def test_a_bracket_going_on_past_the_day_month_is_no_date():
    """"thứ Sáu (8/6 người ...)": a tally in brackets, no date."""
    assert [m for m in find_dates("Hôm thứ Sáu (8/6 người bị thương) đã có giao tranh.") if m.kind == "date"] == []
