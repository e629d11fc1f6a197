"""What `mkdocs serve` keeps between saves, and how it lets memory go: the pages kept for the
next save are held packed (incremental.Pages), read back as the same text; the first build's
cyclic garbage is collected before the heap is frozen (plugin.HeapKeeper); freed memory is
given back to the system before Pagefind runs beside the server (plugin.give_back_memory)."""
from __future__ import annotations

import gc
import weakref
from pathlib import Path

import pytest
from mkdocs.config import load_config

from conftest import SERVE_URL, copy_project, example_project
from newsdossier import plugin
from newsdossier.corpus import load_corpus
from newsdossier.incremental import Pages, pack, rebuild, unpack
from newsdossier.store import Project
from test_serve_incremental import EDITS, FALLBACKS


@pytest.mark.parametrize("text", ["", "# A heading\n\nPlain words.\n", "Đà Nẵng, Genève, «citation», 🌍\n" * 50],
                         ids=["empty", "ascii", "accents and emoji"])
def test_a_packed_page_reads_back_as_its_text(text):
    assert unpack(pack(text)) == text
    assert pack(text) == pack(text)  # the same text packs alike: packed pages compare as their texts
    pages = Pages.of({"a.md": text}, packed=True)
    assert pages["a.md"] == text and isinstance(pages.stored("a.md"), bytes)
    assert pages == {"a.md": text}


def test_packing_lets_each_text_go_and_keeps_every_path():
    made = {"b.md": "second page", "a.md": "first page", "data/x.csv": "id,title\n"}
    pages = Pages.of(made, packed=True)
    assert made == {}
    assert sorted(pages) == ["a.md", "b.md", "data/x.csv"] and len(pages) == 3
    assert dict(pages.updated(Pages.of({"b.md": "second page, edited"}, packed=True))) == {
        "a.md": "first page", "b.md": "second page, edited", "data/x.csv": "id,title\n"}


@pytest.fixture(scope="module")
def example() -> Path:
    return example_project()


def test_a_page_reading_as_at_the_last_build_keeps_its_packed_bytes_and_a_changed_one_is_packed_again():
    last = Pages.of({"same.md": "a page the save leaves alone", "edited.md": "a page before the save"}, packed=True)
    kept = last.stored("same.md")
    pages = Pages.of({"same.md": "a page the save leaves alone", "edited.md": "a page after the save", "new.md": "a page added"},
                     packed=True, last=last)
    assert pages.stored("same.md") is kept
    assert dict(pages) == {"same.md": "a page the save leaves alone", "edited.md": "a page after the save", "new.md": "a page added"}
    assert pages.stored("edited.md") == pack("a page after the save")


@pytest.mark.parametrize("edit", ["title", "actor removed", "date, another year", "article added"])
def test_packed_pages_rebuild_as_plain_ones_do(example, tmp_path, edit):
    """The same pages, and the same pages counted as changed, whether the build keeps them
    packed (under serve) or as text."""
    before, change = FALLBACKS[edit] if edit in FALLBACKS else (None, EDITS[edit])
    project = copy_project(example, tmp_path / "project")
    if before:
        before(project)
    templates = project / "templates"
    plain, _m, _h = rebuild(None, load_corpus(Project(project)), templates, 2)
    packed, _m, _h = rebuild(None, load_corpus(Project(project)), templates, 2, packed=True)
    assert isinstance(packed.pages.stored(next(iter(packed.pages))), bytes)
    change(project)
    plain_after, plain_modified, plain_how = rebuild(plain, load_corpus(Project(project)), templates, 2)
    packed_after, packed_modified, packed_how = rebuild(packed, load_corpus(Project(project)), templates, 2, packed=True)
    assert packed_how == plain_how
    assert packed_modified == plain_modified
    assert packed_after.pages == plain_after.pages


@pytest.fixture
def config(tmp_path):
    project = copy_project(example_project(), tmp_path / "project")
    configured = load_config(str(project / "mkdocs.yml"), site_dir=str(tmp_path / "site"))
    configured.site_url = SERVE_URL
    configured.plugins._current_plugin = "newsdossier"  # as while one of the plugin's events runs
    return configured


@pytest.mark.parametrize("path", ["articles/a-page.md", "data/downloads/a-table.csv"], ids=["page", "download"])
def test_a_generated_file_holding_packed_content_reads_and_writes_its_text(config, path):
    text = "Une ligne écrite à Hà Nội.\n" * 20
    generated = plugin.GeneratedFile.generated(config, path, content=pack(text))
    assert generated.content_string == text
    assert generated.content_bytes == text.encode("utf-8")
    generated.copy_file()
    assert Path(generated.abs_dest_path).read_bytes() == text.encode("utf-8")
    generated.content_string = ""  # what the plugin does to a built page's Markdown under `mkdocs build`
    assert generated.content_string == ""


