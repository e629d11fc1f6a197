"""Segment: a summary line cut short with an ellipsis that the text prints again in full below
("The harbour board also confirmed that one ferry had sunk, with twenty of its crew ...") is a
teaser of the page, not the text's first paragraph."""
import pytest

from newsdossier.segment import segment

FULL = ("The harbour board also confirmed that one ferry had sunk, with twenty of its crew also "
        "hurt during the storm of last week.")
LEAD = "Storms closed the northern harbour on Monday and damaged three piers, officials said on Tuesday."


@pytest.mark.parametrize("cut", [
    pytest.param("The harbour board also confirmed that one ferry had sunk, with twenty of its crew also hurt during...", id="dots"),
    pytest.param("The harbour board also confirmed that one ferry had sunk, with twenty of its crew also\u2026", id="ellipsis"),
])
def test_a_cut_summary_printed_again_below_is_not_the_lead(cut):
    text = "\n\n".join(["Storms close the northern harbour", cut, LEAD, FULL])
    body = segment(text).paragraphs
    assert body[0] == LEAD
    assert cut not in body


def test_a_line_ending_in_dots_not_printed_again_stays_in_the_text():
    line = "The harbour board said the repairs would take a while, and then..."
    text = "\n\n".join(["Storms close the northern harbour", LEAD, line])
    assert line in segment(text).paragraphs
