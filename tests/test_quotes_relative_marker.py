"""Quotes: a source marker opening a relative clause ("une déclaration de l'ONU selon laquelle
...", "a statement from UNMISS according to which ...", "un comunicado de la ONU según el cual
..."): the antecedent before the marker speaks, a document through its issuer; a name in the
clause after it does not. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def speakers_of(text: str) -> list[str]:
    return [q.speaker for q in extract(text, None).quotes]


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("Le journal cite une déclaration de l'ONU selon laquelle la mission restera à Bangui jusqu'en mars.",
                     "United Nations", id="fr-selon-laquelle"),
        pytest.param("Il a lu un communiqué de la Minusca selon lequel le colonel Paul Mabiala quittera Bangui en mars.",
                     "MINUSCA", id="fr-selon-lequel-name-after"),
        pytest.param("The report cited a statement from the United Nations according to which the mission will stay in Bor until March.",
                     "United Nations", id="en-according-to-which"),
        pytest.param("El diario recoge un comunicado de la ONU según el cual la misión seguirá en Bangui hasta marzo.",
                     "United Nations", id="es-segun-el-cual"),
        pytest.param("El diario recoge una declaración de la Minusca según la cual el coronel Paul Mabiala dejará Bangui.",
                     "MINUSCA", id="es-segun-la-cual-name-after"),
    ],
)
def test_the_antecedent_of_a_relative_marker_speaks(text, speaker):
    assert speakers_of(text) == [speaker]


@pytest.mark.parametrize(
    "text, speaker",
    [
        # a marker with no relative pronoun after it: as before
        pytest.param("Selon la Minusca, la mission restera à Bangui jusqu'en mars.", "MINUSCA", id="fr-plain-marker"),
        # an antecedent naming no one
        pytest.param("Une source selon laquelle la mission restera à Bangui a été citée.", "", id="fr-unnamed-source"),
    ],
)
def test_plain_markers_and_unnamed_antecedents_are_left_as_before(text, speaker):
    assert speakers_of(text) == [speaker]
