"""Organisations: a national movement that fought as a rebel army before it governed (the
Rwandan Patriotic Front), named in the history peacekeeping news retells, is listed
(organisations.yaml) under its English name in every language; its English acronym, which
another body shares, names it only beside its full name. Every sentence is written for the
test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def organisations_of(text: str) -> set[str]:
    return {e.name for e in extract(text, None).entities.values() if e.kind == "organisation"}


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Histoire\n\nLe général a servi dans les rangs du Front patriotique rwandais (FPR) en 1993.", id="fr"),
        pytest.param("History\n\nThe general served with the Rwandan Patriotic Front in 1993.", id="en"),
        pytest.param("Historia\n\nEl general sirvió en el Frente Patriótico Ruandés en 1993.", id="es"),
    ],
)
def test_the_movement_is_named_in_every_language(text):
    assert "Rwandan Patriotic Front" in organisations_of(text)


def test_its_english_acronym_alone_names_no_movement():
    text = "Rail news\n\nThe RPF guards at the station checked the night trains on Sunday."
    assert "Rwandan Patriotic Front" not in organisations_of(text)
