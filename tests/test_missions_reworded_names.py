"""A listed operation named with its words in another order, or other function words, than
the reference holds ("Misión Multidimensional Integrada de las Naciones Unidas para la
Estabilización de Mali") is named: its content words and its place are those of one of its
names. The words of one operation with another's place name none. Every sentence is written
for the test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


@pytest.mark.parametrize(
    "text, mission",
    [
        pytest.param("Lima, 4 de mayo de 2014 - El jefe de la Misión Multidimensional Integrada de las Naciones "
                     "Unidas para la Estabilización de Mali visitó Gao.", "minusma", id="es-mali"),
        pytest.param("Lima, 4 de mayo de 2016 - Los soldados de la Misión de las Naciones Unidas para la "
                     "Estabilización de Haití regresaron a casa.", "minustah", id="es-haiti"),
        pytest.param("Paris, 4 mai 2016 - Le chef de la Mission intégrée multidimensionnelle des Nations unies pour "
                     "la stabilisation en Centrafrique est arrivé.", "minusca", id="fr-centrafrique"),
    ],
)
def test_a_reworded_mission_name_names_the_mission(text, mission):
    fields = extract(text).fields
    assert mission in fields["missions"]
    assert mission not in fields.get("missions_inferred", [])


@pytest.mark.parametrize(
    "text, mission",
    [
        pytest.param("Lima, 4 de mayo de 2016 - El jefe de la Misión Multidimensional Integrada de las Naciones "
                     "Unidas para la Estabilización de Haití llegó.", "minusma", id="es-words-of-mali-place-of-haiti"),
    ],
)
def test_the_words_of_one_mission_with_another_place_name_it_not(text, mission):
    assert mission not in extract(text).fields["missions"]
