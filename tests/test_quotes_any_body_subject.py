"""A common noun any organisation may be called by, as the subject of a speech verb ("the
agency said", "l'agence a indiqué", "la agencia dijo"), with or without a "that"/"que"
after the verb, stands for the organisation named before, as "the mission said" stands for
the mission; with none named, or after an outlet, the words are still a quote, of no one."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract
from test_quotes import quotes_of


@pytest.mark.parametrize(
    ("language", "paragraphs"),
    [
        pytest.param("en", ("UNICEF delivered tents to the valley on Friday.",
                            "The agency said the trucks had waited two days at the bridge."), id="en-agency-no-that"),
        pytest.param("en", ("UNICEF delivered tents to the valley on Friday.",
                            "The agency said that the trucks had waited two days at the bridge."), id="en-agency-that"),
        pytest.param("fr", ("L'Unicef a livré vendredi des tentes dans la vallée.",
                            "L'agence a indiqué que les camions avaient attendu deux jours au pont."), id="fr-agence"),
        pytest.param("fr", ("L'Unicef a livré vendredi des tentes dans la vallée.",
                            "L'organisme a précisé que les camions avaient attendu deux jours au pont."), id="fr-organisme"),
        pytest.param("es", ("Unicef entregó el viernes tiendas en el valle.",
                            "La agencia dijo que los camiones habían esperado dos días en el puente."), id="es-agencia"),
        pytest.param("es", ("Unicef entregó el viernes tiendas en el valle.",
                            "El organismo afirmó que los camiones habían esperado dos días en el puente."), id="es-organismo"),
        pytest.param("es", ("Unicef entregó el viernes tiendas en el valle.",
                            "La organización aseguró que los camiones habían esperado dos días en el puente."), id="es-organizacion"),
    ],
)
def test_the_agency_speaking_is_the_body_named_before(language, paragraphs):
    quotes = quotes_of(language, *paragraphs)
    assert [(q.speaker, q.kind) for q in quotes] == [("UNICEF", "reported")]
    assert quotes[0].sentence == paragraphs[-1]


def test_the_agency_with_no_body_named_is_a_quote_of_no_one():
    text = "Trucks wait at the bridge\n\nThe agency said the trucks had waited two days at the bridge."
    assert [(q.speaker, q.kind) for q in extract(text).quotes] == [("", "reported")]


def test_the_agency_after_an_outlet_is_not_the_body_named_before_it():
    quotes = quotes_of("en", "UNICEF delivered tents to the valley on Friday, Reuters reported.",
                       "The agency said the trucks had waited two days at the bridge.")
    assert quotes[-1].speaker != "UNICEF"


def test_a_title_after_the_noun_is_not_the_body():
    quotes = quotes_of("en", "UNICEF delivered tents to the valley on Friday.",
                       "The agency chief said the trucks had waited two days at the bridge.")
    assert [q.speaker for q in quotes] != ["UNICEF"]


@pytest.mark.parametrize(
    ("language", "paragraphs"),
    [
        pytest.param("en", ("UNICEF delivered tents to the valley on Friday.",
                            "The trucks had waited two days at the bridge, the agency said."), id="en-inverted"),
        pytest.param("es", ("Unicef entregó el viernes tiendas en el valle.",
                            "Los camiones habían esperado dos días en el puente, informó la agencia."), id="es-inverted"),
        pytest.param("fr", ("L'Unicef a livré vendredi des tentes dans la vallée.",
                            "Un porte-parole de l'agence a dit que les camions avaient attendu deux jours au pont."), id="fr-voice"),
    ],
)
def test_the_agency_after_its_verb_or_through_its_voice_is_the_body_named_before(language, paragraphs):
    assert [q.speaker for q in quotes_of(language, *paragraphs)] == ["UNICEF"]
