"""The pages' search fields worked out in a process of their own (fieldstream.FieldStream) under
`mkdocs build`: the same fields as worked out in MkDocs' thread, none of that work left there."""
from __future__ import annotations

import re
import textwrap

import pytest

from conftest import copy_project, example_project, run
from newsdossier.fieldstream import FieldStream, page_fields

LANGUAGES = ["en", "es", "fr", "vi"]
# Pages of each language, written for these tests: accents Pagefind folds, letters it does not
# (đ, ø, œ), words the other languages' rules stem otherwise, and text the search skips.
PAGES = {
    "en": ("en", "<h1>Peacekeepers rebuilding the Đông Hà bridge</h1><p>Observers said the "
                 "manœuvres near Tromsø were peaceful.</p><blockquote>Ignored quotation</blockquote>"),
    "fr": ("fr", "<h1>Les casques bleus à Đà Nẵng</h1><p>La sécurité des populations civiles "
                 "reste menacée, a déclaré l'envoyée spéciale.</p>"),
    "es": ("es", "<p>Los observadores de la misión llegaron a Łódź; la seguridad mejoró "
                 "según el informe &amp; sus anexos.</p>"),
    "vi": ("vi", "<p>Lực lượng gìn giữ hòa bình của Việt Nam đến Đức Phổ vào tháng Ba.</p>"),
}

NAMES = ["Mission des Nations unies en Côte d'Ivoire", "ONUCI", "Nguyễn Văn Thành"]  # an entity's names, as search.entity_names gives them


def test_the_fields_worked_out_apart_are_those_worked_out_here():
    fields = FieldStream.start(LANGUAGES)
    try:
        for key, (language, page_html) in PAGES.items():
            assert fields.send(key, page_html, language)
        assert fields.send("named", PAGES["fr"][1], "fr", NAMES)
        got = fields.collect()
    finally:
        fields.close()
    expected = {key: page_fields(page_html, language, LANGUAGES) for key, (language, page_html) in PAGES.items()}
    expected["named"] = page_fields(PAGES["fr"][1], "fr", LANGUAGES, NAMES)
    assert got == expected
    assert "Dong" in got["en"][0] and "manoeuvres" in got["en"][0] and "Tromso" in got["en"][0]  # the fields are not empty
    assert got["fr"][1] and got["en"][1]
    assert got["en"][2] == "" and "cote_divoire__" in got["named"][2] and "Nguyễn Văn Thành" in got["named"][2]
    assert fields.child_cpu_s is not None


@pytest.mark.parametrize("when", ["before-sending", "after-sending"])
def test_a_fields_process_that_dies_is_told_not_waited_for(when):
    """A child killed (out of memory) leaves the pages' fields to the caller: nothing waits on it."""
    fields = FieldStream.start(LANGUAGES)
    try:
        if when == "after-sending":
            assert fields.send("en", *reversed(PAGES["en"]))
        fields._process.kill()
        fields._process.join()
        sent = fields.send("fr", *reversed(PAGES["fr"]))
        assert fields.collect() == {}
        assert not fields.send("es", *reversed(PAGES["es"]))
        assert sent in (True, False)  # a pipe may still take a message its reader will never read
    finally:
        fields.close()


def test_the_pages_are_sent_in_batches_each_waking_the_child_once(monkeypatch):
    """Each message wakes the child, which then took MkDocs' core from it: pages are sent
    together, about BATCH_CHARACTERS of HTML at a time, the last ones when the fields are asked for."""
    from newsdossier import fieldstream
    monkeypatch.setattr(fieldstream, "BATCH_CHARACTERS", 200)
    fields = FieldStream.start(LANGUAGES)
    messages: list = []
    real = fields._connection.send
    fields._connection.send = lambda message: (messages.append(message), real(message))[1]
    try:
        for key, (language, page_html) in PAGES.items():
            assert fields.send(key, page_html, language)
        got = fields.collect()
    finally:
        fields.close()
    assert set(got) == set(PAGES)
    batches = messages[:-1]
    assert messages[-1] is None and 1 < len(batches) < len(PAGES)
    assert [key for batch in batches for key, *_ in batch] == list(PAGES)


