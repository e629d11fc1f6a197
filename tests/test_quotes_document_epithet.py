"""Quotes: a word describing a document may stand between the document and its issuer in a
language whose descriptions follow the noun ("selon un communiqué officiel de la Minusma",
"informó una nota oficial de la UNMISS"): the issuer speaks, not another body named in the
sentence or before. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def speakers_of(text: str) -> list[str]:
    return [q.speaker for q in extract(text, None).quotes]


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("Le Hezbollah a revendiqué des tirs de roquettes près de la frontière jeudi.\n\n"
                     "Selon un communiqué officiel de la Minusma, deux convois ont été retardés près de Gao.",
                     "MINUSMA", id="fr-communique-officiel-de"),
        pytest.param("L'armée malienne a signalé des tirs près de Gao jeudi.\n\n"
                     "« Deux convois ont été retardés près de la ville », a précisé un communiqué conjoint de la Minusma.",
                     "MINUSMA", id="fr-communique-conjoint-de"),
        pytest.param("Las tropas de la ONU patrullaban cerca de Malakal el martes.\n\n"
                     "\"Dos convoyes fueron retenidos durante horas en un puesto de control\", informó una nota oficial de la UNMISS.",
                     "UNMISS", id="es-nota-oficial-de"),
    ],
)
def test_the_issuer_after_a_described_document_speaks(text, speaker):
    assert speakers_of(text)[-1] == speaker

