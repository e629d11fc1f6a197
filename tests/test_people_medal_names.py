"""A person's name inside the name of a medal or prize is no person met in the article: the
medal's word before it may be any of its synonyms ("la presea ...", "el galardón ...", "la
décoration ...", "Huân chương ..."), as "the ... Medal" already was. Every sentence is written
for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def people_of(text: str) -> list[str]:
    """The names of the people the extraction keeps for a text, sorted."""
    return sorted(e.name for e in extract(text, None).entities.values() if e.kind == "person")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("El subsecretario entregó la presea Ana María Quiroga a los batallones de la misión.", id="es-presea"),
        pytest.param("La condecoración Ana María Quiroga fue entregada a tres pelotones.", id="es-condecoracion"),
        pytest.param("El galardón Ana María Quiroga reconoce a las tropas de paz.", id="es-galardon"),
        pytest.param("La décoration Jean-Louis Marchal a été remise aux familles des soldats.", id="fr-decoration"),
        pytest.param("Le trophée Jean-Louis Marchal récompense la meilleure unité.", id="fr-trophee"),
        pytest.param("Đơn vị được tặng Huân chương Lê Văn Tám vì thành tích xuất sắc.", id="vi-huan-chuong"),
        pytest.param("Các chiến sĩ nhận Huy chương Lê Văn Tám tại buổi lễ.", id="vi-huy-chuong"),
    ],
)
def test_a_name_after_a_medal_word_is_the_medals(text):
    assert people_of(text) == []


@pytest.mark.parametrize(
    "text, person",
    [
        pytest.param("La presea fue entregada por el general Ana María Quiroga ayer.", "Ana María Quiroga", id="es-word-apart"),
        pytest.param("Thiếu tướng Lê Văn Tám trao huy chương cho các chiến sĩ.", "Lê Văn Tám", id="vi-giver"),
    ],
)
def test_a_person_apart_from_the_medal_word_stays_a_person(text, person):
    assert people_of(text) == [person]
