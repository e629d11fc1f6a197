"""Spanish "destacar" with a thing for object ("destacó el profesionalismo de la tropa") is
praise without the words said, no speech (tests/corpus/README.md); with its clause
("destacó que..."), after a quotation ("«...», destacó X") or with words quoted after it, it
reports."""
from __future__ import annotations

import pytest

from test_quotes import quotes_of

INTRO = "La general Ana Torres visitó el campamento de Goma el lunes por la mañana."


@pytest.mark.parametrize(
    "paragraph",
    [
        pytest.param("La jefa del Ejército destacó el profesionalismo de la tropa.", id="destaco-noun"),
        pytest.param("Torres ha destacado la labor de los cascos azules en la región.", id="ha-destacado-noun"),
        pytest.param("Los oficiales destacaron el valor de los soldados heridos.", id="destacaron-noun"),
    ],
)
def test_praise_alone_is_no_speech(paragraph):
    assert quotes_of("es", INTRO, paragraph) == []


@pytest.mark.parametrize(
    ("paragraph", "kind"),
    [
        pytest.param("La jefa del Ejército destacó que la tropa trabaja día y noche.", "reported", id="destaco-que"),
        pytest.param("\u00abLa tropa trabaja día y noche\u00bb, destacó la general.", "direct", id="inverted"),
        pytest.param("Torres destacó la \u00abentrega y el profesionalismo de cada soldado\u00bb en la misión.", "direct", id="quoted-object"),
    ],
)
def test_destacar_with_the_words_said_reports(paragraph, kind):
    quote = quotes_of("es", INTRO, paragraph)[-1]
    assert (quote.speaker, quote.kind, quote.sentence) == ("Ana Torres", kind, paragraph)
