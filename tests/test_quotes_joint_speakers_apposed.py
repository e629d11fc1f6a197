"""People listed together as the subject of one speech verb each speak the words, also when
an apposition set off by commas follows a name of the list ("Anna Berg, the mayor of Goma,
and Paul Durand, a local activist, said ...", "Anna Berg, maire de Goma, et Paul Durand, un
militant, ont affirmé ..."): the apposition says who the person is, it does not end the list.
A body named inside an apposition ("Anna Berg, spokeswoman for MONUSCO, and ...") describes
the person and is no speaker of the list. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def speakers_of(text: str) -> list[str]:
    return sorted(q.speaker for q in extract(text, None).quotes)


@pytest.mark.parametrize(
    "text, speakers",
    [
        pytest.param("GOMA -- Anna Berg, the mayor of Goma, and Paul Durand, a local activist, said the road was closed.",
                     ["Anna Berg", "Paul Durand"], id="en-both-apposed"),
        pytest.param("GOMA -- Anna Berg, the mayor of Goma, and Paul Durand said the road was closed.",
                     ["Anna Berg", "Paul Durand"], id="en-first-apposed"),
        pytest.param("GOMA -- Anna Berg and Paul Durand, a local activist, also said the road was closed.",
                     ["Anna Berg", "Paul Durand"], id="en-last-apposed"),
        pytest.param("GOMA -- Anna Berg, the deputy mayor of the town, where the camp stands, and Paul Durand, a local "
                     "activist, said the road was closed.", ["Anna Berg", "Paul Durand"], id="en-two-part-apposition"),
        pytest.param("GOMA - Anna Berg, maire de Goma, et Paul Durand, un militant, ont affirmé que la route était fermée.",
                     ["Anna Berg", "Paul Durand"], id="fr-both-apposed"),
        pytest.param("GOMA - Ana Berg, alcaldesa de Goma, y Pablo Durán, un activista, afirmaron que la ruta estaba cerrada.",
                     ["Ana Berg", "Pablo Durán"], id="es-both-apposed"),
        pytest.param("GOMA -- Anna Berg, spokeswoman for MONUSCO, and Paul Durand, a local activist, said the road was "
                     "closed.", ["Anna Berg", "Paul Durand"], id="en-body-in-apposition"),
    ],
)
def test_each_apposed_person_of_a_list_speaks(text, speakers):
    assert speakers_of(text) == speakers


@pytest.mark.parametrize(
    "text, speakers",
    [
        pytest.param("GOMA -- Anna Berg met the mayor, and Paul Durand, a local activist, said the road was closed.",
                     ["Paul Durand"], id="en-clause-not-list"),
    ],
)
def test_a_name_in_an_earlier_clause_is_no_member(text, speakers):
    assert speakers_of(text) == speakers
