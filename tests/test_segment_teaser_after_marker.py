"""A teaser marker ("Lire aussi", "See also") is followed by a teaser, a headline and its
summary, which may hold two short sentences: the article goes on after the marker only where
the next line is a paragraph of running prose (segment.PROSE_PARAGRAPH_WORDS words or more), longer than
any teaser's summary. Every line is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.segment import segment
from test_segment import page

_BODY = "The harbour board met the fishermen on Monday. The dredging of the channel starts in June."


@pytest.mark.parametrize(
    ("marker", "teaser"),
    [
        pytest.param("See also", "Ferry fares rise again. The harbour board blames the price of fuel and the cost "
                                  "of repairs to the old pier.", id="en-two-sentence-teaser"),
        pytest.param("Lire aussi", "Le prix du ferry augmente encore. La régie du port accuse le coût du carburant "
                                   "et les travaux sur la vieille jetée.", id="fr-two-sentence-teaser"),
    ],
)
def test_a_short_teaser_after_its_marker_is_no_paragraph(marker, teaser):
    layout = segment(page("Channel by the ferry pier to be dredged", _BODY, marker, teaser))
    assert (layout.paragraphs, teaser in layout.teasers) == ([_BODY], True)
