"""A republication notice without its subject, as a syndicating site prints it under the text
("Originally published at Example Times.", "Reprinted with permission from Example",
"Publié initialement sur Example", "Publicado originalmente en Example"), names the outlet that
published the story first, as "This article first appeared on Example" does (vocabulary
"republication_notice_phrases"); one naming a day, an hour, a month or a
language ("Originally published in French") names none. Every page here is of
our own making."""
from __future__ import annotations

import pytest

from headcases import HEADLINE, LEAD, MORE
from newsdossier.extract import extract


def _page(language: str, closing: str) -> str:
    return f"{HEADLINE[language]}\n\n{LEAD[language]}\n\n{MORE[language]}\n\n{closing}\n"


@pytest.mark.parametrize("language, closing, outlet", [
    pytest.param("en", "Originally published at Harbour Courier.", "Harbour Courier", id="en-originally-at"),
    pytest.param("en", "Reprinted with permission from The Valley Ledger.", "The Valley Ledger", id="en-reprinted"),
    pytest.param("en", "Republished from Harbour Courier.", "Harbour Courier", id="en-republished"),
    pytest.param("en", "Syndicated from Harbour Courier.", "Harbour Courier", id="en-syndicated"),
    pytest.param("en", "This story was syndicated from Reuters.", "Reuters", id="en-syndicated-story"),
    pytest.param("fr", "Publié initialement sur Le Courrier Lacustre", "Le Courrier Lacustre", id="fr"),
    pytest.param("es", "Publicado originalmente en El Faro Austral", "El Faro Austral", id="es"),
])
def test_the_outlet_a_bare_notice_names(language, closing, outlet):
    assert extract(_page(language, closing)).fields["source"] == outlet


@pytest.mark.parametrize("language, closing", [
    pytest.param("en", "Originally published on 5 March 2024.", id="en-day"),
    pytest.param("en", "Originally published at 10:30 am.", id="en-hour"),
    # a month alone, a month and its year, a weekday: a time, capitalised as English writes it
    pytest.param("en", "Originally published in March.", id="en-month"),
    pytest.param("en", "Originally published in March 2019.", id="en-month-year"),
    pytest.param("en", "Originally published on Monday.", id="en-weekday"),
    # the language the story was first written in
    pytest.param("en", "Originally published in French.", id="en-language"),
    pytest.param("en", "First published in Arabic.", id="en-language-first"),
])
def test_no_outlet_from_a_notice_naming_a_time(language, closing):
    assert extract(_page(language, closing)).fields["source"] in ("", None)
