"""People named after ranks in the forms the press of many armies prints them: a given name
that is also a month, a syllable that is a function word of another language, a family name
in capitals or initials, ranks in the plural, units and sporting events that are no people.
Every sentence is written for the test, in English, French, Spanish and Vietnamese."""
from __future__ import annotations

import pytest

from newsdossier.entities import find_in_sentence


def people(sentence: str, language: str) -> dict[str, str | None]:
    """name -> role of the people found in one sentence."""
    return {f.name: f.role for f in find_in_sentence(sentence, language) if f.kind == "person"}


@pytest.mark.parametrize(
    "language, sentence, name",
    [
        pytest.param("es", "El batallón recibió ayer al coronel Julio Fuentes en Goma.", "Julio Fuentes", id="es-julio-after-rank"),
        pytest.param("es", "Julio Fuentes, jefe del batallón, llegó ayer a Goma.", "Julio Fuentes", id="es-julio-opening"),
        pytest.param("en", "The battalion welcomed Captain Julio Fuentes to the camp.", "Julio Fuentes", id="en-julio-after-rank"),
        pytest.param("fr", "Le bataillon a accueilli le capitaine Julio Fuentes au camp.", "Julio Fuentes", id="fr-julio-after-rank"),
    ],
)
def test_a_given_name_that_is_a_month_opens_a_name(language, sentence, name):
    assert name in people(sentence, language)


@pytest.mark.parametrize(
    "language, sentence",
    [
        pytest.param("es", "El contingente llegó el 14 de Julio Fuentes de la Paz.", id="es-date-with-capital"),
        pytest.param("es", "El relevo se hará en Julio.", id="es-month-alone"),
    ],
)
def test_a_month_in_a_date_opens_no_name(language, sentence):
    assert not any(name.startswith("Julio") for name in people(sentence, language))


@pytest.mark.parametrize(
    "language, sentence, name",
    [
        pytest.param("en", "The engineers were led by Senior Lieutenant Colonel Le Ngoc Son and two captains.", "Le Ngoc Son", id="en-son"),
        pytest.param("en", "Major Tran Minh Son inspected the clinic on Friday.", "Tran Minh Son", id="en-son-after-family"),
        pytest.param("en", "Major Pham Quang Con visited the clinic of the camp.", "Pham Quang Con", id="en-con-after-family"),
        pytest.param("fr", "Le major Hoang Van Con a visité la clinique du camp.", "Hoang Van Con", id="fr-con-after-middle-name"),
    ],
)
def test_a_syllable_that_is_a_function_word_of_another_language_stays_in_the_name(language, sentence, name):
    assert name in people(sentence, language)


@pytest.mark.parametrize(
    "language, sentence, name, role",
    [
        pytest.param("en", "The new commander, Colonel KANG Min Jae, inspected the camp.", "KANG Min Jae", "Colonel", id="en-capitals"),
        pytest.param("en", "The brief was given by Col AB Okonkwo at the camp.", "AB Okonkwo", "Col", id="en-initials"),
        pytest.param("fr", "Le colonel KANG Min Jae a inspecté le camp.", "KANG Min Jae", "colonel", id="fr-capitals"),
        pytest.param("es", "El coronel KANG Min Jae inspeccionó el campamento.", "KANG Min Jae", "coronel", id="es-capitals"),
        pytest.param("vi", "Đại tá KANG Min Jae đã kiểm tra doanh trại.", "KANG Min Jae", "Đại tá", id="vi-capitals"),
    ],
)
def test_a_family_name_in_capitals_or_initials_after_a_rank_opens_the_name(language, sentence, name, role):
    assert people(sentence, language).get(name, "missing") == role


@pytest.mark.parametrize(
    "language, sentence",
    [
        pytest.param("en", "General MINUSMA Force Commander visited the camp.", id="en-acronym-then-title"),
        pytest.param("en", "Captain UN Headquarters staff met the press.", id="en-acronym-then-body"),
    ],
)
def test_an_acronym_after_a_rank_without_a_name_after_it_is_no_name(language, sentence):
    assert people(sentence, language) == {}


