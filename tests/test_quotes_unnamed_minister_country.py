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


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("LOME -- The talks ended and then the Ghanaian defence minister said the troops would stay.", "Ghana",
                     id="en-then-before-the-phrase"),
        pytest.param("LOME -- Le ministre ghanéen de la Défense a dit aux officiers que les troupes resteraient.", "Ghana",
                     id="fr-verb-after-the-phrase"),
    ],
)
def test_an_unnamed_minister_speaks_as_the_country_beside_other_words(text, speaker):
    assert speakers_of(text) == [speaker]


def test_a_named_minister_speaks_as_themselves():
    text = ("MADRID - La ministra española de Defensa, Ana Ruiz, visitó la base. La ministra española de Defensa dijo "
            "que las tropas se quedarían.")
    assert speakers_of(text) == ["Ana Ruiz"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("LOME -- The defence minister told Ghanaian officers that the troops would stay.", id="en-told-demonym"),
        pytest.param("LOME -- The defence minister told Ghana's envoy that the troops would stay.", id="en-told-country"),
        pytest.param("LOME -- L'ancien ministre ghanéen de la Défense, aujourd'hui dans l'opposition, a déclaré que "
                     "le gouvernement avait échoué.", id="fr-former"),
        pytest.param("LOME -- L'ex-ministre ghanéen de la Défense a déclaré que le gouvernement avait échoué.",
                     id="fr-ex-hyphen"),
        pytest.param("LOME -- The former Ghanaian defence minister said the government had failed.", id="en-former"),
    ],
)
def test_a_country_past_the_verb_or_a_former_minister_speaks_for_no_country(text):
    """The country must stand in the minister's own noun phrase, on the same side of the
    speech verb (not the one spoken to), and a former minister (vocabulary "role_former")
    holds no office to speak for the country with."""
    assert speakers_of(text) == [""]
