"""Quotes: a broadcast transcript labels each speaker's lines with their name in capitals and a
colon ("AMOS LUTETE: We will resume...", later "LUTETE: ..."): the line is the words of the one
person of the article the label names, by full name or surname, its later sentences too. The
reporter's label ("MICHAELA OKORO, BYLINE:", later "OKORO:") is the story's narration, no one's quote;
a label naming no one of the article, or in ordinary case, is no speaker. Every text here is
written for these tests."""
from __future__ import annotations

import pytest

from interviewcases import interview, quotes_of

HEAD = ("U.N. Force Hit In Kalemie", "Officials are worried after the raid on the camp. Michaela Okoro of Radio Kivu has more.",
        "MICHAELA OKORO, BYLINE: The road to the camp is closed, and the patrols stopped on Sunday.")


@pytest.mark.parametrize(
    "lines, speaker, said",
    [
        pytest.param(("AMOS LUTETE: We will resume the patrols once the bridge is repaired. Then we will see.",
                      "OKORO: That was Colonel Amos Lutete, who leads the patrols from the camp."),
                     "Amos Lutete", "AMOS LUTETE: We will resume the patrols once the bridge is repaired.", id="full-name-label"),
        pytest.param(("OKORO: Colonel Amos Lutete leads the patrols from the camp near the lake.",
                      "LUTETE: We are ready for the rains and for the roads."),
                     "Amos Lutete", "LUTETE: We are ready for the rains and for the roads.", id="surname-label"),
    ],
)
def test_a_line_under_a_speakers_label_in_capitals_is_theirs(lines, speaker, said):
    found = quotes_of(interview(*HEAD, *lines))
    assert (speaker, said) in found


@pytest.mark.parametrize(
    "lines",
    [
        # the reporter's own lines, by the label's surname
        pytest.param(("OKORO: Colonel Amos Lutete leads the patrols from the camp near the lake.",), id="reporter-surname"),
        # the host's own lines, by the label's surname: the programme's voice, as the reporter's
        pytest.param(("JOHN MWANGI, HOST: The mission lost two peacekeepers this week near the lake.",
                      "MWANGI: So what happens now to the patrols along the lake, Colonel Lutete?",
                      "Colonel Amos Lutete leads the patrols, and John Mwangi hosts the show."), id="host-surname"),
        # a label naming no one of the article
        pytest.param(("Colonel Amos Lutete leads the patrols from the camp near the lake.",
                      "CROWD: We want the road open again before the rains."), id="label-names-no-one"),
        # a name in ordinary case before a colon is the interview rule's, not this one; a place is none
        pytest.param(("Colonel Amos Lutete leads the patrols from the camp near the lake.",
                      "KALEMIE: The road to the camp was closed again on Monday."), id="place-label"),
    ],
)
def test_a_label_naming_no_speaker_gives_no_quote(lines):
    found = quotes_of(interview(*HEAD, *lines))
    assert not any(speaker for speaker, _sentence in found)
