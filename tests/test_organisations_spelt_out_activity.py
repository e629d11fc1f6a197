"""A common phrase of the field spelt out before an acronym in brackets ("Opérations de
maintien de la paix (OMP)", "Operaciones de Paz (OP)") names the activity, not a body: the
acronym does not make it one (entities._defined_acronyms). A body's name spelt out the same
way still defines its body. Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def organisations_of(text: str) -> list[str]:
    """The names of the organisations the extraction keeps for a text, sorted."""
    return sorted(e.name for e in extract(text, None).entities.values() if e.kind == "organisation")


@pytest.mark.parametrize(
    "text, bodies",
    [
        pytest.param("Deux officiers rejoindront les Opérations de maintien de la paix (OMP) des Nations unies au Liban.",
                     ["United Nations"], id="fr-omp"),
        pytest.param("Cinco oficiales se sumarán a las Operaciones de Mantenimiento de la Paz (OMP) de la ONU en Chipre.",
                     ["United Nations"], id="es-omp"),
        pytest.param("Dos oficiales se sumarán a las Operaciones de Paz (OP) en Líbano el próximo mes.",
                     [], id="es-op"),
        pytest.param("Three officers joined the Peacekeeping Missions (PKM) of the United Nations last year.",
                     ["United Nations"], id="en-pkm"),
    ],
)
def test_the_activity_spelt_out_is_no_body(text, bodies):
    assert organisations_of(text) == bodies


def test_a_body_spelt_out_before_its_acronym_is_still_defined():
    text = "Le Comité de coordination des casques bleus (CCCB) a tenu sa réunion à Goma."
    assert "Comité de coordination des casques bleus" in organisations_of(text)
