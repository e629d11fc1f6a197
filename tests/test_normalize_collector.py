"""normalize runs with Python's cycle collector off and gives it back as it found it
(store.collector_paused): full collections over the loaded indexes and registries were a
quarter of a one-seed run's CPU at 10,000 articles."""
from __future__ import annotations

import gc

import pytest

from newsdossier.executors import Plan
from newsdossier.normalize import normalize
from newsdossier.store import Project, collector_paused


@pytest.mark.parametrize("on_before", [True, False])
def test_normalize_pauses_the_collector_and_restores_it(project, on_before):
    states: list[bool] = []
    (gc.enable if on_before else gc.disable)()
    try:
        report = normalize(Project(project), log=lambda line: states.append(gc.isenabled()), plan=Plan(jobs=1))
        after = gc.isenabled()
    finally:
        gc.enable()
    assert report.written  # it did its work
    assert states and not any(states)  # off while it ran
    assert after is on_before


def test_the_collector_comes_back_when_the_function_raises():
    @collector_paused
    def fails():
        assert not gc.isenabled()
        raise ValueError("stop")

    gc.enable()
    with pytest.raises(ValueError):
        fails()
    assert gc.isenabled()
