"""Events: a happening told in the past before the past inside a relative clause set after
a comma ("The soldiers, whose convoy had been attacked by militiamen, will be moved to
Kalemie on Thursday", "Les soldats, dont le convoi avait été attaqué, seront transférés ce
jeudi", "Los soldados, cuyo convoy había sido atacado, serán trasladados el jueves") took
place before what the main clause tells: it does not take the main clause's day. Before,
the attack was given the Thursday of the transfer. Every sentence here is written for these
tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import body_events

ANCHOR = PartialDate(2018, 5, 17)  # a Thursday


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The two soldiers, whose convoy had been attacked by militiamen, will be moved to Kalemie on "
                     "Thursday.", "en", id="en-whose"),
        pytest.param("Les deux soldats, dont le convoi avait été attaqué par des miliciens, seront transférés ce jeudi "
                     "à Kalemie.", "fr", id="fr-dont"),
        pytest.param("Los dos soldados, cuyo convoy había sido atacado por milicianos, serán trasladados el jueves a "
                     "Kalemie.", "es", id="es-cuyo"),
        pytest.param("The soldiers, who had been wounded in an ambush, were evacuated to Kalemie on Thursday.", "en",
                     id="en-who-had-been"),
    ],
)
def test_an_anterior_happening_of_a_relative_clause_takes_no_day_of_the_main(sentence, language):
    found = body_events(sentence, language, ANCHOR)
    assert all(e.kind not in ("attack", "casualty") for e in found)


def test_a_relative_clause_happening_in_the_simple_past_is_unchanged():
    found = body_events("The soldiers, whose convoy was attacked on Thursday, were evacuated to Kalemie.", "en", ANCHOR)
    assert [(e.date, e.kind) for e in found] == [("2018-05-17", "attack")]
