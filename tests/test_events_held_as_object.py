"""Events: Spanish says "to hold" a gathering with the verb of celebrating ("el Consejo celebró
una sesión el martes", "celebraron una reunión", "celebró consultas"): with a gathering as its
object the verb tells that gathering, held on its day, and no ceremony. What is celebrated and
not held (an anniversary, a day of remembrance, a ceremony itself) stays a ceremony. Every
sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2026, 9, 12)  # a Saturday: Tuesday the 8th


@pytest.mark.parametrize(
    "sentence, expected",
    [
        pytest.param("El Consejo de Seguridad celebró una sesión el martes sobre Haití.", [("meeting", "2026-09-08")], id="sesion"),
        pytest.param("Los alcaldes celebraron una reunión el martes en Bukavu.", [("meeting", "2026-09-08")], id="reunion"),
        pytest.param("La misión celebró el martes una reunión con los jefes tradicionales.", [("meeting", "2026-09-08")], id="day-between"),
        pytest.param("El comité celebró el 4 de septiembre una reunión con los donantes.", [("meeting", "2026-09-04")], id="date-between"),
        pytest.param("Los dos gobiernos celebraron conversaciones el 5 de septiembre en Lusaka.", [("meeting", "2026-09-05")], id="conversaciones"),
        pytest.param("La fuerza celebró consultas con las comunidades el 3 de septiembre.", [("meeting", "2026-09-03")], id="consultas"),
        pytest.param("Los ministros celebraron una cumbre el 2 de septiembre en Luanda.", [("summit", "2026-09-02")], id="cumbre"),
        pytest.param("Las partes han celebrado negociaciones el martes en Yuba.", [("meeting", "2026-09-08")], id="perfect"),
    ],
)
def test_a_gathering_held_as_object_is_that_gathering(sentence, expected):
    events = body_events(sentence, "es", ANCHOR)
    assert [(e.kind, e.date) for e in events] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Los cascos azules celebraron una ceremonia el martes en Yuba.", id="ceremony"),
        pytest.param("La misión celebró el martes el aniversario del acuerdo de paz.", id="anniversary"),
        pytest.param("El contingente celebró el martes el Día Internacional del Personal de Paz.", id="day"),
    ],
)
def test_what_is_celebrated_and_not_held_stays_a_ceremony(sentence):
    events = body_events(sentence, "es", ANCHOR)
    assert [(e.kind, e.date) for e in events] == [("ceremony", "2026-09-08")]
