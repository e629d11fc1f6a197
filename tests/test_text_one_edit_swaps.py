"""text.one_edit_apart with and without swaps, and the listed-name slip (entities._one_slip)
it serves: one letter added, dropped or changed is a slip either way; two letters side by side
swapped count as one edit only with swaps. Every word pair here is made up for these tests."""
from __future__ import annotations

import pytest

from newsdossier.entities import _one_slip
from newsdossier.text import one_edit_apart


@pytest.mark.parametrize(
    "a, b",
    [
        pytest.param("observatory", "observatroy", id="en-swap"),
        pytest.param("gouvernement", "gouvernemnet", id="fr-swap"),
        pytest.param("cooperacion", "cooperaicon", id="es-swap"),
    ],
)
def test_a_swap_is_one_edit_only_with_swaps(a, b):
    assert one_edit_apart(a, b)
    assert not one_edit_apart(a, b, swaps=False)
    assert not _one_slip(a, b)


@pytest.mark.parametrize(
    "a, b",
    [
        pytest.param("observatory", "observatry", id="en-dropped"),
        pytest.param("gouvernement", "gouvernemment", id="fr-added"),
        pytest.param("cooperacion", "cooperacien", id="es-changed"),
    ],
)
def test_one_letter_added_dropped_or_changed_is_a_slip_either_way(a, b):
    assert one_edit_apart(a, b) and one_edit_apart(a, b, swaps=False)
    assert _one_slip(a, b) and _one_slip(b, a)


def test_a_slip_needs_long_words_and_takes_the_same_word():
    assert not _one_slip("rights", "right")  # six letters: too short by default
    assert _one_slip("rights", "right", least=4)
    assert _one_slip("observatory", "observatory")  # the same word: no edit needed
    assert not one_edit_apart("observatory", "observatory")
