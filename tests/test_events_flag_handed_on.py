"""Events: a flag handed on by an outgoing commander to his successor, or by a leaving unit
to the forces that stay, is the hand-over itself (a rotation: "handed over", "took command
of", "a remis la base"), not the send-off ceremony of a flag handed to a contingent: the
ceremony verbs of vocabulary event_kinds.ceremony name the national flag or its presentation
("presented the flag", "a remis le drapeau national", "entregó la bandera nacional"), never a
bare flag handed on. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import body_events

ANCHOR = PartialDate(2021, 11, 12)  # a Friday


@pytest.mark.parametrize(
    "sentence, language, day",
    [
        pytest.param("The outgoing commander handed over the flag to his successor on Monday at the camp.",
                     "en", "2021-11-08", id="en-handed-over-to-successor"),
        pytest.param("On Tuesday the battalion handed over the flag of the base to the national army.",
                     "en", "2021-11-09", id="en-handed-over-to-army"),
        pytest.param("Le commandant sortant a remis lundi le drapeau à son successeur lors de la passation.",
                     "fr", "2021-11-08", id="fr-remis-au-successeur"),
        pytest.param("El comandante saliente entregó el lunes la bandera a su sucesor.",
                     "es", "2021-11-08", id="es-entrego-al-sucesor"),
        pytest.param("The handover of the flag to the incoming commander took place on Monday at the headquarters.",
                     "en", "2021-11-08", id="en-handover-of-the-flag"),
        pytest.param("On Monday the handing over of the flag from the outgoing to the incoming commander was brief.",
                     "en", "2021-11-08", id="en-handing-over-of-the-flag"),
    ],
)
def test_a_flag_handed_on_is_no_send_off_ceremony(sentence, language, day):
    events = sorted((str(e.date), e.kind) for e in body_events(sentence, language, ANCHOR))
    assert (day, "ceremony") not in events, events


@pytest.mark.parametrize(
    "sentence, language, day",
    [
        # a commander handing on his command with the flag is the hand-over of the day
        pytest.param("The outgoing commander handed over the flag to his successor on Monday at the camp.",
                     "en", "2021-11-08", id="en-rotation"),
    ],
)
def test_the_hand_over_keeps_its_rotation(sentence, language, day):
    events = sorted((str(e.date), e.kind) for e in body_events(sentence, language, ANCHOR))
    assert (day, "rotation") in events, events


@pytest.mark.parametrize(
    "sentence, language, day",
    [
        # the UN flag passes from one commander to the next: the hand-over, whatever its noun
        pytest.param("Lundi, lors de la passation de commandement, le général sortant a procédé à la remise du "
                     "drapeau de l'ONU à son successeur.", "fr", "2021-11-08", id="fr-remise-du-drapeau-de-l-onu"),
        pytest.param("La remise du drapeau des Nations unies au nouveau commandant a eu lieu lundi au quartier général.",
                     "fr", "2021-11-08", id="fr-remise-du-drapeau-des-nations-unies"),
        pytest.param("La entrega de la bandera de la ONU al nuevo comandante tuvo lugar el lunes en el cuartel.",
                     "es", "2021-11-08", id="es-entrega-de-la-bandera-de-la-onu"),
        pytest.param("La entrega de la bandera de las Naciones Unidas al nuevo jefe tuvo lugar el lunes.",
                     "es", "2021-11-08", id="es-entrega-de-la-bandera-de-las-naciones-unidas"),
    ],
)
def test_the_un_flag_handed_on_is_the_hand_over(sentence, language, day):
    events = sorted((str(e.date), e.kind) for e in body_events(sentence, language, ANCHOR))
    assert (day, "rotation") in events, events
