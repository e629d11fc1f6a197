"""A writer's name signs the text only under its last paragraph of prose: whether a line
stands below that paragraph is read once for the text, not by reading every line below at
each line (quadratic in a page of many short lines). Every line is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier import segment as seg

_BODY = ["The harbour board agreed on Monday to dredge the channel by the old ferry pier, as the fishermen asked.",
         "The work starts in June and should last three months, a spokesman for the board told the council."]


@pytest.mark.parametrize("count", [pytest.param(30, id="30-name-lines"), pytest.param(300, id="300-name-lines")])
def test_the_lines_are_read_as_prose_a_bounded_number_of_times(monkeypatch, count):
    calls = [0]
    real = seg._is_prose

    def counting(line: str) -> bool:
        calls[0] += 1
        return real(line)

    monkeypatch.setattr(seg, "_is_prose", counting)
    names = [f"Hannah Kowalczyk{chr(97 + i % 26)}{chr(97 + i // 26 % 26)}" for i in range(count)]
    lines = ["Channel by the ferry pier to be dredged", *_BODY, *names]
    seg.segment("\n\n".join(lines))
    assert calls[0] <= 8 * len(lines)


@pytest.mark.parametrize(
    ("tail", "authors"),
    [
        # (must not change) a name under the last paragraph; a name with more prose after it
        pytest.param(["Hannah Kowalczyk"], ["Hannah Kowalczyk"], id="signature"),
        pytest.param(["Hannah Kowalczyk", "The dredger will be the third to work in the channel in a century, and the largest."],
                     [], id="prose-after"),
    ],
)
def test_a_name_under_the_last_paragraph_signs_it(tail, authors):
    from newsdossier.extract import extract

    text = "\n".join(["Channel by the ferry pier to be dredged", *_BODY, *tail]) + "\n"
    assert extract(text).fields["authors"] == authors
