"""Unit tests of newsdossier.extract: the article fields composed from a seed's layout.

The example texts are invented for the tests: each shows a general pattern.
"""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def page(*blocks: str) -> str:
    return "\n\n".join(blocks)


@pytest.mark.parametrize(
    ("lead", "dateline"),
    [
        pytest.param("Londres, 8 sep (EFE).- Los ministros firmaron un acuerdo.", "London", id="spanish-city"),
        pytest.param("Naciones Unidas, 28 ago (EFE).- El Consejo aprobó la resolución.", "United Nations", id="spanish-un"),
        pytest.param("GENÈVE, 3 mars (AFP) - Les délégués se sont réunis.", "Geneva", id="french-city-caps"),
        pytest.param("Dakar, 3 mars (AFP) - Les délégués se sont réunis.", "Dakar", id="same-in-both"),
        pytest.param("Smallville, 3 mars (AFP) - Les délégués se sont réunis.", "Smallville", id="unknown-kept-as-printed"),
    ],
)
def test_a_dateline_place_is_named_as_in_the_reference(lead, dateline):
    fields = extract(page("Los ministros firman un acuerdo de paz", lead, "El texto entra en vigor el lunes.")).fields
    assert fields["dateline"] == dateline


@pytest.mark.parametrize(
    ("furniture", "source"),
    [
        pytest.param("Publié le 5 octobre 2022  |  radiondekeluka.org", "Radio Ndeke Luka", id="domain-in-date-line"),
        pytest.param("Follow thehindu.com on social media", "The Hindu", id="domain-in-furniture"),
        pytest.param("Photo: Jane Doe/CVN", "Le Courrier du Vietnam", id="newspaper-photo-credit"),
        pytest.param("\u00a9 AP Photo / Jane Doe", "", id="agency-photo-credit-is-not-the-source"),
        pytest.param("Photo: Reuters/Jane Doe", "", id="agency-credit-alone"),
        pytest.param("UN peacekeeping force labels attack as war crime", "", id="outlet-word-in-ordinary-case-line"),
        pytest.param("\u00a9 REUTERS 2023", "Reuters", id="copyright-in-capitals"),
    ],
)
def test_the_source_comes_from_the_page_furniture(furniture, source):
    text = page(
        "Peacekeepers open a field hospital in the north",
        furniture,
        "The hospital has forty beds and two operating rooms. It opened on Monday after a year of work.",
        "More beds come next year.",
    )
    assert extract(text).fields["source"] == source
