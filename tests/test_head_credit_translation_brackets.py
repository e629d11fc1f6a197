"""A closing credit naming who translated or edited the story, in round or square brackets,
the role printed alone before the names ("[Traducción y edición, Ana Gil]", "[Translation and
editing, Mary Lind]", "(Traduction, Anne Morel)") or with "by" ("(Translated by Mary Lind)"):
the names are the story's writers (a translator writes the text read), no people the story
tells of (tests/corpus/README.md: people named in the article text; authors: writers
credited). Main read the names as people of the story.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE as _HEAD, LEAD as _LEAD, MORE as _MORE
from newsdossier.extract import extract
from newsdossier.segment import closing_credit


@pytest.mark.parametrize(("language", "credit", "writers"), [
    pytest.param("es", "[Traducción y edición, Ana Gil]", ["Ana Gil"], id="es-square-role-alone"),
    pytest.param("es", "[Traducción, Ana Gil y Luis Mora]", ["Ana Gil", "Luis Mora"], id="es-two-names"),
    pytest.param("en", "[Translation and editing, Mary Lind]", ["Mary Lind"], id="en-square-role-alone"),
    pytest.param("en", "(Translated by Mary Lind)", ["Mary Lind"], id="en-translated-by"),
    pytest.param("fr", "(Traduction, Anne Morel)", ["Anne Morel"], id="fr-round-role-alone"),
])
def test_translation_credit_names_writers_not_people(language, credit, writers):
    assert closing_credit(credit) == writers
    text = "\n".join([_HEAD[language], _LEAD[language], _MORE[language], credit])
    extraction = extract(text)
    people = {e.name for e in extraction.entities.values() if e.kind == "person"}
    assert not people & set(writers)


@pytest.mark.parametrize("line", [
    # (must not change) brackets of another kind
    pytest.param("[Photo, Ana Gil]", id="photo"),
    pytest.param("[Ana Gil y Luis Mora]", id="names-only"),
    pytest.param("(Reporting from Harbourton)", id="place"),
])
def test_other_brackets_are_no_credit(line):
    assert closing_credit(line) is None
