"""A body the reference knows, in the possessive, before a capitalised name ("the African
Union's Kivu Integrated Task Force", "the World Bank's Ebola Response Trust Fund") owns that
name: the body after the possessive is named by the words after it, and the known body stays
known by its own name (tests/corpus/README.md: an article's organisations are the bodies its
text names, each once, by one name). A country in the possessive keeps its reading ("Mali's
Ministry of Defence"). Every sentence is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def _bodies(text: str) -> set[str]:
    return {e.name for e in extract(text).entities.values() if e.kind == "organisation"}


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The head of the African Union's Kivu Integrated Task Force flew to Goma.",
                     {"African Union", "Kivu Integrated Task Force"}, id="au-task-force"),
        pytest.param("A grant from the World Bank's Ebola Response Trust Fund reached Beni.",
                     {"World Bank", "Ebola Response Trust Fund"}, id="world-bank-fund"),
        pytest.param("Nurses of UNICEF's Kasai Emergency Programme Office reached Tshikapa.",
                     {"UNICEF", "Kasai Emergency Programme Office"}, id="unicef-office"),
    ],
)
def test_name_after_known_possessive(text, expected):
    assert _bodies(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # guard: a country in the possessive still names its own body
        pytest.param("Mali's Ministry of Defence confirmed the toll on Monday.",
                     {"Ministry of Defence of Mali"}, id="country-possessive"),
    ],
)
def test_country_possessive_kept(text, expected):
    assert _bodies(text) == expected
