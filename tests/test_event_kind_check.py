"""check names an event whose kind a person mistyped (one line: file, line, what is wrong):
a kind that is none of the vocabulary's event_kinds is known to no page (the timeline's kind
filter, a mission's contributions). A warning: the site still builds. Edits made here on a copy
of the example corpus, as a person makes them in events.yaml."""
from __future__ import annotations

import re

import pytest

from newsdossier.corpus import load_corpus
from newsdossier.store import Project

EVENT = "2021-09-meeting-in-south-sudan"


def _set_kind(project, kind: str) -> int:
    """Write the event's kind as given; returns the line number it is on (1-based)."""
    path = project / "data" / "events.yaml"
    text = path.read_text(encoding="utf-8")
    start = text.index(f"- id: {EVENT}\n")
    at = re.compile(r"(?m)^    kind: .*$").search(text, start)
    path.write_text(text[:at.start()] + f"    kind: {kind}" + text[at.end():], encoding="utf-8")
    return text[:at.start()].count("\n") + 1


@pytest.mark.parametrize("kind", ["visitt", "Visit", "site visit", "reunion"])
def test_a_kind_no_vocabulary_lists_is_one_warning_at_its_line(normalized, kind):
    line = _set_kind(normalized, kind)
    corpus = load_corpus(Project(normalized))
    assert not corpus.problems
    shown = [w.one_line() for w in corpus.warnings]
    assert any(s.startswith(f"data/events.yaml:{line}: warning: kind {kind!r}") for s in shown), shown


@pytest.mark.parametrize("kind", ["visit", "ceremony", "happening", "''"])
def test_a_listed_kind_or_none_is_no_warning(normalized, kind):
    """Near misses: any kind of event_kinds, "happening" (no listed kind), or no kind written."""
    _set_kind(normalized, kind)
    corpus = load_corpus(Project(normalized))
    assert not corpus.problems and not [w for w in corpus.warnings if "kind" in w.one_line()]


@pytest.mark.parametrize("kind, meant", [("Visit", "visit"), ("CEREMONY", "ceremony"), ("Cérémonie", None), ("visitt", None)])
def test_a_listed_kind_in_other_letters_is_named_in_its_warning(normalized, kind, meant):
    """A kind the vocabulary lists, written in other letter case, is named in the warning as the
    one to write; another word (a French kind, a typo) gets the list of kinds instead."""
    line = _set_kind(normalized, kind)
    shown = [w.one_line() for w in load_corpus(Project(normalized)).warnings if w.one_line().startswith(f"data/events.yaml:{line}:")]
    assert len(shown) == 1, shown
    assert (f"(write {meant!r})" in shown[0]) if meant else ("event_kinds of the vocabulary" in shown[0]), shown
