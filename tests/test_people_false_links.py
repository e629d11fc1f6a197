"""Names that must not link to the wrong actor: acronyms several bodies share, missions of
other bodies, a dropped subject after a named one, a middle name taken for a surname, common
words and known names after a title, a glued particle before a body's name, and a speaker
past a coordinating conjunction. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def bodies_of(text: str) -> list[str]:
    return sorted(e.name for e in extract(text, None).entities.values() if e.kind in ("organisation", "initiative"))


@pytest.mark.parametrize(
    "text, wrong",
    [
        pytest.param("Reporters Without Borders (RSF) condemned the detention of two reporters.", "Rapid Support Forces",
                     id="en-reporters-rsf"),
        pytest.param("Reporters sans frontières (RSF) a dénoncé la détention de deux reporters.", "Rapid Support Forces",
                     id="fr-reporters-rsf"),
        pytest.param("The Singapore Armed Forces (SAF) sent a field hospital to the region.", "Sudanese Armed Forces",
                     id="en-singapore-saf"),
        pytest.param("The RSF press freedom index ranked the country low.", "Rapid Support Forces", id="bare-acronym"),
    ],
)
def test_a_shared_acronym_alone_names_no_listed_body(text, wrong):
    assert wrong not in bodies_of(text)


@pytest.mark.parametrize(
    "text, body",
    [
        pytest.param("The Rapid Support Forces (RSF) shelled the market. The RSF denied it later.", "Rapid Support Forces",
                     id="bracketed-after-its-name"),
        pytest.param("The Sudanese Armed Forces retook the bridge; SAF officers said so.", "Sudanese Armed Forces",
                     id="full-name-elsewhere"),
    ],
)
def test_a_shared_acronym_beside_the_full_name_names_the_body(text, body):
    assert body in bodies_of(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The Sudanese army shelled the outskirts of the town.", id="en"),
        pytest.param("L'armée soudanaise a bombardé les faubourgs de la ville.", id="fr"),
        pytest.param("El Ejército sudanés bombardeó las afueras de la ciudad.", id="es"),
    ],
)
def test_a_countrys_army_in_common_words_is_no_named_armed_force(text):
    """As for "the Malian army": a country's army written as a common noun names no body."""
    assert "Sudanese Armed Forces" not in bodies_of(text)
