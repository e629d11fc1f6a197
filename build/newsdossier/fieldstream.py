"""The search fields of the pages worked out in a process of their own while MkDocs converts them.

Every searched page carries, for Pagefind, the ASCII spellings of its words and its words as the
other languages' rules stem them (search.extra_spellings, search.cross_language_stems), and an
entity's page its names (main.html puts them in metadata fields). Worked out from each page's HTML in MkDocs' one thread they cost
about 0.35 ms a page (5 s of a `mkdocs build` at 10,000 articles) while the machine's other core
waits. A FieldStream works them out in a child process instead (POSIX fork: the child starts with
this process's state, the stemmers' tables too): MkDocs' thread only sends each page's HTML as it
converts it (on_page_content); once every page is converted (on_env, before any page is written
through the theme, which reads the fields) the parent asks for them all at once.

Neither process can wait for the other for ever: until it asks, only the parent sends (in
batches; it waits only while the pipe is full, which the child is reading: a page's fields take
far less than MkDocs' conversion of the next page) and the child only reads; once asked, only the
child sends. The fields are the same text as in this process (tests/test_fieldstream.py
compares them): the child runs the same functions on the same HTML.
"""
from __future__ import annotations

import contextlib
import gc
import html
import multiprocessing
import os

from .pagestream import child_started, cpu_seconds, end_child
from .search import cross_language_stems, extra_spellings, name_words

BATCH_CHARACTERS = 1 << 17  # the pages' HTML is sent in batches of about this many characters (128 K)
PIPE_BYTES = 1 << 20  # the pipe to the child holds up to this much (Linux F_SETPIPE_SZ; its default limit, fs.pipe-max-size)


def page_fields(page_html: str, language: str, languages: list[str], names: list[str] = ()) -> tuple[str, str, str]:
    """The three search fields of a page, as page.meta's search_spellings, search_stems and
    search_names hold them for main.html, each words joined by spaces: the ASCII spellings of
    its words (search.extra_spellings), its words as the other languages' rules stem them
    (search.cross_language_stems), and an entity's every name (`names`, search.entity_names of
    its entry; none for another page) with those names' stems and each name of several words
    as one word (search.name_words, which the page's search asks for when the query is that
    name: the entity it names is found first). Input: the HTML of a page's content, its
    language tag, every language of the site, the names."""
    joined = " ".join(names)
    named = " ".join([joined, *cross_language_stems(html.escape(joined), language, languages), *name_words(names)]).strip()
    return " ".join(extra_spellings(page_html)), " ".join(cross_language_stems(page_html, language, languages)), named


