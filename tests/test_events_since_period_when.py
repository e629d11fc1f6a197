"""Events: a month named by its part after "since" ("since the end of October", "since the
beginning of December": dates.yaml "month_alone_leads") is a date like "since October", so a
time clause after it ("since the end of October, when the army launched an offensive")
dates its happening (events.since_when), as "depuis fin octobre, quand ..." did; the bare
span dates nothing. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2024, 2, 10)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        pytest.param("Fighting has gone on since the end of October, when the army launched an offensive.",
                     ["2023-10"], id="end-of-when"),
        pytest.param("Clashes have continued since the beginning of December, when rebels attacked the base.",
                     ["2023-12"], id="beginning-of-when"),
        pytest.param("The camp has been closed since the start of November, when rebels attacked it.",
                     ["2023-11"], id="start-of-when"),
    ],
)
def test_the_time_clause_after_a_month_part_is_dated(sentence, expected):
    assert sorted(str(e.date) for e in body_events(sentence, "en", ANCHOR)) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        pytest.param("Fighting has gone on since the end of October.", [], id="bare-span"),
        pytest.param("The army launched an offensive at the end of October.", ["2023-10"], id="month-part-dates-its-verb"),
        pytest.param("The battalion will leave at the end of March.", ["2024-03"], id="month-part-ahead"),
    ],
)
def test_what_stays_as_it_was(sentence, expected):
    assert sorted(str(e.date) for e in body_events(sentence, "en", ANCHOR)) == expected


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        # the same part of a month in words the line had not listed
        pytest.param("Fighting has continued since the middle of October, when the army launched an offensive.", "en",
                     ["2023-10"], id="en-middle-of-when"),
        pytest.param("Les combats se poursuivent depuis la fin du mois d'octobre, quand l'armée a lancé une offensive.", "fr",
                     ["2023-10"], id="fr-fin-du-mois-d-when"),
        pytest.param("La mission a été créée au mois d'avril.", "fr", ["2023-04"], id="fr-au-mois-d"),
        pytest.param("The mission has been in place since the middle of October.", "en", [], id="en-middle-of-bare-span"),
    ],
)
def test_other_words_of_a_month_part(sentence, language, expected):
    assert sorted(str(e.date) for e in body_events(sentence, language, ANCHOR)) == expected
