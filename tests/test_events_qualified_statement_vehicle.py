"""Events: a statement noun with a qualifier between its determiner and itself ("said in a
separate statement that ...", "a indiqué dans un nouveau communiqué que ...", "dijo en un
breve comunicado que ...") is how the news was told, as "said in a statement that ..." is:
the happening it tells keeps its own day and kind, no announcement dated by the telling. The
qualifiers are listed in vocabulary "report_vehicle_qualifiers". Every sentence here is
written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import body_events

ANCHOR = PartialDate(2020, 9, 10)  # a Thursday


def found(sentence: str, language: str) -> list[tuple[str, str]]:
    return sorted((str(e.date), e.kind) for e in body_events(sentence, language, ANCHOR))


@pytest.mark.parametrize(
    "sentence, language, day",
    [
        pytest.param("The force said in a separate statement that one of its engineers was wounded on Monday near the bridge.",
                     "en", "2020-09-07", id="en-separate"),
        pytest.param("The mission said in an earlier statement that a convoy was ambushed on Tuesday north of the town.",
                     "en", "2020-09-08", id="en-earlier"),
        pytest.param("Police said on Wednesday in a brief statement that two guards were killed on Monday.",
                     "en", "2020-09-07", id="en-day-and-brief"),
        pytest.param("In a separate statement, the army said a patrol came under fire on Sunday evening.",
                     "en", "2020-09-06", id="en-fronted-separate"),
        pytest.param("La force a indiqué dans un nouveau communiqué qu'un de ses soldats a été blessé lundi près du pont.",
                     "fr", "2020-09-07", id="fr-nouveau"),
        pytest.param("L'armée a précisé dans une brève déclaration qu'une patrouille a été attaquée mardi.",
                     "fr", "2020-09-08", id="fr-breve"),
        pytest.param("La policía dijo en un breve comunicado que dos guardias murieron el lunes.",
                     "es", "2020-09-07", id="es-breve"),
    ],
)
def test_a_qualified_statement_tells_the_happening(sentence, language, day):
    events = found(sentence, language)
    assert all(kind != "announcement" for _, kind in events), events
    assert any(date == day for date, _ in events), events


@pytest.mark.parametrize(
    "sentence, language",
    [
        # a qualifier with nothing told after the statement: issuing it stays the happening
        pytest.param("The council issued a separate statement on Monday.", "en", id="en-nothing-told"),
        pytest.param("Le conseil a publié lundi un nouveau communiqué.", "fr", id="fr-nothing-told"),
    ],
)
def test_a_qualified_statement_telling_nothing_stays_an_announcement(sentence, language):
    events = found(sentence, language)
    assert ("2020-09-07", "announcement") in events, events


@pytest.mark.parametrize(
    "sentence, language, day",
    [
        # "another", "otro/otra" hold the determiner themselves ("in another statement", "en otro
        # comunicado"; "en un otro" is no Spanish): the noun is still how the news was told
        pytest.param("The mission said in another statement that two peacekeepers were killed on Monday.",
                     "en", "2020-09-07", id="en-another"),
        pytest.param("La misión dijo en otro comunicado que dos cascos azules murieron el lunes.",
                     "es", "2020-09-07", id="es-otro"),
        pytest.param("La misión indicó el martes en otra declaración que dos cascos azules murieron el lunes.",
                     "es", "2020-09-07", id="es-otra-day"),
        pytest.param("En otro comunicado publicado el martes, la misión dijo que dos cascos azules murieron el lunes.",
                     "es", "2020-09-07", id="es-fronted-otro"),
    ],
)
def test_another_statement_tells_the_happening(sentence, language, day):
    events = found(sentence, language)
    assert all(kind != "announcement" for _, kind in events), events
    assert any(date == day for date, _ in events), events


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The council issued another statement on Monday.", "en", id="en-another-nothing-told"),
        pytest.param("El consejo publicó otro comunicado el lunes.", "es", id="es-otro-nothing-told"),
    ],
)
def test_another_statement_telling_nothing_stays_an_announcement(sentence, language):
    assert ("2020-09-07", "announcement") in found(sentence, language)
