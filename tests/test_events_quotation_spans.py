"""The quotations an event sentence holds (events._quotation_spans): the spans the plain
pattern of a quotation gives, found in work linear in the text, so that a long sentence
with many quotation marks never closed is read once. Every text is written for these tests."""
from __future__ import annotations

import re

import pytest

from newsdossier.events import _quotation_spans

_PATTERN = re.compile(r'"[^"]{3,}"|\u201c[^\u201d]{3,}\u201d|\u00ab[^\u00bb]{3,}\u00bb')


@pytest.mark.parametrize("text", [
    pytest.param('The mayor said "the bridge is shut" and left.', id="straight"),
    pytest.param('He said "no" then "the road is open" twice.', id="too-short-then-one"),
    pytest.param("Le maire a dit « le pont est fermé » puis « la route aussi ».", id="guillemets"),
    pytest.param("Il a dit « le pont « est » fermé » hier.", id="nested-guillemets"),
    pytest.param("She said \u201cthe camp is full\u201d and \u201cthe wells are dry.", id="curly-unclosed"),
    pytest.param('Un « mot " bref " puis » fin', id="mixed-marks"),
    pytest.param("« « « abc »", id="openers-in-a-row"),
    pytest.param('""""abc"', id="straight-marks-in-a-row"),
    pytest.param("No quotation here.", id="none"),
])
def test_the_spans_are_those_of_the_pattern(text):
    assert _quotation_spans(text) == [m.span() for m in _PATTERN.finditer(text)]


class _CountingText(str):
    """A text that counts the characters its find calls pass over."""

    scanned = 0

    def find(self, sub, start=0, *args):
        found = str.find(self, sub, start, *args)
        type(self).scanned += (len(self) if found < 0 else found) - start
        return found


@pytest.mark.parametrize("unit", [
    pytest.param("\u00ab mot ", id="guillemets-never-closed"),
    pytest.param("\u201c word ", id="curly-never-closed"),
    pytest.param("\u00ab mot ", id="guillemets-closed-at-the-end"),
])
def test_a_long_sentence_of_unclosed_marks_is_read_in_linear_work(unit, request):
    closed = request.node.callspec.id.endswith("at-the-end")
    body = unit * 20000 + ("\u00ab fin du texte \u00bb" if closed else "")
    text = _CountingText(body)
    _CountingText.scanned = 0
    spans = _quotation_spans(text)
    # (closed at the end: the first mark opens one quotation running to it, as the pattern reads it)
    assert spans == ([(0, len(body))] if closed else [])
    assert _CountingText.scanned <= 8 * len(body)
