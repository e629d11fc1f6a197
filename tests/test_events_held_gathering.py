"""Events: a gathering named as the subject of a reflexive "held" ("la cumbre se celebró el 3
de mayo", "la reunión se celebrará el lunes") is one happening, the gathering, on that day:
"se celebró" says it took place, it is no ceremony of its own, and the gathering is not told
a second time on the article's date. A ceremony celebrated by someone ("el batallón celebró
el lunes su aniversario") stays a ceremony. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import article_events, body_events

ANCHOR = PartialDate(2026, 9, 12)  # a Saturday: Monday the 7th, next Monday the 14th


@pytest.mark.parametrize(
    "sentence, expected",
    [
        pytest.param("La cumbre se celebró el 3 de mayo en Accra.", [("summit", "2026-05-03")], id="cumbre"),
        pytest.param("La reunión del Consejo se celebró el lunes en Nueva York.", [("meeting", "2026-09-07")], id="reunion"),
    ],
)
def test_a_gathering_held_is_one_event_of_its_kind(sentence, expected):
    events = article_events([sentence], "es", ANCHOR, wire_day=False)
    assert [(e.kind, e.date) for e in events] == expected


def test_a_gathering_held_deep_in_the_body_keeps_its_kind():
    events = body_events("La cumbre de la Unión Africana se celebró el 3 de mayo.", "es", ANCHOR)
    assert [(e.kind, e.date) for e in events] == [("summit", "2026-05-03")]


def test_a_ceremony_celebrated_by_someone_stays_a_ceremony():
    events = body_events("El batallón celebró el lunes el aniversario de su despliegue.", "es", ANCHOR)
    assert [(e.kind, e.date) for e in events] == [("ceremony", "2026-09-07")]
