"""Quotes: a news outlet called again by the common noun of what it is ("The radio station
said", "the newspaper said", "le quotidien a précisé", "el diario dijo") speaks as the last
outlet named before (quotes.yaml "body_references", head "outlet"); with no outlet named, the
words are no one's the text names. Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


@pytest.mark.parametrize(
    "text, words, outlet",
    [
        pytest.param("Radio Okapi reported clashes near Beni. The radio station said fighting lasted two hours.",
                     "fighting lasted", "Radio Okapi", id="en-radio-station"),
        pytest.param("Fighting broke out near Gao, Le Monde reported. The newspaper said three soldiers were wounded.",
                     "three soldiers", "Le Monde", id="en-newspaper"),
        pytest.param("Des combats ont éclaté près de Gao, selon Le Monde. Le quotidien a précisé que trois soldats "
                     "ont été blessés.", "trois soldats", "Le Monde", id="fr-quotidien"),
    ],
)
def test_the_outlet_called_again_speaks(text, words, outlet):
    quotes = [q for q in extract(text, None).quotes if words in q.sentence]
    assert [q.speaker for q in quotes] == [outlet], quotes


def test_no_outlet_named_is_no_one():
    quotes = extract("The newspaper said three soldiers were wounded near the camp.", None).quotes
    assert [q.speaker for q in quotes] == [""], quotes


@pytest.mark.parametrize(
    "text, words",
    [
        pytest.param("Radio Okapi reported clashes near Beni. A local newspaper said three soldiers were wounded.",
                     "three soldiers", id="en-a-newspaper"),
        pytest.param("Reuters reported clashes near Beni. A radio station in Beni said the road was closed.",
                     "the road", id="en-a-radio-station"),
        pytest.param("Le Monde reported clashes near Gao. Another newspaper said three soldiers were wounded.",
                     "three soldiers", id="en-another-newspaper"),
    ],
)
def test_an_outlet_noun_after_an_indefinite_determiner_is_another_outlet(text, words):
    # "a newspaper", "another newspaper": an outlet not named before, not the last one named
    quotes = [q for q in extract(text, None).quotes if words in q.sentence]
    assert [q.speaker for q in quotes] == [""], quotes
