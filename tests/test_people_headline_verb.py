"""People: a headline printed in title case opens on its subject and its verb ("Kim Condemns
Raid That Killed Two Guards", "Ban Warns Militias After Raid"): the verb (a present speech verb
or verb of stance, quotes.yaml) ends the name, so no person "Kim Condemns Raid" is made, and
"Mr. Kim" later is the person the body names. Every text is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


@pytest.mark.parametrize(
    "text, speaker, wrong",
    [
        pytest.param("Kim Condemns Raid That Killed Two Guards in Kutum\n\nEnvoy Kim Sung-ho condemned the raid on Sunday.\n\n"
                     "Mr. Kim said the raids are unacceptable.", "Kim Sung-ho", "Kim Condemns Raid", id="condemns"),
        pytest.param("Ban Warns Militias After Raid on Camp\n\nEnvoy Ban Soo-jin visited the camp.\n\n"
                     "Ms. Ban said the raids must stop.", "Ban Soo-jin", "Ban Warns Militias", id="warns"),
    ],
)
def test_a_title_case_headline_verb_ends_the_name(text, speaker, wrong):
    extraction = extract(text, None)
    assert wrong not in [e.name for e in extraction.entities.values()]
    assert [q.speaker for q in extraction.quotes if q.sentence.startswith(("Mr.", "Ms."))] == [speaker]
