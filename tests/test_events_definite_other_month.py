"""Events: an event noun with a definite determiner after a lead told as the day's news
("the departure of the mission") is that lead's happening told again only when its date
could be the lead's: one of its own outside the week up to the article's day, in another
month ("in June demanded the departure of the mission" after a handover of December), is
another happening, no longer dropped (the demand, a happening of its own: the departure demanded
is its object, no departure). Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import article_events

ANCHOR = PartialDate(2023, 12, 8)


@pytest.mark.parametrize(
    "sentences, language, kind",
    [
        pytest.param(["It is one of the last bases to be handed over by the force.",
                      "The military government in June demanded the departure of the mission."], "en", "happening", id="en"),
        pytest.param(["La force onusienne a remplacé le dernier contingent à Mopti.",
                      "Le gouvernement militaire a exigé en juin le départ de la mission."], "fr", "happening", id="fr"),
        pytest.param(["La fuerza de la ONU relevó al último contingente en Mopti.",
                      "El gobierno militar exigió en junio la salida de la misión."], "es", "happening", id="es"),
    ],
)
def test_a_definite_noun_of_another_month_is_another_happening(sentences, language, kind):
    events = article_events(sentences, language, ANCHOR)
    assert (kind, "2023-06") in [(e.kind, e.date) for e in events], [(e.kind, e.date) for e in events]


def test_a_definite_noun_of_the_week_is_still_the_lead():
    events = article_events(["Two peacekeepers were killed in an attack near the border.",
                             "The attack on Tuesday was the deadliest this year."], "en", ANCHOR)
    assert len(events) == 1 and events[0].date == "2023-12-05", [(e.kind, e.date) for e in events]
