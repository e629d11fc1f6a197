"""Spanish "felicitar" is praise, as "praised" and "a félicité" are: speech when the words said
are given (quoted after it, or a clause), none for the act alone ("felicitó a las tropas por
su trabajo"; tests/corpus/README.md)."""
from __future__ import annotations

import pytest

from test_quotes import quotes_of

INTRO = "La general Ana Torres visitó el campamento de Goma el lunes por la mañana."


@pytest.mark.parametrize(
    "paragraph",
    [
        pytest.param("Al respecto, felicitó a los médicos del hospital, quienes \u201ctrabajan sin descanso en condiciones muy duras\u201d.",
                     id="dropped-subject-quoted-words"),
        pytest.param("Torres felicitó a la tropa, que \u00abcumple su tarea en condiciones muy duras\u00bb.", id="subject-quoted-words"),
    ],
)
def test_congratulations_with_the_words_said_are_speech(paragraph):
    quote = quotes_of("es", INTRO, paragraph)[-1]
    assert (quote.speaker, quote.kind, quote.sentence) == ("Ana Torres", "direct", paragraph)


def test_congratulations_alone_are_no_speech():
    assert quotes_of("es", INTRO, "Torres felicitó a la tropa por su trabajo en la región.") == []
