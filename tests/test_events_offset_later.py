"""Events: a second happening of a sentence told as a count of days after the first ("two
soldiers were killed on Tuesday, and a third died two days later", "deux jours plus tard",
"dos días más tarde") is one of its own, dated that many days after the first's day, not
on the first's day nor left out. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2019, 4, 14)  # a Sunday: Tuesday is the 9th


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Two soldiers were killed on Tuesday, and a third died of his wounds two days later in hospital.", "en",
                     id="en"),
        pytest.param("Deux soldats ont été tués mardi, et un troisième est mort de ses blessures deux jours plus tard à "
                     "l'hôpital.", "fr", id="fr"),
        pytest.param("Dos soldados murieron el martes y un tercero falleció dos días más tarde en el hospital.", "es",
                     id="es"),
    ],
)
def test_the_later_happening_counts_from_the_first(sentence, language):
    assert sorted(e.date for e in body_events(sentence, language, ANCHOR)) == ["2019-04-09", "2019-04-11"]


@pytest.mark.parametrize(
    "sentence, language",
    [
        # a count of years is no day; a saying is no happening
        pytest.param("Two soldiers were killed on Tuesday, and the mission said two days later that it would investigate.",
                     "en", id="en-said"),
    ],
)
def test_no_happening_no_second_event(sentence, language):
    assert [e.date for e in body_events(sentence, language, ANCHOR)] == ["2019-04-09"]


def test_a_count_after_another_happening_is_not_counted_forward():
    # "dos días después del ataque" counts back from the attack (offset_back), never forward
    sentence = "Un soldado murió el martes, y otro resultó herido dos días después del ataque."
    assert "2019-04-11" not in [e.date for e in body_events(sentence, "es", ANCHOR)]

