"""A definite title ("the spokesperson") stands for the person whose role holds the office,
in the form printed or another form of it (quotes.yaml "title_variants"), before anyone whose
sentence merely prints the title near their name: "The spokesperson praised the force
commander, Jean Dubois" introduces no spokesperson called Jean Dubois. Every sentence here is
written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def last_speaker(text: str) -> str:
    return extract(text, None).quotes[-1].speaker


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("Roads were reopened on Monday, said a statement from the minister's spokesman, Paul Moreau. "
                     "The spokesperson praised the work of the force commander, Jean Dubois, and his \u201cpatient "
                     "efforts\u201d. Aid will reach the north next week, the spokesperson explained.",
                     "Paul Moreau", id="en-variant-role-before-a-name-near-the-title"),
        pytest.param("Paul Moreau, spokesman for the mission, said the road was open. The spokesperson thanked the "
                     "governor, Awa Keita, for her help. Patrols will resume on Friday, the spokesperson added.",
                     "Paul Moreau", id="en-variant-role-before-an-apposed-name"),
        pytest.param("Anne Lenoir, spokeswoman for UNICEF, said children were at risk. The spokeswoman thanked the "
                     "mayor, Paul Durand, for his help. Schools will reopen soon, the spokeswoman added.",
                     "Anne Lenoir", id="en-exact-role-before-an-apposed-name"),
    ],
)
def test_a_role_holding_the_office_goes_before_a_name_printed_near_the_title(text, speaker):
    assert last_speaker(text) == speaker
