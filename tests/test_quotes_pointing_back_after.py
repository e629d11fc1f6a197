"""Quotes: a speech verb whose object only points back to what the sentence before said ("Ba
lính bị thương. Đại tá X cho biết thông tin trên", "Three peacekeepers were wounded. Colonel X
confirmed the information", "X a confirmé cette information", "X confirmó esta información"):
the sentence before, in the same paragraph, holds the speaker's words and is their reported
quote; the pointing sentence is not one of its own unless it reports more. A sentence in
another paragraph is not pointed back to. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def quotes_of(text: str) -> list[tuple[str, str]]:
    return [(q.speaker, q.sentence) for q in extract(text, None).quotes]


@pytest.mark.parametrize(
    "text, speaker, said",
    [
        pytest.param("GOMA - Three peacekeepers were wounded in the attack near the bridge. Colonel Ray Dufour confirmed the information on Monday.",
                     "Ray Dufour", "Three peacekeepers were wounded in the attack near the bridge.", id="en"),
        pytest.param("BAMAKO - Trois casques bleus ont été blessés dans l'attaque près du pont. Le colonel Paul Dufour a confirmé cette information lundi.",
                     "Paul Dufour", "Trois casques bleus ont été blessés dans l'attaque près du pont.", id="fr"),
        pytest.param("LIMA - Tres cascos azules resultaron heridos en el ataque cerca del puente. El coronel Pedro Ramírez confirmó esta información el lunes.",
                     "Pedro Ramírez", "Tres cascos azules resultaron heridos en el ataque cerca del puente.", id="es"),
        pytest.param("HÀ NỘI - Ba binh sĩ gìn giữ hòa bình bị thương trong vụ tấn công gần cây cầu. Đại tá Nguyễn Văn Lực cho biết thông tin trên.",
                     "Nguyễn Văn Lực", "Ba binh sĩ gìn giữ hòa bình bị thương trong vụ tấn công gần cây cầu.", id="vi"),
    ],
)
def test_the_sentence_pointed_back_to_is_the_quote(text, speaker, said):
    assert quotes_of(text) == [(speaker, said)]


def test_a_sentence_of_another_paragraph_is_not_pointed_back_to():
    text = ("GOMA - Three peacekeepers were wounded in the attack near the bridge.\n\n"
            "Colonel Ray Dufour confirmed the information on Monday.")
    assert all(sentence != "Three peacekeepers were wounded in the attack near the bridge." for _s, sentence in quotes_of(text))
