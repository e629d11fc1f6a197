"""Sentences: a quotation opened with a double mark typed as two single ones ("‘‘La route
est ouverte’’", "``The road is open''") after a full stop opens a sentence, as “...” does,
so that its words are read apart from the sentence before and go to the speaker the verb
after them names. A doubled mark before a lowercase word, or glued inside a word, opens no
sentence. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.text import split_sentences


@pytest.mark.parametrize(
    "paragraph, sentences",
    [
        pytest.param("La mission a parlé lundi. ‘‘La route est ouverte’’, a dit Paul Ekanga.",
                     ["La mission a parlé lundi.", "‘‘La route est ouverte’’, a dit Paul Ekanga."], id="curly-single-pair-fr"),
        pytest.param("The mission spoke on Monday. ``The road is open'', said Jane Roe.",
                     ["The mission spoke on Monday.", "``The road is open'', said Jane Roe."], id="backquote-pair-en"),
    ],
)
def test_a_doubled_mark_after_a_stop_opens_a_sentence(paragraph, sentences):
    assert split_sentences(paragraph) == sentences


@pytest.mark.parametrize(
    "paragraph",
    [
        pytest.param("La mission a parlé lundi. ‘‘route ouverte’’ était le mot du jour.", id="lowercase-after-mark"),
        pytest.param("Le camp s'appelle Bravo.‘‘Nord’’ est sa tour.", id="no-space-before-mark"),
    ],
)
def test_a_doubled_mark_before_no_capital_opens_none(paragraph):
    assert len(split_sentences(paragraph)) == 1
