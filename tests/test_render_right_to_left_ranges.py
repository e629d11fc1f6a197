"""The right-to-left test's quick exit: every character of bidirectional class R or AL (UAX #9)
lies in the ranges `render._RTL_RANGES` lists, so a text without them is left to right without
its letters being counted; and the quick exit gives what counting gives."""
import unicodedata

import pytest

from newsdossier import render


def test_every_right_to_left_character_is_in_the_ranges():
    missing = [hex(c) for c in range(0x110000)
               if unicodedata.bidirectional(chr(c)) in ("R", "AL") and not render._RTL_RANGES.match(chr(c))]
    assert missing == []


@pytest.mark.parametrize("text, expected", [
    ("The mission left Gao on Monday.", False),
    ("وقال Jean-Pierre Lacroix إن MINUSMA ستغادر Bamako.", True),
    ("UNIFIL قالت إن الدورية تعرضت لإطلاق نار", True),
    ("Le convoi est parti\u200f.", False),
    ("", False),
    (None, False),
])
def test_the_quick_exit_agrees_with_counting(text, expected):
    render.right_to_left.cache_clear()
    assert render.right_to_left(text) is expected
