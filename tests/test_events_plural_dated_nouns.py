"""Events: an event noun in the plural ("attacks", "attaques", "ataques", "explosiones")
names a happening when it has a day of its own ("Monday's attacks on two camps", "les
attaques de jeudi", "los ataques del jueves"): the statement condemning them is not the
happening, they are. Without a day of its own the plural stays a topic ("attacks on
peacekeepers may constitute war crimes"). Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from newsdossier.events import event_words

from eventcases import body_events

ANCHOR = PartialDate(2019, 4, 14)  # a Sunday: Thursday is the 11th, Saturday the 13th


@pytest.mark.parametrize(
    "sentence, language, day",
    [
        pytest.param("The envoy condemned Saturday's attacks on two camps of the mission.", "en", "2019-04-13", id="en"),
        pytest.param("The envoy condemned Saturday's twin suicide bombings at the market.", "en", "2019-04-13",
                     id="en-compound"),
        pytest.param("Le ministre a condamné les attaques de jeudi contre deux camps de la mission.", "fr", "2019-04-11",
                     id="fr"),
        pytest.param("El ministro condenó los ataques del jueves contra dos campamentos de la misión.", "es", "2019-04-11",
                     id="es"),
        pytest.param("El ministro condenó las explosiones del jueves cerca de dos campamentos de la misión.", "es",
                     "2019-04-11", id="es-iones"),
    ],
)
def test_a_plural_noun_with_a_day_of_its_own_is_the_happening(sentence, language, day):
    events = body_events(sentence, language, ANCHOR)
    assert [(e.date, e.kind) for e in events] == [(day, "attack")]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Attacks on peacekeepers may constitute war crimes under international law.", "en", id="en"),
        pytest.param("Los ataques contra los cascos azules pueden constituir crímenes de guerra.", "es", id="es"),
    ],
)
def test_a_plural_noun_without_a_day_is_no_event_word(sentence, language):
    assert [w.kind for w in event_words(sentence, language) if w.kind == "attack"] == []
