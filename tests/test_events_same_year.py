"""Events: a happening told "that year" ("cette année-là", "ese mismo año", "năm đó") is
dated by the last year printed in the sentences before it, even one no event took ("Since
2011, the region ..."). Without such words, or without a year before, it stays undated.
Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from newsdossier.events import find_events, year_of_previous

ANCHOR = PartialDate(2020, 3, 4)


@pytest.mark.parametrize(
    "before, sentence, language",
    [
        pytest.param("Depuis 2011, la région vit sous la coupe des milices.",
                     "La chute cette année-là du président, renversé par une rébellion, a ouvert la crise.", "fr", id="fr"),
        pytest.param("Desde 2011, la región vive bajo el control de las milicias.",
                     "Ese mismo año, una rebelión derrocó al presidente.", "es", id="es"),
        pytest.param("Since 2011, the region has been held by militias.",
                     "Later that year, a rebellion overthrew the president.", "en", id="en"),
    ],
)
def test_that_year_is_the_last_year_printed_before(before, sentence, language):
    told = [("Nothing.", []), ("Nothing.", []), ("Nothing.", []), ("Nothing.", []), (before, []), (sentence, [])]
    assert [(e.kind, e.date) for e in find_events(told, ANCHOR, None, language)[0]] == [("conflict", "2011")]


@pytest.mark.parametrize(
    "before, sentence",
    [
        pytest.param(["The region is held by militias."], "Later that year, a rebellion overthrew the president.", id="no-year-before"),
        pytest.param(["Since 2011, the region has been held by militias."], "A rebellion overthrew the president.", id="no-same-year-words"),
    ],
)
def test_no_year_is_given_without_words_or_a_year_before(before, sentence):
    assert year_of_previous(sentence, before, "en") is None
