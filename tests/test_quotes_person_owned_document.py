"""Quotes: a document owned by a possessive that gives its owner's gender ("“...,” reads her
statement", "his statement said"; quotes.yaml possessive_owner_genders, English) is the
person's named before, as "its statement" is the body's. With no person named before it is
no one's the text names. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("Ambassador Maria Lopez spoke to the Council on Monday. "
                     "“We must act now before the rains come,” her statement said.", "Maria Lopez", id="her-statement-said"),
        pytest.param("Ambassador Maria Lopez spoke to the Council on Monday. "
                     "“We must act now before the rains come,” reads part of her statement.", "Maria Lopez", id="reads-part-of-her-statement"),
        pytest.param("Ambassador Maria Lopez spoke to the Council on Monday. "
                     "Her statement said the Council must act before the rains.", "Maria Lopez", id="her-statement-opening"),
        # near misses: a body's possessive keeps the body; no person named before, no one
        pytest.param("MINUSMA spoke on Monday about the raid near Gao. "
                     "“The convoy was hit by a mine near the town,” its statement said.", "MINUSMA", id="its-statement"),
        pytest.param("Peacekeepers reached the camp on Monday. "
                     "“We must act now before the rains come,” reads her statement.", "", id="no-person-before"),
    ],
)
def test_a_document_owned_by_a_gendered_possessive_is_the_persons(text, speaker):
    assert extract(text, None).quotes[-1].speaker == speaker
