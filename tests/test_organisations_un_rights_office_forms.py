"""The UN human rights office (organisations.yaml "Office of the United Nations High
Commissioner for Human Rights") is printed as the High Commissioner's office too ("le bureau du
Haut-Commissaire", "la Oficina del Alto Comisionado"), with the UN written each usual way ("de
l'ONU", "des Nations unies", "de la ONU", "Liên hợp quốc"): each is that body, not the
United Nations alone (tests/corpus/README.md: "UN" inside another body's name names that
body). Every sentence is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract

OHCHR = "Office of the United Nations High Commissioner for Human Rights"


def organisations(text: str) -> set[str]:
    return {f.name for f in extract(text).entities.values() if f.kind == "organisation"}


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The Office of the UN High Commissioner for Human Rights counted 30 arrests in May.", id="en-un"),
        pytest.param("Le bureau du Haut-Commissaire des Nations unies aux droits de l'homme a recensé 30 arrestations.", id="fr-bureau"),
        pytest.param("Selon le Haut-Commissariat de l'ONU aux droits de l'homme, 30 personnes ont été arrêtées.", id="fr-onu"),
        pytest.param("La Oficina del Alto Comisionado de la ONU para los Derechos Humanos contó 30 detenciones.", id="es-onu"),
        pytest.param("Văn phòng Cao ủy Liên hợp quốc về nhân quyền ghi nhận 30 vụ bắt giữ trong tháng Năm.", id="vi"),
    ],
)
def test_the_rights_office_forms_name_the_office(text):
    found = organisations(text)
    assert OHCHR in found and "United Nations" not in found
