"""A theme's teaser heading alone on its line ("Check Also", "Related posts") under the article
opens the teasers of other articles: their headlines and blurbs (with the dated happenings they
tell) are no paragraphs of the text. Every text is invented for the tests."""
from __future__ import annotations

import pytest

from newsdossier.segment import segment

HEADLINE = "Engineers of the mission reach the northern town"
BODY = ["A first team of engineers reached the northern town on Friday, the mission said.",
        "The rest of the company will follow in the coming weeks, a spokesperson added."]
TEASER = ["Floods in the valley", "One rainy day in March 1998, the river rose over the old bridge and swept it away …"]


@pytest.mark.parametrize("marker", ["Check Also", "Related posts", "Related Posts:"])
def test_a_theme_teaser_heading_opens_the_teasers(marker):
    layout = segment("\n\n".join([HEADLINE, *BODY, marker, *TEASER]))
    assert not any(t in p for p in layout.paragraphs for t in TEASER), layout.paragraphs
