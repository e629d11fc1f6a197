"""A headline a copy of the page glued to itself: the title bar and the heading printed one
after the other with no break between them ("Troops Return HomeTroops Return Home"), or with a
space only, is one headline said once. A row whose halves differ, or a twin of fewer than three
words ("Bora Bora"), stays as printed.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import LEAD, MORE
from newsdossier.extract import extract
from newsdossier.segment import _glued_twin

_SHORT_HEAD = {
    "en": "Blue Helmets Leave the Valley",
    "fr": "Les casques bleus quittent la vallée",
    "es": "Los cascos azules dejan el valle",
    "vi": "Lính mũ nồi xanh rời thung lũng",
}


@pytest.mark.parametrize("language", ["en", "fr", "es", "vi"])
def test_a_headline_glued_to_its_own_copy_is_said_once(language):
    head = _SHORT_HEAD[language]
    text = "\n\n".join([head, head + head, LEAD[language], MORE[language]])
    assert extract(text).fields["title"] == head


@pytest.mark.parametrize("language", ["en", "fr", "es", "vi"])
def test_a_headline_alone_glued_to_its_copy_is_said_once(language):
    head = _SHORT_HEAD[language]
    text = "\n\n".join([head + head, LEAD[language], MORE[language]])
    assert extract(text).fields["title"] == head


@pytest.mark.parametrize("row, once", [
    ("Blue Helmets Leave the ValleyBlue Helmets Leave the Valley", "Blue Helmets Leave the Valley"),
    ("Blue Helmets Leave the Valley Blue Helmets Leave the Valley", "Blue Helmets Leave the Valley"),
    ("Los cascos azules dejan el valleLos cascos azules dejan el valle", "Los cascos azules dejan el valle"),
])
def test_the_twin_row_is_said_once(row, once):
    assert _glued_twin(row) == once


@pytest.mark.parametrize("row", [
    "Bora Bora",  # a twin of fewer words than a headline's: a name
    "Talk Talk Talk Talk",  # two words twice: left whole
    "Blue Helmets Leave the Valley, Blue Helmets Leave the Town",  # halves differ
    "the mission the mission the mission the mission",  # lowercase: running text, not a heading
])
def test_near_misses_stay_as_printed(row):
    # (must not change)
    assert _glued_twin(row) == row


_PARAGRAPH = {
    "en": "The engineers rebuilt the bridge over the river in four weeks.",
    "fr": "Les ingénieurs ont reconstruit le pont sur la rivière en quatre semaines.",
    "es": "Los ingenieros reconstruyeron el puente sobre el río en cuatro semanas.",
    "vi": "Các kỹ sư đã xây lại cây cầu qua sông trong bốn tuần.",
}


@pytest.mark.parametrize("joiner", ["", " "])
@pytest.mark.parametrize("language", ["en", "fr", "es", "vi"])
def test_a_paragraph_of_the_body_glued_to_its_copy_is_read_once(language, joiner):
    # (must not change) the check runs on every row, not the page head's alone (split_lines comes first)
    paragraph = _PARAGRAPH[language]
    text = "\n\n".join([_SHORT_HEAD[language], LEAD[language], paragraph + joiner + paragraph, MORE[language]])
    assert paragraph in extract(text).body
