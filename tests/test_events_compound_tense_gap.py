"""Events: a day or a length of time may stand inside a verb phrase after the participle of a
compound tense as well as after its first word ("a pris lundi le commandement", "ha asumido
este lunes el mando", "has taken on Monday command of"): vocabulary "verb_object_gaps", tried
after either of the first two words of a phrase of three words or more; and the perfect and
present forms of taking command (vocabulary kind "rotation", its verbs). Every sentence here
is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import article_events

THURSDAY = PartialDate(2024, 3, 14)


def events_of(sentences: list[str], language: str) -> list[tuple[str, str]]:
    """(date, kind) of the events of an article of these sentences, dated THURSDAY."""
    return [(e.date, e.kind) for e in article_events(sentences, language, THURSDAY)]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("La générale Anna Berg a pris lundi le commandement de la force de l'ONU.", "fr", id="fr-a-pris-lundi"),
        pytest.param("El coronel Julio Peña ha asumido este lunes el mando de la brigada multinacional.", "es", id="es-ha-asumido"),
        pytest.param("El coronel Julio Peña ha tomado el lunes el mando de la brigada multinacional.", "es", id="es-ha-tomado"),
        pytest.param("Colonel Mark Ode has taken command of the multinational brigade on Monday.", "en", id="en-has-taken"),
    ],
)
def test_taking_command_with_the_day_inside_the_compound_tense(sentence, language):
    assert events_of([sentence], language) == [("2024-03-11", "rotation")]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Le Conseil de sécurité a prorogé mercredi le mandat de la mission.", "fr", id="fr-control-first-word"),
        pytest.param("El coronel Julio Peña asumió el lunes el mando de la brigada.", "es", id="es-control-simple-past"),
    ],
)
def test_the_day_after_the_first_word_still_reads(sentence, language):
    assert len(events_of([sentence], language)) == 1
