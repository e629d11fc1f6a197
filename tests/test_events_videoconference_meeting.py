"""Events: a meeting held by video link ("a videoconference", "une visioconférence", "una
videoconferencia", "hội nghị trực tuyến") is a meeting of its own day, as a meeting in one
room is (vocabulary event_kinds.meeting). Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import body_events

ANCHOR = PartialDate(2020, 9, 10)  # a Thursday


@pytest.mark.parametrize(
    "sentence, language, day",
    [
        pytest.param("The defence ministers of the contributing countries held a videoconference on Tuesday on the future of the force.",
                     "en", "2020-09-08", id="en-videoconference"),
        pytest.param("On Monday the envoys took part in a video conference with the force commander.",
                     "en", "2020-09-07", id="en-video-conference"),
        pytest.param("Les ministres ont tenu mardi une visioconférence consacrée à l'avenir de la force.",
                     "fr", "2020-09-08", id="fr-visioconference"),
        pytest.param("Lundi, une vidéoconférence a réuni les chefs des contingents.",
                     "fr", "2020-09-07", id="fr-videoconference"),
        pytest.param("Los ministros participaron el martes en una videoconferencia sobre el futuro de la fuerza.",
                     "es", "2020-09-08", id="es-videoconferencia"),
    ],
)
def test_a_meeting_by_video_link_is_a_meeting(sentence, language, day):
    events = sorted((str(e.date), e.kind) for e in body_events(sentence, language, ANCHOR))
    assert (day, "meeting") in events, events
