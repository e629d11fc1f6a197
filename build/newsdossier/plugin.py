"""The MkDocs plugin: generates every page from data/ and templates/ in memory, and watches them."""
from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import functools
import gc
import hashlib
import html
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority, get_plugin_logger
from mkdocs.structure.files import File, Files, InclusionLevel

from . import incremental, index_apart
from .corpus import ArticleMemo, in_use, load_corpus
from .reference import keep_parsed_in
from .publish import Source, published_sources, readable, render_view
from .graph import merged_into as entries_merged_into
from .render import _COMPILED, LONG_LIST, NAV_PAGES, _CompiledTemplates, page_path, render_problem
from .pagestream import Deferred, PageStream, RenderFailed, streaming_possible
from .fieldstream import FieldStream, page_fields
from .search import (SearchIndexError, communicate_until, entity_names, index_glob, index_parts, index_site, parts_shown, language_tag, PartedIndex,
                     page_languages, one_line, searched_page, IndexPart, PART_PAGES, SERVE_PART_PAGES)
from .seeds import SeedListing, seed_listing, watched
from .store import PARSED_FILE, ParseCache, Project, StoredParseCache, recorded_seed_reasons, stat_signature
from .watch import LightPoller, watch_natively
from .text import counted

log = get_plugin_logger(__name__)
_THEME_COMPILED = _CompiledTemplates()  # the theme's compiled templates, kept between the rebuilds of `mkdocs serve` and on disk between builds
COMPILED_FOLDERS = ("compiled-templates", "compiled-theme")  # inside the project's .newsdossier-cache: ours, the theme's
PARSED_REFERENCE_FOLDER = "parsed-reference"  # inside it too: the reference data parsed (reference.keep_parsed_in)

class NewsdossierConfig(Config):
    root = c.Type(str, default=".")  # the project folder, relative to mkdocs.yml
    templates = c.Type(str, default="templates")
    long_list = c.Type(int, default=LONG_LIST)  # longer lists get a page per year
    search = c.Type(bool, default=True)  # index the built site with Pagefind
    # How `mkdocs serve` notices changes to data/, seeds/, templates/ (watch.py): "polling" (watch.LightPoller)
    # stays the default until two serve tests that fail only in a full CI run with "native" are understood.
    watch = c.Choice(("native", "polling"), default="polling")
    search_part_pages = c.Type(int, default=PART_PAGES)  # above this many pages, the index is written in parts (search.index_parts)
    serve_part_pages = c.Type(int, default=SERVE_PART_PAGES)  # the same under `mkdocs serve`, where Pagefind runs beside the server
    render_process = c.Type(bool, default=True)  # `mkdocs build`: render the pages in a process of their own while MkDocs converts them (pagestream.py)


class GeneratedFile(File):
    """A page or download made in memory. A dirty build (`mkdocs serve --dirty`) rebuilds it
    only when its content differs from the last build's, or its output is missing. Its content
    may be held packed (incremental.pack, under `mkdocs serve`): it is unpacked when read or
    written."""

    changed = True

    def is_modified(self) -> bool:
        return self.changed or not os.path.isfile(self.abs_dest_path)

    def _made(self) -> None:
        """A content still being made in the build's render process (pagestream.Deferred) is
        waited for; a failed render is the PluginError of its one line."""
        if isinstance(self._content, Deferred):
            try:
                self._content = self._content.take()
            except RenderFailed as error:
                raise PluginError(str(error)) from None

    @property
    def content_string(self) -> str:
        self._made()
        return incremental.unpack(self._content) if isinstance(self._content, bytes) else super().content_string

    @content_string.setter
    def content_string(self, value: str) -> None:
        self._content = value
        self.abs_src_path = None

    @property
    def content_bytes(self) -> bytes:
        self._made()
        if isinstance(self._content, incremental.Encoded):  # held as its UTF-8 bytes: written as it is
            return self._content
        return self.content_string.encode("utf-8") if isinstance(self._content, bytes) else super().content_bytes

    def copy_file(self, dirty: bool = False) -> None:
        self._made()
        if not isinstance(self._content, bytes):
            return super().copy_file(dirty)
        _write_made(self, dirty)  # MkDocs would write the packed bytes as they are held


def _searched(file: File) -> bool:
    """Whether a page is indexed: a page the plugin generates when search.searched_page says
    so, a page a researcher wrote always."""
    return not isinstance(file, GeneratedFile) or searched_page(file.src_uri)


def _write_made(file: File, dirty: bool) -> bool:
    """Write a file made when it is written (its content_bytes) to its place in the site, its
    folder made if need be; under a dirty build only when it is modified (File.is_modified).
    Returns whether it was written."""
    if dirty and not file.is_modified():
        return False
    output = Path(file.abs_dest_path)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_bytes(file.content_bytes)
    return True


class Stamps:
    """Under `mkdocs serve --dirty`: the signatures (store.stat_signature) of the project's
    files that this build read anyway (the seeds it listed, the article files it loaded), so
    that deciding whether a published seed or data file is to be written again costs no `stat`
    of it (twice that of its output, at 10,000 articles about 120,000 calls per save). A file
    this build did not read is asked for its signature."""

    def __init__(self) -> None:
        self.known: dict[str, tuple] = {}

    def of(self, paths) -> tuple | None:
        """The signatures of the files at `paths`, or None when one cannot be read."""
        found = []
        for path in paths:
            key = str(path)
            signature = self.known.get(key)
            if signature is None:
                try:
                    signature = stat_signature(os.stat(key))
                except OSError:
                    return None
            found.append(signature)
        return tuple(found)


class _WrittenFrom:
    """A published file that a dirty build writes again only when the files it is made from
    read otherwise than when it was last written (Stamps): their signatures then. A signature
    of a file modified within RACY_SECONDS of being recorded is not kept (a later save in the same
    tick of a coarse file system clock would keep it; the rule of git's index, "racy git"):
    such a file is written again next time. Without `stamps` (not under --dirty), as MkDocs decides."""

    stamps: Stamps | None = None
    written_from: tuple | None = None  # the signatures of its inputs when it was last written
    RACY_SECONDS = 2.0

    def inputs(self) -> tuple:
        return (self.abs_src_path,)

    def unchanged(self) -> bool | None:
        """Whether its inputs read as when it was last written; None without stamps."""
        if self.stamps is None:
            return None
        return self.written_from is not None and self.stamps.of(self.inputs()) == self.written_from

    def wrote(self) -> None:
        """Record its inputs' signatures, as they are now, after it was written."""
        if self.stamps is None:
            return
        now = self.stamps.of(self.inputs())
        fresh = now is not None and all(s[0] < (time.time() - self.RACY_SECONDS) * 1e9 for s in now)
        self.written_from = now if fresh else None


