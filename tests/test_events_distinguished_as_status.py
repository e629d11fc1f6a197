"""Events: Spanish "fue distinguido como ..." ("was recognised as") names a status the subject
holds (a title, a ranking, a listing), not the award ceremony "fueron distinguidos" tells
(vocabulary "status_conferred_phrases", read through events.no_happening_spans); "distinguido
con la medalla" and "distinguidos el martes por su labor" stay ceremonies. Every sentence here
is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from newsdossier.events import event_kind
from eventcases import dates_between

ANCHOR = PartialDate(2019, 11, 22)  # a Friday: the Tuesday before is the 19th


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("La vieja estación fue distinguida como monumento nacional por su arquitectura.", id="fue-distinguida"),
        pytest.param("El batallón ha sido distinguido como el más disciplinado del ejército.", id="ha-sido-distinguido"),
        pytest.param("Los dos valles fueron distinguidos como reservas de la biosfera.", id="fueron-distinguidos"),
        pytest.param("Las tres bibliotecas han sido distinguidas como centros de referencia.", id="han-sido-distinguidas"),
    ],
)
def test_a_status_named_with_como_is_no_ceremony(sentence):
    assert dates_between(sentence, "es", ANCHOR) == []


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Veinte ingenieros fueron distinguidos el martes con la medalla de la misión.", id="con-medalla"),
        pytest.param("Los médicos del hospital fueron distinguidos el martes por su labor en la epidemia.", id="por-labor"),
    ],
)
def test_the_award_stays_a_ceremony(sentence):
    found = event_kind(sentence, "es")
    assert found and found[0] == "ceremony"
    assert dates_between(sentence, "es", ANCHOR) == ["2019-11-19"]
