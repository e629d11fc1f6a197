"""Quotes: a title printed with a body ("the Israeli army spokeswoman", "the spokeswoman for the
Israeli army", "le porte-parole de l'armée israélienne") is not held by a person the article
introduced with the same title for another body ("UNIFIL spokesman X"): the body the title is
printed with speaks, as its unnamed officer (quotes._holds_for_another_body). The holder still
speaks for a title printed with their own body, a part or whole of it, or with no body. Every
sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract

LEAD = {
    "en": "BEIRUT, May 3 (Reuters) - UNIFIL spokesman Marco Rossi said the patrol was hit near Naqoura on Monday.\n\n",
    "fr": "BEYROUTH, 3 mai (AFP) - Le porte-parole de la FINUL, Marco Rossi, a indiqué que la patrouille avait été touchée lundi.\n\n",
    "es": "BEIRUT, 3 may (EFE) - El portavoz de la FINUL, Marco Rossi, dijo que la patrulla fue alcanzada el lunes.\n\n",
}


def speaker_of(language: str, text: str, says: str) -> list[str]:
    return [q.speaker for q in extract(LEAD[language] + text, None).quotes if says in q.sentence]


@pytest.mark.parametrize(
    "language, text, says, speaker",
    [
        pytest.param("en", "\"Our troops acted in line with the rules,\" the Israeli army spokeswoman said.", "Our troops",
                     "Israel Defense Forces", id="en-body-before-title"),
        pytest.param("en", "\"Our troops acted in line with the rules,\" the spokeswoman for the Israeli army said.", "Our troops",
                     "Israel Defense Forces", id="en-body-after-title"),
        pytest.param("fr", "« Nos soldats ont respecté les règles », a déclaré le porte-parole de l'armée israélienne.", "Nos soldats",
                     "Israel Defense Forces", id="fr-body-after-title"),
        pytest.param("es", "\"Nuestras tropas respetaron las reglas\", dijo el portavoz del ejército israelí.", "Nuestras tropas",
                     "Israel Defense Forces", id="es-body-after-title"),
    ],
)
def test_the_title_of_another_body_is_that_body(language, text, says, speaker):
    assert speaker_of(language, text, says) == [speaker]


@pytest.mark.parametrize(
    "language, text, says",
    [
        # near misses: the title printed with the holder's own body, or with the United Nations
        # the mission is part of, is the holder's
        pytest.param("en", "\"Our troops stay,\" the UNIFIL spokesman said.", "Our troops stay", id="en-own-body"),
        pytest.param("en", "\"Our troops stay,\" the UN spokesman said.", "Our troops stay", id="en-un-family"),
        pytest.param("fr", "« Nos soldats restent en place », a déclaré le porte-parole de la FINUL.", "Nos soldats", id="fr-own-body"),
    ],
)
def test_the_title_of_the_holders_own_body_is_the_holders(language, text, says):
    assert speaker_of(language, text, says) == ["Marco Rossi"]


def test_a_holder_introduced_with_no_body_keeps_the_title():
    """Near miss: nothing ties the holder to another body, so the title stays theirs."""
    text = ("BEIRUT, May 3 (Reuters) - Marco Rossi, the spokesman, said the patrol was hit near Naqoura on Monday.\n\n"
            "\"Our troops acted in line with the rules,\" the Israeli army spokeswoman said.")
    assert [q.speaker for q in extract(text, None).quotes if "Our troops" in q.sentence] == ["Marco Rossi"]
