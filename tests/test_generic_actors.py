"""Actors that are not actors, and one body as two actors: a common noun phrase of the field
capitalised is no organisation; a body everyone has (a ministry) is one actor per country;
a body's short name, acronym and longer name in one article are one actor. Every sentence
here is written for the test, in English, French, Spanish and Vietnamese."""
from __future__ import annotations

import pytest

from newsdossier.entities import find_in_sentence, is_generic_phrase
from newsdossier.text import tokenize


def bodies(sentence: str, language: str) -> dict[str, str]:
    """name -> id of the organisations and initiatives found in one sentence."""
    return {f.name: f.id for f in find_in_sentence(sentence, language) if f.kind in ("organisation", "initiative")}


# --- Generic phrases -----------------------------------------------------------------------

@pytest.mark.parametrize(
    "language, sentence, phrase",
    [
        pytest.param("en", "Vietnam is widening its part in UN Peacekeeping Missions from next year.", "Peacekeeping Missions", id="en-un-missions"),
        pytest.param("en", "Officers met to discuss the UN Peacekeeping Operations in Africa.", "Peacekeeping Operations", id="en-un-operations"),
        pytest.param("en", "Soldiers serving with a U.N. peacekeeping mission in Haiti were hurt.", "U.N. peacekeeping", id="en-lowercase-activity"),
        pytest.param("en", "The minister praised the United Nations Mission for its work.", "United Nations Mission", id="en-un-mission"),
        pytest.param("fr", "Les Opérations de Maintien de la Paix sont critiquées par le rapport.", "Opérations de Maintien de la Paix", id="fr-operations"),
        pytest.param("fr", "Le contingent de Casques Bleus est arrivé hier.", "Casques Bleus", id="fr-casques-bleus"),
        pytest.param("es", "Las Operaciones de Paz de la ONU necesitan más fondos.", "Operaciones de Paz", id="es-operaciones"),
        pytest.param("es", "Las Fuerzas de Paz llegaron a la ciudad.", "Fuerzas de Paz", id="es-fuerzas"),
    ],
)
def test_a_common_noun_phrase_of_the_field_is_no_organisation(language, sentence, phrase):
    found = bodies(sentence, language)
    assert not any(phrase.lower() in name.lower() and name != "United Nations" for name in found), found


@pytest.mark.parametrize(
    "language, words",
    [
        pytest.param("en", "Peacekeeping Operations", id="en"),
        pytest.param("en", "UN Peace-keeping Forces", id="en-hyphen"),
        pytest.param("fr", "Opérations de maintien de la paix", id="fr"),
        pytest.param("es", "Operaciones de Mantenimiento de la Paz", id="es"),
        pytest.param("vi", "Lực lượng gìn giữ hòa bình", id="vi"),
        pytest.param("vi", "Phái bộ Gìn giữ Hòa bình Liên Hợp Quốc", id="vi-un"),
    ],
)
def test_generic_phrases(language, words):
    assert is_generic_phrase([t.folded for t in tokenize(words)], language)


@pytest.mark.parametrize(
    "language, words",
    [
        pytest.param("en", "Department of Peace Operations", id="en-department"),
        pytest.param("en", "Action for Peacekeeping", id="en-programme"),
        pytest.param("en", "Force Intervention Brigade", id="en-brigade"),
        pytest.param("en", "United Nations", id="en-un-alone"),
        pytest.param("fr", "Département des opérations de paix", id="fr-departement"),
        pytest.param("es", "Departamento de Operaciones de Paz", id="es-departamento"),
        pytest.param("vi", "Cục Gìn giữ hòa bình Việt Nam", id="vi-cuc"),
    ],
)
def test_a_named_body_or_programme_is_no_generic_phrase(language, words):
    assert not is_generic_phrase([t.folded for t in tokenize(words)], language)


@pytest.mark.parametrize(
    "language, sentence, name",
    [
        pytest.param("en", "He spoke at the Department of Peace Operations in New York.", "Department of Peace Operations", id="en-department"),
        pytest.param("en", "The Action for Peacekeeping initiative was launched in 2018.", "Action for Peacekeeping", id="en-initiative"),
        pytest.param("fr", "Le Département des opérations de paix a publié un rapport.", "Department of Peace Operations", id="fr-departement"),
    ],
)
def test_a_named_body_stays(language, sentence, name):
    assert name in bodies(sentence, language)


@pytest.mark.parametrize(
    "language, sentence",
    [
        pytest.param("en", "Soldiers serving with a U.N. peacekeeping mission in Haiti were hurt.", id="en-un-dot"),
        pytest.param("en", "Vietnam is widening its part in UN Peacekeeping Missions.", id="en-un"),
    ],
)
def test_the_un_of_a_generic_phrase_is_the_united_nations(language, sentence):
    assert bodies(sentence, language) == {"United Nations": "united-nations"}


