"""Events: in Spanish a medal award told actively or as a distinction ("condecoró a 50 cascos
azules", "fueron distinguidos con el cintillo", "recibieron la distinción") and a wreath laid
("depositó una ofrenda floral", "colocó una corona de flores") tell a ceremony of their day, as
English "decorated", "awarded" and "laid a wreath" do. The adjective "distinguido" ("un
distinguido oficial") tells nothing. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from newsdossier.events import event_kind
from eventcases import dates_between

ANCHOR = PartialDate(2022, 3, 18)  # a Friday: the Tuesday before is the 15th


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("La ministra condecoró el martes a 80 policías que sirvieron en Haití.", id="condecoro"),
        pytest.param("Los jefes del ejército condecoraron el martes a los pilotos del contingente.", id="condecoraron"),
        pytest.param("Un total de 95 marinos fueron distinguidos el martes por su labor en el Líbano.", id="fueron-distinguidos"),
        pytest.param("Los ingenieros recibieron el martes la distinción en el cuartel de la brigada.", id="recibieron-distincion"),
        pytest.param("El embajador depositó el martes una ofrenda floral ante el monumento a los caídos.", id="ofrenda-floral"),
        pytest.param("El jefe de la misión colocó el martes una corona de flores en el cementerio.", id="corona-de-flores"),
    ],
)
def test_an_award_or_a_wreath_is_a_ceremony_of_its_day(sentence):
    found = event_kind(sentence, "es")
    assert found and found[0] == "ceremony"
    assert dates_between(sentence, "es", ANCHOR) == ["2022-03-15"]


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("La ministra dijo el martes que el nuevo jefe es un distinguido oficial de carrera.", id="adjective"),
    ],
)
def test_the_adjective_tells_no_ceremony(sentence):
    assert dates_between(sentence, "es", ANCHOR) == []