class RawFile(_WrittenFrom, File):
    """A file published as it is, for reading or download: an article's .md file from data/,
    or a seed (a .md seed is a text as collected, not a page for MkDocs to render: its markup
    would run on the site)."""

    def is_documentation_page(self) -> bool:
        return False

    def is_modified(self) -> bool:
        unchanged = self.unchanged()
        return super().is_modified() if unchanged is None else not unchanged

    def copy_file(self, dirty: bool = False) -> None:
        if dirty and not self.is_modified():
            return
        super().copy_file(False)
        self.wrote()


class SourceView(_WrittenFrom, File):
    """The readable page of a raw file (publish.render_view: UTF-8 declared, the text's
    language, lines linkable), made when it is written, from the file. A dirty build writes it
    again only when the file (or the article data its page shows, a seed's language) is newer."""

    source: Source

    @classmethod
    def of(cls, config, source: Source) -> "SourceView":
        view = cls.generated(config, source.view, abs_src_path=str(source.source))
        view.source = source
        return view

    def is_documentation_page(self) -> bool:
        return False

    @property
    def content_bytes(self) -> bytes:
        return render_view(self.source, directory_urls=self.use_directory_urls).encode("utf-8")

    forced = False  # written by the next build whatever the files' times say (its source reads otherwise)

    def inputs(self) -> tuple:
        return (self.source.source, *self.source.depends)

    def copy_file(self, dirty: bool = False) -> None:
        if _write_made(self, dirty):
            self.forced = False
            self.wrote()

    def is_modified(self) -> bool:
        if self.forced:
            return True
        unchanged = self.unchanged()
        if unchanged is not None:
            return not unchanged
        try:
            written = os.path.getmtime(self.abs_dest_path)
        except OSError:
            return True
        return any(_newer(path, written) for path in (self.source.source, *self.source.depends))


def _newer(path: Path, than: float) -> bool:
    try:
        return path.stat().st_mtime >= than
    except OSError:
        return True


def safe_title(title: str) -> str:
    """A page title the theme can print both as it is (the header) and with its entities
    decoded (the <title> element, through `striptags`): no angle bracket either way, so a
    title taken from a seed ("</title><script>...") stays text."""
    text = html.unescape(title).replace("<", "\u2039").replace(">", "\u203a")
    return text.replace("&", "&amp;")


def _stat_seeds(paths, signatures: dict[str, tuple] | None = None):
    """(name, size, modification time) of each file; one that vanished since it was listed (an
    editor's temporary file) is left out. signatures: when given, receives each file's
    store.stat_signature by its path."""
    for path in paths:
        try:
            stat = path.stat()
        except OSError:
            continue
        if signatures is not None:
            signatures[str(path)] = stat_signature(stat)
        yield (path.name, stat.st_size, stat.st_mtime_ns)


def _tree_state(folder: Path) -> tuple:
    """(path, size, modification time) of every file under a folder, sorted: another value when
    a file in it was added, removed or saved."""
    found = []
    for path in folder.rglob("*"):
        with contextlib.suppress(OSError):
            stat = path.stat()
            if not path.is_dir():
                found.append((str(path.relative_to(folder)), stat.st_size, stat.st_mtime_ns))
    return tuple(sorted(found))


SEARCH_FIELDS = ("search_spellings", "search_stems", "search_names")  # what on_page_content adds to a page's meta for main.html
BACKGROUND_NICENESS = 10  # added to the niceness of the search index's thread under `mkdocs serve`, and of Pagefind's runs in `mkdocs build` of a parted index


def _lower_priority() -> None:
    """Lower the calling thread's CPU priority (Linux keeps a niceness per thread, and a process
    it starts, Pagefind, inherits it): the search index, written in the background, then yields
    the cores to the rebuild of the next save, which a researcher waits for (`mkdocs serve`).
    Source: Linux setpriority(2), NOTES (under NPTL the nice value is per thread); fork(2) and
    execve(2) keep it. Does nothing where the system offers no such call."""
    with contextlib.suppress(AttributeError, OSError):
        tid = threading.get_native_id()
        os.setpriority(os.PRIO_PROCESS, tid, os.getpriority(os.PRIO_PROCESS, tid) + BACKGROUND_NICENESS)


def give_back_memory() -> bool:
    """Return the memory the process freed to the operating system: the C allocator keeps freed
    blocks for later use, so after a build that made and let go of a whole site's text the
    server stays as large as at its peak, beside the Pagefind run that follows. Calls glibc's
    malloc_trim(0), which releases the free pages of every arena, not only the top of the heap
    (Source: malloc_trim(3), glibc 2.8 and later). True when it was called; False where there
    is no such call (another C library, another system). ctypes releases the interpreter lock
    during the call."""
    trim = _malloc_trim()
    if trim is None:
        return False
    trim(0)
    return True


@functools.cache
def _malloc_trim():
    with contextlib.suppress(OSError, AttributeError):
        return ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").malloc_trim
    return None


CANCEL_WAIT = 20  # seconds a cancelled index process has to stop Pagefind and clean up before it is killed


def index_site_apart(site_dir: Path, cancel: threading.Event | None = None, glob: list[IndexPart] | str | None = None,
                     keep: tuple[str, ...] = ()) -> None:
    """search.index_site(site_dir, cancel, glob, keep) run by a process of its own (index_apart), so
    that its work in Python (linking each part's pages into a folder, removing them) never holds
    the server's interpreter lock while a save is rebuilt. Waits for it; `cancel` set stops it
    (SIGTERM, then a kill of its process group after CANCEL_WAIT seconds). Raises
    SearchIndexError with the process's message when it fails or was cancelled, OSError when the
    site folder could not be read or written, index_apart.InternalError for a bug of the process
    (an uncaught exception, a request it could not read). The message is the process's last
    line on standard error (last_line)."""
    if cancel is not None and cancel.is_set():
        raise SearchIndexError("cancelled")
    command = [sys.executable, "-m", "newsdossier.index_apart"]
    with subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                          start_new_session=True) as child:
        stopping_since: list[float] = []

        def stop() -> None:  # SIGTERM (a cancel) first, a kill of its process group if it lingers
            if not stopping_since:
                stopping_since.append(time.monotonic())
                child.send_signal(signal.SIGTERM)
            elif time.monotonic() - stopping_since[0] > CANCEL_WAIT:
                with contextlib.suppress(OSError):
                    os.killpg(child.pid, signal.SIGKILL)
        _, said = communicate_until(child, cancel, stop, index_apart.request_of(site_dir, glob, keep))
    message = last_line(said)
    if child.returncode == index_apart.UNREADABLE:
        raise OSError(message or "the site folder could not be read or written")
    if child.returncode in (index_apart.INTERNAL, index_apart.BAD_REQUEST):
        raise index_apart.InternalError(message or f"internal error (status {child.returncode})")
    if child.returncode != index_apart.OK:
        raise SearchIndexError(message or f"the search index process ended with status {child.returncode}")


def last_line(text: str | None, limit: int = 500) -> str:
    """The last non-empty line of `text` (a process's standard error: the error of a traceback is
    its last line), spaces collapsed, at most `limit` characters; "" for none."""
    lines = [line for line in (text or "").splitlines() if line.strip()]
    return one_line(lines[-1], limit) if lines else ""


