"""Events: a second incident the text calls separate ("Separately, ... on Friday night", "In a
separate attack on Friday", "Por separado, ... el viernes") is another happening even on the
same day as the one told before it: two attacks on one day are two events. Without such a
marker, two tellings of one day's loss stay one. Every sentence here is written for these
tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import article_events

ANCHOR = PartialDate(2020, 2, 8)  # a Saturday


def dates_of(sentences: list[str], language: str) -> list[str]:
    return sorted(e.date for e in article_events(sentences, language, ANCHOR, wire_day=False))


@pytest.mark.parametrize(
    "first, second, language",
    [
        pytest.param("A soldier of the force was wounded by gunfire on Friday night.",
                     "Separately, a depot of the force was damaged by shelling on Friday night.", "en", id="en-separately"),
        pytest.param("A soldier of the force was wounded by gunfire on Friday.",
                     "In a separate attack on Friday, a depot of the force was damaged by shelling.", "en", id="en-separate-attack"),
        pytest.param("Un soldado de la fuerza resultó herido por disparos el viernes.",
                     "Por separado, un depósito de la fuerza sufrió daños por un bombardeo el viernes.", "es", id="es-por-separado"),
    ],
)
def test_a_separate_incident_of_the_same_day_is_another_event(first, second, language):
    assert dates_of([first, second], language) == ["2020-02-07", "2020-02-07"]


def test_two_tellings_of_one_loss_stay_one():
    first = "A soldier of the force was wounded by gunfire on Friday."
    second = "The soldier was wounded by gunfire on Friday near the depot."
    assert dates_of([first, second], "en") == ["2020-02-07"]


@pytest.mark.parametrize(
    "first, second, language",
    [
        pytest.param("A soldier of the force was wounded by gunfire on Friday.",
                     "The force said that, also on Friday, a depot of the force was damaged by shelling.", "en", id="en-also-on"),
        pytest.param("Un soldat de la force a été blessé par des tirs vendredi.",
                     "La force indique qu'également vendredi, un dépôt de la force a été attaqué par des inconnus.", "fr", id="fr-egalement"),
        pytest.param("Un soldado de la fuerza resultó herido por disparos el viernes.",
                     "La fuerza indicó que también el viernes un depósito fue atacado por desconocidos.", "es", id="es-tambien-el"),
    ],
)
def test_a_happening_told_also_on_that_day_is_another_event(first, second, language):
    assert dates_of([first, second], language) == ["2020-02-07", "2020-02-07"]


@pytest.mark.parametrize(
    "first, second",
    [
        pytest.param("A soldier of the force was wounded by gunfire on Friday.",
                     "The soldier was also wounded by gunfire on Friday, the force said.", id="also-not-before-the-day"),
        pytest.param("A soldier of the force was wounded by gunfire on Friday.",
                     "The force also said the soldier was wounded by gunfire on Friday.", id="also-of-the-telling"),
    ],
)
def test_also_elsewhere_in_a_retelling_keeps_one_event(first, second):
    assert dates_of([first, second], "en") == ["2020-02-07"]


@pytest.mark.parametrize(
    "first, second, language",
    [
        pytest.param("A soldier of the force was wounded by gunfire on Friday.",
                     "Earlier the same day, a depot of the force was damaged by shelling.", "en", id="en-earlier-the-same-day"),
        pytest.param("Un soldat de la force a été blessé par des tirs vendredi.",
                     "Plus tôt dans la journée, un dépôt de la force avait été attaqué par des hommes armés.", "fr", id="fr-plus-tot"),
        pytest.param("Un soldado de la fuerza resultó herido por disparos el viernes.",
                     "Más temprano ese mismo día, un depósito de la fuerza fue alcanzado por un bombardeo.", "es", id="es-mas-temprano"),
        pytest.param("Một binh sĩ của lực lượng bị thương do trúng đạn ngày 7/2.",
                     "Trước đó cùng ngày, một kho của lực lượng bị trúng pháo kích.", "vi", id="vi-truoc-do-cung-ngay"),
    ],
)
def test_an_incident_earlier_the_same_day_is_another_event(first, second, language):
    assert dates_of([first, second], language) == ["2020-02-07", "2020-02-07"]


def test_a_meeting_planned_later_that_day_is_no_second_incident():
    first = "Le médiateur a rencontré les délégations vendredi."
    second = "Il a prévu d'organiser une réunion plus tard dans la journée avec les deux camps."
    assert dates_of([first, second], "fr") == ["2020-02-07"]
