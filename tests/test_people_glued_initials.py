"""A person's initials printed glued by their dots ("Lt Col R.M.K. Silva", "Major H.D. Kumara",
as South Asian armies and newspapers print names) open the person's name as spaced initials do
("Lt Col R. M. K. Silva"): the person is found, named as printed. Letters with dots that are a
known name ("U.S. Army", "U.N. Police") stay that name. Every sentence is written for these
tests."""
from __future__ import annotations

import pytest

from actorcases import actors_of
from newsdossier.extract import extract


@pytest.mark.parametrize(
    "text, person",
    [
        pytest.param("The medal parade was commanded by Lt Col R.M.K. Silva, the battalion commander.",
                     "R.M.K. Silva", id="three-after-rank"),
        pytest.param("Major H.D. Kumara briefed the visiting officers in Malakal.", "H.D. Kumara", id="two-after-rank"),
        pytest.param("The camp's engineers were thanked by Captain A.B. Rathnayake on Friday.",
                     "A.B. Rathnayake", id="two-mid-sentence"),
    ],
)
def test_glued_initials_open_a_persons_name(text, person):
    assert actors_of(text)[0] == [person]


def test_known_dotted_letters_stay_their_name():
    entities = extract("The U.S. delegation met officers in Juba on Monday.").entities.values()
    assert [e.name for e in entities if e.kind == "person"] == []
    assert "United States" in [e.name for e in entities if e.kind == "country"]
