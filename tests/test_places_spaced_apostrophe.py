"""A listed place whose one-letter opening and apostrophe are printed apart from the rest by a
stray space ("N' Djamena", "N\u2019 Djamena") is the place, found as the name printed whole is,
its surface kept as printed; a person's name so printed ("O' Leary") stays a person. Every
sentence is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def _named(text: str, kind: str) -> set[str]:
    return {e.name for e in extract(text).entities.values() if e.kind == kind}


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Paris, 4 mai 2022 - Le bataillon parti de N' Djamena est arrivé à Kidal.", id="fr-straight"),
        pytest.param("London, 4 May 2022 - The envoy flew to N\u2019 Djamena to meet the contingent.", id="en-curly"),
        pytest.param("Madrid, 4 de mayo de 2022 - El enviado viajó a N' Djamena para reunirse con el contingente.",
                     id="es-straight"),
    ],
)
def test_a_capital_with_a_spaced_apostrophe_is_the_city(text):
    assert "N'Djamena" in _named(text, "city")


def test_a_person_with_a_spaced_apostrophe_stays_a_person():
    text = "Dublin, 4 May 2022 - The envoy, Michael O' Leary, told reporters the mission would stay."
    assert "Michael O'Leary" in _named(text, "person")
