"""Quotes: "the military" (English) and "quân đội" (Vietnamese) standing alone for the army
named before speak as that army, as "the army", "l'armée" and "el ejército" do (quotes.yaml
"body_references"); a source of the army ("a military source", "nguồn tin quân đội", the
Vietnamese noun joined to the body with no link word) stays no one, and so does "the military"
owning a press office ("the military's media wing"): the office speaks. Every sentence here is
written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def speakers_of(text: str) -> list[str]:
    return [q.speaker for q in extract(text, None).quotes]


@pytest.mark.parametrize(
    "text, speakers",
    [
        pytest.param("The IDF said its soldiers fired warning shots near the post. The military added that it was not "
                     "targeting the peacekeepers.", ["Israel Defense Forces", "Israel Defense Forces"], id="en"),
        pytest.param("Quân đội Israel cho biết binh sĩ đã bắn cảnh cáo gần vị trí. Quân đội khẳng định không nhắm vào lực "
                     "lượng gìn giữ hòa bình.", ["Israel Defense Forces", "Israel Defense Forces"], id="vi"),
        pytest.param("L'armée israélienne a indiqué que ses soldats avaient tiré des coups de semonce. L'armée a ajouté "
                     "qu'elle ne visait pas les Casques bleus.", ["Israel Defense Forces", "Israel Defense Forces"], id="fr"),
    ],
)
def test_the_military_speaks_as_the_army_named_before(text, speakers):
    assert speakers_of(text) == speakers


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The IDF said its soldiers fired warning shots. A military source said the base was hit twice.", id="en"),
        pytest.param("Quân đội Israel cho biết binh sĩ đã bắn cảnh cáo. Nguồn tin quân đội cho biết căn cứ bị trúng hai lần.",
                     id="vi"),
        pytest.param("Quân đội Israel cho biết binh sĩ đã bắn cảnh cáo. Nguồn tin quân đội Israel cho biết căn cứ bị trúng "
                     "hai lần.", id="vi-army-named"),
    ],
)
def test_a_source_of_the_army_is_no_one(text):
    assert speakers_of(text) == ["Israel Defense Forces", ""]



@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The Pakistan Army said two posts were shelled, citing Inter-Services Public Relations (ISPR). According "
                     "to the military's media wing, a convoy came under fire near the border.", id="en-media-wing"),
        pytest.param("The Pakistan Army said two posts were shelled, citing Inter-Services Public Relations (ISPR). The "
                     "military's press service said a convoy came under fire near the border.", id="en-press-service"),
    ],
)
def test_the_military_owning_a_press_office_does_not_speak_itself(text):
    assert speakers_of(text)[-1] == "Inter-Services Public Relations"
