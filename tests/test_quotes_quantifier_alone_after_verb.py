"""A quantifier standing alone as a pronoun after a verb inverted after a comma ("...,
dijeron algunos.", "..., ont dit certains.", "..., said some.") is a group the text does not
name, as "several observers" is: no one speaks (tests/corpus/README.md: `""` when the text
does not name who spoke), not the body named in the words before the comma. Every sentence
here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def speakers(text: str) -> list[str]:
    return [q.speaker for q in extract(text, None).quotes]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("La Monusco no protege a los desplazados de Kiwanja, dijeron algunos.", id="es-algunos"),
        pytest.param("La Monusco ne protège pas les déplacés de Kiwanja, ont dit certains.", id="fr-certains"),
        pytest.param("La Monusco doit quitter Kiwanja, réclament plusieurs.", id="fr-plusieurs"),
        pytest.param("MONUSCO does not protect the displaced of Kiwanja, said some.", id="en-some"),
    ],
)
def test_quantifier_alone_is_no_one_named(text):
    assert speakers(text) == [""]
