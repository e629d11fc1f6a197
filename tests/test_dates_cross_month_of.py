"""Dates: a span across two months whose days are joined to their months by "de" or "of"
("del 28 de febrero al 2 de marzo de 2018", "from the 28th of February to the 2nd of March
2018") is one span, as "28 February to 2 March 2018" is. Every sentence here is written for
these tests."""
from __future__ import annotations

import pytest

from newsdossier.dates import find_dates
from newsdossier.datevalue import edtf_of


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("La cumbre se celebró del 28 de febrero al 2 de marzo de 2018 en Lomé.", id="es"),
        pytest.param("The summit ran from the 28th of February to the 2nd of March 2018 in Lomé.", id="en-of"),
        pytest.param("Le sommet s'est tenu du 28 février au 2 mars 2018 à Lomé.", id="fr"),
    ],
)
def test_a_span_across_two_months_is_one_date(text):
    assert [edtf_of(d.value, d.value_end) for d in find_dates(text) if d.kind == "date"] == ["2018-02-28/2018-03-02"]


@pytest.mark.parametrize(
    "text",
    [
        # two days named with "and": two days, no span
        pytest.param("Les votes ont eu lieu le 28 février et le 2 mars 2018.", id="fr-et-le"),
    ],
)
def test_two_days_joined_by_and_with_their_article_stay_two(text):
    assert len([d for d in find_dates(text) if d.kind == "date"]) == 2
