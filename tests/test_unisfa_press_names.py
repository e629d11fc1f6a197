"""UNISFA under the names the Spanish and French press give it with "la ONU" / "l'ONU" or
"Interina" for the UN's full name: the mission, not a new body. Sentences written for this test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Jartum, 7 de marzo de 2026\n\nDos soldados de la Fuerza Provisional de Seguridad de la ONU para Abyei resultaron heridos.",
                     id="es-provisional-onu"),
        pytest.param("Jartum, 7 de marzo de 2026\n\nLa Fuerza Interina de Seguridad de las Naciones Unidas para Abyei reforzó sus patrullas.",
                     id="es-interina"),
        pytest.param("Khartoum, 7 mars 2026\n\nLa Force intérimaire de sécurité de l'ONU pour Abyei a renforcé ses patrouilles.",
                     id="fr-onu"),
    ],
)
def test_unisfa_named_with_the_un_short_name(text):
    entities = extract(text, None).entities.values()
    assert "unisfa" in {e.id for e in entities if e.kind == "mission"}
    bodies = [e.name for e in entities if e.kind == "organisation"]
    assert not [b for b in bodies if b.startswith(("Fuerza", "Force"))], bodies
