"""A continent's region printed with capitals ("Afrique Australe", "África Austral", "Southern
Africa") is a region (vocabulary "region_names"): no person's name, no country; the French
press's "Communauté de développement d'Afrique australe" is the Southern African Development
Community (organisations.yaml).

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


@pytest.mark.parametrize("text", [
    "Les dirigeants d'Afrique Australe se retrouveront en juin à Lusaka pour un sommet sur la sécurité.",
    "Le groupe régional des pays d'Afrique Orientale a publié mardi un communiqué sur la crise.",
    "Los gobiernos de África Austral acordaron el martes enviar observadores a la frontera.",
    # (held before: both words are dictionary words)
    "Los ministros de África Occidental se reunieron en Abuja para preparar la cumbre.",
])
def test_a_continents_region_is_no_person(text):
    assert not _kinds(text).get("person")


@pytest.mark.parametrize("text", [
    "La Communauté de Développement d'Afrique Australe a approuvé l'envoi d'une brigade dans l'est du pays.",
    "La Comunidad de Desarrollo del África Austral aprobó el despliegue de una brigada en el este del país.",
])
def test_the_southern_african_communitys_press_name(text):
    kinds = _kinds(text)
    assert "Southern African Development Community" in kinds.get("organisation", set())
    assert not kinds.get("person")
