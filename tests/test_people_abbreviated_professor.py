"""People: the French abbreviation of "professeur", "Pr" (as "Dr" is "docteur"), is a title
before a name, not part of it; so the person named after it is found and speaks ("écrit-il"
goes on with them, not with a name in brackets before). Sentences of our own."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def people_of(text: str) -> list[str]:
    return sorted(e.name for e in extract(text, None).entities.values() if e.kind == "person")


@pytest.mark.parametrize(
    "text, names",
    [
        pytest.param("Le Pr Paul Lenoir revient sur la mission.", ["Paul Lenoir"], id="fr-pr"),
        pytest.param("Selon le Pr Awa Sissoko, les camps manquent d'eau.", ["Awa Sissoko"], id="fr-pr-after-marker"),
        # near miss: the full word was already a title, and stays one
        pytest.param("Le professeur Paul Lenoir revient sur la mission.", ["Paul Lenoir"], id="fr-professeur"),
    ],
)
def test_pr_before_a_name_is_a_title(text, names):
    assert people_of(text) == names


def test_the_pronoun_after_goes_on_with_the_professor_not_a_name_in_brackets():
    text = ("Auteur d'un livre (éditions Sahel-éditions IRD, 2015), le Pr Paul Lenoir revient sur la mission. "
            "« Le mandat était trop large », écrit-il.")
    assert [q.speaker for q in extract(text, None).quotes] == ["Paul Lenoir"]
