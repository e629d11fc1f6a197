"""Quotes: a statement whose own verb the writer sets inside the quotation marks, after its
subject and at most auxiliaries and adverbs ("X swiftly “condemned in the strongest terms” the
attack", "X has “strongly condemned”", "X a « condamné fermement »"): the verb quoted is the
attribution, and the subject before the marks speaks, however few words are quoted. Every
sentence is written for the test."""
from __future__ import annotations

import pytest

from test_quotes import quotes_of


@pytest.mark.parametrize(
    "language, paragraph, says, speaker",
    [
        pytest.param("en", "The Security Council quickly \u201ccondemned in the strongest terms\u201d the attack on the convoy near Gao.",
                     "condemned in the strongest terms", "Security Council", id="en-adverb-then-verb-in-marks"),
        pytest.param("en", "Secretary-General Maria Kowalska has \u201cstrongly condemned\u201d the killing of two peacekeepers in the north.",
                     "strongly condemned", "Maria Kowalska", id="en-auxiliary-then-two-words"),
        pytest.param("en", "The force commander, General Paul Gray, \u201cdenounced this cowardly ambush\u201d on the patrol.",
                     "denounced this cowardly ambush", "Paul Gray", id="en-apposition-then-verb"),
        pytest.param("fr", "Le chef de la mission Marc Dubois a \u00ab condamn\u00e9 fermement cette embuscade \u00bb, et a appel\u00e9 au calme.",
                     "fermement cette embuscade", "Marc Dubois", id="fr-auxiliary-outside-marks"),
        pytest.param("fr", "Le colonel Marc Dubois a \u00ab vivement d\u00e9nonc\u00e9 \u00bb les tirs contre la base de Kidal.",
                     "vivement d\u00e9nonc\u00e9", "Marc Dubois", id="fr-adverb-and-verb-in-marks"),
        pytest.param("es", "El jefe de la misi\u00f3n, Luis Medina, ha \u00abcondenado en\u00e9rgicamente\u00bb el ataque contra la patrulla.",
                     "condenado en\u00e9rgicamente", "Luis Medina", id="es-perfect-split-by-marks"),
        pytest.param("es", "La ministra Ana Ferrer \u201cconden\u00f3 con firmeza\u201d la emboscada del lunes.",
                     "con firmeza", "Ana Ferrer", id="es-preterite-in-marks"),
    ],
)
def test_a_verb_quoted_with_the_words_gives_the_subject_before_the_marks(language, paragraph, says, speaker):
    holding = [q for q in quotes_of(language, paragraph) if says in q.sentence]
    assert holding and holding[-1].speaker == speaker, quotes_of(language, paragraph)


@pytest.mark.parametrize(
    "language, paragraph, says",
    [
        # a word quoted inside a sentence whose verb is the writer's: a stance, not words said
        pytest.param("en", "The Security Council condemned the \u201cdeadly\u201d attack on the convoy.", "deadly", id="en-stance-term"),
        # a verb in marks with no subject before it: a title or a term
        pytest.param("en", "Many residents read \u201cCondemned to Wait\u201d, a novel about the camp.", "Condemned to Wait",
                     id="en-title-in-marks"),
        # a word other than an auxiliary or an adverb between the subject and the marks
        pytest.param("fr", "Le colonel Marc Dubois cite le mot \u00ab condamn\u00e9 \u00bb trois fois dans son rapport.", "trois fois",
                     id="fr-noun-before-marks"),
    ],
)
def test_a_quoted_word_the_writer_uses_is_no_quote(language, paragraph, says):
    assert not [q for q in quotes_of(language, paragraph) if says in q.sentence and q.speaker], quotes_of(language, paragraph)


@pytest.mark.parametrize(
    "language, paragraph, speaker",
    [
        pytest.param("en", "The mission chief, Paul Gray, \u201ccondemned the ambush in the strongest terms,\u201d his spokesperson, "
                     "Ana Ferrer, said.", "Ana Ferrer", id="en-said-after"),
        pytest.param("fr", "Le chef de la mission, Marc Dubois, \u00ab condamne fermement cette embuscade \u00bb, a indiqu\u00e9 sa "
                     "porte-parole, Anne Leroy.", "Anne Leroy", id="fr-a-indique-after"),
    ],
)
def test_a_quotation_attributed_after_it_keeps_that_speaker(language, paragraph, speaker):
    """An inverted verb after the marks gives the quotation's speaker, not the verb inside them."""
    assert [q.speaker for q in quotes_of(language, paragraph)] == [speaker], quotes_of(language, paragraph)
