"""The EastAfrican, the Nairobi weekly, named by a story as the outlet it draws on ("seen by
The EastAfrican", "según informa The EastAfrican") is an organisation of the story
(tests/corpus/README.md: a news outlet is listed when the story names it as a source or an
actor); a credit line naming it ("Source: The EastAfrican") is no such naming. The outlet was
missing from reference/sources.yaml. Every sentence is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def _bodies(text: str) -> set[str]:
    return {e.name for e in extract(text).entities.values() if e.kind == "organisation"}


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The draft, seen by The EastAfrican, keeps 17,000 troops in South Sudan.", id="en-seen-by"),
        pytest.param("Según informa The EastAfrican, las tropas dejaron Yuba el lunes.", id="es-segun-informa"),
        pytest.param("D'après The EastAfrican, les troupes ont quitté Juba lundi.", id="fr-d-apres"),
    ],
)
def test_east_african_named_as_a_source(text):
    assert "The EastAfrican" in _bodies(text)


def test_east_african_credited_only_is_no_organisation():
    text = ("Troops leave Juba\n\nThe troops left Juba on Monday, the mission said in a statement.\n\n"
            "Source: The EastAfrican")
    assert "The EastAfrican" not in _bodies(text)
