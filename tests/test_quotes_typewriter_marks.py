"""Quotes: double quotation marks typed as two characters, as typewriter or TeX copy prints them
(``...'' and ''...''), mark a quotation as “...” does: the words inside are direct speech, and
a speech verb before them without "that" is read as introducing them (quotes._TYPED_OPENER,
_TYPED_CLOSER). The sentence is returned as printed. Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


@pytest.mark.parametrize(
    "paragraphs, speaker",
    [
        pytest.param(["El general Pablo Ortiz llegó ayer a Jacmel.", "``Vinimos a ayudar a la gente del puerto'', dijo Ortiz."],
                     "Pablo Ortiz", id="es-backquotes-verb-after"),
        pytest.param(["El general Pablo Ortiz llegó ayer a Jacmel.", "''No tenemos miedo de la lluvia ni del barro'', dijo Ortiz."],
                     "Pablo Ortiz", id="es-doubled-apostrophes"),
        pytest.param(["General John Kamau arrived in Jacmel on Monday.", "``We came to help the people of the port,'' Kamau said."],
                     "John Kamau", id="en-backquotes"),
        pytest.param(["Le général Jean Kamau est arrivé lundi à Jacmel.", "``Nous sommes venus aider les habitants du port'', a déclaré Kamau."],
                     "Jean Kamau", id="fr-backquotes"),
        pytest.param(["El general Pablo Ortiz llegó ayer a Jacmel.",
                      "Ortiz --como le dicen sus soldados-- afirmó ``vamos a quedarnos hasta que termine la temporada de lluvias''."],
                     "Pablo Ortiz", id="es-verb-before-with-dash-aside"),
    ],
)
def test_typed_double_marks_quote_directly(paragraphs, speaker):
    quotes = extract("\n\n".join(paragraphs), None).quotes
    last = paragraphs[-1]
    found = [q for q in quotes if q.sentence == last]
    assert [(q.speaker, q.kind) for q in found] == [(speaker, "direct")], quotes


@pytest.mark.parametrize(
    "sentence",
    [
        # two apostrophes inside a word, and a lone apostrophe, are no quotation marks
        pytest.param("Le porte-parole Jean Kamau a déclaré que l''armée reste à Jacmel.", id="fr-doubled-elision"),
        pytest.param("Spokesman John Kamau said the soldiers' camp at Jacmel was calm.", id="en-plural-possessive"),
    ],
)
def test_apostrophes_inside_words_stay_reported(sentence):
    quotes = extract(sentence, None).quotes
    assert [q.kind for q in quotes] == ["reported"], quotes
