"""A credit line closed by the button that follows its writer, kept by a copy of the page glued
to the name or a space after it ("Texte par :RFISuivre", "Texte par : Jean Dupont Suivre", "By
Jane Roe Follow"; vocabulary follow_buttons), credits the outlet or the writer without the
button's word; "Texte par :" is a writer's credit label. A word of the same spelling inside a
sentence credits no one, after a colon label without its colon stays ("Texto para Seguir"),
and a space after a one-word name is the writer's surname ("By Jane Follow"). Every page here is of our own making."""
from __future__ import annotations

import pytest

from headcases import HEADLINE, LEAD, MORE
from newsdossier.extract import extract


def _page(language: str, line: str) -> str:
    return "\n\n".join([HEADLINE[language], line, LEAD[language], MORE[language]])


@pytest.mark.parametrize("language, line, source, authors", [
    pytest.param("fr", "Texte par :RFISuivre", "Radio France Internationale", [], id="fr-outlet-glued"),
    pytest.param("fr", "Texte par :France 24Suivre", "France 24", [], id="fr-outlet-ending-on-digits"),
    pytest.param("fr", "Texte par : Jeanne Roux Suivre", "", ["Jeanne Roux"], id="fr-writer-spaced"),
    pytest.param("fr", "Texte par : Jeanne RouxSuivre", "", ["Jeanne Roux"], id="fr-writer-glued"),
    pytest.param("en", "By Jane Roe Follow", "", ["Jane Roe"], id="en-writer-follow"),
    pytest.param("es", "Por Ana GilSeguir", "", ["Ana Gil"], id="es-writer-seguir"),
])
def test_the_follow_button_is_no_part_of_the_credit(language, line, source, authors):
    fields = extract(_page(language, line)).fields
    assert (fields["source"] or "", fields["authors"]) == (source, authors)


@pytest.mark.parametrize("language, line", [
    pytest.param("fr", "Par la suite, la mission a décidé de Suivre", id="fr-sentence"),
    pytest.param("en", "By then the convoy had to Follow", id="en-sentence"),
])
def test_a_sentence_ending_on_the_word_credits_no_one(language, line):
    assert extract(_page(language, line)).fields["authors"] == []


@pytest.mark.parametrize("language, line, authors", [
    pytest.param("en", "By Jane Follow", ["Jane Follow"], id="en-surname-follow"),
    pytest.param("es", "Por Ana Seguir", ["Ana Seguir"], id="es-surname-seguir"),
])
def test_a_surname_spelled_as_the_button_stays_in_the_name(language, line, authors):
    assert extract(_page(language, line)).fields["authors"] == authors


@pytest.mark.parametrize("line", [
    pytest.param("Texto para Seguir", id="es-colon-label-without-colon"),
    pytest.param("Reporting Rules to Follow", id="en-colon-label-without-colon"),
])
def test_a_colon_label_without_its_colon_keeps_the_word(line):
    from newsdossier.segment import _break_glued_bylines
    assert _break_glued_bylines(line) == line
