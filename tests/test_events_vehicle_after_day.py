"""Events: a verb of saying, then the day it was said, then the document or medium the words
came through ("said on Thursday in a statement that ...", "a indiqué jeudi dans un communiqué
que ...", "a annoncé le jeudi 14 septembre dans un communiqué", "dijo el jueves en un
comunicado que ...") is one telling: the statement is no happening of its own, and what it
tells keeps the day printed in it. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import article_events, dates_between, NOTHING_AFTER, NOTHING_LEAD

ANCHOR = PartialDate(2023, 9, 15)  # a Friday


@pytest.mark.parametrize(
    "language, sentence, expected",
    [
        pytest.param("en", "The mission said on Thursday in a statement that two guards were killed near Gao on Wednesday.",
                     ["2023-09-13"], id="en-on-day"),
        pytest.param("en", "The mission announced Thursday in a statement that rebels attacked a convoy near Gao on Tuesday.",
                     ["2023-09-12"], id="en-bare-day"),
        pytest.param("fr", "La mission a indiqué jeudi dans un communiqué que deux gardes avaient été tués mercredi près de Gao.",
                     ["2023-09-13"], id="fr-weekday"),
        pytest.param("fr", "La mission a annoncé le jeudi 14 septembre dans un communiqué que deux gardes avaient été tués mardi soir.",
                     ["2023-09-12"], id="fr-printed-date"),
    ],
)
def test_the_told_happening_keeps_its_own_day(language, sentence, expected):
    assert dates_between(sentence, language, ANCHOR) == expected


@pytest.mark.parametrize(
    "language, sentence",
    [
        pytest.param("en", "The mission said on Thursday in a statement that two guards were killed near Gao on Wednesday.", id="en"),
        pytest.param("fr", "La mission a indiqué jeudi dans un communiqué que deux gardes avaient été tués mercredi près de Gao.", id="fr"),
    ],
)
def test_the_statement_is_no_happening(language, sentence):
    told = [NOTHING_LEAD[language], sentence, NOTHING_AFTER[language]]
    assert [e.kind for e in article_events(told, language, ANCHOR)] == ["casualty"]


@pytest.mark.parametrize(
    "language, sentence, expected",
    [
        # a statement with no verb of saying before it stays a happening of its day
        pytest.param("en", "The mission issued a statement on Thursday on the situation in Gao.", ["2023-09-14"], id="en-issued"),
        # Spanish already read the medium after the day this way
        pytest.param("es", "La misión dijo el jueves en un comunicado que dos guardias murieron el martes cerca de Gao.",
                     ["2023-09-12"], id="es-weekday"),
        # the statement's day with no medium after it dates the telling, the happening its own
        pytest.param("en", "The mission said on Thursday that two guards were killed near Gao on Wednesday.",
                     ["2023-09-13"], id="en-no-medium"),
    ],
)
def test_guards(language, sentence, expected):
    assert dates_between(sentence, language, ANCHOR) == expected
