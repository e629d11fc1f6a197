"""A participle of saying after a comma ("..., saying that", "..., ajoutant que", "...,
añadiendo que") reports words whose speaker is the subject of the clause the comma closes,
not a name in that clause's complement ("UNMISS condemned the attack near Malakal, saying";
Malakal does not speak). Every sentence is written for the test."""
from __future__ import annotations

import pytest

from test_quotes import quotes_of


@pytest.mark.parametrize(
    "language, paragraphs, speaker, says",
    [
        pytest.param("en", ["Maria Kowalska visited the clinic of the camp on Monday, saying the wells were dry."],
                     "Maria Kowalska", "the wells were dry", id="en-saying"),
        pytest.param("en", ["Maria Kowalska praised the engineers deployed near Kadugli, adding that the new road had saved lives."],
                     "Maria Kowalska", "the new road had saved lives", id="en-adding-that-after-stance"),
        pytest.param("en", ["Maria Kowalska has kept visiting the northern camps of Ethiopia, mostly stressing that the wells were dry."],
                     "Maria Kowalska", "the wells were dry", id="en-adverb-before-participle"),
        pytest.param("en", ["UNMISS condemned the attack on its convoy near Malakal, noting that two peacekeepers were wounded."],
                     "UNMISS", "two peacekeepers were wounded", id="en-body-subject"),
        pytest.param("fr", ["Jean Moreau a visité le camp du nord lundi, précisant que les puits étaient à sec."],
                     "Jean Moreau", "les puits étaient à sec", id="fr-precisant"),
        pytest.param("fr", ["La Minusma a condamné l'attaque contre son convoi près de Gao, ajoutant que deux casques bleus ont été blessés."],
                     "MINUSMA", "deux casques bleus ont été blessés", id="fr-ajoutant-after-stance"),
        pytest.param("fr", ["Jean Moreau a inauguré le puits du camp en Mauritanie, tout en soulignant que l'eau manquait encore."],
                     "Jean Moreau", "l'eau manquait encore", id="fr-tout-en"),
        pytest.param("es", ["Carlos Ortega visitó el campamento del norte el lunes, señalando que los pozos estaban secos."],
                     "Carlos Ortega", "los pozos estaban secos", id="es-senalando"),
        pytest.param("es", ["La Minusma condenó el ataque contra su convoy cerca de Gao, añadiendo que dos cascos azules resultaron heridos."],
                     "MINUSMA", "dos cascos azules resultaron heridos", id="es-anadiendo-after-stance"),
    ],
)
def test_a_participle_of_saying_reports_the_words_of_the_clause_subject(language, paragraphs, speaker, says):
    quotes = quotes_of(language, *paragraphs)
    holding = [q for q in quotes if says in q.sentence]
    assert holding, quotes
    assert holding[-1].speaker == speaker


@pytest.mark.parametrize(
    "language, paragraph",
    [
        # a participle of another verb, or one that is no word of saying here, reports nothing
        pytest.param("en", "Maria Kowalska crossed the river on Monday, carrying water to the northern camp.", id="en-other-participle"),
        pytest.param("en", "Maria Kowalska read the report without saying a word to the press.", id="en-no-comma"),
        pytest.param("fr", "Jean Moreau a traversé la rivière lundi, portant de l'eau au camp du nord.", id="fr-other-participle"),
        pytest.param("es", "Carlos Ortega cruzó el río el lunes, llevando agua al campamento del norte.", id="es-other-participle"),
    ],
)
def test_no_participle_of_saying_no_quote(language, paragraph):
    quotes = quotes_of(language, paragraph)
    assert not [q for q in quotes if q.sentence.startswith(paragraph[:20])], quotes


@pytest.mark.parametrize(
    "language, paragraph, speaker",
    [
        # a body before the title of the person it qualifies: the person is the clause's subject
        pytest.param("en", "UN Secretary-General Maria Kowalska condemned the attack near Malakal, saying it was a war crime.",
                     "Maria Kowalska", id="en-body-title-name"),
        pytest.param("en", "UN Secretary-General Maria Kowalska visited the camp near Malakal and said the wells were dry.",
                     "Maria Kowalska", id="en-body-title-name-coordinated"),
    ],
)
def test_the_person_a_body_qualifies_is_the_clause_subject(language, paragraph, speaker):
    quotes = quotes_of(language, paragraph)
    assert quotes and quotes[-1].speaker == speaker, quotes
