"""People: an office's portfolio printed partly in lowercase before its holder ("le ministre de
la communication et Médias Jean Kalala", "the Minister of information and Broadcasting John
Kalala") ends before the name: the capitalised word after the connector is the office's, not
the person's first name, as it is when the portfolio is capitalised throughout; the quote the
holder gives is theirs. Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


CASES = [
    pytest.param("Le ministre de la communication et Médias Jean Kalala a signalé que la ville est calme.",
                 "Jean Kalala", id="fr"),
    pytest.param("El ministro de comunicación y Medios Juan Pérez dijo que la ciudad está tranquila.",
                 "Juan Pérez", id="es"),
    pytest.param("The Minister of information and Broadcasting John Kalala said the city was calm.",
                 "John Kalala", id="en"),
]


@pytest.mark.parametrize("text, name", CASES)
def test_the_holder_is_named_without_the_portfolio(text, name):
    found = extract(text, None)
    assert [f.name for f in found.entities.values() if f.kind == "person"] == [name]
    assert [q.speaker for q in found.quotes] == [name]
