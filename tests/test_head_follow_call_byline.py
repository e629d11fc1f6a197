"""A writer's name glued to a call to follow the outlet and a dash before the lead ("Hoàng
Minh Theo dõi báo trên GD&TĐ -Sau một năm ...", "Jane Roe Follow us on Google News - The
...") is the byline, the outlet the call names (where the reference knows it) the page's
source, and neither is the text's first words.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from newsdossier.extract import extract
from newsdossier.segment import segment

CASES = [
    ("Chiến sĩ mũ nồi xanh về nước", "Hoàng Minh Theo dõi báo trên GD&TĐ -",
     "Sau một năm làm nhiệm vụ, tối 28/9, các chiến sĩ đã về đến sân bay an toàn.", "Hoàng Minh", "Giáo dục & Thời đại"),
    ("Peacekeepers return home", "Jane Roe Follow us on Google News - ",
     "The unit of 150 soldiers returned on Tuesday to its base after a year with the mission.", "Jane Roe", ""),
    ("Los cascos azules vuelven", "Ana Gómez Síguenos en Servimedia – ",
     "Los soldados del contingente regresaron el martes a su base tras un año en la misión.", "Ana Gómez", "Servimedia"),
    ("Les casques bleus rentrent", "Jean Dupont Suivez-nous sur Google News - ",
     "Les soldats du contingent sont rentrés mardi à leur base après un an passé dans la mission.", "Jean Dupont", ""),
]


@pytest.mark.parametrize(("headline", "glued", "lead", "writer", "source"), CASES)
def test_a_name_glued_to_a_follow_call_is_the_byline(headline, glued, lead, writer, source):
    text = "\n\n".join([headline, glued + lead, "Một đoạn văn khác của bài viết để trang có thêm nội dung."])
    fields = extract(text).fields
    assert (fields["authors"], fields["source"]) == ([writer], source)
    assert segment(text).paragraphs[0] == lead


@pytest.mark.parametrize("notice", [
    ["Trang này được sao chép tự động.", "Bạn sẽ được chuyển đến bài gốc sau ít phút nữa,", "xin cảm ơn bạn đã đọc."],
    ["This page was copied automatically.", "You will be taken to the original story in a few seconds,", "thank you for reading."],
])
def test_the_glued_byline_under_a_copiers_notice(notice):
    headline, glued, lead, writer, _ = CASES[0] if notice[0].startswith("Trang") else CASES[1]
    text = "\n\n".join([headline, *notice, glued + lead, "Một đoạn văn khác của bài viết để trang có thêm nội dung."])
    assert extract(text).fields["authors"] == [writer]
