"""A known body named by its acronym right after a place sentence's country ("au Mali MISMA",
"in Somalia EUTM Somalia", "en Centrafrique EUTM-RCA") is that body, where it serves: a
country's own namesake of an international body is printed with the body's name after the
country ("the Bangladesh Department of Peacekeeping Operations"), not with its acronym, and a
body whose own name names that country ("... Training Mission in Somalia") is no namesake of
it (tests/corpus/README.md: a listed body takes its name there). Every sentence is written for
the test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def _bodies(text: str) -> set[str]:
    return {e.name for e in extract(text).entities.values() if e.kind == "organisation"}


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("La relève des soldats de l'UA au Mali MISMA a eu lieu à Bamako en juillet.",
                     {"African Union", "African-led International Support Mission to Mali"}, id="fr-mali-misma"),
        pytest.param("The training mission of the EU in Somalia EUTM Somalia moved to Mogadishu in 2014.",
                     {"European Union", "European Union Training Mission in Somalia"}, id="en-somalia-eutm"),
        pytest.param("La passation de la mission de l'UE en Centrafrique EUTM-RCA a eu lieu jeudi à Bangui.",
                     {"European Union", "European Union Training Mission in the Central African Republic"},
                     id="fr-centrafrique-eutm"),
    ],
)
def test_acronym_after_country_is_the_known_body(text, expected):
    assert _bodies(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # guard: a country's namesake printed by the body's name stays the country's own body
        pytest.param("The Bangladesh Department of Peacekeeping Operations trained 300 officers in Dhaka.",
                     {"Bangladesh Department of Peacekeeping Operations"}, id="namesake-by-name"),
    ],
)
def test_namesake_by_name_kept(text, expected):
    assert _bodies(text) == expected
