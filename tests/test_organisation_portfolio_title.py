"""A minister's title whose portfolios hold a known body's name between two of them ("el
ministro de Asuntos Exteriores, Unión Europea y Cooperación, X") names neither that body nor
an organisation of the portfolios' words: a title names no body (tests/corpus/README.md), and
the person after it is still named. A known body listed after a title with no portfolio of
its own ("the foreign ministers, NATO and Australia") stays named. Every sentence is written
for the test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


@pytest.mark.parametrize(
    "text, person",
    [
        pytest.param("Bruselas, 3 de marzo de 2024 - El ministro de Asuntos Exteriores, Unión Europea y Cooperación, "
                     "Tomás Aranda, se reunió ayer con los mandos del contingente.", "tomas-aranda", id="es-ministro"),
        pytest.param("Bruselas, 3 de marzo de 2024 - La ministra de Exteriores, Unión Europea y Cooperación, Lucía "
                     "Ferrer, visitó ayer a las tropas desplegadas en la base.", "lucia-ferrer", id="es-ministra"),
    ],
)
def test_a_known_name_in_a_ministers_portfolios_is_no_body(text, person):
    actors = set(extract(text).fields["actors"])
    assert person in actors
    assert "european-union" not in actors
    assert not [a for a in actors if a.startswith("union-europea")]


def test_a_known_body_after_a_title_without_portfolio_stays() -> None:
    actors = set(extract("Brussels, March 3, 2024 - The talks brought together the defence ministers, NATO and "
                         "Australia on Monday.").fields["actors"])
    assert "north-atlantic-treaty-organization" in actors
