"""A feast's or a holy day's name of two words or more reads like a given name and a family
name ("Yom Kippur", "Eid al-Adha", "Yom Kipur"), as does the feast's greeting ("Eid Mubarak"):
it names a day, no person (vocabulary "feast_names"). A person whose given name is a feast's
first word ("Eid Haddad") stays a person. Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from actorcases import actors_of


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The offensive began on Yom Kippur, when most reservists were at home.", id="en-yom-kippur"),
        pytest.param("Durante Yom Kipur las patrullas de la FNUOD se redujeron.", id="es-yom-kipur"),
        pytest.param("On Eid al-Fitr the battalion shared a meal with the villagers of Naqoura.", id="en-eid"),
        pytest.param("Eid Mubarak greetings were painted on the wall of the camp's canteen.", id="en-eid-greeting"),
        pytest.param("Les Casques bleus ont souhaité Aïd Moubarak aux habitants de Tombouctou.", id="fr-eid-greeting"),
    ],
)
def test_a_feast_names_no_person(text):
    assert actors_of(text)[0] == []


@pytest.mark.parametrize(
    "text, person",
    [
        pytest.param("Eid Haddad said the convoy reached Tyre before noon.", "Eid Haddad", id="given-name"),
        pytest.param("Le lieutenant Eid Khoury a été blessé près de la Ligne bleue.", "Eid Khoury", id="after-rank"),
    ],
)
def test_a_person_named_like_a_feast_stays_a_person(text, person):
    assert actors_of(text)[0] == [person]
