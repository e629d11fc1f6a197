"""A legend printed again with a credit glued on is found among the captions before it by
looking the line up, not by comparing it with every caption: the work grows with the lines,
not with their square. Every line is written for these tests."""
from __future__ import annotations

import pytest

import newsdossier.segment as segment_module
from newsdossier.segment import segment

_PARAGRAPH = ("The harbour board agreed on Monday to dredge the channel by the old ferry pier, as the "
              "fishermen of the town had asked after the winter storms.")


def _page(captions: int, glued: bool) -> str:
    lines = ["Channel to be dredged before the summer", _PARAGRAPH]
    for n in range(captions):
        legend = f"Boat number {n} waits at the old ferry pier."
        lines += [legend, legend]  # a legend printed twice: a caption
    if glued:
        lines.append("Boat number 1 waits at the old ferry pier.Jane DoeAFP")
    lines.append(_PARAGRAPH.replace("Monday", "Tuesday"))
    return "\n\n".join(lines)


@pytest.mark.parametrize("captions", [pytest.param(50, id="50-captions"), pytest.param(400, id="400-captions")])
def test_captions_are_looked_up_not_compared_with_each_other(captions, monkeypatch):
    calls = 0
    compare = segment_module._caption_again

    def counted(line, later):
        nonlocal calls
        calls += 1
        return compare(line, later)

    monkeypatch.setattr(segment_module, "_caption_again", counted)
    segment(_page(captions, glued=False))
    assert calls <= 4 * captions + 10


@pytest.mark.parametrize("captions", [pytest.param(3, id="few"), pytest.param(300, id="many")])
def test_a_legend_again_with_its_credit_glued_is_still_a_caption(captions):
    layout = segment(_page(captions, glued=True))
    assert "Boat number 1 waits at the old ferry pier.Jane DoeAFP" not in layout.paragraphs
    assert "Boat number 1 waits at the old ferry pier." in layout.captions
    assert _PARAGRAPH.replace("Monday", "Tuesday") in layout.paragraphs
