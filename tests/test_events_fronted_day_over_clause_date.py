"""Events: a day named relative to the article's that fronts a sentence ("On Sunday,", "El
domingo,", "Dimanche,") dates the main verb after it, even where a printed date stands later
in a relative clause or a participle phrase describing a noun ("... near the bridge that had
been repaired on 2 August", "... por un jefe capturado el 30 de julio"): that date is the
clause's own happening, no longer the main verb's. A statement fronted by the day keeps the
date of what it tells, and a sentence with no fronted day keeps its printed date. Every
sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2022, 8, 9)  # a Tuesday: "Sunday" is 7 August


@pytest.mark.parametrize(
    "sentence, language, clause_date",
    [
        pytest.param("On Sunday, rebels ambushed a convoy near the bridge that had been repaired on 2 August.", "en",
                     "2022-08-02", id="en-relative"),
        pytest.param("Dimanche, des rebelles ont attaqué un convoi près du pont qui avait été réparé le 2 août.", "fr",
                     "2022-08-02", id="fr-relative"),
        pytest.param("El domingo, los rebeldes atacaron un convoy cerca del puente que había sido reparado el 2 de "
                     "agosto.", "es", "2022-08-02", id="es-relative"),
        pytest.param("El domingo, la milicia atacó un campamento en represalia por un jefe capturado el 30 de julio.", "es",
                     "2022-07-30", id="es-participle"),
    ],
)
def test_the_fronted_day_dates_the_main_verb(sentence, language, clause_date):
    events = body_events(sentence, language, ANCHOR)
    assert events[0].kind == "attack" and str(events[0].date) == "2022-08-07"
    assert sorted(str(e.date) for e in events) == sorted(["2022-08-07", clause_date])


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("On Sunday, the army said the convoy was ambushed on 2 August.", "en", ["2022-08-02"], id="statement"),
        pytest.param("Rebels ambushed a convoy near the bridge repaired on 2 August.", "en", ["2022-08-02"], id="no-fronted-day"),
        # the main word is the relative clause's own, or the clause right after it describes it
        pytest.param("On Sunday, peacekeepers buried the soldiers who were killed on 2 August.", "en", ["2022-08-02"],
                     id="en-main-in-relative"),
        pytest.param("Dimanche, les casques bleus ont enterré les soldats qui ont été tués le 2 août.", "fr", ["2022-08-02"],
                     id="fr-main-in-relative"),
        pytest.param("On Sunday, the mission condemned the attack carried out on 2 August.", "en", ["2022-08-02"],
                     id="en-participle-of-main"),
        pytest.param("El domingo, la misión condenó el ataque perpetrado el 2 de agosto.", "es", ["2022-08-02"],
                     id="es-participle-of-main"),
        pytest.param("El domingo, la misión recordó el ataque que mató a diez cascos azules el 2 de agosto.", "es",
                     ["2022-08-02"], id="es-relative-of-main"),
    ],
)
def test_without_a_fronted_day_of_the_main_the_printed_date_stays(sentence, language, expected):
    assert [str(e.date) for e in body_events(sentence, language, ANCHOR)] == expected
