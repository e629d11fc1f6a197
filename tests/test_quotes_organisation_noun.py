""""The organization said", "a indiqué l'organisation", "señaló la organización" with no body
whose name holds the word: the organisation named before speaks, as after "the agency said";
the press's epithets of the United Nations ("the world body", "l'organisation onusienne", "el
organismo mundial") are the United Nations. Every sentence is written for the test."""
from __future__ import annotations

import pytest

from test_quotes import quotes_of


@pytest.mark.parametrize(
    "language, paragraphs, speaker",
    [
        pytest.param("en", ["The UN rejected the request on Sunday.", "\u201cThe troops of the mission remain at their posts,\u201d the organization said."],
                     "United Nations", id="en-the-organization-said"),
        pytest.param("fr", ["L'ONU a rejeté la demande dimanche.", "« Les troupes de la mission restent à leurs postes », a indiqué l'organisation."],
                     "United Nations", id="fr-a-indique-l-organisation"),
        pytest.param("fr", ["L'ONU a rejeté la demande dimanche.", "L'organisation a indiqué que les troupes de la mission restaient à leurs postes."],
                     "United Nations", id="fr-l-organisation-a-indique"),
        pytest.param("en", ["The UN rejected the request on Sunday.", "\u201cThe troops of the mission remain at their posts,\u201d the world body said."],
                     "United Nations", id="en-the-world-body"),
        pytest.param("fr", ["L'ONU a rejeté la demande dimanche.", "« Les troupes de la mission restent à leurs postes », a indiqué l'organisation onusienne."],
                     "United Nations", id="fr-l-organisation-onusienne"),
        pytest.param("es", ["La ONU rechazó la petición el domingo.", "\u201cLas tropas de la misión permanecen en sus puestos\u201d, señaló el organismo mundial."],
                     "United Nations", id="es-el-organismo-mundial"),
    ],
)
def test_an_organisation_noun_stands_for_the_body_named_before(language, paragraphs, speaker):
    assert quotes_of(language, *paragraphs)[-1].speaker == speaker


def test_after_an_outlet_the_organisation_noun_names_no_one():
    quotes = quotes_of("en", "Reuters reported the attack on Sunday.", "The organization said the clinic would open on Monday.")
    assert quotes[-1].speaker == ""
