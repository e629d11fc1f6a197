"""Two printed forms of a listed body's name that the reference did not spell out.

- French and Spanish prose often prints the Security Council in lowercase ("le conseil de
  sécurité", "el consejo de seguridad"): the body is named all the same, and only once
  when the United Nations follows as part of its name.
- A listed name whose reference form joins two words with a hyphen ("Al-Qaïda au Maghreb
  islamique", "Anti-Balaka") is often printed with a space instead ("Al Qaïda au Maghreb
  islamique"): the same body, not a shorter body and a stray word.

Every sentence is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def _bodies(text: str) -> set[str]:
    return {e.name for e in extract(text).entities.values() if e.kind == "organisation"}


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Paris, 4 mai 2022 - Le mandat de la force a été prorogé par le conseil de sécurité mardi soir.",
                     {"Security Council"}, id="fr-conseil"),
        pytest.param("Paris, 4 mai 2022 - Les membres du conseil de sécurité de l'ONU ont voté la résolution mardi.",
                     {"Security Council"}, id="fr-conseil-de-l-onu"),
        pytest.param("Madrid, 4 de mayo de 2022 - El mandato de la fuerza fue renovado por el consejo de seguridad el martes.",
                     {"Security Council"}, id="es-consejo"),
        pytest.param("Madrid, 4 de mayo de 2022 - Los miembros del consejo de seguridad de la ONU votaron la resolución.",
                     {"Security Council"}, id="es-consejo-de-la-onu"),
    ],
)
def test_security_council_printed_in_lowercase(text, expected):
    assert _bodies(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Bamako, 4 mai 2022 - Les combattants d'Al Qaïda au Maghreb islamique ont fui vers le nord.",
                     {"Al-Qaeda in the Islamic Maghreb"}, id="fr-aqmi-spaced"),
        pytest.param("Bangui, 4 mai 2022 - Des miliciens Anti Balaka ont attaqué le village lundi.",
                     {"Anti-balaka"}, id="fr-anti-balaka-spaced"),
        pytest.param("Nairobi, 4 mai 2022 - Le programme ONU Habitat a ouvert un bureau à Goma.",
                     {"UN-Habitat"}, id="fr-onu-habitat-spaced"),
        pytest.param("Paris, 4 mai 2022 - Le Haut Commissariat des Nations unies pour les réfugiés a alerté lundi.",
                     {"UNHCR"}, id="fr-haut-commissariat-spaced"),
        pytest.param("Damas, 4 mai 2022 - Le Front Al Nosra a revendiqué l'attaque lundi.",
                     {"Al-Nusra Front"}, id="fr-al-nosra-spaced"),
    ],
)
def test_listed_name_printed_with_a_space_for_its_hyphen(text, expected):
    assert _bodies(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # guard: the capitalised form still names the council, and nothing else is added
        pytest.param("Paris, 4 mai 2022 - Le Conseil de sécurité a prorogé le mandat mardi soir.",
                     {"Security Council"}, id="fr-capitalised"),
        # guard: a lowercase security council of a country in English is not the UN's
        pytest.param("Nairobi, 4 May 2022 - The national security council met in the capital on Monday.",
                     set(), id="en-national-council"),
    ],
)
def test_guards(text, expected):
    assert _bodies(text) == expected
