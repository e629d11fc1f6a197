"""Phrases that begin with the form of a speech verb but say no words ("kể từ": since, "kể
cả": including) are no cue: the speech verb of the sentence finds its own subject. Every
sentence is written for the test."""
from __future__ import annotations

import pytest

from test_quotes import quotes_of


@pytest.mark.parametrize(
    "paragraph, speaker",
    [
        pytest.param("Đại sứ Nguyễn Văn An, Trưởng phái đoàn Việt Nam tại LHQ hoan nghênh tiến triển ở Sudan và Nam Sudan kể từ năm 2021 và kêu gọi các bên tiếp tục đối thoại.",
                     "Nguyễn Văn An", id="ke-tu"),
        pytest.param("Đại sứ Nguyễn Văn An, Trưởng phái đoàn Việt Nam tại LHQ hoan nghênh tiến triển và các cam kết của mọi bên kể cả Sudan và kêu gọi các bên tiếp tục đối thoại.",
                     "Nguyễn Văn An", id="ke-ca"),
    ],
)
def test_since_and_including_are_no_speech_verb(paragraph, speaker):
    quotes = quotes_of("vi", paragraph)
    assert quotes and quotes[-1].speaker == speaker, quotes
