"""The name of an outlet the reference does not know, printed by a page's title bar after the
headline, is cut where it reads as an outlet's name (newsdossier.segment).

The example texts are invented for the tests: each shows a general layout pattern.
"""
from __future__ import annotations

import pytest

from newsdossier.segment import segment


def page(*blocks: str) -> str:
    """A seed text: blocks separated by blank lines, as scraped pages are."""
    return "\n\n".join(blocks)


@pytest.mark.parametrize(
    ("printed", "title"),
    [
        pytest.param("Engineers set out for a year of service in Abyei - The Harbour Courier",
                     "Engineers set out for a year of service in Abyei", id="en-newspaper-word"),
        pytest.param("Les Casques bleus quittent le camp de Kidal | Le Journal des Dunes",
                     "Les Casques bleus quittent le camp de Kidal", id="fr-outlet-kind"),
        pytest.param("Cascos azules parten hacia el Líbano - Diario del Puerto",
                     "Cascos azules parten hacia el Líbano", id="es-outlet-kind-with-connector"),
        pytest.param("Đội công binh lên đường làm nhiệm vụ tại Abyei - Báo Bình Minh",
                     "Đội công binh lên đường làm nhiệm vụ tại Abyei", id="vi-bao"),
        pytest.param("Bảy binh sĩ thiệt mạng trong chiến dịch truy quét - VietZone",
                     "Bảy binh sĩ thiệt mạng trong chiến dịch truy quét", id="vi-brand-with-inner-capital"),
        pytest.param("Peacekeepers hand over their last base in the north – Harbourline.net",
                     "Peacekeepers hand over their last base in the north", id="en-web-domain"),
    ],
)
def test_an_unknown_outlet_name_after_the_headline_is_cut(printed, title):
    assert segment(page(printed, "The first paragraph of the article is a full sentence. It goes on.")).title == title


@pytest.mark.parametrize(
    "printed",
    [
        pytest.param("Peacekeepers open a field hospital - and a school", id="a-clause"),
        pytest.param("Troops leave the north - the last convoy reaches Gao", id="a-lowercase-clause"),
        pytest.param("Peacekeepers killed in an ambush - Mali Daily reports", id="a-verb-after-a-name"),
        pytest.param("Interview with the force commander - McAllister", id="a-surname-with-mc"),
        pytest.param("Peacekeepers killed in an ambush - UN", id="an-attribution"),
    ],
)
def test_a_dash_before_words_that_name_no_outlet_is_kept(printed):
    from newsdossier.segment import without_unknown_site_name

    assert without_unknown_site_name(printed) == printed


def test_a_title_bar_of_an_unknown_outlet_over_the_bare_headline_still_gives_the_site_name():
    layout = segment(page("Peacekeepers return home after a year in Gao - The Harbour Courier",
                          "Peacekeepers return home after a year in Gao",
                          "The soldiers landed in the capital on Thursday. They were met by the minister."))
    assert layout.title == "Peacekeepers return home after a year in Gao"
    assert layout.site_name == "The Harbour Courier"
