"""The one accused or blamed after a verb of accusation ("accused MONUSCO troops of...",
"blamed the militia for...", "ont accusé la MINUSCA de...", "cáo buộc binh sĩ MONUSCO...") is
its object, never its speaker: with an unnamed subject before the verb ("Protesters", "Des
manifestants", "những người biểu tình") the text names no one who spoke (tests/corpus/README.md:
`""`). Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def speakers(text: str) -> list[str]:
    return [q.speaker for q in extract(text, None).quotes]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Protesters in Goma accused MONUSCO troops of firing on the crowd.", id="en-accused"),
        pytest.param("Residents of Bria blamed MINUSCA for the delay in the patrols.", id="en-blamed"),
        pytest.param("Des manifestants ont accusé la MONUSCO de tirer sur la foule à Goma.", id="fr-ont-accuse"),
        pytest.param("Những người biểu tình cáo buộc binh sĩ MONUSCO bắn vào đám đông ở Goma.", id="vi-cao-buoc"),
        pytest.param("Nhiều người dân đổ lỗi cho MINUSCA về sự chậm trễ của các cuộc tuần tra.", id="vi-do-loi-cho"),
    ],
)
def test_the_one_accused_does_not_speak(text):
    assert speakers(text) == [""]


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("Paul Durand accused MONUSCO troops of firing on the crowd.", "Paul Durand", id="en-named-accuser"),
        pytest.param("Le gouvernement malien a accusé la MINUSMA de partialité.", "Mali", id="fr-country-accuser"),
        pytest.param("Ông Paul Durand cáo buộc binh sĩ MONUSCO bắn vào đám đông.", "Paul Durand", id="vi-named-accuser"),
    ],
)
def test_the_accuser_named_before_speaks(text, speaker):
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        # "accused" as a noun after its article: no one speaks
        pytest.param("The accused were driven to the court in Juba on Monday.", id="en-the-accused-noun"),
    ],
)
def test_the_noun_accused_is_no_speech(text):
    assert speakers(text) == []
