"""Events: a printed date inside a relative clause set off by commas before the main event
word ("The envoy, who visited Bamako on 12 May, will brief the Council on Thursday", "La
mission, qui a perdu 20 casques bleus en 2023, a été attaquée dimanche", "La misión, que
perdió 20 cascos azules en 2023, fue atacada el domingo") is the clause's time, not the main
word's: the main word keeps its own day (events.relative_aside_date), the clause's happening,
where it names one, its printed date; a toll over a year in the clause dates nothing. Every
sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2024, 7, 15)  # a Monday: the Sunday before is the 14th, the Thursday after the 18th


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("The envoy, who visited Bamako on 12 May, will brief the Council on Thursday at a meeting.", "en",
                     ["2024-05-12", "2024-07-18"], id="en-visit-then-meeting"),
        pytest.param("La mission, qui a perdu 20 casques bleus en 2023, a de nouveau été attaquée dimanche.", "fr",
                     ["2024-07-14"], id="fr-toll-year-then-attack"),
        pytest.param("La misión, que perdió 20 cascos azules en 2023, fue atacada de nuevo el domingo.", "es",
                     ["2024-07-14"], id="es-toll-year-then-attack"),
        pytest.param("Le ministre, qui a visité le camp le 2 juillet, a rencontré le commandant vendredi.", "fr",
                     ["2024-07-02", "2024-07-12"], id="fr-visit-then-meeting"),
        pytest.param("El ministro, que visitó el campamento el 2 de julio, se reunió con el comandante el viernes.", "es",
                     ["2024-07-02", "2024-07-12"], id="es-visit-then-meeting"),
        pytest.param("La base, qui avait été visée le 3 mai, a été attaquée dimanche.", "fr",
                     ["2024-05-03", "2024-07-14"], id="fr-attack-then-attack"),
    ],
)
def test_a_relative_clause_s_date_is_not_the_main_word_s(sentence, language, expected):
    assert sorted(e.date for e in body_events(sentence, language, ANCHOR)) == expected


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        # the date stands in the main clause, after the relative clause: the main word's
        pytest.param("La mission, qui compte 12 000 hommes, a été attaquée le 14 juillet.", "fr",
                     ["2024-07-14"], id="fr-date-in-main-clause"),
        # the main word inside the relative clause keeps the clause's date
        pytest.param("The convoy, which was attacked on 3 May near Gao, carried fuel.", "en",
                     ["2024-05-03"], id="en-main-inside-clause"),
        # no comma before the pronoun: a restrictive clause, left as it was
        pytest.param("Les soldats qui ont été blessés le 3 mai ont été évacués.", "fr",
                     ["2024-05-03"], id="fr-restrictive"),
    ],
)
def test_other_dates_are_left_as_they_were(sentence, language, expected):
    assert sorted(e.date for e in body_events(sentence, language, ANCHOR)) == expected
