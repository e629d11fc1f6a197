"""Quotes: a speech verb that reports only with what was said (quotes.yaml
verbs_needing_complement: "chia sẻ", "kể", "réaffirme", "notes") reports the quotation closed
before it when only its own subject stands between ("\u201c...\u201d, anh chia sẻ.", "\"...,\" she
notes.") and the verb closes its sentence. A verb with an object after it ("anh viết bài thơ
ấy") makes a thing, and no quote comes of it. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from quotecases import speakers_of


@pytest.mark.parametrize(
    "language, text, says, speaker",
    [
        pytest.param("vi", "Trung tá Đỗ Văn Hải làm nhiệm vụ ở Bentiu.\n\n"
                           "\"Mùa mưa đường ngập, xe phải đi vòng rất xa\", anh chia sẻ.",
                     "xe phải đi vòng", "Đỗ Văn Hải", id="vi-pronoun-shares"),
        pytest.param("fr", "M. Paul Ekanga, le maire de Bunia, a visité le camp lundi.\n\n"
                           "\u00ab La route du camp est rouverte \u00bb, il réaffirme.",
                     "La route du camp est rouverte", "Paul Ekanga", id="fr-pronoun-restates"),
        pytest.param("en", "Jane Roe, the mission's spokeswoman, visited the camp on Monday.\n\n"
                           "\"The road to the camp is open again,\" she notes.",
                     "open again", "Jane Roe", id="en-pronoun-notes"),
    ],
)
def test_the_quotation_before_the_subject_is_what_was_told(language, text, says, speaker):
    assert speakers_of(language, text, says) == [speaker]


@pytest.mark.parametrize(
    "language, text, says",
    [
        # a title in marks, then the verb with its object: a poem written, no words told
        pytest.param("vi", "Trung tá Đỗ Văn Hải làm nhiệm vụ ở Bentiu.\n\n"
                           "Bài thơ \"Ngày về\", anh viết năm 2019 ở Bentiu.", "anh viết năm 2019", id="vi-object-after-verb"),
        # the verb goes on past its object: the stance, no words
        pytest.param("en", "Jane Roe, the mission's spokeswoman, visited the camp on Monday.\n\n"
                           "The film \"Blue Line\", she notes in her diary, opens on Friday.", "opens on Friday", id="en-verb-not-closing"),
        # the verb's form after a plural determiner or a number is a noun: a name in marks, no words told
        pytest.param("en", "Jane Roe, the mission's spokeswoman, visited the camp on Monday.\n\n"
                           "The guide is called \"Safe Roads\", and it has many notes.", "Safe Roads", id="en-noun-after-many"),
        pytest.param("en", "Jane Roe, the mission's spokeswoman, visited the camp on Monday.\n\n"
                           "The map, \"Blue Line East\", carries two notes.", "Blue Line East", id="en-noun-after-number"),
        # a relative clause of its own after the quotation: its subject is no speaker of the words
        pytest.param("en", "Jane Roe, the mission's spokeswoman, visited the camp on Monday.\n\n"
                           "He left the file marked \"Secret\", which the minister notes.", "Secret", id="en-relative-clause"),
        # no comma by the closing mark: the quotation is a name inside the clause ("the gift he shares")
        pytest.param("vi", "Trung tá Đỗ Văn Hải làm nhiệm vụ ở Bentiu.\n\n"
                           "Cuốn sách \"Ngày về\" là món quà anh chia sẻ.", "món quà", id="vi-no-comma-name"),
    ],
)
def test_a_verb_not_closing_its_sentence_reports_nothing(language, text, says):
    assert speakers_of(language, text, says) == []
