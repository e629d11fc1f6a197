"""An outlet's code in brackets before a word of reporting credits the outlet only where the
outlet's name is spelled out right before the bracket ("the Maghreb Arabe Presse (MAP)
reported"): the same letters in brackets after another body's name ("the Ministry of
Agriculture and Planning (MAP) reported", "la Policía Local (PL) informó") are that body's
acronym, and the body reports, not the outlet.

Every sentence is invented for the tests.
"""
from __future__ import annotations

import pytest

from newsdossier.reference import reference


@pytest.mark.parametrize("lead", [
    "Two convoys were stopped at the border on Sunday, the Ministry of Agriculture and Planning (MAP) reported.",
    "Dos convoyes fueron detenidos el domingo en la frontera, la Policía Local (PL) informó.",
])
def test_another_body_code_in_brackets_credits_no_outlet(lead):
    assert reference().reporting_sources_in(lead, lead=True) == []
