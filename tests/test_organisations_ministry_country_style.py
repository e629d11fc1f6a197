"""A ministry printed in one country's own style and with no country beside it
(reference/generic_names.yaml generic_bodies "styles": Mexico's "Secretaría de Relaciones
Exteriores", France's "ministère des Armées", India's "Ministry of External Affairs") is the
body of the one such country the article names, rather than the country of another national
body the article names (an army) or a country named in the same sentence. Every sentence is
written for these tests."""
from __future__ import annotations

import pytest

from actorcases import actors_of


@pytest.mark.parametrize(
    "text, ministry",
    [
        pytest.param("El Gobierno de México condenó los disparos del Ejército israelí. La Secretaría de Relaciones "
                     "Exteriores pidió un alto el fuego entre Líbano e Israel.",
                     "Ministry of Foreign Affairs of Mexico", id="es-sre-beside-another-army"),
        pytest.param("La France a rendu hommage au soldat tué. Le ministère des Armées a précisé que l'armée malienne "
                     "menait l'enquête au Mali.", "Ministry of Defence of France", id="fr-ministere-des-armees"),
        pytest.param("India sent two more companies. The Ministry of External Affairs said the Nepal Army "
                     "had shared the camp in Congo.", "Ministry of Foreign Affairs of India", id="en-external-affairs"),
    ],
)
def test_a_countrys_own_style_ties_its_ministry(text, ministry):
    assert ministry in actors_of(text)[1]


def test_a_style_of_two_countries_needs_one_of_them_named():
    """Mexico and Honduras both style their foreign ministry so: with neither named, the
    style ties nothing (the article's other ties decide)."""
    bodies = actors_of("La Secretaría de Relaciones Exteriores pidió calma en la frontera.")[1]
    assert bodies == ["Ministry of Foreign Affairs"]


@pytest.mark.parametrize(
    "text, ministry",
    [
        pytest.param("The Pentagon said two more ships would sail on Monday.", "Ministry of Defence of United States",
                     id="en-pentagon"),
        pytest.param("El Pentágono anunció el envío de dos buques.", "Ministry of Defence of United States", id="es-pentagono"),
        pytest.param("Lầu Năm Góc cho biết sẽ điều thêm hai tàu.", "Ministry of Defence of United States", id="vi-lau-nam-goc"),
        pytest.param("Le Quai d'Orsay a convoqué l'ambassadeur lundi.", "Ministry of Foreign Affairs of France", id="fr-quai-d-orsay"),
        pytest.param("The State Department urged both sides to stop.", "Ministry of Foreign Affairs of United States",
                     id="en-state-department"),
    ],
)
def test_a_seat_of_one_country_names_its_ministry(text, ministry):
    assert actors_of(text)[1] == [ministry]


@pytest.mark.parametrize(
    "text, ministry",
    [
        pytest.param("La Cancillería argentina expresó su preocupación por los heridos.",
                     "Ministry of Foreign Affairs of Argentina", id="es-cancilleria-demonym"),
        pytest.param("La cancillería de Uruguay condenó el ataque del lunes.",
                     "Ministry of Foreign Affairs of Uruguay", id="es-cancilleria-de"),
    ],
)
def test_the_cancilleria_is_the_foreign_ministry(text, ministry):
    assert actors_of(text)[1] == [ministry]
