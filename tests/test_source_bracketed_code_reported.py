"""An outlet named in full in the lead with its own code in brackets right after it, then a
word of reporting ("..., the Harbour State's National News Agency (NNA) reported", "...,
a rapporté" after "(APS)"): the lead credits the report to that outlet, as it does when the
code stands alone before the word ("..., NNA reported"). The code in brackets right after
the full name with no word of reporting only defines it, and credits nothing.

Every sentence is invented for the tests.
"""
from __future__ import annotations

import pytest

from newsdossier.reference import reference


@pytest.mark.parametrize(("lead", "source"), [
    ("Two patrols came under fire near the border on Sunday, the Lebanese National News Agency (NNA) reported.",
     "National News Agency of Lebanon"),
    ("Two patrols came under fire near the border on Sunday, the Lebanese National News Agency (NNA), reported.",
     "National News Agency of Lebanon"),
    ("Two patrols came under fire near the border on Sunday, the Vietnam News Agency (VNA) reported.",
     "Vietnam News Agency"),
    ("Deux patrouilles ont essuyé des tirs dimanche près de la frontière, l'Agence de presse sénégalaise (APS) a rapporté.",
     "Agence de presse sénégalaise"),
    ("Dos patrullas fueron atacadas el domingo cerca de la frontera, la Agencia Prensa Latina (PL) informó.",
     "Prensa Latina"),
    ("Hai đội tuần tra bị tấn công gần biên giới hôm Chủ nhật, Thông tấn xã Việt Nam (TTXVN) đưa tin.",
     "Vietnam News Agency"),
])
def test_a_bracketed_code_before_a_word_of_reporting_credits_the_outlet(lead, source):
    assert [row["name"] for row in reference().reporting_sources_in(lead, lead=True)] == [source]


@pytest.mark.parametrize("lead", [
    "The Lebanese National News Agency (NNA) said two patrols came under fire near the border on Sunday.",
    "Two patrols came under fire near the border on Sunday, according to a statement quoted by the Lebanese National News Agency (NNA).",
])
def test_a_bracketed_code_defining_the_outlet_credits_nothing(lead):
    assert reference().reporting_sources_in(lead, lead=True) == []
