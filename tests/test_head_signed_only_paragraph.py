"""A text whose only paragraph ends with the dispatch's sign-off glued after its last stop
("... của hai bên. TTXVN", "... despite the warnings. AFP"), printed right under the headline:
the paragraph is the text (its stop no longer closing the line made it read as a heading, and
then as the headline), the headline stays the title and the agency signing off is the source.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE, LEAD, MORE
from newsdossier.extract import extract
from newsdossier.segment import segment

AGENCY = {"en": ("AFP", "Agence France-Presse"), "fr": ("AFP", "Agence France-Presse"),
          "es": ("EFE", "Agencia EFE"), "vi": ("TTXVN", "Vietnam News Agency")}


@pytest.mark.parametrize("language", ["en", "fr", "es", "vi"])
def test_the_only_paragraph_signed_off_is_the_text(language):
    signoff, name = AGENCY[language]
    text = "\n\n".join([HEADLINE[language], f"{LEAD[language]} {signoff}"])
    layout = segment(text)
    assert layout.title == HEADLINE[language]
    assert layout.paragraphs == [LEAD[language]]
    fields = extract(text).fields
    assert (fields["title"], fields["source"]) == (HEADLINE[language], name)


@pytest.mark.parametrize("language", ["en", "fr", "es", "vi"])
def test_a_last_paragraph_signed_off_is_no_subheading(language):
    signoff, _name = AGENCY[language]
    text = "\n\n".join([HEADLINE[language], LEAD[language], f"{MORE[language]} {signoff}"])
    assert segment(text).paragraphs == [LEAD[language], MORE[language]]


@pytest.mark.parametrize(("language", "headline"), [
    ("en", "Peacekeepers leave the U.N. base in the south"),
    ("es", "Los cascos azules dejan la base de la ONU en el sur"),
])
def test_a_headline_with_an_inner_stop_stays_the_headline(language, headline):
    text = "\n\n".join([headline, LEAD[language], MORE[language]])
    assert segment(text).title == headline
