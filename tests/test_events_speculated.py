"""Events: a lead telling a guess about a happening ("the toll could be the highest ever",
"le bilan pourrait être le plus lourd", "el balance podría ser el mayor", "số người thiệt
mạng có thể là") is commentary: with no day of its own it is not dated by the article's
date. A report in the conditional ("aurait été tué", "habría muerto": reportedly) and a guess
in another clause than the happening's still tell it. In EN, FR, ES, VI. Every sentence here
is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from newsdossier.reference import reference
from eventcases import article_events

ANCHOR = PartialDate(2016, 3, 10)


def events_of(sentences: list[str], language: str) -> list[tuple[str, str]]:
    return [(e.date, e.kind) for e in article_events(sentences, language, ANCHOR, wire_day=False)]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The toll among the soldiers killed in the floods could be the highest the force has ever suffered.", "en", id="en-could-be"),
        pytest.param("Dozens of soldiers may have died in the floods that swept the camp.", "en", id="en-may-have"),
        pytest.param("Decenas de soldados podrían haber muerto en las inundaciones que golpearon el campamento.", "es", id="es-podrian-haber"),
        pytest.param("Số binh sĩ thiệt mạng trong trận lũ có thể là lớn nhất trong lịch sử của lực lượng.", "vi", id="vi-co-the-la"),
    ],
)
def test_a_guess_in_the_lead_is_not_dated_by_the_article(sentence, language):
    assert events_of([sentence], language) == []


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("Two soldiers were killed in the floods that swept the camp.", "en", [("2016-03", "casualty")], id="en-told"),
        pytest.param("Two soldiers were killed in the floods, and the toll could rise.", "en", [("2016-03", "casualty")], id="en-guess-in-another-clause"),
        pytest.param("Un soldat aurait été tué dans les inondations qui ont frappé le camp.", "fr", [("2016-03", "casualty")], id="fr-reportedly"),
        pytest.param("Un soldado habría muerto en las inundaciones que golpearon el campamento.", "es", [("2016-03", "casualty")], id="es-reportedly"),
        # a guess behind a relative pronoun or a conjunction is another clause's: the death is told
        pytest.param("A soldier was killed in a raid that officers said could be the worst of the year.", "en", [("2016-03", "casualty")], id="en-guess-in-relative"),
        pytest.param("Two soldiers were killed and a third may have drowned in the river.", "en", [("2016-03", "casualty")], id="en-guess-after-and"),
        pytest.param("Two soldiers were killed in what may have been the worst raid of the year.", "en", [("2016-03", "casualty")], id="en-guess-after-what"),
        pytest.param("Một binh sĩ đã thiệt mạng trong cuộc đột kích mà có thể là tồi tệ nhất năm.", "vi", [("2016-03", "casualty")], id="vi-guess-in-relative"),
    ],
)
def test_a_told_happening_keeps_the_article_month(sentence, language, expected):
    assert events_of([sentence], language) == expected


def test_the_words_are_reference_data():
    assert "could be" in reference().vocabulary["speculation_words"]["en"]
    assert "có thể là" in reference().vocabulary["speculation_words"]["vi"]
