"""Country names that are something else in the sentence (a person's name, a river, a
currency, a region) and country names the gazetteer missed (a former name, a name shared with
the capital, two countries joined by a hyphen). Every sentence is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.entities import find_in_sentence


def countries(sentence: str, language: str) -> list[str]:
    return sorted({f.name for f in find_in_sentence(sentence, language) if f.kind == "country"})


@pytest.mark.parametrize(("language", "sentence", "expected"), [
    pytest.param("en", "He commanded a company in Zaire before the war.", ["Democratic Republic of the Congo"], id="en-zaire"),
    pytest.param("fr", "Il avait servi au Zaïre dans les années 1980.", ["Democratic Republic of the Congo"], id="fr-zaire"),
    pytest.param("es", "Su padre había combatido en Zaire en 1978.", ["Democratic Republic of the Congo"], id="es-zaire"),
    pytest.param("en", "The old map still shows Upper Volta and Dahomey.", ["Benin", "Burkina Faso"], id="en-upper-volta-dahomey"),
    pytest.param("fr", "La Haute-Volta a envoyé des observateurs.", ["Burkina Faso"], id="fr-haute-volta"),
    pytest.param("es", "Los médicos llegaron de Ceilán por barco.", ["Sri Lanka"], id="es-ceilan"),
    pytest.param("vi", "Đoàn sĩ quan từng công tác tại Miến Điện.", ["Myanmar"], id="vi-mien-dien"),
    pytest.param("vi", "Tiểu đoàn Bờ Biển Ngà đã hoàn thành nhiệm vụ.", ["Ivory Coast"], id="vi-bo-bien-nga"),
])
def test_a_former_or_vietnamese_name_is_the_country(language, sentence, expected):
    assert countries(sentence, language) == expected


@pytest.mark.parametrize(("language", "sentence", "expected"), [
    pytest.param("en", "Nine soldiers from Guatemala joined the observers.", ["Guatemala"], id="en-guatemala"),
    pytest.param("fr", "Le contingent est rentré au Guatemala samedi.", ["Guatemala"], id="fr-guatemala"),
    pytest.param("es", "Las tropas de Panamá y de México llegaron ayer.", ["Mexico", "Panama"], id="es-panama-mexico"),
    pytest.param("fr", "Un avion du Koweït a livré des vivres.", ["Kuwait"], id="fr-koweit"),
])
def test_a_name_a_country_shares_with_its_capital_is_the_country(language, sentence, expected):
    assert countries(sentence, language) == expected


def test_a_name_shared_with_a_city_that_is_no_capital_stays_unresolved():
    assert countries("Shelling resumed in Gaza on Monday.", "en") == []


@pytest.mark.parametrize(("language", "sentence", "expected"), [
    pytest.param("en", "Corporal Chad Morrison, a medic from Canada, was hurt.", ["Canada"], id="en-corporal-chad"),
    pytest.param("en", "Sergeant Jordan Whitaker of Fiji led the patrol.", ["Fiji"], id="en-sergeant-jordan"),
    pytest.param("en", "Captain Georgia Lewis briefed the Nepali officers.", ["Nepal"], id="en-captain-georgia"),
    pytest.param("es", "Resultaron heridos el cabo Roque Francia y un soldado de Perú.", ["Peru"], id="es-cabo-roque-francia"),
    pytest.param("es", "El sargento Adrián Chile fue evacuado a Goma.", [], id="es-sargento-adrian-chile"),
    pytest.param("fr", "Le caporal Paul Gabon a été blessé au Liban.", ["Lebanon"], id="fr-caporal-paul-gabon"),
    pytest.param("en", "Michael Jordan sent shoes to a school in Uganda.", ["Uganda"], id="en-michael-jordan"),
])
def test_a_country_word_in_a_persons_name_is_no_country(language, sentence, expected):
    assert countries(sentence, language) == expected


@pytest.mark.parametrize(("language", "sentence", "expected"), [
    pytest.param("en", "Chad Niger Cameroon and Nigeria met in Abuja.", ["Cameroon", "Chad", "Niger", "Nigeria"], id="en-list-without-commas"),
    pytest.param("es", "El Salvador y Chile enviarán tropas.", ["Chile", "El Salvador"], id="es-alone"),
])
def test_a_country_after_a_place_or_alone_stays_the_country(language, sentence, expected):
    assert countries(sentence, language) == expected
