"""An agency whose own datelines print its short name in capitals ("Lima, mar. 3 (ANDINA).",
Peru's agency) is credited by that name as by its full one: sources.yaml lists the form. The
word alone in running text ("la Comunidad Andina", the Andean Community) credits no agency.
Every page here is of our own making."""
from __future__ import annotations

import pytest

from headcases import HEADLINE, LEAD, MORE
from newsdossier.extract import extract


def _page(opener: str = "", closing: str = "") -> str:
    return f"{HEADLINE['es']}\n\n{opener}{LEAD['es']}\n\n{MORE['es']}\n\n{closing}\n"


@pytest.mark.parametrize("opener, closing, place", [
    pytest.param("Lima, mar. 3 (ANDINA). ", "", "Lima", id="dateline-stop"),
    pytest.param("CUSCO (ANDINA) - ", "", "Cusco", id="dateline-dash"),
    pytest.param("", "Fuente: ANDINA", "", id="source-line"),
])
def test_the_agency_by_its_capitals(opener, closing, place):
    fields = extract(_page(opener, closing)).fields
    assert (fields["source"], fields["dateline"]) == ("Agencia Andina", place)


@pytest.mark.parametrize("opener", [
    pytest.param("La Comunidad Andina respaldó la decisión el jueves. ", id="andean-community"),
    pytest.param("La región andina recibió a los observadores el jueves. ", id="andean-region"),
])
def test_no_agency_from_the_word_in_running_text(opener):
    assert extract(_page(opener)).fields["source"] != "Agencia Andina"


def test_no_agency_from_a_heading_in_capitals():
    # a kicker in capitals over the headline: the Andean Community's name, no credit
    page = f"COMUNIDAD ANDINA\n\n{HEADLINE['es']}\n\n{LEAD['es']}\n\n{MORE['es']}\n"
    assert extract(page).fields["source"] != "Agencia Andina"
