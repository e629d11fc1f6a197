"""A body no reference data lists, named by spelling out an acronym before it in brackets
("the Union for Peace in the Central African Republic (UPC)"): the name is one body, and the
acronym names it for the rest of the article. A thing's name spelt out so (no body's head word)
is no body. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def bodies_of(text: str) -> dict[str, list[str]]:
    return {e.name: e.surfaces for e in extract(text, None).entities.values() if e.kind == "organisation"}


@pytest.mark.parametrize(
    "text, body, acronym",
    [
        pytest.param("Bria, 8 March 2026\n\nThe Movement for the Defence of the Northern Valleys (MDNV) seized the bridge. "
                     "Two days later the MDNV gave it back.",
                     "Movement for the Defence of the Northern Valleys", "MDNV", id="en-movement"),
        pytest.param("Bria, 8 mars 2026\n\nLe Front uni pour la libération des collines (FULC) a pris le pont. "
                     "Deux jours plus tard, le FULC l'a rendu.",
                     "Front uni pour la libération des collines", "FULC", id="fr-front"),
        pytest.param("Bria, 8 de marzo de 2026\n\nLa Alianza Popular de los Valles del Norte (APVN) tomó el puente. "
                     "Dos días después, la APVN lo devolvió.",
                     "Alianza Popular de los Valles del Norte", "APVN", id="es-alianza"),
        pytest.param("Bria, 8 March 2026\n\nThe Union for Renewal in the Central African Republic (URC) seized the bridge. "
                     "Later the URC gave it back.",
                     "Union for Renewal in the Central African Republic", "URC", id="en-letters-end-before-the-name"),
    ],
)
def test_a_spelt_out_acronym_names_its_body_in_the_whole_article(text, body, acronym):
    bodies = bodies_of(text)
    assert body in bodies, bodies
    assert acronym in bodies[body], bodies
    assert len(bodies) == 1, bodies


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Gao, 8 March 2026\n\nAn Improvised Explosive Device (IED) struck the convoy north of the town.", id="en-ied"),
        pytest.param("Gao, 8 mars 2026\n\nLa Protection des Civils (PDC) reste au coeur du mandat.", id="fr-concept"),
    ],
)
def test_a_thing_spelt_out_before_its_acronym_is_no_body(text):
    assert not bodies_of(text)
