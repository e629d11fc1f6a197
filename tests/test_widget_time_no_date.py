"""The page's date as far as the text allows: the time a page's widget prints for its own data
(exchange rates, gold prices, the weather, market quotes: "Exchange rates: 2024-11-24 04:45
UTC", "Tỷ giá: 24/11/2024 04:45") is when the widget was refreshed, the day the page was looked
at, not the day the article appeared. Every sentence here is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract

_PAGES = {
    "en": ("School handed over near the camp",
           "Soldiers of the mission handed over a rebuilt school to the town council on Wednesday, the mission said in a statement.",
           "The school will take four hundred pupils."),
    "fr": ("Une école remise près du camp",
           "Les soldats de la mission ont remis mercredi une école reconstruite au conseil municipal, a indiqué la mission dans un communiqué.",
           "L'école accueillera quatre cents élèves."),
    "es": ("Entregan una escuela junto al campamento",
           "Los soldados de la misión entregaron el miércoles una escuela reconstruida al concejo municipal, informó la misión en un comunicado.",
           "La escuela recibirá a cuatrocientos alumnos."),
    "vi": ("Bàn giao trường học gần doanh trại",
           "Các binh sĩ của phái bộ đã bàn giao một ngôi trường được xây lại cho hội đồng thị trấn vào thứ Tư, phái bộ cho biết trong một thông cáo.",
           "Ngôi trường sẽ đón bốn trăm học sinh."),
}


@pytest.mark.parametrize(("language", "widget"), [
    ("en", "Exchange rates: 2024-11-24 04:45 UTC"),
    ("en", "Mid-market rates: 2024-11-24 04:45 UTC"),
    ("en", "Weather: 24 November 2024 04:45"),
    ("fr", "Cours des devises : 24/11/2024 04:45"),
    ("fr", "Météo : 24 novembre 2024"),
    ("es", "Tipo de cambio: 24/11/2024 04:45"),
    ("es", "Clima: 24 de noviembre de 2024"),
    ("vi", "Tỷ giá: 24/11/2024 04:45"),
    ("vi", "Giá vàng: 24/11/2024 04:45"),
    # the day with its weekday, the reading after it
    ("en", "Weather: Sunday, November 24, 2024 18°C"),
    ("en", "Forecast: Sun 24 Nov 2024, light rain"),
    ("fr", "Météo : dimanche 24 novembre 2024, 18 °C"),
    ("es", "El tiempo: domingo, 24 de noviembre de 2024 18 °C"),
    ("vi", "Thời tiết: Chủ nhật, 24/11/2024 18°C"),
])
def test_a_widgets_time_is_no_publication_date(language, widget):
    title, lead, more = _PAGES[language]
    text = f"{title}\n\n{lead}\n\n{more}\n\n{widget}\n"
    assert extract(text, None).determined_date == ""


@pytest.mark.parametrize(("language", "line", "date"), [
    # (must not change) a page's own date line, labelled or not
    ("en", "Published: 2024-11-24 04:45", "2024-11-24"),
    ("fr", "Publié le 24/11/2024 à 04h45", "2024-11-24"),
])
def test_a_pages_own_date_line_still_dates_it(language, line, date):
    title, lead, more = _PAGES[language]
    text = f"{title}\n\n{line}\n\n{lead}\n\n{more}\n"
    assert extract(text, None).determined_date == date


@pytest.mark.parametrize(("line", "date"), [
    # (must not change) a section's name without a colon over the article's own date line
    ("Markets | 24 November 2024", "2024-11-24"),
    ("Weather - 24 November 2024", "2024-11-24"),
])
def test_a_section_name_without_a_colon_keeps_the_date_line(line, date):
    title, lead, more = _PAGES["en"]
    text = f"{title}\n\n{line}\n\n{lead}\n\n{more}\n"
    assert extract(text, None).determined_date == date
