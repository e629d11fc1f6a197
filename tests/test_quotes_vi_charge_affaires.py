"""Quotes: "Đại biện" (chargé d'affaires), ad interim ("lâm thời") or not, is a title of office
(vocabulary.yaml "titles", vi): the apposition it opens after a name, closed by no comma,
says what the person's post is, and the person speaks, not the body named in it. Every
sentence is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        pytest.param("Đại sứ Lê Văn Nam, Đại biện lâm thời Phái đoàn thường trực Việt Nam tại Liên hợp quốc khẳng định "
                     "tầm quan trọng của đối thoại.", "Lê Văn Nam", id="dai-bien-lam-thoi"),
        pytest.param("Bà Trần Thị Hoa, Đại biện Đại sứ quán Việt Nam tại Liên hợp quốc cho biết đoàn đã an toàn.",
                     "Trần Thị Hoa", id="dai-bien"),
    ],
)
def test_the_charge_d_affaires_speaks(sentence, speaker):
    quotes = extract(sentence, None).quotes
    assert [q.speaker for q in quotes] == [speaker], quotes
