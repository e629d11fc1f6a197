"""Events: the longer phrases of purpose ("con el objetivo de", "con la finalidad de", "dans
l'objectif de", "avec pour objectif de", "with the aim of", "with a view to") open a purpose
clause as "para", "pour" and "to" do: a resolution or deployment named in it was what the
happening was for, not the happening, and gives the sentence no kind. Every sentence here is
written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.events import event_kind, purpose_spans


@pytest.mark.parametrize(
    "sentence, language, inside",
    [
        pytest.param("La misión comenzó en marzo de 2014 con el objetivo de contribuir a la aplicación de la Resolución 2100.",
                     "es", "Resolución", id="es-objetivo"),
        pytest.param("El batallón llegó en mayo con la finalidad de apoyar el despliegue de la policía.", "es", "despliegue",
                     id="es-finalidad"),
        pytest.param("La mission a commencé en mars 2014 dans l'objectif de contribuer à la mise en œuvre de la résolution 2100.",
                     "fr", "résolution", id="fr-objectif"),
        pytest.param("Le bataillon est arrivé en mai avec pour objectif de soutenir le déploiement de la police.", "fr",
                     "déploiement", id="fr-avec-pour-objectif"),
        pytest.param("The mission began in March 2014 with the aim of supporting the implementation of resolution 2100.",
                     "en", "resolution", id="en-aim"),
        pytest.param("The battalion arrived in May with a view to securing the deployment of the police.", "en", "deployment",
                     id="en-view"),
    ],
)
def test_a_longer_phrase_of_purpose_opens_a_purpose_clause(sentence, language, inside):
    at = sentence.index(inside)
    assert any(start <= at < end for start, end in purpose_spans(sentence, language))


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("La misión comenzó en marzo de 2014 con el objetivo de contribuir a la aplicación de la Resolución 2100.",
                     "es", id="es"),
        pytest.param("La mission a commencé en mars 2014 dans l'objectif de contribuer à la mise en œuvre de la résolution 2100.",
                     "fr", id="fr"),
        pytest.param("The mission began in March 2014 with the aim of supporting the implementation of resolution 2100.",
                     "en", id="en"),
    ],
)
def test_a_resolution_the_happening_was_for_gives_no_kind(sentence, language):
    found = event_kind(sentence, language)
    assert found is None or found[0] != "adoption"


@pytest.mark.parametrize(
    "sentence, language, kind",
    [
        # the phrase's own words outside a purpose: "the objective of the visit", "l'objectif de la visite"
        pytest.param("El objetivo de la visita del ministro a Gao fue revisar la seguridad.", "es", "visit", id="es-noun"),
        pytest.param("L'objectif de la visite du ministre à Gao était d'examiner la sécurité.", "fr", "visit", id="fr-noun"),
    ],
)
def test_the_nouns_of_purpose_alone_open_no_clause(sentence, language, kind):
    assert event_kind(sentence, language)[0] == kind
