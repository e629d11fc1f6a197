"""A name right after a compass phrase of a distance ("30 km north of X", "au nord de X", "al
norte de X", "phía bắc X": vocabulary "place_prepositions"), or opened by an Arabic place
word ("Ras al-...", "Deir ...", "Kfar ...": vocabulary "place_opening_words"), is a place,
never a person; a person after "north of" in no such phrase is untouched. Every sentence is
written for the test."""
from __future__ import annotations

import pytest

from newsdossier.entities import find_in_sentence


def people(sentence: str, language: str) -> list[str]:
    return [f.name for f in find_in_sentence(sentence, language) if f.kind == "person"]


@pytest.mark.parametrize(
    "language, sentence, name",
    [
        pytest.param("en", "The convoy was ambushed on Tuesday about 30 km north of Tin Essako, the mission said.", "Tin Essako", id="en-north-of"),
        pytest.param("en", "Gunmen fired on a patrol some 12 km west of Ndassima Kouki on Monday.", "Ndassima Kouki", id="en-west-of"),
        pytest.param("fr", "La patrouille a été attaquée mardi à vingt kilomètres au nord de Ndassima Kouki, a indiqué la mission.", "Ndassima Kouki", id="fr-au-nord-de"),
        pytest.param("fr", "Le convoi a sauté sur une mine à 15 km au sud-ouest de Tin Essako.", "Tin Essako", id="fr-au-sud-ouest-de"),
        pytest.param("es", "El convoy fue atacado el martes a 20 kilómetros al norte de Ouadda Djallé, dijo la misión.", "Ouadda Djallé", id="es-al-norte-de"),
        pytest.param("vi", "Các binh sĩ bị phục kích hôm thứ Ba cách 20 km về phía bắc Tin Essako, phái bộ cho biết.", "Tin Essako", id="vi-phia-bac"),
        pytest.param("fr", "Des tirs ont visé mardi une position de la Finul à Ras al-Biyada, a indiqué la mission.", "Ras al-Biyada", id="fr-ras-al"),
        pytest.param("fr", "Des tirs ont visé mardi une position de la Finul à Deir Kifa, a indiqué la mission.", "Deir Kifa", id="fr-deir"),
        pytest.param("es", "Un dron lanzó una granada cerca de una posición de la FINUL en Kafer Kela, según la misión.", "Kafer Kela", id="es-kafer"),
    ],
)
def test_a_name_after_a_compass_phrase_or_opened_by_an_arabic_place_word_is_a_place(language, sentence, name):
    assert name not in people(sentence, language)


@pytest.mark.parametrize(
    "language, sentence, name",
    [
        pytest.param("en", "The commander, Jean Dupont, visited the base on Monday.", "Jean Dupont", id="en-person"),
        pytest.param("fr", "Le porte-parole Tal Becker a confirmé l'attaque mardi.", "Tal Becker", id="fr-tal-given-name"),
    ],
)
def test_a_person_stays_a_person(language, sentence, name):
    assert name in people(sentence, language)
