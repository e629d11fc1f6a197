"""The name a title bar prints after the headline is cut where the page prints that name again
in its furniture (newsdossier.segment.without_named_site).

The example texts are invented for the tests: each shows a general layout pattern.
"""
from __future__ import annotations

import pytest

from newsdossier.segment import segment

SECOND = "A second paragraph follows the first one. It ends here."


@pytest.mark.parametrize(
    ("headline", "site", "furniture", "lead"),
    [
        pytest.param("Nepali troops in UN peacekeeping exceed 6,000", "Harbourhub", ["Harbourhub", "December 16, 2022"],
                     "The number of Nepali soldiers on peacekeeping duty has passed 6,000, the army said on Friday.", id="en-name-alone"),
        pytest.param("Les Casques bleus quittent la base de Kidal", "Sahelinfo", ["Sahelinfo > Actualités > Afrique"],
                     "Les derniers Casques bleus ont quitté lundi la base de Kidal, a indiqué un porte-parole.", id="fr-breadcrumb"),
        pytest.param("Cascos azules parten hacia el Líbano", "Puertonoticias", ["Puertonoticias | 15 de marzo de 2023"],
                     "Un contingente de cascos azules partió el lunes hacia el Líbano, informó el ministerio.", id="es-date-line"),
        pytest.param("Bảy binh sĩ Liên Hiệp Quốc hi sinh khi làm nhiệm vụ", "Vietbao", ["Go Back Vietbao > World News > Tin Thế Giới"],
                     "Bảy binh sĩ gìn giữ hòa bình đã thiệt mạng trong một chiến dịch truy quét phiến quân, Liên Hiệp Quốc cho biết.", id="vi-forum-trail"),
    ],
)
def test_a_site_name_the_page_prints_again_is_cut_from_the_title(headline, site, furniture, lead):
    layout = segment("\n\n".join([f"{headline} - {site}", *furniture, lead, SECOND]))
    assert layout.title == headline


@pytest.mark.parametrize(
    ("printed", "furniture"),
    [
        pytest.param("Peacekeepers are the heroes of our time - Guterres", ["Tags: Guterres, peacekeeping, Mali"], id="an-attribution-in-tags"),
        pytest.param("Peacekeepers killed in an ambush near the border - Mali", ["Home", "Mali"], id="a-place-in-the-menu"),
    ],
)
def test_words_after_the_dash_that_the_furniture_does_not_name_as_the_site_stay(printed, furniture):
    lead = "Two peacekeepers were killed on Tuesday, the mission said in a statement. The attack was not claimed."
    assert segment("\n\n".join([printed, *furniture, lead, SECOND])).title == printed
