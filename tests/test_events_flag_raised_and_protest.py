"""Events: two kinds of happening the vocabulary lacked words for.

A unit's or a base's flag raised or lowered ("The battalion raised its flag at the new base on
Monday", "la base arrió su bandera el sábado") is a ceremony of its own day; a warning ("raised
a red flag"), a matter raised ("raised the issue") or an armed group's flag raised over a town
it took ("the rebels raised their flag over the town hall") is none.

A protest, a demonstration or a rally ("residents took to the streets of Goma on Monday", "un
rassemblement pour la paix a été organisé dimanche") is a happening of its own day (kind
"protest"); French "manifester" showing a feeling ("ont manifesté leur soutien") is none.

Before, none of these sentences gave an event: their day dated no word of a happening.

Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import body_events

ANCHOR = PartialDate(2023, 3, 15)  # a Wednesday: Monday is the 13th, Sunday the 12th, Saturday the 11th


def found(sentence: str, language: str) -> list[tuple[str, str]]:
    return [(e.kind, str(e.date)) for e in body_events(sentence, language, ANCHOR)]


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("The engineer company raised its flag over the rebuilt camp on Monday.", "en",
                     [("ceremony", "2023-03-13")], id="en-raised-its-flag"),
        pytest.param("The last platoon lowered the UN flag at the outpost on Saturday.", "en",
                     [("ceremony", "2023-03-11")], id="en-lowered-the-un-flag"),
        pytest.param("Le détachement a hissé le drapeau de l'ONU lundi sur le camp rénové.", "fr",
                     [("ceremony", "2023-03-13")], id="fr-a-hisse-le-drapeau"),
        pytest.param("La compañía de ingenieros arrió su bandera el sábado en el puesto del norte.", "es",
                     [("ceremony", "2023-03-11")], id="es-arrio-su-bandera"),
        pytest.param("El batallón izó la bandera en el nuevo campamento el lunes.", "es",
                     [("ceremony", "2023-03-13")], id="es-izo-la-bandera"),
        pytest.param("Hundreds of traders took to the streets of the market town on Monday.", "en",
                     [("protest", "2023-03-13")], id="en-took-to-the-streets"),
        pytest.param("A peace rally gathered the town's women in the square on Sunday.", "en",
                     [("protest", "2023-03-12")], id="en-peace-rally"),
        pytest.param("Un rassemblement pour la paix a été organisé dimanche devant la mairie.", "fr",
                     [("protest", "2023-03-12")], id="fr-rassemblement"),
        pytest.param("Des étudiants ont manifesté lundi contre la fermeture du camp.", "fr",
                     [("protest", "2023-03-13")], id="fr-ont-manifeste-contre"),
        pytest.param("Una manifestación contra el cierre del campamento tuvo lugar el lunes en el barrio.", "es",
                     [("protest", "2023-03-13")], id="es-manifestacion"),
    ],
)
def test_the_happening_is_found_on_its_day(sentence, language, expected):
    assert found(sentence, language) == expected


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The audit raised a red flag about the fuel contracts on Monday.", "en", id="en-red-flag"),
        pytest.param("The envoy raised the issue of the curfew with the governor on Monday.", "en", id="en-raised-the-issue"),
        pytest.param("Les délégués ont manifesté lundi leur soutien au processus.", "fr", id="fr-manifeste-leur-soutien"),
        pytest.param("The first of March marks the start of the dry season.", "en", id="en-march-the-month-no-protest"),
        pytest.param("La puesta en marcha del programa se anunció el lunes.", "es", id="es-puesta-en-marcha-no-protest"),
        # an armed group's flag raised over a town it took: no ceremony of a force
        pytest.param("The rebels raised their flag over the town hall on Monday.", "en", id="en-rebels-raised-their-flag"),
        pytest.param("Les rebelles ont hissé leur drapeau sur la mairie lundi.", "fr", id="fr-rebelles-ont-hisse"),
        pytest.param("Los rebeldes izaron su bandera en el ayuntamiento el lunes.", "es", id="es-rebeldes-izaron"),
        pytest.param("Ngày 13/3, phiến quân đã thượng cờ tại thị trấn.", "vi", id="vi-phien-quan-thuong-co"),
        # a protest lodged or resigned in, a demonstration of a thing, an assembly point, a
        # sports event, a march of troops: no protest
        pytest.param("France lodged a formal protest with the embassy on Monday.", "en", id="en-formal-protest"),
        pytest.param("The commander resigned in protest on Monday.", "en", id="en-resigned-in-protest"),
        pytest.param("The engineers gave a demonstration of the new mine detector on Monday.", "en",
                     id="en-gave-a-demonstration"),
        pytest.param("The rebels marched on the capital on Monday.", "en", id="en-marched-on-an-advance"),
        pytest.param("Le point de rassemblement a été déplacé lundi.", "fr", id="fr-point-de-rassemblement"),
        pytest.param("Une manifestation sportive a été organisée samedi au camp des casques bleus.", "fr",
                     id="fr-manifestation-sportive"),
        pytest.param("El embajador presentó una protesta formal el lunes.", "es", id="es-protesta-formal"),
        pytest.param("Las tropas marcharon hacia Goma el lunes.", "es", id="es-marcharon-hacia"),
        pytest.param("El lunes, los cascos azules marcharon contra el reloj para terminar el puente.", "es",
                     id="es-contra-el-reloj"),
        pytest.param("The Dakar Rally crossed the border on Monday.", "en", id="en-dakar-rally"),
        # an official gathering and a parade's march: no protest
        pytest.param("Ngày 13/3, đơn vị đã tổ chức mít tinh chào mừng đoàn công tác.", "vi", id="vi-mit-tinh-chao-mung"),
    ],
)
def test_no_flag_or_protest_where_none_is_told(sentence, language):
    assert all(kind not in ("protest", "ceremony") for kind, _ in found(sentence, language))


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        # a parade marched through a town stays the ceremony it was before protests had words
        pytest.param("The battalion marched through the town in a parade on Monday.", "en",
                     [("ceremony", "2023-03-13")], id="en-marched-through-a-parade"),
        pytest.param("Los soldados marcharon en el desfile del lunes.", "es",
                     [("ceremony", "2023-03-13")], id="es-marcharon-en-el-desfile"),
        pytest.param("Ngày 13/3, các chiến sĩ tuần hành trong lễ duyệt binh tại thủ đô.", "vi",
                     [("ceremony", "2023-03-13")], id="vi-tuan-hanh-duyet-binh"),
        pytest.param("Ngày 13/3, người dân tổ chức biểu tình phản đối phái bộ tại Goma.", "vi",
                     [("protest", "2023-03-13")], id="vi-bieu-tinh"),
        # rebels named in another clause leave the unit's flag a ceremony
        pytest.param("After the rebels left, the battalion raised the UN flag over the camp on Monday.", "en",
                     [("ceremony", "2023-03-13")], id="en-rebels-in-another-clause"),
        # the protest told around the phrases that name none
        pytest.param("Thousands took to the streets in protest on Monday.", "en",
                     [("protest", "2023-03-13")], id="en-streets-in-protest"),
        pytest.param("Los vecinos marcharon contra la misión el lunes.", "es",
                     [("protest", "2023-03-13")], id="es-marcharon-contra"),
    ],
)
def test_a_march_is_a_protest_only_against_something(sentence, language, expected):
    assert found(sentence, language) == expected
