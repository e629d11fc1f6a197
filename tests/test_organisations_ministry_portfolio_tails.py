"""A ministry whose name goes on with further portfolios ("Ministry of Foreign Affairs and
Expatriates", "ministère des Affaires étrangères et de la Coopération internationale",
"Ministerio de Relaciones Exteriores y Culto") is the country's generic ministry, tied to the
country printed after the tail or before the name, once (tests/corpus/README.md: the generic
English name, not the country's own style); "Department of Defence" and "Department of
Foreign Affairs" are such generic forms too. A body named after "and" stays its own. Every
sentence is written for these tests."""
from __future__ import annotations

import pytest

from actorcases import actors_of


@pytest.mark.parametrize(
    "text, ministry",
    [
        pytest.param("The Ministry of Foreign Affairs and Expatriates of Jordan issued a statement on Monday.",
                     "Ministry of Foreign Affairs of Jordan", id="en-tail-then-country"),
        pytest.param("Jordan's Ministry of Foreign Affairs and Expatriates issued a statement on Monday.",
                     "Ministry of Foreign Affairs of Jordan", id="en-country-then-tail"),
        pytest.param("Le ministère des Affaires étrangères et de la Coopération internationale du Niger a protesté.",
                     "Ministry of Foreign Affairs of Niger", id="fr-tail-adjective"),
        pytest.param("El Ministerio de Relaciones Exteriores y Culto de Argentina emitió un comunicado.",
                     "Ministry of Foreign Affairs of Argentina", id="es-y-culto"),
        pytest.param("The Irish Department of Defence confirmed the rotation on Monday.",
                     "Ministry of Defence of Ireland", id="en-department-of-defence"),
        pytest.param("Ireland's Department of Foreign Affairs said the troops were safe.",
                     "Ministry of Foreign Affairs of Ireland", id="en-department-of-foreign-affairs"),
    ],
)
def test_a_ministry_with_further_portfolios_is_the_generic_one(text, ministry):
    assert actors_of(text)[1] == [ministry]


@pytest.mark.parametrize(
    "text, bodies",
    [
        pytest.param("Jordan's Ministry of Defence and the Army signed the plan.",
                     ["Ministry of Defence of Jordan"], id="en-and-the-army"),
        pytest.param("Lebanon's Ministry of Foreign Affairs and Hezbollah disagreed on Monday.",
                     ["Hezbollah", "Ministry of Foreign Affairs of Lebanon"], id="en-and-a-known-body"),
    ],
)
def test_a_body_after_and_is_no_portfolio(text, bodies):
    found = actors_of(text)[1]
    assert all(b in found for b in bodies), found
    assert not any("And" in b or " and " in b for b in found), found
