"""A title, date or outlet a person changed in an article's front matter after normalize wrote
it is said on the article's page to be set by hand, with what the extraction read, not the
origin normalize recorded beside it ("printed in the article", "from the collector's
metadata"), which was the extraction's. What the extraction wrote is the article's last machine
output, data/.machine/<id>.yaml. Small projects made here; never data/."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import ROOT
from newsdossier.corpus import Article, Corpus
from newsdossier.render import render_site
from newsdossier.store import machine_event_values

LISTS = ("authors", "actors", "missions", "missions_inferred", "events")
MACHINE = {"title": "Engineers repair the road to Yei", "date": "2022-11-02", "source": "Tide Weekly"}
RECORD = """id: yei
seed: yei.txt
title: Engineers repair the road to Yei
title_basis: printed
title_origin: collector
date: '2022-11-02'
date_basis: explicit
date_source: the collector's metadata
date_origin: collector
source: Tide Weekly
source_origin: collector
language: en
actors: []
quotes:
  - speaker: ''
    kind: direct
    sentence: 'title: not the title'
"""


def _page(tmp_path: Path, record: str | None = RECORD, **edits) -> str:
    articles = tmp_path / "data" / "articles"
    articles.mkdir(parents=True)
    if record is not None:
        (tmp_path / "data" / ".machine").mkdir()
        (tmp_path / "data" / ".machine" / "yei.yaml").write_text(record, encoding="utf-8")
    meta = {k: [] for k in LISTS}
    meta.update(id="yei", seed="yei.txt", title_basis="printed", title_origin="collector", date_basis="explicit",
                date_source="the collector's metadata", date_origin="collector", source_origin="collector",
                language="en", quotes=[], **MACHINE)
    meta.update(edits)
    corpus = Corpus()
    corpus.articles = {"yei": Article(meta, "Engineers repaired the road to Yei on Tuesday.", articles / "yei.md")}
    return render_site(corpus, ROOT / "templates")["articles/yei.md"]


def _line(page: str, name: str) -> str:
    return next(line for line in page.splitlines() if line.startswith(f"- **{name}:**"))


@pytest.mark.parametrize(("edits", "name", "said"), [
    pytest.param(dict(title="Engineers reopen the Yei road"), "Title", "set by hand (the extraction read “Engineers repair the road to Yei”)", id="title"),
    pytest.param(dict(date="2022-11-01"), "Date", "set by hand (the extraction read 2 November 2022", id="date"),
    pytest.param(dict(source="Harbour Times"), "Source", "set by hand (the extraction read Tide Weekly)", id="source"),
])
def test_a_value_changed_by_hand_is_said_to_be(tmp_path, edits, name, said):
    line = _line(_page(tmp_path, **edits), name)
    assert said in line, line
    assert "collector's metadata" not in line.split("(")[0] and "printed in the article" not in line, line


@pytest.mark.parametrize("name", ["Title", "Date", "Source"])
def test_a_value_as_normalize_wrote_it_keeps_its_origin(tmp_path, name):
    line = _line(_page(tmp_path), name)
    assert "set by hand" not in line and "collector's metadata" in line, line


def test_without_a_record_of_the_machine_output_nothing_is_said_edited(tmp_path):
    page = _page(tmp_path, record=None, title="Engineers reopen the Yei road")
    assert "set by hand" not in page


# --- an event's title, date, place or kind corrected in data/events.yaml ------------------------
# The machine's reading is what normalize keeps in data/.machine/_events.json
# (store.record_machine_events); the event page says which value a person set, and what was read.

MACHINE_EVENT = {"title": "Bridge handed over in Yei", "date": "2022-11", "place": "Yei", "kind": "handover"}


def _event_page(tmp_path: Path, record: bool = True, **edits) -> str:
    (tmp_path / "data" / ".machine").mkdir(parents=True)
    if record:
        (tmp_path / "data" / ".machine" / "_events.json").write_text(json.dumps({"2022-11-bridge-handed-over-in-yei": MACHINE_EVENT}), encoding="utf-8")
    event = {"id": "2022-11-bridge-handed-over-in-yei", **MACHINE_EVENT, "actors": [], "missions": [], "articles": [],
             "sentences": {}, "status": "candidate"}
    event.update(edits)
    corpus = Corpus(root=tmp_path)
    corpus.events = {event["id"]: event}
    return render_site(corpus, ROOT / "templates")[f"events/{event['id']}.md"]


@pytest.mark.parametrize(("edits", "name", "said"), [
    pytest.param(dict(title="Engineers hand the Yei bridge to the county"), "Title", "set by hand (the extraction read “Bridge handed over in Yei”)", id="title"),
    pytest.param(dict(date="2022-11-08"), "When", "set by hand (the extraction read November 2022)", id="date"),
    pytest.param(dict(place="Morobo"), "Where", "set by hand (the extraction read Yei)", id="place"),
    pytest.param(dict(kind="ceremony"), "Kind", "set by hand (the extraction read handover)", id="kind"),
])
def test_an_event_value_changed_by_hand_is_said_to_be(tmp_path, edits, name, said):
    line = _line(_event_page(tmp_path, **edits), name)
    assert said in line, line


@pytest.mark.parametrize("edits", [{}, dict(status="confirmed")], ids=["untouched", "only confirmed"])
def test_an_event_as_normalize_wrote_it_says_nothing_set_by_hand(tmp_path, edits):
    assert "set by hand" not in _event_page(tmp_path, **edits)


def test_an_event_the_record_does_not_hold_says_nothing_set_by_hand(tmp_path):
    assert "set by hand" not in _event_page(tmp_path, record=False, title="Engineers hand the Yei bridge to the county")


@pytest.mark.parametrize(("recorded", "read", "written", "kept"), [
    pytest.param("Yei", "Yei", "Morobo", "Morobo", id="nobody touched it: the run's value"),
    pytest.param("Yei", "Morobo", "Morobo", "Yei", id="a person's value left by the run: the machine's reading kept"),
    pytest.param("Yei", "Morobo", "Kajo Keji", "Kajo Keji", id="a person's value the run wrote over: the run's"),
    pytest.param(None, "Morobo", "Morobo", "Morobo", id="no record yet: the run's"),
])
def test_the_record_of_the_machine_s_event_values(recorded, read, written, kept):
    event = "2022-11-bridge-handed-over-in-yei"
    old = {event: {"place": recorded}} if recorded is not None else {}
    assert machine_event_values(old, {event: {"place": read}}, {event: {"place": written}}) == {event: {"place": kept}}


def test_the_record_forgets_an_event_the_run_no_longer_writes():
    assert machine_event_values({"gone": {"place": "Yei"}}, {"gone": {"place": "Yei"}}, {}) == {}
