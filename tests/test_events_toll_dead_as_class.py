"""Events: a casualty word dated by a year alone whose subject is the dead of that year as a
class, with no count ("a los que perdieron la vida en 2013", "quienes murieron en 2013", "todos
los soldados muertos en 2013"), or whose count is a number word of a hundred and over ("más de
cien soldados murieron en 2013"), sums a toll over the year: no happening (the corpus README:
"nor a toll counted over a year"). A year dating another happening named between ("murieron en
el atentado de 2013") and one person who died stay events. Every sentence here is written for
these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import dates_between

ANCHOR = PartialDate(2016, 5, 30)


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("El acto incluyó la entrega de una medalla a los que perdieron la vida en 2015.", id="es-los-que"),
        pytest.param("El acto incluyó la entrega de una medalla a las que murieron en 2015.", id="es-las-que"),
        pytest.param("La ministra recordó a quienes murieron en 2015 al servicio de la paz.", id="es-quienes"),
        pytest.param("El embajador rindió tributo a todos los soldados muertos en 2015.", id="es-todos-los"),
        pytest.param("El embajador rindió tributo a todos los cascos azules muertos en 2015.", id="es-todos-los-two-words"),
        pytest.param("Más de cien policías murieron en 2015 en distintas misiones.", id="es-cien"),
        pytest.param("El general lamentó que 2015 fuera el tercer año seguido en que murieron más de cien soldados.",
                     id="es-cien-in-clause"),
        pytest.param("Casi mil civiles murieron en 2015 en la región.", id="es-mil"),
    ],
)
def test_the_dead_of_a_year_are_no_event(sentence):
    assert "2015" not in dates_between(sentence, "es", ANCHOR)


@pytest.mark.parametrize(
    "sentence, date",
    [
        pytest.param("El acto recordó a los que murieron en el atentado de 2015 contra la base.", "2015",
                     id="es-attack-between"),
        pytest.param("El soldado que murió en 2015 en Gao fue recordado por su familia.", "2015", id="es-one-soldier"),
    ],
)
def test_one_happening_of_the_year_stays(sentence, date):
    assert date in dates_between(sentence, "es", ANCHOR)
