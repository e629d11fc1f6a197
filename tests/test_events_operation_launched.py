"""Events: a military operation told by its launching in a participle is an operation.

"the French operation Serval, launched in January 2013", "l'opération Barkhane, lancée en
août 2014", "la operación Atalanta, lanzada en 2008", "a military operation launched in
March": the operation and the participle of its launching (a clause of the "operation"
kind in vocabulary event_kinds) tell an operation, dated by the date after the participle;
the sentence's own verb keeps its own happening.

Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import body_events

ANCHOR = PartialDate(2021, 6, 10)


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("The rebels were pushed back by a military operation launched in March 2014.", "en",
                     ("operation", "2014-03"), id="en-reduced-relative"),
        pytest.param("The withdrawal of the British operation Tern, launched in October 2019, will take months.", "en",
                     ("operation", "2019-10"), id="en-apposed"),
        pytest.param("Le désengagement de l'opération Barkhane, lancée en août 2014, prendra des mois.", "fr",
                     ("operation", "2014-08"), id="fr-apposed"),
        pytest.param("La retirada de la operación Atalanta, lanzada en diciembre de 2008, tardará meses.", "es",
                     ("operation", "2008-12"), id="es-apposed"),
    ],
)
def test_an_operation_launched_is_an_operation(sentence, language, expected):
    found = body_events(sentence, language, ANCHOR)
    assert expected in [(e.kind, e.date) for e in found]
