"""A quantified group after a verb inverted after a comma is an unnamed speaker ("..., said
several observers."), but a group of a named body's officials speaks as that body, as "UN
officials said" does (tests/corpus/README.md: an unnamed official of a body the text names
speaks as that body): "..., said several UN officials.", "..., ont indiqué plusieurs
responsables de la Minusma.". Sources and residents stay unnamed. Every sentence here is
written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def speakers(text: str) -> list[str]:
    return [q.speaker for q in extract(text, None).quotes]


@pytest.mark.parametrize(
    "text, body",
    [
        pytest.param("The convoy left Gao without its escort, said several UN officials.", "United Nations", id="en-bare"),
        pytest.param("Le convoi a quitté Gao sans escorte, ont indiqué plusieurs responsables de la Minusma.", "MINUSMA",
                     id="fr-of-body"),
        pytest.param("Le convoi a quitté Gao sans escorte, ont indiqué plusieurs responsables onusiens.", "United Nations",
                     id="fr-adjective"),
        pytest.param("El convoy salió de Goma sin escolta, dijeron varios funcionarios de la Monusco.", "MONUSCO",
                     id="es-of-body"),
    ],
)
def test_officials_of_a_body_speak_as_the_body(text, body):
    assert speakers(text) == [body]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The convoy left Gao without its escort, said several MINUSMA sources.", id="en-sources"),
        pytest.param("Le convoi de la Minusma a quitté Gao sans escorte, ont indiqué plusieurs habitants.", id="fr-residents"),
        pytest.param("El convoy de la Monusco salió de Goma, dijeron varios vecinos de Goma.", id="es-residents"),
    ],
)
def test_other_groups_stay_unnamed(text):
    assert speakers(text) == [""]
