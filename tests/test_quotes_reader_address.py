"""Quotes: in Spanish, which drops the subject, a sentence opening on the form of a speech
verb ("agrega", "recuerda", "indica") that speaks to the reader in the second person ("tu",
"puedes") is the page calling on its reader (how to send a tip, share, subscribe): an
imperative, not the last speaker's words with the subject left out. A verb with no subject
and no word to the reader still goes on with the last speaker. Every sentence here is written
for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract

STORY = ("La portavoz de la misión, Carmen Olmedo, confirmó que tres cascos azules resultaron heridos "
         "cerca de Kidal el domingo y que fueron evacuados a Gao.\n\n")


def quotes_of(text: str) -> list[tuple[str, str]]:
    return [(q.speaker, q.sentence) for q in extract(text, None).quotes]


@pytest.mark.parametrize(
    "call",
    [
        pytest.param("Agrega a tus contactos el número de nuestra redacción para enviar denuncias.", id="agrega-tus"),
        pytest.param("Recuerda que puedes mandarnos fotos y videos de lo que ocurre en tu barrio.", id="recuerda-puedes"),
        pytest.param("Indica en el formulario tu nombre y la ciudad desde la que escribes.", id="indica-tu"),
        pytest.param("Comenta esta noticia: queremos saber qué piensas tú.", id="comenta-tu"),
    ],
)
def test_a_call_to_the_reader_is_no_quote(call):
    quotes = quotes_of(STORY + call)
    assert quotes and quotes[0][0] == "Carmen Olmedo"
    assert all(not sentence.startswith(call[:20]) for _speaker, sentence in quotes)


def test_a_dropped_subject_with_no_word_to_the_reader_goes_on():
    text = STORY + "Agrega que los heridos se encuentran estables y que la patrulla volvió a la base."
    assert quotes_of(text)[-1] == ("Carmen Olmedo", "Agrega que los heridos se encuentran estables y que la patrulla volvió a la base.")
