"""An operation's French or Spanish name is the same name whichever way it writes the United
Nations inside it ("de las Naciones Unidas", "de Naciones Unidas", "de la ONU"; "des Nations
unies", "de l'ONU"): the mission is named, and no organisation is made of the name's first
words (reference/vocabulary.yaml "mission_un_wordings"). Every sentence is written for the
test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


@pytest.mark.parametrize(
    "text, mission",
    [
        pytest.param("Madrid, 3 de marzo de 2025 - El general visitó la Fuerza Provisional de Naciones Unidas en "
                     "el Líbano con su equipo.", "unifil", id="es-de-naciones-unidas"),
        pytest.param("Lima, 3 de marzo de 2016 - El oficial sirvió en la Misión de Estabilización de Naciones Unidas "
                     "en Haití durante un año.", "minustah", id="es-haiti"),
        pytest.param("Quito, 3 de marzo de 2019 - Dos capitanes llegaron a la Misión Multidimensional Integrada de "
                     "Estabilización de la ONU en Malí.", "minusma", id="es-de-la-onu"),
        pytest.param("Dakar, 3 mars 2019 - Le capitaine a rejoint la Mission multidimensionnelle intégrée de l'ONU "
                     "pour la stabilisation au Mali.", "minusma", id="fr-de-l-onu"),
    ],
)
def test_a_mission_name_with_the_un_worded_otherwise_names_the_mission(text, mission):
    fields = extract(text).fields
    assert mission in fields["missions"]
    assert not [a for a in fields["actors"] if a.startswith(("fuerza-", "mision-", "mission-"))]
