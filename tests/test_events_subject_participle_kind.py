"""Events: a past participle describing the subject ("The Nepalese Battalion deployed
under MINUSCA held its medal parade", "Le bataillon déployé au sein de la mission a
célébré", "El batallón desplegado en el Congo celebró") names what the subject is, not
what happened: the clause's finite verb, or the event word after it, gives the kind. Told
with no second verb form after it ("The battalion deployed to Gao on Monday for the
ceremony"), the participle is the clause's own verb and keeps its kind. Every sentence
here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from newsdossier.events import event_kind
from eventcases import body_events

ANCHOR = PartialDate(2021, 6, 10)  # a Thursday: the Tuesday before is the 8th


def kind_of(sentence: str, language: str) -> str | None:
    found = event_kind(sentence, language)
    return found[0] if found else None


@pytest.mark.parametrize(
    "sentence, language, kind",
    [
        pytest.param("The Nepalese Battalion deployed under MINUSCA held its medal parade on Tuesday.", "en", "ceremony",
                     id="en-held-its-parade"),
        pytest.param("The Korean engineers stationed in Wau and deployed under UNMISS marked their medal parade on Tuesday.",
                     "en", "ceremony", id="en-marked-parade"),
        pytest.param("Le bataillon togolais déployé au sein de la Minusma a célébré mardi sa journée des médailles.", "fr",
                     "ceremony", id="fr-a-celebre"),
        pytest.param("El batallón uruguayo desplegado en el Congo celebró el martes su desfile de medallas.", "es",
                     "ceremony", id="es-celebro"),
        pytest.param("Les soldats déployés à Gao ont été attaqués mardi près du camp.", "fr", "attack",
                     id="fr-ont-ete-attaques"),
    ],
)
def test_a_participle_in_the_subject_gives_no_kind(sentence, language, kind):
    assert kind_of(sentence, language) == kind


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The Nepalese Battalion deployed under MINUSCA held its medal parade on Tuesday.", "en", id="en"),
        pytest.param("Le bataillon togolais déployé au sein de la Minusma a célébré mardi sa journée des médailles.", "fr",
                     id="fr"),
        pytest.param("El batallón uruguayo desplegado en el Congo celebró el martes su desfile de medallas.", "es", id="es"),
    ],
)
def test_the_finite_verb_s_happening_keeps_its_day(sentence, language):
    assert [(e.date, e.kind) for e in body_events(sentence, language, ANCHOR)] == [("2021-06-08", "ceremony")]


@pytest.mark.parametrize(
    "sentence, language, kind",
    [
        pytest.param("The battalion deployed to Gao on Monday for the ceremony.", "en", "deployment", id="en-finite-deployed"),
        pytest.param("The battalion deployed to Gao on Monday and held a parade on Friday.", "en", "deployment",
                     id="en-coordinated"),
        pytest.param("Two peacekeepers killed in the ambush were identified on Monday.", "en", "casualty", id="en-killed-ambush"),
    ],
)
def test_a_participle_with_no_second_verb_keeps_its_kind(sentence, language, kind):
    assert kind_of(sentence, language) == kind
