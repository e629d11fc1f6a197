"""The demonym of the Central African Republic is also the adjective of the region of Africa:
before a noun of lands ("the mineral-rich Central African nation", "Central African
countries") it names the region (vocabulary region_names), elsewhere the country. Every
sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.entities import find_in_sentence

CAR = "Central African Republic"


def countries(sentence: str) -> list[str]:
    return [f.name for f in find_in_sentence(sentence, "en") if f.kind == "country"]


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("The mission aims to calm armed groups in the vast, mineral-rich Central African nation.", id="nation"),
        pytest.param("Ministers of six Central African countries met to discuss the border.", id="countries"),
        pytest.param("Floods hit the Central African region in October.", id="region"),
    ],
)
def test_the_region_is_no_country(sentence):
    assert CAR not in countries(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Central African soldiers patrolled the market.", id="demonym"),
        pytest.param("The Central African government asked for more troops.", id="government"),
    ],
)
def test_the_demonym_still_names_the_country(sentence):
    assert CAR in countries(sentence)
