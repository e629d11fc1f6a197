"""Events: a toll over a year given as a round figure in words ("une trentaine de casques
bleus", "una veintena de", "dozens of", "hàng chục") sums the year as a figure in digits
does: no happening; a loss told with its day stays one. Every sentence here is written for
these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2024, 8, 19)


def casualties(sentence: str, language: str) -> list[str]:
    return [e.date for e in body_events(sentence, language, ANCHOR) if e.kind == "casualty"]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("En 2022, une trentaine de gendarmes de la force ont été tués.", "fr", id="fr-trentaine"),
        pytest.param("En 2021 murieron una veintena de soldados de la fuerza en actos hostiles.", "es", id="es-veintena"),
        pytest.param("Dozens of the force's soldiers were killed in 2021.", "en", id="en-dozens"),
        pytest.param("Hàng chục binh sĩ của lực lượng đã thiệt mạng trong năm 2021.", "vi", id="vi-hang-chuc"),
    ],
)
def test_a_round_figure_over_a_year_is_no_event(sentence, language):
    assert casualties(sentence, language) == []


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("Une trentaine de civils ont été tués le 3 mars 2022 près du fleuve.", "fr", ["2022-03-03"], id="fr-with-day"),
        pytest.param("Dozens of civilians were killed on 3 March 2022 near the river.", "en", ["2022-03-03"], id="en-with-day"),
    ],
)
def test_a_round_figure_of_one_day_stays_an_event(sentence, language, expected):
    assert casualties(sentence, language) == expected
