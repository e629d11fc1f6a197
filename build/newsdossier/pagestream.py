"""The generated pages rendered in a process of their own while MkDocs converts them.

`mkdocs build` is one thread: MkDocs reads each page's Markdown, converts it, then writes every
page through the theme. The plugin's render (every page's Markdown from data/ and templates/:
about a tenth of the build's CPU at 10,000 articles) used to run before the first page was read,
MkDocs waiting for all of it. A PageStream runs it in a child process instead (POSIX fork: the
child starts with the corpus already loaded, nothing copied), which first settles what every page
is made from and sends the pages' paths and the data downloads, then renders the pages in the
order MkDocs will read them and sends each as it is made: MkDocs converts the first pages while
the child renders the next ones, on the machine's other core.

The pages are the same text as render.render_site gives in this process (tests/test_pagestream.py
compares them): a page's template reads only what it is given, and the child is a copy of this
process as it was.
"""
from __future__ import annotations

import multiprocessing
import os
import resource
import signal
import threading
from collections.abc import Iterator, Mapping
from pathlib import Path

from .render import internal_render_problem, render_problem

BATCH_CHARACTERS = 1 << 18  # pages are sent in batches of about this many characters (256 K)


class RenderFailed(Exception):
    """The child's render failed: `str(error)` is the one line to show (render_problem's)."""


def streaming_possible() -> bool:
    """Whether a PageStream can start here: the system forks (POSIX), this process runs one
    thread (a fork copies only the calling thread: a lock another one held would stay held in
    the child; Python documentation, os.fork), and the process may use a second core (usable_cores)."""
    return (hasattr(os, "fork") and "fork" in multiprocessing.get_all_start_methods()
            and threading.active_count() == 1 and usable_cores() > 1)


def usable_cores() -> int:
    """The cores this process may run on (its CPU affinity: a container or `taskset` may allow
    fewer than the machine has; Python documentation, os.sched_getaffinity), or the machine's
    count where the system does not tell."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def child_started(*ends) -> None:
    """The first steps of a process forked to work beside the build (the render process, the
    search fields' process, fieldstream.py): close `ends`, the connections of the parent (or of
    another child) the fork copied, so that a parent gone without closing its end (killed) ends
    the child, whose reading meets the end of the pipe and its sending a broken one, instead of
    leaving it waiting for ever; and take the default action for SIGTERM again: a handler the
    parent had installed (copied by the fork) would not end the child when it is told to end."""
    for end in ends:
        try:
            end.close()
        except OSError:
            pass
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def cpu_seconds() -> float:
    """The CPU seconds (user and system) this process has used so far (resource.getrusage)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def end_child(process) -> None:
    """End a forked child at once if it still runs, and wait for it. SIGKILL, which no handler
    delays: a child blocked sending to a parent that no longer reads would outlive a SIGTERM
    whose handler it inherited (one that only sets a flag, index_apart's), and the wait would
    last for ever."""
    if process.is_alive():
        process.kill()
    process.join()


class Deferred:
    """A page's content still being rendered by `stream`: `take()` gives its text, waiting for
    it if need be (GeneratedFile reads it so when MkDocs asks for the page's Markdown)."""

    __slots__ = ("stream", "path")

    def __init__(self, stream: "PageStream", path: str) -> None:
        self.stream, self.path = stream, path

    def take(self) -> str:
        """The page's text (str), waited for; once only (PageStream.take). Raises RenderFailed."""
        return self.stream.take(self.path)


class StreamedPages(Mapping):
    """The pages of a PageStream (the downloads among them) as incremental.Pages offers a
    build's pages: {path: text}; `stored(path)` is the value a GeneratedFile is made with, a
    Deferred (its text taken from the stream when it is read)."""

    def __init__(self, stream: "PageStream", pages: list[str]) -> None:
        self._stream, self._pages = stream, frozenset(pages)

    def __getitem__(self, path: str) -> str:
        if path in self._pages:
            return self._stream.take(path)
        raise KeyError(path)

    def __iter__(self) -> Iterator[str]:
        return iter(self._pages)

    def __len__(self) -> int:
        return len(self._pages)

    def __contains__(self, path: object) -> bool:
        return path in self._pages

    def stored(self, path: str) -> Deferred:
        """The value a GeneratedFile of `path` is made with: a Deferred, nothing read yet."""
        return Deferred(self._stream, path)


