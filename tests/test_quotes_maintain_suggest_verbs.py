"""Verbs of holding a view and of suggesting report what was said with their clause, as
"maintained that" and "suggested that" do in English: French "a maintenu que", "maintient
que"; Spanish "mantuvo que", "mantiene que", "ha sugerido que", "han sugerido que". Holding
something else ("a maintenu le couvre-feu", "mantuvo una conversación", "mantiene tropas")
reports nothing (tests/corpus/README.md: reported speech). Every sentence here is written for
these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def quotes(text: str) -> list[tuple[str, str]]:
    return [(q.speaker, q.kind) for q in extract(text, None).quotes]


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("Paul Durand, un officier de l'armée française, a maintenu que la faute revenait aux autorités.",
                     "Paul Durand", id="fr-a-maintenu-que"),
        pytest.param("Paul Durand maintient que la base de Bria fermera en juin.", "Paul Durand", id="fr-maintient-que"),
        pytest.param("Ana Ruiz mantuvo que la culpa era de las autoridades locales.", "Ana Ruiz", id="es-mantuvo-que"),
        pytest.param("Ana Ruiz mantiene que la base de Gao cerrará en junio.", "Ana Ruiz", id="es-mantiene-que"),
        pytest.param("Ana Ruiz ha sugerido que la misión debería salir de Gao antes de junio.", "Ana Ruiz",
                     id="es-ha-sugerido-que"),
        pytest.param("Ana Ruiz y Pedro Gómez han sugerido que la misión debería salir de Gao.", "Ana Ruiz",
                     id="es-han-sugerido-que"),
    ],
)
def test_the_view_held_or_suggested_reports(text, speaker):
    found = quotes(text)
    assert found and found[0] == (speaker, "reported")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Paul Durand a maintenu le couvre-feu à Bria pendant une semaine.", id="fr-maintenu-object"),
        pytest.param("La MINUSCA maintient deux bataillons à Bria.", id="fr-maintient-object"),
        pytest.param("Ana Ruiz mantuvo una conversación con el jefe de la misión.", id="es-mantuvo-object"),
        pytest.param("Uruguay mantiene tropas en el Congo desde 1999.", id="es-mantiene-object"),
    ],
)
def test_holding_something_else_reports_nothing(text):
    assert quotes(text) == []
