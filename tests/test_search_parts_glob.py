"""A part of a parted search index read from the site itself, its pages named by a glob
(search.part_glob), instead of a folder of links to them made and removed for each part."""
from __future__ import annotations

import filecmp
import json
from pathlib import Path

import pytest

from newsdossier import search
from newsdossier.search import IndexPart, part_glob

# A few pages written for these tests, in two languages, as the build writes them: the search
# reads only what is inside data-pagefind-body.
PAGES = {
    "index.html": ("en", "Home of the dossier", "Peacekeepers and observers, a summary."),
    "articles/00001/index.html": ("en", "Convoy reaches the northern camp", "The convoy reached the camp near the river on Tuesday."),
    "articles/00002/index.html": ("fr", "Les observateurs arrivent à Bouaké", "La sécurité du camp a été renforcée, selon la mission."),
    "actors/jane-doe/index.html": ("en", "Jane Doe", "Jane Doe commands the engineering company."),
    "actors/nguyen-van-an/index.html": ("en", "Nguyễn Văn An", "Nguyễn Văn An visited the hospital in Đông Hà."),
    "events/2020-05-01-bridge-opened/index.html": ("fr", "Pont rouvert", "Le pont a été rouvert aux convois humanitaires."),
}
OTHER = "seeds/00001.txt.html"  # a view of a seed: in the site, read by no part


def _site(folder: Path) -> Path:
    for path, (language, title, text) in {**PAGES, OTHER: ("en", "Seed", "Convoy seed text")}.items():
        body = "" if path == OTHER else " data-pagefind-body"
        (folder / path).parent.mkdir(parents=True, exist_ok=True)
        (folder / path).write_text(f'<!doctype html><html lang="{language}"><head><title>{title}</title></head>'
                                   f"<body><main{body}><h1>{title}</h1><p>{text}</p></main></body></html>", encoding="utf-8")
    return folder


PARTS = [IndexPart("", ("articles/00001/index.html", "index.html", "actors/jane-doe/index.html"), ("en",)),
         IndexPart("part-1", ("actors/nguyen-van-an/index.html",), ("en",)),
         IndexPart("part-2", ("articles/00002/index.html", "events/2020-05-01-bridge-opened/index.html"), ("fr",))]


@pytest.mark.parametrize(("pages", "expected"), [
    (["index.html", "articles/00001/index.html"], "{index.html,articles/00001/index.html}"),
    (["actors/jane-doe_2/index.html"], "{actors/jane-doe_2/index.html}"),
    (["index.html", "actors/a b/index.html"], None),  # a space
    (["actors/{x}/index.html"], None),  # the glob's own characters
    (["actors/a*/index.html"], None),
    (["actors/[a]/index.html"], None),
    (["actors/a,b/index.html"], None),
    (["actors/đức/index.html"], None),  # not ASCII: read from a folder of links, as before
    ([], None),
])
def test_a_glob_names_a_parts_pages_when_every_path_is_plain(pages, expected):
    assert part_glob(pages) == expected


def test_a_part_of_plain_paths_is_read_from_the_site_through_its_glob_with_no_folder_of_links(tmp_path, monkeypatch):
    site = _site(tmp_path / "site")
    runs: list = []

    def run(folder, output, glob, cancel, fresh, niceness=0):
        runs.append((folder, glob))
        output.mkdir(parents=True, exist_ok=True)
        (output / "pagefind.js").write_text("", encoding="utf-8")

    def link(*args):
        raise AssertionError("a folder of links was made")

    monkeypatch.setattr(search, "_run_pagefind", run)
    monkeypatch.setattr(search, "_link_pages", link)
    search.index_site(site, glob=PARTS)
    assert runs == [(site, "{" + ",".join(part.pages) + "}") for part in PARTS]
    assert not (site / search.VIEW).exists()
    assert (site / search.BUNDLE / "part-2" / "pagefind.js").is_file()


def _bundle_files(bundle: Path) -> list[str]:
    return sorted(str(path.relative_to(bundle)) for path in bundle.rglob("*") if path.is_file())


@pytest.mark.parametrize("glob_given", ["on-the-command-line", "in-a-configuration-file"])
def test_the_index_read_through_the_glob_is_the_one_read_from_a_folder_of_links(tmp_path, monkeypatch, glob_given):
    """Pagefind itself (its binary) indexes the parts both ways: the bundles are the same, file
    for file (pagefind-entry.json lists its languages in no fixed order: compared as JSON)."""
    pytest.importorskip("pagefind_bin")
    if glob_given == "in-a-configuration-file":  # as a part's glob longer than a command line argument may be
        monkeypatch.setattr(search, "GLOB_ARGUMENT", 10)
    through_glob = _site(tmp_path / "glob")
    search.index_site(through_glob, glob=PARTS)
    with monkeypatch.context() as patched:
        patched.setattr(search, "part_glob", lambda pages: None)  # every part read from a folder of links, as before
        through_links = _site(tmp_path / "links")
        search.index_site(through_links, glob=PARTS)
    glob_bundle, links_bundle = through_glob / search.BUNDLE, through_links / search.BUNDLE
    files = _bundle_files(glob_bundle)
    assert files == _bundle_files(links_bundle) and "part-2/pagefind-entry.json" in files
    entries = [name for name in files if name.endswith("pagefind-entry.json")]
    _, differ, errors = filecmp.cmpfiles(glob_bundle, links_bundle, [name for name in files if name not in entries], shallow=False)
    assert differ == [] and errors == []
    for name in entries:
        glob_entry = json.loads((glob_bundle / name).read_text(encoding="utf-8"))
        assert glob_entry == json.loads((links_bundle / name).read_text(encoding="utf-8"))
    # each part holds its own pages only (the seed's view, in the site, is read by none)
    counts = {name: sum(language["page_count"] for language in json.loads((glob_bundle / name).read_text(encoding="utf-8"))["languages"].values())
              for name in entries}
    assert counts == {"pagefind-entry.json": 3, "part-1/pagefind-entry.json": 1, "part-2/pagefind-entry.json": 2}
    assert not (through_glob / search.VIEW).exists()