def test_an_anniversary_of_the_activity_counts_from_the_activity():
    # the words name no actor, but the activity's founding year (1948) still dates the text
    found = find_in_sentence("The ceremony marked the 75th anniversary of UN Peacekeeping.", "en")
    assert [(f.kind, f.id) for f in found][0] == ("activity", "un-peacekeeping")


# --- Bodies every country has: one actor per country ---------------------------------------

@pytest.mark.parametrize(
    "language, sentence, name, id_",
    [
        pytest.param("en", "Vietnam's Ministry of Defence said the unit was ready.", "Ministry of Defence of Vietnam", "ministry-of-defence-of-vietnam", id="en-possessive"),
        pytest.param("en", "The Ministry of Foreign Affairs of France issued a statement.", "Ministry of Foreign Affairs of France", "ministry-of-foreign-affairs-of-france", id="en-of-country"),
        pytest.param("en", "Sri Lanka's foreign ministry condemned the attack.", "Ministry of Foreign Affairs of Sri Lanka", "ministry-of-foreign-affairs-of-sri-lanka", id="en-lowercase-with-country"),
        pytest.param("en", "The Brazilian defence ministry confirmed the deaths.", "Ministry of Defence of Brazil", "ministry-of-defence-of-brazil", id="en-demonym"),
        pytest.param("fr", "Le ministère de la Défense du Sénégal a confirmé la nouvelle.", "Ministry of Defence of Senegal", "ministry-of-defence-of-senegal", id="fr-du-country"),
        pytest.param("fr", "Le ministère des Affaires étrangères marocain a salué la décision.", "Ministry of Foreign Affairs of Morocco", "ministry-of-foreign-affairs-of-morocco", id="fr-demonym-after"),
        pytest.param("es", "Según el ministerio de Defensa de Uruguay, el soldado está herido.", "Ministry of Defence of Uruguay", "ministry-of-defence-of-uruguay", id="es-de-country"),
        pytest.param("es", "El Ministerio de Defensa argentino envió un comunicado.", "Ministry of Defence of Argentina", "ministry-of-defence-of-argentina", id="es-demonym-after"),
        pytest.param("vi", "Bộ Quốc phòng Việt Nam đã tổ chức buổi lễ.", "Ministry of Defence of Vietnam", "ministry-of-defence-of-vietnam", id="vi-country-after"),
    ],
)
def test_a_body_printed_with_its_country_is_that_countrys(language, sentence, name, id_):
    assert bodies(sentence, language) == {name: id_}


@pytest.mark.parametrize(
    "language, sentence, name",
    [
        pytest.param("en", "Soldiers were searching for survivors, the defense ministry said.", "Ministry of Defence", id="en-lowercase-definite"),
        pytest.param("en", "The Ministry of Defence hosted the meeting.", "Ministry of Defence", id="en-capitalised"),
        pytest.param("fr", "Le ministère de la Défense a publié un communiqué.", "Ministry of Defence", id="fr"),
        pytest.param("es", "Según informó el Ministerio de Defensa en un comunicado.", "Ministry of Defence", id="es"),
        pytest.param("vi", "Đại diện Bộ Quốc phòng đã trao quà cho các sĩ quan.", "Ministry of Defence", id="vi"),
    ],
)
def test_a_body_printed_without_a_country_stays_untied(language, sentence, name):
    found = bodies(sentence, language)
    assert found.get(name) in ("ministry-of-defence",), found


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Defence ministry officials, a ministry of defence, and ministries.", id="en-indefinite"),
    ],
)
def test_a_lowercase_body_without_determiner_or_country_is_not_taken(sentence):
    assert "Ministry of Defence" not in bodies(sentence.replace("Defence ministry", "defence ministry"), "en")


def test_two_countries_ministries_are_two_actors():
    france = bodies("France's Ministry of Defence announced the rotation.", "en")
    vietnam = bodies("Vietnam's Ministry of Defence announced the rotation.", "en")
    assert set(france.values()).isdisjoint(vietnam.values())


# --- One body, one actor within an article -------------------------------------------------

def article_bodies(text: str) -> dict[str, list[str]]:
    """id -> surfaces of the organisations and initiatives of an article."""
    from newsdossier.extract import extract

    return {f.id: f.surfaces for f in extract(text).entities.values() if f.kind in ("organisation", "initiative")}


TITLE = "Peacekeeping talks held\n\n"


