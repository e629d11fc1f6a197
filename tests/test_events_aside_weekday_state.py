"""Events: after an aside that took a printed date, a clause with a weekday and no event word
of its own ("The base, attacked on 4 May, was still closed on Tuesday") tells a state, no
happening of that weekday; a clause whose own event word the weekday dates ("..., died on
Tuesday") still tells one. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import dates_between

ANCHOR = PartialDate(2023, 9, 15)  # a Friday


@pytest.mark.parametrize("sentence, language, expected", [
    pytest.param("The base, attacked on 4 May by rebels, was still closed on Tuesday.", "en", ["2023-05-04"], id="en-closed"),
    pytest.param("Le camp, attaqué le 4 mai, est resté fermé mardi.", "fr", ["2023-05-04"], id="fr-ferme"),
    pytest.param("La base, atacada el 4 de mayo, seguía cerrada el martes.", "es", ["2023-05-04"], id="es-cerrada"),
    pytest.param("Le soldat, blessé le 4 mai dans une embuscade, se trouvait mardi dans un état stable.", "fr",
                 ["2023-05-04"], id="fr-etat-stable"),
])
def test_a_state_on_a_weekday_after_a_dated_aside_is_no_happening(sentence, language, expected):
    assert dates_between(sentence, language, ANCHOR) == expected


@pytest.mark.parametrize("sentence, language, expected", [
    pytest.param("The soldier, wounded on 4 May in an ambush, died on Tuesday.", "en", ["2023-05-04", "2023-09-12"], id="en-died"),
    pytest.param("Le soldat, blessé le 4 mai dans une embuscade, est décédé mardi.", "fr", ["2023-05-04", "2023-09-12"],
                 id="fr-decede"),
])
def test_an_event_word_on_a_weekday_after_a_dated_aside_stays(sentence, language, expected):
    assert dates_between(sentence, language, ANCHOR) == expected
