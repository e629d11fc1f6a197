"""A country's air force printed with its demonym in the plural French or Spanish form ("les
forces aériennes sénégalaises", "las Fuerzas Aéreas bolivianas") is that country's air force
(reference/quotes.yaml "national_services"); a service's word alone, capitalised, with no
country ("la Fuerza Aérea", "l'Armée de l'air") is no organisation of its own.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def _organisations(text: str) -> set[str]:
    return {e.name for e in extract(text).entities.values() if e.kind == "organisation"}


@pytest.mark.parametrize(("text", "body"), [
    ("Les forces aériennes sénégalaises ont évacué trois blessés vers Dakar dimanche soir.", "Senegalese Air Force"),
    ("Un avion des forces aériennes marocaines a atterri mardi à Bangui avec du matériel médical.", "Moroccan Air Force"),
    ("Las Fuerzas Aéreas bolivianas enviaron el lunes un avión con ayuda para los damnificados.", "Bolivian Air Force"),
])
def test_a_countrys_air_force_in_the_plural(text, body):
    assert body in _organisations(text)


@pytest.mark.parametrize("text", [
    "Chile mantiene doce oficiales en la misión, que pertenecen al Ejército, la Armada y la Fuerza Aérea.",
    # (held before: not found as a body)
    "Le pays a déployé deux hélicoptères de l'Armée de l'air et une compagnie du génie.",
])
def test_a_service_named_alone_is_no_body(text):
    names = _organisations(text)
    assert not {"Fuerza Aérea", "Armée de l'air", "Armée de l'Air"} & names
