"""A paywall's or subscription box's block printed above the article (a greeting alone, "¡Hola
!", "Bonjour,", "Hi there", then the offer, its price, its help line; or a call to subscribe
or to log in, "Subscribe to continue reading", "¿Ya eres suscriptor? Inicia sesión") is page
furniture: the greeting is no headline, the offer's sentences no paragraph of the text.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE, LEAD, MORE
from newsdossier.segment import segment

PROMPTS = {
    "es": [
        ["¡Hola !",
         "Estamos renovando nuestro sitio. Para seguir leyendo te pedimos que actualices tus datos y tu plan tendrá un precio promocional:",
         "$ 250 al mes*",
         "Si tenés dudas podés escribir a ayuda@gaceta-ejemplar.com.uy cuando quieras.",
         "* Podés cancelar el plan en el momento que lo desees"],
        ["¿Ya eres suscriptor? Inicia sesión", "Suscríbete ahora y obtén acceso ilimitado a todas nuestras notas por un precio promocional.", "DESDE", "299", "/mes*"],
    ],
    "fr": [
        ["Bonjour,",
         "Votre abonnement a expiré. Pour continuer à lire nos articles et profiter de votre formule, renouvelez votre abonnement dès aujourd'hui.",
         "Pour toute question, écrivez à abonnes@gazette-exemple.fr ou appelez notre service."],
    ],
    "en": [
        ["Hi there",
         "Subscribe to continue reading and get unlimited access to every story we publish, at a promotional price for three months.",
         "Already a subscriber? Log in"],
        ["Subscribe to continue reading", "Already a subscriber? Sign in to your account to read the rest of this story and every other.", "£4.99 / month"],
    ],
    "vi": [
        ["Xin chào bạn!",
         "Để tiếp tục đọc bài viết, vui lòng đăng ký gói thành viên hoặc đăng nhập vào tài khoản của bạn ngay hôm nay nhé.",
         "Bạn đã có tài khoản? Đăng nhập"],
    ],
}


@pytest.mark.parametrize(("language", "prompt"), [(lang, block) for lang, blocks in PROMPTS.items() for block in blocks])
def test_a_subscription_prompt_block_above_the_headline_is_furniture(language, prompt):
    text = "\n\n".join([*prompt, HEADLINE[language], LEAD[language], MORE[language]])
    layout = segment(text)
    assert layout.title == HEADLINE[language]
    assert layout.paragraphs[:2] == [LEAD[language], MORE[language]]


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_a_prompt_printed_twice_before_a_long_menu_is_furniture(language):
    # the box printed twice (one for each offer), then the headline far down the page
    block = PROMPTS[language][0]
    text = "\n\n".join([*block, *block, *block, HEADLINE[language], LEAD[language], MORE[language]])
    layout = segment(text)
    assert layout.title == HEADLINE[language]
    assert layout.paragraphs[:2] == [LEAD[language], MORE[language]]


@pytest.mark.parametrize(("language", "letter"), [
    ("en", "Hi there, my name is Jane and I have served with the mission in the south for three years now."),
    ("fr", "Bonjour, je m'appelle Jeanne et je sers dans la mission au sud du pays depuis trois ans déjà."),
])
def test_a_greeting_opening_the_text_itself_stays_text(language, letter):
    # a greeting inside a sentence of the text, under the headline, is no prompt
    text = "\n\n".join([HEADLINE[language], letter, LEAD[language], MORE[language]])
    layout = segment(text)
    assert layout.title == HEADLINE[language]
    assert layout.paragraphs[0] == letter


@pytest.mark.parametrize(("language", "headline"), [
    ("es", "El plan de paz de la misión sigue en pie en el sur"),
    ("en", "The peace plan of the mission holds in the south"),
])
def test_a_headline_right_under_the_box_stays_the_headline(language, headline):
    # a word the text shares with an offer ("plan") does not carry the box past its last line
    block = PROMPTS[language][0]
    text = "\n\n".join([*block, headline, LEAD[language], MORE[language]])
    assert segment(text).title == headline
