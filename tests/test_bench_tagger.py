"""bench/tagger.py: its pure helpers (how tagged spans become names, what confirms a rules name)
and its clean skip without spaCy, which `make bench` relies on."""
from __future__ import annotations

import subprocess
import sys

import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
import tagger  # noqa: E402

TITLES = {"m", "mme", "general", "colonel"}


@pytest.mark.parametrize("spans, expected", [
    (["Amélie Dufour", "Dufour"], {"amelie dufour"}),  # a surname beside the full name
    (["M. Paul Renaud", "Renaud"], {"paul renaud"}),  # a courtesy title stripped
    (["Général Ana Ruiz"], {"ana ruiz"}),  # a rank, folded like the title list
    (["M.", "Mme"], set()),  # titles alone
    (["le porte-parole de la mission"], set()),  # a description, not a name
    (["Dufour", "Renaud"], {"dufour", "renaud"}),  # single names with no fuller one stay
])
def test_grouped_names(spans, expected):
    assert tagger.grouped_names(spans, TITLES) == expected


@pytest.mark.parametrize("rules, spans, expected", [
    ({"amelie dufour"}, ["Dufour"], {"amelie dufour"}),  # the surname tagged is enough
    ({"amelie dufour"}, ["Amélie"], set()),  # a given name alone is not
    ({"quartier nord"}, ["Paul Renaud"], set()),  # a name the tagger never saw as a person
])
def test_confirmed(rules, spans, expected):
    assert tagger.confirmed(rules, spans) == expected


def test_without_spacy_it_skips_with_the_install_line():
    """spaCy made unimportable (None in sys.modules, as find_spec reads it)."""
    code = ("import runpy, sys; sys.modules['spacy'] = None; sys.argv = ['bench/tagger.py']; "
            "runpy.run_path(sys.argv[0], run_name='__main__')")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "skipped" in result.stdout and "pip install -e '.[tagger]'" in result.stdout
