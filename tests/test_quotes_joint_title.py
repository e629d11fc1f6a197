"""Quotes: a title standing for the person named before ("the Secretary-General" after
Secretary-General X was named) is one speaker of a list sharing a speech verb, as the name
is ("The Secretary-General and the Security Council said", "El Secretario General y el
Consejo de Seguridad condenaron ... y dijeron"): one quote each (tests/corpus/README.md, words
several named speakers say together). A title no one named before holds adds no speaker. Every
sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


@pytest.mark.parametrize(
    "text, speakers",
    [
        pytest.param("Secretary-General Ana Moreau visited the camp on Monday. "
                     "The Secretary-General and the Security Council said the mission would stay.",
                     ["Ana Moreau", "Security Council"], id="en-title-and-council"),
        pytest.param("La secretaria general Ana Moreau visitó el campamento el lunes. "
                     "La secretaria general y el Consejo de Seguridad dijeron que la misión seguirá.",
                     ["Ana Moreau", "Security Council"], id="es-title-and-council"),
        # near miss: no one named before holds the title; the council alone
        pytest.param("Peacekeepers reached the camp on Monday. "
                     "The Secretary-General and the Security Council said the mission would stay.",
                     ["Security Council"], id="en-title-of-no-one"),
    ],
)
def test_a_title_standing_for_a_person_is_one_of_the_joint_speakers(text, speakers):
    assert [q.speaker for q in extract(text, None).quotes] == speakers
