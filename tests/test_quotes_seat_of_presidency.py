"""A head of state's office called by the name of its seat ("the White House said", "la Casa
Blanca aseguró", "le Kremlin a affirmé"): a body named in the article that speaks, not no one.
Every sentence is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract
from test_quotes import LEADS, TITLES


@pytest.mark.parametrize(
    "language, paragraph, body",
    [
        pytest.param("en", "The White House said the peacekeepers in the south must be kept safe.", "White House", id="en-white-house-said"),
        pytest.param("es", "Por otro lado, la Casa Blanca aseguró que los cascos azules del sur deben estar protegidos.", "White House", id="es-casa-blanca-aseguro"),
        pytest.param("fr", "La Maison Blanche a affirmé que les Casques bleus du sud doivent être protégés.", "White House", id="fr-maison-blanche-a-affirme"),
        pytest.param("fr", "Le Kremlin a affirmé que les Casques bleus du sud doivent être protégés.", "Kremlin", id="fr-kremlin-a-affirme"),
    ],
)
def test_a_presidency_called_by_its_seat_speaks(language, paragraph, body):
    extraction = extract("\n\n".join([TITLES[language], LEADS[language], paragraph]))
    assert [q.speaker for q in extraction.quotes] == [body]
    assert body in {e.name for e in extraction.entities.values() if e.kind == "organisation"}
