"""A sentence opened by a marker of a view, a role and its holder's name set off by commas
("Pour le porte-parole du gouvernement, Paul Lenoir, les auteurs seront punis", "Para el
portavoz del Gobierno, Pablo Lenoir, los autores serán castigados") gives the view of the
person named, with or without quotation marks after the name's comma: the name apposed to
the role belongs to the opening phrase. A report of facts after it still reports nothing.
Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def speakers_of(text: str) -> list[str]:
    return [q.speaker for q in extract(text, None).quotes]


@pytest.mark.parametrize(
    "text, speakers",
    [
        pytest.param("KINDU - Pour le porte-parole du gouvernement, Paul Lenoir, les auteurs des attaques seront "
                     "sévèrement punis.", ["Paul Lenoir"], id="fr-role-then-name"),
        pytest.param("KINDU - Pour le porte-parole de la Minusma, Paul Lenoir, trop de lignes rouges ont été franchies.",
                     ["Paul Lenoir"], id="fr-role-of-body-then-name"),
        pytest.param("KINDU - Para el portavoz del Gobierno, Pablo Lenoir, los autores de los ataques serán castigados.",
                     ["Pablo Lenoir"], id="es-role-then-name"),
    ],
)
def test_the_name_apposed_to_the_role_gives_the_view(text, speakers):
    assert speakers_of(text) == speakers
