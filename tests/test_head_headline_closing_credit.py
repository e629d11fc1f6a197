"""A bracket closing the headline's line that credits a known outlet, alone or with the day it
carried the story ("Headline (AFP)", "Headline (RFI, 30/08/2018)"), as a reprint or an
aggregator prints the story it took: the outlet is the page's source, and the bracket no part
of the title. Other closing brackets (a body, a label, an outlet followed by words that are no
day) stay in the headline and credit nothing. Every page here is of our own making."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract

HEADLINE = {
    "en": "Peacekeepers leave their last base in the northern desert",
    "fr": "Les casques bleus quittent leur dernière base dans le désert du nord",
    "es": "Los cascos azules dejan su última base en el desierto del norte",
    "vi": "Lính gìn giữ hòa bình rời căn cứ cuối cùng ở sa mạc phía bắc",
}
LEAD = {
    "en": "Peacekeepers left their last base in the northern desert on Sunday, handing the camp to the national army after ten years.",
    "fr": "Les casques bleus ont quitté dimanche leur dernière base dans le désert du nord et remis le camp à l'armée nationale.",
    "es": "Los cascos azules dejaron el domingo su última base en el desierto del norte y entregaron el campamento al ejército nacional.",
    "vi": "Lính gìn giữ hòa bình đã rời căn cứ cuối cùng ở sa mạc phía bắc hôm Chủ nhật và bàn giao doanh trại cho quân đội.",
}
MORE = {
    "en": "The convoy drove south under escort.",
    "fr": "Le convoi a roulé vers le sud sous escorte.",
    "es": "El convoy viajó hacia el sur con escolta.",
    "vi": "Đoàn xe đi về phía nam dưới sự hộ tống.",
}


def _page(language: str, bracket: str) -> str:
    return "\n\n".join([f"{HEADLINE[language]} {bracket}", LEAD[language], MORE[language]])


@pytest.mark.parametrize("language, bracket, source", [
    pytest.param("vi", "(RFI, 30/08/2018)", "Radio France Internationale", id="vi-outlet-and-day"),
    pytest.param("en", "(Reuters, 12 May 2020)", "Reuters", id="en-outlet-and-day"),
    pytest.param("fr", "(AFP)", "Agence France-Presse", id="fr-outlet-alone"),
    pytest.param("es", "(EFE, 3 de marzo de 2021)", "Agencia EFE", id="es-outlet-and-day"),
])
def test_a_closing_bracket_credits_the_outlet(language, bracket, source):
    fields = extract(_page(language, bracket)).fields
    assert (fields["source"], fields["title"]) == (source, HEADLINE[language])


@pytest.mark.parametrize("language, bracket", [
    pytest.param("en", "(MINUSMA)", id="en-mission"),
    pytest.param("en", "(Ghana battalion)", id="en-unit"),
    pytest.param("fr", "(Partie 2)", id="fr-part"),
    pytest.param("vi", "(RFI, bản tiếng Việt)", id="vi-outlet-then-no-day"),
])
def test_another_closing_bracket_stays_in_the_title(language, bracket):
    fields = extract(_page(language, bracket)).fields
    assert (fields["source"] or "", fields["title"]) == ("", f"{HEADLINE[language]} {bracket}")
