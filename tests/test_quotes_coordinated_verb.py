"""A speech verb right after a coordinating word ("visited the camp and said", "hoan nghênh...
và kêu gọi") shares the subject opening the clause, not a name of the first verb's phrase or
of the subject's apposition ("X, head of the UN mission in Mali, visited the camp and said":
X speaks, not the mission). Every sentence is written for the test."""
from __future__ import annotations

import pytest

from test_quotes import quotes_of


@pytest.mark.parametrize(
    "language, paragraph, speaker",
    [
        pytest.param("en", "Maria Kowalska, head of the UN mission in Mali, visited the camp and said the wells were dry.",
                     "Maria Kowalska", id="en-apposition-body"),
        pytest.param("en", "Maria Kowalska welcomed the talks between Sudan and South Sudan and called on both sides to keep the ceasefire.",
                     "Maria Kowalska", id="en-countries-in-first-verb-phrase"),
        pytest.param("en", "UNMISS received the governor of Jonglei on Monday and has also said that the road to Bor was open.",
                     "UNMISS", id="en-person-in-first-verb-phrase"),
        pytest.param("vi", "Đại sứ Nguyễn Văn An, Trưởng phái đoàn Việt Nam tại LHQ hoan nghênh tiến triển này và kêu gọi các bên tiếp tục đối thoại.",
                     "Nguyễn Văn An", id="vi-apposition-body"),
    ],
)
def test_a_coordinated_speech_verb_shares_the_clause_subject(language, paragraph, speaker):
    quotes = quotes_of(language, paragraph)
    assert quotes and quotes[-1].speaker == speaker, quotes


@pytest.mark.parametrize(
    "language, paragraph, speaker",
    [
        # a subject of its own after the coordinating word speaks
        pytest.param("en", "Maria Kowalska visited the camp on Monday and UNMISS said the wells were dry.", "UNMISS", id="en-own-subject"),
        pytest.param("fr", "Jean Moreau a visité le camp lundi et la Minusma a indiqué que les puits étaient à sec.", "MINUSMA", id="fr-own-subject"),
    ],
)
def test_a_subject_after_the_coordinating_word_speaks(language, paragraph, speaker):
    quotes = quotes_of(language, paragraph)
    assert quotes and quotes[-1].speaker == speaker, quotes


def test_a_name_owning_the_subject_is_not_the_subject():
    quotes = quotes_of("en", "On Monday, Ghana's defence ministry praised the engineers and also said that the road to Bor was open.")
    assert quotes and quotes[-1].speaker != "Ghana", quotes


@pytest.mark.parametrize(
    "paragraphs, speaker",
    [
        pytest.param(["UNMISS spokesman Karim Haddad spoke on Monday.",
                      "The UNMISS spokesperson also visited the camp, and said that \"the wells are dry\"."],
                     "Karim Haddad", id="en-body-title-named-before"),
        # near miss: no one holds the title, the body speaks through it
        pytest.param(["UNMISS said the camp was calm on Monday.",
                      "The UNMISS spokesperson also visited the camp, and said that \"the wells are dry\"."],
                     "UNMISS", id="en-body-title-unheld"),
    ],
)
def test_a_body_title_opening_a_coordinated_clause_is_its_holder(paragraphs, speaker):
    assert quotes_of("en", *paragraphs)[-1].speaker == speaker
