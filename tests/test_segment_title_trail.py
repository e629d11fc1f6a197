"""A breadcrumb trail printed before the headline on its line, and a section's name printed
after it by a title bar, are not part of the title (newsdossier.segment).

The example texts are invented for the tests: each shows a general layout pattern.
"""
from __future__ import annotations

import pytest

from newsdossier.segment import segment


def page(*blocks: str) -> str:
    """A seed text: blocks separated by blank lines, as scraped pages are."""
    return "\n\n".join(blocks)


LEAD = "The first paragraph of the article is a full sentence. It goes on."


@pytest.mark.parametrize(
    ("printed", "title"),
    [
        pytest.param("World > Africa > Engineers set out for a year of service in Abyei",
                     "Engineers set out for a year of service in Abyei", id="en-trail"),
        pytest.param("Accueil | Afrique | Mali | Les Casques bleus quittent le camp de Kidal",
                     "Les Casques bleus quittent le camp de Kidal", id="fr-trail-with-a-place"),
        pytest.param("Inicio / Internacional / Cascos azules parten hacia el Líbano",
                     "Cascos azules parten hacia el Líbano", id="es-trail"),
        pytest.param("Trang chủ » Thế giới » Đội công binh lên đường làm nhiệm vụ tại Abyei",
                     "Đội công binh lên đường làm nhiệm vụ tại Abyei", id="vi-trail"),
        pytest.param("Cascos azules parten hacia el Líbano - Internacional - Diario del Puerto",
                     "Cascos azules parten hacia el Líbano", id="es-section-then-site"),
        pytest.param("Engineers set out for a year of service in Abyei | World News",
                     "Engineers set out for a year of service in Abyei", id="en-section-after"),
    ],
)
def test_navigation_printed_on_the_headline_line_is_not_part_of_the_title(printed, title):
    assert segment(page(printed, LEAD)).title == title


@pytest.mark.parametrize(
    "printed",
    [
        pytest.param("Israel / Hamas: ceasefire talks resume in the capital", id="two-places-no-section"),
        pytest.param("Peacekeepers open a field hospital - and a school", id="a-clause-after-a-dash"),
    ],
)
def test_a_headline_own_slash_or_dash_stays(printed):
    from newsdossier.segment import without_trail

    assert without_trail(printed) == printed
