"""Events: a verb of firing on someone ("fired at", "ont tiré sur", "han disparado contra",
"bắn vào") tells an attack, dated by the day next to it. Every sentence here is written for
these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2022, 2, 18)  # a Friday


def events_of(sentence: str, language: str) -> list[tuple[str, str]]:
    return sorted((e.kind, e.date) for e in body_events(sentence, language, ANCHOR))


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Gunmen fired at a patrol of the force on Wednesday near the bridge.", "en", id="en"),
        pytest.param("Des hommes armés ont tiré sur une patrouille de la force mercredi près du pont.", "fr", id="fr"),
        pytest.param("Unos hombres armados han disparado contra una patrulla de la fuerza este miércoles cerca del puente.", "es", id="es"),
        pytest.param("Các tay súng đã bắn vào một đội tuần tra hôm thứ Tư gần cây cầu.", "vi", id="vi"),
    ],
)
def test_firing_on_someone_is_an_attack(sentence, language):
    assert events_of(sentence, language) == [("attack", "2022-02-16")]