@pytest.mark.parametrize("text", ["id,title\n1,A plain title\n", "id,title\n2,Đà Nẵng, Genève, «citation»\n"], ids=["ascii", "accents"])
def test_the_downloads_are_held_as_their_utf8_bytes_and_written_as_held(config, text):
    """Under serve the downloads (made again by nearly every save) are kept as their UTF-8 bytes,
    not compressed, and written as they are held; a page is still packed."""
    pages = Pages.of({"downloads/articles.csv": text, "articles/a.md": text}, packed=True)
    assert pages.stored("downloads/articles.csv") == text.encode("utf-8")
    assert pages.stored("articles/a.md") == pack(text)
    assert pages["downloads/articles.csv"] == text and pages["articles/a.md"] == text
    generated = plugin.GeneratedFile.generated(config, "downloads/articles.csv", content=pages.stored("downloads/articles.csv"))
    assert generated.content_string == text and generated.content_bytes == text.encode("utf-8")
    generated.copy_file()
    assert Path(generated.abs_dest_path).read_bytes() == text.encode("utf-8")


class Cycle:
    def __init__(self):
        self.me = self


@pytest.fixture
def thawed():
    gc.unfreeze()
    yield
    gc.unfreeze()


def test_the_first_build_s_cyclic_garbage_is_collected_before_the_heap_is_frozen(thawed):
    keeper = plugin.HeapKeeper()
    gc.disable()  # only the keeper collects here
    try:
        garbage = Cycle()
        gone = weakref.ref(garbage)
        del garbage
        keeper.after_build()
        assert gone() is None and keeper.frozen
        later = Cycle()  # a later save's garbage waits for the heap to grow (HeapKeeper.GROWTH)
        kept = weakref.ref(later)
        del later
        keeper.after_build()
        assert kept() is not None
    finally:
        gc.enable()
        keeper.release()
        gc.collect()


def test_memory_is_given_back_before_each_search_index_under_serve(monkeypatch, tmp_path):
    order = []
    monkeypatch.setattr(plugin, "give_back_memory", lambda: order.append("given back") or True)
    monkeypatch.setattr(plugin, "index_site_apart", lambda site, cancel=None, glob=None, keep=(): order.append(("indexed", site)))
    indexer = plugin.SearchIndexer()
    indexer.request(tmp_path)
    assert indexer.settled(timeout=60)
    indexer.request(tmp_path / "again")
    assert indexer.settled(timeout=60)
    assert order == ["given back", ("indexed", tmp_path), "given back", ("indexed", tmp_path / "again")]


@pytest.mark.parametrize("missing", [OSError("no such library"), AttributeError("no malloc_trim")])
def test_giving_memory_back_does_nothing_where_the_c_library_has_no_such_call(monkeypatch, missing):
    """Another C library (musl), another system (macOS, Windows): the lookup fails, nothing
    is called and nothing is raised."""
    import ctypes

    def absent(*args, **kwargs):
        raise missing

    plugin._malloc_trim.cache_clear()
    monkeypatch.setattr(ctypes, "CDLL", absent)
    try:
        assert plugin.give_back_memory() is False
    finally:
        plugin._malloc_trim.cache_clear()


def test_giving_memory_back_calls_the_c_library_where_it_has_the_call(monkeypatch):
    calls = []
    monkeypatch.setattr(plugin, "_malloc_trim", lambda: calls.append)
    assert plugin.give_back_memory() is True
    assert calls == [0]


def test_a_kept_page_holds_neither_html_nor_toc_nor_search_fields_and_the_next_save_writes_them(example, tmp_path, monkeypatch):
    """What a written page no longer needs is let go (plugin on_post_page); a page the next save
    writes again gets its search fields and headings again: its HTML is a full build's."""
    from conftest import DirtySession
    from test_serve_incremental import files, full_build

    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")
    project = copy_project(example, tmp_path / "project")
    session = DirtySession(project, tmp_path / "served")
    session.build()
    kept = [file.page for file in session.plugins["newsdossier"].kept_files.values() if file.page is not None]
    assert kept
    for page in kept:
        assert page.content is None and not page.toc
        assert not set(plugin.SEARCH_FIELDS) & set(page.meta), page.file.src_uri
    EDITS["title"](project)
    session.build()
    served, full = files(session.site), full_build(project, tmp_path / "full")
    rewritten = [name for name in full if name.startswith("articles/") and name.endswith("index.html") and served[name] == full[name]]
    assert rewritten and b"data-pagefind-meta=\"stems:" in b"".join(full[name] for name in rewritten)
    assert all(served[name] == full[name] for name in full)


