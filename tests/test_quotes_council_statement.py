"""A body's statement given in a sentence of its own goes on speaking for it: "The Council
adopted a presidential statement on Friday ... The presidential statement stressed that"
(quotes.yaml "documents": the Council's kinds of statement, with their adjective, are
documents, so "the presidential statement" is definite and is the statement just given; a
statement read as no one's for the day after it is still its giver's, quotes._document_author).
A lead-in set off by a spaced dash ("16 July 2008 -- The Council ...") leaves the subject
after it opening its clause (quotes._lead_in_end). Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from test_quotes import quotes_of


@pytest.mark.parametrize(
    "paragraphs, says, speaker",
    [
        pytest.param(["The Security Council adopted a presidential statement on Friday.",
                      "Welcoming the UN inquiry, Rita Amadi called on the parties to keep the ceasefire.",
                      "The presidential statement stressed that raids on the wells may be war crimes."],
                     "raids on the wells", "Security Council", id="presidential-statement-after-a-person"),
        pytest.param(["The Security Council issued a press statement on Friday.",
                      "Welcoming the UN inquiry, Rita Amadi called on the parties to keep the ceasefire.",
                      "The press statement said that raids on the wells may be war crimes."],
                     "raids on the wells", "Security Council", id="press-statement-after-a-person"),
        pytest.param(["The Security Council adopted a statement on Friday condemning the raid, calling it \"a cowardly act\".",
                      "Welcoming the UN inquiry, Rita Amadi called on the parties to keep the ceasefire.",
                      "The statement stressed that raids on the wells may be war crimes."],
                     "raids on the wells", "Security Council", id="statement-given-in-a-quote"),
        # near miss: a report of no one named, with the day after it
        pytest.param(["UNICEF workers reached Goma on Monday.",
                      "According to a report on Sunday, the camps were full."],
                     "camps were full", "", id="report-on-a-day-of-no-one"),
    ],
)
def test_the_statement_just_given_speaks_for_its_giver(paragraphs, says, speaker):
    assert [q.speaker for q in quotes_of("en", *paragraphs)
            if says in q.sentence] == [speaker]


@pytest.mark.parametrize(
    "paragraphs, says, speaker",
    [
        pytest.param(["1 March 2019", "4 February 2019 -- The Security Council adopted a statement condemning the raid, "
                      "calling it \"a cowardly act against the people of Gao\"."], "cowardly act", "Security Council",
                     id="date-lead-in"),
        pytest.param(["1 March 2019", "Monday \u2014 UNMISS visited the camp, saying \"the wells of the camp are dry\"."],
                     "wells of the camp", "UNMISS", id="day-lead-in-long-dash"),
        # near miss: a name before the dash opens an apposition, not a lead-in
        pytest.param(["1 March 2019", "Rita Amadi -- head of the mission -- visited the camp, saying \"the wells of the "
                      "camp are dry\"."], "wells of the camp", "Rita Amadi", id="apposition-between-dashes"),
    ],
)
def test_a_lead_in_before_a_dash_leaves_the_subject_opening_its_clause(paragraphs, says, speaker):
    assert [q.speaker for q in quotes_of("en", *paragraphs) if says in q.sentence] == [speaker]
