"""A ministry whose further portfolios hold a known body's name between two of them
("Ministerio de Asuntos Exteriores, Unión Europea y Cooperación") is one ministry: the known
name is one of its portfolios, not the body itself, and no organisation is made of the
portfolios' words (entities._portfolio_tail). A known name that ends the list ("and Hezbollah")
still ends it. Every sentence is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def actors(text: str) -> set[str]:
    return set(extract(text).fields["actors"])


@pytest.mark.parametrize(
    "text, ministry",
    [
        pytest.param("Madrid, 3 de marzo de 2024 - El Ministerio de Asuntos Exteriores, Unión Europea y Cooperación "
                     "de España convocó ayer al embajador para pedirle explicaciones.",
                     "ministry-of-foreign-affairs-of-spain", id="es-with-country"),
        # no country printed and no dateline to tie it to: the generic name alone
        pytest.param("Según un comunicado del Ministerio de Asuntos Exteriores, Unión Europea y Cooperación, los "
                     "dos militares heridos ya han sido evacuados y se recuperan en el hospital.",
                     "ministry-of-foreign-affairs", id="es-untied"),
    ],
)
def test_a_known_name_between_portfolios_is_the_ministrys(text, ministry):
    found = actors(text)
    assert ministry in found
    assert "european-union" not in found
    assert not [a for a in found if a.startswith("union-europea")]


def test_a_known_name_ending_the_list_is_still_named() -> None:
    found = actors("Beirut, March 3, 2024 - The Lebanese Ministry of Defence and Hezbollah both denied the report "
                   "on Sunday.")
    assert "hezbollah" in found


@pytest.mark.parametrize(
    "text, body",
    [
        # a body printed by its acronym is no portfolio: portfolios are written in words
        pytest.param("Abuja, May 3, 2022 - The meeting brought together the Minister of Defence, ECOWAS and Malian "
                     "officials.", "economic-community-of-west-african-states", id="en-acronym"),
        pytest.param("Bamako, 3 mai 2022 - Une réunion entre le ministre de la Défense, CEDEAO et Barkhane a eu lieu "
                     "lundi.", "economic-community-of-west-african-states", id="fr-acronym"),
        # a country or demonym after the joiner is no portfolio: the list names participants
        pytest.param("Abuja, May 3, 2022 - Talks between the Minister of Foreign Affairs, African Union and Malian "
                     "officials resumed.", "african-union", id="en-demonym-after"),
        pytest.param("Dakar, 3 de mayo de 2022 - El encuentro reunió al ministro de Defensa, Unión Africana y Francia "
                     "en la capital.", "african-union", id="es-country-after"),
    ],
)
def test_a_body_listed_beside_a_ministers_title_is_named(text, body):
    assert body in actors(text)
