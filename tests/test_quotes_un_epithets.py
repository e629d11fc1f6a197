"""The press's epithets of the United Nations ("the world body", "l'organisation onusienne",
"el organismo mundial") are the United Nations. Every sentence is written for the test."""
from __future__ import annotations

import pytest

from test_quotes import quotes_of


@pytest.mark.parametrize(
    "language, paragraphs, speaker",
    [
        pytest.param("en", ["The UN rejected the request on Sunday.", "\u201cThe troops of the mission remain at their posts,\u201d the world body said."],
                     "United Nations", id="en-the-world-body"),
        pytest.param("fr", ["L'ONU a rejeté la demande dimanche.", "« Les troupes de la mission restent à leurs postes », a indiqué l'organisation onusienne."],
                     "United Nations", id="fr-l-organisation-onusienne"),
        pytest.param("es", ["La ONU rechazó la petición el domingo.", "\u201cLas tropas de la misión permanecen en sus puestos\u201d, señaló el organismo mundial."],
                     "United Nations", id="es-el-organismo-mundial"),
    ],
)
def test_an_epithet_of_the_un_is_the_un(language, paragraphs, speaker):
    assert quotes_of(language, *paragraphs)[-1].speaker == speaker