class SearchIndexer:
    """Runs Pagefind over a site folder in a background thread, for `mkdocs serve`: indexing
    thousands of pages takes seconds, which a researcher should not wait for to see an edit.
    One run at a time; a request made while one runs starts one more run after it (of the
    latest site folder), so the index always ends as the one of the last build. A failure is
    logged (the next save tries again), never raised into the build."""

    def __init__(self) -> None:
        self._lock = threading.Condition()
        self._pending: tuple | None = None  # (site folder, glob, pages written or None) of the next run
        self._running = False
        self._cancel = threading.Event()
        self._indexed: tuple[Path | None, dict] = (None, {})  # (site folder, {folder: pages} of each part) of the last run that ended well

    def request(self, site_dir: Path, glob: list[IndexPart] | str | None = None, written: set[str] | None = None) -> None:
        """Index `site_dir` (reading the HTML files `glob` gives: search.index_glob, or the
        parts of search.index_parts) after the run under way, if any. written: the pages (output
        paths) the build wrote, or None for any: a part other than the bundle's own whose pages
        are those of the last run that ended well, none of them written since, is kept as that
        run wrote it (search.index_site's `keep`). The pages written by builds whose runs were
        skipped (a newer request came first) count for the run that follows."""
        with self._lock:
            if self._cancel.is_set():
                return
            if self._pending is not None:
                earlier = self._pending[2]
                written = None if earlier is None or written is None else earlier | written
            self._pending = (site_dir, glob, written)
            if not self._running:
                self._running = True
                threading.Thread(target=self._run, name="newsdossier-search-index", daemon=True).start()

    def _run(self) -> None:
        _lower_priority()
        while True:
            with self._lock:
                pending, self._pending = self._pending, None
                if pending is None:
                    self._running = False
                    self._lock.notify_all()
                    return
            site_dir, glob, written = pending
            keep = self._kept(site_dir, glob, written)
            self._indexed = (None, {})  # until this run ends well
            started = time.perf_counter()
            try:
                give_back_memory()  # the build's freed memory, before Pagefind takes its own
                index_site_apart(site_dir, cancel=self._cancel, glob=glob, keep=keep)
                self._indexed = (site_dir, {part.folder: part.pages for part in glob} if isinstance(glob, list) else {})
                kept = f" ({len(keep)} of {len(glob)} parts kept)" if keep else ""
                log.info(f"search index written in {time.perf_counter() - started:.2f} s{kept}")
            except SearchIndexError as error:
                # A failure while a newer build waits (its clean start removed the folder being
                # indexed) is no news: the next run indexes the newer site.
                if not self._cancel.is_set() and self._pending is None:
                    log.error(f"search index: {error}")
            except index_apart.InternalError as error:
                log.error(f"search index: {error}; please report it")
            except OSError as error:
                # The server stopped, or a newer build's clean start, removed the site folder meanwhile.
                if self._cancel.is_set() or self._pending is not None:
                    log.info(f"search index not written ({error})")
                else:  # disk full, permissions, or the process could not be started
                    log.error(f"search index of {site_dir} not written: {' '.join(str(error).split())}")
            except Exception as error:  # a bug: one line, and the thread lives on for the next save
                log.error(f"search index: internal error ({type(error).__name__}: {error}); please report it")

    def _kept(self, site_dir: Path, glob, written: set[str] | None) -> tuple[str, ...]:
        """The folders of the parts of `glob` the last run that ended well wrote as they are to be:
        the same pages, none of them `written` since (not the bundle's own part, "")."""
        last_site, last_parts = self._indexed
        if written is None or not isinstance(glob, list) or last_site != site_dir:
            return ()
        return tuple(part.folder for part in glob
                     if part.folder and last_parts.get(part.folder) == part.pages and written.isdisjoint(part.pages))

    def stop(self, timeout: float = 30) -> None:
        """Stop a run under way (Pagefind is killed, its partial output removed) and refuse new
        requests: the server is shutting down and removes its site folder next."""
        self._cancel.set()
        with self._lock:
            self._pending = None
        self.settled(timeout)

    def settled(self, timeout: float | None = None) -> bool:
        """Wait until no run is under way or pending; False if `timeout` seconds passed first."""
        with self._lock:
            return self._lock.wait_for(lambda: not self._running, timeout)


class HeapKeeper:
    """Under `mkdocs serve`, keeps Python's cycle collector off the data that lives from one save
    to the next. Each save loads a new corpus, graph and pages while the last ones are still
    held, so the collector's count of long-lived objects crosses its threshold and it scans the
    whole heap (a full collection) on almost every save: about 0.5 to 1 s at 1,000 articles, and
    ten times more at 10,000. After each build the heap is frozen (gc.freeze): objects freed by
    their reference count (most of the last build) are still freed, but the collector scans only
    what was made since. The cyclic garbage of earlier builds (MkDocs' pages and navigation, a
    Jinja environment) is collected by a full collection once the heap has grown by GROWTH over
    its size after the last one, so memory stays bounded. The heap's size is the count of memory
    blocks Python's allocator holds (sys.getallocatedblocks, a walk over its arenas), not the
    count of frozen objects (gc.get_freeze_count walks every frozen object: about 0.4 s at
    10,000 articles, on each save). Source: Python documentation, gc.freeze, gc.collect,
    sys.getallocatedblocks; the thresholds of gc.set_threshold."""

    GROWTH = 1.5

    def __init__(self) -> None:
        self.baseline = 0  # allocated blocks after the last full collection
        self.frozen = False  # the heap was frozen by after_build and not given back since
        self.built = False  # a build has ended (the first one's garbage was collected)

    def before_build(self) -> None:
        if self.baseline and sys.getallocatedblocks() > self.GROWTH * self.baseline:
            gc.unfreeze()
            gc.collect()
            self.baseline = 0
            self.frozen = False

    def after_build(self) -> None:
        if not self.built:
            # The server's first build: its cyclic garbage (MkDocs' pages and navigation, a
            # Jinja environment) is collected before the heap is frozen, or it would be held
            # until the heap grew by GROWTH. (A full collection costs seconds at 10,000
            # articles: not on the saves a researcher waits for.)
            gc.collect()
            self.built = True
        gc.freeze()
        self.frozen = True
        if not self.baseline:
            self.baseline = sys.getallocatedblocks()

    def release(self) -> None:
        """Give the frozen objects back to the collector (the server stops)."""
        gc.unfreeze()
        self.baseline = 0
        self.frozen = False


def section_of(src_uri: str, menu) -> str | None:
    """The menu page a page not in the menus belongs to: of the menu's source paths (`menu`, a
    container of strings such as "actors/index.md", "quotes.md"), the one of the page's first
    folder ("actors/jane-doe.md" -> "actors/index.md", "quotes/actors/jane-doe.md" ->
    "quotes.md"); None for a page at the top, a section's own page, or a folder no menu page
    names. The theme shows that page's tab as the current one (Material's tabs mark the menu
    item whose `active` is set)."""
    folder, slash, _rest = src_uri.partition("/")
    if not slash:
        return None
    for candidate in (f"{folder}/index.md", f"{folder}.md"):
        if candidate != src_uri and candidate in menu:
            return candidate
    return None


