"""An outlet's name alone closing a reposted story, under its last paragraph and the day the
site printed ("Le 15/04/2018" then "Valeurs actuelles"), or after a source label ("Fuente: El
Mercurio"), credits the story to that outlet once sources.yaml lists it (a French weekly and
a Chilean daily, added with their domains). An outlet's name read in the text's prose is no
such credit.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE, LEAD, MORE
from newsdossier.extract import extract


@pytest.mark.parametrize(("language", "closing", "outlet"), [
    ("fr", ["Le 15/04/2018", "Valeurs actuelles"], "Valeurs actuelles"),
    ("fr", ["Valeurs actuelles"], "Valeurs actuelles"),
    ("es", ["Fuente: El Mercurio"], "El Mercurio"),
    ("es", ["24/02/2017", "El Mercurio"], "El Mercurio"),
])
def test_the_listed_outlet_closing_the_story_is_its_source(language, closing, outlet):
    page = "\n\n".join([HEADLINE[language], LEAD[language], MORE[language], *closing])
    assert extract(page).fields["source"] == outlet


@pytest.mark.parametrize(("language", "sentence"), [
    ("fr", "Selon Valeurs actuelles, la mission compte aussi des observateurs dans la zone."),
    ("es", "Según El Mercurio, la misión cuenta también con observadores en la zona."),
])
def test_the_outlet_cited_in_the_prose_is_no_credit(language, sentence):
    page = "\n\n".join([HEADLINE[language], LEAD[language], sentence, MORE[language]])
    assert extract(page).fields["source"] == ""
