"""A title that is the complement of another ("the spokesman for the secretary-general") is
not the subject: the head title's holder speaks, or nobody named when that is unknown.
Every sentence is written for the test."""
from __future__ import annotations

import pytest

from test_quotes import quotes_of


def test_the_head_title_is_the_subject_en():
    quotes = quotes_of("en",
                       "The spokesman for the U.N. secretary-general says a peacekeeper from Kenya has been killed.",
                       "Peter Lind says the attack was carried out by a militia.",
                       "Lind said Friday that Secretary-General Maria Olsen offers her condolences to the family.")
    assert quotes[0].speaker != "Maria Olsen"


@pytest.mark.parametrize(
    "language, paragraphs",
    [
        pytest.param("fr", ["Le porte-parole du secrétaire général a déclaré que la mission continuerait.",
                            "Le secrétaire général Marc Lenoir a ensuite répondu aux questions."], id="fr-porte-parole-du-secretaire-general"),
        pytest.param("en", ["The spokeswoman for the force commander said the patrol had come back.",
                            "Force commander Marc Lenoir later took questions."], id="en-spokeswoman-for-the-force-commander"),
    ],
)
def test_the_complement_title_holder_does_not_speak(language, paragraphs):
    quotes = quotes_of(language, *paragraphs)
    assert quotes[-1].speaker != "Marc Lenoir"
