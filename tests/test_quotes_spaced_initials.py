"""Quotes: a body printed by spaced initials ("U. N.", as print editions and scanned pages set
them) speaks through its unnamed official or spokesperson as "UN" and "U.N." do: the
initialism's own full stop is no gap between the body and its voice. Every sentence here is
written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract

TITLE = "Peacekeepers come under fire near the river\n\n"
LEAD = "Peacekeepers on a patrol near the river came under fire on Tuesday, the second such incident this month.\n\n"


def speakers_of(text: str) -> list[tuple[str, str]]:
    return [(q.speaker, q.sentence) for q in extract(TITLE + LEAD + text, None).quotes]


@pytest.mark.parametrize(
    "text, says",
    [
        pytest.param("The gunmen fled into the forest after the exchange, a U. N. official said on Wednesday.",
                     "fled into the forest", id="en-official-after"),
        pytest.param("A U. N. spokesman said the patrol had returned safely to its base before dark.",
                     "returned safely to its base", id="en-spokesman-before"),
        pytest.param("Two vehicles were damaged in the shooting, a U. N. spokeswoman told reporters.",
                     "Two vehicles were damaged", id="en-spokeswoman-told"),
    ],
)
def test_a_spaced_initialism_speaks_through_its_voice(text, says):
    assert [s for s, sentence in speakers_of(text) if says in sentence] == ["United Nations"]
