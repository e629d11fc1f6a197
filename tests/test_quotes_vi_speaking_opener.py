"""Quotes, Vietnamese: a sentence opening on a speech verb in a phrase a comma closes
("Phát biểu tại buổi lễ, X ...": speaking at the ceremony, X ...) tells where X spoke, not
what: it reports words only where its main clause does ("..., X cho biết ...", "..., X đề nghị
...", "X nói: “...”"), not where that clause tells an act ("..., X trao quyết định cho 7 sĩ
quan": handed decisions) or a courtesy with nothing said ("..., X chúc mừng các sĩ quan",
"..., X cảm ơn các chiến sĩ": tests/corpus/README.md, congratulations and thanks are reported
speech only when what was said is given), as "Speaking at the ceremony, X handed medals"
reports nothing. "X chúc mừng ..." alone is such a courtesy too. Every sentence here is written
for these tests."""
from __future__ import annotations

import pytest

from test_quotes import quotes_of


@pytest.mark.parametrize(
    "paragraph",
    [
        pytest.param("Phát biểu tại buổi lễ, Thượng tướng Nguyễn Văn Lực trao quyết định cho 7 sĩ quan.", id="act"),
        pytest.param("Phát biểu tại buổi lễ, Thượng tướng Nguyễn Văn Lực chúc mừng 4 sĩ quan đã hoàn thành tốt nhiệm vụ.",
                     id="congratulations"),
        pytest.param("Phát biểu tại buổi lễ, Đại tá Nguyễn Văn Thành cảm ơn các chiến sĩ của đơn vị.", id="thanks"),
        pytest.param("Thượng tướng Nguyễn Văn Lực chúc mừng 4 sĩ quan đã hoàn thành tốt nhiệm vụ.", id="congratulations-alone"),
    ],
)
def test_speaking_somewhere_then_an_act_is_no_quote(paragraph):
    assert quotes_of("vi", paragraph) == []


@pytest.mark.parametrize(
    "paragraph, kind",
    [
        pytest.param("Phát biểu tại buổi lễ, Thượng tướng Nguyễn Văn Lực cho rằng các sĩ quan đã hoàn thành tốt nhiệm vụ.",
                     "reported", id="cho-rang"),
        pytest.param("Phát biểu tại buổi lễ, Thượng tướng Nguyễn Văn Lực đề nghị các sĩ quan giữ gìn kỷ luật.", "reported", id="de-nghi"),
        pytest.param("Phát biểu tại buổi lễ, Thượng tướng Nguyễn Văn Lực chúc mừng các sĩ quan và nhấn mạnh họ cần giữ gìn kỷ luật.",
                     "reported", id="congratulations-then-words"),
        pytest.param("Phát biểu tại buổi lễ, Thượng tướng Nguyễn Văn Lực nói: \u201cCác đồng chí đã làm rạng danh đất nước\u201d.",
                     "direct", id="quoted"),
        pytest.param("Thượng tướng Nguyễn Văn Lực chúc mừng các sĩ quan: \u201cCác đồng chí đã làm rạng danh đất nước\u201d.",
                     "direct", id="congratulations-quoted"),
    ],
)
def test_speaking_somewhere_then_words_said_is_a_quote(paragraph, kind):
    assert [(q.speaker, q.kind) for q in quotes_of("vi", paragraph)] == [("Nguyễn Văn Lực", kind)]
