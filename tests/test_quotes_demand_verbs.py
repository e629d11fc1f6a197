"""Quotes: a demand is reported speech in every language, as "urged" and "called for" are:
English "demanded" and French "a exigé", "a réclamé" report, as Spanish "exigió" and
Vietnamese "yêu cầu" already did (quotes.yaml speech_verbs). Every sentence here is written
for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


@pytest.mark.parametrize(
    "text",
    [
        pytest.param('Paul Moreau demanded "the immediate withdrawal of the troops" on Friday.', id="en-quoted"),
        pytest.param("Paul Moreau demanded the immediate withdrawal of the troops on Friday.", id="en"),
        pytest.param("Le ministre Paul Moreau a exigé « le retrait immédiat des troupes » vendredi.", id="fr-quoted"),
        pytest.param("Le ministre Paul Moreau a réclamé vendredi le départ immédiat des troupes.", id="fr"),
        pytest.param("El ministro Paul Moreau exigió «la retirada inmediata de las tropas» el viernes.", id="es"),
        pytest.param("Bộ trưởng Paul Moreau yêu cầu rút ngay lập tức các binh sĩ.", id="vi"),
    ],
)
def test_a_demand_is_reported_speech(text):
    assert [q.speaker for q in extract(text, None).quotes] == ["Paul Moreau"]
