"""A speaker whose surname the copy misspells next to the speech verb, after naming them
right. Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.text import one_edit_apart
from test_quotes import quotes_of


@pytest.mark.parametrize(
    ("language", "paragraphs", "speaker"),
    [
        pytest.param("en", ["Major Lucia Ferranti said the patrol was over.", "Colonel Amir Haddad visited the base.",
                            "\u201cThe road is open again and the convoys can move,\u201d Feranti added."],
                     "Lucia Ferranti", id="en-letter-dropped-before-verb"),
        pytest.param("fr", ["La commandante Lucia Ferranti a dit que la patrouille était finie.", "Le colonel Amir Haddad a visité la base.",
                            "\u00ab La route est de nouveau ouverte aux convois \u00bb, a ajouté Ferrante."],
                     "Lucia Ferranti", id="fr-letter-replaced-after-verb"),
        pytest.param("en", ["Major Lucia Ferranti said the patrol was over.",
                            "\u201cThe road is open again and the convoys can move,\u201d Tomasz Kowalczyk added."],
                     "Tomasz Kowalczyk", id="en-another-name-is-another-person"),
    ],
)
def test_a_surname_misspelt_by_one_letter_names_the_person(language, paragraphs, speaker):
    assert quotes_of(language, *paragraphs)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("a", "b", "apart"),
    [("teneti", "tenenti", True), ("tenente", "tenenti", True), ("tennenti", "tenenti", True),
     ("tenneti", "tenenti", True), ("tenenti", "tenenti", False), ("tenants", "tenenti", False)],
)
def test_one_edit_apart(a, b, apart):
    assert one_edit_apart(a, b) is apart
