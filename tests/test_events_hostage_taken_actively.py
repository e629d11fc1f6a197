"""Events: a hostage-taking told in the active voice, its captors the subject ("los rebeldes
tomaron como rehenes a 12 observadores el martes", "tomaron a doce observadores como rehenes",
"gunmen held four observers hostage on Tuesday", "took the patrol hostage"), is an
abduction dated by its day, as the passive "fueron tomados como rehenes" and "were taken
hostage" already were. Before, the Spanish active preterite was no listed form and the
English verb stood apart from "hostage" with its object between, so the day dated nothing.
A meeting or a talk held about hostages stays what it is.

Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import body_events

ANCHOR = PartialDate(2023, 5, 12)  # a Friday: Tuesday is the 9th, last week 1-7 May


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("Milicianos armados tomaron como rehenes a doce observadores militares el martes cerca de Kidal.", "es",
                     "2023-05-09", id="es-tomaron-como-rehenes"),
        pytest.param("El martes, un grupo armado tomó como rehén a un policía de la misión en las afueras de Gao.", "es",
                     "2023-05-09", id="es-tomo-como-rehen"),
        pytest.param("Los milicianos tomaron a doce observadores militares como rehenes el martes cerca de Kidal.", "es",
                     "2023-05-09", id="es-tomaron-objeto-como-rehenes"),
        pytest.param("Los insurgentes retuvieron como rehenes a seis ingenieros de la misión durante la semana pasada.", "es",
                     "2023-05-01/2023-05-07", id="es-retuvieron-como-rehenes"),
        pytest.param("Gunmen held four military observers hostage for two days last week near the border.", "en",
                     "2023-05-01/2023-05-07", id="en-held-object-hostage"),
        pytest.param("On Tuesday an armed group took a police officer of the mission hostage outside Gao.", "en",
                     "2023-05-09", id="en-took-object-hostage"),
    ],
)
def test_an_active_hostage_taking_is_dated(sentence, language, expected):
    assert [(e.kind, e.date) for e in body_events(sentence, language, ANCHOR)] == [("abduction", expected)]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The envoys held talks on Tuesday about the hostage crisis in the north.", "en", id="en-talks-about-hostages"),
        pytest.param("Los enviados mantuvieron el martes una reunión sobre los rehenes del norte.", "es", id="es-reunion-sobre-rehenes"),
        # "hostage" after its determiner is the captive named, not the word of the clause
        pytest.param("The families held a vigil for the hostage in the main square on Tuesday.", "en", id="en-vigil-for-the-hostage"),
        pytest.param("The mission kept the Council informed about the hostage in its briefing on Tuesday.", "en",
                     id="en-informed-about-the-hostage"),
        pytest.param("The envoy held a long call with a hostage on Tuesday before the release.", "en", id="en-call-with-a-hostage"),
    ],
)
def test_a_meeting_about_hostages_is_no_abduction(sentence, language):
    assert "abduction" not in [e.kind for e in body_events(sentence, language, ANCHOR)]
