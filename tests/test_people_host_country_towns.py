"""Towns of a mission's host country whose names read like a person's ("Zubin Potok": a
given name and a word of no dictionary) are places: countries.yaml lists the municipalities
the reports of the UN mission in Kosovo name, so they are never taken for people. Every
sentence is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.entities import find_in_sentence


@pytest.mark.parametrize(
    "language, sentence, place",
    [
        pytest.param("fr", "Les maires de Zvečan et de Zubin Potok ont démissionné mardi.", "Zubin Potok", id="fr-zubin-potok"),
        pytest.param("es", "Los alcaldes de Leposavić y Zubin Potok dimitieron el martes.", "Zubin Potok", id="es-zubin-potok"),
        pytest.param("en", "Patrols crossed North Mitrovica and Zubin Potok before dawn.", "Zubin Potok", id="en-zubin-potok"),
    ],
)
def test_a_host_country_town_is_no_person(language, sentence, place):
    found = find_in_sentence(sentence, language)
    assert not any(f.kind == "person" and place in f.name for f in found)
