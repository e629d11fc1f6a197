"""Two listed bodies printed side by side with a coordinating conjunction and no article before
the second ("the United Nations and African Union", "Naciones Unidas y Unión Africana") are two bodies,
each found by its own name: the words are not one unknown body's name, and the second body is
not dropped as that name's tail. A body's own name with a conjunction inside ("the ECOWAS
Mediation and Security Council") is still one body. Every sentence is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def _bodies(text: str) -> set[str]:
    return {e.name for e in extract(text).entities.values() if e.kind == "organisation"}


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Nairobi, 4 May 2022 - The United Nations and African Union have condemned the raid on the camp.",
                     {"United Nations", "African Union"}, id="en-un-and-au"),
        pytest.param("Brussels, 4 May 2022 - The United Nations and European Union sent envoys to Juba on Monday.",
                     {"United Nations", "European Union"}, id="en-un-and-eu"),
        pytest.param("Madrid, 4 de mayo de 2022 - La ONU y Unión Africana condenaron el ataque contra la base.",
                     {"United Nations", "African Union"}, id="es-onu-y-ua"),
        pytest.param("Madrid, 4 de mayo de 2022 - Naciones Unidas y Unión Africana condenaron el ataque contra la base.",
                     {"United Nations", "African Union"}, id="es-naciones-unidas-y-ua"),
        pytest.param("Washington, 4 May 2022 - The United Nations and World Bank agreed on a fund for the camps.",
                     {"United Nations", "World Bank"}, id="en-un-and-world-bank"),
    ],
)
def test_two_listed_bodies_coordinated_are_each_found(text, expected):
    bodies = _bodies(text)
    assert expected <= bodies
    assert not any(" and " in b or " y " in b or " et " in b for b in bodies - expected)


def test_a_body_named_with_a_conjunction_inside_stays_whole():
    bodies = _bodies("Abuja, 4 May 2022 - The ECOWAS Mediation and Security Council met in Abuja on Monday.")
    assert "Security Council" not in bodies


@pytest.mark.parametrize(
    "text, place",
    [
        pytest.param("Bamako, 4 mai 2022 - Le Représentant spécial au Mali et Chef de la Mission des Nations unies, "
                     "Paul Mercier, est arrivé à Gao.", "Mali", id="fr-chef"),
        pytest.param("Kinshasa, 4 mai 2022 - La Représentante spéciale en RDC et Cheffe de la Mission de l'ONU, "
                     "Claire Mbala, a quitté Kinshasa.", "RDC", id="fr-cheffe"),
    ],
)
def test_a_place_and_an_office_coordinated_make_no_body(text, place):
    bodies = _bodies(text)
    assert not any(b.startswith(place + " ") for b in bodies)
