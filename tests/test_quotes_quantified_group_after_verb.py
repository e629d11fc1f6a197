"""A group the text does not name, opened by a quantifier ("several", "plusieurs", "de
nombreux", "varios"), as the subject of a speech verb inverted after a comma ("..., said several
observers.", "..., ont estimé plusieurs observateurs.", "..., estimaron varios observadores.")
is an unnamed speaker (tests/corpus/README.md: `""` when the text does not name who spoke), not
a body named inside the words reported before the comma. Every sentence here is written for
these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def speakers(text: str) -> list[str]:
    return [q.speaker for q in extract(text, None).quotes]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The decision by MINUSCA worsened the crisis in Bria, said several observers.", id="en-several"),
        pytest.param("The withdrawal of UNMISS came too early for the displaced, said many aid workers in Juba.", id="en-many"),
        pytest.param("Cette décision de la MINUSCA a aggravé la crise à Bria, ont déclaré plusieurs observateurs.",
                     id="fr-plusieurs"),
        pytest.param("Le retrait de la MONUSCO a laissé un vide sécuritaire, ont affirmé de nombreux habitants de Beni.",
                     id="fr-de-nombreux"),
        pytest.param("La decisión de la MINUSCA agravó la crisis en Bria, estimaron varios observadores.", id="es-varios"),
        pytest.param("La retirada de la MINUSMA dejó un vacío en Gao, dijeron muchos vecinos de la ciudad.", id="es-muchos"),
    ],
)
def test_a_quantified_group_after_the_verb_is_unnamed(text):
    assert speakers(text) == [""]


@pytest.mark.parametrize(
    "text, speaker",
    [
        # the verb's clause follows it: the subject is the one before the comma
        pytest.param("Paul Durand, the head of the mission, said several soldiers were wounded in Bria.", "Paul Durand",
                     id="en-clause-after-verb"),
        pytest.param("Paul Durand, chef de la mission, a déclaré que plusieurs soldats avaient été blessés.", "Paul Durand",
                     id="fr-que-clause"),
        # a named speaker after the verb still speaks
        pytest.param("The base will close in June, said Paul Durand, the head of the mission.", "Paul Durand",
                     id="en-named-after"),
    ],
)
def test_a_named_subject_still_speaks(text, speaker):
    assert speakers(text) == [speaker]
