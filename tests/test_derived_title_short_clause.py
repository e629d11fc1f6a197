"""A page that prints no headline gets a title made from its first sentence (derive_title). A
long sentence is cut at its first clause; a "clause" of three words or fewer before the first
comma is no headline but a fronted phrase (a day, a year, "Được biết"), a name before its
apposition or a place: the title is then the sentence's first words, cut with an ellipsis."""
from __future__ import annotations

import pytest

from newsdossier.extract import derive_title


@pytest.mark.parametrize(
    ("paragraph", "fragment"),
    [
        pytest.param("On Tuesday, a convoy of blue helmets carrying medical supplies left the northern town of "
                     "Kidal for a base near the border with Niger.", "On Tuesday", id="en-day"),
        pytest.param("En 2021, vingt-cinq soldats de la paix déployés dans plusieurs missions des Nations unies ont "
                     "perdu la vie lors d'attaques armées contre leurs positions.", "En 2021", id="fr-year"),
        pytest.param("Este lunes, un grupo de cuarenta cascos azules uruguayos regresó al país después de pasar un "
                     "año entero en el este del Congo junto a sus compañeros.", "Este lunes", id="es-day"),
        pytest.param("Sáng 14/3, tại Hà Nội, đơn vị công binh số 5 đã tổ chức lễ xuất quân cho cán bộ, chiến sĩ lên "
                     "đường làm nhiệm vụ tại phái bộ Liên Hợp Quốc ở châu Phi.", "Sáng 14/3", id="vi-morning"),
        pytest.param("Marta Quiroga, portavoz de la misión de paz en la región, confirmó que tres soldados "
                     "resultaron heridos cuando su vehículo pisó una mina en la carretera.", "Marta Quiroga",
                     id="es-name-apposition"),
        pytest.param("Jean Dupuis, porte-parole de la force onusienne dans le pays, a indiqué que deux patrouilles "
                     "avaient essuyé des tirs près du camp pendant la nuit.", "Jean Dupuis", id="fr-name-apposition"),
    ],
)
def test_a_short_fronted_phrase_is_not_the_derived_title(paragraph, fragment):
    title = derive_title([paragraph])
    assert title != fragment
    assert paragraph.startswith(title.rstrip("\u2026").rstrip(" ,;:"))
    assert len(title.split()) >= 5


@pytest.mark.parametrize(
    ("paragraph", "title"),
    [
        pytest.param("Three peacekeepers were wounded near the border town, the mission said in a statement released "
                     "late on Sunday evening after the convoy returned.", "Three peacekeepers were wounded near the border town",
                     id="en-clause-kept"),
        pytest.param("Los cascos azules llegaron a la base del norte, informó el ejército en un comunicado difundido "
                     "el domingo por la noche tras el regreso del convoy.", "Los cascos azules llegaron a la base del norte",
                     id="es-clause-kept"),
    ],
)
def test_a_first_clause_of_four_words_or_more_is_still_the_derived_title(paragraph, title):
    assert derive_title([paragraph]) == title
