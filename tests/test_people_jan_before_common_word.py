""""Jan", a given name that is also January's short name, opens a person's name before a
capitalised word that is no everyday English word ("Jan Novak"); before an everyday word
("the Jan Attack", a title-case headline's "Since Jan Offensive") it is the month qualifying
the noun, no person (tests/corpus/README.md: people named in the text). Every sentence is
written for the test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def _people(text: str) -> set[str]:
    return {e.name for e in extract(text).entities.values() if e.kind == "person"}


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The Jan Attack on the UN base killed two peacekeepers, the mission said.", id="the-jan-attack"),
        pytest.param("UN Mission Reports More Raids Since Jan Offensive\n\nThe mission said raids rose near Goma.",
                     id="headline-offensive"),
        pytest.param("The Jan Session of the Council ended, the UN said.", id="the-jan-session"),
        pytest.param("After the Jan Talks, the UN mission said fighting eased near Goma.", id="the-jan-talks"),
    ],
)
def test_jan_before_everyday_word_is_the_month(text):
    assert not any(name.startswith("Jan ") for name in _people(text))


@pytest.mark.parametrize(
    "text, expected",
    [
        # guard: a family name that is no everyday word, the person as before
        pytest.param("UN envoy Jan Novak told the Security Council that the vote was delayed.", {"Jan Novak"}, id="novak"),
        pytest.param("The mission's head, Jan Kowalski, left Juba on Monday.", {"Jan Kowalski"}, id="kowalski"),
    ],
)
def test_guards(text, expected):
    assert _people(text) == expected
