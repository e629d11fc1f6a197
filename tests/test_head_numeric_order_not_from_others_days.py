"""The order a page writes its numeric dates in (day or month first) is read from the dates it
writes in words, but only from its own: a widget's day (under "Weather in: Leeds"), a copier's
stamp ("This copy was retrieved at" / "10:12, November 14, 2024", or on one line) or a reader's
comment's stamp under the thread's heading is worded by another (a widget's, an aggregator's,
a comment plugin's locale) and leaves "Published 05/11/2024" day first.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE, LEAD, MORE
from newsdossier.extract import extract

PUBLISHED = "Published 05/11/2024"


@pytest.mark.parametrize("lines", [
    pytest.param(["Weather in: Leeds 12°C", "Thursday, November 14, 2024", HEADLINE["en"], PUBLISHED, LEAD["en"], MORE["en"]],
                 id="widget-day"),
    pytest.param(["This copy was retrieved at", "10:12, November 14, 2024", HEADLINE["en"], PUBLISHED, LEAD["en"], MORE["en"]],
                 id="copy-stamp-above"),
    pytest.param([HEADLINE["en"], PUBLISHED, LEAD["en"], MORE["en"], "Retrieved on November 14, 2024"],
                 id="copy-stamp-one-line"),
    pytest.param([HEADLINE["en"], PUBLISHED, LEAD["en"], MORE["en"], "Comments", "Bertram Osei", "November 14, 2024 at 7:41 pm",
                  "My thoughts are with the soldiers' families."], id="comment-stamp"),
])
def test_anothers_worded_day_gives_no_order_to_the_pages_numeric_date(lines):
    assert extract("\n\n".join(lines)).determined_date == "2024-11-05"


def test_the_pages_own_worded_day_still_gives_the_order():
    lines = [HEADLINE["en"], PUBLISHED, LEAD["en"], "The mission first deployed there on October 30, 2024.", MORE["en"]]
    assert extract("\n\n".join(lines)).determined_date == "2024-05-11"
