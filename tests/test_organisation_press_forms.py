"""Press forms of listed bodies that organisations.yaml now lists: the Spanish "Organización
de Naciones Unidas" (without the article), the
Security Council "de la Organización de (las) Naciones Unidas", the acronym "UNDPKO". Every
sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def bodies_of(text: str) -> list[str]:
    return sorted(e.name for e in extract(text, None).entities.values() if e.kind in ("organisation", "initiative"))


@pytest.mark.parametrize(
    "text, body",
    [
        pytest.param("La Organización de Naciones Unidas pidió calma a las partes.", "United Nations", id="es-organizacion-de-naciones-unidas"),
        pytest.param("La fuerza fue creada por el Consejo de Seguridad de la Organización de Naciones Unidas en 1974.",
                     "Security Council", id="es-consejo-organizacion-de-naciones-unidas"),
        pytest.param("La fuerza fue creada por el Consejo de Seguridad de la Organización de las Naciones Unidas en 1974.",
                     "Security Council", id="es-consejo-organizacion-de-las-naciones-unidas"),
        pytest.param("Two of its officers were posted to UNDPKO in New York.", "Department of Peacekeeping Operations", id="en-undpko"),
    ],
)
def test_press_form_names_the_listed_body(text, body):
    assert body in bodies_of(text)


@pytest.mark.parametrize(
    "text, unwanted",
    [
        pytest.param("La fuerza fue creada por el Consejo de Seguridad de la Organización de Naciones Unidas en 1974.",
                     "Consejo de Seguridad de la Organización de Naciones Unidas", id="es-no-long-printed-name"),
        pytest.param("Two of its officers were posted to UNDPKO and Force Headquarters.", "UNDPKO and Force Headquarters",
                     id="en-no-joined-name"),
    ],
)
def test_press_form_leaves_no_printed_name(text, unwanted):
    assert unwanted not in bodies_of(text)
