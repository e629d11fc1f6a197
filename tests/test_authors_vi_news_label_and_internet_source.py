"""A Vietnamese page credits its writer after a label and a colon under the text ("Tin bài: Lê
Văn An", "Bài viết: Trần Thị Bình", "Tin: Phạm Văn Cường"; vocabulary byline_colon_labels), and
may say the story came from "the Internet" on the line under it ("Nguồn Internet", "Nguồn:
Internet"): a credit naming no outlet and no writer. Every page here is of our own making."""
from __future__ import annotations

import pytest

from headcases import HEADLINE, LEAD, MORE
from newsdossier.extract import extract


def _page(*closing: str) -> str:
    return "\n\n".join([HEADLINE["vi"], LEAD["vi"], MORE["vi"], *closing, "Bình luận", "Chia sẻ"])


@pytest.mark.parametrize("closing, authors", [
    pytest.param(("Tin bài: Lê Văn An",), ["Lê Văn An"], id="tin-bai"),
    pytest.param(("Bài viết: Trần Thị Bình",), ["Trần Thị Bình"], id="bai-viet"),
    pytest.param(("Tin bài: Lê Văn An", "Nguồn Internet"), ["Lê Văn An"], id="tin-bai-internet"),
    pytest.param(("Tin bài: Lê Văn An", "Nguồn: Internet"), ["Lê Văn An"], id="tin-bai-internet-colon"),
])
def test_the_writer_after_a_news_label(closing, authors):
    assert extract(_page(*closing)).fields["authors"] == authors


@pytest.mark.parametrize("closing", [
    # a sentence opening on "Tin" without the colon is no credit (near miss)
    pytest.param(("Tin vui đến với các chiến sĩ vào sáng nay.",), id="tin-sentence"),
    # "the Internet" alone credits nobody
    pytest.param(("Nguồn Internet",), id="internet-alone"),
])
def test_no_writer_without_a_label(closing):
    assert extract(_page(*closing)).fields["authors"] == []


@pytest.mark.parametrize("closing", [
    # the editorial board signing after the label: the page's word for no writer (vocabulary
    # anonymous_bylines), no writer, and its last word no agency's acronym ("Tập" is not TAP)
    pytest.param(("Tin bài: Ban Biên Tập",), id="tin-bai-editorial-board"),
    pytest.param(("Bài viết: Ban Biên Tập",), id="bai-viet-editorial-board"),
])
def test_the_editorial_board_after_a_news_label(closing):
    fields = extract(_page(*closing)).fields
    assert (fields["source"] or "", fields["authors"]) == ("", [])


def _page_in(language: str, closing: str) -> str:
    return "\n\n".join([HEADLINE[language], LEAD[language], MORE[language], closing, "Comments", "Share"])


@pytest.mark.parametrize("language, closing, outlet", [
    # a source's label crediting "the Internet", a collection or a compilation names no
    # outlet (the rulebook; vocabulary no_outlet_credits)
    pytest.param("vi", "Nguồn: Internet", "", id="vi-nguon-internet"),
    pytest.param("vi", "Nguồn: Sưu tầm", "", id="vi-nguon-suu-tam"),
    pytest.param("en", "Source: Internet", "", id="en-source-internet"),
    pytest.param("es", "Fuente: Internet", "", id="es-fuente-internet"),
    # a source's label naming a paper still names it (near miss)
    pytest.param("vi", "Nguồn: Báo Sông Hồng", "Báo Sông Hồng", id="vi-nguon-paper"),
])
def test_a_source_label_naming_no_outlet(language, closing, outlet):
    assert (extract(_page_in(language, closing)).fields["source"] or "") == outlet
