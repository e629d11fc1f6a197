"""Run as the program, the command line collects garbage less often (cli.COLLECTOR_THRESHOLDS);
called with its arguments, as by a library's caller or a test, it leaves the collector alone."""
import gc

import pytest

from newsdossier import cli


@pytest.fixture
def thresholds():
    kept = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
    yield
    gc.set_threshold(*kept)


@pytest.mark.parametrize("args", [["--version"], ["--help"]])
def test_the_program_sets_its_thresholds(thresholds, monkeypatch, args):
    monkeypatch.setattr("sys.argv", ["newsdossier", *args])
    with pytest.raises(SystemExit):
        cli.main()
    assert gc.get_threshold() == cli.COLLECTOR_THRESHOLDS


@pytest.mark.parametrize("args", [["--version"], ["--help"]])
def test_a_caller_keeps_its_own(thresholds, args):
    with pytest.raises(SystemExit):
        cli.main(args)
    assert gc.get_threshold() == (700, 10, 10)
