"""Quotes: a participle of asking or urging after the comma that closes a clause ("...,
urging the authorities to «...»", "..., exhortant les autorités à « ... »", "..., instando a
las autoridades a «...»") reports words as a participle of saying does: its speaker is the
subject opening the clause. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def quotes_of(text: str) -> list[tuple[str, str]]:
    return [(q.speaker, q.sentence) for q in extract(text, None).quotes]


@pytest.mark.parametrize(
    "opening, asking",
    [
        pytest.param("Uruguay's envoy Carlos Amorin reached Goma on Sunday with a small delegation.",
                     "He stood by the coffin of the fallen soldier, urging the local authorities to \"redouble efforts to reach a ceasefire\".",
                     id="en-urging"),
        pytest.param("Uruguay's envoy Carlos Amorin reached Goma on Sunday with a small delegation.",
                     "He stood by the coffin of the fallen soldier, calling on the local authorities to \"redouble efforts to reach a ceasefire\".",
                     id="en-calling-on"),
        pytest.param("L'envoyé uruguayen Carlos Amorín est arrivé dimanche à Goma avec une petite délégation.",
                     "Il s'est recueilli devant le cercueil du soldat, exhortant les autorités locales à « redoubler d'efforts pour parvenir à un cessez-le-feu ».",
                     id="fr-exhortant"),
        pytest.param("L'envoyé uruguayen Carlos Amorín est arrivé dimanche à Goma avec une petite délégation.",
                     "Il s'est recueilli devant le cercueil du soldat, appelant les autorités locales à « redoubler d'efforts pour parvenir à un cessez-le-feu ».",
                     id="fr-appelant"),
        pytest.param("El enviado uruguayo Carlos Amorín llegó el domingo a Goma con una pequeña delegación.",
                     "Amorín se detuvo ante el féretro del soldado, instando a las autoridades locales a “redoblar esfuerzos para alcanzar un cese al fuego”.",
                     id="es-instando"),
        pytest.param("El enviado uruguayo Carlos Amorín llegó el domingo a Goma con una pequeña delegación.",
                     "Amorín se detuvo ante el féretro del soldado, pidiendo a las autoridades locales “redoblar esfuerzos para alcanzar un cese al fuego”.",
                     id="es-pidiendo"),
    ],
)
def test_a_participle_of_asking_reports_the_clause_subject(opening, asking):
    speaker = "Carlos Amorin" if opening.startswith("Uruguay") else "Carlos Amorín"
    quotes = [(who, sentence.strip()) for who, sentence in quotes_of(f"{opening} {asking}")]
    assert quotes == [(speaker, asking)]
