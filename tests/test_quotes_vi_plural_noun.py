"""A Vietnamese speech verb of two syllables used as a noun: a plural marker before it and the
link of a noun's complement after it ("các yêu cầu của Liên hợp quốc", the UN's
requirements) report nothing, as an article before a one-word verb does in the other
languages. Every sentence is written for the test."""
from __future__ import annotations

import pytest

from test_quotes import quotes_of


@pytest.mark.parametrize(
    "paragraph, speakers",
    [
        pytest.param("Cục Gìn giữ hòa bình đã tổ chức các khóa huấn luyện nhằm đáp ứng các yêu cầu của Liên hợp quốc.",
                     [], id="cac-yeu-cau-cua"),
        pytest.param("Đơn vị đã hoàn thành tốt những yêu cầu của Phái bộ UNMISS trong năm qua.",
                     [], id="nhung-yeu-cau-cua"),
        pytest.param("Bệnh viện đã tiếp nhận các đề nghị của chính quyền địa phương về khám chữa bệnh.",
                     [], id="cac-de-nghi-cua"),
        pytest.param("Liên hợp quốc đã đáp ứng mọi đề nghị của Bộ Quốc phòng trong năm qua.",
                     [], id="moi-de-nghi-cua"),
        # near misses: the same word as a verb after its subject, and a speech verb before the noun
        pytest.param("Bộ Quốc phòng yêu cầu các sĩ quan giữ nghiêm kỷ luật.",
                     ["Ministry of Defence of Vietnam"], id="verb-after-subject"),
        pytest.param("Liên hợp quốc cho biết các yêu cầu của phái bộ đã được đáp ứng.",
                     ["United Nations"], id="speech-verb-before-the-noun"),
    ],
)
def test_a_two_syllable_speech_verb_after_a_plural_marker_is_a_noun(paragraph, speakers):
    assert [q.speaker for q in quotes_of("vi", paragraph)] == speakers
