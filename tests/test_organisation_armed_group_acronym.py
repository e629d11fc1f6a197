"""An armed group the reference does not list, printed by its acronym right beside a word for
such a group or its members ("the rebel group, KLFA", "the KLFA rebels", "le groupe armé
MPLK", "el grupo rebelde FRLN"), with at most a comma between, is an organisation named by
that acronym (tests/corpus/README.md: armed groups are listed, named as a group or through their
members; vocabulary "armed_group_words"). Every sentence is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def organisations(text: str) -> set[str]:
    return set(extract(text).fields["actors"])


@pytest.mark.parametrize(
    "text, acronym",
    [
        pytest.param("Juba, May 3, 2022 - Last week the rebel group, KLFA loyal to a former general attacked "
                     "the county headquarters.", "klfa", id="en-group-comma"),
        pytest.param("Juba, May 3, 2022 - Local sources blamed the KLFA rebels for the ambush on the road.",
                     "klfa", id="en-members-after"),
        pytest.param("Bangui, 3 mai 2022 - Le groupe armé MPLK a attaqué un village près de la frontière.",
                     "mplk", id="fr-groupe-arme"),
        pytest.param("Goma, 3 de mayo de 2022 - Según las autoridades locales, el grupo rebelde FRLN tomó ayer el "
                     "control de la carretera que une las dos ciudades.",
                     "frln", id="es-grupo-rebelde"),
    ],
)
def test_an_unlisted_armed_group_acronym_is_an_organisation(text, acronym):
    assert acronym in organisations(text)


@pytest.mark.parametrize(
    "text, acronym",
    [
        # an acronym of something else beside a member word: the report, not the group
        pytest.param("Juba, May 3, 2022 - A UNHRC report counted the rebels who crossed the border.", "unhrc",
                     id="en-not-beside"),
        # a vehicle's letters, not a group
        pytest.param("Juba, May 3, 2022 - The rebels fired at an APC of the army.", "apc", id="en-vehicle"),
    ],
)
def test_an_acronym_not_beside_the_word_is_no_group(text, acronym):
    assert acronym not in organisations(text)


@pytest.mark.parametrize(
    "text, letters",
    [
        # a country's acronym beside the word: the rebels of that country, no group
        pytest.param("Bangui, May 3, 2022 - The CAR rebels signed the accord on Monday.", "car", id="en-country"),
        pytest.param("Bangui, 3 mai 2022 - Le nombre de rebelles, RCA et Tchad compris, reste inconnu.", "rca",
                     id="fr-country"),
        # two capitals stand for too many things beside such a word ("IS fighters": the Islamic State's)
        pytest.param("Raqqa, May 3, 2022 - IS fighters attacked the village at dawn.", "is", id="en-two-letters"),
    ],
)
def test_a_country_or_two_letters_beside_the_word_is_no_group(text, letters):
    assert letters not in organisations(text)
