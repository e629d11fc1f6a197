"""An event's title in the sentence's own words keeps a possessive on its word: where the event
word ends inside a word group ("the mission's mandate": the word is "mission"), the rest is not
set apart by a space ("the mission 's mandate"). Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from eventcases import body_events
from newsdossier.datevalue import PartialDate

ANCHOR = PartialDate(2024, 5, 2)


@pytest.mark.parametrize(("sentence", "printed"), [
    pytest.param("The council extended the mission's mandate on 3 March 2024.", "mission's mandate", id="straight-apostrophe"),
    pytest.param("Ministers renewed the mission\u2019s mandate on 3 March 2024.", "mission\u2019s mandate", id="curly-apostrophe"),
    pytest.param("The Security Council is expected to renew the mission's mandate in August.", "mission's mandate", id="planned"),
])
def test_a_possessive_stays_on_its_word_in_the_title(sentence, printed):
    titles = [e.title for e in body_events(sentence, "en", ANCHOR)]
    assert titles and any(printed in t for t in titles), titles
    assert not any(" '" in t or " \u2019" in t for t in titles), titles
