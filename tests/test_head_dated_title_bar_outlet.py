"""A title bar of parts over the bare headline that prints, after the headline, the day and
the outlet a press archive or an aggregator took the story from ("Headline - 24 de febrero de
2017 - El Mercurio - Noticias - Archivo 123"): the outlet is the story's source (the rulebook's
"Reposts": the outlet an aggregator names as where it took the story) and the day its date.
A site section's or a person's name after the day is no outlet; nor is a bar whose headline
the page prints again only under the text, in a list of related stories (another story's).

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE, LEAD, MORE
from newsdossier.extract import extract

DAY = {"en": "March 2, 2019", "fr": "2 mars 2019", "es": "2 de marzo de 2019"}
OUTLET = {"en": "The Hindu", "fr": "Le Figaro", "es": "El Mercurio"}
TAIL = {"en": "World - Press Archive 4455", "fr": "International - Revue de presse 4455", "es": "Noticias - Archivo 4455"}


def _page(language: str, after_day: str) -> str:
    bar = f"{HEADLINE[language]} - {DAY[language]} - {after_day} - {TAIL[language]}"
    return "\n\n".join([bar, HEADLINE[language], LEAD[language], MORE[language]])


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_the_outlet_after_the_day_is_the_source_and_the_day_the_date(language):
    found = extract(_page(language, OUTLET[language]))
    assert (found.fields["source"], found.fields["date"], found.fields["title"]) == (OUTLET[language], "2019-03-02", HEADLINE[language])


@pytest.mark.parametrize(("language", "after_day"), [
    ("en", "World News"),
    ("en", "Harriet Vance"),
    ("es", "Mathilde Rousseau"),
])
def test_a_section_or_a_person_after_the_day_is_no_source(language, after_day):
    assert extract(_page(language, after_day)).fields["source"] == ""


@pytest.mark.parametrize("language, other, related", [
    ("en", "Blue helmets leave the northern camp", "Related stories"),
    ("es", "Cascos azules dejan el campamento", "Noticias relacionadas"),
])
def test_a_related_storys_bar_is_no_source(language, other, related):
    # the bar's headline is printed again only in a list under the text: another story's
    bar = f"{other} - {DAY[language]} - {OUTLET[language]} - {TAIL[language]}"
    page = "\n\n".join([bar, HEADLINE[language], LEAD[language], MORE[language], related, other])
    assert extract(page).fields["source"] == ""

