"""A line that prints the headline again after a label ("Share this article: <headline>") is
page furniture, not the title, where the headline is printed bare too (newsdossier.segment).

The example texts are invented for the tests: each shows a general layout pattern.
"""
from __future__ import annotations

import pytest

from newsdossier.segment import segment


@pytest.mark.parametrize(
    ("headline", "label", "lead"),
    [
        pytest.param("Peacekeepers return home from Mali", "Share this article:",
                     "The soldiers landed at the airport on Thursday after a year in Mali, the army said. Families met them.", id="en"),
        pytest.param("Les Casques bleus rentrent du Mali", "Partager l'article :",
                     "Les soldats ont atterri jeudi après une année au Mali, a indiqué l'armée. Leurs familles les attendaient.", id="fr"),
        pytest.param("Los cascos azules vuelven de Malí", "Compartir esta noticia:",
                     "Los soldados aterrizaron el jueves tras un año en Malí, informó el Ejército. Sus familias los esperaban.", id="es"),
        pytest.param("Lính gìn giữ hòa bình trở về từ Mali", "Chia sẻ bài viết:",
                     "Các binh sĩ đã hạ cánh hôm thứ Năm sau một năm ở Mali, quân đội cho biết. Gia đình đã ra đón.", id="vi"),
    ],
)
def test_a_labelled_copy_of_the_headline_is_not_the_title(headline, label, lead):
    layout = segment("\n\n".join([headline, f"{label} {headline}", lead]))
    assert layout.title == headline
