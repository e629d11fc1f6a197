"""Quotes: a paragraph opening on a bare quotation, with no verb, whose words are quoted
again right after ('"A night nobody will forget". "It was a night nobody here will ever
forget," an officer said') is a subheading drawn from those words, the page's furniture: no
quote, not the last speaker's. A bare quotation that is not repeated still goes on with the
last speaker. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def quotes_of(text: str) -> list[tuple[str, str]]:
    return [(q.speaker, q.sentence) for q in extract(text, None).quotes]


@pytest.mark.parametrize(
    "text, heading",
    [
        pytest.param("GAO (Mali) - Le camp de la Minusma a été attaqué samedi, a indiqué la mission. Les combats ont duré trois heures.\n\n"
                     "\"Une nuit que personne n'oubliera\". \"C'est une nuit que personne ici n'oubliera jamais\", a raconté un officier burkinabè.",
                     "\"Une nuit que personne n'oubliera\".", id="fr-glued-heading"),
        pytest.param("GAO, Mali -- The camp was attacked on Saturday, MINUSMA said. The fighting lasted three hours.\n\n"
                     "\"A night nobody will forget\"\n\n"
                     "\"It was a night nobody here will ever forget,\" a Burkinabe officer told reporters.",
                     "\"A night nobody will forget\"", id="en-heading-line"),
        pytest.param("GAO (Malí) - El campamento de la Minusma fue atacado el sábado, informó la misión. Los combates duraron tres horas.\n\n"
                     "«Una noche que nadie olvidará»\n\n"
                     "«Fue una noche que nadie aquí olvidará jamás», contó un oficial burkinés.",
                     "«Una noche que nadie olvidará»", id="es-heading-line"),
    ],
)
def test_repeated_heading_is_no_quote(text, heading):
    assert all(sentence.strip() != heading for _speaker, sentence in quotes_of(text))


def test_bare_quotation_not_repeated_goes_on():
    text = ("GAO, Mali -- The camp was attacked on Saturday, MINUSMA said. The fighting lasted three hours.\n\n"
            "\"We held the line until the helicopters came.\"")
    assert quotes_of(text)[-1] == ("MINUSMA", "\"We held the line until the helicopters came.\"")
