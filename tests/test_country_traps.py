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
    pytest.param("es", "El cabo Ramiro Francia y un soldado de Perú quedaron en la base.", ["Peru"], id="es-cabo-ramiro-francia"),
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


@pytest.mark.parametrize(("language", "sentence", "expected"), [
    pytest.param("en", "Barges carry rice up the Niger River to Mopti.", [], id="en-niger-river"),
    pytest.param("en", "Fishermen on the River Niger saw the convoy pass.", [], id="en-river-niger"),
    pytest.param("en", "Farmers around Lake Chad fled to Cameroon.", ["Cameroon"], id="en-lake-chad"),
    pytest.param("fr", "Des pirogues remontent le fleuve Niger jusqu'à Gao.", [], id="fr-fleuve-niger"),
    pytest.param("fr", "Les pêcheurs du lac Tchad ont fui vers le Niger.", ["Niger"], id="fr-lac-tchad"),
    pytest.param("es", "Las lanchas remontan el río Níger hasta Mopti.", [], id="es-rio-niger"),
    pytest.param("es", "Los pescadores de la cuenca del lago Chad huyeron.", [], id="es-cuenca-lago-chad"),
    pytest.param("vi", "Thuyền chở lúa ngược sông Niger tới Mopti.", [], id="vi-song-niger"),
])
def test_a_river_or_lake_named_after_a_country_is_no_country(language, sentence, expected):
    assert countries(sentence, language) == expected


@pytest.mark.parametrize(("language", "sentence", "expected"), [
    pytest.param("en", "Local staff are paid in South Sudanese pounds.", [], id="en-south-sudanese-pounds"),
    pytest.param("en", "A bag of maize costs 900 Kenya shillings in Juba.", [], id="en-kenya-shillings"),
    pytest.param("fr", "Les salaires sont versés en livres sud-soudanaises.", [], id="fr-livres-sud-soudanaises"),
    pytest.param("es", "Los sueldos se pagan en libras sursudanesas.", [], id="es-libras-sursudanesas"),
    pytest.param("vi", "Lương được trả bằng đồng bảng Nam Sudan.", [], id="vi-dong-bang-nam-sudan"),
])
def test_a_currency_named_after_a_country_is_no_country(language, sentence, expected):
    assert countries(sentence, language) == expected


@pytest.mark.parametrize(("language", "sentence", "expected"), [
    pytest.param("vi", "Tàu hộ vệ tuần tra trên Ấn Độ Dương.", [], id="vi-an-do-duong"),
    pytest.param("vi", "Ấn Độ cử thêm một tiểu đoàn.", ["India"], id="vi-an-do-alone"),
])
def test_the_indian_ocean_in_vietnamese_is_no_country(language, sentence, expected):
    assert countries(sentence, language) == expected


@pytest.mark.parametrize(("language", "sentence", "expected"), [
    pytest.param("en", "The camp lies near the Mali-Algeria border.", ["Algeria", "Mali"], id="en-mali-algeria"),
    pytest.param("fr", "La base est proche de la frontière Mali-Algérie.", ["Algeria", "Mali"], id="fr-mali-algerie"),
    pytest.param("es", "La base está cerca de la frontera Malí-Argelia.", ["Algeria", "Mali"], id="es-mali-argelia"),
    pytest.param("vi", "Căn cứ nằm gần biên giới Mali-Algeria.", ["Algeria", "Mali"], id="vi-mali-algeria"),
    pytest.param("en", "The Israel-Hezbollah war reached the villages.", ["Israel"], id="en-country-and-body"),
    pytest.param("es", "La guerra Israel-Hamás se extendió.", ["Israel"], id="es-country-and-body"),
])
def test_two_countries_joined_by_a_hyphen_are_both_named(language, sentence, expected):
    assert countries(sentence, language) == expected


