"""An armed group's or a party's name opened by an Arabic word for a group, a movement, a
battalion, a party or an army ("Jama'at ...", "Harakat ...", "Katibat ...", "Hizb ...",
"Jaysh ..."; vocabulary "body_opening_words"), as the press of every language prints it, is
the body's name: the words after that word are no person's. A person whose name holds such a
word elsewhere, or an Arabic particle ("Saif al-Islam Haddad"), stays a person. Every sentence
is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def found_of(text: str) -> tuple[list[str], list[str]]:
    """The people and the organisations the extraction keeps for a text, each sorted."""
    entities = extract(text, None).entities.values()
    return (sorted(e.name for e in entities if e.kind == "person"),
            sorted(e.name for e in entities if e.kind == "organisation"))


@pytest.mark.parametrize(
    "text, people, body",
    [
        pytest.param("Jama’at Nasr al-Huda, a group active in the region, claimed the attack on the convoy.",
                     [], "Jama’at Nasr al-Huda", id="en-jamaat-typographic-apostrophe"),
        pytest.param("Harakat Fath al-Mubin claimed the attack on the camp near the border.",
                     [], "Harakat Fath al-Mubin", id="en-harakat"),
        pytest.param("Le groupe Jama'at Nasr al-Huda a revendiqué l'attaque contre le convoi.",
                     [], "Jama'at Nasr al-Huda", id="fr-jamaat"),
        pytest.param("El grupo Katibat Fath al-Mubin reivindicó el ataque contra el campamento.",
                     [], "Katibat Fath al-Mubin", id="es-katibat"),
        pytest.param("Nhóm vũ trang Jama'at Nasr al-Huda đã nhận trách nhiệm về vụ tấn công đoàn xe gần biên giới.",
                     [], "Jama'at Nasr al-Huda", id="vi-jamaat"),
        pytest.param("Lực lượng Harakat Fath al-Mubin đã tấn công trại gần biên giới hôm thứ Ba.",
                     [], "Harakat Fath al-Mubin", id="vi-harakat"),
    ],
)
def test_a_name_opened_by_an_arabic_body_word_is_the_body(text, people, body):
    found_people, bodies = found_of(text)
    assert found_people == people and body in bodies


@pytest.mark.parametrize(
    "text, people",
    [
        pytest.param("Saif al-Islam Haddad, a trader from the town, said the convoy left at dawn.",
                     ["Saif al-Islam Haddad"], id="en-arabic-particle-in-a-person-s-name"),
        pytest.param("Ansar Karim, un commerçant de la ville, a dit que le convoi était parti à l'aube.",
                     ["Ansar Karim"], id="fr-given-name-shared-with-a-group-word"),
    ],
)
def test_people_with_arabic_names_stay_people(text, people):
    assert found_of(text)[0] == people


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Jama'at Nasr al-Islam wal-Muslimin claimed the attack on the convoy near the border.", id="en-nasr"),
        pytest.param("Le groupe Jama’at Nasr al-Islam wal Muslimin a revendiqué l'attaque contre le convoi.", id="fr-nasr"),
    ],
)
def test_the_group_s_name_spelt_nasr_names_the_listed_group(text):
    people, bodies = found_of(text)
    assert people == [] and "Group for the Support of Islam and Muslims" in bodies
