"""Quotes: an inverted speech verb, then the document the words came in set off by two commas,
then the speaker ("« ... », indique, dans un communiqué reçu lundi, X, le porte-parole",
"\\"...\\", said, in a statement on Monday, spokesperson X", "\\"...\\", indicó, en un comunicado
difundido el lunes, el portavoz X"): the aside says how the words came, the name after it who
said them, as an aside like "de son côté" already lets the speaker follow. Every sentence here
is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def speakers_of(text: str) -> list[str]:
    return [q.speaker for q in extract(text, None).quotes]


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("KINDU - « Trois ponts ont été réparés », indique, dans un communiqué reçu mardi, Paul Lubala, le porte-parole de la mission.",
                     "Paul Lubala", id="fr-dans-un-communique"),
        pytest.param("KINDU -- \"Three bridges were repaired,\" said, in a statement on Tuesday, mission spokesperson Paul Lubala.",
                     "Paul Lubala", id="en-in-a-statement"),
        pytest.param("KINDU - \"Tres puentes fueron reparados\", indicó, en un comunicado difundido el martes, el portavoz Pablo Lubala.",
                     "Pablo Lubala", id="es-en-un-comunicado"),
    ],
)
def test_the_speaker_after_a_document_aside_speaks(text, speaker):
    assert speakers_of(text) == [speaker]


def test_an_aside_with_no_one_named_after_it_names_no_one():
    text = "KINDU - « Trois ponts ont été réparés », indique, dans un communiqué reçu mardi, la mission."
    assert speakers_of(text) == [""]
