"""Sentences whose full stop is glued to the next one, the space lost where a page's lines were
run together ("no one was hurt.The mission said..."), are two sentences: each quotation gets
its own speaker instead of the first sentence's speaker taking both. A domain, an
abbreviation, an acronym written with stops or a closing quotation mark keeps its place.
Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract
from newsdossier.text import split_sentences


@pytest.mark.parametrize(
    "text, speakers",
    [
        pytest.param("Army spokesman Paul Moreau said the convoy was hit near the bridge.UNIFIL said on Monday that "
                     "its patrol had returned to base.", ["Paul Moreau", "UNIFIL"], id="en"),
        pytest.param("Le porte-parole de l'armée, Paul Moreau, a déclaré que le convoi avait été touché près du pont.La FINUL "
                     "a indiqué lundi que sa patrouille était rentrée à la base.", ["Paul Moreau", "UNIFIL"], id="fr"),
        pytest.param("El portavoz del ejército, Paul Moreau, dijo que el convoy fue alcanzado cerca del puente.La FINUL "
                     "informó el lunes que su patrulla había regresado a la base.", ["Paul Moreau", "UNIFIL"], id="es"),
        pytest.param("Ông Paul Moreau cho biết đoàn xe bị trúng đạn gần cây cầu.UNIFIL cho biết đội tuần tra đã trở về căn cứ.",
                     ["Paul Moreau", "UNIFIL"], id="vi"),
    ],
)
def test_each_glued_sentence_has_its_own_speaker(text, speakers):
    assert [q.speaker for q in extract(text, None).quotes] == speakers


@pytest.mark.parametrize(
    "text, parts",
    [
        pytest.param("No one was hurt.The mission said so.", ["No one was hurt.", "The mission said so."], id="stop"),
        pytest.param('It fired over the patrol."One burst was fired," it said.',
                     ["It fired over the patrol.", '"One burst was fired," it said.'], id="opening-mark"),
        pytest.param('He said "we left."The army said so.', ['He said "we left."', "The army said so."], id="closing-mark"),
        pytest.param("Read more at allafrica.com/Stories today.", ["Read more at allafrica.com/Stories today."], id="domain"),
        pytest.param("Gen.Smith spoke to the troops.", ["Gen.Smith spoke to the troops."], id="abbreviation"),
        pytest.param("Troops of the U.S.Army left.", ["Troops of the U.S.Army left."], id="acronym"),
        pytest.param("They wrote to jane.Doe@example.org at once.", ["They wrote to jane.Doe@example.org at once."], id="e-mail"),
    ],
)
def test_split_sentences_cuts_at_a_glued_full_stop_only(text, parts):
    assert split_sentences(text) == parts
