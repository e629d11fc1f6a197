"""Events: Spanish links of "happened after" ("se produjo después de que", "llegó dos días
después de", "ocurrió tres días después de") tell ANOTHER, earlier happening after the one
named again, as "came after" and "survient après" do: the day printed after the link is that
earlier happening's, not the one named again. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2023, 5, 2)  # a Tuesday


@pytest.mark.parametrize(
    "sentence, expected",
    [
        pytest.param("El asalto se produjo dos días después de que tres guardias fueran asesinados el viernes.",
                     ("casualty", "2023-04-28"), id="se-produjo-dos-dias-que"),
        pytest.param("El asalto llegó dos días después de que tres guardias fueran asesinados el viernes.",
                     ("casualty", "2023-04-28"), id="llego-dos-dias"),
        pytest.param("El asalto se produjo después de que tres guardias fueran asesinados el viernes.",
                     ("casualty", "2023-04-28"), id="se-produjo-despues"),
        pytest.param("El asalto ocurrió tres días después de que un convoy fuera emboscado el sábado cerca del puerto.",
                     ("attack", "2023-04-29"), id="ocurrio-tres-dias"),
    ],
)
def test_the_day_after_a_spanish_after_link_is_the_earlier_happenings(sentence, expected):
    assert [(e.kind, e.date) for e in body_events(sentence, "es", ANCHOR)] == [expected]
