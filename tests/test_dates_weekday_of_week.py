"""Dates: a weekday named with the week it falls in ("on Tuesday last week", "mardi de la
semaine dernière", "el martes de la semana pasada", "thứ Ba tuần trước") or with "next"
("next Tuesday", "mardi prochain") is that weekday of the week before or after the
article's, never the weekday of the article's own week. Every text here is written for
these tests."""
from __future__ import annotations

import pytest

from newsdossier.dates import relative_day, relative_spans
from newsdossier.datevalue import PartialDate

THURSDAY = PartialDate(2024, 3, 14)  # Thursday: Tuesday of its week is 12 March
MONDAY = PartialDate(2024, 3, 11)  # Monday: the coming Tuesday is the 12th


@pytest.mark.parametrize(
    "text, language, anchor, expected",
    [
        pytest.param("The convoy was ambushed on Tuesday last week near the river.", "en", THURSDAY, "2024-03-05", id="en-after"),
        pytest.param("Gunmen fired on the patrol on Tuesday of last week.", "en", THURSDAY, "2024-03-05", id="en-of"),
        pytest.param("Last week on Tuesday, gunmen fired on the patrol.", "en", THURSDAY, "2024-03-05", id="en-before"),
        pytest.param("La patrouille a été visée mardi de la semaine dernière près du pont.", "fr", THURSDAY, "2024-03-05", id="fr-after"),
        pytest.param("El convoy fue atacado el martes de la semana pasada cerca del río.", "es", THURSDAY, "2024-03-05", id="es-after"),
        pytest.param("Đoàn xe bị phục kích vào thứ Ba tuần trước gần con sông.", "vi", THURSDAY, "2024-03-05", id="vi-after"),
        pytest.param("The council will vote on Tuesday next week.", "en", THURSDAY, "2024-03-19", id="en-next-week"),
        pytest.param("The council will vote next Tuesday on the mandate.", "en", MONDAY, "2024-03-19", id="en-next-tuesday"),
        pytest.param("Le Conseil votera mardi prochain sur le mandat.", "fr", MONDAY, "2024-03-19", id="fr-prochain"),
        pytest.param("El Consejo votará el martes de la semana próxima.", "es", MONDAY, "2024-03-19", id="es-next-week"),
        pytest.param("Hội đồng sẽ bỏ phiếu vào thứ Ba tuần tới.", "vi", MONDAY, "2024-03-19", id="vi-next-week"),
    ],
)
def test_a_weekday_of_the_week_before_or_after(text, language, anchor, expected):
    assert relative_day(text, anchor, language).edtf() == expected


@pytest.mark.parametrize(
    "text, language, anchor, expected",
    [
        pytest.param("The patrol was ambushed on Tuesday near the river.", "en", THURSDAY, "2024-03-12", id="en-plain"),
        pytest.param("La patrouille a été visée mardi près du pont.", "fr", THURSDAY, "2024-03-12", id="fr-plain"),
        pytest.param("Rebels attacked the base on Tuesday, a week after the last raid.", "en", THURSDAY, "2024-03-12", id="en-week-apart"),
    ],
)
def test_a_weekday_alone_stays_in_the_article_week(text, language, anchor, expected):
    assert relative_day(text, anchor, language).edtf() == expected


@pytest.mark.parametrize(
    "text, language, phrase",
    [
        pytest.param("The convoy was ambushed on Tuesday last week.", "en", "Tuesday last week", id="en"),
        pytest.param("La patrouille a été visée mardi de la semaine dernière.", "fr", "mardi de la semaine dernière", id="fr"),
        pytest.param("El convoy fue atacado el martes de la semana pasada.", "es", "martes de la semana pasada", id="es"),
        pytest.param("Đoàn xe bị phục kích vào thứ Ba tuần trước.", "vi", "thứ Ba tuần trước", id="vi"),
    ],
)
def test_the_weekday_and_its_week_are_one_span(text, language, phrase):
    assert [text[lo:hi] for lo, hi in relative_spans(text, language)] == [phrase]


@pytest.mark.parametrize(
    "text, language, expected",
    [
        pytest.param("After the vote on 21 February, gunmen fired on the patrol on Tuesday of the week before.", "en",
                     "2024-02-13", id="en-given"),
        pytest.param("Après le vote du 21 février, la patrouille a été visée mardi de la semaine précédente.", "fr",
                     "2024-02-13", id="fr-given"),
        pytest.param("Tras la votación del 21 de febrero, el convoy fue atacado el martes de la semana anterior.", "es",
                     "2024-02-13", id="es-given"),
        pytest.param("Gunmen fired on the patrol on Tuesday of the previous week.", "en", None, id="en-none-given"),
        pytest.param("La patrouille a été visée mardi de la semaine précédente.", "fr", None, id="fr-none-given"),
    ],
)
def test_a_weekday_of_the_week_before_another_date_counts_from_that_date(text, language, expected):
    day = relative_day(text, THURSDAY, language)
    assert (day.edtf() if day else None) == expected
