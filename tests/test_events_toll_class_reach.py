"""Events: the dead of a year as a class (events.dead_as_a_class) reach no further than a class.
A casualty word whose year is followed, in its clause, by the happening the dead died in ("los
que murieron en 2014 en el ataque contra el cuartel") tells that one happening, as "murieron en
el ataque de 2014" does. The class itself (a participle, a relative, a headless relative) stays
a toll. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import dates_between

ANCHOR = PartialDate(2017, 9, 12)


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Los que murieron en 2014 en el ataque contra el cuartel eran reclutas.", id="los-que-happening-after"),
        pytest.param("Quienes perdieron la vida en 2014 en la emboscada del puente serán honrados.",
                     id="quienes-happening-after"),
        pytest.param("Todas las que fallecieron en 2014 durante el bombardeo del mercado eran vendedoras.",
                     id="todas-las-que-durante"),
    ],
)
def test_the_happening_named_after_the_year_stays(sentence):
    assert "2014" in dates_between(sentence, "es", ANCHOR)


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("La placa recuerda a todos los guardias muertos en 2014 al servicio de la paz.", id="participle"),
        pytest.param("La placa recuerda a todos los guardias que murieron en 2014.", id="relative"),
        pytest.param("La placa recuerda a todas las enfermeras fallecidas en 2014.", id="participle-regular"),
        pytest.param("La placa recuerda a los que murieron en 2014 al servicio de la paz.", id="headless"),
    ],
)
def test_the_class_of_the_dead_stays_a_toll(sentence):
    assert "2014" not in dates_between(sentence, "es", ANCHOR)
