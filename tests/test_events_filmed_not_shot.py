"""Events: "shot" of a film, a video or a photo ("the footage was shot in March") and French
"abattu" of trees ("des arbres ont été abattus") tell no one hurt: the subject of the passive
is a thing that cannot be a casualty. A person shot stays a casualty, even where a filmed thing
is named further back in the sentence. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import body_events

ANCHOR = PartialDate(2020, 9, 10)  # a Thursday


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The documentary was shot in Goma on Tuesday by a local crew.", "en", id="en-documentary"),
        pytest.param("Most of the footage was shot by residents of the town on Tuesday.", "en", id="en-footage"),
        pytest.param("The video, which was shot on Tuesday, shows the convoy entering the town.", "en", id="en-video-which"),
        pytest.param("The photos were shot on Tuesday by the mission's staff.", "en", id="en-photos"),
        pytest.param("Plusieurs arbres ont été abattus mardi pour dégager la route du camp.", "fr", id="fr-arbres"),
        pytest.param("Des arbres abattus mardi bloquent la route du camp.", "fr", id="fr-arbres-abattus"),
    ],
)
def test_a_filmed_thing_shot_is_no_casualty(sentence, language):
    found = [e.kind for e in body_events(sentence, language, ANCHOR)]
    assert "casualty" not in found, found


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("A man seen in the video was shot by soldiers on Tuesday.", "en", id="en-man-in-video"),
        pytest.param("A cameraman filming near the camp was shot on Tuesday.", "en", id="en-cameraman"),
        pytest.param("Un photographe a été abattu mardi près du camp.", "fr", id="fr-photographe"),
    ],
)
def test_a_person_shot_stays_a_casualty(sentence, language):
    found = [(str(e.date), e.kind) for e in body_events(sentence, language, ANCHOR)]
    assert ("2020-09-08", "casualty") in found, found
