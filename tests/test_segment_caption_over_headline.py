"""The lead picture's legend printed above the headline without a photo marker (no "Photo:",
no credit): a sentence alone on its line, then a line with no stop shaped like a headline,
then the head's date line or byline before the text. The line under the legend is the
headline; the legend reads as a sentence, but the date and the byline under the next line say
which one heads the page. A legend of more than one sentence is a paragraph, and nothing
changes then.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE as _HEAD, LEAD as _LEAD, CAPTION as _CAPTION
from newsdossier.extract import extract

_DATE = {"en": "March 12, 2024", "fr": "12 mars 2024", "es": "12 de marzo de 2024", "vi": "12/03/2024 10:15"}
_BYLINE = {"en": "By Jane Roe", "fr": "Par Jean Dupont", "es": "Por Ana Gómez", "vi": "Bởi Nguyễn Văn An"}
_MORE = {
    "en": "The mission has about ten thousand troops from forty countries in the area, and its commander met the army chief of staff on Thursday to discuss the situation along the line.",
    "fr": "La mission compte environ dix mille soldats venus de quarante pays dans la zone, et son commandant a rencontré jeudi le chef d'état-major de l'armée pour évoquer la situation le long de la ligne.",
    "es": "La misión cuenta con unos diez mil soldados de cuarenta países en la zona, y su comandante se reunió el jueves con el jefe del Estado Mayor del ejército para analizar la situación en la línea.",
    "vi": "Phái bộ có khoảng mười nghìn binh sĩ đến từ bốn mươi quốc gia trong khu vực, và chỉ huy của phái bộ đã gặp tổng tham mưu trưởng quân đội hôm thứ Năm để bàn về tình hình dọc đường ranh giới.",
}


@pytest.mark.parametrize("language", ["en", "fr", "es", "vi"])
@pytest.mark.parametrize("head", ["date", "byline", "both"])
def test_a_legend_above_the_headline_and_its_date_line_is_no_headline(language, head):
    under = {"date": [_DATE[language]], "byline": [_BYLINE[language]], "both": [_DATE[language], _BYLINE[language]]}[head]
    text = "\n".join([_CAPTION[language], _HEAD[language], *under, _LEAD[language], _MORE[language]])
    assert extract(text).fields["title"] == _HEAD[language]


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_legend_under_the_menu_is_no_headline_either(language):
    text = "\n".join(["Home", "World", _CAPTION[language], _HEAD[language], _DATE[language], "Share", _LEAD[language], _MORE[language]])
    assert extract(text).fields["title"] == _HEAD[language]


def test_a_paragraph_of_two_sentences_above_the_line_is_no_legend():
    # (must not change) two sentences on the first line: the page's text opens there
    first = "Peacekeepers patrolled the capital on Friday. The mission said the streets were calm."
    text = "\n".join([first, "What the mission said about its patrols", "March 12, 2024", _LEAD["en"], _MORE["en"]])
    assert extract(text).fields["title"] != "What the mission said about its patrols"


@pytest.mark.parametrize(("language", "headline"), [
    ("fr", "Mali : les casques bleus restent sur leurs positions dans le sud"),
    ("es", "Líbano: los cascos azules se quedan en sus posiciones del sur"),
])
def test_a_headline_with_its_place_kicker_under_a_legend_is_printed(language, headline):
    text = "\n".join([_CAPTION[language], headline, _DATE[language], _BYLINE[language], _LEAD[language], _MORE[language]])
    fields = extract(text).fields
    assert fields["title"] == headline and fields["title_basis"] == "printed"
