"""Events: a participle standing before its noun as an adjective of the subject ("The newly
appointed envoy met the president on Wednesday", "el recién nombrado jefe se reunió el
miércoles") says what the subject is, not what happened: the clause's next event verb gives
the kind and its day. Told alone, with no event verb after it, the participle keeps its
kind. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from newsdossier.events import event_kind
from eventcases import body_events

ANCHOR = PartialDate(2021, 6, 10)  # a Thursday: the Wednesday before is the 9th


@pytest.mark.parametrize(
    "sentence, language, kind",
    [
        pytest.param("The newly appointed envoy of the mission met the prime minister on Wednesday in Gao.", "en",
                     "meeting", id="en-newly-appointed-met"),
        pytest.param("A recently elected governor visited the peacekeepers' camp on Wednesday.", "en", "visit",
                     id="en-recently-elected-visited"),
        pytest.param("The newly deployed battalion held its first medal parade on Wednesday.", "en", "ceremony",
                     id="en-newly-deployed-held"),
        pytest.param("The newly appointed envoy arrived in Gao on Wednesday.", "en", "deployment", id="en-arrived"),
        pytest.param("El recién nombrado jefe de la misión se reunió el miércoles con el presidente.", "es", "meeting",
                     id="es-recien-nombrado"),
        pytest.param("Le nouvellement nommé chef de la mission a rencontré mercredi le président.", "fr", "meeting",
                     id="fr-nouvellement-nomme"),
    ],
)
def test_an_adjective_participle_gives_no_kind(sentence, language, kind):
    found = event_kind(sentence, language)
    assert found and found[0] == kind


def test_the_verb_after_it_keeps_its_day():
    found = body_events("The newly appointed envoy of the mission met the prime minister on Wednesday in Gao.", "en",
                        ANCHOR)
    assert [(e.date, e.kind) for e in found] == [("2021-06-09", "meeting")]


@pytest.mark.parametrize(
    "sentence, language, kind",
    [
        pytest.param("The mission's new envoy was appointed on Wednesday.", "en", "appointment", id="en-finite"),
        pytest.param("Le général a été nommé mercredi à la tête de la force.", "fr", "appointment", id="fr-finite"),
    ],
)
def test_a_participle_that_tells_keeps_its_kind(sentence, language, kind):
    found = event_kind(sentence, language)
    assert found and found[0] == kind
