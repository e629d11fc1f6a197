"""Events: a programme told in coordinated clauses, each with its own relative day ("will
arrive in Juba on Monday and meet the president on Tuesday"), is one happening per clause,
each on its day: a day before "and" (or a comma) closes its clause and is not the next verb's,
and each later verb takes the day of its own clause. A participle after a determiner ("L'envoyé
arrivera", "El enviado llegará") is the subject noun, no happening of its own. Every sentence
here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2024, 5, 9)  # a Thursday


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("The inspector will arrive in Kidal on Monday and meet the governor on Tuesday.", "en",
                     [("2024-05-13", "deployment"), ("2024-05-14", "meeting")], id="en-planned"),
        pytest.param("The inspector arrived in Kidal on Monday and met the governor on Tuesday.", "en",
                     [("2024-05-06", "deployment"), ("2024-05-07", "meeting")], id="en-past"),
        pytest.param("The inspector will arrive in Kidal on Monday, meet the governor on Tuesday and visit Gao on Wednesday.", "en",
                     [("2024-05-13", "deployment"), ("2024-05-14", "meeting"), ("2024-05-15", "visit")], id="en-three-days"),
        pytest.param("L'inspecteur arrivera lundi à Kidal, rencontrera le gouverneur mardi et se rendra à Gao mercredi.", "fr",
                     [("2024-05-13", "deployment"), ("2024-05-14", "meeting"), ("2024-05-15", "visit")], id="fr-three-days"),
        pytest.param("El enviado llegará el lunes a Kidal, se reunirá con el gobernador el martes y visitará Gao el miércoles.", "es",
                     [("2024-05-13", "deployment"), ("2024-05-14", "meeting"), ("2024-05-15", "visit")], id="es-three-days"),
    ],
)
def test_each_clause_of_a_programme_is_dated_by_its_own_day(sentence, language, expected):
    assert sorted((e.date, e.kind) for e in body_events(sentence, language, ANCHOR)) == expected


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("Gunmen attacked the camp on Monday and killed two guards.", "en", ["2024-05-06"], id="en-one-day"),
        pytest.param("Gunmen raided the camp on Monday and ambush survivors were found on Tuesday.", "en", ["2024-05-06"],
                     id="en-noun-after-and"),
        pytest.param("La enviada especial se reunió el martes con el gobernador.", "es", ["2024-05-07"], id="es-envoy-noun"),
    ],
)
def test_one_day_stays_one_happening(sentence, language, expected):
    assert [e.date for e in body_events(sentence, language, ANCHOR)] == expected
