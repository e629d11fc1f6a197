"""A line above a date line makes that date another day than the page's only when it is a
widget's heading showing a few words ("Météo : Dakar 31°") or ends on a label with its colon
("Fecha límite:") or on a copy's label. A headline or a menu item that merely ends on a word of
those labels ("... the way back to return", "Le début de la fin", "Inicio"), or a kicker over a
headline that opens with a widget's word ("Bourse : ..."), leaves the date line under it the
page's own.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import LEAD, MORE
from newsdossier.extract import extract
from newsdossier.segment import other_day_heading, segment

# (language, the line above, the date line under it)
ENDING_ON_A_LABEL_WORD = [
    ("en", "Displaced families weigh the long road to return", "Thursday, 7 November 2024"),
    ("en", "Talks on the truce near their deadline", "7 November 2024"),
    ("fr", "Au Sud-Soudan, le début de la fin", "Jeudi 7 novembre 2024"),
    ("es", "Las familias desplazadas preparan su regreso", "Jueves, 7 de noviembre de 2024"),
    ("es", "Inicio", "Jueves, 7 de noviembre de 2024"),
    ("vi", "Người dân mong ngày về", "Thứ Năm, 07/11/2024"),
    ("fr", "Bourse : la place de Dakar recule encore", "Jeudi 7 novembre 2024"),
    ("en", "Weather: Storms batter the southern coast", "Thursday, 7 November 2024"),
]


@pytest.mark.parametrize(("language", "above", "day"), ENDING_ON_A_LABEL_WORD)
def test_a_line_merely_ending_on_a_label_word_says_nothing_of_the_day_under_it(language, above, day):
    assert not other_day_heading(above)
    text = "\n\n".join([above, day, LEAD[language], MORE[language]])
    assert segment(text).other_days == []
    assert extract(text).determined_date == "2024-11-07"


# the labels themselves, with their colon, still say so
LABELLED = ["Fecha límite:", "Departure -", "Hạn chót:", "Date limite :", "Retrieved on:", "Météo : Dakar 31°"]


@pytest.mark.parametrize("above", LABELLED)
def test_a_label_with_its_colon_still_marks_another_day(above):
    assert other_day_heading(above)
