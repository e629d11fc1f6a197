"""Kinds of personal names seen on unseen articles: a given name that is a title word
elsewhere, East Asian names printed without hyphens, Vietnamese names glued to a title,
a Vietnamese honorific before the given name alone, and a French office before a surname
alone. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def people_of(text: str) -> list[str]:
    return sorted(e.name for e in extract(text, None).entities.values() if e.kind == "person")


def speakers_of(text: str) -> list[str]:
    return [q.speaker for q in extract(text, None).quotes]


@pytest.mark.parametrize(
    "text, person",
    [
        pytest.param("Pape Samba Diallo, a trader in Dakar, welcomed the decision.", "Pape Samba Diallo", id="en-pape"),
        pytest.param("Le commerçant Pape Modou Ndiaye a salué la décision du tribunal.", "Pape Modou Ndiaye", id="fr-pape"),
        pytest.param("Sheikh Rahim Uddin, a lawyer in Dhaka, filed the petition on Monday.", "Sheikh Rahim Uddin",
                     id="en-sheikh"),
        pytest.param("El abogado Sheikh Karim Hossain presentó la demanda ayer.", "Sheikh Karim Hossain", id="es-sheikh"),
    ],
)
def test_a_given_name_that_is_a_title_word_opens_a_long_name(text, person):
    assert people_of(text) == [person]


@pytest.mark.parametrize(
    "text, person",
    [
        pytest.param("Sheikh Hasina addressed the crowd in the capital.", "Hasina", id="one-name-word"),
        pytest.param("Le Pape Léon Dubreuil a béni la foule.", "Léon Dubreuil", id="article-before"),
    ],
)
def test_a_title_word_before_a_short_name_or_after_an_article_stays_a_title(text, person):
    assert people_of(text) == [person]


@pytest.mark.parametrize(
    "text, person",
    [
        pytest.param("Ban Ki Moon toured the clinic in Goma on Friday.", "Ban Ki Moon", id="en-ban-no-title"),
        pytest.param("Ban Ki Moon a inauguré la clinique de Goma vendredi.", "Ban Ki Moon", id="fr-ban-no-title"),
        pytest.param("Nguyên Tổng thư ký Ban Ki Mun đã khánh thành bệnh viện.", "Ban Ki Mun", id="vi-ban-word"),
        pytest.param("Ông Ban Ki Mun đã gặp các sĩ quan trẻ.", "Ban Ki Mun", id="vi-ong-ban"),
        pytest.param("Le dirigeant Kim Jong Un a assisté au défilé.", "Kim Jong Un", id="fr-un"),
        pytest.param("Moon Jae In shook hands with the engineers.", "Moon Jae In", id="en-in"),
        pytest.param("El líder Kim Jong Un asistió al desfile.", "Kim Jong Un", id="es-un"),
    ],
)
def test_an_east_asian_name_without_hyphens_is_whole(text, person):
    assert people_of(text) == [person]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ban Chỉ đạo đã họp hôm qua tại trụ sở.", id="vi-ban-board"),
        pytest.param("Ban An ninh đã họp hôm qua.", id="vi-ban-one-ascii"),
    ],
)
def test_a_vietnamese_board_is_no_korean_name(text):
    assert people_of(text) == []


@pytest.mark.parametrize(
    "text, person",
    [
        pytest.param("Sheikh Anwar Kabir Chairman of the board opened the session.", "Anwar Kabir", id="title-after"),
    ],
)
def test_a_title_word_before_a_name_and_another_title_stays_a_title(text, person):
    assert people_of(text) == [person]


@pytest.mark.parametrize(
    "text, person",
    [
        pytest.param("Ông Hoàng Văn Bình-Chủ tịch Hội Nông dân xã đã trao quà.", "Hoàng Văn Bình", id="chu-tich"),
        pytest.param("Bà Đặng Thị Hạnh-Phó Giám đốc Sở Tài chính chủ trì cuộc họp.", "Đặng Thị Hạnh", id="pho-giam-doc"),
        pytest.param("Đại tá Vũ Minh Đức-Tư lệnh Vùng đã kiểm tra đơn vị.", "Vũ Minh Đức", id="tu-lenh"),
    ],
)
def test_a_vietnamese_name_glued_to_its_title_ends_at_the_hyphen(text, person):
    assert people_of(text) == [person]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Chánh Văn phòng Bộ Tư pháp đã trả lời báo chí.", id="chanh-van-phong"),
        pytest.param("Phó Chánh Văn phòng Ủy ban đã ký công văn.", id="pho-chanh-van-phong"),
        pytest.param("Chủ tịch Hội Cựu chiến binh huyện đã tặng hoa.", id="hoi-association"),
    ],
)
def test_a_vietnamese_office_is_no_person(text):
    assert people_of(text) == []


@pytest.mark.parametrize(
    "text, person",
    [
        pytest.param("Le président Ravelonjaka a reçu les officiers à Bangui.", "Ravelonjaka", id="fr-president"),
        pytest.param("La présidente Kouassigan a ouvert la séance.", "Kouassigan", id="fr-presidente"),
        pytest.param("El presidente Ravelonjaka recibió a los oficiales.", "Ravelonjaka", id="es-presidente"),
    ],
)
def test_a_head_of_state_named_by_the_surname_alone_in_french_and_spanish(text, person):
    assert people_of(text) == [person]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The President Elect Marisol greeted the engineers.", id="en-elect-given-name"),
        pytest.param("The President Elect Rosalind thanked the volunteers.", id="en-elect-other-given-name"),
    ],
)
def test_an_english_title_before_a_given_name_alone_names_no_one(text):
    assert people_of(text) == []


def countries_of(text: str) -> list[str]:
    return sorted(e.name for e in extract(text, None).entities.values() if e.kind == "country")


@pytest.mark.parametrize(
    "text, person",
    [
        pytest.param("Bà Đinh Thị Lan phụ trách trạm xá. Bà Lan nói: \"Trạm đã đủ thuốc cho cả mùa mưa\".",
                     "Đinh Thị Lan", id="ba-lan-opening"),
        pytest.param("Bà Đinh Thị Lan phụ trách trạm xá. Theo bà Lan, \"trạm đã đủ thuốc cho cả mùa mưa\".",
                     "Đinh Thị Lan", id="theo-ba-lan"),
    ],
)
def test_a_vietnamese_honorific_and_given_name_is_the_person_named_before(text, person):
    assert people_of(text) == [person]
    assert countries_of(text) == []
    assert speakers_of(text) == [person]


@pytest.mark.parametrize(
    "text, country",
    [
        pytest.param("Đoàn công tác đã tới Ba Lan vào tuần trước.", "Poland", id="ba-lan-country"),
    ],
)
def test_the_country_printed_as_such_is_still_the_country(text, country):
    assert countries_of(text) == [country]


@pytest.mark.parametrize(
    "text, people, speaker",
    [
        pytest.param("Thứ trưởng Phùng Văn Khải đã ký quyết định. Ông Phụng cho biết: \"Đơn vị đã sẵn sàng lên đường\".",
                     ["Phùng Văn Khải", "Phụng"], "Phụng", id="phung-not-phung"),
        pytest.param("Giám đốc Lân Quốc Việt dự lễ. \"Bệnh viện đã đủ thuốc cho cả mùa mưa\", bà Lan nói.",
                     ["Lan", "Lân Quốc Việt"], "Lan", id="lan-not-lan"),
        pytest.param("Đại tá Hồ Văn Phụng nhận quyết định từ Thứ trưởng Phùng Văn Khải. Ông Phụng cho biết: "
                     "\"Đơn vị đã sẵn sàng lên đường\".",
                     ["Hồ Văn Phụng", "Phùng Văn Khải"], "Hồ Văn Phụng", id="full-name-before"),
    ],
)
def test_a_vietnamese_given_name_differing_by_its_marks_is_another_person(text, people, speaker):
    assert people_of(text) == people
    assert speakers_of(text) == [speaker]


@pytest.mark.parametrize(
    "text, person",
    [
        pytest.param("Ông Khiêm tâm sự rằng nghề này rất vất vả.", "Khiêm", id="ong-alone"),
        pytest.param("Năm 2015, bà Huyền được giao phụ trách trạm xá.", "Huyền", id="ba-alone"),
    ],
)
def test_a_vietnamese_honorific_before_a_given_name_alone_names_a_person(text, person):
    assert people_of(text) == [person]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Các chiến sĩ Bệnh viện dã chiến đã lên đường.", id="soldiers-of-a-hospital"),
        pytest.param("Nhiều chiến sĩ Trung tâm huấn luyện đã tham dự.", id="soldiers-of-a-centre"),
    ],
)
def test_a_body_after_a_title_word_is_no_given_name(text):
    assert people_of(text) == []


@pytest.mark.parametrize(
    "text, person",
    [
        pytest.param("Ông Hoàng Minh Lào phụ trách kho. Ông Lào cho biết kho đã đầy.", "Hoàng Minh Lào", id="ong-lao"),
        pytest.param("Bà Vương Thị Nga phụ trách kho. Theo bà Nga, kho đã đầy.", "Vương Thị Nga", id="ba-nga"),
    ],
)
def test_a_one_word_country_after_a_vietnamese_honorific_is_the_given_name(text, person):
    assert people_of(text) == [person]
    assert countries_of(text) == []


@pytest.mark.parametrize(
    "text, country",
    [
        pytest.param("Các binh sĩ Lào đã tới doanh trại.", "Laos", id="soldiers-of-laos"),
    ],
)
def test_a_country_after_a_soldiers_word_is_still_the_country(text, country):
    assert countries_of(text) == [country]
