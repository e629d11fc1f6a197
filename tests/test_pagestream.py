"""The pages rendered in a process of their own during `mkdocs build` (pagestream.PageStream):
the same text as a render in this process, in whatever order they are read; a fault is one line,
never a wait without end."""
from __future__ import annotations

import filecmp
import os
import re
import signal
import threading
import time
from pathlib import Path

import pytest

from conftest import copy_project, example_project, run
from newsdossier.corpus import load_corpus
from newsdossier.pagestream import PageStream, RenderFailed, streaming_possible, usable_cores
from newsdossier.render import render_site
from newsdossier.seeds import SeedListing
from newsdossier.store import Project

LONG_LIST = 2  # small enough for the example's long lists to get pages per year and parts


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    return copy_project(example_project(), tmp_path_factory.mktemp("stream") / "project", long_list=LONG_LIST)


@pytest.fixture(scope="module")
def rendered_here(project) -> dict[str, str]:
    return render_site(load_corpus(Project(project)), project / "templates", LONG_LIST)


def stream(project: Path) -> PageStream:
    return PageStream.start(load_corpus(Project(project)), project / "templates", LONG_LIST, SeedListing())


ORDERS = {
    "sorted": lambda paths: sorted(paths),
    "reversed": lambda paths: sorted(paths, reverse=True),
    "downloads-first": lambda paths: sorted(paths, key=lambda p: (p.endswith(".md"), p)),
    "half-asked": lambda paths: sorted(paths)[::2],  # the others come after, in the child's order
    "none-asked": None,  # a page taken before any order: the child's own
}


@pytest.mark.parametrize("order", ORDERS)
def test_the_pages_streamed_are_the_pages_rendered_here_in_any_order(project, rendered_here, order):
    pages_stream = stream(project)
    try:
        pages = pages_stream.pages()
        assert set(pages) == set(rendered_here)
        asked = ORDERS[order]
        if asked is not None:
            pages_stream.order(asked(list(pages)))
        read = sorted(pages, reverse=order == "none-asked")
        assert {path: pages_stream.take(path) for path in read} == rendered_here
        assert pages_stream.child_cpu_s is not None and pages_stream.child_cpu_s > 0
    finally:
        pages_stream.close()
    assert not pages_stream._process.is_alive()


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        pytest.param("{{ meta.title }}", "{{ meta.title }", r"^templates/article\.md\.j2:\d+: TemplateSyntaxError: .*fix the template$", id="syntax-error"),
        pytest.param("{{ meta.title }}", "{{ meta.title.no.such }}", r"^templates/article\.md\.j2:\d+: UndefinedError: .*fix the template$", id="undefined-value"),
    ],
)
def test_a_template_fault_in_the_render_process_is_one_line_naming_its_file_and_line(tmp_path, old, new, expected):
    broken = copy_project(example_project(), tmp_path / "project")
    template = broken / "templates" / "article.md.j2"
    text = template.read_text(encoding="utf-8")
    assert old in text
    template.write_text(text.replace(old, new, 1), encoding="utf-8")
    pages_stream = PageStream.start(load_corpus(Project(broken)), broken / "templates", 100, SeedListing())
    try:
        with pytest.raises(RenderFailed) as failed:
            pages = pages_stream.pages()
            for path in sorted(pages):
                pages_stream.take(path)
    finally:
        pages_stream.close()
    assert re.match(expected, str(failed.value)) and "\n" not in str(failed.value)


@pytest.mark.parametrize("when", ["before-the-paths", "after-the-paths"])
def test_a_render_process_that_dies_is_told_not_waited_for(project, when):
    pages_stream = stream(project)
    try:
        pages = pages_stream.pages() if when == "after-the-paths" else None
        pages_stream._process.kill()
        pages_stream._process.join()
        with pytest.raises(RenderFailed, match=r"the render process ended unexpectedly \(exit code -9\)"):
            if pages is None:
                pages_stream.pages()
            else:
                for path in sorted(pages):
                    pages_stream.take(path)
    finally:
        pages_stream.close()


