"""A body of megabytes (a dump, a feed saved as one file) is read for actors, events and quotes
up to extract.READ_LIMIT characters, cut at a sentence end; the body written stays whole."""
from __future__ import annotations

import pytest

from newsdossier import extract as extract_module
from newsdossier.extract import extract, read_within

# (paragraphs, limit, the paragraphs read, characters unread)
CASES = {
    "under the limit: whole": (["One two.", "Three four."], 50, ["One two.", "Three four."], 0),
    "exactly at the limit: whole": (["abcde", "fghij"], 10, ["abcde", "fghij"], 0),
    "cut at the last sentence end": (["First one. Second one. Third one goes on"], 30,
                                     ["First one. Second one."], 18),
    "no sentence end: cut at the last space": (["words and more words without any end"], 20,
                                               ["words and more"], 22),
    "one unbroken word: cut at the limit": (["x" * 40], 15, ["x" * 15], 25),
    "paragraphs after the crossing one are counted unread": (["Short.", "A second one. Then more here.", "Third."], 20,
                                                              ["Short.", "A second one."], 16 + 6),
    "a paragraph left wholly unread is not read as empty": (["Twelve chars", "Next one. More."], 12, ["Twelve chars"], 15),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_read_within(case):
    paragraphs, limit, read, unread = CASES[case]
    assert read_within(paragraphs, limit) == (read, unread)


def test_characters_read_and_unread_add_up_to_the_body():
    paragraphs = ["Peacekeepers arrived in Juba on 3 March 2021. " * 30, "The mission said so. " * 10]
    read, unread = read_within(paragraphs, 700)
    assert len(read) == 1 and read[0].endswith(".")
    assert 0 < len(read[0]) <= 700
    assert len(read[0]) + unread == sum(map(len, paragraphs))


def _long_text(sentences: int) -> str:
    body = " ".join(f"Peacekeepers patrolled the town on day {i} of the operation." for i in range(sentences))
    return f"Peacekeepers patrol\n\n{body}\n\nIn Bamako, Antonio Guterres met the mission's staff on 5 May 2021."


@pytest.fixture
def small_limit(monkeypatch):
    monkeypatch.setattr(extract_module, "READ_LIMIT", 2_000)
    return 2_000


def test_a_body_past_the_limit_is_written_whole_and_read_in_part(small_limit):
    text = _long_text(60)
    extraction = extract(text)
    assert extraction.unread > 0
    assert extraction.body[-1].startswith("In Bamako")  # written whole
    people = {f.name for f in extraction.entities.values() if f.kind == "person"}
    assert "Antonio Guterres" not in people  # named past the limit: not read


def test_a_body_within_the_limit_is_read_whole(small_limit):
    extraction = extract(_long_text(5))
    assert extraction.unread == 0
    assert "Antonio Guterres" in {f.name for f in extraction.entities.values() if f.kind == "person"}
