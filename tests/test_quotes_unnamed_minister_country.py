"""A minister the text does not name, called by the title and the country's demonym ("the
French defence minister said", "le ministre malien de la Défense a déclaré", "el ministro
español de Defensa dijo", "« ... », a ajouté le ministre français des affaires étrangères")
speaks as the country: a minister's title names no ministry (tests/corpus/README.md), and a
government called only by its common noun is the country. A minister the article names keeps
speaking as themselves. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def speakers_of(text: str) -> list[str]:
    return [q.speaker for q in extract(text, None).quotes]


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("PARIS -- The French defence minister said the troops would stay in the region.", "France",
                     id="en-demonym-before"),
        pytest.param("BAMAKO - Le ministre malien de la Défense a déclaré que les troupes resteraient.", "Mali",
                     id="fr-demonym-after"),
        pytest.param("MADRID - El ministro español de Defensa dijo que las tropas se quedarían.", "Spain",
                     id="es-demonym-after"),
        pytest.param("BAMAKO - « Nous déplorons ces attaques », a ajouté le ministre français des affaires étrangères.",
                     "France", id="fr-inverted"),
    ],
)
def test_an_unnamed_minister_speaks_as_the_country(text, speaker):
    assert speakers_of(text) == [speaker]


def test_a_named_minister_speaks_as_themselves():
    text = ("MADRID - La ministra española de Defensa, Ana Ruiz, visitó la base. La ministra española de Defensa dijo "
            "que las tropas se quedarían.")
    assert speakers_of(text) == ["Ana Ruiz"]
