"""find_quotes looks for speech verbs ahead (the people the text names as speaking, in order)
only in the sentences that name a person: a sentence naming none adds no one, whatever its verbs."""
from __future__ import annotations

import pytest

import newsdossier.quotes as quotes
from newsdossier.entities import Found
from newsdossier.quotes import find_quotes


class _Recording:
    """A compiled pattern that records the texts its search() is asked about."""

    def __init__(self, pattern, searched: list[str]):
        self._pattern, self._searched = pattern, searched

    def search(self, text, *args):
        self._searched.append(text)
        return self._pattern.search(text, *args)

    def __getattr__(self, name):
        return getattr(self._pattern, name)


@pytest.fixture
def searched(monkeypatch):
    texts: list[str] = []
    real = quotes._patterns

    def patterns(language):
        table = dict(real(language))
        table["speech_verbs"] = _Recording(table["speech_verbs"], texts)
        return table

    monkeypatch.setattr(quotes, "_patterns", patterns)
    return texts


@pytest.mark.parametrize("plain, spoken, person", [
    ("The convoy reached the northern camp on Monday, officials said.",
     "Colonel Ama Tetteh said the road was open again.", "Ama Tetteh"),
    ("La colonne a atteint le camp lundi, a indiqué un responsable.",
     "Le colonel Paul Mbarga a déclaré que la route était rouverte.", "Paul Mbarga"),
])
def test_a_sentence_naming_no_person_is_not_searched_for_upcoming_speakers(searched, plain, spoken, person):
    language = "fr" if "colonne" in plain else "en"
    found = Found("person", person.lower().replace(" ", "-"), person, spoken, [person])
    find_quotes([(plain, []), (spoken, [found])], [found], language, frozenset({0, 1}), 2021)
    assert quotes._comparable(plain, language) not in searched
    assert quotes._comparable(spoken, language) in searched  # a sentence naming a person still is
