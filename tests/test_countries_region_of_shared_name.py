"""A bare "Congo" after a place preposition is the Democratic Republic of the Congo in a text
on peacekeeping (the one of the two Congos that hosted operations: entities.shared_end_as_host),
and so it is with a region of the country between ("in eastern Congo", "dans l'est du Congo",
"en el este del Congo"): the region is the country's, the country still
the place (tests/corpus/README.md: countries named or referred to). Every sentence is written
for the test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def _countries(text: str) -> set[str]:
    return {e.name for e in extract(text).entities.values() if e.kind == "country"}


DRC = "Democratic Republic of the Congo"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("UN peacekeepers were ambushed by rebels in eastern Congo on Tuesday, the mission said.", id="en-eastern"),
        pytest.param("Des casques bleus ont été attaqués dans l'est du Congo mardi, a indiqué la mission.", id="fr-est-du"),
        pytest.param("Cascos azules fueron atacados en el este del Congo el martes, informó la misión de paz.", id="es-este-del"),
    ],
)
def test_region_of_congo_is_the_host(text):
    assert DRC in _countries(text)


@pytest.mark.parametrize(
    "text",
    [
        # guard: troops of a Congo are no place; either Congo may contribute them
        pytest.param("Peacekeepers from Congo arrived in Bangui on Tuesday, the mission said.", id="from-congo"),
    ],
)
def test_contributor_congo_stays_unresolved(text):
    assert DRC not in _countries(text)
