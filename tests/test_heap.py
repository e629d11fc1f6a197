"""Under `mkdocs serve` the heap is frozen between saves (plugin.HeapKeeper), so that Python's
cycle collector does not scan the data kept for the next save on every save; its cyclic
garbage is still collected once the frozen objects have grown enough."""
from __future__ import annotations

import gc
import sys

import pytest

from conftest import example_project
from newsdossier.corpus import load_corpus
from newsdossier.plugin import HeapKeeper
from newsdossier.render import render_site
from newsdossier.store import Project


@pytest.fixture
def thawed():
    gc.unfreeze()
    yield
    gc.unfreeze()


class Cycle:
    def __init__(self):
        self.me = self


def test_a_build_leaves_the_heap_frozen_and_a_grown_heap_is_collected_before_the_next(thawed, monkeypatch):
    keeper = HeapKeeper()
    keeper.after_build()
    assert gc.get_freeze_count() > 0 and keeper.frozen and keeper.baseline > 0
    # not grown: nothing unfrozen or collected, still frozen (the frozen count itself is not
    # compared: another thread of the process may free a frozen object meanwhile)
    with monkeypatch.context() as patched:
        patched.setattr(gc, "unfreeze", lambda: pytest.fail("the heap was unfrozen"))
        patched.setattr(gc, "collect", lambda *args: pytest.fail("the heap was collected"))
        keeper.before_build()
    assert gc.get_freeze_count() > 0 and keeper.frozen
    garbage = [Cycle() for _ in range(int(keeper.baseline * HeapKeeper.GROWTH))]  # two blocks each (object, dict)
    del garbage  # cycles: freed only by the collector
    keeper.after_build()
    assert sys.getallocatedblocks() > HeapKeeper.GROWTH * keeper.baseline
    keeper.before_build()
    assert gc.get_freeze_count() == 0 and keeper.baseline == 0 and not keeper.frozen
    assert not any(isinstance(o, Cycle) for o in gc.get_objects())


def test_a_save_does_not_count_the_frozen_objects(thawed, monkeypatch):
    """Counting the frozen objects walks every one of them (about 0.4 s a call at 10,000
    articles): the keeper measures the heap by the allocator's blocks instead."""
    keeper = HeapKeeper()
    keeper.after_build()
    monkeypatch.setattr(gc, "get_freeze_count", lambda: pytest.fail("the frozen objects were counted"))
    keeper.before_build()
    keeper.after_build()


def test_release_gives_the_heap_back_to_the_collector(thawed):
    keeper = HeapKeeper()
    keeper.after_build()
    keeper.release()
    assert gc.get_freeze_count() == 0


@pytest.mark.parametrize("frozen", [False, True], ids=["mkdocs build", "serve, heap frozen"])
def test_rendering_leaves_the_heap_as_frozen_as_it_found_it(thawed, frozen):
    project = example_project()
    corpus = load_corpus(Project(project))
    if frozen:
        gc.freeze()
    render_site(corpus, project / "templates")
    assert (gc.get_freeze_count() > 0) == frozen


@pytest.mark.parametrize("frozen", [False, True], ids=["mkdocs build", "serve, heap frozen"])
def test_rendering_told_how_the_heap_is_leaves_it_so_without_counting(thawed, frozen, monkeypatch):
    project = example_project()
    corpus = load_corpus(Project(project))
    if frozen:
        gc.freeze()
    count = gc.get_freeze_count
    monkeypatch.setattr(gc, "get_freeze_count", lambda: pytest.fail("the frozen objects were counted"))
    render_site(corpus, project / "templates", frozen=frozen)
    monkeypatch.setattr(gc, "get_freeze_count", count)
    assert (gc.get_freeze_count() > 0) == frozen
