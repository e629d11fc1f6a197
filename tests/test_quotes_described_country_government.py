"""Quotes: a country's government or authorities named by their common noun with the country
after it, then words describing that government before the verb ("le gouvernement malien de
transition a invité", "les autorités maliennes de transition ont affirmé", "el gobierno
maliense de transición pidió"): the country speaks, as it does with no such words ("le
gouvernement malien a invité"). Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def speakers_of(text: str) -> list[str]:
    return [q.speaker for q in extract(text, None).quotes]


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("Le gouvernement malien de transition a invité la Minusma à quitter le pays sans délai.",
                     "Mali", id="fr-government-of-transition-invited"),
        pytest.param("Les autorités maliennes de transition ont affirmé que la Minusma devait partir avant l'été.",
                     "Mali", id="fr-authorities-of-transition-said"),
        pytest.param("El gobierno maliense de transición pidió a la Minusma que abandonara el país en junio.",
                     "Mali", id="es-government-of-transition-asked"),
        pytest.param("Las autoridades malienses de transición aseguraron que la Minusma debía marcharse pronto.",
                     "Mali", id="es-authorities-of-transition-said"),
    ],
)
def test_the_country_of_a_described_government_speaks(text, speaker):
    assert speakers_of(text) == [speaker]


@pytest.mark.parametrize(
    "text, speaker",
    [
        # no country after the noun: no one the text names
        pytest.param("Le gouvernement de transition a affirmé que la Minusma devait partir avant l'été.", "",
                     id="fr-no-country"),
        # with no words between: as before
        pytest.param("Le gouvernement malien a invité la Minusma à quitter le pays sans délai.", "Mali",
                     id="fr-no-description"),
    ],
)
def test_a_government_with_no_country_or_no_description_is_left_as_before(text, speaker):
    assert speakers_of(text) == [speaker]
