"""Events: a verb of firing on someone ("fired at", "ont tiré sur", "han disparado contra",
"bắn vào") tells an attack, dated by the day next to it. Every sentence here is written for
these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from newsdossier.entities import find_in_sentence
from newsdossier.events import find_events

ANCHOR = PartialDate(2022, 2, 18)  # a Friday
FILLER = [("Une phrase sans rien.", []), ("Otra frase sin nada.", []), ("Another one.", []), ("Und noch.", [])]


def events_of(sentence: str, language: str) -> list[tuple[str, str]]:
    told = FILLER + [(sentence, find_in_sentence(sentence, language))]
    return sorted((e.kind, e.date) for e in find_events(told, ANCHOR, None, language)[0])


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
