"""A preposition printed in title case in the middle of a sentence ("heard Bintou Keita On
Congo") joins no name: the person's name ends before it, and the place after it is no part of
the name. Name particles and connectors ("Anna van der Berg", "Hélène de la Rosière") still
join. Every sentence is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def _people(text: str) -> set[str]:
    return {e.name for e in extract(text).entities.values() if e.kind == "person"}


@pytest.mark.parametrize(
    "text, person",
    [
        pytest.param("New York, 4 May 2022 - The Council heard Amina Toure On Congo and the fighting near Goma.",
                     "Amina Toure", id="en-on-congo"),
        pytest.param("New York, 4 May 2022 - Reporters questioned Peter Halvorsen About Congo after the briefing.",
                     "Peter Halvorsen", id="en-about-congo"),
        pytest.param("New York, 4 May 2022 - A letter from Peter Halvorsen For Congo was read to the Council.",
                     "Peter Halvorsen", id="en-for-congo"),
        pytest.param("Madrid, 4 de mayo de 2022 - El Consejo escuchó a Lucía Ferrer Sobre Congo y la crisis de Ituri.",
                     "Lucía Ferrer", id="es-sobre-congo"),
    ],
)
def test_a_title_case_preposition_ends_the_name(text, person):
    people = _people(text)
    assert person in people
    assert not any(p != person and p.startswith(person) for p in people)


@pytest.mark.parametrize(
    "text, person",
    [
        pytest.param("The Hague, 4 May 2022 - Anna van der Berg told the Council the mission would stay.",
                     "Anna van der Berg", id="en-particles"),
        pytest.param("Paris, 4 mai 2022 - Hélène de la Rosière a salué le travail des casques bleus.",
                     "Hélène de la Rosière", id="fr-particles"),
    ],
)
def test_name_particles_still_join(text, person):
    assert person in _people(text)
