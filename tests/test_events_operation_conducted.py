"""Events: a military operation told by the verb of its carrying out ("carried out a military
operation", "ont mené une opération", "llevaron a cabo una operación", "realizaron una
operación") is an operation, dated by a day the sentence gives relatively ("last week",
"jeudi", "el jueves"), as one told by its launching is; and an event phrase whose words are
set in quotation marks ("ont lancé « une opération militaire »", 'carried out a "cleanup
operation"') is read through the marks.

Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from newsdossier.events import event_words
from eventcases import body_events

ANCHOR = PartialDate(2016, 6, 28)  # a Tuesday


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("Last week, the peacekeepers carried out a military operation in the northern district.", "en",
                     ("operation", "2016-06-20/2016-06-26"), id="en-carried-out"),
        pytest.param("The blue helmets conducted an operation near the market on Thursday.", "en",
                     ("operation", "2016-06-23"), id="en-conducted"),
        pytest.param("La semaine dernière, les soldats de la paix ont mené une opération dans le quartier nord.", "fr",
                     ("operation", "2016-06-20/2016-06-26"), id="fr-mene"),
        pytest.param("Jeudi, la force a conduit une opération militaire près du marché.", "fr",
                     ("operation", "2016-06-23"), id="fr-conduit"),
        pytest.param("La semana pasada, los cascos azules llevaron a cabo una operación en el barrio norte.", "es",
                     ("operation", "2016-06-20/2016-06-26"), id="es-llevaron-a-cabo"),
        pytest.param("Los soldados realizaron una operación militar cerca del mercado el jueves.", "es",
                     ("operation", "2016-06-23"), id="es-realizaron"),
    ],
)
def test_an_operation_carried_out_is_dated(sentence, language, expected):
    assert [(e.kind, e.date) for e in body_events(sentence, language, ANCHOR)] == [expected]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("La semaine dernière, les soldats ont lancé « une opération militaire » dans le quartier nord.", "fr",
                     id="fr-guillemets"),
        pytest.param("Last week, the soldiers launched “an operation” in the northern district.", "en", id="en-curly"),
        pytest.param('La semana pasada, los soldados lanzaron "una operación" en el barrio norte.', "es", id="es-straight"),
    ],
)
def test_an_event_phrase_in_quotation_marks_is_read(sentence, language):
    assert [(e.kind, e.date) for e in body_events(sentence, language, ANCHOR)] == [("operation", "2016-06-20/2016-06-26")]


def test_quotation_marks_join_no_words_of_two_clauses():
    # the marks close a quoted word; the words after them are read as printed
    sentence = "Le « calme » est revenu dans le quartier."
    assert [w.kind for w in event_words(sentence, "fr")] == [w.kind for w in event_words("Le calme est revenu dans le quartier.", "fr")]
