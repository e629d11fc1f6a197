"""Two stamps on one line ("Last Updated: May 15, 2021 / Published: May 14, 2021") are cut
apart by reading the two parts around each label as date lines; a date line is short
(segment.STAMP_LINE_CHARS characters at most), so a long line of prose naming many dates and
labels is never read whole at each label: the work stays linear in the line's length. Every
line is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier import segment as seg


@pytest.mark.parametrize("repeats", [pytest.param(50, id="50-labels"), pytest.param(400, id="400-labels")])
def test_the_stamp_split_reads_no_part_longer_than_a_stamp_line(monkeypatch, repeats):
    asked: list[int] = []
    real = seg.is_date_line

    def recording(line: str, strict: bool = False) -> bool:
        asked.append(len(line))
        return real(line, strict)

    monkeypatch.setattr(seg, "is_date_line", recording)
    seg._break_second_stamps("The harbour figures of 2021 published in May show the catch fell. " * repeats)
    assert max(asked, default=0) <= seg.STAMP_LINE_CHARS


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        # (must not change) two stamps on a line, a sentence naming two days
        pytest.param("Last Updated: May 15, 2021 / Published: May 14, 2021",
                     ["Last Updated: May 15, 2021", "Published: May 14, 2021"], id="two-stamps"),
        pytest.param("Mis à jour le 15/05/2021 - Publié le 14/05/2021",
                     ["Mis à jour le 15/05/2021", "Publié le 14/05/2021"], id="two-stamps-fr"),
        pytest.param("Reported on 3 May 2021, updated figures on 4 May 2021 showed more boats.",
                     ["Reported on 3 May 2021, updated figures on 4 May 2021 showed more boats."], id="a-sentence"),
    ],
)
def test_two_stamps_on_a_line_are_cut_apart(text, lines):
    assert seg._break_second_stamps(text).split("\n") == lines
