"""Quotes: a word that is one person's family name and another name's first word (a
headline in Title Case makes "Hansen Urges" look like a name) names the person whose family
name it is. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


@pytest.mark.parametrize(
    "headline, full, surname",
    [
        pytest.param("Hansen Urges All Parties Involved in Conflict to Immediately Cease Fire", "Ola Hansen", "Hansen", id="en-hansen"),
        pytest.param("Lindqvist Calls On Both Armies to Respect the Blue Line", "Arvid Lindqvist", "Lindqvist", id="en-lindqvist"),
    ],
)
def test_the_family_name_wins_over_a_first_word(headline, full, surname):
    text = (f"{headline}\n\nUNIFIL spokesperson {full} said the base was hit.\n\n"
            f"\u201cWe urge every side to keep calm near the Blue Line,\u201d {surname} explained.")
    assert [q.speaker for q in extract(text, None).quotes] == [full, full]
