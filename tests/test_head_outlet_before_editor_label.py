"""An outlet's name then the label of the story's editor (or writer) and its value on one row
under the page's date ("Xinhua Editor: Jane Roe", "TTXVN Biên tập: Minh Anh"), as news
portals print a wire story's credit row with its "Source:" label left out: the outlet is the
page's source, over the portal's own copyright line. A site section's name or a person's name
before the label, or an outlet the reference does not know, is no such credit; nor is a
related story's credit row in a list above the headline, under that story's headline.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE, LEAD, MORE
from newsdossier.extract import extract

DAY = {"en": "2021-05-30 09:47", "fr": "30/05/2021 09:47", "es": "30/05/2021 09:47", "vi": "30/05/2021 09:47"}
FOOTER = "Copyright © 2003-2021 Harbourview Online. All rights reserved."


def _page(language: str, row: str, glued: bool = False) -> str:
    head = f"{DAY[language]}{row}" if glued else f"{DAY[language]}\n{row}"
    return "\n".join([HEADLINE[language], head, LEAD[language], MORE[language], "About us | Contact", FOOTER])


@pytest.mark.parametrize(("language", "row", "outlet"), [
    ("en", "Xinhua Editor: Jane Roe", "Xinhua"),
    ("en", "Agence France-Presse Editor: Tom Ash", "Agence France-Presse"),
    ("fr", "AFP Rédacteur : Jean Dupont", "Agence France-Presse"),
    ("es", "EFE Editor: Ana Gil", "Agencia EFE"),
    ("vi", "TTXVN Biên tập: Minh Anh", "Vietnam News Agency"),
])
def test_the_outlet_before_the_editors_label_is_the_source(language, row, outlet):
    result = extract(_page(language, row))
    assert result.fields["source"] == outlet


@pytest.mark.parametrize(("language", "row", "outlet"), [
    ("en", "Xinhua Editor: Jane Roe", "Xinhua"),
    ("es", "Europa Press Editor: Ana Gil", "Europa Press"),
])
def test_the_row_glued_to_the_days_clock_time_is_read_the_same(language, row, outlet):
    result = extract(_page(language, row, glued=True))
    assert result.fields["source"] == outlet


@pytest.mark.parametrize(("language", "row"), [
    ("en", "World News Editor: Jane Roe"),
    ("en", "Harriet Vance Editor: Jane Roe"),
    ("en", "Harbour Gazette Editor: Jane Roe"),
    ("fr", "Mathilde Rousseau Rédacteur : Jean Dupont"),
])
def test_a_section_a_person_or_an_unknown_name_before_the_label_is_no_credit(language, row):
    result = extract(_page(language, row))
    assert result.fields["source"] == "Harbourview Online"


@pytest.mark.parametrize(("language", "heading", "other", "row"), [
    ("en", "Most read", "Blue helmets leave the northern camp", "Reuters Author: Tom Ash"),
    ("fr", "À la une", "Les casques bleus quittent le camp du nord", "Libération Par : Jean Roe"),
])
def test_a_related_storys_credit_row_above_the_headline_is_no_credit(language, heading, other, row):
    # the row stands under another story's headline in a list above the page's, not under its date
    page = "\n".join([heading, other, row, "", HEADLINE[language], DAY[language], LEAD[language], MORE[language],
                      "About us | Contact", FOOTER])
    result = extract(page)
    assert (result.fields["source"], result.fields["authors"]) == ("Harbourview Online", [])

