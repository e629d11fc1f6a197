"""A pronoun of several people standing for a speaker ("ont-ils ajouté", "selon eux") is no
one person named before: the body that spoke in the sentence before goes on when one did,
else the text names no speaker. A singular pronoun still stands for the person."""
from __future__ import annotations

import pytest

from test_quotes import quotes_of

INTRO = "Le ministre de la Défense, Jean Moreau, a visité le camp de Gao lundi."


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        pytest.param([INTRO, "\u00ab Les puits du camp sont à sec depuis une semaine \u00bb, ont-ils ajouté."], "", id="ont-ils-after-a-person"),
        pytest.param([INTRO, "Selon eux, les puits du camp sont à sec depuis une semaine."], "", id="selon-eux-after-a-person"),
        pytest.param(["La Minusma a indiqué lundi que le camp avait été attaqué dans la nuit.",
                      "\u00ab Les puits du camp sont à sec depuis une semaine \u00bb, ont-ils ajouté."], "MINUSMA", id="ont-ils-after-a-body"),
        pytest.param([INTRO, "\u00ab Les puits du camp sont à sec depuis une semaine \u00bb, a-t-il ajouté."], "Jean Moreau", id="a-t-il-singular"),
        pytest.param([INTRO, "Selon lui, les puits du camp sont à sec depuis une semaine."], "Jean Moreau", id="selon-lui-singular"),
    ],
)
def test_a_plural_pronoun_is_not_the_one_person_named(paragraphs, speaker):
    assert quotes_of("fr", *paragraphs)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        pytest.param(["The members of the Security Council said on Monday that the raid on the wells was a war crime.",
                      "They called on the authorities of Mali to find those who ordered it."], "Security Council",
                     id="en-they-after-a-body"),
        pytest.param(["UNMISS said the convoy reached Bor on Monday.", "They said the road would stay open until the rains."],
                     "UNMISS", id="en-they-said-after-a-body"),
        # near misses: "they" after a person, after no one named, after a sentence with no speech
        pytest.param(["Colonel Rita Amadi said the convoy reached Bor on Monday.", "They said the road would stay open."], "",
                     id="en-they-after-a-person"),
        pytest.param(["Residents said the convoy reached Bor on Monday.", "They said the road would stay open."], "",
                     id="en-they-after-no-one-named"),
        pytest.param(["UNMISS said the convoy reached Bor on Monday.", "Traders from Juba arrived in the town.",
                      "They said the road would stay open."], "", id="en-they-after-a-sentence-without-speech"),
    ],
)
def test_an_english_they_goes_on_with_the_body_that_spoke_before(paragraphs, speaker):
    assert quotes_of("en", *paragraphs)[-1].speaker == speaker