@pytest.mark.parametrize(
    "text, full_id, short",
    [
        pytest.param(TITLE + "Vietnam's Ministry of Defence hosted the talks on Monday.\n\nThe Ministry said more officers would go.\n\n"
                     "The Ministry of Defence will host the next round.\n",
                     "ministry-of-defence-of-vietnam", "Ministry of Defence", id="en-untied-joins-country"),
        pytest.param(TITLE + "Le ministère de la Défense du Sénégal a accueilli la réunion lundi.\n\n"
                     "Le ministère de la Défense a confirmé le départ du contingent.\n",
                     "ministry-of-defence-of-senegal", "ministère de la Défense", id="fr-untied-joins-country"),
        pytest.param(TITLE + "El Ministerio de Defensa de Uruguay recibió a los soldados el lunes.\n\n"
                     "El Ministerio de Defensa informó que todos están bien.\n",
                     "ministry-of-defence-of-uruguay", "Ministerio de Defensa", id="es-untied-joins-country"),
        pytest.param(TITLE + "The meeting of the Kenya Joint Working Group for Peace Support was held on Monday.\n\n"
                     "The Joint Working Group has six members.\n",
                     "kenya-joint-working-group-for-peace-support", "Joint Working Group", id="en-country-first-name"),
        pytest.param(TITLE + "The Sahel Training Centre Directorate met on Monday.\n\nThe Sahel Training Centre opened in 2010.\n",
                     "sahel-training-centre-directorate", "Sahel Training Centre", id="en-prefix"),
        pytest.param(TITLE + "The Blue Lotus Peace Support Association (BLPSA) met on Monday.\n\nThe BLPSA has 300 members.\n",
                     "blue-lotus-peace-support-association", "BLPSA", id="en-acronym"),
        pytest.param(TITLE + "Le Centre de Formation Tropical de Thiès (CFTT) a ouvert lundi.\n\nLe CFTT accueille 300 élèves.\n",
                     "centre-de-formation-tropical-de-thies", "CFTT", id="fr-acronym"),
    ],
)
def test_a_short_name_in_an_article_is_its_full_name(text, full_id, short):
    found = article_bodies(text)
    assert full_id in found, found
    assert short in found[full_id], found
    assert not any(short == surfaces[0] for i, surfaces in found.items() if i != full_id), found


def test_an_untied_body_stays_untied_when_the_article_names_two_countries():
    text = (TITLE + "France's Ministry of Defence and Vietnam's Ministry of Defence signed the agreement.\n\n"
            "The Ministry of Defence said the agreement runs for five years.\n")
    found = article_bodies(text)
    assert {"ministry-of-defence", "ministry-of-defence-of-france", "ministry-of-defence-of-vietnam"} <= set(found), found


def test_the_united_nations_is_not_the_short_name_of_its_security_council():
    text = TITLE + "The United Nations Security Council met on Monday.\n\nThe United Nations said the vote was close.\n"
    found = article_bodies(text)
    assert {"united-nations", "security-council"} <= set(found), found


def test_a_country_army_is_no_short_name_of_another_army():
    text = TITLE + "The Irish Army and the UNIFIL and Lebanon Army Coordination Office met.\n"
    found = article_bodies(text)
    assert all("Irish Army" not in surfaces for i, surfaces in found.items() if "irish" not in i), found


def test_a_short_name_is_no_alias_across_articles():
    from newsdossier.extract import extract
    from newsdossier.registry import Registry, merge_actor

    actors = Registry()
    text = (TITLE + "Vietnam's Ministry of Defence hosted the talks on Monday.\n\n"
            "The Ministry of Defence will host the next round.\n")
    for found in extract(text).entities.values():
        if found.kind in ("organisation", "initiative"):
            merge_actor(actors, found)
    entry = actors.by_id["ministry-of-defence-of-vietnam"]
    assert entry["name"] == "Ministry of Defence of Vietnam"
    assert "Ministry of Defence" not in (entry.get("aliases") or [])


@pytest.mark.parametrize(
    "language, sentence, name",
    [
        pytest.param("en", "The Ministry of Defence in France said the rotation was over.", "Ministry of Defence", id="en-in-place"),
        pytest.param("fr", "Le ministère de la Défense au Mali a démenti.", "Ministry of Defence", id="fr-au-place"),
    ],
)
def test_a_body_and_the_place_it_is_in_is_the_body(language, sentence, name):
    assert list(bodies(sentence, language)) == [name]


# --- A country's namesake of an international body -------------------------------------------

@pytest.mark.parametrize(
    "language, sentence, name",
    [
        pytest.param("en", "The Vietnam Department of Peacekeeping Operations launched a course.", "Vietnam Department of Peacekeeping Operations", id="en-country-before"),
        pytest.param("fr", "Le Département des opérations de maintien de la paix du Vietnam a fait savoir le départ.", "Vietnam Department of Peacekeeping Operations", id="fr-du-country"),
        pytest.param("es", "El Departamento de Operaciones de Mantenimiento de la Paz de Uruguay informó.", "Uruguay Department of Peacekeeping Operations", id="es-de-country"),
    ],
)
def test_a_countrys_namesake_of_an_international_body_is_the_countrys(language, sentence, name):
    assert name in bodies(sentence, language)
    assert "Department of Peacekeeping Operations" not in bodies(sentence, language)


