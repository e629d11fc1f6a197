"""Events: a date inside an apposition opened by a past participle that names no kind of
happening ("la force Barkhane, lancée en 2014, a annoncé mardi son retrait", "the withdrawal
of Operation Sentinel, launched in March 2019", "la retirada de la operación Atalanta,
lanzada en diciembre de 2008") dates what the participle tells of the noun before it, not
the clause's main word: the main word keeps its own day (or none), and the date, in a clause
of its own, dates a happening of its own: an operation when the noun and the participle make
one ("operation … launched", events.apposed_clause_word), else of kind "happening". Every
sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import body_events

ANCHOR = PartialDate(2021, 6, 10)  # a Thursday: the Tuesday before is the 8th


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("La force Barkhane, lancée en 2014, a entamé mardi son retrait du pays.", "fr",
                     [("2021-06-08", "withdrawal")], id="fr-subject-apposition"),
        pytest.param("The plan foresees the withdrawal of Operation Sentinel, launched in March 2019.", "en",
                     [("2019-03", "operation")], id="en-object-apposition"),  # operation … launched
        pytest.param("El plan prevé la retirada de la operación Atalanta, lanzada en diciembre de 2008.", "es",
                     [("2008-12", "operation")], id="es-object-apposition"),  # operación … lanzada
        pytest.param("Le plan prévoit le retrait progressif de la force Barracuda (900 hommes), lancée en mai 2015.", "fr",
                     [("2015-05", "happening")], id="fr-object-apposition-bracket"),
    ],
)
def test_a_date_in_an_apposed_participle_is_not_the_main_word_s(sentence, language, expected):
    assert [(e.date, e.kind) for e in body_events(sentence, language, ANCHOR)] == expected


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        # the participle is an event word: its own happening, as before; the main verb's
        # clause, with its own relative day, tells the burial apart (clause_relative_happenings)
        pytest.param("Les deux soldats, tués le 3 mai près de Gao, ont été inhumés mardi.", "fr",
                     [("2021-05-03", "casualty"), ("2021-06-08", "ceremony")], id="fr-event-participle"),
        # no comma: the date is the clause's own
        pytest.param("La force a été lancée en mai 2015 au Mali.", "fr", [("2015-05", "happening")], id="fr-no-apposition"),
    ],
)
def test_other_dates_are_left_as_they_were(sentence, language, expected):
    assert [(e.date, e.kind) for e in body_events(sentence, language, ANCHOR)] == expected
