"""Quotes: a country's government or authorities called by their common noun with the
country's demonym or name after them, as French and Spanish print them ("les autorités
burundaises", "le gouvernement burundais", "las autoridades burundesas", "el gobierno de
Burundi"), speak as the country (tests/corpus/README.md: a government called only by its
common noun is not listed, the country stands for it) after a source marker or an inverted
verb, and when they give a document ("selon ...", "indique un communiqué du gouvernement
burundais", "según un comunicado de las autoridades burundesas"), as they already do opening
the clause. With no country after them ("selon les autorités", "les autorités locales") they
stay unnamed. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def speakers_of(text: str) -> list[str]:
    return [q.speaker for q in extract(text, None).quotes]


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("GITEGA - Deux soldats ont été blessés près de la frontière, selon les autorités burundaises.",
                     "Burundi", id="fr-selon-autorites"),
        pytest.param("GITEGA - « Deux soldats ont été blessés près de la frontière », indique un communiqué du gouvernement burundais.",
                     "Burundi", id="fr-communique-du-gouvernement"),
        pytest.param("GITEGA - Dos soldados resultaron heridos cerca de la frontera, según un comunicado de las autoridades burundesas.",
                     "Burundi", id="es-comunicado-de-las-autoridades"),
        pytest.param("GITEGA - Dos soldados resultaron heridos cerca de la frontera, según el gobierno de Burundi.",
                     "Burundi", id="es-segun-gobierno-de"),
        pytest.param("GITEGA - Les autorités burundaises assurent que deux soldats ont été blessés près de la frontière.",
                     "Burundi", id="fr-opening-unchanged"),
    ],
)
def test_the_government_with_its_country_after_speaks_as_the_country(text, speaker):
    assert speakers_of(text) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("GITEGA - Deux soldats ont été blessés près de la frontière, selon les autorités locales.", id="fr-local"),
        pytest.param("GITEGA - « Deux soldats ont été blessés près de la frontière », indique un communiqué du gouvernement.", id="fr-no-country"),
        pytest.param("GITEGA - Dos soldados resultaron heridos cerca de la frontera, según las autoridades.", id="es-no-country"),
    ],
)
def test_the_government_with_no_country_stays_unnamed(text):
    assert speakers_of(text) == [""]