@pytest.mark.parametrize(
    "language, sentence, wrong",
    [
        pytest.param("en", "Lieutenant Colonels Hanh and Binh will serve at the mission.", "Colonels Hanh", id="en-colonels"),
        pytest.param("en", "Major Generals Okafor and Diallo met the press.", "Generals Okafor", id="en-generals"),
    ],
)
def test_a_rank_in_the_plural_is_no_name_word(language, sentence, wrong):
    assert wrong not in people(sentence, language)


@pytest.mark.parametrize(
    "language, sentence, name, role",
    [
        pytest.param("en", "The fallen were WO Abdul Karim Sarder and a driver.", "Abdul Karim Sarder", "WO", id="en-warrant-officer"),
        pytest.param("en", "The medal went to Washerman Rafiqul Alam of the contingent.", "Rafiqul Alam", "Washerman", id="en-trade-as-rank"),
    ],
)
def test_abbreviated_ranks_and_trades_are_the_role_not_the_name(language, sentence, name, role):
    assert people(sentence, language).get(name, "missing") == role


@pytest.mark.parametrize(
    "language, sentence, thing",
    [
        pytest.param("es", "El soldado sirvió en el Grupo de Escuadrones de Caballería Blindada durante años.", "Escuadrones de Caballería Blindada", id="es-squadrons"),
        pytest.param("en", "He served in the Kalondo Armoured Squadron for years.", "Kalondo Armoured Squadron", id="en-squadron"),
        pytest.param("fr", "Il a servi au Régiment Kalondo Sud pendant dix ans.", "Régiment Kalondo Sud", id="fr-regiment"),
        pytest.param("en", "The unit sent a team to the Gangneung Winter Olympics last year.", "Gangneung Winter Olympics", id="en-olympics"),
        pytest.param("fr", "Les soldats ont couru aux Jeux Mondiaux Militaires de Wuhan.", "Jeux Mondiaux Militaires", id="fr-jeux"),
        pytest.param("es", "Los atletas viajaron a los Juegos Bolivarianos de Ayacucho.", "Juegos Bolivarianos", id="es-juegos"),
    ],
)
def test_units_and_sporting_events_are_no_people(language, sentence, thing):
    assert not any(thing in name or name in thing for name in people(sentence, language))


@pytest.mark.parametrize(
    "language, sentence, name",
    [
        pytest.param("en", "\u201cWe are ready,\u201d said Jin, Min-seok, deputy commander of the unit.", "Jin Min-seok", id="en-jin-comma"),
        pytest.param("en", "The camp was visited by Park, Ji-hoon, the new commander.", "Park Ji-hoon", id="en-park-comma"),
        pytest.param("fr", "Le camp a été visité par Kim, Soo-yeon, la nouvelle commandante.", "Kim Soo-yeon", id="fr-kim-comma"),
    ],
)
def test_a_korean_family_name_then_a_comma_then_the_given_name_is_one_name(language, sentence, name):
    assert name in people(sentence, language)


@pytest.mark.parametrize(
    "language, sentence",
    [
        pytest.param("en", "Officers came from Park, Kansas and from Lee, Massachusetts.", id="en-places-after-comma"),
    ],
)
def test_a_family_name_then_a_comma_and_a_plain_word_is_no_name(language, sentence):
    assert not any("," in name or name.startswith(("Park ", "Lee ")) for name in people(sentence, language))


@pytest.mark.parametrize(
    "language, sentence, thing",
    [
        pytest.param("es", "La brigada empieza su misión bajo el nombre de Libre Hidalgo IX en el sector.", "Libre Hidalgo", id="es-rotation-ix"),
        pytest.param("en", "The rotation known as Noble Sentinel VII left the port in May.", "Noble Sentinel", id="en-rotation-vii"),
        pytest.param("fr", "Le détachement Sabre Ardent IV est arrivé au camp.", "Sabre Ardent", id="fr-detachment-iv"),
    ],
)
def test_a_run_numbered_by_a_roman_numeral_is_no_person(language, sentence, thing):
    assert thing not in people(sentence, language)


