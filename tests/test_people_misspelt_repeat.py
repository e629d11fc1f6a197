"""A full name printed again in the same article with its surname misspelt by one edit
("Todd Hawland" after "Todd Howland") is the same person; a surname too short, a given name
that differs, or surnames two edits apart are two people. Every sentence is written for the
test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def _people(text: str) -> set[str]:
    return {f.name for f in extract(text).entities.values() if f.kind == "person"}


@pytest.mark.parametrize(
    "text, person",
    [
        pytest.param("Geneva, 3 May 2024 - Mark Thornberry, the envoy, arrived on Monday. Mark Thornbery later told "
                     "reporters the talks would resume.", "Mark Thornberry", id="en-deleted-letter"),
        pytest.param("Bamako, 3 mai 2024 - Le colonel Pierre Lambertin a visité le camp. Selon Pierre Lamberitn, "
                     "la situation reste calme.", "Pierre Lambertin", id="fr-swapped-letters"),
        pytest.param("Madrid, 3 de mayo de 2024 - La ministra Lucía Carrasquilla viajó a Beirut. Lucía Carrasquila "
                     "dijo que el relevo se hará en junio. Carrasquilla volverá en julio.", "Lucía Carrasquilla",
                     id="es-doubled-letter"),
    ],
)
def test_misspelt_repeat_is_one_person(text: str, person: str) -> None:
    people = _people(text)
    assert person in people
    assert len(people) == 1


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Dakar, 3 mai 2024 - Moussa Diop et Moussa Diom ont reçu la médaille.", id="fr-short-surname"),
        pytest.param("London, 3 May 2024 - John Harrison and Jane Harrisen both spoke.", id="en-other-given-name"),
        pytest.param("London, 3 May 2024 - Anna Kowalczyk met Anna Kowalski on Monday.", id="en-two-edits"),
    ],
)
def test_different_people_stay_apart(text: str) -> None:
    assert len(_people(text)) == 2
