"""A listed body's name with one of its documents' nouns after it names the document, not a
new body. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


@pytest.mark.parametrize(
    "text, body",
    [
        pytest.param("The battalion deploys under United Nations Security Council Resolution 2799 of last year.", "Security Council",
                     id="en-resolution-capitalised"),
        pytest.param("The patrols have run since 2011 under the U.N. Security Council's Resolution 2799.", "Security Council",
                     id="en-possessive"),
        pytest.param("The African Union Communique listed the new troop ceilings.", "African Union", id="en-communique"),
    ],
)
def test_a_bodys_document_is_no_body(text, body):
    bodies = sorted(e.name for e in extract(text, None).entities.values() if e.kind in ("organisation", "initiative"))
    assert bodies == [body], bodies
