"""Quotes: words that look like speech and are not.

- English present forms of speech verbs that are plural nouns too ("member states", "the
  notes", "its claims") report only with a clause or a quotation after them; so do "pledged"
  (resources committed: "pledged to send engineers", "pledged 850 troops") and "cited" (what
  is put forward).
- "held that", "holds that" give a view with its clause: the subject speaks ("held a
  meeting", "held that post" say nothing).

Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract

TITLE = "Pledges for the peacekeeping ministerial"
LEAD = "Ministers met in the capital on Monday to discuss the needs of the missions in the field."


def quotes_of(*paragraphs: str):
    return extract("\n\n".join([TITLE, LEAD, *paragraphs]), None).quotes


@pytest.mark.parametrize(
    "paragraph",
    [
        pytest.param("To that end, twelve UN member states pledged to send engineers, while nine cited their training programmes.",
                     id="en-member-states-pledged-cited"),
        pytest.param("Partnerships, through training in troop and police contributing countries, have been a key commitment of many Member States.",
                     id="en-member-states-at-end"),
        pytest.param("Brazil pledged helicopters and field hospitals for the missions.", id="en-pledged-resources"),
        pytest.param("Kenya pledged to send two hundred engineers to the mission next year.", id="en-pledged-to-act"),
        pytest.param("The Netherlands cited its training programmes for police units.", id="en-cited-object"),
        pytest.param("The United Nations thanked all member states, including the smallest contributors, for the troops.",
                     id="en-un-member-states-including"),
    ],
)
def test_no_speech_in_nouns_and_pledges(paragraph):
    assert quotes_of(paragraph) == []


@pytest.mark.parametrize(
    "paragraph, speaker",
    [
        pytest.param("Maria Kowalska held that next year the UN would need more engineers from UN member states.",
                     "Maria Kowalska", id="en-held-that"),
        pytest.param("The envoy Maria Kowalska holds that the roads of the north must reopen before the rains.",
                     "Maria Kowalska", id="en-holds-that"),
    ],
)
def test_held_that_reports_its_subject(paragraph, speaker):
    assert [q.speaker for q in quotes_of(paragraph)] == [speaker]


@pytest.mark.parametrize(
    "paragraph, speaker",
    [
        # still speech: a clause or a quotation after the verb
        pytest.param("The mission states that the road to the north is open again.", "", id="en-states-that"),
        pytest.param("Maria Kowalska pledged that the wells of the camp would be repaired.", "Maria Kowalska",
                     id="en-pledged-that"),
        pytest.param("Maria Kowalska notes that the camp holds four thousand people.", "Maria Kowalska",
                     id="en-notes-that"),
    ],
)
def test_the_same_verbs_with_a_clause_still_report(paragraph, speaker):
    assert [q.speaker for q in quotes_of(paragraph)] == [speaker]


def test_held_that_post_says_nothing():
    assert quotes_of("Maria Kowalska, who held that post until last year, visited the camp in the north.") == []


@pytest.mark.parametrize(
    "text, speakers",
    [
        pytest.param("HÀ NỘI - Đại tá Nguyễn Văn Lực đã trả lời phỏng vấn về ý nghĩa chuyến công tác của đơn vị.", [],
                     id="vi-interview-about"),
        pytest.param("HÀ NỘI - Trung tá Trần Thị Mai trả lời phỏng vấn về nhiệm vụ của bệnh viện dã chiến.", [],
                     id="vi-interview-about-present"),
        pytest.param("HÀ NỘI - Trả lời phỏng vấn báo chí, Đại tá Nguyễn Văn Lực cho biết đơn vị sẽ lên đường vào tháng tới.",
                     ["Nguyễn Văn Lực"], id="vi-interview-then-verb"),
        pytest.param("HÀ NỘI - Đại tá Nguyễn Văn Lực trả lời phỏng vấn rằng đơn vị sẽ lên đường vào tháng tới.",
                     ["Nguyễn Văn Lực"], id="vi-interview-clause"),
    ],
)
def test_an_interview_about_something_says_nothing(text, speakers):
    """"X trả lời phỏng vấn về ..." (gave an interview about ...) tells that an interview was
    given, no words of it; a clause or a speech verb after it still reports."""
    assert [q.speaker for q in extract(text, None).quotes] == speakers
