"""Quotes: words quoted right after the participle of a speech verb, its agent named right
after the marks ("The ambush, condemned “in the strongest terms” by X, ...", "L'attaque,
condamnée « dans les termes les plus forts » par X", "La emboscada, condenada «en los términos
más enérgicos» por X"): the agent said the words. Every sentence is written for the test."""
from __future__ import annotations

import pytest

from test_quotes import quotes_of


@pytest.mark.parametrize(
    "language, paragraph, says, speaker",
    [
        pytest.param("en", "The ambush, condemned \u201cin the strongest possible terms\u201d by Secretary-General Maria Kowalska, "
                     "killed two peacekeepers.", "in the strongest possible terms", "Maria Kowalska", id="en-by"),
        pytest.param("fr", "L\u2019embuscade, condamn\u00e9e \u00ab dans les termes les plus forts \u00bb par le commandant Marc Dubois, "
                     "a fait deux morts.", "dans les termes les plus forts", "Marc Dubois", id="fr-par"),
        pytest.param("fr", "Les tirs, d\u00e9nonc\u00e9s \u00ab avec la plus grande fermet\u00e9 \u00bb par la ministre Anne Leroy, ont vis\u00e9 "
                     "une patrouille.", "avec la plus grande", "Anne Leroy", id="fr-par-plural"),
        pytest.param("es", "La emboscada, condenada \u00aben los t\u00e9rminos m\u00e1s en\u00e9rgicos\u00bb por el coronel Luis Medina, dej\u00f3 "
                     "dos muertos.", "en los t\u00e9rminos m\u00e1s", "Luis Medina", id="es-por"),
    ],
)
def test_words_quoted_after_a_speech_participle_are_its_agents(language, paragraph, says, speaker):
    holding = [q for q in quotes_of(language, paragraph) if says in q.sentence]
    assert holding and holding[-1].speaker == speaker, quotes_of(language, paragraph)


@pytest.mark.parametrize(
    "language, paragraph",
    [
        # a participle that is no speech verb: a name or a term in marks
        pytest.param("en", "The bridge, rebuilt \u201cin record time for the season\u201d by engineers of Colonel Paul Gray, reopened.",
                     id="en-not-a-speech-verb"),
        # a speech participle and an agent, but no quotation between: no words given
        pytest.param("fr", "L\u2019embuscade, condamn\u00e9e par le commandant Marc Dubois, a fait deux morts.", id="fr-no-quotation"),
    ],
)
def test_no_quotation_between_a_speech_participle_and_its_agent_is_no_quote(language, paragraph):
    assert not [q for q in quotes_of(language, paragraph) if q.speaker], quotes_of(language, paragraph)
