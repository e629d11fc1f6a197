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
