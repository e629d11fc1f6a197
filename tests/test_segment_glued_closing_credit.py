"""A wire story's closing credit in brackets glued to the last sentence of a paragraph ("...
urged restraint. (Reporting by Jane Roe; Editing by Tom Ashby)"), not on a line of its own,
names the story's writers as the same credit alone on its line does; an editor's name is no
writer's, and a bracket of another kind closing a paragraph ("(the army said)") names none.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from newsdossier.extract import extract

_PAGE = {
    "en": ("Peacekeepers stay in their positions", "BEIRUT, Jan 28 (Reuters) - The peacekeeping mission said on Friday that its troops would stay in all their positions.",
           "The force urged restraint on both sides."),
    "fr": ("Les casques bleus restent sur leurs positions", "BEYROUTH, 28 jan (Reuters) - La mission de paix a annoncé vendredi que ses troupes resteraient sur toutes leurs positions.",
           "La force a appelé les deux camps à la retenue."),
    "es": ("Los cascos azules se quedan en sus posiciones", "BEIRUT, 28 ene (Reuters) - La misión de paz anunció el viernes que sus tropas seguirán en todas sus posiciones.",
           "La fuerza pidió moderación a ambas partes."),
}


@pytest.mark.parametrize(("language", "credit", "authors"), [
    ("en", "(Reporting by Jane Roe; Editing by Tom Ashby)", ["Jane Roe"]),
    ("en", "(Reporting by Jane Roe in Harbourton; additional reporting by Max Poe; Editing by Tom Ashby)", ["Jane Roe", "Max Poe"]),
    ("fr", "(Rédigé par Jeanne Roux, édité par Paul Morel)", ["Jeanne Roux"]),
    ("es", "(Reportaje de Juana Ruiz; editado en español por Pablo Mora)", ["Juana Ruiz"]),
])
def test_a_closing_credit_glued_to_the_last_sentence_names_the_writers(language, credit, authors):
    headline, lead, last = _PAGE[language]
    assert extract(f"{headline}\n{lead}\n{last} {credit}\n").fields["authors"] == authors


def test_a_bracket_of_another_kind_closing_a_paragraph_names_no_writer():
    headline, lead, last = _PAGE["en"]
    assert extract(f"{headline}\n{lead}\n{last} (The army gave no toll.)\n").fields["authors"] == []
