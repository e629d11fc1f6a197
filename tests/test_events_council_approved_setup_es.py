"""Events: in Spanish the Security Council approving or authorising a body's setting-up
("aprobó la creación de una misión", "autorizó el establecimiento de la fuerza", "aprobó el
lanzamiento de dos misiones") is an adoption of its day, as "aprobó una resolución" is.
Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from newsdossier.events import event_kind
from eventcases import dates_between

ANCHOR = PartialDate(2014, 5, 29)  # a Thursday: the Tuesday before is the 27th


@pytest.mark.parametrize(
    "sentence, date",
    [
        pytest.param("En marzo de 2013, el Consejo de Seguridad aprobó la creación de una misión en el país.", "2013-03",
                     id="aprobo-la-creacion"),
        pytest.param("El Consejo de Seguridad aprobó el establecimiento de la fuerza el 25 de abril de 2013.", "2013-04-25",
                     id="aprobo-el-establecimiento"),
        pytest.param("Durante el año pasado, el Consejo aprobó el lanzamiento de dos nuevas misiones.", "2013",
                     id="aprobo-el-lanzamiento"),
        pytest.param("El martes, el Consejo autorizó la creación de una oficina política en la capital.", "2014-05-27",
                     id="autorizo-la-creacion"),
    ],
)
def test_a_setting_up_approved_is_an_adoption_of_its_day(sentence, date):
    found = event_kind(sentence, "es")
    assert found and found[0] == "adoption"
    assert dates_between(sentence, "es", ANCHOR) == [date]
