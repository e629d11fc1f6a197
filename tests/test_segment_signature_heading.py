"""A heading of the page's furniture under the text's last paragraph ("Trending Now",
"Editor's Picks", "Latest Headlines") is made of everyday words, one at least among the
commonest: it signs nothing, where a writer's name alone there does. Every line is written
for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract

_BODY = ("The harbour board agreed on Monday to dredge the channel by the old ferry pier, as the "
         "fishermen of the town had asked after the winter storms closed it twice.\n"
         "The work starts in June and should last three months, a spokesman for the board told the "
         "town council, which will pay half of the cost.")


@pytest.mark.parametrize(
    ("tail", "authors"),
    [
        pytest.param(["Trending Now"], [], id="trending-now"),
        pytest.param(["Editor's Picks", "Ferry fares rise again", "Council closes the old library"], [], id="editors-picks"),
        pytest.param(["Latest Headlines"], [], id="latest-headlines"),
        pytest.param(["You May Also Like"], [], id="you-may-also-like"),
        # (must not change) a writer's name, a surname an everyday word too after a given name
        pytest.param(["Hannah Kowalczyk"], ["Hannah Kowalczyk"], id="name"),
        pytest.param(["Peter Young"], ["Peter Young"], id="given-name-and-everyday-surname"),
    ],
)
def test_a_heading_under_the_text_signs_nothing(tail, authors):
    text = "\n".join(["Channel by the ferry pier to be dredged", _BODY, *tail]) + "\n"
    assert extract(text).fields["authors"] == authors
