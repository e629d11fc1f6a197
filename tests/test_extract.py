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
