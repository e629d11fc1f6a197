"""A compound speech verb listed in the singular perfect ("a estimé", "ha recalcado") reports in
the plural perfect as well ("ont estimé", "han recalcado"), the form a report of several
speakers takes; a verb that reports only with what was said keeps that need in the plural ("ont
publié un rapport" says nothing). Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def quotes(text: str) -> list[tuple[str, str]]:
    return [(q.speaker, q.kind) for q in extract(text, None).quotes]


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("La décision de la MINUSCA a aggravé la crise à Bria, ont estimé plusieurs observateurs.",
                     "", id="fr-ont-estime-inverted"),
        pytest.param("La fermeture de la base de Kidal a été précipitée, ont regretté plusieurs élus de la région.", "",
                     id="fr-ont-regrette-inverted"),
        pytest.param("Paul Durand et Marie Leroy ont rappelé que la mission protège 40 000 déplacés à Bria.",
                     "Paul Durand", id="fr-ont-rappele-pair"),
        pytest.param("Los cancilleres de la región han recalcado que la misión debe continuar en Haití.", "",
                     id="es-han-recalcado"),
        pytest.param("Ana Ruiz y Pedro Gómez han apuntado que la base de Gao cerrará en junio.", "Ana Ruiz",
                     id="es-han-apuntado-pair"),
    ],
)
def test_the_plural_perfect_reports(text, speaker):
    found = quotes(text)
    assert found and found[0] == (speaker, "reported")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Les chercheurs ont publié un rapport de quarante pages sur la MINUSCA.", id="fr-ont-publie-object"),
        pytest.param("Las autoridades han publicado un mapa de la zona de Gao.", id="es-han-publicado-object"),
    ],
)
def test_a_verb_needing_what_was_said_still_needs_it_in_the_plural(text):
    assert quotes(text) == []