def test_a_process_allowed_one_core_renders_in_its_own(monkeypatch):
    """A container or `taskset` may give the process one core of a larger machine: a render
    process would then only take turns with MkDocs."""
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0}, raising=False)
    assert usable_cores() == 1 and not streaming_possible()
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1}, raising=False)
    assert usable_cores() == 2


@pytest.mark.parametrize("handler", ["default", "a-flag-only"])
def test_closing_a_stream_still_rendering_ends_it_at_once(project, handler):
    """Whatever SIGTERM handler the build's process had installed (one that only sets a flag,
    as a part of the tool does), closing ends the child: it never keeps the parent waiting."""
    before = signal.getsignal(signal.SIGTERM)
    if handler == "a-flag-only":
        signal.signal(signal.SIGTERM, lambda *_: None)
    try:
        pages_stream = stream(project)
        pages = sorted(pages_stream.pages())
        pages_stream.order(pages)
        pages_stream.take(pages[0])
        time.sleep(0.5)  # the child fills the pipe meanwhile and waits to send more
        closing = threading.Thread(target=pages_stream.close, daemon=True)
        closing.start()
        closing.join(timeout=30)
        assert not closing.is_alive(), "close() is still waiting for the child"
        assert not pages_stream._process.is_alive()
    finally:
        signal.signal(signal.SIGTERM, before)


def test_no_render_process_is_forked_while_another_thread_runs():
    """A fork copies only the thread that calls it: a lock another thread holds would stay held
    in the child for ever (the plugin then renders in its own process)."""
    release = threading.Event()
    other = threading.Thread(target=release.wait, daemon=True)
    other.start()
    try:
        assert not streaming_possible()
    finally:
        release.set()
        other.join()


def test_mkdocs_build_writes_the_same_site_with_and_without_the_render_process(project, tmp_path):
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")
    assert "      templates: templates\n" in config
    (project / "mkdocs-here.yml").write_text(config.replace("      templates: templates\n", "      templates: templates\n      render_process: false\n"),
                                             encoding="utf-8")
    apart, here = tmp_path / "apart", tmp_path / "here"
    for args, site in ((("-f", "mkdocs.yml"), apart), (("-f", "mkdocs-here.yml"), here)):
        result = run("mkdocs", "build", "--strict", *args, "-d", str(site), cwd=project)
        assert result.returncode == 0, result.stderr[-2000:]
        # the first build did render in a process of its own (the machine has two cores), the second not
        assert ("rendered in a process of their own" in result.stderr) == (site == apart), result.stderr[-2000:]
    (project / "mkdocs-here.yml").unlink()

    def files(site: Path) -> set[str]:  # Pagefind's bundle aside: it lists its languages in no fixed order
        return {str(p.relative_to(site)) for p in site.rglob("*") if p.is_file() and "pagefind" not in p.relative_to(site).parts}

    assert files(apart) == files(here) and len(files(apart)) > 100
    _, differ, errors = filecmp.cmpfiles(apart, here, sorted(files(apart)), shallow=False)
    assert differ == [] and errors == []


@pytest.mark.parametrize("when", ["before-the-order", "while-sending"])
def test_a_render_process_whose_build_is_gone_ends_by_itself(project, when):
    """A build killed outright (SIGKILL, or SIGTERM, which runs no exit handler) never closes
    the stream: the child must see its end of the pipe closed and end, not wait for ever
    holding the corpus. The parent's end closed here stands for the parent gone."""
    pages_stream = stream(project)
    try:
        pages = pages_stream.pages()
        if when == "while-sending":
            pages_stream.order(sorted(pages))
            pages_stream.take(sorted(pages)[0])
        pages_stream._connection.close()
        pages_stream._process.join(timeout=20)
        assert not pages_stream._process.is_alive()
    finally:
        if pages_stream._process.is_alive():
            pages_stream._process.kill()
        pages_stream._process.join()
