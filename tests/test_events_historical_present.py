"""Events: a chronology tells past deaths in the present ("le 3 avril 2015, deux soldats
périssent", "el 3 de abril de 2015, dos soldados perecen"): the verb is a casualty of the day
printed, another happening than the article's news even when it names "the attack". Every
sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import article_events

ANCHOR = PartialDate(2018, 10, 12)


@pytest.mark.parametrize(
    "lead, sentence, language",
    [
        pytest.param("Une attaque contre un camp de l'ONU a fait dix morts parmi les soldats.",
                     "Le 3 avril 2015, deux soldats périssent dans l'attaque de leur convoi.", "fr", id="fr-plural"),
        pytest.param("Une attaque contre un camp de l'ONU a fait dix morts parmi les soldats.",
                     "Le 3 avril 2015, un soldat périt dans l'attaque de sa patrouille.", "fr", id="fr-singular"),
        pytest.param("Un ataque contra un campamento de la ONU dejó diez soldados muertos.",
                     "El 3 de abril de 2015, dos soldados perecen en el ataque a su convoy.", "es", id="es"),
    ],
)
def test_a_death_told_in_the_present_of_a_chronology_is_a_happening_of_its_day(lead, sentence, language):
    found = article_events([lead, sentence], language, ANCHOR, wire_day=False)
    assert ("casualty", "2015-04-03") in [(e.kind, e.date) for e in found]
