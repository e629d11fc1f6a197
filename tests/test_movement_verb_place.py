"""A capitalised name after "à" (fr) or "a" (es) right after a verb of movement or of being
somewhere ("est arrivé à", "s'est rendu à", "basés à", "llegaron a") is a place, not a person;
after a verb that takes a person ("a dit à", "visitó a") it stays a person."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def _people(text: str) -> set[str]:
    return {f.name for f in extract(text).entities.values() if f.kind == "person"}


@pytest.mark.parametrize("text", [
    "Relève\n\nLa compagnie est arrivée à Moro Kalende jeudi après une longue route.",
    "Relève\n\nLe chef du contingent s'est rendu à Pilo Tandara pour voir les positions.",
    "Relève\n\nLes ingénieurs basés à Sako Bilenge ont réparé le pont avant la saison des pluies.",
    "Relevo\n\nLa compañía llegó a Moro Kalende el jueves después de un largo camino.",
    "Relevo\n\nLos ingenieros se trasladaron a Pilo Tandara para reparar el puente.",
])
def test_name_after_movement_verb_is_no_person(text):
    assert _people(text) == set()


@pytest.mark.parametrize("text, person", [
    ("Relève\n\nLe ministre a dit à Jean Dupont que le pont serait réparé.", "Jean Dupont"),
    ("Relève\n\nLe général a rendu visite à Jean Dupont jeudi.", "Jean Dupont"),
    ("Relevo\n\nEl ministro visitó a Juan Pérez el jueves en el hospital.", "Juan Pérez"),
])
def test_person_spoken_to_or_visited_stays_a_person(text, person):
    assert person in _people(text)
