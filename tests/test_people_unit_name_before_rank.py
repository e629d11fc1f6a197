"""A unit's name set off by commas between the office it completes and the rank of the person
holding it ("Colonel of the Regiment, Kandula Watch, Major General John Smith", "le colonel du
régiment, Tirailleurs Kandula, le général Jean Dupont", "el coronel del regimiento, Húsares
Kandula, el general Juan Pérez"): the name after the unit's word (vocabulary
"contingent_heads") is the unit's, the person is the one the rank names (tests/corpus/README.md:
people). The unit's name holds a word of a unit's arm or kind ("Watch", "Rifles", "Tirailleurs",
"Húsares": vocabulary "unit_arm_words", "contingent_specialties", "contingent_heads"); a person
named there ("the commander of the battalion, Sok Dara, Colonel ...") stays a person. Every sentence is
written for the test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def _people(text: str) -> set[str]:
    return {e.name for e in extract(text).entities.values() if e.kind == "person"}


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The Commander accompanied by Colonel of the Regiment, Kandula Watch, Major General John Smith and other officers were present.",
                     {"John Smith"}, id="en-regiment"),
        pytest.param("Colonel Commandant of the Battalion, Ruhuna Rifles, Brigadier Jane Roe, inspected the guard.",
                     {"Jane Roe"}, id="en-battalion"),
        pytest.param("Le colonel du régiment, Tirailleurs Kandula, le général Jean Dupont, était présent.",
                     {"Jean Dupont"}, id="fr-regiment"),
        pytest.param("Asistió el jefe del regimiento, Húsares Kandula, el general Juan Pérez, junto a otros oficiales.",
                     {"Juan Pérez"}, id="es-regimiento"),
        # near miss: the one named after the unit's word is a person, on a given name
        pytest.param("The commander of the battalion, John Smith, Major Jane Roe and two officers were present.",
                     {"John Smith", "Jane Roe"}, id="en-person-after-unit-word"),
        # near misses: a person on a given name no list holds, named without a rank before the
        # next one: the name holds no word of a unit's arm
        pytest.param("The delegation included the commander of the battalion, Sok Dara, Colonel Chea Sophal and Major Hun Lay.",
                     {"Sok Dara", "Chea Sophal", "Hun Lay"}, id="en-person-unlisted-given-name"),
        pytest.param("Le chef du contingent, Nyandeng Akech, le colonel Bol Deng et deux officiers étaient présents.",
                     {"Nyandeng Akech", "Bol Deng"}, id="fr-person-unlisted-given-name"),
        pytest.param("Asistieron el jefe del contingente, Ayelén Quispe, el coronel Juan Pérez y dos oficiales.",
                     {"Ayelén Quispe", "Juan Pérez"}, id="es-person-unlisted-given-name"),
        pytest.param("Le chef du contingent, Marine Lefort, le colonel Paul Martin et deux officiers étaient présents.",
                     {"Marine Lefort", "Paul Martin"}, id="fr-given-name-spelt-as-an-arm"),
    ],
)
def test_unit_name_between_office_and_rank(text, expected):
    assert _people(text) == expected
