"""Quotes: a country's capital right after a source marker opening its clause ("selon Bamako",
"according to Accra", "según Bogotá") stands for the country's government, as a capital opening
its clause before a speech verb does: the country speaks, not a body named after the city.
A capital inside the marker's phrase ("selon des sources à Bamako") is only where the speakers
are. Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        pytest.param("Selon Bamako, les troupes quitteront la base de Gao avant la fin du mois de juin.", "Mali", id="fr-selon"),
        pytest.param("En effet, le porte-parole Jean Kamau a, selon Bamako, déclaré « que les autorités avaient été prévenues ».",
                     "Mali", id="fr-selon-inside-clause"),
        pytest.param("According to Accra, the troops will stay in the mission until the end of June.", "Ghana", id="en-according-to"),
        pytest.param("Según Bogotá, las tropas seguirán en la misión hasta finales de junio.", "Colombia", id="es-segun"),
    ],
)
def test_a_capital_after_a_source_marker_speaks_as_its_country(sentence, speaker):
    quotes = extract(sentence, None).quotes
    assert [q.speaker for q in quotes] == [speaker], quotes


def test_a_capital_inside_the_marker_phrase_names_no_one():
    quotes = extract("Selon des sources à Bamako, les troupes quitteront la base de Gao avant juin.", None).quotes
    assert [q.speaker for q in quotes] == [""], quotes
