"""One helper reads the full date a line closes on in brackets, for both its uses: a bracket
holding the date alone (maybe a weekday) dates a headline's page; one holding a few other
words beside the date ("(rapport du 12 mars 2023)") still closes no sentence, so the line stays
a headline, but dates nothing.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from newsdossier.segment import closing_bracketed_day

CASES = [
    # (line, the date read with alone=True, the date read with alone=False)
    ("Peacekeepers hold the bridge (7 November 2024)", "7 November 2024", "7 November 2024"),
    ("Communiqué sur la patrouille (mardi 12 mars 2023)", "12 mars 2023", "12 mars 2023"),
    ("Declaración de la misión [12/3/2023]", "12/3/2023", "12/3/2023"),
    ("Les casques bleus restent au sud (rapport du 12 mars 2023)", None, "12 mars 2023"),
    ("Troops stay in the south (since 7 November 2024)", None, "7 November 2024"),
    ("Troops stay in the south (AFP, 7 November 2024)", None, "7 November 2024"),
    ("Casualties rise in the north (12 killed in 2024)", None, None),
    ("Truce holds (from 3 to 5 May 2024)", None, None),
    ("Lính gìn giữ hòa bình ở lại miền nam (7/11/2024) và", None, None),
]


@pytest.mark.parametrize(("line", "alone", "beside"), CASES)
def test_the_closing_bracketed_day(line, alone, beside):
    read = closing_bracketed_day(line)
    assert (read.text if read else None) == alone
    read = closing_bracketed_day(line, alone=False)
    assert (read.text if read else None) == beside
