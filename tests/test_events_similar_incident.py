"""Events: an attack called similar to the one just told ("in a similar attack", "dans une
attaque similaire", "en un ataque similar") is another happening, never a retelling to merge
into it, even when its date (a month) holds the day of the first. Every sentence here is
written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import article_events

ANCHOR = PartialDate(2016, 3, 22)  # a Tuesday


@pytest.mark.parametrize(
    "lead, sentence, language",
    [
        pytest.param("Three soldiers were killed on Sunday when a mine hit their truck.",
                     "The mission had already lost two soldiers in early March in a similar attack on a supply convoy.",
                     "en", id="en"),
        pytest.param("Trois soldats ont été tués dimanche par l'explosion d'une mine.",
                     "La mission avait déjà été frappée début mars par la mort de deux soldats dans une attaque similaire.",
                     "fr", id="fr"),
        pytest.param("Tres soldados murieron el domingo por la explosión de una mina.",
                     "La misión ya había sufrido a principios de marzo la muerte de dos soldados en un ataque similar.",
                     "es", id="es"),
    ],
)
def test_a_similar_attack_is_a_happening_of_its_own(lead, sentence, language):
    dates = sorted(e.date for e in article_events([lead, sentence], language, ANCHOR))
    assert dates == ["2016-03", "2016-03-20"]
