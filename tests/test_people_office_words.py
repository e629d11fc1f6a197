"""People: words of an office, of a body's long name or of a country's name are no part of a
person's name, and a place after a plural place word is no person. Sentences of our own."""
from __future__ import annotations

import pytest

from newsdossier.entities import find_in_sentence


def people(sentence: str, language: str) -> list[str]:
    return [f.name for f in find_in_sentence(sentence, language) if f.kind == "person"]


@pytest.mark.parametrize(
    "sentence, language, name",
    [
        pytest.param("The mission's Spokesperson and Head of Media and Public Relations Tomas Verhagen spoke on Monday.",
                     "en", "Tomas Verhagen", id="en-office-after-and"),
        pytest.param("Le ministre des Armées et des Anciens Combattants Karim Benali est arrivé.",
                     "fr", "Karim Benali", id="fr-office-after-et-des"),
        pytest.param("Elle a reçu le Lt-Colonel Marc Olinga au camp.", "fr", "Marc Olinga", id="fr-hyphenated-rank"),
        pytest.param("The convoy was led by Brig-Gen Ana Ruiz.", "en", "Ana Ruiz", id="en-hyphenated-rank"),
    ],
)
def test_office_words_before_a_name_are_not_the_name(sentence, language, name):
    assert people(sentence, language) == [name]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Un soldat de la Mission de paix pour la Consolidation du Congo a été blessé.", "fr", id="fr-body-country-end"),
        pytest.param("Hubo combates en la República Democrática de Congo durante la semana.", "es", id="es-country-variant"),
        pytest.param("Un soldado de la Misión Multidimensional Integrada de Paz llegó ayer.", "es", id="es-head-then-adjectives"),
        pytest.param("La patrulla circulaba entre las localidades de Kuba Dalam y Tindi.", "es", id="es-plural-place-word"),
        pytest.param("The patrol moved between the villages of Rako Mendi and Tolo.", "en", id="en-plural-place-word"),
    ],
)
def test_names_of_bodies_countries_and_places_are_no_people(sentence, language):
    assert people(sentence, language) == []


@pytest.mark.parametrize(
    "sentence, language, names",
    [
        pytest.param("Ban Ki-moon and Grace Anne Mwangi met in Nairobi.", "en", ["Ban Ki-moon", "Grace Anne Mwangi"], id="en-two-people"),
        pytest.param("Le président Paul Biya du Cameroun est arrivé.", "fr", ["Paul Biya"], id="fr-name-then-country"),
    ],
)
def test_people_joined_to_others_keep_their_names(sentence, language, names):
    assert people(sentence, language) == names


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Đặc phái viên của Tổng Thư ký về khu vực đã đến thăm đơn vị.", "vi", id="vi-title-last-syllable-lowercase"),
        pytest.param("La ministra se reunió con el embajador en el Parador de Cuenca.", "es", id="es-parador-venue"),
    ],
)
def test_titles_and_venues_are_no_people(sentence, language):
    assert people(sentence, language) == []


@pytest.mark.parametrize(
    "sentence, language, name",
    [
        pytest.param("El relevo fue para el italiano Gianluca del Col, según la prensa.", "es", "Gianluca del Col", id="es-del-then-title-abbreviation"),
        pytest.param("The new commander, Paola Del Col, arrived on Monday.", "en", "Paola Del Col", id="en-Del-then-title-abbreviation"),
        pytest.param("Giorgio Della Torre signed the agreement.", "en", "Giorgio Della Torre", id="en-della"),
        pytest.param("Corporal Md Karim Imam Sarker was buried in his village.", "en", "Karim Imam Sarker", id="en-md-imam"),
        pytest.param("Captain Lena K. Obi spoke to the troops.", "en", "Lena K. Obi", id="en-initial"),
        pytest.param("El capitán Tomás R. Vidal habló con la tropa.", "es", "Tomás R. Vidal", id="es-initial"),
    ],
)
def test_particles_title_words_and_initials_inside_names_stay(sentence, language, name):
    assert people(sentence, language) == [name]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("MINUSCA Force Commander Maj. Gen. Paul Okeke said the road was open.", "en", id="en-force-commander-rank"),
        pytest.param("The UNMISS Deputy Force Commander spoke at the parade.", "en", id="en-deputy-force-commander"),
    ],
)
def test_a_role_ending_in_a_title_is_no_organisation(sentence, language):
    found = find_in_sentence(sentence, language)
    assert not [f.name for f in found if f.kind == "organisation" and "Commander" in f.name]
