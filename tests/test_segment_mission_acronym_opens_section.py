"""A mission's acronym in capitals before a gloss in brackets and a colon opens a section of
the story ("MONUC (DRC): In 2003, ..."), no wire's dateline: the mission is named in the
body, no place the story is filed from. A place in capitals before an unknown outlet's
brackets stays a dateline. Every text is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


@pytest.mark.parametrize(
    "text, mission",
    [
        pytest.param("Bangladesh in Africa\n\nMONUC (DRC): In 2003 the situation in Ituri deteriorated fast.", "monuc", id="en-monuc"),
        pytest.param("Le Bangladesh en Afrique\n\nMINUSMA (Mali) : En 2014, le contingent a pris Kidal.", "minusma", id="fr-minusma"),
        pytest.param("Uruguay en África\n\nMONUSCO (RDC): En 2010 el contingente llegó a Goma.", "monusco", id="es-monusco"),
    ],
)
def test_a_missions_acronym_opening_a_section_is_named_not_a_dateline(text, mission):
    x = extract(text)
    assert x.fields.get("dateline") in (None, "")
    assert mission in x.fields["missions"]


def test_a_place_in_capitals_before_an_outlets_brackets_stays_a_dateline():
    x = extract("Council meets\n\nUNITED NATIONS (XNA) -- The Security Council met on Monday.")
    assert x.fields.get("dateline") == "United Nations"
