"""Quotes: a participle of saying closing a clause whose subject is a country's government or
authorities called by their common noun, the country after it ("le gouvernement malien a
condamné l'attaque, ajoutant que...", "el gobierno de Malí condenó el ataque, añadiendo
que..."): the country speaks (tests/corpus/README.md: a government called only by its common
noun is not listed, the country stands for it), as it does with the verb of the clause. Every
sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract

TITLES = {"fr": "Des casques bleus attaqués dans le nord du pays\n\n",
          "es": "Atacado un campamento de cascos azules en el norte\n\n"}


def speakers_of(language: str, text: str) -> list[str]:
    return [q.speaker for q in extract(TITLES[language] + text, None).quotes]


@pytest.mark.parametrize(
    "language, text, speaker",
    [
        pytest.param("fr", "Le gouvernement malien a condamné l'attaque, ajoutant que les auteurs seront poursuivis.", "Mali",
                     id="fr-gouvernement-ajoutant"),
        pytest.param("fr", "Le gouvernement nigérien a salué le travail des soldats, précisant que trois d'entre eux ont été blessés.",
                     "Niger", id="fr-gouvernement-precisant"),
        pytest.param("es", "El gobierno de Malí condenó el ataque, añadiendo que los autores serán juzgados.", "Mali",
                     id="es-gobierno-de-anadiendo"),
        pytest.param("es", "Las autoridades malienses condenaron el ataque, calificándolo de cobarde.", "Mali",
                     id="es-autoridades-calificandolo"),
    ],
)
def test_the_country_speaks_through_its_government(language, text, speaker):
    assert speakers_of(language, text) == [speaker]
