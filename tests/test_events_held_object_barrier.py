"""A verb of joining or holding ("joined", "a rejoint", "se unió a", "celebraron") takes the
kind of a gathering it has as object; a gathering named after a word of time order ("after
the summit", "après la réunion", "tras la cumbre") is no object of it but the time of the
verb's own happening, which keeps its kind. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract

DATES = {"en": "July 15, 2024", "fr": "15 juillet 2024", "es": "15 de julio de 2024"}


def kinds_of(sentence: str, language: str) -> list[str]:
    text = f"Peacekeeping news\n\n{DATES[language]}\n\n{sentence}\n"
    return [e.kind for e in extract(text, None).events]


@pytest.mark.parametrize(
    "language, sentence, kind",
    [
        pytest.param("en", "She joined the mission in 2019 after a training course in Ghana.", "deployment",
                     id="en-after-training"),
        pytest.param("en", "The Ghanaian company joined the force in March after the summit in Accra.", "deployment",
                     id="en-after-summit"),
        pytest.param("fr", "Le bataillon a rejoint Gao le 10 juillet après la réunion de Bamako.", "deployment",
                     id="fr-apres-reunion"),
    ],
)
def test_a_gathering_after_a_word_of_time_order_is_no_object(language, sentence, kind):
    assert kind in kinds_of(sentence, language)


@pytest.mark.parametrize(
    "language, sentence",
    [
        pytest.param("en", "The envoy joined the talks in Doha on Tuesday.", id="en-object"),
        pytest.param("es", "El Consejo celebró el martes una sesión sobre Malí.", id="es-object"),
    ],
)
def test_a_gathering_as_object_is_still_the_gathering(language, sentence):
    assert "meeting" in kinds_of(sentence, language)
