"""Quotes: Spanish common nouns of a ministry's office, "la dependencia", "la cartera", as a
speech verb's subject stand for the ministry named before, as "el ministerio" does (quotes.yaml
"body_references"); after an indefinite determiner ("una dependencia de la ONU") such a noun is
not the body named before, and the body named after it speaks; nor is one with a complement of
its own in lowercase ("la cartera de inversiones", a portfolio). Every sentence here is written
for these tests."""
from __future__ import annotations

import pytest

from quotecases import speakers_of


@pytest.mark.parametrize(
    "text, says, speakers",
    [
        pytest.param("La Secretaría de Relaciones Exteriores informó que dos oficiales viajarán a Chipre. "
                     "La dependencia resaltó que con esta decisión México reitera su compromiso con la paz.",
                     "reitera su compromiso", ["Ministry of Foreign Affairs of Mexico"], id="la-dependencia"),
        pytest.param("El Ministerio de Defensa de Perú informó que el contingente partió el lunes. "
                     "La cartera detalló que los efectivos permanecerán un año en la misión.",
                     "permanecerán un año", ["Ministry of Defence of Peru"], id="la-cartera"),
    ],
)
def test_the_office_noun_is_the_ministry_named_before(text, says, speakers):
    assert speakers_of("es", text, says) == speakers


@pytest.mark.parametrize(
    "text, says, speakers",
    [
        pytest.param("La Secretaría de Relaciones Exteriores informó que dos oficiales viajarán a Chipre. "
                     "Una dependencia de la ONU resaltó que la misión seguirá.", "misión seguirá", ["United Nations"],
                     id="una-dependencia-de-la-onu"),
        pytest.param("La Minusma informó que el convoy llegó a Gao. La dependencia resaltó que la ruta sigue abierta.",
                     "ruta sigue", [""], id="no-ministry-named"),
        pytest.param("El Ministerio de Defensa de Perú envió tropas a Malí en marzo. "
                     "La cartera de inversiones del fondo creció un 5%, informó el banco.", "creció un", [""],
                     id="la-cartera-de-inversiones-is-a-portfolio"),
        pytest.param("El Ministerio de Defensa de Perú envió tropas a Malí en marzo. "
                     "La cartera de clientes del banco informó que creció un 5%.", "creció un", [""],
                     id="la-cartera-de-clientes"),
    ],
)
def test_the_office_noun_without_its_ministry(text, says, speakers):
    assert speakers_of("es", text, says) == speakers
