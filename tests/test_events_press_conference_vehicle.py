"""Events: a press conference or briefing after a verb of saying, its audience between ("told
reporters at a press conference that ...", "a déclaré aux journalistes lors d'une conférence
de presse que ...", "dijo a los periodistas durante una rueda de prensa que ..."), is how the
news was told, as "said in a statement" is: the happening told gives the event, not the
press conference. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import body_events

ANCHOR = PartialDate(2017, 1, 26)  # a Thursday: the Wednesday before is the 25th


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The spokesman told reporters at a press conference in New York that the two leaders met on "
                     "Wednesday.", "en", id="en-told-reporters-at"),
        pytest.param("The spokesman said at a press conference that the two leaders met on Wednesday.", "en",
                     id="en-said-at"),
        pytest.param("Le porte-parole a déclaré lors d'une conférence de presse que les deux dirigeants se sont "
                     "rencontrés mercredi.", "fr", id="fr-lors-d-une"),
        pytest.param("Le porte-parole a déclaré aux journalistes lors d'une conférence de presse que les deux dirigeants "
                     "se sont rencontrés mercredi.", "fr", id="fr-aux-journalistes"),
        pytest.param("El portavoz dijo a los periodistas durante una rueda de prensa que los dos líderes se reunieron el "
                     "miércoles.", "es", id="es-durante-una"),
    ],
)
def test_the_press_conference_carrying_the_news_is_no_event(sentence, language):
    assert [(e.date, e.kind) for e in body_events(sentence, language, ANCHOR)] == [("2017-01-25", "meeting")]


def test_a_press_conference_told_as_a_happening_stays():
    found = body_events("The minister held a press conference in Bamako on Wednesday.", "en", ANCHOR)
    assert [(e.date, e.kind) for e in found] == [("2017-01-25", "announcement")]


def test_a_ceremony_the_words_were_said_at_stays_a_happening():
    found = body_events("The minister said at a ceremony on Wednesday that the bridge was complete.", "en", ANCHOR)
    assert [(e.date, e.kind) for e in found] == [("2017-01-25", "ceremony")]

