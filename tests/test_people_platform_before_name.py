"""People: the name of a social network printed right before a person's name after the
verb of posting ("a écrit sur Twitter Patrick Kabila", "wrote on Facebook Jane Okafor",
"escribió en Twitter Pablo Mbarga") is where the words went, not the person's first name: the
person is named without it, and speaks. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


@pytest.mark.parametrize(
    "text, person",
    [
        pytest.param("GOMA - « Au moins cinq morts », a écrit sur Twitter Patrick Kabila, porte-parole du gouvernement.",
                     "Patrick Kabila", id="fr-twitter"),
        pytest.param("GOMA - « Au moins cinq morts », a écrit sur Facebook Patrick Kabila, porte-parole du gouvernement.",
                     "Patrick Kabila", id="fr-facebook"),
        pytest.param("GOMA -- \"At least five dead,\" wrote on Telegram Patrick Kabila, the government spokesman.",
                     "Patrick Kabila", id="en-telegram"),
        pytest.param("GOMA - «Al menos cinco muertos», escribió en Twitter Pablo Kabila, portavoz del gobierno.",
                     "Pablo Kabila", id="es-twitter"),
    ],
)
def test_the_network_is_no_part_of_the_name(text, person):
    extraction = extract(text, None)
    assert [e.name for e in extraction.entities.values() if e.kind == "person"] == [person]
    assert [q.speaker for q in extraction.quotes] == [person]
