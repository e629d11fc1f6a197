"""Labels of a page widget printed with their values left out ("Visitors:" over "Online:",
"Chia sẻ:" over "Theo dõi:") above the headline are the page's furniture: the lead still
opens the text, so an outlet's code or a dateline opening it is read. A single line ending
on a colon stays where it was (a kicker above the headline).

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE, LEAD, MORE
from newsdossier.extract import extract
from newsdossier.segment import segment

_LABELS = {
    "en": ["Visitors:", "Online:"],
    "fr": ["Partager :", "Suivre :"],
    "es": ["Compartir:", "Síguenos en:"],
    "vi": ["Chia sẻ:", "Theo dõi:"],
}


def _page(language: str, opening: str, labels: list[str]) -> str:
    return "\n".join(["12/05/2024 09:30", *labels, HEADLINE[language], opening + LEAD[language], MORE[language]])


@pytest.mark.parametrize(("language", "opening", "source"), [
    ("en", "NNA - ", "National News Agency of Lebanon"),
    ("fr", "APS - ", "Agence de presse sénégalaise"),
    ("es", "EFE - ", "Agencia EFE"),
    ("vi", "TTXVN - ", "Vietnam News Agency"),
])
def test_an_outlet_code_under_empty_labels_is_the_source(language, opening, source):
    assert extract(_page(language, opening, _LABELS[language])).fields["source"] == source


@pytest.mark.parametrize(("language", "opening", "place"), [
    ("en", "JUBA, May 12 (Reuters) - ", "Juba"),
    ("fr", "BAMAKO, 12 mai (AFP) - ", "Bamako"),
    ("es", "BEIRUT, 12 may (EFE) - ", "Beirut"),
])
def test_a_dateline_under_empty_labels_is_read(language, opening, place):
    assert extract(_page(language, opening, _LABELS[language])).fields["dateline"] == place


@pytest.mark.parametrize("language", ["en", "fr", "es", "vi"])
def test_empty_labels_are_furniture_not_text(language):
    layout = segment(_page(language, "", _LABELS[language]))
    assert layout.title == HEADLINE[language]
    assert layout.paragraphs[0] == LEAD[language]
    assert all(label in layout.boilerplate for label in _LABELS[language])

