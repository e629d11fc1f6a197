"""A country's army printed with a name or demonym two countries share ("el ejército de
Congo", "the Congolese army", "l'armée du Congo") in an article that names neither Congo as a
country is the army of the one whose cities it names, as a bare "Congo" is settled, and that
country is named through it; with cities of both, it stays untold. Every sentence here is
written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract

FARDC = "Armed Forces of the Democratic Republic of the Congo"


def named(text: str) -> set[str]:
    return {f.name for f in extract(text).entities.values() if f.kind in ("organisation", "country")}


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Bridge reopened\n\nThe Congolese army said the bridge was reopened on Friday.\n\nThe shelling had been near Bunia.",
                     id="en-demonym"),
        pytest.param("Bridge reopened\n\nThe army of Congo said the bridge was reopened on Friday.\n\nThe shelling had been near Bunia.",
                     id="en-army-of"),
        pytest.param("Pont rouvert\n\nL'armée du Congo a indiqué que le pont avait été rouvert vendredi.\n\nLes tirs avaient eu lieu près de Bunia.",
                     id="fr-armee-du"),
        pytest.param("Puente reabierto\n\nEl ejército de Congo informó que el puente fue reabierto el viernes.\n\nLos disparos fueron cerca de Bunia.",
                     id="es-ejercito-de"),
    ],
)
def test_the_shared_congo_army_is_the_one_of_the_articles_cities(text):
    assert {FARDC, "Democratic Republic of the Congo"} <= named(text), named(text)


def test_the_army_stays_untold_where_the_article_names_cities_of_both():
    text = ("Bridge reopened\n\nThe Congolese army said the bridge was reopened on Friday.\n\n"
            "Boats from Kinshasa and Brazzaville cross the river every day.")
    assert FARDC not in named(text)
