"""A dateline's place alone, then the agency's name closed by its own stop and dash or a dash
before the lead ("La Paz. EFE.- Los ...", "Bamako - AFP - Les ..."): the agency is the
dateline's credit and leaves the lead, which opens on its own first word. A lead opening on
an ordinary word after the place keeps it ("Santiago. El ejército ...").

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from newsdossier.extract import extract
from newsdossier.segment import segment


@pytest.mark.parametrize(("text", "place", "agency", "lead_opens"), [
    ("La Paz. EFE.- Los soldados del contingente regresaron el martes al país tras doce meses de servicio en la misión.",
     "La Paz", "EFE", "Los soldados"),
    ("Bamako - AFP - Deux soldats de la paix ont été blessés jeudi par l'explosion d'un engin au passage de leur convoi.",
     "Bamako", "AFP", "Deux soldats"),
    ("Lima. Prensa Latina.- Unos cien policías de la misión recibieron la medalla de las Naciones Unidas en una ceremonia.",
     "Lima", "Prensa Latina", "Unos cien"),
])
def test_agency_after_place_is_the_datelines_credit(text, place, agency, lead_opens):
    layout = segment(text)
    assert layout.dateline is not None and layout.dateline.place == place
    assert layout.dateline.agency == agency
    assert layout.paragraphs[0].startswith(lead_opens)


@pytest.mark.parametrize(("text", "lead_opens"), [
    ("Santiago. El ejército anunció el martes el envío de cien soldados a la misión de paz en el sur del Líbano.", "El ejército"),
])
def test_ordinary_first_word_stays_in_the_lead(text, lead_opens):
    layout = segment(text)
    assert layout.paragraphs[0].startswith(lead_opens)
    assert extract(text).fields.get("source") in ("", None)
