"""Events: a date that gives the time of a set of figures ("according to 2013 statistics",
"selon les chiffres de 2012", "según datos de 2011", "theo thống kê hồi năm 2013") dates no
happening: what the figures show is a state. A date with another word between noun and date
("figures released in March 2013") still dates what that word tells. In EN, FR, ES, VI. Every
sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.dates import find_dates
from newsdossier.datevalue import PartialDate
from newsdossier.events import statistics_date
from newsdossier.reference import reference
from eventcases import body_events

ANCHOR = PartialDate(2014, 12, 9)


def _date(sentence):
    return next(d for d in find_dates(sentence) if d.kind in ("date", "year"))


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("According to statistics of 2012, the country overtook its neighbour as the largest buyer of grain.", "en", id="en-of"),
        pytest.param("According to 2012 figures, the country overtook its neighbour as the largest buyer of grain.", "en", id="en-year-before"),
        pytest.param("Selon les chiffres de 2012, le pays a dépassé son voisin comme premier acheteur de céréales.", "fr", id="fr-de"),
        pytest.param("Según datos de 2012, el país superó a su vecino como mayor comprador de cereales.", "es", id="es-de"),
        pytest.param("Theo số liệu hồi năm 2012, nước này đã vượt qua nước láng giềng để trở thành nước mua ngũ cốc lớn nhất.", "vi", id="vi-hoi-nam"),
    ],
)
def test_the_date_of_figures_dates_no_happening(sentence, language):
    assert statistics_date(sentence, _date(sentence), language)
    assert [e.date for e in body_events(sentence, language, ANCHOR)] == []


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Figures released in March 2012 showed that the camp had been attacked.", "en", id="en-released-in"),
        pytest.param("The data centre of the mission was attacked in March 2012.", "en", id="en-data-as-a-modifier"),
        pytest.param("Les chiffres publiés en mars 2012 montrent que le camp a été attaqué.", "fr", id="fr-publies-en"),
    ],
)
def test_another_word_between_keeps_the_date(sentence, language):
    assert not statistics_date(sentence, _date(sentence), language)


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        # a date right before an event word is that happening's, however a noun of figures leads to it
        pytest.param("Two leading figures of the March 2012 coup were arrested.", "en", "2012-03", id="en-figures-of-coup"),
        pytest.param("The figures of the March 2012 attack remain unclear.", "en", "2012-03", id="en-figures-of-attack"),
    ],
)
def test_a_date_before_an_event_word_is_that_happenings(sentence, language, expected):
    assert not statistics_date(sentence, _date(sentence), language)
    assert [str(e.date) for e in body_events(sentence, language, ANCHOR)] == [expected]


def test_the_words_are_reference_data():
    vocabulary = reference().vocabulary
    assert "figures" in vocabulary["statistics_nouns"]["en"] and "thống kê" in vocabulary["statistics_nouns"]["vi"]
    assert "hồi" in vocabulary["statistics_date_links"]["vi"]


def test_a_release_told_before_its_date_keeps_the_happening_of_that_month():
    sentence = "Les chiffres publiés en mars 2012 montrent que le camp a été attaqué."
    assert [(e.date, e.kind) for e in body_events(sentence, "fr", ANCHOR)] == [("2012-03", "attack")]
