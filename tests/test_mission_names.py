"""An operation named with its head word slipped into the plural is still that operation
(reference.Reference.plural_head); sentences written for the test."""
from __future__ import annotations

import pytest

from newsdossier.entities import find_in_sentence
from newsdossier.reference import reference


def missions(sentence: str, language: str) -> list[str]:
    return [f.id for f in find_in_sentence(sentence, language) if f.kind == "mission"]


@pytest.mark.parametrize(("language", "sentence", "mission"), [
    pytest.param("en", "The engineers will serve with the United Nations Missions in South Sudan from May.", "unmiss", id="en-missions"),
    pytest.param("fr", "Les ingénieurs rejoindront la Missions des Nations unies au Soudan du Sud en mai.", "unmiss", id="fr-missions"),
    pytest.param("es", "Los ingenieros servirán en la Misiones de las Naciones Unidas en Sudán del Sur.", "unmiss", id="es-misiones"),
    pytest.param("en", "The engineers will serve with the United Nations Mission in South Sudan from May.", "unmiss", id="en-singular-still"),
])
def test_a_plural_head_still_names_the_operation(language, sentence, mission):
    assert missions(sentence, language) == [mission]


@pytest.mark.parametrize(("name", "plural"), [
    ("United Nations Mission in South Sudan", "United Nations Missions in South Sudan"),
    ("Mission des Nations unies au Soudan du Sud", "Missions des Nations unies au Soudan du Sud"),
    ("Fuerza Provisional de las Naciones Unidas en el Líbano", "Fuerzas Provisional de las Naciones Unidas en el Líbano"),
    ("United Nations Interim Security Force for Abyei", "United Nations Interim Security Forces for Abyei"),
    ("Kosovo", None),
])
def test_plural_head(name, plural):
    assert reference().plural_head(name) == plural


def test_plural_missions_in_general_are_no_operation():
    assert missions("Peacekeeping missions in Africa need more helicopters.", "en") == []
