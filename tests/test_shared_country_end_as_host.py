"""A bare "Congo", a word two countries' names end with, settled from what else the article
says: the host country of a mission it names ("au Congo ... la MONUSCO"), or, in a text that
speaks of peacekeeping, a place peacekeepers serve in ("au Congo", "en el Congo", "in Congo"):
the one of the two that ever hosted a UN operation (the Democratic Republic). A contributor
("des soldats du Congo") or a text of no peacekeeping stays unsettled. Every sentence is
written for the test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract

DRC = "democratic-republic-of-the-congo"
ROC = "republic-of-the-congo"


def _countries(text: str) -> set[str]:
    return {f.id for f in extract(text).entities.values() if f.kind == "country"}


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Tunis, 3 mars 2024 - Nos casques bleus servent au Congo, au Liban et au Mali.", id="fr-au-congo"),
        pytest.param("Montevideo, 3 de marzo de 2024 - Los cascos azules uruguayos sirven en el Congo desde hace años.",
                     id="es-en-el-congo"),
        pytest.param("Dhaka, March 3, 2024 - Two peacekeepers serving in Congo were wounded in an ambush.", id="en-in-congo"),
        pytest.param("Tunis, 3 mars 2024 - Un contingent est arrivé au Congo pour renforcer la MONUSCO.",
                     id="fr-mission-named"),
        pytest.param("Lima, 3 de marzo de 2024 - Un oficial peruano llegó al Congo para unirse a la Monusco.",
                     id="es-mission-named"),
    ],
)
def test_bare_congo_where_peacekeepers_serve_is_the_drc(text: str) -> None:
    countries = _countries(text)
    assert DRC in countries
    assert ROC not in countries


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Bangui, 3 mars 2024 - Des soldats du Congo rejoignent les casques bleus de la Minusca.",
                     id="fr-contributor"),
        pytest.param("Tunis, 3 mars 2024 - Le ministre a voyagé au Congo pour une foire commerciale.", id="fr-no-peacekeeping"),
    ],
)
def test_bare_congo_otherwise_stays_open(text: str) -> None:
    assert DRC not in _countries(text)
