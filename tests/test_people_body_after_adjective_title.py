"""A title that is an everyday adjective too ("General", "Major", "Private", "Chief") opens
bodies' names ("General Security", "General Staff", "Private Security"): the everyday noun after
it is no surname naming again a run of dictionary words ("State Security", "Joint Staff") as a
person. A surname after an unambiguous rank still does ("Pedro León" ... "el coronel León").
Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def people_of(text: str) -> list[str]:
    """The names of the people the extraction keeps for a text, sorted."""
    return sorted(e.name for e in extract(text, None).entities.values() if e.kind == "person")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Guests came from the army, State Security, General Security and the town halls.", id="security-list"),
        pytest.param("The Joint Staff met on Monday. General Staff officers joined them later.", id="staff"),
        pytest.param("Guards from Border Security and Private Security firms watched the gates.", id="private"),
    ],
)
def test_a_body_after_an_adjective_title_names_no_person_again(text):
    assert people_of(text) == []


@pytest.mark.parametrize(
    "text, person",
    [
        pytest.param("Pedro León llegó a la base. Después, el coronel León saludó a las tropas.", "Pedro León", id="es-coronel"),
        pytest.param("Ana Rosa joined the unit in May. Later, Colonel Rosa thanked the nurses.", "Ana Rosa", id="en-colonel"),
    ],
)
def test_a_surname_after_a_rank_still_names_the_person_again(text, person):
    assert people_of(text) == [person]
