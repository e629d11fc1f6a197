"""People: given names printed as initials, with or without dots, after a title that stands
only before a person, open the person's name. Sentences of our own."""
from __future__ import annotations

import pytest

from newsdossier.entities import find_in_sentence


@pytest.mark.parametrize(
    "sentence, name",
    [
        pytest.param("The salute was taken by Colonel R Varkeshan and two other officers.", "R Varkeshan", id="one-initial"),
        pytest.param("The salute was taken by Colonel R. Varkeshan at the camp.", "R. Varkeshan", id="one-initial-dot"),
        pytest.param("The envoy Mr P K Sundaresh wrote to the battalion.", "P K Sundaresh", id="two-initials"),
        pytest.param("The envoy Mr P. K. Sundaresh wrote to the battalion.", "P. K. Sundaresh", id="two-initials-dots"),
        pytest.param("Lt Col A B Thamrang led the parade.", "A B Thamrang", id="opening-rank"),
    ],
)
def test_initials_after_a_rank_open_the_name(sentence, name):
    people = [f.name for f in find_in_sentence(sentence, "en") if f.kind == "person"]
    assert people == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("The sectors A, B and C were patrolled.", id="letters-listed"),
        pytest.param("Plan B Report was shelved by the council.", id="no-title"),
    ],
)
def test_capital_letters_without_a_title_open_no_name(sentence):
    assert [f.name for f in find_in_sentence(sentence, "en") if f.kind == "person"] == []
