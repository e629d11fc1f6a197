"""The Vietnam News Agency's daily, Báo Tin tức, credited in a sign-off or a credit line
("Minh Anh/Báo Tin tức", "Theo Báo Tin tức", "Nguồn: baotintuc.vn"), is the source as any
listed outlet is (sources.yaml); "Tin tức" alone is the everyday word for news and credits
nothing. Every page here is of our own making."""
from __future__ import annotations

import pytest

from headcases import HEADLINE, LEAD, MORE
from newsdossier.extract import extract


def _page(closing: str) -> str:
    return f"{HEADLINE['vi']}\n\n{LEAD['vi']}\n\n{MORE['vi']}\n\n{closing}\n"


@pytest.mark.parametrize("closing", [
    pytest.param("Minh Anh/Báo Tin tức", id="signoff-slash"),
    pytest.param("Theo Báo Tin tức", id="theo"),
    pytest.param("Nguồn: baotintuc.vn", id="domain"),
])
def test_the_daily_credited(closing):
    assert extract(_page(closing)).fields["source"] == "Báo Tin tức"


@pytest.mark.parametrize("closing", [
    pytest.param("Tin tức", id="word-alone"),
    pytest.param("Xem thêm tin tức khác", id="more-news-link"),
])
def test_no_outlet_from_the_everyday_word(closing):
    assert extract(_page(closing)).fields["source"] != "Báo Tin tức"
