"""French "éléments" names the members of any uniformed body, a contingent or a unit as well
as an armed group ("les éléments BANBATT", "les éléments de l'UPC"): beside a listed armed
group's shared acronym it ties the acronym to the group (vocabulary
"armed_group_member_words", entities.armed_group_beside), but it coins no body from an
acronym the reference does not list, as the words for rebels and militias do
(tests/corpus/README.md: contingents, battalions and units are parts of a body, not listed).
Every sentence is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def _bodies(text: str) -> set[str]:
    return {e.name for e in extract(text).entities.values() if e.kind == "organisation"}


@pytest.mark.parametrize(
    "text, acronym",
    [
        pytest.param("Les éléments BANBATT de la mission ont repoussé l'attaque près de Beni lundi.", "BANBATT", id="banbatt"),
        pytest.param("Des éléments NEPBATT ont patrouillé à Bunia, a indiqué la mission onusienne.", "NEPBATT", id="nepbatt"),
        pytest.param("Vingt éléments GMIR ont été déployés à Bria mardi, selon la mission.", "GMIR", id="gmir-unit"),
    ],
)
def test_elements_coin_no_body(text, acronym):
    assert acronym not in _bodies(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # guard: a word for rebels before an unlisted acronym still names the group
        pytest.param("Les rebelles KLFA ont attaqué Bria lundi.", {"KLFA"}, id="rebels-unlisted"),
        # guard: "éléments" beside a listed group's shared acronym still ties it to the group
        pytest.param("Mardi, des éléments de l'UPC ont pillé un marché près d'Alindao.",
                     {"Union for Peace in the Central African Republic"}, id="elements-upc"),
    ],
)
def test_guards(text, expected):
    assert _bodies(text) == expected
