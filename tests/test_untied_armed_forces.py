"""A country's whole armed forces printed as a name with no country ("las Fuerzas Armadas",
"the Armed Forces") are the armed forces of the one country the article ties them to (printed
with their country elsewhere, or the dateline's), else no organisation: never a body called
"Fuerzas Armadas"."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def _organisations(text: str) -> set[str]:
    return {f.name for f in extract(text).entities.values() if f.kind == "organisation"}


@pytest.mark.parametrize("text", [
    "Relevo\n\nLas Fuerzas Armadas mandaron el martes otro batallón de cascos azules a la frontera sur.",
    "Rotation\n\nLes Forces Armées ont envoyé mardi un autre bataillon de Casques bleus vers la frontière.",
    "Rotation\n\nThe Armed Forces sent another battalion of peacekeepers to the southern border on Tuesday.",
])
def test_untied_armed_forces_are_no_body(text):
    organisations = _organisations(text)
    assert not any("Fuerzas" in name or "Forces" in name for name in organisations), organisations


@pytest.mark.parametrize("text", [
    "Relevo\n\nLas Fuerzas Armadas españolas mandaron el martes otro batallón a la frontera sur. "
    "Las Fuerzas Armadas informaron luego de que el relevo había terminado sin incidentes.",
    "Relevo\n\nLas Fuerzas Armadas de España mandaron el martes otro batallón a la frontera sur. "
    "Las Fuerzas Armadas informaron luego de que el relevo había terminado sin incidentes.",
    "MADRID, 3 mar (EFE).- Las Fuerzas Armadas mandaron el martes otro batallón de cascos azules a la base.",
])
def test_untied_armed_forces_take_the_country_the_text_ties(text):
    assert _organisations(text) == {"Spanish Armed Forces"}


def test_untied_forces_opening_another_name_stay_that_name():
    organisations = _organisations("Acuerdo\n\nLas Fuerzas Armadas Revolucionarias firmaron el acuerdo el martes en la capital.")
    assert "Spanish Armed Forces" not in organisations and organisations