@pytest.mark.parametrize(("language", "sentence", "expected"), [
    pytest.param("es", "Tras la Reunión Ministerial de Mantenimiento de la Paz, los delegados viajaron a Perú.", ["Peru"],
                 id="es-la-reunion-ministerial"),
    pytest.param("fr", "Après la Réunion Ministérielle de Londres, les délégués sont partis au Mali.", ["Mali"],
                 id="fr-la-reunion-ministerielle"),
])
def test_a_common_word_in_a_title_case_name_is_no_place(language, sentence, expected):
    assert countries(sentence, language) == expected


@pytest.mark.parametrize(("language", "sentence", "expected"), [
    pytest.param("fr", "Des renforts sont partis de La Réunion vers Mayotte.", ["Mayotte", "Réunion"], id="fr-la-reunion-island"),
    pytest.param("es", "El buque zarpó de La Reunión hacia Madagascar.", ["Madagascar", "Réunion"], id="es-la-reunion-island"),
    pytest.param("en", "Niger and Chad sent troops to the Niger Delta talks.", ["Chad", "Niger"], id="en-niger-before-delta"),
])
def test_the_island_and_the_country_named_alone_stay_places(language, sentence, expected):
    assert countries(sentence, language) == expected


@pytest.mark.parametrize(("language", "sentence", "expected"), [
    pytest.param("vi", "Quân đội Pháp đã rút khỏi căn cứ vào tháng Tám.", ["France"], id="vi-quan-doi-phap"),
    pytest.param("vi", "Chính phủ Nga và lực lượng Mỹ đều lên tiếng.", ["Russia", "United States"], id="vi-chinh-phu-nga-luc-luong-my"),
    pytest.param("vi", "Tổng thống Pháp Jean Dupont đã thăm doanh trại.", ["France"], id="vi-tong-thong-phap"),
])
def test_a_one_syllable_vietnamese_name_after_a_states_noun_is_the_country(language, sentence, expected):
    assert countries(sentence, language) == expected


@pytest.mark.parametrize(("language", "sentence"), [
    pytest.param("vi", "Chị dạy tiếng Pháp cho binh sĩ nước sở tại.", id="vi-tieng-phap-a-language"),
    pytest.param("vi", "Thượng tá Đức phát biểu tại buổi lễ.", id="vi-thuong-ta-duc-a-person"),
    pytest.param("vi", "Quân đội Anh Tuấn dẫn đầu đoàn xe.", id="vi-name-goes-on"),
])
def test_a_one_syllable_vietnamese_name_elsewhere_is_no_country(language, sentence):
    assert countries(sentence, language) == []


@pytest.mark.parametrize(("language", "sentence", "expected"), [
    pytest.param("fr", "Le bataillon compte des soldats du Gabon, du Congo et de la RDC.",
                 ["Democratic Republic of the Congo", "Gabon", "Republic of the Congo"], id="fr-congo-beside-rdc"),
    pytest.param("en", "Officers from Congo and the DRC shared the camp.",
                 ["Democratic Republic of the Congo", "Republic of the Congo"], id="en-congo-beside-drc"),
    pytest.param("es", "Llegaron tropas del Congo-Brazzaville y del Congo.",
                 ["Democratic Republic of the Congo", "Republic of the Congo"], id="es-congo-beside-brazzaville"),
    pytest.param("es", "Un herido fue trasladado a Bunia (Congo) el martes.", ["Democratic Republic of the Congo"],
                 id="es-congo-beside-its-city"),
    pytest.param("fr", "Le convoi a quitté Pointe-Noire, au Congo, lundi.", ["Republic of the Congo"], id="fr-congo-beside-its-city"),
])
def test_a_bare_congo_beside_one_congo_is_the_other(language, sentence, expected):
    assert countries(sentence, language) == expected


@pytest.mark.parametrize(("language", "sentence"), [
    pytest.param("es", "El soldado murió en una misión de paz en el Congo.", id="es-congo-alone"),
    pytest.param("en", "The Congo River rose by two metres.", id="en-congo-river"),
])
def test_a_bare_congo_alone_names_neither(language, sentence):
    assert countries(sentence, language) == []


