"""The multinational forces the Security Council authorised for Haiti outside UN peacekeeping
are listed bodies (organisations.yaml): the Kenya-led Multinational Security Support Mission
(MSS; MMAS in French and Spanish) and the Gang Suppression Force that followed it, each named
by its English name whatever language prints it. "MSS" alone, an acronym other bodies share,
names it only beside its full name. Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def organisations_of(text: str) -> list[str]:
    """The names of the organisations the extraction keeps for a text, sorted."""
    return sorted(e.name for e in extract(text, None).entities.values() if e.kind == "organisation")


@pytest.mark.parametrize(
    "text, body",
    [
        pytest.param("Doscientos agentes más se sumarán a la Misión Multinacional de Apoyo a la Seguridad (MMAS) en enero.",
                     "Multinational Security Support Mission", id="es-mss"),
        pytest.param("Les policiers de la Mission multinationale d'appui à la sécurité ont repris le contrôle du port.",
                     "Multinational Security Support Mission", id="fr-mss"),
        pytest.param("Officers of the Multinational Security Support Mission escorted the fuel trucks on Monday.",
                     "Multinational Security Support Mission", id="en-mss"),
        pytest.param("El Consejo de Seguridad autorizó la Fuerza de Supresión de Pandillas con 5.500 efectivos.",
                     "Gang Suppression Force", id="es-gsf"),
        pytest.param("The first troops of the Gang Suppression Force are expected in the capital next month.",
                     "Gang Suppression Force", id="en-gsf"),
    ],
)
def test_the_haiti_security_forces_are_listed_bodies(text, body):
    assert body in organisations_of(text)


def test_the_shared_acronym_alone_names_no_body():
    assert organisations_of("The MSS said its officers were unhurt after the clash.") == []
