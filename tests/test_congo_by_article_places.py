"""A bare "Congo", the word both Congos' names end with, settled for the whole article by the
cities of one of the two that the article names: its dateline's ("KINSHASA, Congo —") or
another sentence's. Places of both, or none, leave it unresolved. Every page here is of our
own making."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract

DRC, ROC = "democratic-republic-of-the-congo", "republic-of-the-congo"


def countries(text: str) -> set[str]:
    return {f.id for f in extract(text).entities.values() if f.kind == "country"}


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Army retakes village\n\nKINSHASA, Congo \u2014 Soldiers took back a village in eastern Congo on Monday, "
                     "the army said.\n\nThe fighting lasted three hours.\n", DRC, id="en-dateline"),
        pytest.param("Le gouvernement annonce un recensement\n\nBRAZZAVILLE, Congo \u2014 Le gouvernement du Congo a annoncé "
                     "lundi un recensement de la population.\n\nIl durera six mois.\n", ROC, id="fr-dateline-other-congo"),
        pytest.param("El ejército recupera una aldea\n\nKINSHASA, Congo (EFE) \u2014 Las tropas de Congo recuperaron el lunes una "
                     "aldea del este del país.\n\nLos combates duraron tres horas.\n", DRC, id="es-dateline"),
        pytest.param("Combats dans l'est\n\nDe violents combats ont éclaté lundi dans l'est du Congo, selon l'armée.\n\n"
                     "Les soldats ont ensuite repris le contrôle de Bunia.\n", DRC, id="fr-city-in-another-sentence"),
    ],
)
def test_the_congo_of_the_articles_cities(text, expected):
    assert expected in countries(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Talks on the river\n\nOfficials of Congo met on Monday to discuss the river trade.\n\n"
                     "Boats from Kinshasa and Brazzaville cross it every day.\n", id="en-cities-of-both"),
        pytest.param("Talks on the river\n\nOfficials of Congo met on Monday to discuss the river trade.\n\n"
                     "The talks will resume next month.\n", id="en-no-city"),
    ],
)
def test_the_word_stays_open_without_one_congos_cities(text):
    assert not {DRC, ROC} & countries(text)