class NewsdossierPlugin(BasePlugin[NewsdossierConfig]):
    # Kept across the rebuilds of `mkdocs serve` (MkDocs keeps a plugin that defines on_startup).
    serving = False  # under `mkdocs serve`
    dirty = False  # under `mkdocs serve --dirty`: only changed pages are rebuilt
    last_good = None  # the last corpus without problems, served while data/ has some
    parse_cache: ParseCache | None = None  # parsed data/ files, so a reload parses only what changed
    article_memo: ArticleMemo | None = None  # under serve: checked articles, so a reload reads and checks only the files that changed
    rendered: "incremental.Rendered | None" = None  # under serve: the last build's pages, corpus and graph
    rebuilt: set[str] = set()  # the generated paths this build writes
    seeds_seen: tuple | None = None  # (name, size, mtime) of each seed at the last normalize under serve
    seeds: SeedListing = SeedListing()
    site_language = "en"  # theme.language in mkdocs.yml
    page_langs: dict[str, str] = {}  # page source path -> its language, where not the site's
    merged_into: dict[str, dict[str, list[dict]]] = {}  # "actors" | "missions" -> {surviving id: the entries merged into it (same_as)}, for the search
    search_languages: list[str] = ["en"]  # every language a page carries, for the search (main.html)
    search_glob: list[IndexPart] | str | None = None  # the HTML files Pagefind reads, by part of the index (search.index_parts; None: all)
    pages_written: set[str] | None = None  # under serve: the pages (output paths) this build writes (None: any)
    serve_parts: list[IndexPart] | None = None  # under serve: the parts of the last build's index (_serve_parts; None: one index)
    indexer: "SearchIndexer | None" = None  # under `mkdocs serve`: writes the search index in the background
    parted: PartedIndex | None = None  # `mkdocs build` of a site indexed in parts: each part indexed once its pages are written
    last_written: str | None = None  # the output path of the page on_post_page last saw, written once it returns
    heap: HeapKeeper | None = None  # under `mkdocs serve`: the heap frozen between saves
    kept_files: dict[str, "GeneratedFile"] = {}  # under --dirty: the last build's generated files outside the navigation, by path
    glob_of: tuple | None = None  # under serve: ((pages, other HTML files), their search.index_glob) of the last build
    kept_where: tuple | None = None  # (site folder, docs folder, use_directory_urls) the kept files were made for
    kept_sources: dict[str, tuple] = {}  # under --dirty: (Source, RawFile, SourceView) of the last build, by published path
    held_frozen = False  # `mkdocs build`: the heap frozen by on_files, given back at the build's end
    stream: PageStream | None = None  # `mkdocs build`: the process rendering the pages (pagestream.py), until the build ends
    fields: FieldStream | None = None  # `mkdocs build`: the process working out the pages' search fields (fieldstream.py), until on_env
    fields_pending: dict[str, tuple] = {}  # the pages whose search fields it works out: (language, names), by source path
    field_values: dict[str, tuple[str, str, str]] = {}  # what it gave: fieldstream.page_fields by source path (FieldStream.collect)
    corpus_loaded = False  # the corpus of this build was just loaded (not the last good one, served while data/ has errors)
    sources_of: tuple | None = None  # under serve: (what publish.published_sources read, its list) of the last build
    stamps: Stamps = Stamps()  # under --dirty: the signatures of the files this build read
    observer = None  # under `mkdocs serve`: what touches the flag file MkDocs polls (watch.py: change notices or LightPoller)
    watched_folders: list = []  # under `mkdocs serve`: data/, templates/ and seeds/ as they existed when serving began
    menu_pages: dict = {}  # the pages the menus list, by source path (on_nav)
    lit_section = None  # the menu page shown as current while a page it does not list is made (on_page_context)

    def on_startup(self, *, command, dirty) -> None:
        self.serving = command == "serve"
        self.dirty = self.serving and dirty
        self.parse_cache = ParseCache() if self.serving else None
        self.article_memo = ArticleMemo() if self.serving else None
        self.heap = HeapKeeper() if self.serving else None
        self.rendered = None
        self.kept_files = {}
        self.kept_sources = {}
        self.sources_of = None
        self.serve_parts = None
        self.stamps = Stamps()
        if self.serving and not dirty:
            log.info("every save rebuilds the whole site; 'mkdocs serve --dirty' (make serve) rebuilds only the pages an edit changes")

    def on_config(self, config):
        base = Path(config.config_file_path).parent if config.config_file_path else Path.cwd()
        self.project = Project((base / self.config.root).resolve())
        self.templates = (base / self.config.templates).resolve()
        if self.config.long_list < 1:
            raise PluginError(f"newsdossier: long_list is {self.config.long_list}: expected a number of entries of 1 or more")
        # A change to mkdocs.yml can change every page's HTML without changing its Markdown.
        self.config_salt = hashlib.sha256(Path(config.config_file_path).read_bytes()).hexdigest() if config.config_file_path else ""
        # The compiled templates, ours and the theme's, kept for the next build (render._CompiledTemplates).
        for compiled, folder in zip((_COMPILED, _THEME_COMPILED), COMPILED_FOLDERS):
            compiled.keep_in(self.project.cache / folder)
        # The tool's reference data, parsed once and read back by the next build while its files
        # are unchanged (the countries and vocabulary the pages read: about 0.3 s per build).
        keep_parsed_in(self.project.cache / PARSED_REFERENCE_FOLDER)
        return config

    def on_pre_build(self, config) -> None:
        self._watch_hold()
        if self.heap is not None:
            self.heap.before_build()
        signatures: dict[str, tuple] | None = {} if self.dirty else None  # the files this build reads (Stamps)
        if self.serving:
            self._normalize_new_seeds(signatures)
        # Validate before MkDocs cleans the site folder. Errors: `mkdocs build` fails with them;
        # `mkdocs serve` logs them and rebuilds from the last good data, so the browser keeps
        # the last good site (a failed build would leave MkDocs' server waiting) until a save
        # fixes them. Warnings never stop a build: they are listed on the review page (and
        # logged as information, so that `mkdocs build --strict` passes).
        # `mkdocs build` keeps the parsed data/ files for the next build (StoredParseCache: a file
        # whose text changed is parsed again); `mkdocs serve` keeps them in memory between saves.
        cache = self.parse_cache if self.serving else StoredParseCache(self.project.cache / PARSED_FILE, self.project.root)
        corpus = load_corpus(self.project, cache, self.article_memo)
        if signatures is not None and self.article_memo is not None:
            signatures.update((str(path), signature) for path, signature in self.article_memo.seen.items())
            self.stamps.known = signatures
        if corpus.problems:
            for problem in corpus.problems:
                log.error(problem.one_line())
            if self.serving and self.last_good is not None:
                log.error(f"data/ has {counted(len(corpus.problems), 'error')}: serving the last good data until they are fixed")
                self.corpus = self.last_good
                self.corpus_loaded = False
                return
            raise PluginError(f"data/ has {counted(len(corpus.problems), 'error')}; run 'newsdossier check' for the list")
        if corpus.warnings:
            log.info(f"data/ has {counted(len(corpus.warnings), 'warning')}, listed on the review page ('newsdossier check' prints them)")
        self.corpus = self.last_good = corpus
        self.corpus_loaded = True
        article_seeds = {str(a.meta.get("seed")) for a in corpus.articles.values()}
        # Why a seed has no article: what the last normalize recorded (under serve, the one just run).
        self.seeds = readable(seed_listing(self.project.seeds, article_seeds, recorded_seed_reasons(self.project)))
        # Each article page is in its article's language (<html lang>, read by screen readers and
        # by Pagefind, which indexes and stems each language apart); every other page in the site's.
        self.site_language = language_tag(config.theme.get("language"), "en")
        self.page_langs = page_languages({page_path("articles", a.id): a.meta.get("language") for a in self.corpus.articles.values()},
                                         self.site_language)
        self.search_languages = sorted({self.site_language, *self.page_langs.values()})
        # The actors and missions merged into each surviving one (same_as, followed to the end):
        # the surviving page is searched by their names too, as their redirect pages are no
        # results (on_page_content).
        self.merged_into = {section: entries_merged_into(getattr(self.corpus, section)) for section in ("actors", "missions")}

    def _normalize_new_seeds(self, signatures: dict[str, tuple] | None = None) -> None:
        """Under `mkdocs serve`, a seed added, changed or removed is normalized (incrementally:
        unchanged seeds are skipped) before the data is loaded, so it shows on reload. A seed
        that cannot be read is named in the log and on the review page. signatures: when
        given, receives the signature of each seed (Stamps)."""
        seen = tuple(_stat_seeds(watched(self.project.seeds), signatures))  # the seeds and metadata.csv
        if seen == self.seeds_seen:
            return
        first = self.seeds_seen is None
        from .normalize import normalize  # the extractor loads only when seeds are read

        def progress(line: str) -> None:  # the report's own lines are logged once, below
            if line.startswith("normalize: ") and not (first and line.startswith("normalize: 0 extracted")):
                log.info(line)

        try:
            report = normalize(self.project, log=progress)
        except Exception as error:  # a disk full, a file vanished: one line; the next save tries again
            log.error(f"normalize failed ({type(error).__name__}: {error}); serving data/ as it is")
            return
        self.seeds_seen = seen  # only after a normalize that ran to its end
        self._watch_rebase()
        if report.written:
            # What a normalize that wrote files made and let go (at 10,000 seeds extracted again,
            # hundreds of MB: every extraction, the registries read round-trip) is returned to the
            # system before the load and render, which would otherwise peak on top of it.
            gc.collect()
            give_back_memory()
        for line in report.notes:
            log.info(line)
        for line in report.skipped + report.problems:
            log.warning(line)

    def _start_render(self) -> None:
        """`mkdocs build`: the pages' templates run in a process of their own, in the order
        MkDocs reads the pages (told in on_nav), while MkDocs converts the pages already made;
        and the search fields of each page in another, from its HTML as MkDocs converts it
        (fieldstream.py). Started here, the render process settling the pages while on_files
        lists the published files; _render then waits for the pages' paths."""
        if not self.serving and self.config.render_process and streaming_possible():
            self.stream = PageStream.start(self.corpus, self.templates, self.config.long_list, self.seeds)
            if self.config.search:
                self.fields = FieldStream.start(self.search_languages, inherited=[self.stream.connection], niceness=BACKGROUND_NICENESS)
                self.fields_pending, self.field_values = {}, {}

    def _render(self) -> tuple["incremental.Pages", set[str] | None, str]:
        """Every generated page, the paths whose content changed since the last build (None: all),
        and how they were made: incremental.rebuild, which under `mkdocs serve` re-renders only
        the pages an edit to articles' data can change; under `mkdocs build`, the pages of the
        render process _start_render started."""
        last, self.rendered = self.rendered, None  # until this build's pages are all made
        if self.stream is not None:
            return self.stream.pages(), None, "full"
        key = (self.config_salt, tuple(self.search_languages), self.config.long_list, self.seeds, _tree_state(self.templates))
        frozen = self.heap.frozen if self.heap is not None else None
        # Under `mkdocs serve` the pages are kept for the next save, packed (incremental.Pages).
        rendered, modified, how = incremental.rebuild(last, self.corpus, self.templates, self.config.long_list, self.seeds, key,
                                                      frozen=frozen, packed=self.serving)
        if self.serving:
            self.rendered = rendered
        return rendered.pages, modified, how

    def on_files(self, files: Files, config) -> Files:
        corpus = self.corpus
        last = self.rendered
        if not self.serving and not self.held_frozen:
            # `mkdocs build`: the corpus, its graph and the generated pages live until the build
            # ends, and each full collection of the cycle collector while MkDocs makes the pages
            # would scan them all again; they are set aside (gc.freeze) until on_post_build or
            # on_build_error gives them back. Objects freed by their reference count still are.
            # (Under `mkdocs serve`, HeapKeeper does the same between saves.) Set aside before
            # this hook makes its tens of thousands of files: a full collection among them scanned
            # the whole corpus (1.6 s at 10,000 articles).
            gc.freeze()
            self.held_frozen = True
        try:
            self._start_render()
        except Exception as error:  # the processes could not be started (no memory): one line
            raise PluginError(render_problem(error)) from None
        # The published files do not depend on the pages: listed while the render process settles them.
        sources = self._sources(corpus)
        try:
            pages, modified, how = self._render()
        except RenderFailed as error:  # in the render process: its line
            raise PluginError(str(error)) from None
        except Exception as error:  # a template's fault, or a bug: one line, never a traceback at the user
            raise PluginError(render_problem(error)) from None
        self.rebuilt = set()
        # Under --dirty, the last build's files of the pages this build leaves as they are, each
        # with the MkDocs Page it holds, are given to MkDocs again: it then neither makes a Page
        # for each of them again (about 0.2 s per 1,000 articles) nor asks them anything but
        # whether they changed. Pages of the navigation get new Pages from MkDocs each build.
        # Kept files write where the build that made them wrote: another site folder (a build into
        # another folder by the same plugin object) makes new ones.
        where = (config.site_dir, config.docs_dir, config.use_directory_urls)
        same_place, self.kept_where = where == self.kept_where, where
        reusable = self.dirty and same_place and last is not None and modified is not None
        kept = self.kept_files if reusable else {}
        self.kept_files = {}
        for path in sorted(pages):
            if files.get_file_from_path(path) is not None:
                continue  # a hand-written page of the same path wins over the generated one
            reused = kept.get(path) if kept and path not in modified else None
            if reused is not None:
                reused.changed = False
                files.append(reused)
                self.kept_files[path] = reused
                continue
            generated = GeneratedFile.generated(config, path, content=pages.stored(path))
            if self.dirty:  # only a dirty build asks whether a page changed
                generated.changed = modified is None or path in modified
                if generated.changed and path.endswith(".md"):
                    self.rebuilt.add(generated.url)
            if path.endswith(".md") and path not in NAV_PAGES:
                generated.inclusion = InclusionLevel.NOT_IN_NAV
            if self.dirty and path not in NAV_PAGES:
                self.kept_files[path] = generated
            files.append(generated)
        # The seeds and the data files themselves, so that pages can link the text as collected and
        # the file to edit: each as it is (to download) and as a page that declares its encoding.
        # Under --dirty, a source published as at the last build keeps its two files (each
        # still asks its file's time whether to be written again), unless the configuration
        # changed (modified is None: another key, incremental.rebuild).
        # A view whose source now reads otherwise (a seed's articles or language changed, its file
        # did not) is written again whatever the files' times say.
        previous = self.kept_sources
        self.kept_sources = {}
        for source in sources:
            same = previous.get(source.path)
            if reusable and same is not None and same[0] == source:
                raw, view = same[1:]
            else:
                raw, view = RawFile.generated(config, source.path, abs_src_path=str(source.source)), SourceView.of(config, source)
                if self.dirty:  # written again when the files they are made from read otherwise (Stamps)
                    raw.stamps = view.stamps = self.stamps
                view.forced = same is not None and same[0] != source
            files.append(raw)
            files.append(view)
            if self.dirty:
                self.kept_sources[source.path] = (source, raw, view)
        if self.dirty and last is not None:
            self._remove_vanished(config, files, last.paths - set(pages))
        if self.serving and self.config.search:
            self._serve_parts(files)
        changed = f"; {len(self.rebuilt)} changed" if self.dirty else ""
        how = f" ({how})" if self.serving else ""
        apart = " (rendered in a process of their own while MkDocs converts them)" if self.stream is not None else ""
        log.info(f"generated {len(pages)} pages from {len(corpus.articles)} articles{how}{changed}{apart}")
        if not self.serving:
            gc.freeze()  # and what this hook made (the files, the pages' paths)
        return files

    def _unfreeze(self) -> None:
        if self.held_frozen:
            gc.unfreeze()
            self.held_frozen = False

    def _serve_parts(self, files: Files) -> None:
        """Under `mkdocs serve`, the search index of a site of more than `serve_part_pages` pages
        is written in parts, as `mkdocs build` writes it (search.index_parts), one Pagefind run
        after the other: one run over the 18,000 pages of 10,000 articles holds about 2 GB beside
        the server. The parts are no larger than the build's (search.SERVE_PART_PAGES, by default
        the same 2,000 pages): a run holds its part's index in memory beside the server's own,
        which a save being rebuilt meanwhile makes larger. Every page names the parts' folders and languages (main.html): when those
        are not the last build's (a part added or gone, a language moved to another part), a
        dirty build writes every page again, not only those whose content changed; a page
        added that leaves them as they were rewrites no other page. Sets `serve_parts` (None: one index)."""
        pages = [file for file in files if file.is_documentation_page() and not file.inclusion.is_excluded()]
        parts = None
        if len(pages) > self.config.serve_part_pages:
            made = self._index_parts(pages, files, self.config.serve_part_pages)
            parts = made if isinstance(made, list) else None
        if self.dirty and parts_shown(parts) != parts_shown(self.serve_parts):  # the pages print only the parts' folders and languages
            for file in pages:
                if isinstance(file, GeneratedFile):
                    file.changed = True
                    self.rebuilt.add(file.url)
                else:  # a hand-written page: written again whatever its time says, this build only
                    file.is_modified = lambda: True
        self.serve_parts = parts
        # The pages this build writes (a dirty build: the generated pages whose content changed,
        # and every hand-written one), for the search index to keep its other parts (None: all).
        self.pages_written = None if not self.dirty else {
            file.dest_uri for file in pages if not isinstance(file, GeneratedFile) or file.changed}

    def _sources(self, corpus) -> list:
        """publish.published_sources of the corpus; under `mkdocs serve`, the last build's list
        again when what it is made of is the same: the seeds' names, the registries' file names,
        and each article's id, seed, language and file, of a corpus just loaded (its files were
        all there; not the last good corpus served while data/ has errors, whose files may be gone)."""
        key = None
        if self.serving and self.corpus_loaded:
            key = (self.seeds.served, tuple(sorted(path.name for path in self.project.data.glob("*.yaml"))),
                   tuple((a.id, str(a.meta.get("seed")), str(a.meta.get("language") or ""), a.path) for a in corpus.articles.values()))
            if self.sources_of is not None and self.sources_of[0] == key:
                return self.sources_of[1]
        sources = published_sources(self.project, corpus)
        self.sources_of = (key, sources) if key is not None else None
        return sources

    def _remove_vanished(self, config, files: Files, vanished: set[str]) -> None:
        """A dirty build leaves the output of a page that is no longer generated (a rejected
        actor, a deleted article): remove it, unless another file now makes that output."""
        for path in vanished:
            if files.get_file_from_path(path) is not None:
                continue
            gone = File(path, src_dir=None, dest_dir=config.site_dir, use_directory_urls=config.use_directory_urls)
            output = Path(gone.abs_dest_path)
            output.unlink(missing_ok=True)
            if path.endswith(".md") and output.name == "index.html" and output.parent != Path(config.site_dir):
                with contextlib.suppress(OSError):  # the folder may hold other pages' output
                    output.parent.rmdir()

    def _search_fields(self, html_content: str, page, entry: dict | None) -> None:
        """The metadata fields main.html gives Pagefind for a searched page (page.meta): the ASCII
        spellings of its words (search.extra_spellings: of the words Pagefind's accent folding
        leaves non-ASCII, "Đức" -> "Duc"), its words stemmed by the other languages' rules (a
        search typed on a page of another language is stemmed by that one's), and an entity
        page's every name (fieldstream.page_fields): searched, never shown. Under `mkdocs build`
        they are worked out by the search fields' process (fieldstream.py) and set by
        on_page_context. entry: the registry entry whose page it is (_entry_of), or None."""
        language = language_tag(page.meta.get("lang") or self.page_langs.get(page.file.src_uri), self.site_language)
        entry = entry if entry and in_use(entry) else None  # a merged actor's page only points to another
        merged = self.merged_into.get(page.file.src_uri.partition("/")[0], {}).get(entry["id"], ()) if entry else ()
        every_name = list(dict.fromkeys([*entity_names(entry), *(name for other in merged for name in entity_names(other))])) \
            if entry else []
        if self.fields is not None and self.fields.send(page.file.src_uri, html_content, language, every_name):
            self.fields_pending[page.file.src_uri] = (language, every_name)
        else:
            self._set_fields(page, page_fields(html_content, language, self.search_languages, every_name))

    def _entry_of(self, src_uri: str) -> dict | None:
        """The entry of data/actors.yaml, missions.yaml or events.yaml whose own page this source
        path is ("actors/<id>.md"), or None (another page, or an id no registry holds)."""
        section, _, name = src_uri.partition("/")
        registry = {"actors": self.corpus.actors, "missions": self.corpus.missions, "events": self.corpus.events}.get(section)
        return registry.get(name.removesuffix(".md")) if registry is not None and name.count("/") == 0 else None

    @staticmethod
    def _set_fields(page, fields: tuple[str, str, str]) -> None:
        page.meta["search_spellings"], page.meta["search_stems"], page.meta["search_names"] = fields

    def on_page_content(self, html_content: str, page, config, files) -> str:
        # A page left out of the search (search.searched_page: a long list's year or part; a
        # merged actor's redirect) gets no search fields, and main.html gives it no data-pagefind-body.
        # A redirect (the page a same_as merge leaves at the merged entry's old address) only sends
        # the reader on: the surviving entry's page is found by every name of both (merged_into).
        if self.config.search:
            entry = self._entry_of(page.file.src_uri)  # looked up once a page, for both questions
            if _searched(page.file) and not (entry and entry.get("same_as")):
                self._search_fields(html_content, page, None if page.file.src_uri.startswith("events/") else entry)
            else:
                page.meta["search_exclude"] = True
        if isinstance(page.file, GeneratedFile):
            # `mkdocs build` keeps every page until all are written: a generated page's Markdown
            # (held twice, as the file's content and the page's) is not read again once it is
            # HTML, so it is let go here; at 10,000 articles that is hundreds of MB less at the peak.
            # (Not None: MkDocs' Page.title is None while the page has no Markdown; its title
            # comes from the rendered heading, kept.) Under `mkdocs serve` the file's content is
            # the string the plugin keeps for the next save (incremental.Rendered), so it stays:
            # a page whose output went missing is read from it again.
            page.markdown = ""
            if not self.serving:
                page.file.content_string = ""
        return html_content

    @event_priority(-100)  # after any other plugin's on_post_page, which may read them
    def on_post_page(self, output: str, page, config) -> str:
        self._unlight()
        if self.parted is not None:
            # MkDocs writes a page's file once on_post_page returns: the page before this one
            # is on disk now (the last one is, once the build reaches on_post_build)
            if self.last_written is not None:
                self.parted.written(self.last_written)
            self.last_written = page.file.dest_uri
        # A page's HTML is not read again once the page is written (under `mkdocs serve --dirty`
        # the page itself is kept for the next save, kept_files, and its HTML would be held too),
        # nor its table of contents and search fields (main.html's; a page written again is
        # read and converted again, and makes both again).
        if isinstance(page.file, GeneratedFile):
            page.content = None
            page.toc = []
            for name in SEARCH_FIELDS:
                page.meta.pop(name, None)
        return output

    @event_priority(-100)  # after every other plugin wrote its files
    def on_post_build(self, config) -> None:
        """Index the whole built site with Pagefind, after `mkdocs build` and after every
        rebuild of `mkdocs serve` (a dirty rebuild leaves the unchanged pages in the site
        folder, so the index is always of the whole site). Under `mkdocs serve` the index is
        written in the background (SearchIndexer): the edited page shows as soon as it is
        written, and the search follows a few seconds later."""
        if self.heap is not None:
            self.heap.after_build()
        self._end_stream()
        self._unfreeze()
        self._watch_release()
        if not self.config.search:
            return
        if self.serving:
            if self.indexer is None:
                self.indexer = SearchIndexer()
            self.indexer.request(Path(config.site_dir), self.search_glob, self.pages_written)
            return
        started = time.perf_counter()
        parted, self.parted = self.parted, None
        try:
            if parted is not None:
                if self.last_written is not None:
                    parted.written(self.last_written)
                parted.finish()
            else:
                index_site(Path(config.site_dir), glob=self.search_glob)
        except SearchIndexError as error:
            raise PluginError(f"newsdossier: search index: {error}") from None
        log.info(f"search index written in {time.perf_counter() - started:.2f} s"
                 + (" after the last page" if parted is not None else ""))

    def on_env(self, env, config, files):
        """The theme's templates (MkDocs makes a new Jinja environment for each build) are compiled
        once and kept, as ours are (render._CompiledTemplates: in memory between the rebuilds of
        `mkdocs serve`, on disk between builds): Jinja compiles a template again when its source
        changes. Saves about half a second per save, and a third of a second per build. And the
        HTML files Pagefind is to read: the pages, not the seeds' and data files' views. And the
        search fields the search fields' process worked out: every page is converted now, none
        written through the theme yet."""
        self._collect_fields()
        env.bytecode_cache = _THEME_COMPILED
        if self.config.search and self.serving and self.serve_parts:
            self.search_glob = self.serve_parts
        elif self.config.search and self.serving:
            # One pass over the files (tens of thousands at 10,000 articles), and the glob of the
            # last build again when the site's pages and views are the same.
            pages, others = [], []
            for file in files:
                if file.is_documentation_page():
                    if not _searched(file):
                        others.append(file.dest_uri)
                    elif file.inclusion.is_included():
                        pages.append(file.dest_uri)
                elif file.dest_uri.endswith(".html"):
                    others.append(file.dest_uri)
            if self.glob_of is None or self.glob_of[0] != (pages, others):
                self.glob_of = ((pages, others), index_glob(pages, others))
            self.search_glob = self.glob_of[1]
        elif self.config.search:
            # In parts above search.PART_PAGES pages (under `mkdocs serve`, _serve_parts).
            self.search_glob = self._index_parts(files.documentation_pages(), files)
            if isinstance(self.search_glob, list):
                self._index_while_writing(files, config)
        return env

    def _collect_fields(self) -> None:
        """The search fields of the pages sent to the search fields' process (fieldstream.py),
        waited for, and the process ended: on_page_context gives each page its own."""
        if self.fields is not None:
            self.field_values = self.fields.collect()
            self._end_fields()

    def _end_fields(self) -> None:
        if self.fields is not None:
            self.fields.close()
            self.fields = None

    def _index_while_writing(self, files: Files, config) -> None:
        """`mkdocs build` of a site indexed in parts: MkDocs writes the pages in the order of
        `files` (after on_env), so the pages of each part are moved there one part after another
        (the pages no part reads last), and each part is indexed (search.PartedIndex) on the
        other core while MkDocs writes the next part's pages: about a part's run is left for
        after the last page, instead of the whole index (Pagefind's run over 18,500 pages took
        35 s after a 350 s build at 10,000 articles)."""
        by_dest = {file.dest_uri: file for file in files.documentation_pages()}
        ordered = [by_dest[page] for part in self.search_glob for page in part.pages if page in by_dest]
        placed = {id(file) for file in ordered}
        for file in ordered + [file for file in by_dest.values() if id(file) not in placed]:
            files.remove(file)  # to the end of the order
            files.append(file)
        self.last_written = None
        if self.parted is not None:  # an index a build interrupted before its end left under way
            self.parted.abandon()
        # Pagefind's runs at a lower priority (BACKGROUND_NICENESS): they take what MkDocs' one
        # thread leaves of the cores. At the normal priority, on two cores shared with other
        # work, MkDocs' thread waited for the cores while Pagefind ran (the hook before each
        # page's template, 2,600 pages: 0.1 s of CPU, 1.8 to 2.7 s of wall time).
        self.parted = PartedIndex(Path(config.site_dir), self.search_glob, niceness=BACKGROUND_NICENESS)

    def _index_parts(self, pages, files, size: int | None = None) -> list[IndexPart] | str:
        """search.index_parts of the site: of the pages given (MkDocs File objects), with their
        languages, in parts of at most `size` pages (default: `search_part_pages`); the site's
        other HTML files (the seeds' and data files' views) read by no part."""
        others = [file.dest_uri for file in files if file.dest_uri.endswith(".html") and not file.is_documentation_page()]
        searched = []
        for file in pages:
            (searched if _searched(file) else others).append(file.dest_uri)
        languages = {file.dest_uri: self.page_langs.get(file.src_uri, self.site_language) for file in pages}
        return index_parts(searched, others, languages, self.site_language, size or self.config.search_part_pages)

    def search_settled(self, timeout: float | None = None) -> bool:
        """Under `mkdocs serve`: wait until the search index of the last build is written;
        False when `timeout` seconds passed first. True at once when nothing is pending."""
        return self.indexer.settled(timeout) if self.indexer is not None else True

    def on_nav(self, nav, config, files):
        self.menu_pages = {page.file.src_uri: page for page in nav.pages if page.file is not None}
        if self.stream is not None:  # MkDocs reads every page's Markdown next, in the order of `files`
            self.stream.order([file.src_uri for file in files.documentation_pages() if isinstance(file, GeneratedFile) and isinstance(file._content, Deferred)])
        return nav

    @event_priority(100)  # before the theme and any other plugin reads the title
    def on_page_context(self, context, page, config, nav):
        if page.title:
            page.title = safe_title(page.title)
        # An actor's, an article's page... shows its section's tab as the current one.
        self._unlight()
        if (section := section_of(page.file.src_uri, self.menu_pages)) is not None:
            self.lit_section = self.menu_pages[section]
            self.lit_section.active = True
        # The page's language, for the theme's <html lang> (partials/language.html): a
        # hand-written page may set its own `lang` in its front matter.
        page.meta["lang"] = language_tag(page.meta.get("lang") or self.page_langs.get(page.file.src_uri), self.site_language)
        # The search fields the search fields' process worked out (or, when it failed, worked out here)
        pending = self.fields_pending.pop(page.file.src_uri, None)
        if pending is not None:
            found = self.field_values.pop(page.file.src_uri, None)
            if found is None:  # the process failed: from the page's HTML, still held
                language, names = pending
                found = page_fields(page.content or "", language, self.search_languages, names)
            self._set_fields(page, found)
        return context

    def _unlight(self) -> None:
        if self.lit_section is not None:
            self.lit_section.active = False
            self.lit_section = None

    def on_shutdown(self) -> None:
        if self.observer is not None:
            self.observer.stop()
            self.observer = None
        if self.indexer is not None:
            self.indexer.stop()
        if self.parted is not None:  # a build ended by KeyboardInterrupt or SystemExit, which MkDocs does not give on_build_error
            self.parted.abandon()
            self.parted = None
        if self.heap is not None:
            self.heap.release()
        self._end_stream()

    def _end_stream(self) -> None:
        """The render process of this build ended (pagestream.PageStream.close), and the search
        fields' process if it still runs (a build that failed before on_env)."""
        if self.stream is not None:
            self.stream.close()
            self.stream = None
        self._end_fields()
        self.fields_pending, self.field_values = {}, {}

    def on_build_error(self, error) -> None:
        self._unlight()
        self._end_stream()
        if self.parted is not None:  # the index of a build that failed is not written
            self.parted.abandon()
            self.parted = None
        self._unfreeze()
        self._watch_release()
        # The pages of a failed build may not have been written: the next build writes all,
        # each naming the parts of the index then.
        self.rendered = None
        self.serve_parts = None
        self.kept_files = {}
        self.kept_sources = {}

    # One save, one build: while a build runs, the watcher of data/, seeds/ and templates/ holds
    # what it sees (LightPoller stops polling: the build has the interpreter to itself); what
    # the folders hold when the build starts is what it reads, so it is taken as seen then (a
    # save a poll caught half-written, its file truncated, and that was finished before the
    # build started, is no second save); what normalize writes to data/ for a saved seed is the
    # build's own too (rebase again), read by this very build, so neither starts a second build
    # once this one ends (release). A save made while the build runs still does.

    def _watch_hold(self) -> None:
        if isinstance(self.observer, LightPoller):
            self.observer.pause()
            self.observer.rebase(self.observer.folders)
        elif getattr(self.observer, "flag_touch", None) is not None:
            self.observer.flag_touch.hold()
            self.observer.flag_touch.rebase(self.watched_folders)

    def _watch_rebase(self) -> None:
        if isinstance(self.observer, LightPoller):
            self.observer.rebase([self.project.data])
        elif getattr(self.observer, "flag_touch", None) is not None:
            self.observer.flag_touch.rebase([self.project.data])

    def _watch_release(self) -> None:
        if isinstance(self.observer, LightPoller):
            self.observer.resume()
        elif getattr(self.observer, "flag_touch", None) is not None:
            self.observer.flag_touch.release()

    def on_serve(self, server, config, builder):
        folders = [folder for folder in (self.project.data, self.templates, self.project.seeds) if folder.exists()]
        self.watched_folders = folders
        if self.observer is not None:
            self.observer.stop()
            self.observer = None
        if not folders:
            return server
        # MkDocs polls one flag file that the operating system's change notices, or a light
        # poller of our own, touch (watch.py), instead of snapshotting every file of the corpus
        # twice a second in the thread beside the rebuild.
        flag_dir = self.project.cache / "serve-watch"
        try:
            flag_dir.mkdir(parents=True, exist_ok=True)
        except OSError:
            flag_dir = None
        if flag_dir is not None and self.config.watch == "native":
            self.observer = watch_natively(folders, flag_dir)
            if self.observer is None:
                log.info("no change notices from the operating system for data/ and seeds/: polling them instead")
        if flag_dir is not None and self.observer is None:
            self.observer = LightPoller(folders, flag_dir).start()
        if self.observer is not None:
            server.watch(str(flag_dir))
            return server
        for folder in folders:  # no flag folder could be made: MkDocs polls the folders itself
            server.watch(str(folder))
        return server
