"""Quotes and bodies: a group claiming an attack takes responsibility, it says no words unless a
clause or a quotation follows; armed groups of the reference data are found by name and
acronym. Sentences of our own."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("AQMI a revendiqué l'embuscade contre le convoi de la mission.", id="fr-claimed"),
        pytest.param("The ambush on the convoy was later claimed by an armed group near Kidal.", id="en-claimed-passive"),
        pytest.param("An armed group claimed the ambush on the convoy near Kidal.", id="en-claimed"),
    ],
)
def test_claiming_an_attack_is_no_quote(text):
    assert extract(text, None).quotes == []


def test_a_claim_with_a_clause_is_still_speech():
    quotes = extract("AQMI a revendiqué l'embuscade et a affirmé qu'elle avait détruit deux véhicules.", None).quotes
    assert [q.speaker for q in quotes] == ["Al-Qaeda in the Islamic Maghreb"]


@pytest.mark.parametrize(
    "text, body",
    [
        pytest.param("Les rebelles de la Coalition des patriotes pour le changement ont miné la route.", "Coalition of Patriots for Change",
                     id="fr-cpc"),
        pytest.param("AQMI (Al-Qaïda au Maghreb islamique) opère dans le nord.", "Al-Qaeda in the Islamic Maghreb", id="fr-aqmi"),
        pytest.param("Fighters of Al-Qaeda in the Islamic Maghreb attacked the camp.", "Al-Qaeda in the Islamic Maghreb", id="en-aqim"),
    ],
)
def test_armed_groups_are_found_by_name_and_acronym(text, body):
    names = [e.name for e in extract(text, None).entities.values() if e.kind == "organisation"]
    assert body in names
