"""Events: a month alone joined after a coordinating conjunction with its own subject and no
verb of its own ("The first group arrived in May and the second in June", "llegue durante julio y
el último en agosto") is a second happening, the verb left out being the main's; planned when the
main is. A month joined to the first with no clause between ("in May and June") or a clause
with its own verb of no happening ("and June was quiet", "and the heat in June slowed the
patrols": a word after the month in its clause is that clause's verb) adds none. Every sentence here is
written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import article_events

ANCHOR = PartialDate(2025, 7, 8)


@pytest.mark.parametrize(
    "sentence, language, dates",
    [
        pytest.param("The first convoy reached the town in May, and the second in June.", "en",
                     [("2025-05", False), ("2025-06", False)], id="en-past"),
        pytest.param("The next convoy will reach the town in September and the last in October.", "en",
                     [("2025-09", True), ("2025-10", True)], id="en-planned"),
        pytest.param("Le premier convoi est arrivé dans la ville en mai et le second en juin.", "fr",
                     [("2025-05", False), ("2025-06", False)], id="fr-past"),
        pytest.param("El primer convoy llegó a la ciudad en mayo y el segundo en junio.", "es",
                     [("2025-05", False), ("2025-06", False)], id="es-past"),
        pytest.param("Se espera que un nuevo convoy llegue durante septiembre y el último en octubre.", "es",
                     [("2025-09", True), ("2025-10", True)], id="es-planned"),
    ],
)
def test_a_joined_month_with_its_verb_left_out_is_a_happening(sentence, language, dates):
    events = article_events([sentence], language, ANCHOR)
    assert sorted((str(e.date), e.announced) for e in events) == dates


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The first convoy reached the town in May and June.", "en", id="en-two-months-one-verb"),
        pytest.param("The first convoy reached the town in May and June was quiet.", "en", id="en-clause-of-no-happening"),
    ],
)
def test_a_month_not_joined_as_a_clause_adds_none(sentence, language):
    events = article_events([sentence], language, ANCHOR)
    assert not any(str(e.date) == "2025-06" for e in events)


@pytest.mark.parametrize(
    "sentence, language",
    [
        # the month is inside a clause with its own verb after it: that clause's subject, no
        # verb left out
        pytest.param("The first convoy reached the town in May and the heat in June slowed the patrols.", "en",
                     id="en-verb-after-month"),
        pytest.param("El primer convoy llegó a la ciudad en mayo y el calor en junio frenó las patrullas.", "es",
                     id="es-verb-after-month"),
        pytest.param("Le premier convoi est arrivé dans la ville en mai et la chaleur en juin a ralenti les patrouilles.", "fr",
                     id="fr-verb-after-month"),
    ],
)
def test_a_joined_month_before_a_verb_of_its_clause_adds_none(sentence, language):
    events = article_events([sentence], language, ANCHOR)
    assert not any(str(e.date) == "2025-06" for e in events)
