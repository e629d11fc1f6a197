"""A country's army printed with its country is listed (tests/corpus/README.md: "the Malian army",
"quân đội Việt Nam", "Israel's military"): also "the <Demonym> military" followed by a verb's
past form ("the Malian military launched ..."), where "military" is the noun, and in
Vietnamese the army of a country written with a one-syllable name ("quân đội Pháp", "quân đội
Mỹ"), which countries.yaml leaves out but a state's noun before it makes the country. Every
sentence is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def _bodies(text: str) -> set[str]:
    return {e.name for e in extract(text).entities.values() if e.kind == "organisation"}


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("A UN statement said the Malian military launched an operation near Gao on Monday.",
                     {"United Nations", "Malian Armed Forces"}, id="en-launched"),
        pytest.param("UN peacekeepers said the Israeli military fired at their post near Naqoura on Monday.",
                     {"United Nations", "Israel Defense Forces"}, id="en-fired"),
        pytest.param("Binh sĩ Liên hợp quốc và quân đội Pháp tuần tra ở miền Bắc Mali hôm thứ Hai.",
                     {"United Nations", "French Armed Forces"}, id="vi-quan-doi-phap"),
        pytest.param("Quân đội Nga và binh sĩ gìn giữ hòa bình Liên hợp quốc có mặt tại Cộng hòa Trung Phi.",
                     {"United Nations", "Russian Armed Forces"}, id="vi-quan-doi-nga"),
    ],
)
def test_army_with_its_country(text, expected):
    assert _bodies(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # guard: the adjective before a noun qualifies the noun, no army
        pytest.param("The Chinese military engineers of the UN mission rebuilt the bridge in Juba.",
                     {"United Nations"}, id="en-adjective-before-noun"),
        # guard: a past participle used as an adjective after an indefinite phrase
        pytest.param("UN officials met Chinese military trained staff in Juba on Monday.",
                     {"United Nations"}, id="en-no-article"),
        # guard: a one-syllable given name in a person's name is no country
        pytest.param("Ông Nguyễn Văn Pháp, sĩ quan Liên hợp quốc, nói rằng quân đội Việt Nam sẵn sàng.",
                     {"United Nations", "People's Army of Vietnam"}, id="vi-given-name"),
    ],
)
def test_guards(text, expected):
    assert _bodies(text) == expected
