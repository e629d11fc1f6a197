"""Quotations printed between single quotation marks, as some outlets print them all, and
apostrophes that are no quotation marks. Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.quotes import _quoted_spans
from test_quotes import quotes_of


@pytest.mark.parametrize(
    ("language", "paragraph", "speaker"),
    [
        pytest.param("en", "'The convoy was stopped at the bridge for two hours,' the mission said in a statement.",
                     "", id="en-straight-single-then-verb"),
        pytest.param("en", "Colonel Mark Ellison said the convoy had been \u2018stopped at the bridge for two hours\u2019.",
                     "Mark Ellison", id="en-curly-single-after-verb"),
        pytest.param("es", "La ministra Julia Orbegoso dijo que las tropas 'seguirán en la zona hasta el verano'.",
                     "Julia Orbegoso", id="es-straight-single-after-verb"),
    ],
)
def test_a_quotation_in_single_marks_is_direct_speech(language, paragraph, speaker):
    quote = quotes_of(language, paragraph)[-1]
    assert (quote.speaker, quote.kind) == (speaker, "direct")


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        pytest.param("The camp's gate and the peacekeepers' road were shut, the UN's office said.", [], id="en-apostrophes"),
        pytest.param("L'ONU a dit qu'il fallait partir, d'après l'AFP.", [], id="fr-elisions"),
        pytest.param("Dijo que los 'cascos azules' se quedan.", ["'cascos azules'"], id="es-a-quoted-term"),
        pytest.param("He said \"we stay\" and 'we go'.", ['"we stay"'], id="double-marks-first"),
    ],
)
def test_single_marks_pair_only_around_words(text, inside):
    spans, _left_open = _quoted_spans(text)
    assert [text[a:b] for a, b in spans] == inside
