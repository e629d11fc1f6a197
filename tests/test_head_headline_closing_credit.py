"""A bracket closing the headline's line that credits a known outlet, alone or with the day it
carried the story ("Headline (AFP)", "Headline (RFI, 30/08/2018)"), or in a credit's words
("Headline (avec AFP)", "(Theo TTXVN)"), as a reprint or an
aggregator prints the story it took: the outlet is the page's source, and the bracket no part
of the title. Other closing brackets (a body, a label, a label spelled as an agency's letters,
"(map)", an outlet followed by words that are no day) stay in the headline and credit nothing. Every page here is of our own making."""
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
    pytest.param("fr", "(avec AFP)", "Agence France-Presse", id="fr-credit-word-avec"),
    pytest.param("vi", "(Theo TTXVN)", "Vietnam News Agency", id="vi-credit-word-theo"),
    pytest.param("en", "(with Reuters)", "Reuters", id="en-credit-word-with"),
])
def test_a_closing_bracket_credits_the_outlet(language, bracket, source):
    fields = extract(_page(language, bracket)).fields
    assert (fields["source"], fields["title"]) == (source, HEADLINE[language])


@pytest.mark.parametrize("language, bracket", [
    pytest.param("en", "(MINUSMA)", id="en-mission"),
    pytest.param("en", "(Ghana battalion)", id="en-unit"),
    pytest.param("fr", "(Partie 2)", id="fr-part"),
    pytest.param("vi", "(RFI, bản tiếng Việt)", id="vi-outlet-then-no-day"),
    pytest.param("en", "(with video)", id="en-credit-word-then-no-outlet"),
    pytest.param("es", "(EFE, vídeo)", id="es-outlet-then-a-label"),
    pytest.param("en", "(Reuters, update 2)", id="en-outlet-then-an-update"),
])
def test_another_closing_bracket_stays_in_the_title(language, bracket):
    fields = extract(_page(language, bracket)).fields
    assert (fields["source"] or "", fields["title"]) == ("", f"{HEADLINE[language]} {bracket}")


@pytest.mark.parametrize("language, bracket, outlet", [
    pytest.param("es", "(Con información de EFE)", "EFE", id="es-credit-words-con-informacion"),
    pytest.param("fr", "(d'après AFP)", "AFP", id="fr-credit-words-d-apres"),
    pytest.param("vi", "(Theo RFI)", "RFI", id="vi-credit-word-theo"),
    pytest.param("es", "(El País)", "El País", id="es-word-alias-in-brackets"),
    pytest.param("vi", "(Tuổi Trẻ)", "Tuổi Trẻ", id="vi-outlet-name"),
])
def test_a_credit_in_words_closing_the_headline(language, bracket, outlet):
    from newsdossier.segment import headline_closing_credit
    assert headline_closing_credit(f"{HEADLINE[language]} {bracket}") == (HEADLINE[language], outlet)


@pytest.mark.parametrize("language, bracket", [
    pytest.param("fr", "(Photo AFP)", id="fr-picture-credit"),
    pytest.param("en", "(AFP Photo)", id="en-picture-credit"),
    pytest.param("en", "(UN)", id="en-the-body"),
    pytest.param("es", "(con vídeo)", id="es-credit-word-then-no-outlet"),
    pytest.param("en", "(map)", id="en-label-spelling-an-agency-lower-case"),
    pytest.param("en", "(Map)", id="en-label-spelling-an-agency-title-case"),
])
def test_no_credit_closing_the_headline(language, bracket):
    from newsdossier.segment import headline_closing_credit
    assert headline_closing_credit(f"{HEADLINE[language]} {bracket}") is None
