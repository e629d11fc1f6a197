"""Events: a number printed with a separator between its digits ("1,300", "12,5") is one
number, not the end of a clause; an event's title in the sentence's words keeps it whole
instead of stopping at its comma ("in honour of the more than 1"). Every sentence here is
written for these tests."""
from __future__ import annotations

import pytest

from eventcases import body_events
from newsdossier.datevalue import PartialDate

ANCHOR = PartialDate(2024, 5, 2)  # a Thursday


@pytest.mark.parametrize(("sentence", "language", "printed"), [
    pytest.param("The minister laid a wreath on Thursday in honour of the more than 1,300 soldiers who died since 1960.",
                 "en", "more than 1,300 soldiers", id="en-complement"),
    pytest.param("Le ministre a déposé jeudi une gerbe en hommage aux 1,300 soldats morts depuis 1960.",
                 "fr", "1,300 soldats", id="fr-complement"),
    pytest.param("The battalion of 1,150 soldiers arrived in Bentiu on Monday.", "en", "Battalion of 1,150 soldiers",
                 id="en-subject"),
    pytest.param("Some 2,500 peacekeepers were deployed to Bunia on Monday.", "en", "2,500 peacekeepers", id="en-subject-opening"),
])
def test_a_number_with_a_separator_stays_whole_in_the_title(sentence, language, printed):
    titles = [e.title for e in body_events(sentence, language, ANCHOR)]
    assert titles and any(printed in t for t in titles), titles


def test_a_comma_after_a_number_still_ends_its_clause():
    titles = [e.title for e in body_events("The battalion of 850 soldiers arrived in Bentiu on Monday, the army said.", "en", ANCHOR)]
    assert titles and not any("army" in t for t in titles), titles
