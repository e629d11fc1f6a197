"""Quotes: "the statement added" after words given through a statement of no one the text
names ("according to a statement issued by his office") goes on with that statement: its
speaker is no one, not the last body named (an armed group the words are about). A statement
whose giver is named goes on with them. Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract

UNNAMED = ('The envoy "calls on the authorities to find those responsible," according to a statement issued by '
           "Mensah's office. The soldier was killed in a clash with {group}. Two others were wounded, the statement added.")


@pytest.mark.parametrize("group", [pytest.param("the Mai-Mai armed group", id="mai-mai"),
                                   pytest.param("fighters of the Allied Democratic Forces", id="adf")])
def test_the_unnamed_statement_goes_on_unnamed(group):
    quotes = extract(UNNAMED.format(group=group), None).quotes
    added = [q for q in quotes if "the statement added" in q.sentence]
    assert added and added[0].speaker == "", quotes


def test_a_named_statement_goes_on_with_its_giver():
    quotes = extract("UNMISS said in a statement that a patrol was attacked. The soldier was killed in a clash with the "
                     "Mai-Mai armed group. Two others were wounded, the statement added.", None).quotes
    added = [q for q in quotes if "the statement added" in q.sentence]
    assert added and added[0].speaker == "UNMISS", quotes
