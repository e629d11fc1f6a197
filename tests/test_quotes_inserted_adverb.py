"""Quotes: a compound speech verb with adverbs between its auxiliary and its participle ("a
par ailleurs déclaré", "ha también señalado") is a speech verb. Every sentence here is
written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def speakers_of(text: str) -> list[str]:
    return [q.speaker for q in extract(text, None).quotes]


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("Jean Mbaye, porte-parole de la mission, a visité le camp. Il a par ailleurs déclaré que la mission "
                     "restera à Bouar.", "Jean Mbaye", id="fr-par-ailleurs"),
        pytest.param("Jean Mbaye, porte-parole de la mission, a visité le camp. Il a par ailleurs réitéré « la détermination "
                     "de la mission à protéger les civils ».", "Jean Mbaye", id="fr-reitere-quotation"),
        pytest.param("Jean Mbaye a également indiqué que deux puits seront creusés.", "Jean Mbaye", id="fr-egalement"),
        pytest.param("La ministra Carla Fuentes visitó el cuartel. La ministra ha también señalado que el batallón volverá "
                     "en mayo.", "Carla Fuentes", id="es-tambien"),
    ],
)
def test_the_compound_verb_with_an_adverb_is_speech(text, speaker):
    assert speakers_of(text)[-1:] == [speaker]


def test_an_adverb_before_another_participle_is_no_speech():
    assert speakers_of("Jean Mbaye a par ailleurs visité le camp de Bouar avec les chefs de village.") == []


@pytest.mark.parametrize(
    "text, speakers",
    [
        pytest.param("Marc Lenoir a répondu aux questions des élèves du camp.", [], id="fr-repondu-aux-questions"),
        pytest.param("Marc Lenoir a ensuite répondu aux questions des élèves du camp.", [], id="fr-ensuite-repondu-aux-questions"),
        pytest.param("Marc Lenoir a ensuite répondu que le camp resterait ouvert.", ["Marc Lenoir"], id="fr-ensuite-repondu-que"),
        pytest.param("« Le camp restera ouvert », a répondu Marc Lenoir.", ["Marc Lenoir"], id="fr-repondu-after-quotation"),
    ],
)
def test_answering_reports_only_with_what_was_answered(text, speakers):
    assert speakers_of(text) == speakers
