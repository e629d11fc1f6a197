"""Events: kinds of fault found on review. A fall that is no death ("la caída del gobierno"),
weekends told in the past late in the week or on a Sunday, a weekday's day number ending a
sentence, a count or a score after a weekday's day number, a span of years, a file photo's
marker inside a sentence, and a weekday whose day number falls on no such day. Every
sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import body_events

TUESDAY = PartialDate(2019, 3, 12)


def dates_of(sentence: str, language: str, anchor: PartialDate = TUESDAY) -> list[str]:
    return sorted(e.date for e in body_events(sentence, language, anchor))


def kinds_of(sentence: str, language: str, anchor: PartialDate = TUESDAY) -> list[str]:
    return sorted(e.kind for e in body_events(sentence, language, anchor))


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("La caída del gobierno el lunes sorprendió al país.", id="gobierno"),
        pytest.param("Las caídas de la bolsa el lunes inquietaron a los inversores.", id="bolsa"),
        pytest.param("El precio del café ha caído el lunes en el mercado de la capital.", id="precio"),
    ],
)
def test_a_fall_that_is_no_death_tells_no_casualty(sentence):
    assert "casualty" not in kinds_of(sentence, "es")


def test_a_death_in_battle_is_still_a_casualty():
    assert "casualty" in kinds_of("Dos soldados caídos en combate el lunes fueron enterrados en su pueblo.", "es")


@pytest.mark.parametrize(
    "sentence, language, anchor",
    [
        pytest.param("Two soldiers were killed over the weekend near the river.", "en", PartialDate(2019, 3, 14), id="en-thursday"),
        pytest.param("Two soldiers were killed over the weekend near the river.", "en", PartialDate(2019, 3, 15), id="en-friday"),
        pytest.param("Deux soldats ont été tués ce week-end près du fleuve.", "fr", PartialDate(2019, 3, 14), id="fr-thursday"),
        pytest.param("Dos soldados murieron este fin de semana cerca del río.", "es", PartialDate(2019, 3, 15), id="es-friday"),
    ],
)
def test_a_weekend_told_as_past_late_in_the_week_is_the_one_before(sentence, language, anchor):
    assert dates_of(sentence, language, anchor) == ["2019-03-09/2019-03-10"]


@pytest.mark.parametrize(
    "sentence, language, anchor, expected",
    [
        pytest.param("Two soldiers were killed last weekend near the river.", "en", PartialDate(2019, 3, 17),
                     "2019-03-09/2019-03-10", id="en-sunday"),
        pytest.param("Deux soldats ont été tués le week-end dernier près du fleuve.", "fr", PartialDate(2019, 3, 17),
                     "2019-03-09/2019-03-10", id="fr-sunday"),
        pytest.param("Two soldiers were killed last weekend near the river.", "en", PartialDate(2019, 3, 16),
                     "2019-03-09/2019-03-10", id="en-saturday"),
    ],
)
def test_last_weekend_told_on_the_weekend_is_the_one_before(sentence, language, anchor, expected):
    assert dates_of(sentence, language, anchor) == [expected]


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("Tres soldados murieron el domingo 3.", "es", "2019-03-03", id="es"),
        pytest.param("Trois soldats ont été tués dimanche 3.", "fr", "2019-03-03", id="fr"),
        pytest.param("Two guards were killed on Friday 1.", "en", "2019-03-01", id="en"),
    ],
)
def test_a_day_number_ending_the_sentence_is_read(sentence, language, expected):
    assert dates_of(sentence, language) == [expected]


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        # 2 March 2019 and 3 March 2019 were a Saturday and a Sunday: the numbers are counts
        pytest.param("On Saturday 2 and 3 guards were wounded near the camp.", "en", ["2019-03-09"], id="en-and-count"),
        pytest.param("El sábado 2 y 3 soldados resultaron heridos cerca del campamento.", "es", ["2019-03-09"], id="es-y-count"),
        pytest.param("Samedi 2 et 3 soldats ont été blessés près du camp.", "fr", ["2019-03-09"], id="fr-et-count"),
        pytest.param("Dos soldados resultaron heridos el domingo 3 a 1 kilómetro del campamento.", "es", ["2019-03-10"], id="es-a-number"),
        pytest.param("Deux soldats ont été blessés dimanche 3 à 2 kilomètres du camp.", "fr", ["2019-03-10"], id="fr-a-number"),
    ],
)
def test_a_number_joined_to_a_weekday_number_is_no_day(sentence, language, expected):
    assert dates_of(sentence, language) == expected


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("Deux soldats ont été blessés dimanche 3 à Goma.", "fr", ["2019-03-03"], id="fr-a-place"),
        pytest.param("Dos soldados resultaron heridos el domingo 3 a las 10 en Goma.", "es", ["2019-03-03"], id="es-a-las"),
        pytest.param("Deux soldats ont été blessés dimanche 3 et lundi 4 près du camp.", "fr", ["2019-03-03"], id="fr-et-lundi"),
    ],
)
def test_a_weekday_number_before_a_place_time_or_day_is_read(sentence, language, expected):
    assert dates_of(sentence, language) == expected


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("Two guards were killed in 2014-2015 near the camp.", "en", "2014/2015", id="en-four-digits"),
        pytest.param("Two guards were killed in 2016-17 near the camp.", "en", "2016/2017", id="en-two-digits"),
        pytest.param("Dos soldados murieron en 2014 – 2015 cerca del río.", "es", "2014/2015", id="es-spaced-dash"),
        pytest.param("Deux soldats ont été tués en 1998-99 près du fleuve.", "fr", "1998/1999", id="fr-century"),
    ],
)
def test_a_span_of_years_dates_an_interval(sentence, language, expected):
    assert dates_of(sentence, language, PartialDate(2021, 3, 12)) == [expected]


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("Police released a file photo of the man who killed two guards on Monday.", "en", ["2019-03-11"], id="en"),
        pytest.param("La police a diffusé une photo d'archives de l'homme qui a tué deux gardes lundi.", "fr", ["2019-03-11"], id="fr"),
        pytest.param("La policía difundió una foto de archivo del hombre que asesinó a dos guardias el lunes.", "es", ["2019-03-11"], id="es"),
    ],
)
def test_a_file_photo_named_in_the_wording_is_no_caption(sentence, language, expected):
    assert dates_of(sentence, language) == expected


def test_a_date_after_a_bracketed_file_photo_marker_still_dates():
    sentence = "Guards parade on 7 June 2013 (file photo), and two of them were killed on 9 March 2019 near the camp."
    assert dates_of(sentence, "en") == ["2019-03-09"]


@pytest.mark.parametrize(
    "sentence, language",
    [
        # no Saturday the 31st, nor a Friday the 30th, in the two months before 12 March 2019
        pytest.param("Tres soldados murieron el sábado 31 en una emboscada.", "es", id="es"),
        pytest.param("Trois soldats ont été tués samedi 31 dans une embuscade.", "fr", id="fr"),
        pytest.param("Three soldiers were killed on Friday 30th in an ambush.", "en", id="en-ending"),
    ],
)
def test_a_weekday_number_falling_on_no_such_day_gives_no_day(sentence, language):
    assert dates_of(sentence, language) == []


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("Three soldiers were killed on Sunday the 3rd in an ambush.", "en", ["2019-03-03"], id="en-the-3rd"),
        pytest.param("Trois soldats ont été tués vendredi 1er dans une embuscade.", "fr", ["2019-03-01"], id="fr-1er"),
        pytest.param("Trois soldats ont été tués dimanche 10h dans une embuscade.", "fr", ["2019-03-10"], id="fr-hour-no-day"),
    ],
)
def test_day_number_endings_and_hours_from_the_word_lists(sentence, language, expected):
    assert dates_of(sentence, language) == expected


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Đơn vị lên đường làm nhiệm vụ nhiệm kỳ 2019 - 2020 tại phái bộ.", "vi", id="vi-term"),
        pytest.param("The unit deployed to the mission for its 2019-2020 term.", "en", id="en-term-after"),
        pytest.param("La unidad partió hacia la misión para el mandato 2019-2020.", "es", id="es-mandato"),
    ],
)
def test_a_span_of_years_naming_a_term_dates_no_happening(sentence, language):
    assert "2019/2020" not in dates_of(sentence, language, PartialDate(2021, 3, 12))
