"""Events: a participle describing the subject takes the day of its own complement ("a
peacekeeper wounded on Sunday died on Wednesday", "un casque bleu blessé dimanche est mort
mardi", "herido el domingo murió el martes", "wounded in Sunday's ambush died"): the clause's
verb tells the happening and keeps its own day, also when the clause is a time clause after
a main clause of no event word ("The toll rose on Wednesday when ..."). A participle
describing the subject before a finite verb of no list ("The UN force deployed in Mali
accused the army", "déployée au Mali a accusé", "desplegada en Malí acusó") tells no
deployment: the sentence's happening is of a kind no list names, on the clause's day. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import body_events

FRIDAY = PartialDate(2024, 10, 11)  # Sunday 6, Tuesday 8, Wednesday 9 October


def events_of(sentence: str, language: str) -> list[tuple[str, str]]:
    """(date, kind) of the events of the sentence told in the body of an article of FRIDAY."""
    return [(e.date, e.kind) for e in body_events(sentence, language, FRIDAY)]


@pytest.mark.parametrize(
    "sentence, language, day",
    [
        pytest.param("A peacekeeper wounded on Sunday died on Wednesday, the mission said.", "en", "2024-10-09", id="en-on-day"),
        pytest.param("The toll rose on Wednesday when a peacekeeper wounded in Sunday's ambush died.", "en", "2024-10-09",
                     id="en-toll-when"),
        pytest.param("The toll climbed on Wednesday when a soldier injured in Sunday's attack died in hospital.", "en",
                     "2024-10-09", id="en-toll-when-injured"),
        pytest.param("Le bilan s'est alourdi mercredi, un casque bleu blessé dimanche ayant succombé.", "fr", "2024-10-09",
                     id="fr-toll-ayant"),
        pytest.param("Un casque bleu blessé dimanche est mort mardi, a indiqué la mission.", "fr", "2024-10-08",
                     id="fr-est-mort"),
        pytest.param("El balance aumentó el miércoles, cuando un casco azul herido el domingo murió.", "es", "2024-10-09",
                     id="es-toll-cuando"),
        pytest.param("Un casco azul herido el domingo murió el martes, informó la misión.", "es", "2024-10-08",
                     id="es-murio"),
    ],
)
def test_the_death_keeps_its_own_day(sentence, language, day):
    assert events_of(sentence, language) == [(day, "casualty")]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The UN force deployed in Mali accused the army on Tuesday of blocking a convoy.", "en", id="en"),
        pytest.param("La force de l'ONU déployée au Mali a accusé mardi l'armée d'avoir bloqué un convoi.", "fr", id="fr"),
        pytest.param("La fuerza de la ONU desplegada en Malí acusó el martes al ejército de bloquear un convoy.", "es",
                     id="es"),
    ],
)
def test_a_participle_before_a_verb_of_no_list_tells_no_deployment(sentence, language):
    found = events_of(sentence, language)
    assert [day for day, _kind in found] == ["2024-10-08"]  # the clause's day, of a kind no list names
    assert "deployment" not in [kind for _day, kind in found]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The battalion deployed to Gao on Tuesday for the ceremony.", "en", id="en-alone"),
        pytest.param("The troops deployed in the area held by the rebels on Tuesday.", "en", id="en-participle-in-complement"),
    ],
)
def test_a_participle_told_alone_is_still_the_verb(sentence, language):
    assert events_of(sentence, language) == [("2024-10-08", "deployment")]
