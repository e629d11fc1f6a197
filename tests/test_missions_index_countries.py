"""The missions index names each mission's host countries by name, as every other page does
(names.country_name), not by their ISO codes. A small corpus made here; never data/."""
from __future__ import annotations

import re

import pytest

from conftest import ROOT
from newsdossier.corpus import Corpus
from newsdossier.render import render_site


@pytest.mark.parametrize(("codes", "names"), [
    pytest.param(["CF"], ["Central African Republic"], id="one host"),
    pytest.param(["SD", "SS"], ["Sudan", "South Sudan"], id="two hosts"),
])
def test_the_missions_index_names_host_countries(codes, names):
    corpus = Corpus()
    corpus.missions = {"unxx": {"id": "unxx", "acronym": "UNXX", "name": "United Nations Example Mission",
                                "countries": codes, "start": 2015, "status": "confirmed"}}
    page = render_site(corpus, ROOT / "templates")["missions/index.md"]
    where = re.search(r'data-label="Where">(.*?)</td>', page) or re.search(r"\| UNXX.*", page)
    cell = where.group(1) if where.groups() else where.group(0)
    assert ", ".join(names) in cell
    assert not any(re.search(rf"\b{code}\b", cell) for code in codes), cell
