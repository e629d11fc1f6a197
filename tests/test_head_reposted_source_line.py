"""A date line closed by an outlet's name above the text ("2 March 2019 The Harbour Gazette",
"2 mars 2019 Le Courrier du Sahel"), as a site reposting another outlet's story prints the
story's day and source: the outlet is the page's source, and a date line the page printed
before it (its own post's day, even over a date widget's pieces read as a menu) stays the
page's date. A writer's name or a site section's name after the date is no outlet.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE, LEAD, MORE
from newsdossier.extract import extract

OWN = {"en": "March 4, 2019", "fr": "4 mars 2019", "es": "4 de marzo de 2019"}
REPOSTED = {
    "en": "March 2, 2019 The Harbour Gazette",
    "fr": "2 mars 2019 Le Courrier du Sahel",
    "es": "2 de marzo de 2019 El Diario del Litoral",
}
OUTLET = {"en": "The Harbour Gazette", "fr": "Le Courrier du Sahel", "es": "El Diario del Litoral"}
# a blog's date widget, its pieces one a line: comments, day, month, month's name, year, time
WIDGET = ["7", "04", "/03", "/mars", "/2019", "10:12"]


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_the_reposted_storys_outlet_is_the_source_and_the_pages_own_date_stands(language):
    result = extract("\n".join([HEADLINE[language], OWN[language], REPOSTED[language], LEAD[language], MORE[language]]))
    assert (result.fields["date"], result.fields["source"]) == ("2019-03-04", OUTLET[language])


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_the_pages_own_date_stands_over_a_date_widget(language):
    result = extract("\n".join([OWN[language], *WIDGET, REPOSTED[language], LEAD[language], MORE[language]]))
    assert (result.fields["date"], result.fields["source"]) == ("2019-03-04", OUTLET[language])


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_the_source_line_alone_gives_the_day_and_the_source(language):
    result = extract("\n".join([HEADLINE[language], REPOSTED[language], LEAD[language], MORE[language]]))
    assert (result.fields["date"], result.fields["source"]) == ("2019-03-02", OUTLET[language])


@pytest.mark.parametrize(("language", "tail"), [
    ("en", "World News"),
    ("en", "Harriet Vance"),
    ("fr", "Mathilde Rousseau"),
])
def test_a_section_or_a_writer_after_the_date_is_no_source(language, tail):
    result = extract("\n".join([HEADLINE[language], f"{OWN[language]} {tail}", LEAD[language], MORE[language]]))
    assert result.fields["source"] == ""
