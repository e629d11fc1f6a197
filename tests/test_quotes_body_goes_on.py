"""Quotes: "it" as the subject of a speech verb goes on with the body that spoke in the
sentence just before, not with a body named only in the words reported. Every sentence here
is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def speakers_of(text: str) -> list[str]:
    return [q.speaker for q in extract(text, None).quotes]


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("UNIFIL said on Monday that a patrol found a rocket launcher. After alerting the Lebanese Armed Forces "
                     "to the launcher, the patrol returned to base, it added.", "UNIFIL", id="en-it-added-after-object"),
        pytest.param("MONUSCO said two convoys were attacked near Beni. It said the Armed Forces of the Democratic Republic "
                     "of the Congo had sent a unit to the road.", "MONUSCO", id="en-it-said-opening"),
        pytest.param("The National News Agency of Lebanon said drones struck two villages overnight. It said a school near "
                     "UNIFIL headquarters was damaged.", "National News Agency of Lebanon", id="en-agency-goes-on"),
    ],
)
def test_it_goes_on_with_the_body_that_spoke(text, speaker):
    assert speakers_of(text)[-1] == speaker