@pytest.mark.parametrize(
    "language, sentence, name, role",
    [
        pytest.param("en", "The troops were blessed by Pope John Paul II in Rome.", "John Paul II", "Pope", id="en-pope"),
        pytest.param("es", "El rey Juan Carlos II recibió a los cascos azules.", "Juan Carlos II", "rey", id="es-rey"),
    ],
)
def test_a_regnal_number_after_a_royal_title_keeps_the_person(language, sentence, name, role):
    # the number is part of the sovereign's name, as the labels print it ("Mohammed VI")
    assert people(sentence, language).get(name, "missing") == role


@pytest.mark.parametrize(
    "language, sentence, name",
    [
        pytest.param("fr", "Le lieutenant-colonel Lê Ngọc Sơn est parti pour Juba avec son équipe.", "Lê Ngọc Sơn", id="fr-le-son-accented"),
        pytest.param("fr", "Lê Văn Hòa a rejoint la mission en mai.", "Lê Văn Hòa", id="fr-le-opening-sentence"),
        pytest.param("es", "La capitana Lê Thị Sa llegó a Bentiu con su equipo.", "Lê Thị Sa", id="es-le-sa-accented"),
        pytest.param("en", "Major Lê Ngọc Sơn reached Bentiu with his team.", "Lê Ngọc Sơn", id="en-accented"),
    ],
)
def test_a_syllable_printed_with_accents_is_no_function_word(language, sentence, name):
    assert name in people(sentence, language)


@pytest.mark.parametrize(
    "language, sentence",
    [
        pytest.param("fr", "À Juba, le colonel Martin Dupuis est arrivé.", id="fr-a-accented-function-word"),
        pytest.param("es", "Más Tropas llegarán a Goma.", id="es-mas-accented-function-word"),
    ],
)
def test_a_function_word_printed_with_its_accents_opens_no_name(language, sentence):
    assert not any(name.split()[0] in ("À", "Más") for name in people(sentence, language))


@pytest.mark.parametrize(
    "language, sentence, name, role",
    [
        pytest.param("fr", "Son adjoint, le général M'Bemba Moussa Keïta, était présent.", "M'Bemba Moussa Keïta", "général", id="fr-m-apostrophe"),
        pytest.param("en", "The wreath was laid by Colonel N'Golo Diarra of the battalion.", "N'Golo Diarra", "Colonel", id="en-n-apostrophe"),
        pytest.param("es", "El coronel N\u2019Golo Diarra llegó a Bamako.", "N\u2019Golo Diarra", "coronel", id="es-n-curly-apostrophe"),
    ],
)
def test_a_west_african_name_opening_with_m_or_n_apostrophe_is_whole(language, sentence, name, role):
    assert people(sentence, language).get(name, "missing") == role


@pytest.mark.parametrize(
    "language, sentence",
    [
        pytest.param("fr", "Le détachement est arrivé à l'Hôpital Central de Gao.", id="fr-l-apostrophe-stays-an-article"),
    ],
)
def test_l_apostrophe_opens_no_name(language, sentence):
    assert not any(name.startswith(("l'", "L'")) for name in people(sentence, language))


@pytest.mark.parametrize(
    "language, sentence, thing",
    [
        pytest.param("en", "The unit took part in Exercise Blue Harmony, Karamoja Shield 2 and a drill at sea.", "Karamoja Shield", id="en-exercise-number"),
        pytest.param("fr", "Le bataillon a participé aux exercices Sabre Kanem 3 et Lion Dorado.", "Sabre Kanem", id="fr-exercise-number"),
        pytest.param("es", "La unidad participó en Cruz Austral 4, un ejercicio combinado.", "Cruz Austral", id="es-exercise-number"),
    ],
)
def test_a_run_numbered_by_a_closing_number_is_no_person(language, sentence, thing):
    assert thing not in people(sentence, language)


@pytest.mark.parametrize(
    "language, sentence, thing",
    [
        pytest.param("en", "The course was held for the parishioners of St Martins de Porres church in Bentiu.", "St Martins", id="en-church"),
        pytest.param("es", "Los soldados repararon el techo de la capilla San Pedro Claver en Bangui.", "San Pedro Claver", id="es-capilla"),
    ],
)
def test_a_place_of_worship_is_no_person(language, sentence, thing):
    assert not any(thing in name for name in people(sentence, language))
