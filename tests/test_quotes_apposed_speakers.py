"""Speakers named in apposition after a title, subjects dropped after a complement, and
verbs that keep rather than say. Every sentence is written for the test, in English, French,
Spanish and Vietnamese."""
from __future__ import annotations

import pytest

from test_quotes import quotes_of


@pytest.mark.parametrize(
    "language, paragraphs, speaker",
    [
        pytest.param("fr", ["Le chef de la mission, Jean Moreau, « regrette profondément la perte de ces soldats », a indiqué son porte-parole, Claire Dubois, dans un communiqué."],
                     "Claire Dubois", id="fr-a-indique-son-porte-parole-x"),
        pytest.param("en", ["The head of the mission, John Barker, \u201cdeeply regrets the loss of these soldiers,\u201d said his spokesperson, Maria Kowalska, in a statement."],
                     "Maria Kowalska", id="en-said-his-spokesperson-x"),
        pytest.param("es", ["El jefe de la misión, Pedro Salinas, \u201clamenta profundamente la pérdida de estos soldados\u201d, dijo su portavoz, Carlos Ortega, en un comunicado."],
                     "Carlos Ortega", id="es-dijo-su-portavoz-x"),
    ],
)
def test_a_title_then_a_name_after_a_comma_is_that_person(language, paragraphs, speaker):
    quotes = quotes_of(language, *paragraphs)
    assert [q.speaker for q in quotes] == [speaker]


@pytest.mark.parametrize(
    "language, paragraphs, speaker",
    [
        pytest.param("es", ["Carlos Ortega, comandante del batallón, recordó a los soldados caídos en Goma.",
                            "Rendimos homenaje a cada uno de ellos y a sus familias, afirmó."], "Carlos Ortega", id="es-de-ellos-afirmo"),
        pytest.param("es", ["Carlos Ortega, comandante del batallón, recordó a los soldados caídos en Goma.",
                            "Honramos la memoria de los militares caídos, dijo."], "Carlos Ortega", id="es-de-los-militares-dijo"),
    ],
)
def test_an_unnamed_word_after_a_preposition_is_no_subject(language, paragraphs, speaker):
    quotes = quotes_of(language, *paragraphs)
    assert quotes[-1].speaker == speaker


@pytest.mark.parametrize(
    "language, paragraph",
    [
        pytest.param("en", "Under the mission, Ghana currently maintains two battalions and a field hospital in the region.", id="en-maintains-noun"),
        pytest.param("en", "The army maintained three camps along the river during the rains.", id="en-maintained-noun"),
    ],
)
def test_a_verb_that_keeps_something_is_no_speech(language, paragraph):
    assert quotes_of(language, paragraph) == []


@pytest.mark.parametrize(
    "language, paragraph, speaker",
    [
        pytest.param("en", "Maria Kowalska maintained that the camp had never been attacked.", "Maria Kowalska", id="en-maintained-that"),
    ],
)
def test_maintained_with_a_clause_is_speech(language, paragraph, speaker):
    assert [q.speaker for q in quotes_of(language, paragraph)] == [speaker]
