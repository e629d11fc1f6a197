"""A service's word in the plural printed with two countries coordinated names each country's
force (reference/quotes.yaml national_service_plural_forms): "los ejércitos uruguayo y
brasileño", "les armées malienne et burkinabè", "the Malian and Burkinabe armies", "the armies
of Mali and Niger", "les armées du Mali et du Niger". A singular service beside another country
joined by "and" ("the Malian army and Niger") names that country's army alone, "the two armies"
none, and a country in the possessive after the armies owns the noun after it ("the armies of
Mali and Niger's neighbours": Mali's alone). Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from actorcases import actors_of


@pytest.mark.parametrize(
    "text, bodies",
    [
        pytest.param("Los ejércitos chileno y ecuatoriano enviaron ingenieros a Haití.", ["Chilean Army", "Ecuadorian Army"],
                     id="es-demonyms-after"),
        pytest.param("Los ejércitos de Chile y Perú enviaron ingenieros a Haití.", ["Chilean Army", "Peruvian Army"],
                     id="es-countries-after"),
        pytest.param("Les armées malienne et burkinabè ont mené une opération près de la frontière.",
                     ["Burkinabe Armed Forces", "Malian Armed Forces"], id="fr-demonyms-after"),
        pytest.param("The Ghanaian and Nigerian armies held a joint exercise in Accra.", ["Ghanaian Army", "Nigerian Army"],
                     id="en-demonyms-before"),
        pytest.param("The armies of Ghana and Togo held a joint exercise near Lomé.", ["Ghanaian Army", "Togolese Army"],
                     id="en-countries-after"),
        pytest.param("Les armées du Sénégal et du Niger ont lancé une patrouille commune.",
                     ["Nigerien Armed Forces", "Senegalese Armed Forces"], id="fr-countries-after-article"),
    ],
)
def test_a_plural_service_with_two_countries_names_both_forces(text, bodies):
    assert actors_of(text)[1] == bodies


@pytest.mark.parametrize(
    "text, bodies",
    [
        pytest.param("The Ghanaian army and Togo signed the agreement in Lomé.", ["Ghanaian Army"], id="singular"),
        pytest.param("The two armies met at the border on Monday.", [], id="no-country"),
        pytest.param("The armies of Ghana and Togo's neighbours met in Accra.", ["Ghanaian Army"], id="possessive-after"),
    ],
)
def test_no_second_force_elsewhere(text, bodies):
    assert actors_of(text)[1] == bodies
