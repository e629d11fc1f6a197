"""A name inside the phrase that follows an inverted speech verb, joined to the common noun
heading it ("said a report on X", "said the neighbours of X's family"), is not the speaker;
a document about something ("a report on X") or given by a body called only by a common
noun ("a statement from the police") is no one's, not the last body named."""
from __future__ import annotations

import pytest

from test_quotes import quotes_of


def speakers_of(language: str, *paragraphs: str) -> list[str]:
    return [q.speaker for q in quotes_of(language, *paragraphs)]


@pytest.mark.parametrize(
    ("language", "paragraph"),
    [
        pytest.param("en", "The road to the camp was mined twice in May, said a report on Amnesty International.", id="en-report-on"),
        pytest.param("en", "The wells of the village ran dry in May, said the neighbours of Maria Kowalska's family.", id="en-neighbours-of"),
        pytest.param("fr", "La route du camp a été minée deux fois en mai, a indiqué un rapport sur Amnesty International.", id="fr-rapport-sur"),
        pytest.param("es", "Los pozos del pueblo se secaron en mayo, dijeron los vecinos de la familia de Carlos Ortega.", id="es-vecinos-de"),
        pytest.param("es", "La carretera del campamento fue minada dos veces en mayo, indicó un informe sobre Amnistía Internacional.", id="es-informe-sobre"),
    ],
)
def test_a_name_inside_the_subject_phrase_is_not_the_speaker(language, paragraph):
    assert speakers_of(language, paragraph) == [""]


@pytest.mark.parametrize(
    ("language", "paragraphs"),
    [
        pytest.param("en", ("UNICEF closed its office in the town on Monday.",
                            "The attackers fled on foot, according to a statement from the police."), id="en-from-the-police"),
        pytest.param("fr", ("L'Unicef a fermé lundi son bureau dans la ville.",
                            "Les assaillants ont fui à pied, selon un communiqué de la gendarmerie."), id="fr-de-la-gendarmerie"),
        pytest.param("es", ("Unicef cerró el lunes su oficina en la ciudad.",
                            "Los atacantes huyeron a pie, según un comunicado de la policía."), id="es-de-la-policia"),
    ],
)
def test_a_document_of_a_body_called_by_a_common_noun_is_no_ones(language, paragraphs):
    assert speakers_of(language, *paragraphs)[-1] == ""


@pytest.mark.parametrize(
    ("language", "paragraphs", "speaker"),
    [
        pytest.param("en", ("The road to the camp was mined twice in May, said a spokesman for UNICEF.",), "UNICEF", id="en-spokesman-for"),
        pytest.param("fr", ("La Minusma a condamné l'attaque.",
                            "Les assaillants ont fui à pied, selon un communiqué de presse."), "MINUSMA", id="fr-communique-de-presse"),
        pytest.param("fr", ("Les assaillants ont fui à pied, selon un communiqué de presse de la Minusma.",), "MINUSMA",
                     id="fr-communique-de-presse-de-x"),
        pytest.param("es", ("La Minusma condenó el ataque.",
                            "Los atacantes huyeron a pie, según un comunicado de prensa."), "MINUSMA", id="es-comunicado-de-prensa"),
    ],
)
def test_a_spokesperson_or_a_kind_of_document_keeps_its_body(language, paragraphs, speaker):
    assert speakers_of(language, *paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    "paragraphs",
    [
        pytest.param(("UNICEF closed its office in the town on Monday.",
                      "The attackers fled on foot, according to a statement on Sunday from Amnesty International."), id="on-weekday-from"),
        pytest.param(("UNICEF closed its office in the town on Monday.",
                      "The attackers fled on foot, according to a report over the weekend by Amnesty International."), id="over-the-weekend-by"),
        pytest.param(("UNICEF closed its office in the town on Monday.",
                      "The attackers fled on foot, according to a statement on 3 May from Amnesty International."), id="on-date-from"),
    ],
)
def test_a_time_after_the_document_word_is_no_topic(paragraphs):
    # "a statement on Sunday from X": "on" opens the day it was given, and X gave it
    assert speakers_of("en", *paragraphs)[-1] == "Amnesty International"


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Nine people died, according to a report on Sunday.", id="time-then-nothing"),
        pytest.param("Nine people died, according to a report on Monday's attack on the market.", id="possessive-day-topic"),
    ],
)
def test_a_document_with_a_time_and_no_issuer_is_no_ones(sentence):
    # no body named after the day, or the day inside the topic: not the last body that spoke
    assert speakers_of("en", "UNICEF closed its office in the town on Monday.", sentence)[-1] == ""
