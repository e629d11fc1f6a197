"""Quotes: the overseas Vietnamese press keeps the older spelling of a body's name ("Liên hiệp
Phi Châu", "Liên Hiệp Châu Phi" for the African Union, as "Liên Hiệp Quốc" for the United
Nations); the body so named is the speaker, and no person is made of "Châu Phi"
(organisations.yaml names). Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Liên hiệp Phi Châu cho biết ít nhất 12 binh sĩ của họ đã bị thương.", id="lien-hiep-phi-chau"),
        pytest.param("Liên Hiệp Phi Châu nói rằng căn cứ ở Kutum đã bị tấn công.", id="lien-hiep-capitalised"),
        pytest.param("Liên hiệp Châu Phi thông báo sẽ gửi thêm quân tới Kutum.", id="lien-hiep-chau-phi"),
    ],
)
def test_the_african_union_in_the_older_spelling_speaks(text):
    extraction = extract(text, None)
    assert [q.speaker for q in extraction.quotes] == ["African Union"]
    assert not [e for e in extraction.entities.values() if e.kind == "person"]
