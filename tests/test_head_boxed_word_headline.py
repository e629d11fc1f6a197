"""A subscription box printed above the article ends at the article's headline, even where the
headline holds one of the box's words ("... la suscripción ...", "... đăng ký ...",
"... abonnement ...", "... subscription ..."): a heading right above running prose that holds
no box's word is the headline over its lead, not the box's last line.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import LEAD, MORE
from newsdossier.extract import extract
from newsdossier.segment import segment

from test_head_subscription_prompt_block import PROMPTS

HEADLINES = {
    "es": "Los cascos azules piden renovar la suscripción de fondos para la misión",
    "fr": "Les casques bleus et l'abonnement des soldats aux rations de la mission",
    "en": "Peacekeepers sign up for a second year in the south",
    "vi": "Hơn 200 chiến sĩ đăng ký tham gia lực lượng gìn giữ hòa bình",
}


@pytest.mark.parametrize(("language", "prompt"), [(lang, block) for lang, blocks in PROMPTS.items() for block in blocks])
def test_a_headline_with_a_box_word_stays_the_headline(language, prompt):
    text = "\n\n".join([*prompt, HEADLINES[language], LEAD[language], MORE[language]])
    assert segment(text).title == HEADLINES[language]
    assert extract(text).fields["title"] == HEADLINES[language]
