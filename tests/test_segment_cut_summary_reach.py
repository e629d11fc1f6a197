"""A summary cut short is looked for in the lines below only for a line that ends with an
ellipsis: gathering the lines below for every line of a long text is quadratic in its lines.
Every line is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier import segment as seg


@pytest.mark.parametrize("count", [pytest.param(20, id="20-lines"), pytest.param(200, id="200-lines")])
def test_the_lines_below_are_read_only_for_a_line_cut_short(monkeypatch, count):
    asked: list[str] = []
    real = seg._cut_summary

    def recording(line: str, below: list[str]) -> bool:
        asked.append(line)
        return real(line, below)

    monkeypatch.setattr(seg, "_cut_summary", recording)
    cut = "The harbour board agreed to dredge the channel by the old ferry..."
    lines = ["Channel by the ferry pier to be dredged", cut]
    lines += [f"The dredger worked along berth {i} of the quay on Monday and the boats waited." for i in range(count)]
    seg.segment("\n\n".join(lines))
    assert [line for line in asked if not line.endswith(("...", "\u2026"))] == []


def test_a_summary_cut_short_is_still_a_teaser():
    """(must not change)"""
    full = "The harbour board agreed to dredge the channel by the old ferry pier before the summer."
    cut = "The harbour board agreed to dredge the channel by the old ferry..."
    layout = seg.segment("\n\n".join(["Channel by the ferry pier to be dredged", cut, full]))
    assert (cut in layout.teasers, full in layout.paragraphs) == (True, True)
