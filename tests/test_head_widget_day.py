"""A date line printed right under a widget's heading of the site's frame ("El tiempo en:
Mijas", "Weather in: Leeds 12°C", "Météo : Dakar 31°", "Thời tiết tại: Huế") is the widget's
day, the day the page is looked at: no publication date, read neither as the page's date line
nor as a date printed beside the text. The same date line under a section's name is still the
page's.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE, LEAD, MORE
from newsdossier.extract import extract
from newsdossier.segment import segment

WIDGETS = [
    ("es", "El tiempo en: Mijas", "Jueves 07/11/2024"),
    ("en", "Weather in: Leeds 12°C", "Thursday, 7 November 2024"),
    ("fr", "Météo : Dakar 31°", "Jeudi 7 novembre 2024"),
    ("vi", "Thời tiết tại: Huế", "Thứ Năm, 07/11/2024"),
]


@pytest.mark.parametrize(("language", "widget", "day"), WIDGETS)
def test_the_day_under_a_widget_is_no_publication_date(language, widget, day):
    text = "\n\n".join([widget, day, HEADLINE[language], LEAD[language], MORE[language]])
    layout = segment(text)
    assert "date" not in layout.metadata and day in layout.other_days
    ex = extract(text)
    assert (ex.determined_date, ex.fields["title"]) == ("", HEADLINE[language])


@pytest.mark.parametrize(("language", "widget", "day"), WIDGETS)
def test_the_same_day_under_a_section_is_the_pages(language, widget, day):
    text = "\n\n".join(["Internacional", day, HEADLINE[language], LEAD[language], MORE[language]])
    assert extract(text).determined_date == "2024-11-07"


# An aggregator's or an archive's stamp of the time it took its copy of the page, its label on
# the line above the day or before it on the same line: the copy's day, not the publication's.
COPIES = [
    ("vi", "Bài viết được thu thập tự động vào lúc", "09:12:40 14/03/2023"),
    ("en", "This copy was retrieved at", "10:12, 14 March 2023"),
    ("fr", "Page récupérée automatiquement. Récupéré le", "14 mars 2023"),
    ("es", "Copia de la nota recopilada automáticamente. Recopilado el", "14 de marzo de 2023"),
]


@pytest.mark.parametrize(("language", "label", "day"), COPIES)
def test_a_copy_stamp_on_the_line_above_is_no_publication_date(language, label, day):
    text = "\n\n".join([label, day, HEADLINE[language], LEAD[language], MORE[language]])
    assert "date" not in segment(text).metadata
    assert extract(text).determined_date == ""


@pytest.mark.parametrize(("language", "label", "day"), COPIES)
def test_a_copy_stamp_on_one_line_is_no_publication_date(language, label, day):
    text = "\n\n".join([HEADLINE[language], f"{label.split('. ')[-1]} {day}", LEAD[language], MORE[language]])
    assert extract(text).determined_date == ""
