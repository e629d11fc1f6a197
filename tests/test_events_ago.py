"""Events dated by a count of years or months back from the article's date ("ten years
ago", "il y a deux ans", "hace diez años", "hai năm trước"). Every sentence here is written
for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from newsdossier.entities import find_in_sentence
from newsdossier.events import ago_date, find_events

ANCHOR = PartialDate(2013, 10, 9)


def dates_of(sentence: str, language: str, anchor: PartialDate = ANCHOR) -> list[str]:
    sentences = [("Une phrase sans rien.", []), (sentence, find_in_sentence(sentence, language))]
    return [e.date for e in find_events(sentences, anchor, None, language)[0]]


@pytest.mark.parametrize(
    "sentence, language, date",
    [
        pytest.param("Rebels started an uprising in the region ten years ago.", "en", "2003", id="en-words"),
        pytest.param("The battalion was deployed to the border 3 months ago.", "en", "2013-07", id="en-months-digits"),
        pytest.param("Les rebelles ont lancé un soulèvement il y a dix ans.", "fr", "2003", id="fr"),
        pytest.param("Le bataillon a été déployé il y a trois mois.", "fr", "2013-07", id="fr-months"),
        pytest.param("Los rebeldes iniciaron una rebelión hace diez años.", "es", "2003", id="es"),
        pytest.param("El batallón fue desplegado hace 2 años en la frontera.", "es", "2011", id="es-digits"),
        pytest.param("Hai năm trước, phiến quân đã tấn công căn cứ.", "vi", "2011", id="vi-not-last-year"),
        pytest.param("Phiến quân đã tấn công căn cứ cách đây ba tháng.", "vi", "2013-07", id="vi-cach-day"),
    ],
)
def test_a_count_back_from_the_article_dates_the_event(sentence, language, date):
    assert dates_of(sentence, language) == [date]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Since it was set up a year ago, the hospital has treated 1,800 patients.", "en", id="en-since"),
        pytest.param("Depuis sa création il y a un an, l'hôpital a soigné 1 800 patients.", "fr", id="fr-depuis"),
        pytest.param("Desde que fue creado hace un año, el hospital atendió a 1.800 pacientes.", "es", id="es-desde"),
    ],
)
def test_a_count_back_in_a_since_phrase_dates_nothing(sentence, language):
    assert all(not d.startswith("2012") for d in dates_of(sentence, language))


def test_a_count_back_next_to_another_event_word_is_that_ones():
    # the ambush was three months ago; the death is the day's news
    sentence = "A police adviser has died of wounds suffered in an ambush three months ago, the mission said."
    assert "2013-07" not in dates_of(sentence, "en")


@pytest.mark.parametrize(
    "anchor, language, sentence, expected",
    [
        pytest.param(PartialDate(2013), "en", "three months ago", None, id="months-need-the-anchors-month"),
        pytest.param(None, "en", "ten years ago", None, id="no-anchor"),
        pytest.param(PartialDate(2013), "en", "ten years ago", PartialDate(2003), id="years-need-a-year-only"),
        pytest.param(PartialDate(2013, 2), "fr", "il y a trois mois", PartialDate(2012, 11), id="across-a-new-year"),
        pytest.param(PartialDate(2013, 2), "en", "years ago", None, id="no-count"),
    ],
)
def test_ago_date(anchor, language, sentence, expected):
    got = ago_date(sentence, anchor, language)
    assert (got[0] if got else None) == expected
