"""A teaser a page cut with an ellipsis, printed above the headline (a listing's or a
summary's opening: "Sáng 12-3, thông tin từ ... cho biết…"), is no paragraph of the text and
no headline: the headline under it is the title (newsdossier.segment._cut_teaser_over_headline).

The example texts are invented for the tests: each shows a general layout pattern.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE, LEAD, MORE

TEASER = {
    "en": "On Thursday morning, officials of the defence ministry said that the battalion…",
    "fr": "Jeudi matin, le ministère de la Défense a indiqué que le bataillon...",
    "es": "El jueves por la mañana, el Ministerio de Defensa informó de que el batallón…",
    "vi": "Sáng 12-3, thông tin từ Bộ Quốc phòng cho biết đơn vị…",
}
NAVIGATION = "Home\nNews\nWorld"
DATE_LINE = {"en": "12/03/2021 10:15", "fr": "12/03/2021 10:15", "es": "12/03/2021 10:15", "vi": "Thứ Sáu, 12/03/2021 10:15"}


@pytest.mark.parametrize("language", ["en", "fr", "es", "vi"])
@pytest.mark.parametrize("layout", ["teaser-headline", "navigation-teaser-headline", "teaser-date-headline"])
def test_the_headline_under_a_cut_teaser_is_the_title(language, layout):
    from newsdossier.extract import extract

    head = {
        "teaser-headline": [TEASER[language], HEADLINE[language]],
        "navigation-teaser-headline": [NAVIGATION, TEASER[language], HEADLINE[language]],
        "teaser-date-headline": [TEASER[language], DATE_LINE[language], HEADLINE[language]],
    }[layout]
    assert extract("\n\n".join([*head, LEAD[language], MORE[language]])).fields["title"] == HEADLINE[language]


@pytest.mark.parametrize(
    "lines",
    [
        pytest.param([HEADLINE["vi"], LEAD["vi"], "Đơn vị đã hoàn thành nhiệm vụ và sẽ trở về nước trong tháng tới…",
                      "Phần thưởng", MORE["vi"]], id="a-paragraph-of-the-text-closing-on-an-ellipsis"),
        pytest.param(["Sáng 12-3, đơn vị…", HEADLINE["vi"], LEAD["vi"]], id="too-short-for-a-teaser"),
        pytest.param([TEASER["en"], LEAD["en"], MORE["en"]], id="no-headline-under-it"),
    ],
)
def test_a_line_cut_so_elsewhere_is_read_as_before(lines):
    from newsdossier.segment import _cut_teaser_over_headline

    index = next(i for i, line in enumerate(lines) if line.endswith(("\u2026", "...")))
    expected = False
    assert _cut_teaser_over_headline(lines, index) is expected


ON_PURPOSE = {
    "en": ("Peacekeepers in Mali: a long goodbye…", "The UN Mission Leaves Gao After Ten Years"),
    "fr": ("Casques bleus au Mali : le long adieu…", "La Mission de l'ONU Quitte Gao Après Dix Ans"),
    "es": ("Cascos azules en Mali: un largo adiós…", "La Misión de la ONU Deja Gao Tras Diez Años"),
}


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_a_headline_ending_on_an_ellipsis_over_a_longer_deck_stays_the_title(language):
    from newsdossier.extract import extract

    headline, deck = ON_PURPOSE[language]
    assert extract("\n\n".join([headline, deck, LEAD[language], MORE[language]])).fields["title"] == headline
