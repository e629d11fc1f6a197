"""Quotes: markers that give the view of the one named before through a pronoun or a
possessive ("À l'en croire, ...", "À l'entendre, ...", "Según sus dichos, ...", "By his
account, ..."), or name their speaker after them ("A decir de X, ..."), source the sentence as
"selon lui" and "según X" do (quotes.yaml source_markers, possessive_source_markers). Every
sentence is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


@pytest.mark.parametrize(
    "paragraphs, speaker",
    [
        pytest.param(["Le porte-parole Jean Kalala affirme que la ville est calme.", "À l'en croire, les patrouilles reprendront lundi."],
                     "Jean Kalala", id="fr-a-l-en-croire"),
        pytest.param(["Le porte-parole Jean Kalala affirme que la ville est calme.", "À l'entendre, les patrouilles reprendront lundi."],
                     "Jean Kalala", id="fr-a-l-entendre"),
        pytest.param(["El portavoz Juan Kalala afirmó que la ciudad está en calma.", "Según sus dichos, las patrullas se reanudarán el lunes."],
                     "Juan Kalala", id="es-segun-sus-dichos"),
        pytest.param(["A decir de Juan Kalala, las patrullas se reanudarán el lunes."], "Juan Kalala", id="es-a-decir-de"),
        pytest.param(["Spokesman John Kalala said the town was calm.", "By his account, patrols will resume on Monday."],
                     "John Kalala", id="en-by-his-account"),
    ],
)
def test_a_believing_marker_sources_its_sentence(paragraphs, speaker):
    quotes = extract("\n\n".join(paragraphs), None).quotes
    last = paragraphs[-1][:20]
    assert [q.speaker for q in quotes if q.sentence.startswith(last)] == [speaker], quotes


@pytest.mark.parametrize(
    "paragraphs",
    [
        # the marker's words inside a noun phrase that goes on, no aside: a bank account, an opinion column
        pytest.param(["Spokesman John Kalala said the town was calm.", "The fee was paid by his account manager in Goma."],
                     id="en-by-his-account-manager"),
        pytest.param(["El portavoz Juan Kalala afirmó que la ciudad está en calma.", "El archivo ordena los informes según sus palabras clave."],
                     id="es-segun-sus-palabras-clave"),
    ],
)
def test_a_possessive_marker_inside_a_phrase_sources_nothing(paragraphs):
    quotes = extract("\n\n".join(paragraphs), None).quotes
    last = paragraphs[-1][:20]
    assert [q.speaker for q in quotes if q.sentence.startswith(last)] == [], quotes
