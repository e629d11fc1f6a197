"""A name printed after a title of the clergy ("Mgr", "Sister", "l'abbé", "Sœur", "monseñor",
"sor", "fray"): the person is the name alone, the title the role. Every sentence is written
for the test."""
from __future__ import annotations

import pytest

from newsdossier.entities import find_in_sentence
from newsdossier.text import split_sentences


def people(sentence: str, language: str) -> dict[str, str | None]:
    """name -> role of the people found in one sentence."""
    return {f.name: f.role for f in find_in_sentence(sentence, language) if f.kind == "person"}


@pytest.mark.parametrize(
    "language, sentence, name, role",
    [
        pytest.param("en", "Mgr Pedro Lobo Kalu blessed the convoy before it left Bria.", "Pedro Lobo Kalu", "Mgr", id="en-mgr"),
        pytest.param("en", "The clinic is run by Sister Mary Rose Hill and two nurses.", "Mary Rose Hill", "Sister", id="en-sister"),
        pytest.param("fr", "Mgr Firmin Ngaba Koyo a reçu les casques bleus à l'évêché.", "Firmin Ngaba Koyo", "Mgr", id="fr-mgr"),
        pytest.param("fr", "Sœur Marie Claire Ndoyo soigne les déplacés du site.", "Marie Claire Ndoyo", "Sœur", id="fr-soeur"),
        pytest.param("fr", "L'évêque Jean Kota Zamba a demandé le calme.", "Jean Kota Zamba", "évêque", id="fr-eveque"),
        pytest.param("es", "Monseñor Pablo Ruiz Soto pidió calma a los vecinos.", "Pablo Ruiz Soto", "Monseñor", id="es-monsenor"),
        pytest.param("es", "La escuela la dirige sor Elena Rosa Campos desde 2019.", "Elena Rosa Campos", "sor", id="es-sor"),
        pytest.param("es", "El albergue lo abrió fray Bernardo Rosa en Bangui.", "Bernardo Rosa", "fray", id="es-fray"),
    ],
)
def test_a_clergy_title_is_the_role_and_the_name_stands_alone(language, sentence, name, role):
    assert people(sentence, language).get(name) == role


def test_an_abbreviated_clergy_titles_stop_ends_no_sentence():
    assert len(split_sentences("Mgr. Firmin Ngaba Koyo a reçu les casques bleus. Il a prié.")) == 2
