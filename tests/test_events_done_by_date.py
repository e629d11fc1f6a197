"""Events: a happening the text says was done by a date, told in the pluperfect ("The
battalion had completed its withdrawal from Kidal by the end of November", "By the end of
November, the contingent had completed its withdrawal", "Para finales de noviembre, el
contingente ya había completado su retirada") is dated by it, as the rulebook reads it; a deadline not yet met ("is due to
complete its withdrawal by the end of December"), one asked for in the pluperfect ("had been
asked to withdraw by 31 December") and a plain "by" of an agent ("had been attacked by
gunmen") date nothing more than before. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2024, 12, 10)


@pytest.mark.parametrize(
    "sentence, language, date",
    [
        pytest.param("The battalion had completed its withdrawal from Kidal by the end of November.", "en", "2024-11",
                     id="en-had-completed-by-the-end-of"),
        pytest.param("By the end of November, the Chadian contingent had completed its withdrawal from Tessit.", "en", "2024-11",
                     id="en-fronted-by"),
        pytest.param("Para finales de noviembre, el contingente chadiano ya había completado su retirada de Tessit.", "es",
                     "2024-11", id="es-fronted-para-finales"),
    ],
)
def test_a_happening_done_by_a_date_is_dated_by_it(sentence, language, date):
    assert date in [str(e.date) for e in body_events(sentence, language, ANCHOR)]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The battalion is due to complete its withdrawal from Kidal by the end of December.", "en", id="en-due"),
        pytest.param("The battalion had been asked to complete its withdrawal from Kidal by 31 December.", "en",
                     id="en-had-been-asked-to"),
        pytest.param("The battalion, which had arrived in Kidal in May, must complete its withdrawal by 31 December.", "en",
                     id="en-had-in-another-clause"),
        pytest.param("By 31 December, the battalion must leave the camp at Tessit.", "en", id="en-fronted-deadline"),
    ],
)
def test_a_deadline_not_met_dates_nothing_of_its_own(sentence, language):
    assert not any(str(e.date).startswith("2024-12") or str(e.date) == "2025-12" for e in body_events(sentence, language, ANCHOR))


@pytest.mark.parametrize(
    "sentence, language",
    [
        # a condition, not a happening done
        pytest.param("If the battalion had completed its withdrawal from Kidal by the end of November, the camp would have closed.",
                     "en", id="en-if-had"),
        pytest.param("Had the battalion completed its withdrawal from Kidal by the end of November, the camp would have closed.",
                     "en", id="en-inverted-had"),
        pytest.param("By the end of November, if the contingent had completed its withdrawal, the camp would have closed.",
                     "en", id="en-fronted-if"),
        # a plan or a wish told in the pluperfect: the date is what was aimed at
        pytest.param("The battalion had planned its withdrawal from Kidal by the end of November.", "en", id="en-had-planned"),
        pytest.param("The battalion had hoped its withdrawal from Kidal would be complete by the end of November.", "en",
                     id="en-had-hoped-would"),
        pytest.param("The government had promised a withdrawal of the battalion by the end of November.", "en",
                     id="en-had-promised"),
        pytest.param("By the end of November, the battalion had planned its withdrawal from Kidal.", "en", id="en-fronted-planned"),
    ],
)
def test_a_condition_or_a_plan_in_the_pluperfect_is_not_done_by_the_date(sentence, language):
    assert not any(str(e.date) in ("2024-11", "2025-11") for e in body_events(sentence, language, ANCHOR))


@pytest.mark.parametrize(
    "sentence, language",
    [
        # a toll reached by a date, counted over a span: no happening of that date
        pytest.param("More than 300 peacekeepers had been killed by the end of November.", "en", id="en-toll-by"),
        pytest.param("By the end of November, more than 300 peacekeepers had been killed since the mission began.", "en",
                     id="en-fronted-toll-since"),
        pytest.param("By the end of November, hundreds of soldiers had left the camp at Tessit.", "en", id="en-fronted-hundreds"),
    ],
)
def test_a_toll_reached_by_a_date_is_not_dated_by_it(sentence, language):
    assert not any(str(e.date) == "2024-11" for e in body_events(sentence, language, ANCHOR))
