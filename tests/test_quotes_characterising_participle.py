"""Quotes: a verb of characterising closing a clause after a comma ("the mission condemned the
attack, calling it cowardly", "..., la qualifiant de lâche", "..., calificándolo de cobarde")
reports what the clause's subject said of it; a judgement word of the list quoted alone
("calling the shelling “barbaric”") is the speaker's, not the writer's term; a verb with its
object pronoun before it ("lo calificó de cobarde") reports as the verb alone does (quotes.yaml
"characterising_verbs"). Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract

TITLES = {"en": "Peacekeepers attacked in the north of the country\n\n",
          "fr": "Des casques bleus attaqués dans le nord du pays\n\n",
          "es": "Atacado un campamento de cascos azules en el norte\n\n"}


def speakers_of(language: str, text: str) -> list[str]:
    return [q.speaker for q in extract(TITLES[language] + text, None).quotes]


@pytest.mark.parametrize(
    "language, text, speaker",
    [
        pytest.param("en", "The Malian government condemned the attack, calling it cowardly.", "Mali", id="en-calling-it"),
        pytest.param("en", "UNMISS condemned the shelling of the camp near Bor, calling it a grave violation.", "UNMISS",
                     id="en-calling-it-a"),
        pytest.param("en", "MONUSCO denounced the ambush on its convoy, branding it cowardly and criminal.", "MONUSCO",
                     id="en-branding"),
        pytest.param("en", "The Malian government condemned the shelling and called it “barbaric.”", "Mali",
                     id="en-judgement-word-quoted"),
        pytest.param("fr", "La Minusca a condamné l'embuscade contre son convoi, la qualifiant de lâche.", "MINUSCA",
                     id="fr-la-qualifiant"),
        pytest.param("es", "La Minusma condenó el ataque contra su base, calificándolo de cobarde.", "MINUSMA",
                     id="es-calificandolo"),
        pytest.param("es", "El ministro Amadou Keita lo calificó de cobarde.", "Amadou Keita", id="es-lo-califico"),
    ],
)
def test_characterising_participle_reports_for_the_clause_subject(language, text, speaker):
    assert speakers_of(language, text) == [speaker]


@pytest.mark.parametrize(
    "language, text",
    [
        pytest.param("en", "The commander visited the camp, calling the police to the gate.", id="en-calling-the-police"),
        pytest.param("en", "The report described the new camp as “quiet”.", id="en-term-quoted"),
        pytest.param("fr", "Le commandant a visité le camp, la qualifiant pour la mission de soutien.", id="fr-no-judgement"),
    ],
)
def test_no_judgement_no_report(language, text):
    assert speakers_of(language, text) == []
