"""A standfirst printed under a short headline without a closing full stop is the summary, not
the headline, even where the headline shares few words with the lead (newsdossier.segment).

The example texts are invented for the tests: each shows a general layout pattern.
"""
from __future__ import annotations

import pytest

from newsdossier.segment import segment


def page(*blocks: str) -> str:
    """A seed text: blocks separated by blank lines, as scraped pages are."""
    return "\n\n".join(blocks)


CASES = [
    pytest.param("Farewell to Haiti",
                 "After thirteen years with the stabilisation mission in the Caribbean, the last army contingent came home at the weekend",
                 "By John Smith",
                 "The last army contingent to serve with the stabilisation mission in Haiti landed on Saturday, the ministry said.",
                 id="en"),
    pytest.param("Clap de fin pour la Minusma",
                 "Le Conseil a voté vendredi la fin de la mission des Nations unies au Mali, un retrait réclamé depuis des mois par les autorités",
                 "Par Jeanne Martin",
                 "Le Conseil de sécurité a mis un terme vendredi à la Minusma, a-t-on appris de source diplomatique à New York.",
                 id="fr"),
    pytest.param("Adiós a Haití",
                 "Tras trece años de servicio en la misión de estabilización, el último contingente militar regresó al país este fin de semana",
                 "Por Juan Pérez",
                 "El último contingente militar que sirvió en la misión de estabilización en Haití regresó el sábado, informó el Ejército.",
                 id="es"),
    pytest.param("Chia tay Nam Sudan",
                 "Sau một năm làm nhiệm vụ tại phái bộ, bệnh viện dã chiến của Việt Nam đã hoàn thành nhiệm vụ và trở về nước an toàn",
                 "Cập nhật: 20/5/2024 10:15",
                 "Sáng 20/5, tại sân bay Nội Bài, Bộ Quốc phòng tổ chức lễ đón bệnh viện dã chiến trở về nước sau một năm ở Nam Sudan.",
                 id="vi"),
]


@pytest.mark.parametrize(("headline", "standfirst", "under", "lead"), CASES)
def test_an_unstopped_standfirst_under_a_short_headline_is_not_the_title(headline, standfirst, under, lead):
    layout = segment(page(headline, standfirst, under, lead, "A second paragraph follows the first one. It ends here."))
    assert layout.title == headline


@pytest.mark.parametrize(("headline", "standfirst", "under", "lead"), CASES)
def test_the_standfirst_stays_out_of_the_title_with_nothing_printed_between(headline, standfirst, under, lead):
    assert segment(page(headline, standfirst, lead, "A second paragraph follows the first one. It ends here.")).title == headline


def test_a_tagline_above_a_long_headline_is_still_not_the_title():
    headline = "Two peacekeepers were wounded on Tuesday when their armoured vehicle hit a mine on the road between Gao and Ansongo"
    layout = segment(page("The voice of the Sahel since 1990", headline,
                          "Two peacekeepers were wounded when their vehicle hit a mine near Gao, the mission said on Tuesday.",
                          "The two soldiers were flown to the hospital, the same source said."))
    assert layout.title == headline


@pytest.mark.parametrize(("kicker", "headline"), [
    pytest.param("Quân đội Việt Nam ở châu Phi", "Việt Nam cử thêm 200 quân nhân tới Abyei để thay thế đội công binh số 3", id="vi-many-syllables"),
    pytest.param("Peacekeeping in Africa",
                 "Canada sends 200 soldiers to Lebanon to relieve the Irish contingent serving with the UN force", id="en-long-headline"),
])
def test_a_long_headline_under_a_kicker_is_no_standfirst(kicker, headline):
    from newsdossier.segment import _standfirsts

    assert _standfirsts([kicker, headline], "") == set()
