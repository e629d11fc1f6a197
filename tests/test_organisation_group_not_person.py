"""Organisations: a movement's name of two capitalised words no dictionary holds ("Khmer
Rouge") is the group (organisations.yaml), not a person's name, in each language it is printed
in. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.entities import find_in_sentence


@pytest.mark.parametrize(
    "language, sentence",
    [
        pytest.param("en", "Deminers still clear fields the Khmer Rouge regime mined in the 1970s.", id="en-regime"),
        pytest.param("en", "Veterans who fought the Khmer Rouge now train peacekeepers.", id="en-bare"),
        pytest.param("fr", "Les démineurs nettoient encore les champs minés par les Khmers rouges.", id="fr"),
        pytest.param("es", "Los zapadores limpian aún los campos que minaron los Jemeres Rojos.", id="es"),
        pytest.param("vi", "Công binh vẫn rà phá bom mìn do Khmer Đỏ để lại.", id="vi"),
    ],
)
def test_a_movements_name_is_the_group_not_a_person(language, sentence):
    found = find_in_sentence(sentence, language)
    assert not any(f.kind == "person" for f in found), found
    assert [f.name for f in found if f.kind == "organisation"] == ["Khmer Rouge"], found
