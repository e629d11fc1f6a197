"""A blog's breadcrumb trail prints its marks before the headline on the headline's own line
("» » Headline"); a copy that drops the trail's links keeps the marks alone. They are no part
of the headline. Main kept them ("» » Los cascos azules ..."). A trail with its items, and a
headline opening on a guillemet that quotes, are read as before.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE as _HEAD, LEAD as _LEAD, MORE as _MORE
from newsdossier.extract import extract


@pytest.mark.parametrize("language", ["en", "fr", "es", "vi"])
@pytest.mark.parametrize("marks", ["» » ", "» ", "›› ", "» »"])
def test_bare_trail_marks_are_cut_from_the_headline(language, marks):
    text = "\n".join(["Menu", "", marks + _HEAD[language], "", _LEAD[language], "", _MORE[language]])
    assert extract(text).fields["title"] == _HEAD[language]


def test_quoting_guillemet_stays():
    # (must not change) a headline that opens on a quotation keeps its opening guillemet
    head = "« Nous resterons sur nos positions », affirme la mission de paix"
    text = "\n".join(["Menu", "", head, "", _LEAD["fr"], "", _MORE["fr"]])
    assert extract(text).fields["title"] == head
