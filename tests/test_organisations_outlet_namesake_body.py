"""A news outlet named after a body shares its words ("Quân đội nhân dân", the army's
newspaper; "Công an nhân dân", the police's): right after a word for the members of a
uniformed body (vocabulary "uniformed_member_words": "sĩ quan", "cán bộ", "lực lượng") the
words name the body the outlet is named after (sources.yaml "namesake"), not the outlet; cited
as a paper ("theo báo ...") they stay the outlet. Vietnam's police printed with its country
("Công an nhân dân Việt Nam") is the listed national police. Every sentence is written for
these tests."""
from __future__ import annotations

import pytest

from actorcases import actors_of


@pytest.mark.parametrize(
    "text, body",
    [
        pytest.param("Trung tá Hoàng Văn Nam là sĩ quan Công an nhân dân đầu tiên làm việc tại trụ sở.",
                     "Vietnam People's Public Security", id="officer-police"),
        pytest.param("Hai cán bộ Công an nhân dân đã lên đường sang Nam Sudan.",
                     "Vietnam People's Public Security", id="cadres-police"),
        pytest.param("Các sĩ quan Quân đội nhân dân đã hoàn thành nhiệm vụ tại Abyei.",
                     "People's Army of Vietnam", id="officers-army"),
        pytest.param("Lực lượng Công an nhân dân Việt Nam sẵn sàng tham gia nhiệm vụ quốc tế.",
                     "Vietnam People's Public Security", id="with-country"),
    ],
)
def test_outlet_words_after_a_members_word_name_the_body(text, body):
    assert actors_of(text)[1] == [body]


@pytest.mark.parametrize(
    "text, outlet",
    [
        pytest.param("Theo báo Quân đội nhân dân, đơn vị đã lên đường hôm qua.", "Quân đội nhân dân", id="army-paper"),
        pytest.param("Bài viết đăng trên Công an nhân dân hôm thứ Hai.", "Công an nhân dân", id="police-paper"),
    ],
)
def test_outlet_words_cited_as_a_paper_stay_the_outlet(text, outlet):
    assert actors_of(text)[1] == [outlet]
