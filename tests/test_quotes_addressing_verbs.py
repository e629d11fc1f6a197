"""Quotes: the name right after a verb of calling on or asking ("called on", "urged", "kêu gọi",
"yêu cầu") is the one addressed, never the speaker, when the verb's subject before it is a
common noun the text does not name ("The envoys urged Mali to..."): the quote is found, its
speaker is no one (quotes.yaml "addressing_verbs", quotes._addresses_object). Every sentence is
written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


@pytest.mark.parametrize(
    "sentence, addressed",
    [
        pytest.param("The countries called on Sudan and South Sudan to resume talks on the border.", "Sudan",
                     id="en-called-on"),
        pytest.param("The envoys urged Mali to release the detained soldiers.", "Mali", id="en-urged"),
        pytest.param("Several delegations asked Ghana to send more engineers.", "Ghana", id="en-asked"),
        pytest.param("Các nước kêu gọi Sudan và Nam Sudan sớm nối lại đối thoại.", "Sudan", id="vi-keu-goi"),
        pytest.param("Các đại biểu yêu cầu Mali bảo đảm an toàn cho đoàn xe.", "Mali", id="vi-yeu-cau"),
    ],
)
def test_the_one_addressed_does_not_speak(sentence, addressed):
    quotes = extract(sentence, None).quotes
    assert quotes and addressed not in [q.speaker for q in quotes], quotes


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        pytest.param("Ghana urged Mali to release the detained soldiers.", "Ghana", id="en-named-subject"),
        pytest.param("Việt Nam kêu gọi các bên kiềm chế.", "Vietnam", id="vi-named-subject"),
    ],
)
def test_a_named_subject_still_speaks(sentence, speaker):
    quotes = extract(sentence, None).quotes
    assert [q.speaker for q in quotes] == [speaker], quotes


@pytest.mark.parametrize(
    "sentence, owner",
    [
        pytest.param("Đáp ứng yêu cầu của Hội đồng Bảo an, Việt Nam đã cử thêm một đội công binh.", "Security Council",
                     id="vi-dap-ung-yeu-cau-cua"),
        pytest.param("Trước yêu cầu của Mali, Liên hợp quốc quyết định tăng quân.", "Mali", id="vi-truoc-yeu-cau-cua"),
    ],
)
def test_a_noun_of_request_is_no_verb_of_address(sentence, owner):
    # "yêu cầu của X" (X's request): a noun whose complement after "của" is the one asking,
    # not a verb whose object is the one addressed
    quotes = extract(sentence, None).quotes
    assert [q.speaker for q in quotes] == [owner], quotes
