"""An operation named by one of its own listed names ("la Misión de Estabilización de las
Naciones Unidas en Haití", "the United Nations Stabilization Mission in Haiti") is that
operation in an article of any year: its name tells it apart from the later operation in the
same country as its acronym does. Only a descriptive name ("the UN mission in Haiti") is read
as the later operation's after the earlier one ended. Every sentence is written for the
test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def _missions(text: str) -> set[str]:
    return {e.name for e in extract(text).entities.values() if e.kind == "mission"}


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Buenos Aires, 4 de mayo de 2025 - El coronel Ríos recordó sus meses en la Misión de "
                     "Estabilización de las Naciones Unidas en Haití, donde sirvió como médico.", id="es-listed-alias"),
        pytest.param("Ottawa, 4 May 2024 - The nurse told the inquiry about her year with the United Nations "
                     "Stabilization Mission in Haiti, where she ran a clinic.", id="en-listed-name"),
        pytest.param("Montréal, 4 mai 2024 - L'infirmière a raconté son année à la Mission des Nations Unies pour "
                     "la stabilisation en Haïti, où elle tenait une clinique.", id="fr-listed-name"),
    ],
)
def test_an_operation_named_by_its_own_name_is_kept_after_its_end(text):
    assert "MINUSTAH" in _missions(text)
