"""A capitalised name made of words that only bodies' names hold (civil protection services,
relief and medical organisations) is a body, not a person, even where it stands as a quote's
speaker. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


@pytest.mark.parametrize(
    "text, body",
    [
        pytest.param("Valencia, 5 de marzo de 2026\n\nEl río se desbordó en dos pueblos, dijo Protección Civil.",
                     "Protección Civil", id="es-proteccion-civil-after-verb"),
        pytest.param("Valencia, 5 de marzo de 2026\n\nCien familias fueron evacuadas, informó Cruz Roja en un comunicado.",
                     "Cruz Roja", id="es-cruz-roja-with-channel"),
        pytest.param("Lyon, 5 mars 2026\n\nLes secours ont sorti trois blessés des décombres, a indiqué Sécurité Civile.",
                     "Sécurité Civile", id="fr-securite-civile"),
        pytest.param("Lyon, 5 mars 2026\n\n« Nos équipes sont sur place depuis l'aube », a déclaré Croix Rouge dans la soirée.",
                     "Croix Rouge", id="fr-croix-rouge-quote"),
        pytest.param("Sevilla, 5 de marzo de 2026\n\n«Enviaremos agua y mantas esta semana», señaló Manos Unidas.",
                     "Manos Unidas", id="es-manos-unidas-quote"),
        pytest.param("Leeds, 5 March 2026\n\n\"The road is closed until further notice,\" said Civil Protection.",
                     "Civil Protection", id="en-civil-protection"),
    ],
)
def test_a_name_of_body_words_speaking_is_a_body(text, body):
    extraction = extract(text, None)
    people = [e.name for e in extraction.entities.values() if e.kind == "person"]
    bodies = [e.name for e in extraction.entities.values() if e.kind == "organisation"]
    assert not people, people
    assert body in bodies, bodies
    assert [q.speaker for q in extraction.quotes] == [body], [(q.speaker, q.sentence) for q in extraction.quotes]


@pytest.mark.parametrize(
    "text, body",
    [
        pytest.param("Lima, 5 de marzo de 2026\n\nLa misión reemplazó a una Fuerza Multinacional Provisional desplegada en enero.",
                     "Fuerza Multinacional Provisional", id="es-head-before-body-words"),
        pytest.param("Leeds, 5 March 2026\n\nThe mission replaced a Naval Multinational Taskforce sent in January.",
                     "Naval Multinational Taskforce", id="en-head-before-body-words"),
    ],
)
def test_a_name_of_body_words_after_a_head_is_that_body(text, body):
    entities = extract(text, None).entities.values()
    assert not [e.name for e in entities if e.kind == "person"]
    assert body in [e.name for e in entities if e.kind == "organisation"]


@pytest.mark.parametrize(
    "text, person",
    [
        # a surname also borne by bodies' words stays a person's
        pytest.param("Madrid, 5 de marzo de 2026\n\nLa carretera sigue cortada, dijo Carlos Alberto Cruz.",
                     "Carlos Alberto Cruz", id="es-cruz-is-a-surname"),
        pytest.param("Lyon, 5 mars 2026\n\n« La route est coupée », a déclaré Marie Lefèvre.",
                     "Marie Lefèvre", id="fr-plain-person"),
    ],
)
def test_a_person_speaking_stays_a_person(text, person):
    extraction = extract(text, None)
    assert person in [e.name for e in extraction.entities.values() if e.kind == "person"]
