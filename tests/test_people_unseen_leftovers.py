"""People and organisations of unseen articles: armed groups the press names in every
language, Vietnamese titles of several capitalised syllables, and a surname alone after a
minister's office. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def people_of(text: str) -> list[str]:
    return sorted(e.name for e in extract(text, None).entities.values() if e.kind == "person")


def bodies_of(text: str) -> list[str]:
    return sorted(e.name for e in extract(text, None).entities.values() if e.kind in ("organisation", "initiative"))


@pytest.mark.parametrize(
    "text, body",
    [
        pytest.param("Le groupe Etat islamique a revendiqué l'embuscade près de Ménaka.", "Islamic State", id="fr-etat-islamique"),
        pytest.param("Des combattants liés à Al-Qaïda ont attaqué le poste de Boni.", "Al-Qaeda", id="fr-al-qaida"),
        pytest.param("El Estado Islámico en el Gran Sahara reivindicó el ataque contra la patrulla.",
                     "Islamic State in the Greater Sahara", id="es-isgs"),
        pytest.param("Fighters of Boko Haram raided the village before dawn.", "Boko Haram", id="en-boko-haram"),
        pytest.param("Al-Shabaab claimed the bombing of the checkpoint.", "Al-Shabaab", id="en-al-shabaab"),
        pytest.param("Les rebelles du M23 ont pris la colline voisine.", "March 23 Movement", id="fr-m23"),
        pytest.param("JNIM claimed the ambush on the convoy.", "Group for the Support of Islam and Muslims", id="en-jnim"),
    ],
)
def test_an_armed_group_is_an_organisation(text, body):
    assert body in bodies_of(text)


@pytest.mark.parametrize(
    "text, person",
    [
        pytest.param("Ngài Lars Pedersen, Đại sứ Đan Mạch, đã tới thăm đơn vị.", "Lars Pedersen", id="ngai"),
        pytest.param("Phó Tổng Tham mưu trưởng Trần Quang Khải dự buổi lễ.", "Trần Quang Khải", id="pho-tong-tham-muu-truong"),
        pytest.param("Tổng Tham mưu trưởng Lê Đình Toàn phát biểu tại hội nghị.", "Lê Đình Toàn", id="tong-tham-muu-truong"),
    ],
)
def test_a_vietnamese_title_is_no_part_of_a_name(text, person):
    assert people_of(text) == [person]


@pytest.mark.parametrize(
    "text, person",
    [
        pytest.param("Le ministre Koudougou a visité le camp de Gao.", "Koudougou", id="fr-ministre"),
        pytest.param("El ministro Valdivieso inauguró el centro de entrenamiento.", "Valdivieso", id="es-ministro"),
        pytest.param("El canciller Barrientos recibió a la delegación haitiana.", "Barrientos", id="es-canciller"),
        pytest.param("Minister Okonkwo opened the training centre on Monday.", "Okonkwo", id="en-minister"),
    ],
)
def test_a_surname_alone_after_a_ministers_office_is_a_person(text, person):
    assert people_of(text) == [person]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Buổi lễ diễn ra tại cửa khẩu Tà Lùng (Cao Bằng) sáng nay.", id="province-in-brackets"),
        pytest.param("Đoàn công tác đã tới Lâm Đồng hôm qua.", id="province-after-verb"),
    ],
)
def test_two_vietnamese_syllables_with_no_title_are_no_person(text):
    assert people_of(text) == []


@pytest.mark.parametrize(
    "text, person",
    [
        pytest.param("Thượng tướng Đổng Quân dự buổi lễ tại Hà Nội.", "Đổng Quân", id="two-syllables-with-a-rank"),
        pytest.param("Trung tá Lê Văn Tám cho biết đơn vị đã sẵn sàng.", "Lê Văn Tám", id="three-syllables"),
    ],
)
def test_a_vietnamese_name_with_a_title_or_three_syllables_is_a_person(text, person):
    assert people_of(text) == [person]


@pytest.mark.parametrize(
    "text, person",
    [
        pytest.param("The talks were led by Army Commander Hamid Yusuf al-Rashidi in Jeddah.", "Hamid Yusuf al-Rashidi",
                     id="al-glued-family-name"),
        pytest.param("President Karim Nasser el-Masri received the envoy.", "Karim Nasser el-Masri", id="el-glued-family-name"),
        pytest.param("The Minister of Foreign Affairs Omar Haidar Bakri arrived in Juba.", "Omar Haidar Bakri",
                     id="office-complement-before-name"),
        pytest.param("El presidente, Iván Campo, pidió una prórroga.", "Iván Campo", id="es-given-ivan"),
        pytest.param("Chủ tịch nước Tô Lâm dự buổi lễ.", "Tô Lâm", id="vi-two-syllables-after-chu-tich-nuoc"),
    ],
)
def test_a_name_is_read_whole_and_alone(text, person):
    assert people_of(text) == [person]


@pytest.mark.parametrize(
    "text, person",
    [
        pytest.param("Colonel Amadou Tessougué Commander of the northern sector visited the camp.", "Amadou Tessougué",
                     id="commander"),
        pytest.param("Mr. Jean Kabundi President of the assembly opened the session.", "Jean Kabundi", id="president"),
        pytest.param("Ms. Rosa Ferrante Chief of the delegation signed the text.", "Rosa Ferrante", id="chief"),
        pytest.param("Sheikh Omar Jibril Leader of the council agreed to the truce.", "Omar Jibril", id="leader"),
    ],
)
def test_an_office_printed_with_capitals_right_after_a_name_ends_it(text, person):
    """No comma between the name and the office that follows it, whichever title: the title
    word ends the name."""
    assert people_of(text) == [person]


@pytest.mark.parametrize(
    "text, body",
    [
        pytest.param("The Sudanese Armed Forces and the Rapid Support Forces agreed to a truce.", "Rapid Support Forces",
                     id="en-rsf"),
        pytest.param("The Sudanese Armed Forces and the Rapid Support Forces agreed to a truce.", "Sudanese Armed Forces",
                     id="en-saf"),
        pytest.param("Las FARC entregaron las armas a la misión.", "FARC", id="es-farc"),
        pytest.param("Ông phát biểu tại Đại hội đồng Liên hợp quốc hôm qua.", "General Assembly", id="vi-dai-hoi-dong"),
    ],
)
def test_a_body_of_the_news_is_known(text, body):
    assert body in bodies_of(text)


def test_the_security_council_without_an_article_before_naciones_unidas_is_the_council():
    assert bodies_of("La reunión del Consejo de Seguridad de Naciones Unidas fue breve.") == ["Security Council"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Le colonel Malick a indiqué que les assaillants avaient fui vers le nord.", id="fr-malick"),
        pytest.param("Colonel Kalifa said the road to the camp was open again.", id="en-kalifa"),
        pytest.param("Le capitaine Hamadoun a conduit la patrouille jusqu'au puits.", id="fr-hamadoun"),
    ],
)
def test_a_sahel_given_name_alone_after_a_rank_is_no_person(text):
    assert people_of(text) == []


def test_a_sahel_given_name_opens_the_full_name():
    assert people_of("Le colonel Salifou Kanouté a parlé. Le colonel Salifou a ensuite quitté la salle.") == ["Salifou Kanouté"]