class FieldStream:
    """The child process working out the pages' search fields (see the module's text).

    Usage: `fields = FieldStream.start(languages)`; `fields.send(key, page_html, language, names)`
    for each page (False once the child is gone: the caller then works the page's fields out
    itself); `fields.collect()` once, {key: page_fields(...)} of every page sent ({} when the
    child failed: the caller works them out itself); `fields.close()` ends the child (at the
    build's end, or when it fails). child_cpu_s: the child's CPU seconds, known after collect().
    The pipe to the child is made as large as the system allows (PIPE_BYTES): a child the
    machine's other work keeps from its core a moment seldom keeps MkDocs' thread waiting.
    The child may run at a lower CPU priority (`niceness` added to its own): its fields are
    needed only once every page is converted, while MkDocs' thread and the render process
    (whose pages MkDocs waits for) are needed now. At the same priority, woken by each page
    sent, it took MkDocs' core from it (a pipe's reader is woken on its writer's core): on a
    loaded machine the sending cost MkDocs' thread up to 2 ms a page."""

    def __init__(self, connection, answers, process) -> None:
        self._connection = connection  # to the child
        self._answers = answers  # from the child
        self._process = process
        self._broken = False
        self._batch: list[tuple] = []  # the pages not sent yet
        self._size = 0  # their HTML's characters
        self.child_cpu_s: float | None = None

    @classmethod
    def start(cls, languages: list[str], inherited=(), niceness: int = 0) -> "FieldStream":
        """Fork the child for a site of `languages` (every page's language, search_languages);
        returns at once. inherited: connections of this process (another child's pipe) that the
        child closes at once, so that it holds no end of a pipe another process waits on.
        niceness: added to the child's (see the class's text)."""
        context = multiprocessing.get_context("fork")
        requests, ours = context.Pipe(duplex=False)  # (the child's end to read, ours to write)
        answers, theirs = context.Pipe(duplex=False)
        with contextlib.suppress(AttributeError, OSError):  # a system without the call, or a lower limit: the default size
            import fcntl
            fcntl.fcntl(ours.fileno(), fcntl.F_SETPIPE_SZ, PIPE_BYTES)
        process = context.Process(target=_child, args=(requests, theirs, [ours, answers], list(languages), list(inherited), niceness),
                                  name="newsdossier-search-fields", daemon=True)
        process.start()
        requests.close()
        theirs.close()
        return cls(ours, answers, process)

    def send(self, key: str, page_html: str, language: str, names: list[str] = ()) -> bool:
        """Give the child a page's HTML (its content), language tag and names (an entity's, as
        page_fields takes them), the fields to be kept under `key`; the pages are sent in
        batches of about BATCH_CHARACTERS (each wakes the child once). False when the child is
        gone (this page not taken; a batch lost with it is of pages collect() then gives none of)."""
        if self._broken:
            return False
        self._batch.append((key, page_html, language, list(names)))
        self._size += len(page_html)
        return self._size < BATCH_CHARACTERS or self._flush()

    def _flush(self) -> bool:
        batch, self._batch, self._size = self._batch, [], 0
        try:
            if batch:
                self._connection.send(batch)
        except (OSError, ValueError):  # the child ended (killed): its pages are worked out by the caller
            self._broken = True
            return False
        return True

    def collect(self) -> dict[str, tuple[str, str, str]]:
        """The fields of every page sent, {key: page_fields(...)}, waited for; once only. {} when
        the child failed or ended without them (the caller works them out itself)."""
        if self._broken or not self._flush():
            return {}
        try:
            self._connection.send(None)
            kind, fields, cpu = self._answers.recv()
        except (EOFError, OSError, ValueError):
            self._broken = True
            return {}
        if kind != "fields":
            self._broken = True
            return {}
        self.child_cpu_s = cpu
        self._broken = True  # nothing more is sent
        return fields

    def close(self) -> None:
        """End the child (at once if it still works) and close the pipe."""
        end_child(self._process)
        self._connection.close()
        self._answers.close()
        self._broken = True


def _child(requests, answers, parents, languages: list[str], inherited, niceness: int = 0) -> None:
    """The child's work: reads batches of (key, html, language, names) from `requests` until None,
    then sends ("fields", {key: page_fields(...)}, CPU seconds) to `answers`; ("error", text,
    None) when it fails. parents: the parent's ends of the pipes, copied by the fork, closed
    first (pagestream.child_started); `inherited` likewise."""
    child_started(*parents, *inherited)
    if niceness:
        with contextlib.suppress(AttributeError, OSError):  # a system without the call: the same priority
            os.nice(niceness)
    gc.freeze()  # the parent's heap, copied by the fork, is never scanned (nor its pages copied by the scan)
    fields: dict[str, tuple[str, str, str]] = {}
    try:
        while (batch := requests.recv()) is not None:
            for key, page_html, language, names in batch:
                fields[key] = page_fields(page_html, language, languages, names)
        answers.send(("fields", fields, cpu_seconds()))
    except EOFError:  # the build ended before asking
        pass
    except BaseException as error:  # noqa: BLE001 (the parent works the fields out itself)
        try:
            answers.send(("error", f"{type(error).__name__}: {error}", None))
        except OSError:
            pass
    finally:
        requests.close()
        answers.close()
