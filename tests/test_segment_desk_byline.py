"""An outlet's desk signing a text where a writer's byline stands ("Example Herald News Desk |
Geneva | Updated: ...", "By Example Times Web Desk"): the outlet is the source and no writer
is named; a section's desk ("Foreign Desk") or a place's ("Lagos Bureau") names no outlet.
A place printed alone right after a byline ("Jane Roe | Geneva | March 3, 2022") is the place
the text was filed from.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from newsdossier.extract import extract
from newsdossier.segment import desk_outlet

LEAD = "United Nations peacekeepers in the south are holding their positions despite repeated warnings, the mission said on Friday."


@pytest.mark.parametrize(
    ("byline", "source"),
    [
        pytest.param("Example Herald News Desk", "Example Herald", id="news-desk-no-byline-word"),
        pytest.param("By Example Times Web Desk", "Example Times", id="web-desk-after-by"),
        pytest.param("Reuters News Desk", "Reuters", id="known-outlet-desk"),
        pytest.param("By Example Herald Staff", "Example Herald", id="staff-after-by"),
    ],
)
def test_a_desk_byline_names_the_outlet_and_no_writer(byline, source):
    fields = extract(f"Peacekeepers hold their ground in the south\n{byline}\n{LEAD}\n").fields
    assert (fields["source"], fields["authors"]) == (source, [])


@pytest.mark.parametrize("line", ["Foreign Desk", "Lagos Bureau", "News Desk"])
def test_a_section_or_place_desk_names_no_outlet(line):
    assert desk_outlet(line) is None


@pytest.mark.parametrize(
    ("head", "lead", "dateline"),
    [
        pytest.param("Peacekeepers hold their ground\nExample Herald News Desk | Geneva | Updated: 18-10-2024 19:23 IST", LEAD, "Geneva",
                     id="en-desk-place-stamp"),
        pytest.param("Peacekeepers hold their ground\nBy Jane Roe | Geneva | Updated: 18-10-2024 19:23 IST", LEAD, "Geneva",
                     id="en-writer-place-stamp"),
        pytest.param("Les casques bleus restent sur place\nPar Jean Dupont | Bamako | 18/10/2024",
                     "La mission a annoncé lundi que ses positions resteraient en place malgré les avertissements répétés.", "Bamako",
                     id="fr-writer-place-date"),
        pytest.param("Los cascos azules se quedan\nPor Ana Gómez | Bogotá | 18/10/2024",
                     "La misión anunció el lunes que sus posiciones seguirán en su lugar pese a las advertencias repetidas.", "Bogotá",
                     id="es-writer-place-date"),
    ],
)
def test_a_place_alone_after_the_byline_is_the_dateline(head, lead, dateline):
    assert extract(f"{head}\n{lead}\n").fields["dateline"] == dateline


@pytest.mark.parametrize("headline", ["UN Opens New Press Desk", "Israeli Strikes Kill UN Staff"])
def test_a_headline_ending_on_a_desk_word_stays_the_headline(headline):
    fields = extract(f"{headline}\n{LEAD}\n").fields
    assert (fields["title"], fields["source"]) == (headline, "")
