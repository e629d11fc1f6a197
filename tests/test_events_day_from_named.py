"""Events: a day counted from a happening named right after the count, whose date the clause
prints ("killed the day after the president's death (6 April 1994)", "tués le lendemain de la
mort du président (6 avril 1994)", "asesinados al día siguiente de la muerte del presidente
(6 de abril de 1994)"): the date is the named happening's, the sentence's own happening that
many days from it (vocabulary "day_from_named"), and the named happening one of its own on
the date printed. Every sentence here is written for these
tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2001, 3, 9)


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("The guards were killed the day after the king's death (6 April 1994) near the palace.", "en",
                     "1994-04-07", id="en-after-bracket"),
        pytest.param("The guards were killed a day before the king's death (6 April 1994) near the palace.", "en",
                     "1994-04-05", id="en-before-bracket"),
        pytest.param("Les gardes ont été tués le lendemain de la mort du roi (6 avril 1994) près du palais.", "fr",
                     "1994-04-07", id="fr-lendemain"),
        pytest.param("Les gardes ont été tués la veille de la mort du roi survenue le 6 avril 1994.", "fr",
                     "1994-04-05", id="fr-veille"),
        pytest.param("Los guardias fueron asesinados al día siguiente de la muerte del rey (6 de abril de 1994).", "es",
                     "1994-04-07", id="es-siguiente"),
        pytest.param("Các lính gác bị giết một ngày sau cái chết của nhà vua (6/4/1994) gần cung điện.", "vi",
                     "1994-04-07", id="vi-sau"),
    ],
)
def test_a_day_counted_from_a_named_happening_dates_the_sentence_that_many_days_on(sentence, language, expected):
    # the named happening (the death) is one of its own, on the date printed
    assert [e.date for e in body_events(sentence, language, ANCHOR)] == [expected, "1994-04-06"]


@pytest.mark.parametrize(
    "sentence, language",
    [
        # the count stands alone, in a clause of its own: the printed date is the happening's
        pytest.param("The day before, on 6 April 1994, the guards were killed near the palace.", "en", id="en-alone"),
        pytest.param("La veille, le 6 avril 1994, les gardes ont été tués près du palais.", "fr", id="fr-alone"),
        # the count after the date, in another clause
        pytest.param("The guards were killed on 6 April 1994, the day after the king's death.", "en", id="en-after-date"),
    ],
)
def test_a_count_not_before_a_named_happening_leaves_the_printed_day(sentence, language):
    assert [e.date for e in body_events(sentence, language, ANCHOR)] == ["1994-04-06"]
