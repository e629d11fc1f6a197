"""Armed groups named through their members (tests/corpus/README.md: "des anti-balakas", "ADF
rebels"): the anti-balaka militias in the plural, the Wagner Group through its mercenaries or
fighters, and the Azawad Liberation Front (2024) of northern Mali by its name. Every sentence
is written for these tests."""
from __future__ import annotations

import pytest

from actorcases import actors_of


@pytest.mark.parametrize(
    "text, group",
    [
        pytest.param("Des anti-balakas armés de machettes ont pillé le marché.", "Anti-balaka", id="fr-anti-balakas"),
        pytest.param("Unos antibalakas armados saquearon el mercado.", "Anti-balaka", id="es-antibalakas"),
        pytest.param("Armed anti-balakas looted the market on Sunday.", "Anti-balaka", id="en-anti-balakas"),
        pytest.param("Wagner mercenaries guarded the gold mine near the border.", "Wagner Group", id="en-wagner-mercenaries"),
        pytest.param("Les mercenaires de Wagner gardaient la mine d'or.", "Wagner Group", id="fr-mercenaires-de-wagner"),
        pytest.param("Los mercenarios de Wagner custodiaban la mina de oro.", "Wagner Group", id="es-mercenarios-de-wagner"),
        pytest.param("Les combattants du Front de libération de l'Azawad ont repris un poste.",
                     "Azawad Liberation Front", id="fr-fla"),
        pytest.param("Fighters of the Azawad Liberation Front retook a post near Tinzaouatene.",
                     "Azawad Liberation Front", id="en-fla"),
    ],
)
def test_armed_groups_named_through_their_members(text, group):
    assert group in actors_of(text)[1]


def test_a_person_named_wagner_is_no_group():
    assert "Wagner Group" not in actors_of("The coach Richard Wagner praised his players on Sunday.")[1]
