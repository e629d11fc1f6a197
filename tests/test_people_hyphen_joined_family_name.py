"""A romanised East Asian name printed with a hyphen between the family name and the given
name as well ("Ban-Ki-moon" for "Ban Ki-moon", as some French papers print it): the person,
named with a space after the family name (vocabulary "family_names"), the surface as printed.
Names hyphenated themselves stay as printed ("Jean-Pierre Lacroix"). Sentences written for
this test."""
import pytest

from newsdossier.extract import extract

HEAD = {"en": "Statement\nMarch 4, 2024\n", "fr": "Déclaration\n4 mars 2024\n", "es": "Declaración\n4 de marzo de 2024\n"}

CASES = [
    ("fr", "Ban-Ki-moon a déclaré que la mission devait être renforcée.", {"Ban Ki-moon"}),
    ("fr", "Le secrétaire général Ban-Ki-moon a condamné l'attaque contre les casques bleus.", {"Ban Ki-moon"}),
    ("en", "Secretary-General Ban-Ki-moon condemned the attack on the peacekeepers.", {"Ban Ki-moon"}),
    ("es", "Ban-Ki-moon pidió a las partes respetar el alto el fuego.", {"Ban Ki-moon"}),
    ("fr", "Jean-Pierre Lacroix a déclaré que la mission devait être renforcée.", {"Jean-Pierre Lacroix"}),
    ("fr", "Le général Jean-Marc Ndayishimiye a pris le commandement de la force.", {"Jean-Marc Ndayishimiye"}),
    ("fr", "Ban Ki-moon a déclaré que la mission devait être renforcée.", {"Ban Ki-moon"}),
]


@pytest.mark.parametrize("language, sentence, people", CASES, ids=[c[1][:40] for c in CASES])
def test_hyphen_joined_family_name(language, sentence, people):
    found = extract(HEAD[language] + sentence).entities.values()
    assert {f.name for f in found if f.kind == "person"} == people


def test_surface_stays_as_printed():
    found = extract(HEAD["fr"] + "Ban-Ki-moon a déclaré que la mission devait être renforcée.").entities.values()
    person = next(f for f in found if f.kind == "person")
    assert "Ban-Ki-moon" in person.surfaces
