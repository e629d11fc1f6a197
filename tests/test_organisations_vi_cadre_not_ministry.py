"""In Vietnamese a ministry's name opens on a capitalised "Bộ" ("Bộ Quốc phòng", "Bộ Công
an"); the lowercase "bộ" of "cán bộ" (a cadre, an official) before a capitalised word is a
syllable of that word, no ministry ("cán bộ Quốc phòng" is a defence official). Every sentence
is written for these tests."""
from __future__ import annotations

import pytest

from actorcases import actors_of


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Các cán bộ Quốc phòng của tỉnh đã dự buổi lễ tiễn quân.", id="defence-cadres"),
        pytest.param("Hai cán bộ Công an tỉnh đã lên đường sang Abyei.", id="police-cadres"),
    ],
)
def test_the_syllable_of_a_cadre_names_no_ministry(text):
    assert actors_of(text)[1] == []


@pytest.mark.parametrize(
    "text, body",
    [
        pytest.param("Bộ Quốc phòng tổ chức lễ xuất quân cho đội công binh.", "Ministry of Defence of Vietnam", id="ministry"),
        pytest.param("Hai cán bộ Bộ Công an đã lên đường làm nhiệm vụ.", "Ministry of Public Security of Vietnam",
                     id="cadres-of-the-ministry"),
    ],
)
def test_a_capitalised_ministry_stays_found(text, body):
    assert actors_of(text)[1] == [body]
