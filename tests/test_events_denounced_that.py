"""Events: a verb of stance opening reported speech ("denunció este sábado que uno de sus
soldados resultó herido", "denounced on Saturday that ...", "a dénoncé samedi qu'...")
reports what happened, as "anunció que" does: the happening told is the event (its kind,
not a statement's), and the day after the verb is the telling's, so a later sentence giving
the happening its own day dates it. A verb of stance with a happening as its object
("denunció el ataque del viernes") stays as it was. Every sentence here is written for
these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import article_events, body_events

ANCHOR = PartialDate(2024, 10, 12)  # a Saturday


@pytest.mark.parametrize(
    "sentence, language, kind",
    [
        pytest.param("La misión denunció este sábado que uno de sus soldados resultó herido por disparos en su base.",
                     "es", "casualty", id="es"),
        pytest.param("The mission denounced on Saturday that one of its soldiers was wounded by gunfire at its base.",
                     "en", "casualty", id="en"),
        pytest.param("La mission a dénoncé samedi qu'un de ses soldats a été blessé par des tirs sur sa base.",
                     "fr", "casualty", id="fr"),
    ],
)
def test_a_stance_verb_opening_reported_speech_frames_the_happening(sentence, language, kind):
    assert [e.kind for e in body_events(sentence, language, ANCHOR, lead=True)] == [kind]


def test_the_later_day_of_the_happening_wins_over_the_telling():
    events = article_events([
        "La misión de la ONU denunció este sábado que uno de sus soldados resultó herido por disparos en su base.",
        "Según el comunicado, el incidente ocurrió en la noche del viernes cuando el soldado estaba de guardia.",
    ], "es", ANCHOR, wire_day=False)
    assert [e.date for e in events] == ["2024-10-11"]


def test_a_stance_verb_with_a_happening_as_object_is_unchanged():
    events = body_events("La misión denunció el ataque del viernes contra su base.", "es", ANCHOR)
    assert [(e.kind, e.date) for e in events] == [("attack", "2024-10-11")]
