"""Two known names joined by a hyphen ("FARDC-Monusco", "Minusma-FAMa", "Kinshasa-Goma") print a
partnership or a route between two bodies or places: each is found by its own name, and the
compound is no person's name (a subheading "Coopération FARDC-Monusco" is not a person called
Coopération). A name that is hyphenated itself and known whole ("Guinea-Bissau",
"Al-Shabaab") or a person's hyphenated name ("Jean-Pierre") stays whole. Every sentence is
written for the test."""
from __future__ import annotations

import pytest

from newsdossier.entities import find_in_sentence


def _found(sentence: str, language: str) -> set[tuple[str, str]]:
    return {(f.name, f.kind) for f in find_in_sentence(sentence, language)}


@pytest.mark.parametrize(
    "language, sentence, expected",
    [
        pytest.param("fr", "Soutien FARDC-Monusco",
                     {("Armed Forces of the Democratic Republic of the Congo", "organisation"), ("MONUSCO", "mission")},
                     id="fr-heading-body-mission"),
        pytest.param("en", "Cooperation FARDC-Monusco",
                     {("Armed Forces of the Democratic Republic of the Congo", "organisation"), ("MONUSCO", "mission")},
                     id="en-heading-body-mission"),
        pytest.param("fr", "Les patrouilles conjointes Monusco-FARDC ont repris lundi près de Beni.",
                     {("MONUSCO", "mission"), ("Armed Forces of the Democratic Republic of the Congo", "organisation"),
                      ("Beni", "city")},
                     id="fr-mission-body-in-sentence"),
    ],
)
def test_two_known_names_joined_by_a_hyphen_are_each_found(language, sentence, expected):
    assert _found(sentence, language) == expected


@pytest.mark.parametrize(
    "language, sentence, expected",
    [
        pytest.param("en", "The convoy reached Guinea-Bissau on Monday.", {("Guinea-Bissau", "country")}, id="en-country-known-whole"),
        pytest.param("en", "Jean-Pierre Lacroix visited the base on Monday.", {("Jean-Pierre Lacroix", "person")}, id="en-person"),
    ],
)
def test_names_hyphenated_themselves_stay_whole(language, sentence, expected):
    assert _found(sentence, language) == expected
