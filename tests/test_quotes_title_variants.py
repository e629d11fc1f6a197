"""A title with a definite article stands for the person introduced with another form of the
same office ("Paul Lenoir, spokeswoman for the mission, ... The spokesperson said", "El vocero
del Gobierno, Pablo Lenoir, ... El portavoz añadió": quotes.yaml "title_variants"), not for the
last person named. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def speaker_of_last(text: str) -> str:
    return extract(text, None).quotes[-1].speaker


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("The mission's spokesman, Paul Lenoir, said the road was open. The head of the mission, Anna Berg, "
                     "visited Gao. The spokesperson said the convoy would leave on Monday.", "Paul Lenoir", id="en-spokesman"),
        pytest.param("Paula Lenoir, spokeswoman for the mission, said the road was open. The head of the mission, Anna "
                     "Berg, visited Gao. The spokesperson said the convoy would leave on Monday.", "Paula Lenoir",
                     id="en-spokeswoman"),
        pytest.param("El vocero del Gobierno, Pablo Lenoir, dijo que la ruta estaba abierta. La jefa de la misión, Ana "
                     "Berg, visitó Gao. El portavoz añadió que el convoy saldría el lunes.", "Pablo Lenoir", id="es-vocero"),
        pytest.param("The council's chairwoman, Ruth Obi, said the vote was set. The envoy, Paul Durand, arrived in Juba. "
                     "The chair said the session would open on Monday.", "Ruth Obi", id="en-chair"),
    ],
)
def test_a_title_stands_for_the_holder_of_another_form(text, speaker):
    assert speaker_of_last(text) == speaker