def test_a_fields_process_whose_build_is_gone_ends_by_itself():
    """A build killed outright never closes the stream: the child sees its end of the pipe
    closed and ends, instead of holding a copy of the build's memory for ever."""
    fields = FieldStream.start(LANGUAGES)
    try:
        assert fields.send("en", *reversed(PAGES["en"]))
        fields._connection.close()
        fields._process.join(timeout=20)
        assert not fields._process.is_alive()
    finally:
        if fields._process.is_alive():
            fields._process.kill()
        fields._process.join()


# A build in a process of its own, counting the pages whose HTML MkDocs' own process reads for
# the search (search.indexed_text of a page's HTML; an entity's names, never HTML, aside).
COUNTING_BUILD = textwrap.dedent("""
    import os, sys
    from newsdossier import search
    parent, read = os.getpid(), []
    original = search.indexed_text
    def counted(page_html):
        if os.getpid() == parent and "<" in page_html:
            read.append(1)
        return original(page_html)
    search.indexed_text = counted
    from mkdocs.__main__ import cli
    try:
        cli.main(args=["build", "--strict", "-d", sys.argv[1]], prog_name="mkdocs", standalone_mode=False)
    finally:
        print(f"pages read for the search here: {len(read)}", file=sys.stderr)
""")


def test_mkdocs_build_reads_no_page_for_its_search_fields_in_its_own_process(tmp_path):
    project = copy_project(example_project(), tmp_path / "project")
    site = tmp_path / "site"
    result = run("python", "-c", COUNTING_BUILD, str(site), cwd=project)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "rendered in a process of their own" in result.stderr  # the machine has two cores
    assert re.search(r"pages read for the search here: 0\n", result.stderr), result.stderr[-2000:]
    # and the pages still carry their fields (the whole site is the same as built without the
    # processes: test_pagestream.py, test_mkdocs_build_writes_the_same_site_with_and_without_the_render_process)
    pages = [path.read_text(encoding="utf-8") for path in (site / "articles").rglob("index.html")]
    assert any('data-pagefind-meta="stems:' in page for page in pages)
    assert any('data-pagefind-meta="spellings:' in page for page in pages)


# A build whose search fields' process is killed after it was sent a few pages.
KILLING_BUILD = textwrap.dedent("""
    import sys
    from newsdossier import fieldstream
    sent = [0]
    original = fieldstream.FieldStream.send
    def send(self, *args):
        sent[0] += 1
        if sent[0] == 4:
            self._process.kill()
            self._process.join()
        return original(self, *args)
    fieldstream.FieldStream.send = send
    from mkdocs.__main__ import cli
    cli.main(args=["build", "--strict", "-d", sys.argv[1]], prog_name="mkdocs", standalone_mode=False)
""")


def test_a_build_whose_fields_process_dies_writes_the_same_pages(tmp_path):
    """The pages whose fields the process never gave have them made by the build itself, from
    their HTML: the same pages as a build whose process lived."""
    import filecmp
    project = copy_project(example_project(), tmp_path / "project")
    lived, died = tmp_path / "lived", tmp_path / "died"
    assert run("mkdocs", "build", "--strict", "-d", str(lived), cwd=project).returncode == 0
    result = run("python", "-c", KILLING_BUILD, str(died), cwd=project)
    assert result.returncode == 0, result.stderr[-2000:]

    def pages(site):  # Pagefind's bundle aside: its entry lists the languages in no fixed order
        return sorted(str(p.relative_to(site)) for p in site.rglob("*.html") if "pagefind" not in p.relative_to(site).parts)

    assert pages(lived) == pages(died) and len(pages(lived)) > 20
    _, differ, errors = filecmp.cmpfiles(lived, died, pages(lived), shallow=False)
    assert differ == [] and errors == []
