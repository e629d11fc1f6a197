"""Spanish and French ranks print the officer's service between the rank and the name ("el
general de división del Ejército de Tierra X", "le général de l'armée de Terre X"), and a rank
of several words may end with a service's word ("general de Ejército X"): the name after the
service is a person's, whole, and the service and the name together are no organisation.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def _kinds(text: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for e in extract(text).entities.values():
        out.setdefault(e.kind, set()).add(e.name)
    return out


@pytest.mark.parametrize(("text", "name"), [
    ("La ceremonia fue presidida por el general de división del Ejército de Tierra Gonzalo Ibáñez Roldán.",
     "Gonzalo Ibáñez Roldán"),
    ("En el acto estuvo el teniente general del Ejército del Aire Ramiro Ortega Villalba, jefe del mando aéreo.",
     "Ramiro Ortega Villalba"),
    ("Acompañaba a la ministra el general de Ejército Severo Llorente Ugarte, jefe del Estado Mayor.",
     "Severo Llorente Ugarte"),
    ("Le général de l'armée de Terre Hugues Lemoine a inspecté le bataillon lundi.",
     "Hugues Lemoine"),
])
def test_the_officer_after_the_service_of_the_rank(text, name):
    kinds = _kinds(text)
    assert name in kinds.get("person", set())
    assert not any(name.split()[-1] in body for body in kinds.get("organisation", set()))
