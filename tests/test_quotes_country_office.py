"""Quotes: an organisation's office in a country, printed as the organisation's name and the
country with nothing but a space or a hyphen between ("UNDP Cambodia said", "the United Nations
Development Program- Cambodia said", "L'UNICEF Mali a indiqué", "UNICEF Venezuela informó",
"UNDP Việt Nam cho biết"), speaks as the organisation, not as the country. A country joined to
the organisation by "and", or set off by a comma, is a speaker of its own. Every sentence here
is written for these tests."""
from __future__ import annotations

import pytest

from test_quotes import quotes_of


@pytest.mark.parametrize(
    "language, paragraph, speakers",
    [
        pytest.param("en", "Medics will leave on April 16, UNDP Cambodia said in a press release.",
                     ["United Nations Development Programme"], id="en-acronym-country"),
        pytest.param("en", "Medics will leave on April 16, the United Nations Development Program- Cambodia said in a press release.",
                     ["United Nations Development Programme"], id="en-name-hyphen-country"),
        pytest.param("fr", "L'UNICEF Mali a indiqué que les médecins partiront le 16 avril.", ["UNICEF"], id="fr"),
        pytest.param("es", "UNICEF Venezuela informó que los médicos partirán el 16 de abril.", ["UNICEF"], id="es"),
        pytest.param("vi", "UNDP Việt Nam cho biết các bác sĩ sẽ lên đường ngày 16/4.",
                     ["United Nations Development Programme"], id="vi"),
        # near misses: the country speaks too, or alone
        pytest.param("en", "The African Union and Mali said the medics will leave on April 16.",
                     ["African Union", "Mali"], id="en-and-country"),
        # the organisation inside a phrase before the country is no subject: the country speaks
        pytest.param("en", "After meeting UNDP Cambodia said the medics will leave on April 16.", ["Cambodia"],
                     id="en-object-of-phrase"),
        pytest.param("es", "Tras reunirse con UNICEF Venezuela informó que los médicos partirán el 16 de abril.", ["Venezuela"],
                     id="es-object-of-preposition"),
    ],
)
def test_an_organisation_s_country_office_speaks_as_the_organisation(language, paragraph, speakers):
    assert [q.speaker for q in quotes_of(language, paragraph)] == speakers
