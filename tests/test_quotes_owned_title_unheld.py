"""Quotes in English: a title a body owns with the possessive after the article ("the UN's
deputy head said", "the UN's humanitarian coordinator said"), held by no one the article
names, speaks as the body, as "MONUSCO's chief said" does (tests/corpus/README.md: an unnamed
official of a body the text names speaks as that body); a holder the article names speaks.
Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def speakers_of(text: str) -> list[str]:
    return [q.speaker for q in extract(text, None).quotes]


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("NEW YORK -- The UN's deputy head said the mission would stay in Goma through the rains.", "United Nations",
                     id="deputy-head"),
        pytest.param("NEW YORK -- The UN's humanitarian coordinator said the camps would stay open through the rains.", "United Nations",
                     id="coordinator"),
        pytest.param("GOMA -- The mission's chief, Bintou Keita, visited the camp. The UN's deputy head said the mission would stay in Goma.",
                     "United Nations", id="other-person-named-before"),
    ],
)
def test_an_unheld_owned_title_speaks_as_the_body(text, speaker):
    assert speakers_of(text)[-1] == speaker


def test_a_named_holder_still_speaks():
    text = "GOMA -- Jean Mbeki is the UN's humanitarian coordinator. The UN's humanitarian coordinator said the camps would stay open."
    assert speakers_of(text)[-1] == "Jean Mbeki"
