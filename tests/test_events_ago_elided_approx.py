"""Events: a count of years or months back rounded by a French word elided before a vowel ("il
y a près d'un an", "il y a plus d'un an", "il y a près d'onze mois") dates its happening as the
same count with the word in full does ("il y a près de onze mois"); the count is not lost to the
article's month. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import body_events

FRIDAY = PartialDate(2018, 11, 16)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        pytest.param("Des rebelles ont tué quinze soldats il y a près d'un an.", [("2017", "casualty")], id="pres-d-un-an"),
        pytest.param("Des rebelles ont tué quinze soldats il y a plus d'un an.", [("2017", "casualty")], id="plus-d-un-an"),
        pytest.param("Des rebelles ont tué quinze soldats il y a près d'une année.", [("2017", "casualty")],
                     id="pres-d-une-annee"),
        pytest.param("Des rebelles ont tué quinze soldats il y a près d'onze mois.", [("2017-12", "casualty")],
                     id="pres-d-onze-mois"),
        # the word in full, as read before
        pytest.param("Des rebelles ont tué quinze soldats il y a près de onze mois.", [("2017-12", "casualty")],
                     id="pres-de-onze-mois"),
        pytest.param("Des rebelles ont tué quinze soldats il y a un an.", [("2017", "casualty")], id="no-approx"),
    ],
)
def test_an_elided_rounding_word_keeps_the_count_back(sentence, expected):
    assert [(e.date, e.kind) for e in body_events(sentence, "fr", FRIDAY, lead=True)] == expected
