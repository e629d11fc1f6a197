"""Quotes in English: a country's government or authorities called by their common noun
with the country's demonym or possessive before it ("the Malian government said", "Malian
authorities said", "Mali's transitional government said") speak as the country, as "the
government of Mali said", "le gouvernement malien a affirmé" and "las autoridades malienses
informaron" already do (tests/corpus/README.md: a government called only by its common
noun is not listed, the country stands for it). Every sentence here is written for these
tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def speakers_of(text: str) -> list[str]:
    return [q.speaker for q in extract(text, None).quotes]


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("BAMAKO -- The Malian government said the patrol had returned to base on Sunday.", "Mali", id="demonym-government"),
        pytest.param("BAMAKO -- Malian authorities said the patrol had returned to base on Sunday.", "Mali", id="demonym-authorities"),
        pytest.param("BAMAKO -- Mali's transitional government said the patrol had returned to base on Sunday.", "Mali", id="possessive-one-word"),
        pytest.param("JUBA -- South Sudan's government said the convoy had reached Malakal on Sunday.", "South Sudan", id="possessive-two-word-country"),
        pytest.param("BAMAKO - Le gouvernement malien a affirmé que la patrouille était rentrée à la base dimanche.", "Mali", id="fr-already"),
        pytest.param("BAMAKO - Las autoridades malienses informaron que la patrulla regresó a la base el domingo.", "Mali", id="es-already"),
    ],
)
def test_a_countrys_government_speaks_as_the_country(text, speaker):
    assert speakers_of(text) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("BAMAKO -- Malian officials said the patrol had returned to base on Sunday.", id="officials"),
    ],
)
def test_other_unnamed_voices_stay_unnamed(text):
    assert speakers_of(text) == [""]


def test_a_countrys_police_speaks_as_its_body_not_as_the_country():
    # a national police that speaks is a body of its own ("<Demonym> Police" where
    # organisations.yaml lists none for the country), never the country
    assert speakers_of("BAMAKO -- Malian police said the patrol had returned to base on Sunday.") == ["Malian Police"]
