"""Events: an event noun that is the complement of the main event noun ("cérémonie de
passation", "ceremonia de traspaso", "ceremony of handover") names what the happening was,
not a second happening: it claims none of the sentence's days, so the ceremony keeps its own
("aura lieu samedi", "se celebrará el sábado") instead of being left undated. Every sentence
here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2019, 4, 14)  # a Sunday: the next Saturday is the 20th


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Une cérémonie de passation aura lieu samedi à Kidal.", "fr", id="fr-de"),
        pytest.param("Une cérémonie de la relève se tiendra samedi à Kidal.", "fr", id="fr-de-la"),
        pytest.param("Una ceremonia de traspaso se celebrará el sábado en Kidal.", "es", id="es-de"),
        pytest.param("A ceremony of handover will be held on Saturday in Kidal.", "en", id="en-of"),
    ],
)
def test_the_ceremony_keeps_its_day(sentence, language):
    events = body_events(sentence, language, ANCHOR)
    assert [(e.date, e.kind, e.announced) for e in events] == [("2019-04-20", "ceremony", True)]
