"""After "the <Demonym> military" a word ending in "-ed" reads as a verb's past, making
"military" the noun, the country's forces ("the Malian military fired"); a word ending so
that is no verb's past (vocabulary "ed_words_no_past": "armoured", "unmanned", "uniformed",
"speed") qualifies the noun after it, as "engineers" in "the Chinese military engineers", and
names no army (tests/corpus/README.md: an adjective of a noun names no body). Every sentence
is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def _bodies(text: str) -> set[str]:
    return {e.name for e in extract(text).entities.values() if e.kind == "organisation"}


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The French military armoured vehicles were attacked near Gao, MINUSMA said.", set(), id="armoured"),
        pytest.param("The US military unmanned aircraft crashed near Niamey, the UN said.", {"United Nations"}, id="unmanned"),
        pytest.param("The Bangladeshi military uniformed personnel joined the UN mission in Bangui.", {"United Nations"},
                     id="uniformed"),
        pytest.param("The Malian military speed boats patrolled the river near Mopti, MINUSMA said.", set(), id="speed"),
    ],
)
def test_ed_word_no_past_names_no_army(text, expected):
    assert _bodies(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # guard: a verb's past after the noun, the army as before
        pytest.param("The Israeli military fired at UNIFIL positions near Naqoura, the UN said.",
                     {"United Nations", "Israel Defense Forces"}, id="fired"),
        pytest.param("The Malian military freed two hostages near Gao, MINUSMA said.", {"Malian Armed Forces"}, id="freed"),
    ],
)
def test_guards(text, expected):
    assert _bodies(text) == expected
