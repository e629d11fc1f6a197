"""Events: a day set right after the noun of the happening condemned ("a condamné samedi
l'attaque de jeudi", "condenó el sábado el ataque del jueves") or owned by it ("condemned
Thursday's attack", "said Thursday's attack killed") is the happening's own: the day by the
verb of condemning or saying does not date it. Every sentence here is written for these
tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2019, 4, 14)  # a Sunday: Thursday is the 11th, Saturday the 13th


def attack_dates(sentence: str, language: str) -> list[str]:
    return [e.date for e in body_events(sentence, language, ANCHOR) if e.kind in ("attack", "casualty")]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("L'Union africaine a condamné samedi l'attaque de jeudi contre un camp de l'ONU.", "fr", id="fr"),
        pytest.param("La Unión Africana condenó el sábado el ataque del jueves contra un campamento de la ONU.", "es", id="es"),
        pytest.param("The African Union on Saturday condemned Thursday's attack on a UN camp.", "en", id="en"),
    ],
)
def test_the_day_of_condemning_gives_way_to_the_attacks_own(sentence, language):
    assert attack_dates(sentence, language) == ["2019-04-11"]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The minister said Thursday's attack on the camp killed four soldiers.", "en", id="en-said"),
        pytest.param("The African Union condemned Thursday's attack on a UN camp.", "en", id="en-condemned"),
    ],
)
def test_a_day_owned_by_the_attacks_noun_after_a_verb_of_saying_is_the_attacks(sentence, language):
    assert attack_dates(sentence, language) == ["2019-04-11"]
