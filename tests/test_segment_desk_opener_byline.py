"""A newsroom's word opening a credit line under the headline, the outlet's name after it
("Rédaction Le Courrier des Lacs", "Redacción Diario del Puerto"),
signs the text for the outlet: the outlet is the source and no writer is named, as for a desk's
words after the name ("Example Herald News Desk"). A word for no one or a place after the
newsroom's word names no outlet.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE, LEAD, MORE
from newsdossier.extract import extract

@pytest.mark.parametrize(("language", "credit", "source"), [
    ("fr", "Rédaction Le Courrier des Lacs", "Le Courrier des Lacs"),
    ("es", "Redacción Diario del Puerto", "Diario del Puerto"),
    ("fr", "Rédaction Horizon Sahel", "Horizon Sahel"),
    # (must not change) a place after the newsroom's word
    ("es", "Redacción Madrid", ""),
])
def test_the_newsroom_s_credit_names_the_outlet(language, credit, source):
    fields = extract("\n".join([HEADLINE[language], credit, LEAD[language], MORE[language]])).fields
    assert fields["source"] == source
    assert fields["authors"] == []
