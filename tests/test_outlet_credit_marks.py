"""Outlets named with the marks of their printed name: a typographic apostrophe where the
reference writes a straight one ("People’s Daily", sources.yaml writes apostrophes straight and
says so), and a name closing on a plus ("Vietnam+") in a credit line. Every sentence is written
for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract
from newsdossier.reference import reference
from newsdossier.segment import credit_line

_BODY = ("The harbour board agreed on Monday to dredge the channel by the old ferry pier after two storms "
         "closed it this winter.\n\nThe work starts in June and should last three months, a spokesman for "
         "the board said.")


@pytest.mark.parametrize(
    ("sentence", "outlet"),
    [
        pytest.param("The board met twice, as reported by the People\u2019s Army Newspaper.", "Quân đội nhân dân",
                     id="curly-running-text"),
        pytest.param("The board met twice, according to People\u2019s Daily, on the quay.", "People's Daily",
                     id="curly-according-to"),
        pytest.param("Les travaux ont commencé, selon l\u2019Agence d\u2019information du Burkina.",
                     "Agence d'information du Burkina", id="curly-french"),
        # (must not change) a straight apostrophe, and an accent the outlet's name has not
        pytest.param("The board met twice, as reported by the People's Army Newspaper.", "Quân đội nhân dân",
                     id="straight"),
    ],
)
def test_typographic_apostrophe_names_the_outlet(sentence, outlet):
    assert [row["name"] for row in reference().reporting_sources_in(sentence)] == [outlet]


def test_an_added_accent_still_names_no_outlet():
    # (must not change) "República Dominicana" is a country, not an outlet spelled without accents
    assert reference().sources_in("Vive en la República Dominicana desde 2010") is None


@pytest.mark.parametrize(
    ("line", "credited"),
    [
        pytest.param("Theo Vietnam+", "Vietnam+", id="theo"),
        pytest.param("(Theo Vietnam+)", "Vietnam+", id="theo-bracketed"),
        pytest.param("Nguồn: Vietnam+", "Vietnam+", id="nguon"),
        pytest.param("Source: Vietnam+ and AFP", "Vietnam+", id="plus-name-then-and"),
        # (must not change) a plus joining two outlets, a name without one
        pytest.param("AFP + Reuters", "AFP", id="plus-joins"),
        pytest.param("Theo TTXVN", "TTXVN", id="no-plus"),
    ],
)
def test_credit_line_keeps_the_plus_of_a_name(line, credited):
    assert credit_line(line) == credited


def test_closing_credit_line_with_plus_names_the_source():
    text = "Cảng sẽ được nạo vét\n\n" + _BODY + "\n\nTheo Vietnam+\n"
    assert extract(text).fields["source"] == "Vietnam News Agency"
