"""A definite title stands first for the person introduced with that very form of the office,
and for one introduced with another form of it (quotes.yaml "title_variants") only when no one
holds the form printed: "the spokeswoman" after "X, spokeswoman for ..." and "Y, spokesman for
..." is X, not a tie between the two (nor Y). Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def last_speaker(text: str) -> str:
    return extract(text, None).quotes[-1].speaker


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("Anne Lenoir, spokeswoman for UNICEF, said children were at risk. Paul Moreau, spokesman for the "
                     "mission, said the road was open. The spokeswoman added that schools were closed.",
                     "Anne Lenoir", id="en-spokeswoman"),
        pytest.param("Paul Moreau, spokesman for the mission, said the road was open. Anne Lenoir, spokeswoman for "
                     "UNICEF, said children were at risk. The spokesman added that patrols would resume.",
                     "Paul Moreau", id="en-spokesman"),
        pytest.param("Pablo Moreno, vocero de la misión, dijo que la ruta estaba abierta. Ana Ruiz, vocera de UNICEF, "
                     "dijo que los niños estaban en peligro. El vocero agregó que las patrullas volverían.",
                     "Pablo Moreno", id="es-vocero"),
        pytest.param("Paul Moreau, spokesman for the mission, said the road was open. The spokesperson added that "
                     "patrols would resume.", "Paul Moreau", id="en-variant-when-no-exact-form"),
    ],
)
def test_the_printed_form_of_the_office_goes_first(text, speaker):
    assert last_speaker(text) == speaker
