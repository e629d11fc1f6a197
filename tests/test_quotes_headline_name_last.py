"""Quotes: a headline closing on its speaker's name right after its quotation, with no
brackets, maybe after a dash or a comma ("... « condamne toute attaque » Jean Kalala"): that
person of the article said the words quoted (quotes.headline_quote). A place after the
quotation is no speaker. Every text here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("Manifestation à Goma : le gouvernement « condamne toute attaque contre les Casques bleus » Jean Kalala\n\n"
                     "Le porte-parole Jean Kalala a parlé lundi.", "Jean Kalala", id="fr-name-last"),
        pytest.param("Protest in Goma: the government \u201ccondemns every attack on the peacekeepers\u201d - John Kalala\n\n"
                     "Spokesman John Kalala spoke on Monday.", "John Kalala", id="en-dash-name"),
        pytest.param("Protesta en Goma: el gobierno «condena todo ataque contra los cascos azules», Juan-Pablo Kalala\n\n"
                     "El portavoz Juan-Pablo Kalala habló el lunes.", "Juan-Pablo Kalala", id="es-comma-hyphenated-name"),
    ],
)
def test_a_headline_closing_on_its_speaker(text, speaker):
    quotes = extract(text, None).quotes
    assert quotes and quotes[0].speaker == speaker and quotes[0].sentence == text.split("\n")[0], quotes


def test_a_place_after_the_quotation_is_no_speaker():
    text = ("Protest in Goma: the government \u201ccondemns every attack on the peacekeepers\u201d in Goma\n\n"
            "Spokesman John Kalala spoke on Monday.")
    assert not [q for q in extract(text, None).quotes if q.sentence == text.split("\n")[0] and q.speaker]
