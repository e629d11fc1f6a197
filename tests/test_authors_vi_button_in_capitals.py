"""A button or heading printed in capitals under the text ("TÌM DỊCH VỤ", find services; "XEM
THÊM", see more; "TIN LIÊN QUAN", related news) is the page's furniture, no writer signing the
text off, as "VOIR PLUS" or "VER MÁS" already are: every word one of vocabulary
page_heading_words, Vietnamese ones read with their tone marks ("vụ", a service, is not
"Vũ", a family name; two syllables at least). A writer's name in capitals ("THANH TÙNG",
"MINH ANH") still signs it, as does a given name of one syllable that is also a listed word
("Tác giả: Trang", "trang" as in "TRANG CHỦ", home page).

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from newsdossier.extract import extract

PAGES = {
    "vi": "Lực lượng gìn giữ hòa bình rời thị trấn biên giới\nNhững binh sĩ gìn giữ hòa bình cuối cùng đã rời thị trấn "
          "biên giới hôm thứ Ba, người phát ngôn của phái bộ cho biết. Các binh sĩ đã bàn giao căn cứ cho quân đội.\n\n{line}\n",
    "fr": "Les casques bleus quittent la ville frontalière\nLes derniers casques bleus ont quitté mardi la ville frontalière, "
          "a indiqué un porte-parole de la mission. Les soldats ont remis leur base à l'armée.\n\n{line}\n",
    "es": "Los cascos azules dejan la ciudad fronteriza\nLos últimos cascos azules dejaron el martes la ciudad fronteriza, "
          "dijo un portavoz de la misión. Las tropas entregaron su base al ejército.\n\n{line}\n",
    "en": "Peacekeepers leave the border town\nThe last peacekeepers left the border town on Tuesday, a spokesman for the "
          "mission said. The troops handed their base over to the army.\n\n{line}\n",
}


@pytest.mark.parametrize(
    ("language", "line"),
    [
        pytest.param("vi", "TÌM DỊCH VỤ", id="vi-find-services"),
        pytest.param("vi", "XEM THÊM", id="vi-see-more"),
        pytest.param("vi", "TIN LIÊN QUAN", id="vi-related"),
        pytest.param("vi", "ĐỌC TIẾP", id="vi-read-on"),
        pytest.param("fr", "VOIR PLUS", id="fr"),
        pytest.param("es", "VER MÁS", id="es"),
        pytest.param("en", "FIND SERVICES", id="en"),
    ],
)
def test_a_button_in_capitals_signs_nothing(language, line):
    assert extract(PAGES[language].format(line=line)).fields["authors"] == []


@pytest.mark.parametrize(
    ("language", "line", "writer"),
    [
        pytest.param("vi", "THANH TÙNG", "Thanh Tùng", id="vi-pen-name"),
        pytest.param("vi", "MINH ANH", "Minh Anh", id="vi-two-syllables"),
        pytest.param("fr", "JEANNE DUPRÉ", "Jeanne Dupré", id="fr"),
    ],
)
def test_a_writer_in_capitals_still_signs(language, line, writer):
    assert extract(PAGES[language].format(line=line)).fields["authors"] == [writer]


@pytest.mark.parametrize(
    ("line", "writer"),
    [
        pytest.param("Tác giả: Trang", "Trang", id="vi-trang"),
        pytest.param("Tác giả: Liên", "Liên", id="vi-lien"),
    ],
)
def test_a_one_syllable_given_name_that_is_a_listed_word_still_signs(line, writer):
    page = ("Lực lượng gìn giữ hòa bình rời thị trấn biên giới\n" + line + "\nHà Nội, 8/4 - Những binh sĩ gìn giữ hòa "
            "bình cuối cùng đã rời thị trấn biên giới hôm thứ Ba, người phát ngôn của phái bộ cho biết.\nCác binh sĩ đã "
            "bàn giao căn cứ cho quân đội.\n")
    assert extract(page).fields["authors"] == [writer]
