"""Quotes: the police with no country or name ("..., a indiqué la police", "Selon la police,
...", "Según la policía, ...", "Cảnh sát cho biết ...") is a speaker the text does not name,
as English "police said" is: the words are a quote with no speaker, not lost. The police of a
body named after it ("la police de la Minusma") speaks as that body. Every sentence here is
written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def speakers_of(text: str) -> list[str]:
    return [q.speaker for q in extract(text, None).quotes]


@pytest.mark.parametrize(
    "text, speakers",
    [
        pytest.param("GOMA - Trois manifestants ont été blessés près du camp lundi, a indiqué la police.", [""], id="fr-inverted"),
        pytest.param("GOMA - Selon la police, trois manifestants ont été blessés près du camp lundi.", [""], id="fr-selon"),
        pytest.param("GOMA - Trois manifestants ont été blessés près du camp lundi, a indiqué la gendarmerie.", [""], id="fr-gendarmerie"),
        pytest.param("GOMA - Según la policía, tres manifestantes resultaron heridos cerca del campamento el lunes.", [""], id="es-segun"),
        pytest.param("Cảnh sát cho biết ba người biểu tình bị thương gần doanh trại hôm thứ Hai.", [""], id="vi-canh-sat"),
        pytest.param("GOMA - La police de la Monusco a indiqué que trois manifestants avaient été blessés près du camp.", ["MONUSCO"],
                     id="fr-police-of-body"),
    ],
)
def test_the_police_speaks_unnamed(text, speakers):
    assert speakers_of(text) == speakers
