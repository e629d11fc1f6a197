"""Events: a year named relative to the article's right after a deadline's month ("by March
next year", "d'ici mars de l'année prochaine", "antes de marzo del próximo año", "trước
tháng 3 năm sau") is that month's year: the deadline dates nothing (the rulebook: a deadline
not yet met dates no happening), so its relative year dates nothing either, neither the
happening bound by the deadline as a bare year nor another day of the sentence printed
without its year ("will close its office on 15 December, and ... by March next year": 15
December of the article's year). A month told with its relative year and no deadline ("in
March next year") keeps both. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from newsdossier.events import find_events

ANCHOR = PartialDate(2020, 11, 20)


def _dates(sentence: str, language: str) -> list[str]:
    return [e.date for e in find_events([(sentence, [])], ANCHOR, None, language)[0]]


@pytest.mark.parametrize("language,sentence", [
    ("en", "The pull-out of the contingent will be finished by April next year."),
    ("en", "The handover of the camps is to be completed before April next year."),
    ("fr", "Le retrait du contingent sera terminé d'ici avril de l'année prochaine."),
    ("fr", "La remise des camps doit être achevée avant avril de l'an prochain."),
    ("es", "La retirada del contingente estará terminada antes de abril del próximo año."),
    ("es", "La entrega de los campamentos se completará antes de abril del año próximo."),
    ("vi", "Việc rút đội công binh sẽ hoàn thành trước tháng 4 năm sau."),
    ("vi", "Việc bàn giao các doanh trại sẽ phải xong trước tháng 4 năm tới."),
])
def test_a_deadline_month_with_its_relative_year_dates_nothing(language, sentence):
    assert _dates(sentence, language) == []


@pytest.mark.parametrize("language,sentence", [
    ("en", "The mission will close its office on 15 December, and all the soldiers will leave the base by March next year."),
    ("fr", "La mission fermera son bureau le 15 décembre, et tous les soldats quitteront la base avant mars de l'année prochaine."),
    ("es", "La misión cerrará su oficina el 15 de diciembre, y todos los soldados dejarán la base antes de marzo del próximo año."),
    ("vi", "Phái bộ sẽ đóng cửa văn phòng vào ngày 15/12, còn toàn bộ binh sĩ sẽ rời căn cứ trước tháng 3 năm sau."),
])
def test_the_deadline_year_is_not_another_day_year(language, sentence):
    assert _dates(sentence, language) == ["2020-12-15"]


@pytest.mark.parametrize("language,sentence,expected", [
    # no deadline: the month takes its relative year
    ("en", "All the soldiers will leave the base in March next year.", ["2021-03"]),
    ("fr", "Tous les soldats quitteront la base en mars de l'année prochaine.", ["2021-03"]),
    ("es", "Todos los soldados dejarán la base en marzo del próximo año.", ["2021-03"]),
    ("vi", "Toàn bộ binh sĩ sẽ rời căn cứ vào tháng 3 năm sau.", ["2021-03"]),
    ("en", "All the soldiers left the base in March last year.", ["2019-03"]),
    ("es", "Todos los soldados dejaron la base en marzo del año pasado.", ["2019-03"]),
    # a relative year of its own, after no month, still dates the happening
    ("en", "The battalion will be deployed to the mission next year.", ["2021"]),
    ("vi", "Tiểu đoàn sẽ được triển khai tới phái bộ vào năm sau.", ["2021"]),
])
def test_a_month_with_its_relative_year_and_no_deadline_keeps_both(language, sentence, expected):
    assert _dates(sentence, language) == expected


@pytest.mark.parametrize("language,sentence", [
    # a year before the article's is no deadline to come: the withdrawal done keeps that year
    ("en", "The contingent completed its withdrawal by March last year."),
    ("fr", "Le contingent a achevé son retrait avant mars de l'an dernier."),
])
def test_a_month_of_a_past_year_after_by_is_no_deadline_to_come(language, sentence):
    dates = _dates(sentence, language)
    assert len(dates) == 1 and dates[0].startswith("2019")


@pytest.mark.parametrize("language,sentence", [
    # the deadline printed with its day: the relative year is that day's too
    ("en", "The mission will close its office on 15 December, and all the soldiers will leave the base by 31 March next year."),
    ("fr", "La mission fermera son bureau le 15 décembre, et tous les soldats quitteront la base avant le 31 mars de l'année prochaine."),
    ("es", "La misión cerrará su oficina el 15 de diciembre, y todos los soldados dejarán la base antes del 31 de marzo del próximo año."),
    ("vi", "Phái bộ sẽ đóng cửa văn phòng vào ngày 15/12, còn toàn bộ binh sĩ sẽ rời căn cứ trước ngày 31/3 năm sau."),
])
def test_the_deadline_day_year_is_not_another_day_year(language, sentence):
    assert _dates(sentence, language) == ["2020-12-15"]
