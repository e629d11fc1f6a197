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


@pytest.mark.parametrize(
    "sentence, language, day",
    [
        # the video link is how the words were said ("by videoconference", "par visioconférence",
        # "en visioconférence", "por videoconferencia"): no meeting, the happening told keeps its day
        pytest.param("The force commander, speaking by videoconference from the capital, said on Tuesday that two "
                     "peacekeepers were killed on Monday.", "en", "2020-09-07", id="en-speaking-by"),
        # (this one and fr-par-visio were read right already: guards of the same rule)
        pytest.param("The spokesman told reporters via video conference on Tuesday that a patrol was ambushed on Monday.",
                     "en", "2020-09-07", id="en-via"),
        pytest.param("Le porte-parole a indiqué mardi lors d'un point de presse en visioconférence que deux casques "
                     "bleus ont été tués lundi.", "fr", "2020-09-07", id="fr-en-visio"),
        pytest.param("Le chef de la mission, qui s'exprimait par visioconférence depuis Bamako, a indiqué mardi "
                     "qu'une patrouille a été attaquée lundi.", "fr", "2020-09-07", id="fr-par-visio"),
        pytest.param("El portavoz dijo el martes en una rueda de prensa por videoconferencia que dos cascos azules "
                     "murieron el lunes.", "es", "2020-09-07", id="es-por-video"),
    ],
)
def test_a_video_link_as_the_channel_is_no_meeting(sentence, language, day):
    events = sorted((str(e.date), e.kind) for e in body_events(sentence, language, ANCHOR))
    assert all(kind != "meeting" for _, kind in events), events
    assert any(date == day for date, _ in events), events


@pytest.mark.parametrize(
    "sentence, language, day",
    [
        # a meeting's own word or verb beside the channel: still a meeting of its day
        pytest.param("Les ministres se sont réunis mardi en visioconférence.", "fr", "2020-09-08", id="fr-reunis"),
        pytest.param("The ministers met by videoconference on Tuesday.", "en", "2020-09-08", id="en-met"),
        pytest.param("Los ministros se reunieron el martes por videoconferencia.", "es", "2020-09-08",
                     id="es-se-reunieron"),
    ],
)
def test_a_meeting_held_over_a_video_link_stays_a_meeting(sentence, language, day):
    events = sorted((str(e.date), e.kind) for e in body_events(sentence, language, ANCHOR))
    assert (day, "meeting") in events, events
