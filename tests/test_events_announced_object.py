"""Events: an announcement of an undated happening ("announced on Thursday the dispatch of
400 troops", "a annoncé jeudi l'envoi", "anunció el jueves el envío") is itself dated by
the day printed after its verb; a statement ("said on Wednesday that the convoy had been
attacked") still is not. The nouns of sending ("dispatch", "envoi", "envío": not the verb
"envió") are deployments. In EN, FR, ES. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from newsdossier.entities import find_in_sentence
from newsdossier.events import event_words, find_events

SATURDAY = PartialDate(2023, 6, 10)  # a Saturday: the Thursday before is 8 June


def events_of(sentence: str, language: str) -> list[tuple[str, str]]:
    """(date, kind) of the events one sentence tells, deep in an article's body."""
    sentences = [("Une phrase sans rien.", [])] * 4 + [(sentence, find_in_sentence(sentence, language))]
    return [(e.date, e.kind) for e in find_events(sentences, SATURDAY, None, language)[0]]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The defence minister announced on Thursday the dispatch of 250 engineers to Abyei.", "en", id="en-weekday"),
        pytest.param("The defence ministry announced on 8 June the deployment of a field hospital.", "en", id="en-date"),
        pytest.param("Le ministre de la Défense a annoncé jeudi l'envoi de 250 ingénieurs à Abyei.", "fr", id="fr-weekday"),
        pytest.param("La ministra de Defensa anunció el jueves el envío de 250 ingenieros a Abyei.", "es", id="es-weekday"),
    ],
)
def test_an_announcement_of_an_undated_happening_is_dated_by_its_day(sentence, language):
    assert events_of(sentence, language) == [("2023-06-08", "announcement")]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The spokesman said on Wednesday that the convoy had been attacked.", "en", id="en-said"),
        pytest.param("Le porte-parole a déclaré mercredi que le convoi avait été attaqué.", "fr", id="fr-declare"),
        pytest.param("El portavoz dijo el miércoles que el convoy había sido atacado.", "es", id="es-dijo"),
    ],
)
def test_a_statement_about_a_happening_is_still_no_event(sentence, language):
    assert events_of(sentence, language) == []


@pytest.mark.parametrize(
    "sentence, language, verb",
    [
        pytest.param("El envío de los ingenieros se hizo por mar.", "es", False, id="es-envio-noun"),
        pytest.param("El país envió a los ingenieros por mar.", "es", True, id="es-envio-verb"),
        pytest.param("L'envoi des ingénieurs s'est fait par mer.", "fr", False, id="fr-envoi-noun"),
        pytest.param("The dispatch of the engineers was made by sea.", "en", False, id="en-dispatch-noun"),
    ],
)
def test_a_noun_of_sending_is_a_deployment_word(sentence, language, verb):
    assert [(w.kind, w.verb) for w in event_words(sentence, language)] == [("deployment", verb)]
