"""A courtesy title or a rank abbreviated with a dot and glued to the name after it, the space
lost in copying ("M.Ousmane", "Me.Abdoulaye", "Dr.Farida", "Sr.Fernando"), is cut off: the person's name is
found whole, first name included. Dotted acronyms stay whole.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from newsdossier.entities import split_compounds
from newsdossier.extract import extract
from newsdossier.text import tokenize


def _people(text: str) -> set[str]:
    return {e.name for e in extract(text).entities.values() if e.kind == "person"}


@pytest.mark.parametrize(("text", "name"), [
    ("La cérémonie s'est tenue en présence de M.Ousmane Garba Lawali, conseiller spécial du ministre.",
     "Ousmane Garba Lawali"),
    ("Le rapport a été lu par Me.Abdoulaye Konaté Diarra, avocat de la famille.",
     "Abdoulaye Konaté Diarra"),
    ("The report was presented in Dhaka by Dr.Farida Rahman Chowdhury, the mission's chief medical officer.",
     "Farida Rahman Chowdhury"),
    ("The delegation was led by Mr.Rajesh Kumar Singh, the embassy's defence attaché.",
     "Rajesh Kumar Singh"),
    ("La delegación estuvo encabezada por el Sr.Fernando Ruiz Gómez, jefe de la brigada.",
     "Fernando Ruiz Gómez"),
])
def test_a_name_glued_to_its_title_is_found_whole(text, name):
    assert name in _people(text)


@pytest.mark.parametrize(("word", "parts"), [
    ("M.Ousmane", ["M", "Ousmane"]),
    ("Gen.Kamanzi", ["Gen", "Kamanzi"]),
    # (must not change) dotted acronyms and abbreviations before a lowercase word
    ("Ave.Maria", ["Ave.Maria"]),
    ("S.A", ["S.A"]),
    ("Dr.ing", ["Dr.ing"]),
])
def test_only_a_title_is_cut_off(word, parts):
    assert [t.text for t in split_compounds(tokenize(word))] == parts
