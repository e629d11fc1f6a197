"""The year a text of no known date gives the missions it implies: a bare year dating a
country's birth ("won its freedom from Belgium in 1960", "son indépendance en 1960") is no
year of the peacekeepers it tells of today, so it implies no operation of that year (ONUC);
another year still does. Every sentence is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def implied(text: str) -> list[str]:
    return extract(text).fields["missions_inferred"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The Congo won its freedom from Belgium in 1960. Today UN peacekeepers patrol the hills "
                     "around Bunia, in the Democratic Republic of the Congo.", id="en-independence"),
        pytest.param("Le Congo a obtenu son indépendance en 1960. Aujourd'hui, les casques bleus patrouillent "
                     "autour de Bunia, en République démocratique du Congo.", id="fr-independence"),
        pytest.param("El Congo se independizó de Bélgica en 1960. Hoy los cascos azules patrullan las colinas "
                     "de Bunia, en la República Democrática del Congo.", id="es-independence"),
    ],
)
def test_a_year_of_the_countrys_history_implies_no_operation_of_then(text):
    assert "onuc" not in implied(text)


@pytest.mark.parametrize(
    "text, mission",
    [
        pytest.param("In 2019 UN peacekeepers patrolled the hills around Bunia, in the Democratic Republic of "
                     "the Congo.", "monusco", id="en-year-of-peacekeepers"),
        pytest.param("En 1961, les casques bleus patrouillaient à Élisabethville, en République démocratique du "
                     "Congo.", "onuc", id="fr-year-of-peacekeepers"),
    ],
)
def test_a_year_printed_with_the_peacekeepers_still_dates_them(text, mission):
    assert mission in implied(text)
