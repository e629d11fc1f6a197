"""Events: a happening told over a span of weekdays ("from Thursday to Sunday", "du jeudi
au dimanche", "entre el jueves y el domingo", "từ thứ Năm đến Chủ nhật") runs from the first
weekday to the second, not over the first alone; two weekdays joined without a "from" word
("on Monday and Tuesday") and a move ("aplazada del lunes al jueves") are no span. Every
sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.dates import weekday_span_end
from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2023, 5, 2)  # a Tuesday


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("La delegación visitará Perú entre el jueves y el domingo.", "es", "2023-05-04/2023-05-07", id="es-entre"),
        pytest.param("El ministro visitará Perú del jueves al domingo.", "es", "2023-05-04/2023-05-07", id="es-del-al"),
        pytest.param("The minister will visit Peru from Thursday to Sunday.", "en", "2023-05-04/2023-05-07", id="en-from-to"),
        pytest.param("Le ministre se rendra au Pérou du jeudi au dimanche.", "fr", "2023-05-04/2023-05-07", id="fr-du-au"),
        pytest.param("Le ministre se rendra au Pérou entre jeudi et dimanche.", "fr", "2023-05-04/2023-05-07", id="fr-entre"),
        pytest.param("Bộ trưởng sẽ thăm Peru từ thứ Năm đến Chủ nhật.", "vi", "2023-05-04/2023-05-07", id="vi-tu-den"),
        pytest.param("The minister visited Peru from Friday to Sunday.", "en", "2023-04-28/2023-04-30", id="en-past"),
    ],
)
def test_a_span_of_weekdays_dates_the_happening_over_it(sentence, language, expected):
    assert [e.date for e in body_events(sentence, language, ANCHOR)] == [expected]


@pytest.mark.parametrize(
    "sentence, language, first",
    [
        pytest.param("The rebels attacked the base on Monday and Tuesday.", "en", PartialDate(2023, 5, 1), id="en-and"),
        pytest.param("La reunión fue aplazada del lunes al jueves.", "es", PartialDate(2023, 5, 1), id="es-moved"),
    ],
)
def test_no_span_without_a_from_word_or_for_a_move(sentence, language, first):
    assert weekday_span_end(sentence, first, language) is None


@pytest.mark.parametrize(
    "sentence, language, first",
    [
        pytest.param("Los ataques del lunes y el jueves dejaron diez muertos.", "es", PartialDate(2023, 5, 1), id="es-del-y"),
        pytest.param("Les attaques de lundi et jeudi ont fait dix morts.", "fr", PartialDate(2023, 5, 1), id="fr-de-et"),
        pytest.param("The patrols from Monday and Thursday found nothing.", "en", PartialDate(2023, 5, 1), id="en-from-and"),
    ],
)
def test_an_opener_and_a_joiner_that_do_not_go_together_make_no_span(sentence, language, first):
    assert weekday_span_end(sentence, first, language) is None
