"""A picture's credit alone on its line ("Photo: Jane Roe") makes the short line right under
it the picture's legend, but not a line opening with a dispatch's credited dateline: a day or
a place, an outlet in brackets, a dash ("April 8, 2020 (Harbourpedia) — The ...", "JUBA (AFP)
— ..."). That line is the lead, and its credit and dateline are read. A legend under the
credit stays a legend.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from newsdossier.extract import extract
from newsdossier.segment import segment

PAGE = "{headline}\n\n{credit}\n\n{lead}\n\n{more}\n\n{again}\n"

CASES = {
    "en": ("Peacekeepers rotate in the south", "Photo: Jane Roe",
           "The United Nations has deployed new peacekeepers to its mission in the south amid the rains.",
           "The ministry said in a statement seen by Harbourpedia that the troops replace a unit that served a year.",
           "Harbourpedia"),
    "fr": ("Relève des casques bleus dans le sud", "Photo : Jeanne Dupré",
           "Les Nations unies ont déployé de nouveaux casques bleus dans le sud malgré les pluies.",
           "Le ministère a indiqué dans un communiqué consulté par Fleuvepedia que les soldats remplacent une unité.",
           "Fleuvepedia"),
    "es": ("Relevo de cascos azules en el sur", "Foto: Ana Gómez Ruiz",
           "Naciones Unidas desplegó nuevos cascos azules en el sur pese a las lluvias de la temporada.",
           "El ministerio indicó en un comunicado al que tuvo acceso Vallepedia que las tropas relevan a una unidad.",
           "Vallepedia"),
    "vi": ("Luân chuyển lực lượng gìn giữ hòa bình", "Ảnh: Minh Anh",
           "Liên hợp quốc đã triển khai lực lượng gìn giữ hòa bình mới tới phái bộ ở phía nam trong mùa mưa.",
           "Bộ Ngoại giao cho biết trong thông cáo mà Báo Làng Quê có được rằng các binh sĩ thay thế một đơn vị.",
           "Báo Làng Quê"),
}

OPENINGS = {
    "en": ("April 8, 2020 ({outlet}) — ", "JUBA (AFP) — "),
    "fr": ("8 avril 2020 ({outlet}) – ", "JUBA (AFP) – "),
    "es": ("8 de abril de 2020 ({outlet}) - ", "JUBA (EFE) - "),
    "vi": ("08/04/2020 ({outlet}) - ", "JUBA (TTXVN) - "),
}


def _page(language: str, opening: str, again: bool = True) -> str:
    headline, credit, lead, more, outlet = CASES[language]
    return PAGE.format(headline=headline, credit=credit, lead=opening.format(outlet=outlet) + lead, more=more,
                       again=outlet if again else "")


@pytest.mark.parametrize("language", ["en", "fr", "es", "vi"])
def test_a_dated_credit_under_a_picture_credit_opens_the_lead(language):
    fields = extract(_page(language, OPENINGS[language][0])).fields
    assert fields["source"] == CASES[language][4]


@pytest.mark.parametrize(("language", "agency"), [("en", "Agence France-Presse"), ("fr", "Agence France-Presse"),
                                                 ("es", "Agencia EFE"), ("vi", "Vietnam News Agency")])
def test_a_place_and_agency_under_a_picture_credit_opens_the_lead(language, agency):
    fields = extract(_page(language, OPENINGS[language][1])).fields
    assert (fields["source"], fields["dateline"]) == (agency, "Juba")


@pytest.mark.parametrize("language", ["en", "fr", "es", "vi"])
def test_a_legend_under_a_picture_credit_stays_a_legend(language):
    legend = CASES[language][2]
    assert legend in segment(_page(language, "", again=False)).captions


# Legends that hold a month or a year before a photographer's name in brackets and a dash: no
# dispatch's day opens them, so they stay the picture's legend.
DATED_LEGENDS = {
    "fr": "Des casques bleus à Bor, avril 2020 (Jeanne Dupré) – MINUSS",
    "es": "Cascos azules en Bor, abril de 2020 (Ana Gómez) – Misión de Ejemplo",
}


@pytest.mark.parametrize("language", sorted(DATED_LEGENDS))
def test_a_legend_holding_a_month_before_a_credit_in_brackets_stays_a_legend(language):
    headline, credit, lead, more, _ = CASES[language]
    legend = DATED_LEGENDS[language]
    page = f"{headline}\n\n{credit}\n\n{legend}\n\n{lead}\n\n{more}\n"
    assert legend in segment(page).captions
