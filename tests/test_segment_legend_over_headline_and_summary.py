"""The lead picture's legend printed above the headline (one sentence, its stop), the
headline's summary printed as list items under the headline ("\u2022 ..."), then the text,
with or without a date line: the line between the legend and the summary is the headline,
the legend a caption and no summary item the title, even where the headline shares no word
with the lead. Without the legend, nothing changes.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import LEAD as _LEAD, CAPTION as _CAPTION
from newsdossier.extract import extract

# a headline sharing no word with the lead
_HEAD = {
    "en": "Calm returns to the border villages",
    "fr": "Le calme revient dans les villages frontaliers",
    "es": "La calma vuelve a los pueblos fronterizos",
    "vi": "Bình yên trở lại các làng biên giới",
}
_SUMMARY = {
    "en": ["\u2022 The mission keeps all its positions in the south", "\u2022 The council meets next month on its future"],
    "fr": ["\u2022 La mission garde toutes ses positions dans le sud", "\u2022 Le Conseil se réunit le mois prochain"],
    "es": ["\u2022 La misión mantiene todas sus posiciones en el sur", "\u2022 El Consejo se reúne el mes próximo"],
    "vi": ["\u2022 Phái bộ giữ tất cả các vị trí ở miền nam", "\u2022 Hội đồng họp vào tháng tới"],
}
_DATE = {"en": "March 12, 2024", "fr": "12 mars 2024", "es": "12 de marzo de 2024", "vi": "12/03/2024 10:15"}
_MORE = {
    "en": "The mission has about ten thousand troops from forty countries in the area, and its commander met the army chief of staff on Thursday to discuss the situation along the line.",
    "fr": "La mission compte environ dix mille soldats venus de quarante pays dans la zone, et son commandant a rencontré jeudi le chef d'état-major de l'armée pour évoquer la situation le long de la ligne.",
    "es": "La misión cuenta con unos diez mil soldados de cuarenta países en la zona, y su comandante se reunió el jueves con el jefe del Estado Mayor del ejército para analizar la situación en la línea.",
    "vi": "Phái bộ có khoảng mười nghìn binh sĩ đến từ bốn mươi quốc gia trong khu vực, và chỉ huy của phái bộ đã gặp tổng tham mưu trưởng quân đội hôm thứ Năm để bàn về tình hình dọc đường ranh giới.",
}


@pytest.mark.parametrize("language", ["en", "fr", "es", "vi"])
@pytest.mark.parametrize("under", ["summary", "summary and date", "date"])
def test_the_line_under_a_legend_and_over_the_heads_summary_is_the_headline(language, under):
    head = {"summary": _SUMMARY[language], "summary and date": [*_SUMMARY[language], _DATE[language]],
            "date": [_DATE[language]]}[under]
    result = extract("\n".join([_CAPTION[language], _HEAD[language], *head, _LEAD[language], _MORE[language]]))
    assert result.fields["title"] == _HEAD[language]
    assert not any(_CAPTION[language].rstrip(".") in para for para in result.body)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_summary_under_the_headline_alone_changes_nothing(language):
    # (must not change) no legend above: the headline is the first line
    result = extract("\n".join([_HEAD[language], *_SUMMARY[language], _LEAD[language], _MORE[language]]))
    assert result.fields["title"] == _HEAD[language]


def test_a_paragraph_above_a_list_is_no_legend():
    # (must not change) two sentences on the first line: the text opens there
    first = "Peacekeepers patrolled the capital on Friday. The mission said the streets were calm."
    text = "\n".join([first, "What the mission said about its patrols", *_SUMMARY["en"], _LEAD["en"], _MORE["en"]])
    assert extract(text).body[0].startswith("Peacekeepers patrolled")
