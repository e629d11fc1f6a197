"""Events: a participle describing a noun of the complement is not the clause's verb.

"began the relief on 3 May for the 900 soldiers deployed in Darfur", "la relève des soldats du
contingent, déployés au nord", "el relevo de los 500 soldados desplegados en el norte": the
participle (a verb form right after a noun led by a preposition, or, in French and Spanish,
after the comma of an apposition, no auxiliary before it) tells what was done to those
soldiers; the event word before it says what the sentence tells, and gives the kind. A
participle with no event word before it, or after a subject ("Following the attack,
peacekeepers deployed to the village"), stays the verb. The noun so told, with a day of its
own after the head of its compound ("the relief in place operation on 6 November"), is no
retelling of an earlier happening of its family on another day.

Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from newsdossier.events import event_kind
from eventcases import article_events


def kind_of(sentence: str, language: str) -> str | None:
    found = event_kind(sentence, language)
    return found[0] if found else None


@pytest.mark.parametrize(
    "sentence, language, kind",
    [
        pytest.param("The army began the relief in place on 3 May for the 900 soldiers deployed in Darfur.", "en", "rotation",
                     id="en-for-the-soldiers-deployed"),
        pytest.param("Le plan prévoit la relève des soldats du contingent, déployés au nord du pays.", "fr", "rotation",
                     id="fr-apposed-after-comma"),
        pytest.param("El ejército inició el relevo de los 500 soldados desplegados en el norte.", "es", "rotation",
                     id="es-de-los-soldados-desplegados"),
        pytest.param("Following the attack, peacekeepers deployed to the village.", "en", "deployment",
                     id="en-subject-then-verb"),
        pytest.param("Two peacekeepers killed in an ambush near the border.", "en", "casualty", id="en-headline"),
    ],
)
def test_a_participle_of_the_complement_gives_no_kind(sentence, language, kind):
    assert kind_of(sentence, language) == kind


@pytest.mark.parametrize(
    "sentence, language, word",
    [
        pytest.param("Le Conseil a autorisé le déploiement de 9 000 casques bleus dans le pays, aux côtés de 4 000 soldats "
                     "de la force régionale, déployés sous l'égide de l'Union africaine.", "fr", "déploiement",
                     id="fr-apposed-after-a-complement"),
        pytest.param("The army began the relief in place on 3 May for the 900 soldiers deployed in Darfur.", "en",
                     "relief in place", id="en-relief-named"),
    ],
)
def test_the_word_before_the_participle_is_the_main_word(sentence, language, word):
    found = event_kind(sentence, language)
    assert found is not None and sentence[found[2]:found[3]] == word


def test_the_relief_with_its_own_day_is_not_the_arrival_told_before():
    sentences = ["The last group of soldiers arrived home from Darfur on 27 November 2014.",
                 "The army began the relief in place operation on 6 November 2014 for the 900 soldiers deployed in Darfur."]
    found = article_events(sentences, "en", PartialDate(2014, 11, 28))
    assert [(e.kind, e.date) for e in found] == [("return", "2014-11-27"), ("rotation", "2014-11-06")]