@pytest.mark.parametrize("edit", ["title", "article added"])
def test_a_large_site_is_indexed_in_parts_under_serve_and_every_page_names_them(example, tmp_path, monkeypatch, edit):
    """Above `serve_part_pages` pages, `mkdocs serve` writes the search index in parts, one
    Pagefind run after the other, as `mkdocs build` does; after a save (one that adds pages, and
    so moves pages between parts, too) every page names the parts of the index there is."""
    from conftest import DirtySession
    from test_serve_incremental import files, full_build

    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")
    project = copy_project(example, tmp_path / "project")
    settings = project / "mkdocs.yml"
    settings.write_text(settings.read_text(encoding="utf-8").replace("  - newsdossier:\n", "  - newsdossier:\n      search_part_pages: 15\n      serve_part_pages: 15\n", 1),
                        encoding="utf-8")
    session = DirtySession(project, tmp_path / "served")
    session.build()
    parts = session.plugins["newsdossier"].serve_parts
    assert parts and len(parts) >= 2
    bundle = session.site / "pagefind"
    assert (bundle / "pagefind-entry.json").is_file()
    assert all((bundle / part.folder / "pagefind-entry.json").is_file() for part in parts if part.folder)
    before, change = FALLBACKS[edit] if edit in FALLBACKS else (None, EDITS[edit])
    change(project)
    session.build()
    served, full = files(session.site), full_build(project, tmp_path / "full")
    assert sorted(served) == sorted(full)
    assert all(served[name] == full[name] for name in full)
    assert all(b'"folder": "part-1/"' in content for name, content in served.items()
               if name.endswith("index.html") and b"data-pagefind-body" in content)


@pytest.mark.parametrize("build_size, serve_size, parted", [(1000, 15, True), (15, 1000, False)],
                         ids=["smaller parts under serve", "one index under serve"])
def test_serve_parts_the_index_by_its_own_size_not_the_builds(example, tmp_path, monkeypatch, build_size, serve_size, parted):
    """Under `mkdocs serve` the index's parts hold at most `serve_part_pages` pages, whatever
    `search_part_pages` (the build's) says: Pagefind runs there beside the server."""
    from conftest import DirtySession

    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")
    project = copy_project(example, tmp_path / "project")
    settings = project / "mkdocs.yml"
    settings.write_text(settings.read_text(encoding="utf-8").replace(
        "  - newsdossier:\n", f"  - newsdossier:\n      search_part_pages: {build_size}\n      serve_part_pages: {serve_size}\n", 1),
        encoding="utf-8")
    session = DirtySession(project, tmp_path / "served")
    session.build()
    parts = session.plugins["newsdossier"].serve_parts
    assert bool(parts) == parted
    assert all(len(part.pages) <= serve_size for part in parts or [])


@pytest.mark.parametrize("written, given_back", [(["data/articles/a.md"], True), ([], False)], ids=["files written", "nothing written"])
def test_memory_a_normalize_under_serve_let_go_is_given_back_before_the_load_when_it_wrote(monkeypatch, tmp_path, written, given_back):
    from newsdossier import normalize as normalize_module

    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "one.txt").write_text("A seed of my own making.\n", encoding="utf-8")
    calls = []
    monkeypatch.setattr(plugin, "give_back_memory", lambda: calls.append("given back") or True)
    monkeypatch.setattr(normalize_module, "normalize", lambda project, log=print: normalize_module.Report(written=list(written)))
    serving = plugin.NewsdossierPlugin()
    serving.project = Project(tmp_path)
    serving._normalize_new_seeds()
    assert calls == (["given back"] if given_back else [])


def test_a_page_made_again_with_another_length_is_packed_again_without_unpacking_the_last(monkeypatch):
    from newsdossier import incremental

    last = Pages.of({"downloads/a.csv": "id,title\n1,first\n", "same.md": "unchanged text"}, packed=True)
    unpacked = []
    real = incremental.unpack
    monkeypatch.setattr(incremental, "unpack", lambda stored: unpacked.append(stored) or real(stored))
    pages = Pages.of({"downloads/a.csv": "id,title\n1,first, longer now\n", "same.md": "unchanged text"}, packed=True, last=last)
    assert unpacked == [last.stored("same.md")]
    assert pages.stored("same.md") is last.stored("same.md")
    assert real(pages.stored("downloads/a.csv")) == "id,title\n1,first, longer now\n"
    again = pages.updated(Pages.of({"same.md": "edited, same size!"[:14]}, packed=True))
    assert Pages.of({"same.md": "unchanged text"}, packed=True, last=again).stored("same.md") == pack("unchanged text")
