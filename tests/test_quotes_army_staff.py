"""Quotes: a country's general staff speaks for its armed forces ("..., a indiqué
l'état-major", "a annoncé l'état-major français", "l'état-major des armées a affirmé"), never
for the mission its soldiers serve in. Printed bare, it is the staff of the soldiers the story
reports ("deux soldats français": French Armed Forces); with no such soldiers, an unnamed
speaker. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract

TITLE = "Des Casques bleus blessés dans le sud du Liban"


def speakers_of(*paragraphs: str) -> list[str]:
    return [q.speaker for q in extract("\n\n".join([TITLE, *paragraphs]), None).quotes]


@pytest.mark.parametrize(
    "paragraphs, speakers",
    [
        pytest.param(("Deux soldats français de la Finul ont été légèrement blessés lundi par un obus près de leur poste.",
                      "Les postes de la Finul touchés par les tirs ont été relevés mardi, a indiqué l'état-major."),
                     ["French Armed Forces"], id="fr-bare-staff-after-french-soldiers"),
        pytest.param(("Trois militaires sénégalais de la Minusma ont été blessés dimanche près de Gao.",
                      "Les blessés de la Minusma ont été évacués vers Bamako, a précisé l'état-major."),
                     ["Senegalese Armed Forces"], id="fr-bare-staff-after-senegalese-soldiers"),
        pytest.param(("La Finul compte quelque 10.000 soldats venus de plus de 40 pays.",
                      "Deux soldats français de la force ont été blessés dimanche près de leur camp, a annoncé lundi l'état-major français."),
                     ["French Armed Forces"], id="fr-staff-with-demonym"),
        pytest.param(("La Finul compte quelque 10.000 soldats venus de plus de 40 pays.",
                      "L'état-major des armées a affirmé qu'un militaire français de la Finul avait été blessé samedi par une mine."),
                     ["French Armed Forces"], id="fr-staff-as-subject"),
        pytest.param(("La Finul compte quelque 10.000 soldats venus de plus de 40 pays.",
                      "Un poste de la Finul a été touché lundi par un obus, a indiqué l'état-major."),
                     [""], id="fr-bare-staff-no-soldiers-named"),
    ],
)
def test_the_general_staff_speaks_for_the_armed_forces_not_the_mission(paragraphs, speakers):
    assert speakers_of(*paragraphs) == speakers


def test_a_staff_with_its_body_after_it_is_that_body():
    # the body after the staff is the one speaking, as before
    assert speakers_of("Trois militaires marocains de la Minusca ont été blessés dans une embuscade.",
                       "Le militaire a été évacué vers Bangui, indique le communiqué de l'état-major des Forces armées royales.") \
        == ["Royal Armed Forces"]
