"""A republication notice naming the outlet that published the story first, then the day it did
("Nota publicada en La Gaceta del Valle el 5 de marzo de 2019", "This article first appeared
in The Harbour Courier on March 5, 2019."): the outlet is the story's source, the day and the
word joining it (vocabulary republication_day_joiners) no part of its name. A notice naming a
day alone ("Originally published on 5 March 2024") still names no outlet. Every page here is
of our own making."""
from __future__ import annotations

import pytest

from headcases import HEADLINE, LEAD, MORE
from newsdossier.extract import extract


def _page(language: str, notice: str) -> str:
    return "\n\n".join([HEADLINE[language], LEAD[language], MORE[language], notice])


@pytest.mark.parametrize("language, notice, outlet", [
    pytest.param("es", "Nota publicada en La Gaceta del Valle el 5 de marzo de 2019", "La Gaceta del Valle", id="es-nota"),
    pytest.param("es", "Artículo publicado originalmente en El Heraldo Austral el 12 de junio de 2021.", "El Heraldo Austral",
                 id="es-originalmente"),
    pytest.param("en", "This article first appeared in The Harbour Courier on March 5, 2019.", "The Harbour Courier", id="en-on"),
    pytest.param("fr", "Cet article est paru dans Le Courrier Lacustre le 5 mars 2019.", "Le Courrier Lacustre", id="fr-le"),
    pytest.param("es", "Nota publicada en El Tiempo el 5 de marzo de 2019", "El Tiempo", id="es-known-word-alias"),
    # the French day of an issue ("du"), the Spanish "el día", a weekday before the day
    pytest.param("fr", "Cet article est paru dans Le Courrier Lacustre du 5 mars 2019.", "Le Courrier Lacustre", id="fr-du"),
    pytest.param("es", "Nota publicada en La Gaceta del Valle el día 5 de marzo de 2019", "La Gaceta del Valle",
                 id="es-el-dia"),
    pytest.param("en", "This article first appeared in The Harbour Courier on Tuesday, March 5, 2019.", "The Harbour Courier",
                 id="en-weekday"),
    pytest.param("fr", "Cet article est paru dans Le Courrier Lacustre du mardi 5 mars 2019.", "Le Courrier Lacustre",
                 id="fr-du-weekday"),
    pytest.param("es", "Nota publicada en La Gaceta del Valle el martes 5 de marzo de 2019", "La Gaceta del Valle",
                 id="es-weekday"),
])
def test_the_outlet_before_the_day(language, notice, outlet):
    assert extract(_page(language, notice)).fields["source"] == outlet


@pytest.mark.parametrize("language, notice", [
    pytest.param("en", "Originally published on 5 March 2024", id="en-day-alone"),
    pytest.param("es", "Nota publicada el 5 de marzo de 2019", id="es-day-alone"),
])
def test_a_day_alone_names_no_outlet(language, notice):
    assert extract(_page(language, notice)).fields["source"] in ("", None)
