"""The phrases of a speech before a body ("interviendra devant le Conseil", "intervendrá ante
el Consejo", "will speak before the General Assembly") make a meeting only with the body
named: "intervenir devant/ante" said of a building or a riot is an intervention, "speak
before leaving" is a time order, and "s'adressera aux jeunes" says whom a programme is for. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract

DATES = {"en": "July 15, 2024", "fr": "15 juillet 2024", "es": "15 de julio de 2024"}


def kinds_of(sentence: str, language: str) -> list[str]:
    text = f"Peacekeeping news\n\n{DATES[language]}\n\n{sentence}\n"
    return [e.kind for e in extract(text, None).events]


@pytest.mark.parametrize(
    "language, sentence",
    [
        pytest.param("fr", "L'armée est intervenue devant la mairie de Gao le 12 juillet.", id="fr-building"),
        pytest.param("fr", "Les soldats sont intervenus devant le marché central le 12 juillet.", id="fr-market"),
        pytest.param("es", "La policía intervino ante los disturbios del jueves en Bangui.", id="es-riot"),
        pytest.param("en", "The minister will speak before leaving for Goma on Friday.", id="en-before-leaving"),
        pytest.param("fr", "Le programme s'adressera aux jeunes dès lundi, a indiqué la mission.", id="fr-programme"),
        pytest.param("fr", "Ce projet s'adressera aux anciens combattants à partir du 20 juillet.", id="fr-projet"),
    ],
)
def test_intervening_or_speaking_before_no_body_is_no_meeting(language, sentence):
    assert "meeting" not in kinds_of(sentence, language)

