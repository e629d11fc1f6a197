"""Quotes: words quoted inside a clause before its speech verb (a word or two, or a phrase
with a word on either side) do not cut the clause's subject off from its verb. Every sentence
here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def speakers_of(text: str) -> list[str]:
    return [q.speaker for q in extract(text, None).quotes]


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("La jefa de la misión, Marta Oyono, ha condenado “enérgicamente” el ataque y ha subrayado que "
                     "“ningún civil debe pagar por esta guerra”.", "Marta Oyono", id="es-one-word"),
        pytest.param("La jefa de la misión, Marta Oyono, que ha aplaudido “la memoria y el compromiso” del soldado, ha pedido "
                     "a las autoridades que “no escatimen esfuerzos para hallar a los autores”.", "Marta Oyono",
                     id="es-phrase-in-relative-clause"),
        pytest.param("Colonel Ola Hansen, who praised the \u201cquiet courage of the drivers\u201d of the convoy, said the road "
                     "would reopen on Friday.", "Ola Hansen", id="en-phrase-in-relative-clause"),
    ],
)
def test_the_subject_before_the_fragment_speaks(text, speaker):
    assert speakers_of(text) == [speaker]


def test_a_quotation_of_its_own_still_bounds_the_subject():
    """'X arrived. "The road is open again," the mission said.': the mission speaks."""
    assert speakers_of("Ola Hansen visited UNIFIL on Monday, \u201cThe road is open again today,\u201d the mission said.") \
        == ["UNIFIL"]
