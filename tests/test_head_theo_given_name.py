"""Theo is also a given name ("Theo Walker", "Théo Dupont"): a writer so named keeps it. The
Vietnamese credit's word "Theo" before a sign-off ("Theo Minh Anh/VOV") is read only before a
writer's name of two words or more, or a word that is no plain surname ("Theo Arms-Expo");
before one plain word ("Theo Walker/Reuters", "By Theo Leggett, BBC") it is the writer's own
given name, and "Théo" is never the credit's word.

Every text is invented for the tests.
"""
from __future__ import annotations

import datetime

import pytest

from newsdossier.extract import extract

_TODAY = datetime.date(2026, 12, 1)

_TEXT = {
    "en": ("Peacekeepers attacked near the border",
           "A convoy of the UN mission in South Sudan was attacked on Monday near the border, the mission said.",
           "The soldiers were met by their families at the airport."),
    "fr": ("Des casques bleus attaqués près de la frontière",
           "Un convoi de la mission de l'ONU au Mali a été attaqué lundi près de la frontière.",
           "Les soldats ont été accueillis par leurs familles à l'aéroport."),
}

CASES = [
    # a byline under the headline
    ("en", "By Theo Leggett, BBC News", "head", ["Theo Leggett"]),
    ("en", "By Theo Leggett", "head", ["Theo Leggett"]),
    ("fr", "Par Théo Dupont", "head", ["Théo Dupont"]),
    # a sign-off under the text
    ("en", "Theo Walker/Reuters", "foot", ["Theo Walker"]),
    ("en", "Theo Walker (AFP)", "foot", ["Theo Walker"]),
    ("fr", "Théo Dupont (AFP)", "foot", ["Théo Dupont"]),
]


@pytest.mark.parametrize(("language", "line", "where", "authors"), CASES)
def test_a_writer_named_theo_keeps_the_name(language, line, where, authors):
    headline, lead, more = _TEXT[language]
    parts = [headline, line, lead, more] if where == "head" else [headline, lead, more, line]
    x = extract("\n\n".join(parts), today=_TODAY)
    assert x.fields.get("authors", []) == authors
