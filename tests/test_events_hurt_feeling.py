"""Events: "hurt" with what hurt after "by" tells a hurt feeling, standing or purse ("the
mission was hurt by the cuts", "morale has been hurt by the delays"), no casualty, unless an
attack's, an incident's, a disaster's or a conflict's word stands in that clause ("two guards
were hurt by a roadside bomb"); vocabulary "casualty_feeling_agents". Every sentence here is
written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import dates_between, article_events, NOTHING_AFTER, NOTHING_LEAD

ANCHOR = PartialDate(2023, 9, 15)  # a Friday


def _kinds(sentence: str) -> list[str]:
    told = [NOTHING_LEAD["en"], sentence, NOTHING_AFTER["en"]]
    return sorted(e.kind for e in article_events(told, "en", ANCHOR))


@pytest.mark.parametrize("sentence", [
    pytest.param("The mission's standing is hurt by the decision taken on Wednesday.", id="standing-is-hurt-by"),
    pytest.param("Trust in the force was badly hurt by the scandal on Tuesday.", id="trust-badly-hurt-by"),
    pytest.param("Morale has been hurt by the delays, the commander said on Tuesday.", id="morale-been-hurt-by"),
    pytest.param("Farmers were hurt by the closure of the border on Monday.", id="farmers-were-hurt-by"),
    pytest.param("The mission was hurt by budget cuts announced on Monday.", id="mission-was-hurt-by-cuts"),
])
def test_hurt_by_what_is_no_body_hurt(sentence):
    assert "casualty" not in _kinds(sentence)


@pytest.mark.parametrize("sentence, expected", [
    pytest.param("Two guards were hurt by a roadside bomb near Gao on Monday.", ["2023-09-11"], id="by-a-bomb"),
    pytest.param("Three soldiers were hurt by gunfire during a clash on Tuesday.", ["2023-09-12"], id="by-gunfire"),
    pytest.param("Four villagers were hurt by falling debris in the explosion on Monday.", ["2023-09-11"], id="by-debris-in-explosion"),
    pytest.param("Two peacekeepers were hurt when their truck overturned on Monday.", ["2023-09-11"], id="hurt-when"),
])
def test_hurt_by_an_attack_or_an_accident_stays_a_casualty(sentence, expected):
    assert dates_between(sentence, "en", ANCHOR) == expected
