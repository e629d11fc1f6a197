"""A day the text calls yesterday or the day before yesterday, printed with its date
("yesterday, 11 March 2024", "hier, lundi 11 mars 2024", "ayer, 11 de marzo de 2024", "hôm
qua (11/3/2024)"; dates.yaml relative_days), dates the article the day after (or two days
after): the text itself says which day it is written on. A day called today is that day, as
before. Every sentence is written for these tests."""
from __future__ import annotations

import datetime

import pytest

from newsdossier.extract import extract

TODAY = datetime.date(2026, 12, 1)


def dates(text: str) -> tuple[str, str]:
    extraction = extract(text, today=TODAY)
    return extraction.fields["date"], extraction.determined_date


@pytest.mark.parametrize(
    ("text", "date"),
    [
        pytest.param("Ferry crew hurt\n\nTwo crew members of the harbour ferry were hurt yesterday, 11 March 2024, when a mooring "
                     "line snapped at the old pier, the harbour board said in a statement on its website.\n\nAn inquiry opened.",
                     "2024-03-12", id="en-yesterday"),
        pytest.param("Marins blessés\n\nDeux marins du bac ont été blessés hier, lundi 11 mars 2024, quand une amarre a cédé près "
                     "de l'ancien embarcadère, a indiqué la capitainerie dans un communiqué.\n\nUne enquête est ouverte.",
                     "2024-03-12", id="fr-hier"),
        pytest.param("Marineros heridos\n\nDos marineros del ferry resultaron heridos ayer, 11 de marzo de 2024, cuando se rompió "
                     "una amarra junto al viejo muelle, informó la autoridad portuaria en un comunicado.\n\nSe abrió una investigación.",
                     "2024-03-12", id="es-ayer"),
        pytest.param("Thuyền viên bị thương\n\nHôm qua (11/3/2024), hai thuyền viên của phà bị thương khi một sợi dây neo bị đứt "
                     "gần bến phà cũ, ban quản lý cảng cho biết trong một thông cáo trên trang web.\n\nMột cuộc điều tra đã mở.",
                     "2024-03-12", id="vi-hom-qua"),
        pytest.param("Marins blessés\n\nDeux marins du bac ont été blessés avant-hier, le 10 mars 2024, quand une amarre a cédé "
                     "près de l'ancien embarcadère, a indiqué la capitainerie dans un communiqué.\n\nUne enquête est ouverte.",
                     "2024-03-12", id="fr-avant-hier"),
        pytest.param("Marineros heridos\n\nDos marineros del ferry resultaron heridos ayer, 31 de diciembre de 2023, cuando se rompió "
                     "una amarra junto al viejo muelle, informó la autoridad portuaria en un comunicado.\n\nSe abrió una investigación.",
                     "2024-01-01", id="es-year-end"),
    ],
)
def test_a_day_called_yesterday_dates_the_article_the_day_after(text, date):
    assert dates(text) == (date, date)


def test_a_day_called_today_is_still_that_day():
    # (must not change)
    text = ("Harbour day\n\nToday, 29 May 2024, the town honours the pilots who guide ships into the harbour, some of them "
            "for forty years, the harbour board said in a statement.\n\nA wreath was laid.")
    assert dates(text) == ("2024-05-29", "2024-05-29")
