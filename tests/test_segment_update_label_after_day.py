"""An update's label printed after the day it stamps ("Nov 14, 2025 (Updated)", "14/11/2025
10:20 Cập nhật", "14/11/2025 - actualizado"), or by its French short form ("MAJ le
14/11/2025"), makes the line an update's stamp: the page's date is the earlier publication
day printed on another line. A label followed by another day ("3 May 2025, updated 4 May
2025") labels that day, and the line's first day stays the publication's.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE as _HEAD, LEAD as _LEAD, MORE as _MORE
from newsdossier.extract import extract
from newsdossier.segment import publication_date_line


@pytest.mark.parametrize(("language", "stamp", "published"), [
    ("en", "Nov 14, 2025 (Updated)", "Nov 3, 2025"),
    ("vi", "Thứ Sáu, 14/11/2025 10:20 (Cập nhật)", "Thứ Hai, 03/11/2025 08:00"),
    ("vi", "14/11/2025 10:20 Cập nhật", "03/11/2025 08:00"),
    ("es", "14/11/2025 10:20 - Actualizado", "03/11/2025 08:00"),
    ("fr", "MAJ le 14/11/2025", "03/11/2025"),
])
def test_the_update_stamp_is_not_the_pages_date(language, stamp, published):
    text = "\n".join([_HEAD[language], stamp, published, _LEAD[language], _MORE[language]])
    assert extract(text).fields["date"] == "2025-11-03"
    assert not publication_date_line(stamp)


@pytest.mark.parametrize("line", [
    # (must not change) the label stands before another day, or there is none
    "3 November 2025, updated 14 November 2025",
    "03/11/2025 08:00 - Cập nhật 14/11/2025 10:20",
    "14 novembre 2025 à 10h20",
])
def test_a_line_whose_first_day_is_published(line):
    assert publication_date_line(line)
