"""Country names in every language of the corpus: countries.yaml plus the Unicode CLDR's names
(reference.cldr_names), without the short and ambiguous ones. Sentences written for the test."""
from __future__ import annotations

import pytest

from newsdossier.entities import find_in_sentence
from newsdossier.reference import reference


def countries(sentence: str, language: str) -> list[str]:
    return [f.name for f in find_in_sentence(sentence, language) if f.kind == "country"]


@pytest.mark.parametrize(("language", "sentence", "expected"), [
    pytest.param("vi", "Các kỹ sư đã đến Nam Sudan vào tháng Tư.", ["South Sudan"], id="vi-south-sudan-not-sudan"),
    pytest.param("vi", "Đơn vị công binh làm nhiệm vụ tại Cộng hòa Trung Phi.", ["Central African Republic"], id="vi-car-full"),
    pytest.param("vi", "Hai sĩ quan được cử sang CH Trung Phi trong năm nay.", ["Central African Republic"], id="vi-car-abbreviated"),
    pytest.param("vi", "Bệnh viện dã chiến của Việt Nam đã sẵn sàng.", ["Vietnam"], id="vi-vietnam"),
    pytest.param("vi", "Phái đoàn Hàn Quốc đã đến thăm bệnh viện.", ["South Korea"], id="vi-south-korea"),
    pytest.param("fr", "Des renforts sont arrivés du Soudan du Sud.", ["South Sudan"], id="fr-south-sudan"),
    pytest.param("es", "Los ingenieros llegaron a Sudán del Sur.", ["South Sudan"], id="es-south-sudan"),
])
def test_a_countrys_name_in_the_articles_language_is_that_country(language, sentence, expected):
    assert countries(sentence, language) == expected


@pytest.mark.parametrize(("language", "sentence"), [
    pytest.param("vi", "Trung tá Nguyễn Minh Đức đã phát biểu tại buổi lễ.", id="vi-given-name-duc-is-not-germany"),
    pytest.param("vi", "Thiếu tá Trần Thị Nga dạy tiếng cho trẻ em.", id="vi-given-name-nga-is-not-russia"),
    pytest.param("vi", "Đại úy Lê Tuấn Anh chỉ huy đội công binh.", id="vi-given-name-anh-is-not-britain"),
])
def test_a_short_country_name_that_is_also_a_given_name_is_no_country(language, sentence):
    assert countries(sentence, language) == []


@pytest.mark.parametrize("name", ["Congo", "Guinea", "Sudan"])
def test_a_name_that_is_words_of_another_countrys_name_is_not_added_from_the_cldr(name):
    added = {n for names in reference().cldr_names.values() for n in names.values()}
    assert name not in added


def test_the_cldr_adds_names_in_every_language_of_the_corpus():
    names = reference().cldr_names
    assert {lang for row in names.values() for lang in row} == {"en", "fr", "es", "vi"}
    assert names["SS"]["vi"] == "Nam Sudan"
