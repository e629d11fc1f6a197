"""A national body followed by the words a language's press uses for its own country ("Bộ
Quốc phòng nước ta", our country's defence ministry) is that country's body, even where
another country's namesake is named beside it (reference/generic_names.yaml
"own_country_words" and "home_languages"). Every sentence is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


@pytest.mark.parametrize(
    "text, bodies",
    [
        pytest.param("Chiều 06/9, tại Seoul, đại diện Bộ Quốc phòng Hàn Quốc đã tiếp đoàn công tác của Bộ Quốc "
                     "phòng nước ta do Thượng tướng Trần Văn Nam dẫn đầu.",
                     {"ministry-of-defence-of-south-korea", "ministry-of-defence-of-vietnam"}, id="vi-beside-korea"),
        pytest.param("Sáng 7/10, tại Tokyo, Bộ Ngoại giao Nhật Bản và Bộ Ngoại giao nước ta đã ký biên bản ghi nhớ.",
                     {"ministry-of-foreign-affairs-of-japan", "ministry-of-foreign-affairs-of-vietnam"},
                     id="vi-beside-japan"),
    ],
)
def test_a_body_of_our_country_is_the_home_countrys(text, bodies):
    assert bodies <= set(extract(text).fields["actors"])


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Việt Nam cử thêm một đơn vị công binh. Sáng 5/3, tại Hà Nội, Bộ Quốc phòng tổ chức lễ xuất quân "
                     "cho đơn vị lên đường làm nhiệm vụ tại Nam Sudan.", id="vi-sent-to-south-sudan"),
        pytest.param("Việt Nam tiếp tục tham gia gìn giữ hòa bình. Bộ Quốc phòng vừa trao quyết định cho ba sĩ quan "
                     "sẽ làm việc tại Cộng hòa Trung Phi và Nam Sudan.", id="vi-sent-to-two-countries"),
    ],
)
def test_a_bare_body_in_a_one_country_language_is_that_countrys_whatever_place_its_people_go(text):
    """The Vietnamese press prints another country's ministry with its country ("Bộ Quốc
    phòng Pháp"): a bare one, under no dateline, in an article naming Vietnam, is Vietnam's,
    also in a sentence that names the country its troops are sent to."""
    actors = set(extract(text).fields["actors"])
    assert "ministry-of-defence-of-vietnam" in actors, actors
    assert "ministry-of-defence" not in actors, actors


@pytest.mark.parametrize(
    "text, actors_in, actors_out",
    [
        pytest.param("Bộ Quốc phòng Pháp cho biết hai binh sĩ bị thương tại Mali. Bộ Quốc phòng cũng cho biết đoàn xe "
                     "đã về căn cứ.", {"ministry-of-defence-of-france"}, {"ministry-of-defence-of-vietnam"},
                     id="vi-tied-to-another-country"),
        pytest.param("Theo Bộ Quốc phòng, các giếng nước của trại ở Mali đã cạn.", {"ministry-of-defence"},
                     {"ministry-of-defence-of-vietnam", "ministry-of-defence-of-mali"}, id="vi-vietnam-not-named"),
        pytest.param("Le ministère de la Défense a organisé le départ des soldats pour le Soudan du Sud.",
                     {"ministry-of-defence"}, {"ministry-of-defence-of-south-sudan", "ministry-of-defence-of-france"},
                     id="fr-language-of-many-countries"),
    ],
)
def test_a_bare_body_elsewhere_keeps_the_usual_ties(text, actors_in, actors_out):
    actors = set(extract(text).fields["actors"])
    assert actors_in <= actors and not actors & actors_out, actors


@pytest.mark.parametrize(
    "text, found, not_found",
    [
        pytest.param("Thượng tướng Trần Văn Nam, Thứ trưởng Bộ Quốc phòng, trao quyết định cho hai sĩ quan Việt Nam.",
                     set(), {"ministry-of-defence-of-vietnam", "ministry-of-defence"}, id="vi-deputy-minister"),
        pytest.param("Bộ trưởng Bộ Ngoại giao Lê Văn Bình tiếp đại sứ Việt Nam tại Liên hợp quốc.",
                     set(), {"ministry-of-foreign-affairs-of-vietnam", "ministry-of-foreign-affairs"}, id="vi-minister"),
        pytest.param("Đoàn công tác của Bộ Quốc phòng Việt Nam đã thăm các sĩ quan.",
                     {"ministry-of-defence-of-vietnam"}, set(), id="vi-body-after-no-title"),
    ],
)
def test_a_ministers_title_names_no_ministry(text, found, not_found):
    """"Thứ trưởng Bộ Quốc phòng" is a deputy minister's title (the Deputy Minister of
    National Defence): the ministry it holds is no mention of the ministry
    (tests/corpus/README.md); a ministry after any other word is one."""
    actors = set(extract(text).fields["actors"])
    assert found <= actors and not actors & not_found, actors
