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


EN_HEADLINE = "River town opens a new clinic for mothers and children"
EN_LEAD = ("The health board of the river town opened a clinic for mothers and young children on Monday, "
           "the first in the district, after two years of building work.")
EN_SECOND = "The clinic will see up to forty patients a day, the board's director told reporters at the opening."
EN_LAST = "A second clinic is planned for the northern villages next year, the director added."


@pytest.mark.parametrize("link", [
    "https://www.who.int/publications/clinic-report-2022",
    "www.worldbank.org/en/news/health-financing",
])
def test_a_link_inside_the_text_is_not_the_site(link):
    page = _page(f"{EN_HEADLINE} | The Valley Ledger", EN_HEADLINE, EN_LEAD, link, EN_SECOND, EN_LAST)
    assert extract(page).fields["source"] == "The Valley Ledger"


@pytest.mark.parametrize("link", [
    "https://www.who.int/publications/clinic-report-2022",
    "www.worldbank.org/en/news/health-financing",
])
def test_a_link_among_the_paragraphs_is_not_the_site_without_a_title_bar(link):
    page = _page(EN_HEADLINE, EN_LEAD, link, EN_SECOND, EN_LAST)
    assert extract(page).fields["source"] != link.split("/")[2 if link.startswith("http") else 0].removeprefix("www.")


def test_the_address_printed_under_the_page_names_the_site():
    page = _page(EN_HEADLINE, EN_LEAD, EN_SECOND, EN_LAST, "https://www.valleyledger-news.com/health/clinic-opens")
    assert extract(page).fields["source"] == "valleyledger-news.com"


@pytest.mark.parametrize("section", ["Politics", "Opinion", "World News", "Health & Science", "Thời sự"])
def test_a_section_name_in_the_title_bar_is_no_outlet(section):
    page = _page(f"{EN_HEADLINE} | {section}", EN_HEADLINE, EN_LEAD, EN_SECOND, EN_LAST)
    assert extract(page).fields["source"] != section


@pytest.mark.parametrize("site", ["The Valley Ledger", "Riverside Courier", "valleyledger-news.com"])
def test_an_outlet_in_the_title_bar_is_still_the_site(site):
    page = _page(f"{EN_HEADLINE} | {site}", EN_HEADLINE, EN_LEAD, EN_SECOND, EN_LAST)
    assert extract(page).fields["source"] == site


@pytest.mark.parametrize("opening", ["(Port Loko) – ", "(Hà Tĩnh) – ", "(UPDATE 2) - ", "(Updated 3) – "])
def test_a_place_or_kicker_in_brackets_opening_the_lead_is_no_outlet(opening):
    page = _page(EN_HEADLINE, opening + EN_LEAD, EN_SECOND, EN_LAST)
    source = extract(page).fields["source"]
    assert not source or source not in opening


@pytest.mark.parametrize("opening, expected", [
    ("(Báo Sông Lam) – ", "Báo Sông Lam"),
    ("(Valley Ledger) - ", "Valley Ledger"),
    ("(VLN) – ", "VLN"),
    ("(Valleyledger.vn) – ", "Valleyledger.vn"),
])
def test_an_outlet_in_brackets_opening_the_lead_is_the_source(opening, expected):
    page = _page(EN_HEADLINE, opening + EN_LEAD, EN_SECOND, EN_LAST)
    assert extract(page).fields["source"] == expected


@pytest.mark.parametrize("byline", [
    "By Jane Roe, the Leader of the Opposition",
    "By Jane Roe for The Times Square Alliance",
    "By Jane Roe, The Daily Bread Foundation",
    "Par Jeanne Rivière, la Voix des Femmes Rurales",
])
def test_a_role_or_a_body_after_a_byline_is_no_outlet(byline):
    page = _page(EN_HEADLINE, byline, EN_LEAD, EN_SECOND, EN_LAST)
    extraction = extract(page)
    assert extraction.fields["source"] == ""


@pytest.mark.parametrize("byline, expected", [
    ("By Jane Roe for The Valley Ledger", "The Valley Ledger"),
    ("By Jane Roe, The Riverside Courier", "The Riverside Courier"),
    ("Por Ana Ruiz para El Diario de Valle Alto", "El Diario de Valle Alto"),
])
def test_an_unknown_outlet_after_a_byline(byline, expected):
    page = _page(EN_HEADLINE, byline, EN_LEAD, EN_SECOND, EN_LAST)
    assert extract(page).fields["source"] == expected


LONG_TAIL = (" and the judges of three countries have heard them over the past ten years, with the record labels "
             "winning most of the cases, the musicians' union said in a report on the state of the trade published "
             "this week, which counted more than two hundred cases brought by the labels and by the songwriters.")


@pytest.mark.parametrize("opening", [
    "Copyright infringement lawsuits against streaming sites have grown in number.",
    "Copyright law reform, the assembly heard,",
    "© protection for song lyrics - a reform -",
])
def test_a_long_paragraph_opening_with_the_word_copyright_names_no_holder(opening):
    paragraph = opening + LONG_TAIL
    assert len(paragraph) > 300
    assert copyright_holder(paragraph) is None


def test_a_long_footer_opening_with_a_copyright_line_still_names_its_holder():
    footer = "Copyright 2024 Valley Ledger Media. No part of this site may be copied" + LONG_TAIL
    assert copyright_holder(footer) == "Valley Ledger Media"


@pytest.mark.parametrize("paragraph", [
    "Copyright infringement lawsuits against streaming sites have grown in number, the court's registry said on Monday.",
    "Copyright law reform was on the agenda of the assembly, whose members debated it for two days.",
    "(c) to protect the civilians of the river district and to support the return of those who fled;",
    "(c) to report to the assembly by 31 December 2024 on the return of those who fled the river district;",
])
def test_a_body_paragraph_opening_like_a_copyright_line_is_body_text(paragraph):
    """A paragraph that opens with the word "copyright", or an item "(c)" of a list in the text,
    is article text; only a copyright line (a mark, a year, a colon, or a short line) is page
    furniture."""
    page = _page(EN_HEADLINE, EN_LEAD, paragraph, EN_SECOND, EN_LAST)
    assert paragraph in extract(page).body


@pytest.mark.parametrize("line", [
    "Copyright 2024 The Valley Ledger. All rights reserved.",
    "Copyright © The Valley Ledger",
    "Copyright: The Valley Ledger",
    "Copyright The Valley Ledger Media Group",
    "(c) 2024 The Valley Ledger",
    "(c) The Valley Ledger 2024",
    "© The Valley Ledger",
    "Copyright The Valley Ledger Media Group Limited, registered in the river district, all rights reserved.",
])
def test_a_copyright_line_is_not_body_text(line):
    page = _page(EN_HEADLINE, EN_LEAD, EN_SECOND, EN_LAST, line)
    assert line not in extract(page).body
