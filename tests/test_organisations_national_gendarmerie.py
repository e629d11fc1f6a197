"""A country's gendarmerie, its national police force of military status, printed with its
country or demonym ("la Gendarmerie nationale sénégalaise", "la gendarmerie malienne", "la
Gendarmería Nacional Argentina") is listed as a national police is (tests/corpus/README.md):
"<Demonym> National Gendarmerie" (reference/quotes.yaml national_services), or the body
organisations.yaml marks "gendarmerie_of" for the country (Canada's, the RCMP: "la gendarmerie
canadienne", "la Gendarmerie royale du Canada"). Gendarmes, and a
unit of a gendarmerie ("une unité de gendarmerie sénégalaise"), name no body. Every sentence is
written for these tests."""
from __future__ import annotations

import pytest

from actorcases import actors_of


@pytest.mark.parametrize(
    "text, body",
    [
        pytest.param("La Gendarmerie nationale sénégalaise a remis le drapeau au contingent vendredi.",
                     "Senegalese National Gendarmerie", id="fr-full"),
        pytest.param("La gendarmerie malienne a ouvert une enquête sur l'attaque.",
                     "Malian National Gendarmerie", id="fr-bare"),
        pytest.param("La Gendarmería Nacional Argentina envió cuarenta efectivos a Chipre.",
                     "Argentine National Gendarmerie", id="es"),
        pytest.param("La gendarmerie canadienne a formé des policiers haïtiens à Port-au-Prince.",
                     "Royal Canadian Mounted Police", id="fr-canada-listed"),
        pytest.param("La Gendarmerie royale du Canada a envoyé vingt policiers au Mali.",
                     "Royal Canadian Mounted Police", id="fr-canada-own-name"),
    ],
)
def test_a_countrys_gendarmerie_is_listed(text, body):
    assert actors_of(text)[1] == [body]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Une unité de gendarmerie sénégalaise est arrivée à Bangui mardi.", id="unit"),
        pytest.param("Des gendarmes sénégalais ont escorté le convoi jusqu'à Bria.", id="gendarmes"),
    ],
)
def test_gendarmes_and_units_name_no_body(text):
    assert actors_of(text)[1] == []
