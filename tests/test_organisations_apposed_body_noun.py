"""A name set off by an apposition that calls it a body ("Insecurity Insight, a Swiss NGO,",
"SITE, une ONG américaine", "Médicos del Mundo, una organización humanitaria") is an
organisation, named as printed, whatever its words (an acronym no list holds too); not a
person. The apposition opens with the indefinite article, holds at most three words before
the body's noun (vocabulary "apposed_body_nouns"), none a function word; in English no noun
follows the noun. A person described so stays a person ("a member of the organisation", "an
NGO worker", "a UN agency official"). Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from actorcases import actors_of


@pytest.mark.parametrize(
    "text, body",
    [
        pytest.param("According to Harbour Watch, a Swiss NGO, attacks on convoys rose last year.", "Harbour Watch", id="en-name"),
        pytest.param("The count comes from Field Relief, an NGO based in Nairobi, which tracks the camps.", "Field Relief", id="en-based"),
        pytest.param("According to ACMW, a Kenyan non-profit, the patrols stopped in May.", "ACMW", id="en-acronym"),
        pytest.param("Selon le site de SIRA, une ONG américaine spécialisée dans le suivi des groupes armés, l'attaque a fait trois morts.",
                     "SIRA", id="fr-acronym"),
        pytest.param("Según Médicos del Mundo, una organización humanitaria, faltan medicinas en el campo.", "Médicos del Mundo", id="es-name"),
    ],
)
def test_a_name_called_a_body_by_its_apposition_is_an_organisation(text, body):
    people, organisations = actors_of(text)
    assert body in organisations and body not in people


@pytest.mark.parametrize(
    "text, person",
    [
        pytest.param("John Smith, a member of the organisation, said the patrol left at dawn.", "John Smith", id="member-of"),
        pytest.param("Mary Brown, an NGO worker, was injured in the attack on the camp.", "Mary Brown", id="worker"),
        pytest.param("Maria Lopez, a UN agency official, said the convoy was delayed.", "Maria Lopez", id="official"),
    ],
)
def test_a_person_described_by_a_body_stays_a_person(text, person):
    assert person in actors_of(text)[0]
