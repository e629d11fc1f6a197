"""A short line of HTML left in a copied page (a comment widget's credit with its link's
attribute, "... target='_blank'>...") is page furniture: the capitalised words around the
markup name no person. A paragraph of prose with a tag left in it is longer and stays text.
Every page here is of our own making."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def people(text: str) -> set[str]:
    return {f.name for f in extract(text).entities.values() if f.kind == "person"}


@pytest.mark.parametrize(
    "text, name",
    [
        pytest.param("Deux casques bleus blessés\n\nDeux casques bleus ont été blessés lundi près de Bunia, a indiqué Marie Kabila.\n\n"
                     "Application de VVotes' target='_blank'>VVotes\n", "VVotes", id="fr-widget-credit"),
        pytest.param("Two peacekeepers hurt\n\nTwo peacekeepers were hurt on Monday near Bunia, Mary Kabila said.\n\n"
                     "Comments powered by Jolly Tern' rel='nofollow'>Jolly Tern\n", "Jolly Tern", id="en-widget-credit"),
        pytest.param("Dos cascos azules heridos\n\nDos cascos azules resultaron heridos el lunes cerca de Bunia, dijo María Kabila.\n\n"
                     "<a href='/foro'>Foro Pepe Grillo</a>\n", "Pepe Grillo", id="es-link-tag"),
    ],
)
def test_a_markup_line_names_no_person(text, name):
    found = people(text)
    assert not any(name in n for n in found) and len(found) == 1


def test_a_paragraph_with_a_tag_left_in_it_stays_text():
    text = ("Two peacekeepers hurt\n\nTwo peacekeepers were hurt on Monday near Bunia, the mission's spokesperson "
            "Mary Kabila said<br> in a statement, adding that both were flown to the mission's hospital in Goma for "
            "treatment and that an inquiry had been opened into the attack on their convoy.\n")
    assert "Mary Kabila" in people(text)


@pytest.mark.parametrize(
    "line, name",
    [
        pytest.param("<img src=x> The patrol led by <a href='/p/1'>Captain Omar Diallo</a> reached Juba.", "Omar Diallo",
                     id="en-short-sentence"),
        pytest.param("<b>La patrouille</b> du <a href='/p/2'>capitaine Omar Diallo</a> est arrivée à Juba.", "Omar Diallo",
                     id="fr-short-sentence"),
    ],
)
def test_a_short_sentence_with_tags_left_in_it_stays_text(line, name):
    text = "Patrol reaches Juba\n\n" + line + "\n"
    assert any(name in n for n in people(text))
