"""Speakers sharing one speech verb ("Italy and Ireland said", "la France et l'Irlande ont
déclaré", "Italia e Irlanda afirmaron", "Italy và Ireland cho biết"): one quote for each, as
a quote names one speaker (tests/corpus/README.md: a quote's `speaker` is one name of the
article). A list that is the complement of a noun ("Leaders from France, Italy and Spain")
names no speaker of its own. Every sentence is written for the test."""
from __future__ import annotations

import pytest

from test_quotes import quotes_of


@pytest.mark.parametrize(
    "language, paragraph, speakers",
    [
        pytest.param("en", "Italy and Ireland said the attacks on the peacekeepers were unacceptable.", ["Italy", "Ireland"], id="en-two-countries"),
        pytest.param("en", "France, Italy and Spain said the attacks on the peacekeepers were unacceptable.", ["France", "Italy", "Spain"], id="en-list"),
        pytest.param("en", "Maria Kowalska and UNMISS said the road to Bor was closed.", ["Maria Kowalska", "UNMISS"], id="en-person-and-mission"),
        pytest.param("fr", "La France et l'Irlande ont déclaré que les attaques contre les Casques bleus étaient inacceptables.",
                     ["France", "Ireland"], id="fr-et"),
        pytest.param("es", "Italia e Irlanda afirmaron que los ataques contra los cascos azules eran inaceptables.", ["Italy", "Ireland"], id="es-e"),
        pytest.param("vi", "Italy và Ireland cho biết các cuộc tấn công nhằm vào lực lượng gìn giữ hòa bình là không thể chấp nhận.",
                     ["Italy", "Ireland"], id="vi-va"),
    ],
)
def test_each_joint_speaker_speaks(language, paragraph, speakers):
    quotes = quotes_of(language, paragraph)
    assert [q.speaker for q in quotes] == speakers, quotes
    assert {q.sentence for q in quotes} == {paragraph}


@pytest.mark.parametrize(
    "language, paragraph",
    [
        pytest.param("en", "Leaders from France, Italy and Spain said the attacks were unacceptable.", id="en-complement-of-noun"),
        pytest.param("en", "UNMISS said Italy and Ireland had sent engineers to Bor.", id="en-list-after-verb"),
    ],
)
def test_a_list_that_is_no_subject_adds_no_speaker(language, paragraph):
    assert len(quotes_of(language, paragraph)) == 1
