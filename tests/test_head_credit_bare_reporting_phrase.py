"""A wire story's closing credit that opens with the bare word of reporting, no "by" after it
("(Reporting Jane Roe and Ann Lee; Writing by Tom Ash; Editing by Paul Kerr)", as wire
desks print it): the names after it are writers, without the word itself. Main kept
"Reporting Jane Roe" as the first author, the word read as part of a name.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE as _HEAD, LEAD as _LEAD, MORE as _MORE
from newsdossier.segment import closing_credit
from newsdossier.extract import extract


@pytest.mark.parametrize(("credit", "writers"), [
    pytest.param("(Reporting Jane Roe and Ann Lee; Writing by Tom Ash; Editing by Paul Kerr)",
                 ["Jane Roe", "Ann Lee", "Tom Ash"], id="reporting-then-writing"),
    pytest.param("(Reporting Jane Roe, Ann Lee and Carl Dunn; Editing by Paul Kerr)",
                 ["Jane Roe", "Ann Lee", "Carl Dunn"], id="three-reporters"),
    pytest.param("(Reporting Jane Roe in Harbourton; Editing by Paul Kerr)", ["Jane Roe"], id="filed-from"),
    pytest.param("(Additional reporting Ann Lee; Editing by Paul Kerr)", ["Ann Lee"], id="additional"),
])
def test_bare_reporting_word_opens_the_writers(credit, writers):
    assert closing_credit(credit) == writers
    text = "\n".join([_HEAD["en"], "March 3, 2024", _LEAD["en"], _MORE["en"], credit])
    assert extract(text).fields["authors"] == writers


@pytest.mark.parametrize(("credit", "writers"), [
    # (must not change) the phrase with "by", and a bracket that is no credit
    pytest.param("(Reporting by Jane Roe; Editing by Paul Kerr)", ["Jane Roe"], id="reporting-by"),
    pytest.param("(Reporting from Harbourton)", None, id="reporting-from-a-place"),
])
def test_other_brackets_unchanged(credit, writers):
    assert closing_credit(credit) == writers
