"""A person named in full, then by the last two or more words of the name, is one person of
the article (newsdossier.entities.name_tails, used by extract). Sentences of our own."""
from __future__ import annotations

import pytest

from newsdossier.entities import Found, name_tails, with_full_names
from newsdossier.extract import extract


def person(name: str) -> Found:
    return Found("person", name.lower().replace(" ", "-"), name, "")


@pytest.mark.parametrize(
    "names, short, full",
    [
        pytest.param(["Mohammad Karim Ullah Rahman", "Karim Ullah Rahman"], "Karim Ullah Rahman", "Mohammad Karim Ullah Rahman", id="three-word-tail"),
        pytest.param(["Ana María Rodríguez Soto", "Rodríguez Soto"], "Rodríguez Soto", "Ana María Rodríguez Soto", id="two-word-tail"),
    ],
)
def test_a_tail_of_one_longer_name_is_that_person(names, short, full):
    people = {p.id: p for p in map(person, names)}
    tails = name_tails(people)
    assert tails[person(short).id].name == full


@pytest.mark.parametrize(
    "names, short",
    [
        pytest.param(["Ahmed Ullah Rahman", "Karim Ullah Rahman", "Ullah Rahman"], "Ullah Rahman", id="tail-of-two-names"),
        pytest.param(["Ullah Rahman Khan", "Ullah Rahman"], "Ullah Rahman", id="head-not-tail"),
    ],
)
def test_an_ambiguous_or_leading_part_is_left_alone(names, short):
    people = {p.id: p for p in map(person, names)}
    assert person(short).id not in name_tails(people)


def test_with_full_names_keeps_one_mention_per_sentence():
    full, short = person("Ana María Rodríguez Soto"), person("Rodríguez Soto")
    out = with_full_names([full, short], {short.id: full})
    assert [f.id for f in out] == [full.id]


@pytest.mark.parametrize(
    "language, text, full",
    [
        pytest.param("en", "Medals for the battalion\n\nThe Acting Force Commander, Maj Gen Mohammad Karim Ullah Rahman, reviewed the parade in Bentiu.\n\n"
                           "Maj Gen Ullah Rahman praised the battalion for its work with the local schools.", "Mohammad Karim Ullah Rahman", id="en"),
        pytest.param("es", "Medallas para el batallón\n\nLa teniente coronel Ana María Rodríguez Soto recibió la medalla en Goma.\n\n"
                           "La teniente coronel Rodríguez Soto agradeció el apoyo de la misión.", "Ana María Rodríguez Soto", id="es"),
    ],
)
def test_an_article_gives_one_person_for_both_printings(language, text, full):
    names = [e.name for e in extract(text).entities.values() if e.kind == "person"]
    assert names == [full]
