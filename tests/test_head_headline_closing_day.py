"""A headline closing on a full date in brackets ("... (7 November 2024)", "... (12 mars
2023)", "... [12 de marzo de 2023]", "... (12/3/2023)"), as press offices print a statement's
day, dates the page as far as its text shows it where nothing else printed dates it; a
bracket holding more than a date, or a date before a year the text names as past (an
anniversary's headline), does not.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE, LEAD, MORE
from newsdossier.extract import extract

# a lead that repeats the headline's words, so that the dated line reads as the headline
ECHO = {
    "en": "Peacekeepers will stay in their positions in the south, the mission said, despite the warnings of both sides.",
    "fr": "Les casques bleus restent sur leurs positions dans le sud, a indiqué la mission, malgré les avertissements des deux camps.",
    "es": "Los cascos azules se quedan en sus posiciones del sur, indicó la misión, pese a las advertencias de ambos bandos.",
    "vi": "Lính gìn giữ hòa bình ở lại các vị trí ở miền nam, phái bộ cho biết, bất chấp các cảnh báo của hai bên.",
}


def _page(language: str, closing: str, lead: str | None = None) -> str:
    return "\n\n".join([f"{HEADLINE[language]} {closing}", lead or ECHO[language], MORE[language]])


@pytest.mark.parametrize(("language", "closing", "day"), [
    ("en", "(12 March 2023)", "2023-03-12"),
    ("en", "(March 12, 2023)", "2023-03-12"),
    ("fr", "(7 novembre 2024)", "2024-11-07"),
    ("fr", "(jeudi 7 novembre 2024)", "2024-11-07"),
    ("es", "[12 de marzo de 2023]", "2023-03-12"),
])
def test_a_headline_closing_on_a_bracketed_day_dates_the_text(language, closing, day):
    result = extract(_page(language, closing))
    assert (result.determined_date, result.fields["title"]) == (day, f"{HEADLINE[language]} {closing}")


@pytest.mark.parametrize(("language", "closing", "lead"), [
    ("en", "(7 April 1994)", "Thirty years later, in 2024, the survivors met again in the south with the peacekeepers."),
    ("fr", "(rapport du 12 mars 2023)", None),
])
def test_another_days_bracket_does_not_date_the_text(language, closing, lead):
    assert extract(_page(language, closing, lead)).determined_date == ""
