"""An outlet's name a title bar prints before the headline is not part of the title
(newsdossier.segment).

The example texts are invented for the tests: each shows a general layout pattern.
"""
from __future__ import annotations

import pytest

from newsdossier.segment import segment

LEAD = "The first paragraph of the article is a full sentence. It goes on."


@pytest.mark.parametrize(
    ("printed", "title"),
    [
        pytest.param("The Harbour Courier: Engineers set out for a year of service in Abyei",
                     "Engineers set out for a year of service in Abyei", id="en-colon"),
        pytest.param("Le Journal des Dunes : Les Casques bleus quittent le camp de Kidal",
                     "Les Casques bleus quittent le camp de Kidal", id="fr-spaced-colon"),
        pytest.param("Diario del Puerto | Cascos azules parten hacia el Líbano",
                     "Cascos azules parten hacia el Líbano", id="es-bar"),
        pytest.param("Báo Bình Minh - Đội công binh lên đường làm nhiệm vụ tại Abyei",
                     "Đội công binh lên đường làm nhiệm vụ tại Abyei", id="vi-dash"),
        pytest.param("VietZone | Bảy binh sĩ thiệt mạng trong chiến dịch truy quét",
                     "Bảy binh sĩ thiệt mạng trong chiến dịch truy quét", id="vi-brand"),
    ],
)
def test_an_outlet_name_before_the_headline_is_not_part_of_the_title(printed, title):
    assert segment("\n\n".join([printed, LEAD])).title == title


@pytest.mark.parametrize(
    "printed",
    [
        pytest.param("Times Square: crowds gather for the new year", id="a-place-with-a-newspaper-word"),
        pytest.param("Mali : les Casques bleus quittent Kidal", id="a-country"),
        pytest.param("Defence minister: troops will stay in the north", id="a-speaker"),
        pytest.param("Daily News reports: troops leave the north", id="words-of-the-headline"),
    ],
)
def test_a_place_speaker_or_topic_before_a_colon_stays(printed):
    from newsdossier.segment import without_unknown_site_name

    assert without_unknown_site_name(printed) == printed
