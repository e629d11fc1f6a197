"""Quotes: a quotation filling the rest of the sentence after a colon, with no speech verb,
is the words of the person or title opening the clause before the colon. Every sentence here
is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def speakers_of(text: str) -> list[str]:
    return [q.speaker for q in extract(text, None).quotes]


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("Le porte-parole Jean Mbaye s'est montré catégorique : \"Aucune base ne sera fermée avant la fin de "
                     "l'année.\"", "Jean Mbaye", id="fr-s-est-montre"),
        pytest.param("Face aux rumeurs, la commandante Awa Diallo a dressé un bilan prudent : « La route reste dangereuse "
                     "après la saison des pluies. »", "Awa Diallo", id="fr-after-opening-phrase"),
        pytest.param("Colonel Ola Hansen was blunt: \u201cWe will not leave the camp before the rains end.\u201d", "Ola Hansen",
                     id="en-was-blunt"),
        pytest.param("El general Luis Paredes fue tajante: “Ninguna base cerrará antes de diciembre”.", "Luis Paredes",
                     id="es-fue-tajante"),
    ],
)
def test_the_person_before_the_colon_speaks(text, speaker):
    assert speakers_of(text) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Le programme comprend trois volets : « formation, équipement et soutien aux familles ».", id="fr-thing"),
        pytest.param("Awa Diallo a visité deux camps de la MINUSCA : « des routes rouvertes et des écoles reconstruites ».",
                     id="fr-body-named-after"),
    ],
)
def test_no_person_opening_the_clause_no_speaker(text):
    assert not any(speakers_of(text))


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("BUKAVU - Le capitaine Awa Touré, porte-parole de la Police de la Minusca, abonde dans le même sens : "
                     "« Que ce soit à Bukavu ou à Uvira, nous sommes là pour aider ».", "Awa Touré", id="fr-apposed-body"),
        pytest.param("BUKAVU - La capitana Ana Touré, portavoz de la Policía de la Minusca, fue tajante: "
                     "«Nos quedaremos en Uvira hasta el final de las lluvias».", "Ana Touré", id="es-apposed-body"),
        pytest.param("BUKAVU -- Captain Ann Touré, spokesperson for the Minusca police, was blunt: "
                     "\"We will stay in Uvira until the rains end.\"", "Ann Touré", id="en-apposed-title"),
    ],
)
def test_bodies_in_the_persons_apposition_leave_the_person_introducing(text, speaker):
    """The bodies named inside an apposition set off by commas right after the person (their
    post: "porte-parole de la Police de la Minusca") do not take the words from the person
    introducing them before the colon."""
    assert speakers_of(text) == [speaker]
