"""Faults a review found in the page metadata: a body paragraph about rights read as a
copyright line, a link in the body taken for the site, a section name in the title bar or
a place opening the lead taken for the outlet, a role after a byline taken for an outlet.
Each case is a page or a line of our own."""

import pytest

from newsdossier.extract import copyright_holder, extract


def _page(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


VI_HEADLINE = "Tỉnh khánh thành cây cầu mới nối hai bờ sông Lam"
VI_LEAD = ("Sáng nay, tỉnh đã khánh thành cây cầu mới nối hai xã bên bờ sông Lam sau hai năm thi công, "
           "giúp người dân đi lại thuận tiện hơn trong mùa mưa lũ.")


@pytest.mark.parametrize("paragraph", [
    "Bản quyền phát sóng giải bóng đá hạng nhất của mùa tới đã được một công ty truyền thông trong nước mua lại với giá cao.",
    "Bản quyền hình ảnh của bộ phim này từng được hai hãng phim tranh chấp suốt nhiều năm trước tòa án.",
])
def test_a_vietnamese_paragraph_about_rights_is_body_text(paragraph):
    page = _page(VI_HEADLINE, VI_LEAD, paragraph)
    assert paragraph in extract(page).body
