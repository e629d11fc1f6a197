"""A ship or an aircraft named after a person ("le porte-hélicoptères Jean Dupont", "l'avion
Jean Dupont", "el avión Juan Pérez", "el rompehielos Almirante Juan Pérez", "máy bay Nguyễn
Văn Nam"): the name right after the vessel's or the aircraft's word (vocabulary
"named_thing_heads", "vi_thing_heads") is the thing's, not a person of the article's
(tests/corpus/README.md: people). The pilot named with a title, a naval rank holding a ship's
type ("capitán de fragata Juan Pérez"), a patrol officer ("el patrullero Juan Pérez") and the
craft's owner after a connector ("el avión de Juan Pérez": vocabulary "craft_heads") stay a
person.
Every sentence is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def _people(text: str) -> set[str]:
    return {e.name for e in extract(text).entities.values() if e.kind == "person"}


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Les soldats ont embarqué sur le porte-hélicoptères Jean Dupont à Toulon.",
                     set(), id="fr-helicopter-carrier"),
        pytest.param("L'avion Jean Dupont a atterri à Bamako avec les casques bleus.",
                     set(), id="fr-avion"),
        pytest.param("El avión Juan Pérez aterrizó en Puerto Príncipe con los efectivos.",
                     set(), id="es-avion"),
        pytest.param("El rompehielos Almirante Juan Pérez zarpó el lunes hacia la base antártica.",
                     set(), id="es-rompehielos"),
        pytest.param("Lực lượng được đưa sang bằng máy bay Nguyễn Văn Nam của hãng.",
                     set(), id="vi-may-bay"),
        # near misses: the aircraft's pilot, the ship's captain
        pytest.param("L'avion, piloté par le commandant Jean Dupont, a atterri à Bamako.",
                     {"Jean Dupont"}, id="fr-pilot"),
        pytest.param("El capitán de fragata Juan Pérez habló con los periodistas en el puerto.",
                     {"Juan Pérez"}, id="es-naval-rank"),
        pytest.param("Le capitaine de frégate Jean Dupont commande le détachement.",
                     {"Jean Dupont"}, id="fr-naval-rank"),
        # the craft's owner or passenger, after a connector: a craft is named right after its word
        pytest.param("El avión de Juan Pérez aterrizó en Goma con los efectivos.",
                     {"Juan Pérez"}, id="es-avion-de-owner"),
        pytest.param("L'avion de Jean Dupont a atterri à Goma avec les casques bleus.",
                     {"Jean Dupont"}, id="fr-avion-de-owner"),
        pytest.param("El rompehielos de Ayelén Quispe zarpó el lunes hacia la base antártica.",
                     {"Ayelén Quispe"}, id="es-rompehielos-de-owner"),
        # a patrol officer, the word a police rank and a patrol boat's type alike
        pytest.param("El patrullero Juan Pérez fue herido durante el operativo en Cali.",
                     {"Juan Pérez"}, id="es-patrol-officer"),
        pytest.param("Le patrouilleur Jean Dupont a été blessé près de Gao.",
                     {"Jean Dupont"}, id="fr-patrol-soldier"),
    ],
)
def test_vessel_or_aircraft_named_after_person(text, expected):
    assert _people(text) == expected
