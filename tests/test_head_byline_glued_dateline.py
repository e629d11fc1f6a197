"""Page head: a dateline in capitals glued to the writer's name of the byline opening its line
("By Jane RoeKINSHASA — ...", "Por Juan PérezBOGOTÁ (EFE) — ...") is read apart: the byline gives
the author, the dateline its place, and the lead is body (its quotes and speakers unchanged,
the writer no person of the story). Every text is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


@pytest.mark.parametrize(
    "text, author, dateline, speaker",
    [
        pytest.param("Patrol attacked near Beni\n\nBy Jane RoeKINSHASA — The spokesman Paul Kamau said the camp at Beni was calm.",
                     "Jane Roe", "Kinshasa", "Paul Kamau", id="en-by"),
        pytest.param("Atacan una patrulla cerca de Beni\n\nPor Juan PérezBOGOTÁ (EFE) — El ministro Carlos Ruiz dijo que la frontera sigue cerrada.",
                     "Juan Pérez", "Bogotá", "Carlos Ruiz", id="es-por-agency"),
        pytest.param("Une patrouille attaquée près de Beni\n\nPar Marie DupontBANGUI, 5 mars - Le porte-parole Paul Kamau a déclaré que le camp était calme.",
                     "Marie Dupont", "Bangui", "Paul Kamau", id="fr-par-comma-date"),
    ],
)
def test_a_dateline_glued_to_the_byline_is_read_apart(text, author, dateline, speaker):
    extraction = extract(text, None)
    assert extraction.fields.get("authors") == [author], extraction.fields
    assert extraction.fields.get("dateline") == dateline, extraction.fields
    people = sorted(f.name for f in extraction.entities.values() if f.kind == "person")
    assert people == [speaker], people
    assert [q.speaker for q in extraction.quotes] == [speaker], extraction.quotes

