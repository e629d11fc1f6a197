"""The joiners of an outlet's name and the links between a UN force's noun and the words
describing it as the UN's stand in the reference's vocabulary, not in the code: each list is
there, and what is built from it still reads what it read with the words written in. Every
line is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import _force_description_pattern, _name_after
from newsdossier.reference import reference
from vocabcases import assert_word_list
from newsdossier.text import fold


def test_the_outlet_name_joiners_stand_in_the_vocabulary():
    assert_word_list(reference().vocabulary, "outlet_name_joiners")


@pytest.mark.parametrize("key, language", [
    pytest.param("force_description_links", "en", id="links-en"),
    pytest.param("force_description_article_links", "fr", id="article-links-fr"),
    pytest.param("force_description_article_links", "es", id="article-links-es"),
    pytest.param("force_description_article_links", "vi", id="article-links-vi"),
])
def test_the_force_links_stand_in_the_vocabulary_per_language(key, language):
    assert_word_list(reference().vocabulary, key, language)


@pytest.mark.parametrize("text, name", [
    pytest.param("Voice of the Delta said", "Voice of the Delta", id="en-of-the"),
    pytest.param("Le Courrier des Grands Lacs a", "Le Courrier des Grands Lacs", id="fr-des"),
    pytest.param("La Voz del Litoral dijo", "La Voz del Litoral", id="es-del"),
    pytest.param("Harbour & Coast News said", "Harbour & Coast News", id="ampersand"),
    pytest.param("Eco di Roma ha", "Eco di Roma", id="di"),
    pytest.param("Voice of the", "Voice", id="joiners-at-the-end-left-out"),
    pytest.param("Voice with Delta", "Voice", id="not-a-joiner"),
])
def test_the_name_after_a_phrase_keeps_its_joiners(text, name):
    assert _name_after(text, 0) == name


@pytest.mark.parametrize("text, described", [
    pytest.param("the force of the UN", True, id="en-of-the"),
    pytest.param("the force of UN", True, id="en-of"),
    pytest.param("la force de l'ONU", True, id="fr-de-l"),
    pytest.param("la force des Nations unies", True, id="fr-des"),
    pytest.param("la fuerza interina de la ONU", True, id="es-de-la"),
    pytest.param("la fuerza del ONU", True, id="es-del"),
    pytest.param("lực lượng của LHQ", True, id="vi-cua"),
    pytest.param("las fuerzas de un país", False, id="es-un-is-an-article"),
    pytest.param("the force in the UN", False, id="other-link"),
])
def test_a_force_described_as_the_uns(text, described):
    assert (_force_description_pattern().search(fold(text)) is not None) is described
