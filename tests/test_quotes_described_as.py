"""Quotes: a speaker describing something "as" words in quotation marks ("X a décrit la base
comme « un modèle de coopération »", "X definió la base como «un centro de excelencia»"):
French and Spanish verbs of description are verbs of stance, as "described" is; with a
quotation (three words or more) they report. A single word quoted stays the writer's term,
as for every verb of naming (test_quotes.test_a_verb_of_naming_with_a_quoted_word_is_no_quote).
Every sentence is written for the test."""
from __future__ import annotations

import pytest

from test_quotes import quotes_of


@pytest.mark.parametrize(
    "language, paragraphs, says, speaker",
    [
        pytest.param("en", ["Commander Paul Gray described the new base as \u201cready for the rainy season.\u201d"], "ready for",
                     "Paul Gray", id="en-described-as"),
        pytest.param("fr", ["Le colonel Marc Dubois a d\u00e9crit la situation comme \u00ab tendue mais sous contr\u00f4le \u00bb."],
                     "tendue mais sous", "Marc Dubois", id="fr-decrit-comme"),
        pytest.param("es", ["El coronel Luis Medina defini\u00f3 la nueva base como \u00abun centro de excelencia para toda la regi\u00f3n\u00bb."],
                     "un centro de excelencia", "Luis Medina", id="es-definio-como"),
        pytest.param("es", ["La coronela Ana Ferrer describi\u00f3 la situaci\u00f3n como \u00abtensa pero bajo control\u00bb."],
                     "tensa pero bajo", "Ana Ferrer", id="es-describio-como"),
    ],
)
def test_words_quoted_after_a_verb_of_description_are_the_speakers(language, paragraphs, says, speaker):
    holding = [q for q in quotes_of(language, *paragraphs) if says in q.sentence]
    assert holding and holding[-1].speaker == speaker, quotes_of(language, *paragraphs)


@pytest.mark.parametrize(
    "language, paragraph",
    [
        # no quotation: a stance, not words said
        pytest.param("en", "Commander Paul Gray described the new base as ready for the rainy season.", id="en-no-marks"),
        # a single word quoted: the writer's term
        pytest.param("es", "El coronel Luis Medina defini\u00f3 la base como \u00abejemplar\u00bb.", id="es-one-word"),
        pytest.param("fr", "Le colonel Marc Dubois a d\u00e9crit la base comme \u00ab exemplaire \u00bb.", id="fr-one-word"),
    ],
)
def test_a_description_without_a_quotation_is_no_quote(language, paragraph):
    assert quotes_of(language, paragraph) == [], quotes_of(language, paragraph)
