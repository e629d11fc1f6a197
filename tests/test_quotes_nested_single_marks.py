"""Two closing single marks stand for a closing double mark only where two opening single
marks opened the quotation (‘‘...’’). After a single opening mark (‘...‘...’’) they close a
quotation inside a quotation in single marks, and the whole is still one direct quotation
(tests/corpus/README.md: `direct` for words in quotation marks). Every sentence here is
written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def kinds(text: str) -> list[tuple[str, str]]:
    return [(q.kind, q.speaker) for q in extract(text, None).quotes]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("‘The last order we got was ‘keep the gate shut’’, a guard of the camp, Ana Ferreira, recalled.",
                     id="nested-gate"),
        pytest.param("‘The order was simply ‘hold the bridge’’, a nurse of the clinic, Ana Ferreira, recalled.",
                     id="nested-order"),
    ],
)
def test_nested_single_close_stays_one_direct_quote(text):
    assert kinds(text) == [("direct", "Ana Ferreira")]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("‘‘We will keep the clinic open’’, said Ana Ferreira, a nurse of the clinic.", id="doubled-pair"),
    ],
)
def test_doubled_single_marks_still_read_as_double(text):
    assert kinds(text) == [("direct", "Ana Ferreira")]