@pytest.mark.parametrize(("language", "sentence", "expected"), [
    pytest.param("en", "A Qatar Airways jet flew the wounded to Nairobi.", [], id="en-qatar-airways"),
    pytest.param("es", "Viajaron en un vuelo de Ethiopian Airlines hasta Goma.", [], id="es-ethiopian-airlines"),
    pytest.param("en", "The contingent flew home on Emirates Airline last week.", [], id="en-emirates-airline"),
    pytest.param("fr", "Les blessés sont rentrés par Air Burkina samedi.", [], id="fr-air-burkina"),
])
def test_a_country_word_in_an_airlines_name_is_no_country(language, sentence, expected):
    assert countries(sentence, language) == expected


def test_an_airlines_name_is_an_organisation():
    found = {f.name: f.kind for f in find_in_sentence("A Kenya Airways jet flew the wounded to Nairobi.", "en")}
    assert found.get("Kenya Airways") == "organisation"


@pytest.mark.parametrize(("language", "sentence", "compound", "expected"), [
    pytest.param("en", "The India-Pakistan talks resumed in the capital.", "India-Pakistan", ["India", "Pakistan"], id="en-two-countries"),
    pytest.param("fr", "Le conflit Russie-Ukraine inquiète les casques bleus.", "Russie-Ukraine", ["Russia", "Ukraine"], id="fr-two-countries"),
    pytest.param("fr", "La guerre Israël-Hezbollah a gagné les villages.", "Israël-Hezbollah", ["Israel"], id="fr-country-and-body"),
    pytest.param("es", "Las tensiones Colombia-Venezuela preocupan a la misión.", "Colombia-Venezuela", ["Colombia", "Venezuela"], id="es-two-countries"),
    pytest.param("es", "Firmaron un acuerdo franco-estadounidense en la sede.", "franco-estadounidense", ["France", "United States"], id="es-compound-demonym"),
])
def test_two_names_joined_by_a_hyphen_are_no_alias_of_either(language, sentence, compound, expected):
    """Each country of a hyphenated pair is named, but the pair as printed names two things:
    it is no alias of either (registry.merge_actor writes no `local` form into aliases). Each
    is found by its own part of the pair as printed ("India" of "India-Pakistan"): two known
    names joined by a hyphen are cut into the two (entities.split_compounds)."""
    from ruamel.yaml.comments import CommentedSeq

    from newsdossier.registry import Registry, merge_actor

    found = [f for f in find_in_sentence(sentence, language) if f.kind == "country"]
    assert sorted(f.name for f in found) == expected
    actors = Registry(CommentedSeq())
    for f in found:
        # the sentence is still found by the form it prints: the country's own part of the pair
        assert f.surfaces and all(surface in compound and surface in sentence for surface in f.surfaces)
        merge_actor(actors, f)
    assert all(compound not in (entry.get("aliases") or []) for entry in actors.entries)


@pytest.mark.parametrize(("sentence", "expected"), [
    pytest.param("Deployment resumes in S Sudan after the rains.", ["South Sudan"], id="s-sudan"),
    pytest.param("S. Sudan reopens its northern border.", ["South Sudan"], id="s-dot-sudan"),
    pytest.param("Envoys of N Korea and S Korea met at the border.", ["North Korea", "South Korea"], id="n-and-s-korea"),
    pytest.param("The envoy from Sudan met Mr S Kumar.", ["Sudan"], id="initial-of-a-person-elsewhere"),
    pytest.param("Sudan and South Sudan signed the protocol.", ["South Sudan", "Sudan"], id="both-written-whole"),
])
def test_a_compass_initial_before_a_country_name_is_the_country_it_opens(sentence, expected):
    """English headlines shorten North, South, East, West to their initial ("S Sudan",
    "N Korea"): the initial and the name are the country whose name the compass word opens,
    not the country the name alone is (vocabulary "compass_initials")."""
    assert countries(sentence, "en") == expected
