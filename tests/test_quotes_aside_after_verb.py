"""An aside set off by two commas between an inverted speech verb and its subject ("« ... »,
a dénoncé, de son côté, le ministère X", "..., dijo, por su parte, X", "..., said, for its
part, the ministry"): the subject after the aside speaks. Every sentence is written for the
test."""
from __future__ import annotations

import pytest

from test_quotes import quotes_of


@pytest.mark.parametrize(
    "language, paragraph, speaker",
    [
        pytest.param("fr", "« Nous condamnons fermement ces tirs contre la force », a dénoncé, de son côté, le ministère ghanéen des Affaires étrangères.",
                     "Ministry of Foreign Affairs of Ghana", id="fr-de-son-cote-ministere"),
        pytest.param("fr", "« Les patrouilles reprendront dès lundi », a déclaré, pour sa part, Paul Girard.",
                     "Paul Girard", id="fr-pour-sa-part-person"),
        pytest.param("es", "\u201cLas patrullas se reanudarán el lunes\u201d, afirmó, por su parte, la Monusco.",
                     "MONUSCO", id="es-por-su-parte-mission"),
        pytest.param("es", "\u201cLas patrullas se reanudarán el lunes\u201d, dijo, a su vez, Pedro Salinas.",
                     "Pedro Salinas", id="es-a-su-vez-person"),
        pytest.param("en", "\u201cThe patrols will resume on Monday,\u201d said, for its part, the Ghanaian foreign ministry.",
                     "Ministry of Foreign Affairs of Ghana", id="en-for-its-part-ministry"),
    ],
)
def test_the_subject_after_an_aside_speaks(language, paragraph, speaker):
    assert [q.speaker for q in quotes_of(language, paragraph)] == [speaker]
