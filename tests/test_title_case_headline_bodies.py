"""A headline in Title Case yields no organisation from its capitals alone: a body the
reference does not know, found only in such a headline, is dropped; one the text names
below in plain case stays. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def bodies(text: str) -> set[str]:
    return {f.name for f in extract(text).entities.values() if f.kind in ("organisation", "initiative")}


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Second Rotation Starts for Joint Border Force in Abyei\n\nThe first troops arrived on Monday.\n", id="en"),
        pytest.param("New Engineering Company Arrives to Rebuild Bridges Near Bor\n\nThe engineers landed in Juba on Friday.\n",
                     id="en-company"),
        pytest.param("Le Nouveau Bataillon De Génie Arrive Au Sud Du Liban\n\nLes soldats ont débarqué vendredi.\n", id="fr"),
    ],
)
def test_a_title_case_headline_yields_no_body_from_its_capitals(text):
    assert not bodies(text), bodies(text)


def test_a_body_of_the_headline_named_in_the_text_stays():
    text = ("Joint Border Verification Team Meets in Abyei\n\n"
            "The Joint Border Verification Team met its partners on Monday.\n")
    assert any("Joint Border Verification" in name for name in bodies(text)), bodies(text)


def test_a_known_body_in_a_title_case_headline_stays():
    text = "Security Council Extends Mandate of Force in Abyei\n\nThe vote was unanimous.\n"
    assert "Security Council" in bodies(text), bodies(text)
