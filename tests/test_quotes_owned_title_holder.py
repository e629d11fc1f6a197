"""A person who owns a title with the English possessive after an inverted speech verb ("...,
said Jean Moreau's spokesman, Paul Lenoir"; a name ending in s takes the apostrophe alone,
"Jean Lucas' spokesman") does not speak: the title's holder named in apposition after it does,
as with a body owning the title ("said the mission's spokesman, X"). With no holder named, the
owner stays the speaker. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def speakers_of(text: str) -> list[str]:
    return sorted(q.speaker for q in extract(text, None).quotes)


@pytest.mark.parametrize(
    "text, speakers",
    [
        pytest.param("“The road to Gao is open again”, said Jean Moreau's spokesman, Paul Lenoir.",
                     ["Paul Lenoir"], id="en-apostrophe-s"),
        pytest.param("“The road to Gao is open again”, said Jean Lucas' spokesman, Paul Lenoir.",
                     ["Paul Lenoir"], id="en-apostrophe-alone"),
        pytest.param("“The road to Gao is open again”, said Jean Moreau’s chief spokesman Paul Lenoir.",
                     ["Paul Lenoir"], id="en-typographic-apostrophe-no-comma"),
    ],
)
def test_the_holder_of_an_owned_title_speaks(text, speakers):
    assert speakers_of(text) == speakers


@pytest.mark.parametrize(
    "text, speakers",
    [
        pytest.param("“The road to Gao is open again”, said Jean Moreau's spokesman.", ["Jean Moreau"], id="en-no-holder"),
        pytest.param("“The road to Gao is open again”, said Jean Moreau, the governor.", ["Jean Moreau"], id="en-no-possessive"),
    ],
)
def test_the_owner_speaks_when_no_holder_is_named(text, speakers):
    assert speakers_of(text) == speakers
