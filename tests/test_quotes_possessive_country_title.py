"""Quotes in English: a country's title written with the possessive ("Peru's defence
minister said", "Ghana's foreign minister told reporters") is the subject of the verb: the one
person the article gives that title speaks, named before or after; held by no one the
article names, the country speaks, as "the Defence Minister of Peru said" does. Every
sentence here is written for these tests."""
from __future__ import annotations

import pytest

from test_quotes import quotes_of


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        pytest.param(("Peru's Defence Minister said on Tuesday that the battalion serving in the Central African Republic would come home in June.",),
                     "Peru", id="unheld-title"),
        pytest.param(("Ghana's foreign minister told reporters that the engineers would reach Abyei before the rains.",),
                     "Ghana", id="unheld-two-words"),
        pytest.param(("Peru's Defence Minister said on Tuesday that the battalion serving in the Central African Republic would come home in June.",
                      "Defence Minister Jorge Salcedo visited the barracks in Lima on Monday with the army's commanders."),
                     "Jorge Salcedo", id="holder-named-after"),
        pytest.param(("Jorge Salcedo, the Defence Minister, visited the barracks in Lima on Monday with the army's commanders.",
                      "Peru's Defence Minister said on Tuesday that the battalion serving in the Central African Republic would come home in June."),
                     "Jorge Salcedo", id="holder-named-before"),
    ],
)
def test_a_possessive_country_title_speaks(paragraphs, speaker):
    quotes = [q for q in quotes_of("en", *paragraphs) if "would" in q.sentence]
    assert [q.speaker for q in quotes] == [speaker]


def test_a_country_owning_a_body_is_still_no_speaker():
    # "Ghana's ministry said": the ministry speaks, not the country (a body, not a title)
    quotes = quotes_of("en", "Ghana's ministry said the engineers would reach Abyei before the rains.")
    assert [q.speaker for q in quotes] != ["Ghana"]
