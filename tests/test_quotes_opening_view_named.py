"""Quotes: a sentence opened by "pour"/"para", a person's role and name, then their view in
quotation marks ("Pour l'acteur de la société civile, X, « ... »") gives that person's words,
however long the phrase of the role. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def speakers_of(text: str) -> list[str]:
    return [q.speaker for q in extract(text, None).quotes]


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("Pour l’acteur de la société civile, Jean-Claude Katende, « au lieu de tirer sur les manifestants, le "
                     "gouvernement doit parler avec eux ».", "Jean-Claude Katende", id="fr-role-then-name"),
        pytest.param("Pour l'activiste Paul Kasongo, « la population veut des réponses rapides de la mission ».", "Paul Kasongo",
                     id="fr-role-word-before-name"),
        pytest.param("Para la dirigente vecinal Ana Quispe, “la misión debe escuchar a los barrios antes de actuar”.", "Ana Quispe",
                     id="es-para"),
    ],
)
def test_the_person_of_the_opening_phrase_gives_the_view(text, speaker):
    assert speakers_of(text) == [speaker]


def test_an_opening_purpose_with_a_name_and_no_quotation_is_no_view():
    assert speakers_of("Pour rencontrer le ministre Paul Kasongo, la délégation a voyagé deux jours.") == []
