"""Quotes: a body referred to by a common noun ("the mission", "the force") then its
officer's title and name ("according to the mission's spokesperson, X", "said the
mission's spokesperson, X") gives the person, as a body named by its name does ("according
to MINUSMA's spokesperson, X"); without a name after the title the body still speaks. Every
sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract

LEAD = "BAMAKO, Mali -- A convoy of MINUSMA hit a mine near Kidal on Sunday. "


def speakers(text: str) -> list[str]:
    return [q.speaker for q in extract(text, None).quotes]


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("According to the mission's spokesperson, Olivier Salgado, two peacekeepers were wounded.", id="en-marker-opening"),
        pytest.param("Two peacekeepers were wounded, according to the mission's spokesperson, Olivier Salgado.", id="en-marker-closing"),
        pytest.param("Two peacekeepers were wounded, said the mission's spokesperson, Olivier Salgado.", id="en-inverted-verb"),
    ],
)
def test_officer_of_a_referred_body_speaks(sentence):
    assert speakers(LEAD + sentence) == ["Olivier Salgado"]


def test_referred_body_without_a_name_still_speaks():
    assert speakers(LEAD + "According to the mission's spokesperson, two peacekeepers were wounded.") == ["MINUSMA"]
