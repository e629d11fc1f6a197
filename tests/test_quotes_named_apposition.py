"""A speaker whose apposition names another person ("X, spokesman for President Y, said"): the
person before the apposition speaks, not the one the apposition names; a list of names is no
apposition. Every sentence is written for the test, in English, French and Spanish."""
from __future__ import annotations

import pytest

from test_quotes import quotes_of


@pytest.mark.parametrize(
    "language, paragraphs, speaker",
    [
        pytest.param("en", ["Laura Becker, spokeswoman for Defence Minister Tomas Novak, said the convoy had reached the base."],
                     "Laura Becker", id="en-spokeswoman-for-minister-y"),
        pytest.param("en", ["Laura Becker, deputy spokeswoman for Secretary-General Tomas Novak, said the attack \u201cseems to be deliberate\u201d and must be investigated."],
                     "Laura Becker", id="en-quoted-words-after"),
        pytest.param("fr", ["Jean Moreau, porte-parole du président Alain Giraud, a déclaré que les soldats rentreraient en mars."],
                     "Jean Moreau", id="fr-porte-parole-du-president-y"),
        pytest.param("es", ["Carlos Ortega, portavoz del presidente Luis Medina, dijo que las tropas volverían en marzo."],
                     "Carlos Ortega", id="es-portavoz-del-presidente-y"),
    ],
)
def test_the_person_before_the_apposition_speaks(language, paragraphs, speaker):
    quotes = quotes_of(language, *paragraphs)
    assert [q.speaker for q in quotes] == [speaker]


@pytest.mark.parametrize(
    "language, paragraphs, speakers",
    [
        # a list is no apposition: each name of it shares the verb (test_quotes_joint_speakers)
        pytest.param("fr", ["Le ministre Alain Giraud, Jean Moreau et Claire Dubois ont déclaré que les soldats rentreraient en mars."],
                     ["Alain Giraud", "Jean Moreau", "Claire Dubois"], id="fr-a-list-is-no-apposition"),
        pytest.param("en", ["The minister's adviser, Tomas Novak, said the convoy had reached the base."],
                     ["Tomas Novak"], id="en-title-then-name"),
    ],
)
def test_no_apposition_naming_another_leaves_the_nearest(language, paragraphs, speakers):
    quotes = quotes_of(language, *paragraphs)
    assert [q.speaker for q in quotes] == speakers
