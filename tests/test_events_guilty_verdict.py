"""Events: a verdict of guilt ("was found guilty", "pleaded guilty", "a été reconnu coupable",
"ont été déclarés coupables", "fue declarado culpable", "fueron hallados culpables", "bị kết
tội") is a trial's happening on its day, not the happening the accused are found guilty of
(an abduction, a killing), which took place before. Every sentence here is written for these
tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2016, 3, 9)  # a Wednesday


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("On Thursday, a former officer pleaded guilty to the kidnapping of two observers.", "en", id="en-pleaded"),
        pytest.param("Jeudi, un ancien officier a été reconnu coupable de l'enlèvement de deux observateurs.", "fr",
                     id="fr-reconnu"),
        pytest.param("Jeudi, deux anciens miliciens ont été déclarés coupables de l'enlèvement de deux observateurs.", "fr",
                     id="fr-declares"),
        pytest.param("El jueves, un antiguo oficial fue declarado culpable del secuestro de dos observadores.", "es",
                     id="es-declarado"),
        pytest.param("El jueves, dos exmilicianos fueron hallados culpables del secuestro de dos observadores.", "es",
                     id="es-hallados"),
        pytest.param("Hôm thứ Năm, một cựu sĩ quan đã bị kết tội bắt cóc hai quan sát viên.", "vi", id="vi"),
    ],
)
def test_a_verdict_of_guilt_is_a_trial_on_its_day(sentence, language):
    assert [(e.kind, e.date) for e in body_events(sentence, language, ANCHOR)] == [("trial", "2016-03-03")]
