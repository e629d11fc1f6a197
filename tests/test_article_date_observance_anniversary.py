"""An anniversary of a day the world observes ("the 70th anniversary of the International Day
of UN Peacekeepers") counts the years from what that day commemorates (the first UN
peacekeeping operation, 1948: vocabulary anniversary_observances), not from the founding of
the body whose name the day's name holds (the UN, 1945), even when that body is named first
in the sentence. An anniversary of the body itself still counts from its founding. Every
sentence is written for these tests."""
from __future__ import annotations

import datetime

import pytest

from newsdossier.extract import extract

TODAY = datetime.date(2026, 1, 1)


def article_date(*blocks: str) -> str:
    return extract("\n\n".join(blocks), today=TODAY).fields["date"]


@pytest.mark.parametrize(
    ("blocks", "date"),
    [
        pytest.param(("Envoys gather in New York", "The delegation to the United Nations held a reception to mark the 70th anniversary "
                      "of the International Day of UN Peacekeepers with veterans of several missions."), "2018", id="en-day-of"),
        pytest.param(("A day for the blue helmets", "Schools this year mark the 72nd anniversary of the UN Peacekeepers Day with drawings."),
                     "2020", id="en-peacekeepers-day"),
        pytest.param(("Les diplomates réunis", "La représentation auprès des Nations unies a marqué le 71e anniversaire de la "
                      "Journée internationale des Casques bleus des Nations unies par une réception."), "2019", id="fr"),
        pytest.param(("Los diplomáticos reunidos", "La delegación ante las Naciones Unidas celebró el 74º aniversario del Día "
                      "Internacional del Personal de Paz de las Naciones Unidas con una recepción."), "2022", id="es"),
        pytest.param(("Các nhà ngoại giao gặp mặt", "Phái đoàn tại Liên hợp quốc tổ chức kỷ niệm 73 năm Ngày Quốc tế Lực lượng "
                      "gìn giữ hòa bình Liên hợp quốc với các cựu binh."), "2021", id="vi"),
    ],
)
def test_an_anniversary_of_the_peacekeepers_day_counts_from_1948(blocks, date):
    assert article_date(*blocks) == date


def test_an_anniversary_of_the_body_itself_still_counts_from_its_founding():
    # (must not change) the organisation's own anniversary
    assert article_date("Envoys gather", "The delegation held a reception to mark the 75th anniversary of the United Nations.") == "2020"
