"""A Spanish plural abbreviation writes each word's letter twice, each with its stop ("EE. UU.",
"FF. AA.", "RR. HH."): the stop after the first pair ends no sentence, as the page head's test
of a paragraph that lost its stop already read it (text.abbreviation_stop, one rule for both).
split_sentences cut "Las tropas de EE." from "UU. llegaron ...". A sentence ending on a word
of other letters is still cut there.

Every sentence is invented for the tests.
"""
from __future__ import annotations

import pytest

from newsdossier.text import abbreviation_stop, split_sentences


@pytest.mark.parametrize("paragraph, first", [
    ("Las tropas de EE. UU. llegaron ayer a la base. El convoy siguió.", "Las tropas de EE. UU. llegaron ayer a la base."),
    ("Las FF. AA. desplegaron dos batallones en el norte. El convoy siguió.", "Las FF. AA. desplegaron dos batallones en el norte."),
    ("El jefe de RR. HH. de la misión dimitió el lunes. Nadie lo sustituyó.", "El jefe de RR. HH. de la misión dimitió el lunes."),
])
def test_a_doubled_letter_abbreviation_ends_no_sentence(paragraph, first):
    assert split_sentences(paragraph)[0] == first


@pytest.mark.parametrize("paragraph, first", [
    ("Las tropas llegaron ayer a Gao. El convoy siguió.", "Las tropas llegaron ayer a Gao."),
    ("Los soldados se fueron con la ONU. Nadie los vio.", "Los soldados se fueron con la ONU."),
    ("The patrol reached the camp at noon. It left at dusk.", "The patrol reached the camp at noon."),
])
def test_a_sentence_ending_on_another_word_is_still_cut(paragraph, first):
    # (must not change)
    assert split_sentences(paragraph)[0] == first


@pytest.mark.parametrize("before, closes", [
    ("Las tropas de EE", True),
    ("las FF", True),
    ("the U.S", True),
    ("Mr", True),
    ("J", True),
    ("la base", False),
    ("la ONU", False),
    ("el EU", False),  # two letters, not the same one
])
def test_abbreviation_stop(before, closes):
    assert abbreviation_stop(before) is closes
