"""A date line is an update's stamp when the label nearest before its day is an update's,
not only when the line opens with one: "This page was last updated on May 6, 2022",
"Publié il y a 3 heures, mis à jour le 6 mai 2022" print the update's day, which is no
publication date. A publication label nearest the day keeps the line the page's date line.
Every text here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract
from newsdossier.segment import publication_date_line

_EN = ("Rescue crews reached the flooded villages along the river after two days of heavy rain "
       "cut the only road, the district office said in a statement.\n"
       "Boats carried food and medicine to the families who stayed on their roofs.")


@pytest.mark.parametrize(
    "line, expected",
    [
        pytest.param("This page was last updated on May 6, 2022", False, id="english-sentence-form"),
        pytest.param("Publié il y a 3 heures, mis à jour le 6 mai 2022", False, id="french-relative-then-update"),
        pytest.param("Publicado hace 2 horas · Actualizado el 6 de mayo de 2022", False, id="spanish-relative-then-update"),
        pytest.param("Ngày cập nhật: 06/05/2022", False, id="vietnamese-update-after-day-word"),
        # (must not change) the publication label nearest the day
        pytest.param("Updated today · Published May 5, 2022", True, id="published-nearest"),
        pytest.param("Ngày đăng: 05/05/2022", True, id="vietnamese-posted"),
        pytest.param("May 5, 2022 10:30", True, id="no-label"),
    ],
)
def test_the_label_nearest_the_day_tells_an_update(line, expected):
    assert publication_date_line(line) is expected


def test_an_update_printed_after_a_relative_stamp_is_no_publication_date():
    text = "\n".join(["Crews reach flooded villages", "", "This page was last updated on May 6, 2022", "", _EN]) + "\n"
    assert extract(text).determined_date == ""


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("Cập nhật: Thứ Hai, ngày 09/05/2022 10:30", id="vietnamese-day-word-after-update"),
        pytest.param("Updated: Monday, date of 9 May 2022", id="english-date-word-after-update"),
    ],
)
def test_a_day_word_after_an_update_label_keeps_the_update(line):
    assert publication_date_line(line) is False