class PageStream:
    """A render of the whole site in a child process (see the module's text).

    Usage: `stream = PageStream.start(corpus, templates, long_list, seeds)`; `stream.pages()`
    waits for the paths and gives a StreamedPages; `stream.order(paths)` says in which order the
    pages will be read (those not listed come after; only the first order counts, and a page
    taken before any gives the child's own order); `stream.take(path)` gives a page's text
    once (the stream lets go of it); `stream.close()` ends the child (at the end of the build, or
    when it fails). Raises RenderFailed (from pages() or take()) when the child's render failed,
    with the line render_problem gives, or when the child ended without a word (killed).
    child_cpu_s: the child's CPU seconds (user + system), known once it has sent every page."""

    def __init__(self, connection, process) -> None:
        self._connection = connection
        self._process = process
        self._held: dict[str, str] = {}
        self._done = False
        self._ordered = False
        self.child_cpu_s: float | None = None

    @classmethod
    def start(cls, corpus, templates: Path, long_list: int, seeds) -> "PageStream":
        """Fork the render process for the corpus (corpus.Corpus), the templates' folder, the
        length of a long list and the seeds (seeds.SeedListing), as render.render_site takes
        them; returns at once, the child settling the pages meanwhile."""
        context = multiprocessing.get_context("fork")
        ours, theirs = context.Pipe(duplex=True)
        process = context.Process(target=_child, args=(theirs, ours, corpus, templates, long_list, seeds), name="newsdossier-render", daemon=True)
        process.start()
        theirs.close()
        return cls(ours, process)

    @property
    def connection(self):
        """This process's end of the pipe to the child (a process forked later closes its copy)."""
        return self._connection

    def pages(self) -> StreamedPages:
        """Every page's path (the downloads among them), waited for: a StreamedPages. Raises
        RenderFailed when the child failed or ended before telling them."""
        kind, *body = self._receive()
        if kind != "paths":
            raise RenderFailed(internal_render_problem(f"the render process said {kind!r} first"))
        return StreamedPages(self, body[0])

    def order(self, paths: list[str]) -> None:
        """Tell the child in which order the pages (docs-relative paths) will be read; paths it
        does not render are left out, its other pages come after. Only the first call counts."""
        if self._ordered:
            return
        self._ordered = True
        try:
            self._connection.send(list(paths))
        except OSError:  # the child has ended (its error is read with the next page)
            pass

    def take(self, path: str) -> str:
        """The text of the page at `path`, waited for; given once (the stream lets go of it).
        Raises RenderFailed when the child failed or ended, or has sent every page but this."""
        self.order([])  # a page read before the order was given: the child's own order
        while path not in self._held:
            if self._done:
                raise RenderFailed(internal_render_problem(f"no page {path}"))
            kind, batch, cpu = self._receive()
            if kind != "pages":
                raise RenderFailed(internal_render_problem(f"the render process said {kind!r}"))
            self._held.update(batch)
            if cpu is not None:  # the last batch
                self._done, self.child_cpu_s = True, cpu
        return self._held.pop(path)

    def _receive(self) -> tuple:
        try:
            message = self._connection.recv()
        except (EOFError, OSError):
            self.close()
            raise RenderFailed(f"newsdossier: the render process ended unexpectedly (exit code {self._process.exitcode}); please report it") from None
        if message[0] == "error":
            self.close()
            raise RenderFailed(message[1])
        return message

    def close(self) -> None:
        """End the child (at once if it is still rendering) and let go of what it sent. A child
        that sent every page has sent its CPU seconds too (child_cpu_s), read here if not yet."""
        self._held.clear()
        end_child(self._process)  # ended first, so that what is left to read below is finite
        try:
            while not self._done and self._connection.poll(0):
                kind, _batch, cpu = self._connection.recv()
                if kind == "pages" and cpu is not None:
                    self._done, self.child_cpu_s = True, cpu
        except Exception:  # noqa: BLE001 (the end of the pipe, an error's message, a batch cut short by the end: nothing more to read)
            pass
        self._connection.close()


def _child(connection, parents, corpus, templates: Path, long_list: int, seeds) -> None:
    """The child's work (see PageStream): the paths and the downloads, then the pages in the
    order asked for, in batches ("pages", [(path, text)], None), the last one with its CPU
    seconds instead of None; ("error", line) when it fails.
    parents: the parent's end of the pipe, copied by the fork: closed first (child_started)."""
    from .incremental import _graph_and_network
    from .render import render_site

    child_started(parents)
    try:
        graph, network = _graph_and_network(corpus, None, None)
        deferred = render_site(corpus, templates, long_list, seeds, graph=graph, network=network, defer=True)  # every value a callable
        connection.send(("paths", sorted(deferred)))
        asked = [path for path in dict.fromkeys(connection.recv()) if path in deferred]
        first = set(asked)
        batch: list[tuple[str, str]] = []
        size, limit = 0, 1  # the first page is sent alone (MkDocs waits for it), then batches grow to BATCH_CHARACTERS
        order = [*asked, *(path for path in deferred if path not in first)]
        for count, path in enumerate(order, 1):
            text = deferred.pop(path)()
            batch.append((path, text))
            size += len(text)
            if size >= limit and count < len(order):
                connection.send(("pages", batch, None))
                batch, size, limit = [], 0, min(BATCH_CHARACTERS, max(limit, size) * 2)
        connection.send(("pages", batch, cpu_seconds()))  # the last batch (maybe empty) carries the CPU seconds
    except EOFError:  # the build ended before asking for the pages
        pass
    except BaseException as error:  # noqa: BLE001 (told to the parent, one line)
        try:
            connection.send(("error", render_problem(error)))
        except OSError:
            pass
    finally:
        connection.close()
