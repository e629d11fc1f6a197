"""Events: bodies or remains found or recovered are a happening of their own (kind "recovery"),
told with no event word but the finding ("the bodies of the two missing guards were found on
Sunday", "les corps ... ont été retrouvés", "hallaron los cuerpos", "tìm thấy thi thể"),
dated as any other; bodies named without being found ("the bodies were flown home") are not
this kind. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2024, 3, 12)  # a Tuesday


def events_of(sentence: str, language: str) -> list[tuple[str, str]]:
    return [(e.kind, e.date) for e in body_events(sentence, language, ANCHOR)]


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("The bodies of the two missing observers were found on Sunday near the river.", "en",
                     [("recovery", "2024-03-10")], id="en-passive-gap"),
        pytest.param("Divers recovered the bodies of three sailors on Monday.", "en",
                     [("recovery", "2024-03-11")], id="en-active"),
        pytest.param("The remains of a missing pilot were discovered on 2 March in the forest.", "en",
                     [("recovery", "2024-03-02")], id="en-remains"),
        pytest.param("Les corps des trois soldats disparus ont été retrouvés dimanche près du fleuve.", "fr",
                     [("recovery", "2024-03-10")], id="fr-passive-gap"),
        pytest.param("Des villageois ont retrouvé le corps d'un gardien le 4 mars.", "fr",
                     [("recovery", "2024-03-04")], id="fr-active"),
        pytest.param("Los cuerpos de los dos policías desaparecidos fueron hallados el domingo.", "es",
                     [("recovery", "2024-03-10")], id="es-passive-gap"),
        pytest.param("Los rescatistas recuperaron los cuerpos de cuatro marineros el 5 de marzo.", "es",
                     [("recovery", "2024-03-05")], id="es-active"),
        pytest.param("Ngày 10/3, lực lượng cứu hộ đã tìm thấy thi thể của hai binh sĩ.", "vi",
                     [("recovery", "2024-03-10")], id="vi-active"),
    ],
)
def test_bodies_found_are_a_recovery(sentence, language, expected):
    assert events_of(sentence, language) == expected


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The bodies were flown home on Monday aboard a military plane.", "en", id="en-flown"),
        pytest.param("Les corps ont été rapatriés lundi par avion.", "fr", id="fr-repatriated"),
    ],
)
def test_bodies_not_found_are_no_recovery(sentence, language):
    assert "recovery" not in [kind for kind, _date in events_of(sentence, language)]
