"""Quotes: words in quotation marks right after a word of naming ("the so-called «...»", "a
group calling itself «...»", "le soi-disant « ... »", "le groupe baptisé « ... »", "el
autodenominado «...»") are a name, not words said: with a verb of stance and nothing else
said ("... claimed the attack", "... a revendiqué l'attaque") the sentence holds no quote.
Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def quotes_of(text: str) -> list[tuple[str, str]]:
    return [(q.speaker, q.sentence) for q in extract(text, None).quotes]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("GAO -- The so-called \"Defenders of the Northern Plains\" claimed the attack near Gao.", id="en-so-called"),
        pytest.param("GAO -- A group calling itself \"Defenders of the Northern Plains\" claimed the attack near Gao.", id="en-calling-itself"),
        pytest.param("GAO -- The group known as \"Defenders of the Northern Plains\" claimed the attack near Gao.", id="en-known-as"),
        pytest.param("GAO - Le soi-disant « Front des plaines du Nord » a revendiqué l'attaque près de Gao.", id="fr-soi-disant"),
        pytest.param("GAO - Le groupe baptisé « Défenseurs des plaines du Nord » a revendiqué l'attaque près de Gao.", id="fr-baptise"),
    ],
)
def test_a_quoted_name_is_no_words_said(text):
    assert quotes_of(text) == []


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("GAO -- The Security Council called on all parties \"to exercise the utmost restraint\" near Gao.", "Security Council",
                     id="en-called-on"),
        pytest.param("GAO - Le chef de la Minusma, Pierre Lemaire, a appelé « à la plus grande retenue » près de Gao.", "Pierre Lemaire",
                     id="fr-a-appele"),
    ],
)
def test_words_said_right_after_a_verb_of_calling_still_report(text, speaker):
    assert [who for who, _sentence in quotes_of(text)] == [speaker]


def test_words_said_after_a_quoted_name_still_report():
    text = "GAO -- The so-called \"Defenders of the Northern Plains\" claimed the attack, saying it \"avenged our brothers killed in March\"."
    assert [speaker for speaker, _sentence in quotes_of(text)] == [""]
