"""An inverted speech verb followed by its weekday and the date of that day ("a déclaré
mercredi 20 janvier le général X", "dijo el lunes 3 de mayo el general X"): the speaker comes
after the date. Every sentence is written for the test."""
from __future__ import annotations

import pytest

from test_quotes import quotes_of


@pytest.mark.parametrize(
    "language, paragraphs, speaker",
    [
        pytest.param("fr", ["Les soldats de la paix ont répondu trop lentement à cette attaque, a déclaré mercredi 20 janvier le général Marc Lenoir."],
                     "Marc Lenoir", id="fr-mercredi-20-janvier"),
        pytest.param("fr", ["Le convoi est arrivé sans incident à Gao, a indiqué lundi 1er mars le colonel Marc Lenoir."],
                     "Marc Lenoir", id="fr-lundi-1er-mars"),
        pytest.param("es", ["Los soldados de paz respondieron tarde al ataque, dijo el lunes 3 de mayo el general Marc Lenoir."],
                     "Marc Lenoir", id="es-lunes-3-de-mayo"),
    ],
)
def test_the_speaker_after_a_dated_weekday(language, paragraphs, speaker):
    quotes = quotes_of(language, *paragraphs)
    assert [q.speaker for q in quotes] == [speaker]
