"""A demonym or name glued by a hyphen after a word of proportion ("the mostly-Ugandan rebel
group", "a mainly-Chadian contingent") is looked up alone and names its country; other
hyphenated words before a name stay as they were. Every sentence here is written for these
tests."""
from __future__ import annotations

import pytest

from newsdossier.entities import find_in_sentence


def countries(sentence: str) -> list[str]:
    return [f.name for f in find_in_sentence(sentence, "en") if f.kind == "country"]


@pytest.mark.parametrize(
    "sentence, country",
    [
        pytest.param("Officials blamed the mostly-Ugandan rebel group for the raid.", "Uganda", id="mostly"),
        pytest.param("A mainly-Chadian contingent left the camp at dawn.", "Chad", id="mainly"),
        pytest.param("The largely-Malian crew repaired the bridge.", "Mali", id="largely"),
    ],
)
def test_the_name_after_a_word_of_proportion_is_found(sentence, country):
    assert countries(sentence) == [country]


def test_a_word_outside_the_list_leaves_the_compound_whole():
    assert countries("The ex-Soviet depot was closed.") == []
