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


@pytest.mark.parametrize(
    "text, heading",
    [
        pytest.param("GOMA - \"Au moins deux blessés\", a écrit sur son compte le porte-parole de la police, Paul Kabasele.\n\n"
                     "Des centaines de jeunes ont bloqué la route du camp de la mission dès l'aube.\n\n"
                     "\"Rendez-nous nos champs\"\n\n"
                     "\"Rendez-nous nos champs\", \"assez de promesses\", affirmaient des banderoles devant la base.",
                     "\"Rendez-nous nos champs\"", id="fr-same-words"),
        pytest.param("GOMA -- \"At least two people were hurt,\" police spokesman Paul Kabasele wrote on his account.\n\n"
                     "Hundreds of young men blocked the road to the mission's camp at dawn.\n\n"
                     "\"Give us back our fields\"\n\n"
                     "\"Give us back our fields\", \"enough promises\", banners outside the base said.",
                     "\"Give us back our fields\"", id="en-same-words"),
        pytest.param("GOMA - «Al menos dos heridos», escribió en su cuenta el portavoz de la policía, Paul Kabasele.\n\n"
                     "Cientos de jóvenes bloquearon el camino al campamento de la misión al amanecer.\n\n"
                     "«Devuélvannos nuestros campos»\n\n"
                     "«Devuélvannos nuestros campos», «basta de promesas», decían las pancartas frente a la base.",
                     "«Devuélvannos nuestros campos»", id="es-same-words"),
    ],
)
def test_heading_quoted_again_word_for_word_is_no_quote(text, heading):
    """A subheading whose words are the whole of a quotation right after (the page pulled the
    quotation out as it stands, nothing cut) is furniture as much as one drawn from a longer
    quotation."""
    assert all(sentence.strip() != heading for _speaker, sentence in quotes_of(text))
