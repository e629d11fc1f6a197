"""A lead that credits the outlet's own site by its web domain in the dateline: the domain
before the place ("EXAMPLE.CO.ID, JAKARTA -- The ...", as Indonesian sites print it) or in the
agency's brackets after a place in ordinary case ("Naciones Unidas (example.com).- ...", as
Latin American sites print it). The place is the dateline and the domain the page's outlet,
known to the reference or not.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from newsdossier.extract import extract
from newsdossier.segment import web_domain_name


def fields(lead: str, headline: str = "Peacekeepers leave the border town") -> dict:
    text = (f"{headline}\n\n{lead}\n\n"
            "The commander said the last convoy would reach the capital by the end of the month.\n")
    return extract(text).fields


@pytest.mark.parametrize(
    ("lead", "place", "outlet"),
    [
        pytest.param("HARIANKITA.CO.ID, NEW YORK -- The Security Council on Monday praised the engineers who rebuilt the bridge.",
                     "New York", "HARIANKITA.CO.ID", id="domain-first-capitals"),
        pytest.param("Beritapagi.com, Jakarta - The army sent a medical company to Lebanon on Friday, its spokesman said.",
                     "Jakarta", "Beritapagi.com", id="domain-first-known-city"),
        pytest.param("Naciones Unidas (diariodelsur.mx).- Más de cuarenta países prometieron el martes nuevos helicópteros para las misiones.",
                     "United Nations", "diariodelsur.mx", id="domain-in-brackets-un-headquarters"),
        pytest.param("Nueva York (noticiasdelvalle.com).- El Consejo de Seguridad aprobó el jueves el relevo de la misión.",
                     "New York", "noticiasdelvalle.com", id="domain-in-brackets-two-words"),
    ],
)
def test_a_site_domain_in_the_dateline_is_the_outlet(lead, place, outlet):
    found = fields(lead)
    assert (found["dateline"], found["source"]) == (place, outlet)


@pytest.mark.parametrize(
    "lead",
    [
        pytest.param("U.S., Canada - The allies sent two more companies on Monday.", id="abbreviation-not-domain"),
        pytest.param("Juan Pérez (diariodelsur.mx) - El Gobierno envió tropas a la frontera.", id="person-name-before-brackets"),
        pytest.param("Beritapagi.com, the army said on Friday - more troops will leave.", id="lower-case-clause"),
    ],
)
def test_no_dateline_read_where_none_is_printed(lead):
    assert fields(lead)["dateline"] == ""


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        pytest.param("example.com", True, id="plain"),
        pytest.param("EXAMPLE.CO.ID", True, id="capitals-second-level"),
        pytest.param("U.S.", False, id="abbreviation"),
        pytest.param("St. Louis", False, id="spaced"),
        pytest.param("Reuters", False, id="no-dot"),
    ],
)
def test_web_domain_name(name, expected):
    assert web_domain_name(name) is expected
