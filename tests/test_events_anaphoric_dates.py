"""Events: a period or a day named from another date ("the month before", "le mois
précédent", "el mes anterior", "tháng trước đó"; "the previous day", "la veille", "la
víspera", "hôm trước") counts from the date the sentence or the one before it gives, not
from the article's date; with no such date the happening stays undated rather than dated
by a guess. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import article_events

ANCHOR = PartialDate(2021, 4, 14)  # a Wednesday


def dates_of(sentences: list[str], language: str) -> list[str]:
    return sorted(e.date for e in article_events(sentences, language, ANCHOR))


@pytest.mark.parametrize(
    "sentences, language, expected",
    [
        pytest.param(["A patrol was attacked near the river in June 2020.",
                      "The month before, rebels seized a convoy near the bridge."], "en", "2020-05", id="en-month"),
        pytest.param(["Une patrouille a été attaquée près de la rivière en juin 2020.",
                      "Le mois précédent, des rebelles ont attaqué un convoi près du pont."], "fr", "2020-05", id="fr-month"),
        pytest.param(["Una patrulla fue atacada cerca del río en junio de 2020.",
                      "El mes anterior, los rebeldes capturaron un convoy cerca del puente."], "es", "2020-05", id="es-month"),
        pytest.param(["Một đội tuần tra bị tấn công gần con sông vào tháng 6/2020.",
                      "Tháng trước đó, phiến quân đã tấn công một đoàn xe gần cây cầu."], "vi", "2020-05", id="vi-month"),
        pytest.param(["A patrol was attacked near the river in 2019.",
                      "The year before, rebels seized a convoy near the bridge."], "en", "2018", id="en-year"),
    ],
)
def test_a_period_counts_from_the_date_given_before(sentences, language, expected):
    assert expected in dates_of(sentences, language)


@pytest.mark.parametrize(
    "sentences, language, guess",
    [
        pytest.param(["The mission opened a new base near the river.",
                      "The month before, rebels seized a convoy near the bridge."], "en", "2021-03", id="en-month"),
        pytest.param(["La mission a ouvert une nouvelle base près de la rivière.",
                      "Le mois précédent, des rebelles ont attaqué un convoi près du pont."], "fr", "2021-03", id="fr-month"),
        pytest.param(["La misión abrió una nueva base cerca del río.",
                      "El mes anterior, los rebeldes capturaron un convoy cerca del puente."], "es", "2021-03", id="es-month"),
        pytest.param(["The mission opened a new base near the river.",
                      "The previous day, rebels seized a convoy near the bridge."], "en", "2021-04-13", id="en-day"),
        pytest.param(["La mission a ouvert une nouvelle base près de la rivière.",
                      "La veille, des rebelles ont attaqué un convoi près du pont."], "fr", "2021-04-13", id="fr-day"),
        pytest.param(["La misión abrió una nueva base cerca del río.",
                      "La víspera, los rebeldes atacaron un convoy cerca del puente."], "es", "2021-04-13", id="es-day"),
        pytest.param(["Phái bộ đã mở một căn cứ mới gần con sông.",
                      "Hôm trước, phiến quân đã tấn công một đoàn xe gần cây cầu."], "vi", "2021-04-13", id="vi-day"),
    ],
)
def test_with_no_date_given_before_it_is_left_undated(sentences, language, guess):
    assert guess not in dates_of(sentences, language)


@pytest.mark.parametrize(
    "sentences, language, expected",
    [
        pytest.param(["The mission's new base near the river opened on 8 April.",
                      "The previous day, rebels attacked a convoy near the bridge."], "en", "2021-04-07", id="en"),
        pytest.param(["La nouvelle base de la mission près de la rivière a ouvert le 8 avril.",
                      "La veille, des rebelles ont attaqué un convoi près du pont."], "fr", "2021-04-07", id="fr"),
        pytest.param(["La nueva base de la misión cerca del río abrió el 8 de abril.",
                      "La víspera, los rebeldes atacaron un convoy cerca del puente."], "es", "2021-04-07", id="es"),
        pytest.param(["Căn cứ mới của phái bộ gần con sông mở cửa ngày 8/4.",
                      "Hôm trước, phiến quân đã tấn công một đoàn xe gần cây cầu."], "vi", "2021-04-07", id="vi"),
    ],
)
def test_a_day_counts_from_the_date_given_before(sentences, language, expected):
    assert expected in dates_of(sentences, language)
