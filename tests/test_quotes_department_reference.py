"""Quotes: a ministry or a department called again by the common noun of its office ("the
department added", "ha señalado el departamento", "han señalado desde el departamento que
dirige X") speaks as the last one named before (quotes.yaml "body_references"), as "the
ministry said" already does; with none named before, the words are no one's. Every sentence
is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("The convoy left at dawn, the Ministry of Defence of Kenya said. \"All units are safe,\" the department added.",
                     "Ministry of Defence of Kenya", id="en-ministry"),
        pytest.param("The Department of Peace Operations sent a team to Bria. The department said the team would stay a week.",
                     "Department of Peace Operations", id="en-department"),
        pytest.param("El convoy salió al alba, según el Ministerio de Defensa. «Todas las unidades están bien», ha señalado el departamento.",
                     "Ministry of Defence", id="es-departamento"),
        pytest.param("El convoy salió al alba, según el Ministerio de Defensa. «Todas las unidades están bien», "
                     "han señalado desde el departamento que dirige Ana Gil.", "Ministry of Defence", id="es-desde-el-departamento"),
    ],
)
def test_the_department_is_the_one_named_before(text, speaker):
    assert [q.speaker for q in extract(text, None).quotes][-1] == speaker


def test_a_department_never_named_is_no_one():
    assert [q.speaker for q in extract("The team will stay a week, the department said.", None).quotes] == [""]
