"""Quotes: a spokesperson the text does not name, with the body they speak for joined to
them ("..., a précisé une porte-parole de la Monusco", "..., dijo un portavoz de la Minusma",
"the United Nations' spokesman said"): the body speaks, as it does when such a spokesperson
opens the sentence. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def speakers_of(text: str) -> list[str]:
    return [q.speaker for q in extract(text, None).quotes]


@pytest.mark.parametrize(
    "text, speaker",
    [
        # inverted, after the verb, the body joined by a joining word
        pytest.param("Trois Casques bleus ont été légèrement blessés près de Gao, a indiqué une porte-parole de la Minusma.",
                     "MINUSMA", id="fr-inverted-spokeswoman-of-mission"),
        pytest.param("« Le convoi a pu repartir dans la soirée », a ajouté un porte-parole de la Monusco à Goma.",
                     "MONUSCO", id="fr-inverted-quotation-spokesman-of-mission"),
        pytest.param("Tres cascos azules resultaron heridos cerca de Gao, dijo un portavoz de la Minusma.",
                     "MINUSMA", id="es-inverted-spokesman-of-mission"),
        pytest.param("«El convoy pudo seguir por la tarde», añadió una portavoz de la Monusco en Goma.",
                     "MONUSCO", id="es-inverted-quotation-spokeswoman-of-mission"),
        pytest.param("Three peacekeepers were lightly hurt near Gao, said a spokeswoman for MINUSMA.",
                     "MINUSMA", id="en-inverted-spokeswoman-for-mission"),
        pytest.param("The patrol was fired on twice near the border, said a spokesman for the Lebanese army.",
                     "Lebanese Armed Forces", id="en-inverted-spokesman-for-army"),
        # before the verb, the body before them with a possessive
        pytest.param("The United Nations' spokesman in Bamako condemned the \"cowardly and senseless\" ambush near Gao.",
                     "United Nations", id="en-possessive-body-spokesman"),
    ],
)
def test_the_body_of_an_unnamed_spokesperson_speaks(text, speaker):
    assert speakers_of(text) == [speaker]


@pytest.mark.parametrize(
    "text, speaker",
    [
        # a person named in apposition speaks, not the body
        pytest.param("« Le convoi a pu repartir », a déclaré le porte-parole de la mission, Olivier Ferrandi.",
                     "Olivier Ferrandi", id="fr-named-spokesman"),
        # no body joined to them: unnamed
        pytest.param("Trois Casques bleus ont été légèrement blessés près de Gao, a indiqué une porte-parole.", "",
                     id="fr-spokeswoman-alone"),
    ],
)
def test_a_spokesperson_with_no_body_joined_or_with_a_name_is_left_as_before(text, speaker):
    assert speakers_of(text) == [speaker]
