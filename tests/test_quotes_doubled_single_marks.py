"""Double quotation marks printed as two curly single ones (‘‘...’’), as some pages set them,
stand for “...”: the words between are a quotation, its speaker the one the verb after it
names (tests/corpus/README.md: direct words in quotation marks), not a body named inside the
words. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def quotes(text: str) -> list[tuple[str, str]]:
    return [(q.speaker, q.kind) for q in extract(text, None).quotes]


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("‘‘La MINUSCA restera à Bria jusqu'aux élections’’, a souligné Paul Durand dans un communiqué.",
                     "Paul Durand", id="fr-closing-verb"),
        pytest.param("Paul Durand a déclaré : ‘‘La MINUSCA restera à Bria jusqu'aux élections’’.", "Paul Durand",
                     id="fr-colon"),
        pytest.param("‘‘MONUSCO will stay in Goma until the elections’’ said Paul Durand.", "Paul Durand",
                     id="en-no-comma"),
        pytest.param("‘‘La MINUSMA permanecerá en Gao hasta las elecciones’’, dijo Ana Ruiz.", "Ana Ruiz", id="es"),
    ],
)
def test_doubled_curly_single_marks_quote(text, speaker):
    assert quotes(text) == [(speaker, "direct")]


def test_the_sentence_is_returned_as_printed():
    text = "‘‘La MINUSCA restera à Bria’’, a souligné Paul Durand."
    assert extract(text, None).quotes[0].sentence == text


def test_a_body_inside_the_marks_does_not_speak():
    text = ("Le ministère a publié un communiqué. ‘‘Le Maroc salue le travail de la MINUSCA à Bangui’’ a souligné "
            "Paul Durand dans ce communiqué.")
    assert [q.speaker for q in extract(text, None).quotes] == ["Paul Durand"]
