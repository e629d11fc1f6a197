"""The registry's shortcuts for a large corpus give what a scan of every entry gives."""
import copy

import pytest
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from newsdossier.registry import Registry, forget_article, forget_articles


def _events():
    kinds = ["meeting", "attack", None, "meeting", ["odd", "list"], "casualties", "attack", "meeting"]
    return CommentedSeq(CommentedMap([("id", f"e{i}"), ("kind", kind), ("articles", CommentedSeq(["a1", "a2"] if i % 2 else ["a2"])),
                                      ("sentences", CommentedMap([("a2", "s")]))]) for i, kind in enumerate(kinds))


def _scan(registry, wanted):
    out = []
    for entry in registry.entries:
        kind = entry.get("kind")
        try:
            hash(kind)
        except TypeError:
            out.append(entry)
            continue
        if wanted(kind):
            out.append(entry)
    return out


@pytest.mark.parametrize("wanted", [lambda k: k == "meeting", lambda k: k in ("attack", "casualties"), lambda k: k is None, lambda k: False],
                         ids=["one kind", "a family", "no kind", "none"])
def test_entries_of_kinds_are_those_a_scan_finds_in_the_same_order(wanted):
    registry = Registry(_events())
    assert registry.of_kinds(wanted) == _scan(registry, wanted)
    registry.add(CommentedMap([("id", "new"), ("kind", "meeting")]))
    registry.add(CommentedMap([("id", "new2"), ("kind", "attack")]))
    assert registry.of_kinds(wanted) == _scan(registry, wanted)


def test_forgetting_several_articles_at_once_is_forgetting_each():
    one, each = Registry(_events()), Registry(_events())
    one.entries[1]["articles"].append("a1")  # an article listed twice by hand: one report dropped per forget, as before
    each.entries[1]["articles"].append("a1")
    forget_articles(one, {"a1", "a2"})
    for article_id in ("a1", "a2"):
        forget_article(each, article_id)
    assert copy.deepcopy(list(one.entries)) == copy.deepcopy(list(each.entries))
