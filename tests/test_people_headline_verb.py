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
        pytest.param("Ban Warns Militias\n\nEnvoy Ban Soo-jin visited the camp.\n\n"
                     "Ms. Ban said the raids must stop.", "Ban Soo-jin", "Ban Warns Militias", id="short-headline"),
    ],
)
def test_a_title_case_headline_verb_ends_the_name(text, speaker, wrong):
    extraction = extract(text, None)
    assert wrong not in [e.name for e in extraction.entities.values()]
    assert [q.speaker for q in extraction.quotes if q.sentence.startswith(("Mr.", "Ms."))] == [speaker]


@pytest.mark.parametrize(
    "text, name",
    [
        # a sentence of the body, not in title case: a surname spelt as a verb is the name's
        pytest.param("The delegation met Governor Tom Hails in Nairobi on Monday.", "Tom Hails", id="hails"),
        pytest.param("Police Commissioner Mary Hails told reporters the road was open again.", "Mary Hails", id="hails-told"),
    ],
)
def test_a_verb_spelt_name_in_a_plain_sentence_stays_whole(text, name):
    assert name in [e.name for e in extract(text, None).entities.values() if e.kind == "person"]
