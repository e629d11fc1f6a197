"""A person named right after the place of their office, with no comma between, as a
Vietnamese title puts it ("Đại sứ Ý tại Congo Luca Attanasio": the ambassador in Congo, Luca
Attanasio): the place is no word of the name. The place is a word two countries' names end
with ("Congo", "Korea"), or a province whose Vietnamese name countries.yaml lists ("Bắc Kivu").
Every sentence is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.entities import find_in_sentence


def people(sentence: str, language: str) -> set[str]:
    return {f.name for f in find_in_sentence(sentence, language) if f.kind == "person"}


@pytest.mark.parametrize(
    "language, sentence, name",
    [
        pytest.param("vi", "Đại sứ Ý tại Congo Luca Bianchi đã đến thăm trại tị nạn hôm thứ Hai.", "Luca Bianchi", id="vi-congo-ambassador"),
        pytest.param("vi", "Đại sứ Hàn Quốc tại Congo Kim Min Jun cho biết đoàn xe bị chặn lại.", "Kim Min Jun", id="vi-congo-korean-name"),
        pytest.param("vi", "Thống đốc tỉnh Bắc Kivu Marc Lubala đã yêu cầu mở cuộc điều tra.", "Marc Lubala", id="vi-north-kivu-governor"),
        pytest.param("vi", "Phó Thống đốc tỉnh Nam Kivu Jean Mukendi cho biết tình hình đã ổn định.", "Jean Mukendi", id="vi-south-kivu-deputy"),
        pytest.param("fr", "L'ambassadeur au Congo Luca Bianchi a visité le camp lundi.", "Luca Bianchi", id="fr-congo-ambassador"),
    ],
)
def test_the_office_place_is_no_word_of_the_name(language, sentence, name):
    assert name in people(sentence, language)


@pytest.mark.parametrize(
    "language, sentence, name",
    [
        pytest.param("en", "The Congo Basin Forest Fund met in Kinshasa on Monday.", "Basin Forest Fund", id="en-body-of-dictionary-words"),
    ],
)
def test_a_body_opened_by_the_place_stays_whole(language, sentence, name):
    assert name not in people(sentence, language)