@pytest.mark.parametrize(
    "language, sentence, name",
    [
        pytest.param("en", "China's Security Council seat is permanent.", "Security Council", id="en-possessive"),
        pytest.param("en", "The UN Department of Peacekeeping Operations said.", "Department of Peacekeeping Operations", id="en-un"),
        pytest.param("en", "Kenya and the Security Council agreed.", "Security Council", id="en-other-clause"),
        pytest.param("en", "The Security Council in New York met.", "Security Council", id="en-in-city"),
    ],
)
def test_an_international_body_beside_a_country_stays_the_international_one(language, sentence, name):
    assert name in bodies(sentence, language)


@pytest.mark.parametrize(
    "text, full_id, head",
    [
        pytest.param(TITLE + "Vietnam's Ministry of Defence hosted the talks on Monday.\n\nThe Ministry said more officers would go.\n",
                     "ministry-of-defence-of-vietnam", "Ministry", id="en-the-ministry"),
        pytest.param(TITLE + "Le ministère de la Défense du Sénégal a accueilli la réunion lundi.\n\nLe Ministère a confirmé le départ.\n",
                     "ministry-of-defence-of-senegal", "Ministère", id="fr-le-ministere"),
        pytest.param(TITLE + "El Ministerio de Defensa de Uruguay recibió a los soldados.\n\nEl Ministerio informó que todos están bien.\n",
                     "ministry-of-defence-of-uruguay", "Ministerio", id="es-el-ministerio"),
    ],
)
def test_a_head_word_alone_after_the_is_the_one_body_holding_it(text, full_id, head):
    assert head in article_bodies(text)[full_id]


def test_a_head_word_alone_is_nobodys_when_two_bodies_hold_it():
    text = (TITLE + "France's Ministry of Defence and the Ministry of Foreign Affairs of France met.\n\n"
            "The Ministry said the talks went well.\n")
    found = article_bodies(text)
    assert all("Ministry" not in surfaces for surfaces in found.values()), found


# --- A dateline ties an untied national body to its country ------------------------------------

@pytest.mark.parametrize(
    "text, tied_id",
    [
        pytest.param("Troops return home\n\nLIMA, 3 March (Reuters) - The defence ministry said the last platoon had landed.\n",
                     "ministry-of-defence-of-peru", id="en-wire-dateline"),
        pytest.param("Relève au Liban\n\nDAKAR, 4 mars (APS) - Le ministère de la Défense a annoncé la relève du bataillon.\n",
                     "ministry-of-defence-of-senegal", id="fr-wire-dateline"),
        pytest.param("Relevo en el Líbano\n\nMONTEVIDEO, 5 mar (EFE).- Según informó el Ministerio de Defensa, el relevo terminó ayer.\n",
                     "ministry-of-defence-of-uruguay", id="es-wire-dateline"),
        pytest.param("Peacekeepers honoured\n\nACCRA, March 6 (AP) - The Ministry of Foreign Affairs thanked the returning battalion.\n",
                     "ministry-of-foreign-affairs-of-ghana", id="en-foreign-ministry"),
    ],
)
def test_a_dateline_ties_an_untied_national_body_to_its_country(text, tied_id):
    """A story filed from a country's city speaks of that country's ministry when it prints
    no other country with it (news style: "BAMAKO (AFP) - the defence ministry said")."""
    found = article_bodies(text)
    assert tied_id in found, found
    assert tied_id.split("-of-")[0] not in found, found


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Raid in the south\n\nNAIROBI, 3 March (Reuters) - Somali troops killed ten fighters near the border, "
                     "the defence ministry said.\n", id="en-foreign-bureau"),
        pytest.param("Attaque au nord\n\nDAKAR, 4 mars (AFP) - Des soldats maliens ont été blessés près de Gao, a annoncé "
                     "le ministère de la Défense.\n", id="fr-foreign-bureau"),
    ],
)
def test_a_story_about_another_country_leaves_the_body_untied_under_a_dateline(text):
    """A wire story filed from one country's city about another country's army does not make
    the ministry it quotes the bureau's country's."""
    found = article_bodies(text)
    assert not any(body.startswith("ministry-of-defence-of-") for body in found), found


def test_a_body_tied_in_the_text_keeps_its_country_under_another_dateline():
    text = ("Troops return home\n\nLIMA, 3 March (Reuters) - Chile's defence ministry said the platoon had landed.\n\n"
            "The defence ministry added that two soldiers were hurt.\n")
    found = article_bodies(text)
    assert "ministry-of-defence-of-chile" in found and "ministry-of-defence-of-peru" not in found, found
