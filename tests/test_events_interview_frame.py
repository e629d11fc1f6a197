"""Events: the interview a speaker gave ("said in an interview on 19 April", "respondió en una
entrevista, el 19 de abril,", "a déclaré dans un entretien accordé le 19 avril"; vocabulary
"interview_frames") is the occasion of the words the news is told by: no meeting nor happening,
and its day dates nothing, whoever it was given to. Talks between officials called "entrevista"
or "entretien" stay meetings. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import body_events

ANCHOR = PartialDate(2023, 5, 2)


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The minister said so in an interview on 19 April with a local radio station.", "en", id="en"),
        pytest.param("El ministro lo dijo en una entrevista, el 19 de abril, a una radio local.", "es", id="es-comma"),
        pytest.param("Lo afirmó el ministro en una entrevista concedida el 19 de abril a un diario de la capital.", "es",
                     id="es-concedida"),
        pytest.param("Le ministre l'a dit dans un entretien accordé le 19 avril à une radio locale.", "fr", id="fr-accorde"),
        pytest.param("Le ministre l'a répété dans une interview publiée le 19 avril par un hebdomadaire.", "fr", id="fr-interview"),
    ],
)
def test_an_interview_given_is_no_happening(sentence, language):
    assert body_events(sentence, language, ANCHOR) == []


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("El ministro mantuvo una entrevista con su homólogo de Ghana el 19 de abril en Acra.", "es", id="es-talks"),
        pytest.param("Le ministre a eu un entretien avec son homologue ghanéen le 19 avril à Accra.", "fr", id="fr-talks"),
    ],
)
def test_talks_called_so_stay_meetings(sentence, language):
    assert [(e.kind, e.date) for e in body_events(sentence, language, ANCHOR)] == [("meeting", "2023-04-19")]
