"""The armed forces and armed groups of South Sudan and of the Central African Republic that
news of UNMISS and MINUSCA names are listed bodies (organisations.yaml), by their English names
in every language: the South Sudan People's Defence Forces (also "the South Sudanese army",
the country's listed armed forces), the SPLM and the SPLM/A-IO (not the French daily
"Libération" inside its long name), 3R, the UPC (through its members: "les combattants de
l'UPC"), the MPC and the FPRC. Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def organisations_of(text: str) -> list[str]:
    """The names of the organisations the extraction keeps for a text, sorted."""
    return sorted(e.name for e in extract(text, None).entities.values() if e.kind == "organisation")


@pytest.mark.parametrize(
    "text, bodies",
    [
        pytest.param("Fighting between the SSPDF and the SPLA-IO forced families to flee Nasir.",
                     ["South Sudan People's Defence Forces", "Sudan People's Liberation Movement-in-Opposition"], id="en-acronyms"),
        pytest.param("The Sudan People's Liberation Movement-in-Opposition walked out of the talks on Friday.",
                     ["Sudan People's Liberation Movement-in-Opposition"], id="en-long-name"),
        pytest.param("The South Sudanese army said it had retaken the barracks near Malakal.",
                     ["South Sudan People's Defence Forces"], id="en-army-of-country"),
        pytest.param("Les rebelles du 3R ont attaqué un convoi de commerçants près de Koui.",
                     ["Return, Reclamation and Rehabilitation"], id="fr-3r"),
        pytest.param("Les combattants de l'UPC ont pillé le marché de la ville avant l'aube.",
                     ["Union for Peace in the Central African Republic"], id="fr-upc-members"),
        pytest.param("El Frente Popular para el Renacimiento de la República Centroafricana abandonó la coalición.",
                     ["Popular Front for the Renaissance of the Central African Republic"], id="es-fprc"),
    ],
)
def test_the_armed_forces_and_groups_are_listed(text, bodies):
    assert organisations_of(text) == bodies
