"""A listed body's name followed right away, in French or Spanish, by the adjective "national"
("le Conseil de sécurité nationale", "el Consejo de Seguridad Nacional") names a country's own
body of those words, not the listed international one. In English the adjective comes first
("the National Security Council"), and "UN national staff" still names the UN. Every sentence
is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def _bodies(text: str) -> set[str]:
    return {e.name for e in extract(text).entities.values() if e.kind == "organisation"}


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Niamey, 4 mai 2022 - Le président a réuni le Conseil de sécurité nationale lundi soir.", id="fr-capitalised"),
        pytest.param("Niamey, 4 mai 2022 - Le président a réuni le conseil de sécurité nationale lundi soir.", id="fr-lowercase"),
        pytest.param("Bogotá, 4 de mayo de 2022 - El presidente convocó al Consejo de Seguridad Nacional el lunes.", id="es-capitalised"),
    ],
)
def test_national_namesake_is_not_the_listed_body(text):
    assert "Security Council" not in _bodies(text)


@pytest.mark.parametrize(
    "text, name",
    [
        pytest.param("Niamey, 4 mai 2022 - Le Conseil de sécurité a prorogé le mandat lundi soir.", "Security Council", id="fr-council"),
        pytest.param("Juba, 4 May 2022 - UN national staff were moved to the base on Monday.", "United Nations", id="en-un-national-staff"),
    ],
)
def test_guards(text, name):
    assert name in _bodies(text)
