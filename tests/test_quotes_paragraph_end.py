"""Quotes: a quotation its page leaves open at a paragraph's end goes on into the next
paragraph only when that paragraph opens with a quotation mark, as news writing reopens a
quotation running over paragraphs; otherwise the next paragraphs are quotes of their own.
Every sentence here is written for these tests."""
from __future__ import annotations

from newsdossier.extract import extract


def quotes_of(text: str) -> list[tuple[str, str]]:
    return [(q.speaker, q.sentence) for q in extract(text, None).quotes]


def test_an_unclosed_quotation_stops_at_its_paragraph():
    text = ("La jefa de la misión, Marta Oyono, ha subrayado que “ningún civil debe pagar por esta guerra, según un "
            "comunicado.\n\nPor su parte, el portavoz de la ONU, Luis Paredes, ha dicho que la misión seguirá en la zona.")
    assert [speaker for speaker, _ in quotes_of(text)] == ["Marta Oyono", "Luis Paredes"]


def test_a_quotation_reopened_in_the_next_paragraph_goes_on():
    text = ("UNIFIL said a patrol was stopped near the village on Monday. \"The crowd blocked the road for an hour. "
            "They threw stones at the vehicles.\n\n\"The peacekeepers moved back to their base without firing,\" it said.")
    quotes = quotes_of(text)
    assert [speaker for speaker, _ in quotes] == ["UNIFIL", "UNIFIL"]
    assert "The crowd blocked the road" in quotes[1][1] and "moved back to their base" in quotes[1][1]


def test_a_quotation_closed_in_the_next_paragraph_goes_on():
    """The page did not reopen the quotation at the paragraph, but closes it there."""
    text = ("Thiếu tướng Lê Văn Hùng cho biết: “Tôi rất vinh dự được nhận bằng khen lần này.\n\n"
            "Cá nhân tôi may mắn được làm việc cùng các đồng đội ở phái bộ”.")
    quotes = quotes_of(text)
    assert quotes[0][0] == "Lê Văn Hùng" and "may mắn được làm việc" in quotes[0][1]


def test_a_paragraph_with_no_mark_and_no_person_goes_on_with_the_open_quotation():
    text = ("Colonel Ola Hansen said: \"The road to the camp is open again after the rains.\n\n"
            "Trucks can reach the wells in two hours now, and the school has reopened.")
    quotes = quotes_of(text)
    assert quotes[0][0] == "Ola Hansen" and "the school has reopened" in quotes[0][1]
