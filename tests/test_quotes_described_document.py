"""Quotes: a document described by a word before its noun ("said an emailed statement from
the mission", "a indiqué un bref communiqué de la Monusco", "señaló un breve comunicado de la
Minusma") is still the subject of the verb before it, and its issuer speaks (quotes.yaml
document_descriptions). With no issuer named, no one does. Every sentence is written for
these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("Two peacekeepers were wounded near the camp on Sunday, said an emailed statement from MONUSCO.",
                     "MONUSCO", id="en-emailed"),
        pytest.param("MONUSCO troops patrol the area. Two peacekeepers were wounded on Sunday, said a joint statement from the mission.",
                     "MONUSCO", id="en-joint-the-mission"),
        pytest.param("Deux Casques bleus ont été blessés près du camp dimanche, a indiqué un bref communiqué de la Monusco.",
                     "MONUSCO", id="fr-bref"),
        pytest.param("Dos cascos azules resultaron heridos el domingo, señaló un breve comunicado de la Minusma.",
                     "MINUSMA", id="es-breve"),
        pytest.param("Two peacekeepers were wounded near the camp on Sunday, said an emailed statement.", "", id="en-no-issuer"),
    ],
)
def test_described_document_speaks_for_its_issuer(text, speaker):
    assert [q.speaker for q in extract(text, None).quotes][-1:] == [speaker]
