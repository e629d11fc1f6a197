"""Events: a happening of a moment (an attack, a raid: vocabulary "momentary_kinds"), told on
two days apart that share their month and are listed with a conjunction ("the attacks on 3
and 5 May", "ont attaqué les 3 et 5 mai"), is one happening on each day, not one running
from the first to the second; a lasting happening (a summit) keeps the span, and so do a
range ("from 3 to 5 May", "3-5 May", "between 3 and 5 May") and two days in a row ("on 3
and 4 May", maybe one raid). Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2022, 5, 10)


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The raids on 3 and 5 May killed four guards.", "en", id="en-noun"),
        pytest.param("Gunmen attacked the depot on 3 and 5 May.", "en", id="en-verb"),
        pytest.param("Des hommes armés ont attaqué le dépôt les 3 et 5 mai.", "fr", id="fr-verb"),
        # the noun told with a definite article, read as no earlier telling's
        pytest.param("Les attaques des 3 et 5 mai ont fait dix morts.", "fr", id="fr-noun-des"),
        # the second day taking its article ("el 3 y el 5 de mayo")
        pytest.param("Hombres armados atacaron el depósito el 3 y el 5 de mayo.", "es", id="es-el-y-el"),  # two dates, no span
        pytest.param("Los ataques del 3 y el 5 de mayo fueron condenados.", "es", id="es-noun-del-y-el"),
    ],
)
def test_two_listed_days_are_two_happenings(sentence, language):
    assert sorted(str(e.date) for e in body_events(sentence, language, ANCHOR)) == ["2022-05-03", "2022-05-05"]


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("The regional summit was held on 3 and 4 May.", "en", ["2022-05-03/2022-05-04"], id="en-lasting"),
        pytest.param("Gunmen attacked the depot from 3 to 5 May.", "en", ["2022-05-03/2022-05-05"], id="en-range-words"),
        pytest.param("Gunmen attacked the depot on 3-5 May.", "en", ["2022-05-03/2022-05-05"], id="en-range-dash"),
        pytest.param("Gunmen attacked the depot between 3 and 5 May.", "en", ["2022-05-03/2022-05-05"], id="en-between"),
        # the paired preposition before an article of the day
        pytest.param("Des hommes armés ont attaqué le dépôt entre les 3 et 5 mai.", "fr", ["2022-05-03/2022-05-05"],
                     id="fr-entre-les"),
        pytest.param("Gunmen attacked the depot between the 3rd and 5th of May.", "en", ["2022-05-03/2022-05-05"],
                     id="en-between-the"),
        pytest.param("Hombres armados atacaron el depósito entre el 3 y el 5 de mayo.", "es", ["2022-05-03/2022-05-05"],
                     id="es-entre-el"),
        pytest.param("Gunmen attacked the depot on 3 and 4 May.", "en", ["2022-05-03/2022-05-04"], id="en-next-days"),
    ],
)
def test_a_lasting_happening_or_a_range_keeps_its_span(sentence, language, expected):
    assert [str(e.date) for e in body_events(sentence, language, ANCHOR)] == expected


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("Gunmen attacked the depot on 3 and 5 October.", "en", ["XXXX-10-03", "XXXX-10-05"], id="en"),
        pytest.param("Des tirs ont visé le convoi les 3 et 5 octobre.", "fr", ["XXXX-10-03", "XXXX-10-05"], id="fr"),
        pytest.param("Hombres armados atacaron el depósito el 3 y el 5 de octubre.", "es", ["XXXX-10-03", "XXXX-10-05"],
                     id="es"),
        # 28 and 29 February of a year nobody prints: two days apart but for a leap year's day
        pytest.param("Gunmen attacked the depot on 27 and 29 February.", "en", ["XXXX-02-27", "XXXX-02-29"], id="en-leap-day"),
        pytest.param("The regional summit was held on 3 and 4 October.", "en", ["XXXX-10-03/XXXX-10-04"], id="en-lasting"),
    ],
)
def test_two_listed_days_with_no_year_known(sentence, language, expected):
    """Neither the text nor the article's date gives the year: the days are still counted
    apart (this raised a TypeError before, and the article was skipped)."""
    assert sorted(str(e.date) for e in body_events(sentence, language, None)) == expected
