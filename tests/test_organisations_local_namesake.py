"""Organisations: a listed body's name followed by an adjective that makes it a town's, a
state's or an occasional body ("un conseil de sécurité intérieure", "el consejo de seguridad
ciudadana", "un conseil de sécurité extraordinaire") names that other body, not the listed
one, as a national adjective does ("le Conseil de sécurité nationale"). The UN body named
plainly stays found. Every sentence is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def _bodies(text: str) -> set[str]:
    return {e.name for e in extract(text).entities.values() if e.kind == "organisation"}


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Dakar, 4 mai 2022 - Le chef de l'État a réuni lundi un conseil de sécurité intérieure.", id="fr-interieure"),
        pytest.param("Dakar, 4 mai 2022 - Le président a présidé un conseil de sécurité extraordinaire lundi.", id="fr-extraordinaire"),
        pytest.param("Lima, 4 de mayo de 2022 - El alcalde convocó al consejo de seguridad ciudadana el lunes.", id="es-ciudadana"),
        pytest.param("Lima, 4 de mayo de 2022 - El consejo de seguridad pública de la provincia se reunió el lunes.", id="es-publica"),
        pytest.param("Lima, 4 de mayo de 2022 - El Consejo de Seguridad Municipal aprobó el plan el lunes.", id="es-municipal"),
    ],
)
def test_a_local_namesake_is_not_the_security_council(text):
    assert "Security Council" not in _bodies(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Paris, 4 mai 2022 - Le conseil de sécurité a prorogé le mandat de la force mardi.", id="fr-plain"),
        pytest.param("Madrid, 4 de mayo de 2022 - El Consejo de Seguridad renovó el mandato de la fuerza.", id="es-plain"),
    ],
)
def test_the_security_council_named_plainly_stays(text):
    assert "Security Council" in _bodies(text)
