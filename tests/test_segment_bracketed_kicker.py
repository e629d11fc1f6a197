"""A label in brackets saying what kind of item a page is ("[VIDEO]", "(Vidéo)", "[PHOTOS]"),
printed before or after the headline, is not part of the title (newsdossier.segment).

The example texts are invented for the tests: each shows a general layout pattern.
"""
from __future__ import annotations

import pytest

from newsdossier.segment import segment

LEAD = {
    "en": "Engineers of the mission rebuilt a bridge washed away by floods last week, the mission said on Monday. It links two villages.",
    "fr": "Les ingénieurs de la mission ont reconstruit un pont emporté par les crues, a indiqué la mission lundi. Il relie deux villages.",
    "es": "Los ingenieros de la misión reconstruyeron un puente arrastrado por las crecidas, informó la misión el lunes. Une dos aldeas.",
    "vi": "Các kỹ sư của phái bộ đã xây lại cây cầu bị lũ cuốn trôi tuần trước, phái bộ cho biết hôm thứ Hai. Cây cầu nối hai ngôi làng.",
}


@pytest.mark.parametrize(
    ("language", "printed", "title"),
    [
        pytest.param("en", "[VIDEO] Peacekeepers rebuild a bridge near the river", "Peacekeepers rebuild a bridge near the river", id="en-before"),
        pytest.param("en", "Peacekeepers rebuild a bridge near the river [PHOTOS]", "Peacekeepers rebuild a bridge near the river", id="en-after"),
        pytest.param("fr", "(VIDÉO) Des Casques bleus reconstruisent un pont", "Des Casques bleus reconstruisent un pont", id="fr-before"),
        pytest.param("es", "Cascos azules reconstruyen un puente en el norte (VIDEO)", "Cascos azules reconstruyen un puente en el norte", id="es-after"),
        pytest.param("vi", "[Ảnh] Lính gìn giữ hòa bình xây lại cầu", "Lính gìn giữ hòa bình xây lại cầu", id="vi-before"),
    ],
)
def test_a_bracketed_kicker_is_not_part_of_the_title(language, printed, title):
    assert segment("\n\n".join([printed, LEAD[language]])).title == title


@pytest.mark.parametrize(
    "printed",
    [
        pytest.param("Peacekeepers rebuild a bridge in Gao (Mali)", id="a-place-in-brackets"),
        pytest.param("Troops (live) on the road north", id="a-word-in-the-middle"),
        pytest.param("[VIDEO] Bridge rebuilt", id="too-short-to-cut"),
    ],
)
def test_other_brackets_stay(printed):
    from newsdossier.segment import without_kicker

    assert without_kicker(printed) == printed


def test_a_photo_credit_in_brackets_is_still_a_credit():
    layout = segment("\n\n".join(["Peacekeepers rebuild a bridge near the river",
                                  "The new bridge over the river (Photo: Jane Roe)", LEAD["en"]]))
    assert "Jane Roe" in layout.credits
