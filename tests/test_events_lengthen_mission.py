"""Events: a mission lengthened with Spanish "alargar" ("aprobó alargar la misión", "alargó
por seis meses la misión") is an extension of it, an adoption, as "prorrogar la misión" and
"alargar el mandato" are (vocabulary kind "adoption", its verbs); a length of time may stand
between the verb and the mission with no lead or with a tail ("alargar un mes más la
misión", "prolonger six mois de plus la mission": vocabulary "verb_object_gaps"). Every sentence here is
written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import article_events

FRIDAY = PartialDate(2023, 6, 9)


def events_of(sentences: list[str], language: str) -> list[tuple[str, str]]:
    """(date, kind) of the events of an article of these sentences, dated FRIDAY."""
    return [(e.date, e.kind) for e in article_events(sentences, language, FRIDAY)]


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("El Consejo de Seguridad aprobó el jueves alargar la misión de observadores en el país.", id="aprobo-alargar"),
        pytest.param("El Consejo de Seguridad aprobó el jueves alargar dos meses más la misión de observadores.", id="aprobo-alargar-duration"),
        pytest.param("El Consejo de Seguridad alargó el jueves por seis meses la misión de observadores.", id="alargo-por"),
        pytest.param("El Consejo de Seguridad decidió el jueves alargar su misión en el país hasta diciembre.", id="alargar-su-mision"),
        pytest.param("El Consejo de Seguridad decidió el jueves prorrogar por seis meses la misión de observadores.", id="prorrogar-already"),
        # a length with no lead, or closed by a tail, between the verb and its object
        pytest.param("El Consejo de Seguridad decidió el jueves prorrogar seis meses el mandato de la misión.", id="prorrogar-bare-length"),
        pytest.param("El Consejo de Seguridad aprobó el jueves prorrogar durante 90 días el mandato de la misión.", id="prorrogar-durante"),
    ],
)
def test_a_mission_lengthened_is_an_adoption(sentence):
    assert events_of([sentence], "es") == [("2023-06-08", "adoption")]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Le Conseil de sécurité a décidé jeudi de prolonger six mois de plus la mission d'observation.", "fr", id="fr-de-plus"),
        pytest.param("The Security Council extended on Thursday for 90 days the mandate of the mission.", "en", id="en-days"),
    ],
)
def test_a_length_between_the_verb_and_the_mission_keeps_the_phrase(sentence, language):
    assert events_of([sentence], language) == [("2023-06-08", "adoption")]
