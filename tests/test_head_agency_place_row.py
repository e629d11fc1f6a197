"""A wire's credit row above the lead naming the agency, then the place the dispatch was filed
from, and nothing else ("Press Trust of India New Delhi", "PTI Kathmandu", "IANS United
Nations"), as Indian sites print their agency copy: the place is the dateline and the agency
the source. An outlet that is no agency before a place, a writer's name after the agency, or a
place unknown to the gazetteer give no dateline.

Every text is invented for the tests.
"""
from __future__ import annotations

import datetime

import pytest

from headcases import HEADLINE, LEAD, MORE
from newsdossier.extract import extract

_TODAY = datetime.date(2026, 12, 1)


@pytest.mark.parametrize(("row", "dateline", "source"), [
    ("Press Trust of India New Delhi", "New Delhi", "Press Trust of India"),
    ("PTI Kathmandu", "Kathmandu", "Press Trust of India"),
    ("Press Trust of India United Nations", "United Nations", "Press Trust of India"),
    ("IANS Islamabad", "Islamabad", "Indo-Asian News Service"),
])
def test_an_agency_and_a_place_alone_above_the_lead_give_the_dateline(row, dateline, source):
    text = "\n\n".join([HEADLINE["en"], row, "Last Updated : Mar 3 2025 | 11:00 PM IST", LEAD["en"], MORE["en"]])
    x = extract(text, today=_TODAY)
    assert x.fields["dateline"] == dateline
    assert x.fields["source"] == source


@pytest.mark.parametrize("row", [
    "Harbour Ledger London",          # an outlet that is no agency
    "Press Trust of India Jane Roe",  # a writer after the agency
    "PTI Harbourton",                 # a place the gazetteer does not know
    "PTI 12 Kathmandu",               # a figure
])
def test_other_rows_give_no_dateline(row):
    text = "\n\n".join([HEADLINE["en"], row, LEAD["en"], MORE["en"]])
    assert extract(text, today=_TODAY).fields["dateline"] == ""
