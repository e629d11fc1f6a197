"""Events: "Rebels overran the base in an overnight assault on Thursday, killing two
peacekeepers". The noun of the verb's complement ("in an
overnight assault", as "on a visit" already was) and the toll a present-participle clause
adds after a comma (", killing two peacekeepers", ", matando a dos soldados") name how the
main happening came about and what it brought: neither takes the day from the main verb,
which lost it (no event at all, or "overnight" read as the night before the article).
Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2024, 10, 12)  # a Saturday: the Thursday before is the 10th


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Militiamen overran the outpost in an overnight assault on Thursday.", "en", id="en-in-assault"),
        pytest.param("Militiamen overran the outpost on Thursday, killing two peacekeepers.", "en", id="en-killing"),
        pytest.param("Militiamen overran the outpost in an overnight assault on Thursday, killing two peacekeepers.", "en",
                     id="en-both"),
        pytest.param("Los milicianos tomaron el control del puesto el jueves, matando a dos cascos azules.", "es",
                     id="es-matando"),
    ],
)
def test_the_main_verb_keeps_its_day(sentence, language):
    dates = [e.date for e in body_events(sentence, language, ANCHOR)]
    assert dates == ["2024-10-10"], dates


def test_a_participle_of_its_own_clause_after_a_day_is_unchanged():
    """"were killed on Thursday in an ambush": the ambush is the killing's, as before."""
    events = body_events("Two peacekeepers were killed on Thursday in an ambush near the border.", "en", ANCHOR)
    assert [e.date for e in events] == ["2024-10-10"]
