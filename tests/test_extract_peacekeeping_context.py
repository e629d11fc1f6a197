"""Missions inferred from a host country need a peacekeeping context; in Vietnamese that
context is written several ways (the tone mark of "hòa"/"hoà" placed on either vowel, the
word order "giữ gìn", the "blue berets" of "mũ nồi xanh"). Every text here is written for
these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract, peacekeeping_context


def page(*blocks: str) -> str:
    return "\n\n".join(blocks)


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Năm 2019, ba sĩ quan lên đường làm nhiệm vụ gìn giữ hoà bình tại Cộng hòa Trung Phi.", id="tone-on-a"),
        pytest.param("Năm 2019, ba sĩ quan lên đường làm nhiệm vụ giữ gìn hòa bình tại Cộng hòa Trung Phi.", id="word-order"),
        pytest.param("Năm 2019, ba sĩ quan mũ nồi xanh lên đường làm nhiệm vụ tại Cộng hòa Trung Phi.", id="blue-berets"),
    ],
)
def test_a_vietnamese_peacekeeping_text_implies_the_host_countrys_mission(sentence):
    text = page("Ba sĩ quan lên đường", sentence, "Các sĩ quan sẽ làm việc trong một năm.")
    assert peacekeeping_context(text)
    assert extract(text).fields["missions_inferred"] == ["minusca"]


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Năm 2019, đoàn doanh nghiệp sang Cộng hòa Trung Phi tìm hiểu thị trường gỗ.", id="vi-trade"),
        pytest.param("In 2019, a trade delegation visited the Central African Republic to study its timber market.", id="en-trade"),
    ],
)
def test_a_host_country_outside_a_peacekeeping_context_implies_nothing(sentence):
    text = page("A visit", sentence, "More text follows.")
    assert not peacekeeping_context(text)
    assert extract(text).fields["missions_inferred"] == []


def test_the_english_and_french_contexts_still_count():
    assert peacekeeping_context("The peace-keeping force") and peacekeeping_context("les Casques bleus")
    assert peacekeeping_context("UN peacekeepers") and peacekeeping_context("las misiones de mantenimiento de la paz")
