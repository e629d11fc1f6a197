"""A sentence opened by the side of a story, its party and a comma, then an impersonal "on"
saying something ("Côté Minusca, on indique que ...", "Du côté de l'Union africaine, on
affirme que ...") gives the words of the party named there: a person, a body or a mission,
else a country named by its demonym ("Côté malien, on assure que ..."). A side that names no
party ("Côté sécurité, on note que ...") leaves the speaker unnamed. The word "Côté" opening a
sentence is no part of the body's name that follows it. Every sentence here is written for
these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def speakers_of(text: str) -> list[str]:
    return [q.speaker for q in extract(text, None).quotes]


@pytest.mark.parametrize(
    "text, speakers",
    [
        pytest.param("BANGUI - Côté Minusca, on indique que deux patrouilles ont été renforcées.", ["MINUSCA"], id="bare-mission"),
        pytest.param("BANGUI - Du côté de la Minusca, on affirme que la ville est calme.", ["MINUSCA"], id="du-cote-de-la"),
        pytest.param("GOMA - Du côté de l'ONU, on assure que les convois vont reprendre.", ["United Nations"], id="elided-article"),
        pytest.param("GOMA - Du côté de l'Union africaine, l'on estime que le calendrier est trop serré.",
                     ["African Union"], id="l-on"),
        pytest.param("BAMAKO - Côté Union européenne, on rappelle que le financement a été gelé.", ["European Union"], id="bare-body"),
        pytest.param("GOMA - Du côté de Bintou Keita, on explique que la mission reste mobilisée.", ["Bintou Keita"], id="person"),
        pytest.param("BAMAKO - Côté malien, on affirme que l'armée contrôle la route.", ["Mali"], id="demonym"),
        pytest.param("BANGUI - Côté Minusca, on a précisé que trois blessés avaient été évacués.", ["MINUSCA"], id="perfect"),
    ],
)
def test_the_side_named_speaks_for_the_impersonal_on(text, speakers):
    assert speakers_of(text) == speakers


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("BAMAKO - Côté sécurité, on note que les routes restent dangereuses.", id="no-party"),
        pytest.param("BAMAKO - Dans la capitale, on affirme que les routes restent dangereuses.", id="no-side-marker"),
    ],
)
def test_a_side_naming_no_party_leaves_the_speaker_unnamed(text):
    assert speakers_of(text) == [""]


def test_cote_opening_the_sentence_is_no_part_of_a_name():
    found = extract("BAMAKO - Côté Union européenne, on rappelle que le financement a été gelé.", None).entities.values()
    assert sorted(f.name for f in found if f.kind == "organisation") == ["European Union"]
