"""Incremental rendering under `mkdocs serve` (incremental.py): after an edit to an article's
data, the pages re-rendered from the last build are, page by page and byte for byte, those a
full build of the edited data makes; an edit the rules do not follow (a registry, an article
added or removed, a template, the configuration) renders the whole site."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config

from conftest import SERVE_URL, DirtySession, copy_project, example_project
from newsdossier.corpus import load_corpus
from newsdossier.incremental import Plan, edited_articles, rebuild
from newsdossier.render import NAV_PAGES, render_site
from newsdossier.store import ParseCache, Project



def articles(project: Path) -> list[Path]:
    return sorted((project / "data" / "articles").glob("*.md"))


def front_list(text: str, key: str) -> list[str]:
    block = re.search(rf"^{key}:\n((?:  - .*\n)*)", text, flags=re.M)
    return re.findall(r"^  - (.*)$", block.group(1), flags=re.M) if block else []


def set_list(text: str, key: str, items: list[str]) -> str:
    body = "".join(f"  - {item}\n" for item in items) if items else None
    new = f"{key}:\n{body}" if body else f"{key}: []\n"
    return re.sub(rf"^{key}:(?: \[\])?\n(?:  - .*\n)*", lambda _m: new, text, count=1, flags=re.M)


def with_list(project: Path, key: str) -> Path:
    """The first article whose front matter lists at least two `key` entries (or one)."""
    found = [p for p in articles(project) if len(front_list(p.read_text(encoding="utf-8"), key)) >= 2]
    found = found or [p for p in articles(project) if front_list(p.read_text(encoding="utf-8"), key)]
    assert found, key
    return found[0]


def edit_title(project: Path) -> None:
    path = articles(project)[0]
    path.write_text(re.sub(r"^title: .*$", "title: A corrected title, saved while served", path.read_text(encoding="utf-8"),
                           count=1, flags=re.M), encoding="utf-8")


def edit_date(project: Path, date: str = "2003-02-01") -> None:
    path = articles(project)[-1]
    path.write_text(re.sub(r"^date: .*$", f"date: '{date}'", path.read_text(encoding="utf-8"), count=1, flags=re.M), encoding="utf-8")


def edit_date_same_year(project: Path) -> None:
    """The day of a dated article changed within its year."""
    path = [p for p in articles(project) if re.search(r"^date: '?\d{4}-\d\d-\d\d", p.read_text(encoding="utf-8"), flags=re.M)][-1]
    text = path.read_text(encoding="utf-8")
    year, day = re.search(r"^date: '?(\d{4})-(\d\d-\d\d)", text, flags=re.M).groups()
    path.write_text(re.sub(r"^date: .*$", f"date: '{year}-{'01-01' if day != '01-01' else '12-31'}'", text, count=1, flags=re.M),
                    encoding="utf-8")


def remove_actor(project: Path) -> None:
    path = with_list(project, "actors")
    text = path.read_text(encoding="utf-8")
    path.write_text(set_list(text, "actors", front_list(text, "actors")[1:]), encoding="utf-8")


def add_actor(project: Path) -> None:
    """An actor another article names added to an article that does not name it."""
    texts = {p: p.read_text(encoding="utf-8") for p in articles(project)}
    named = {p: front_list(t, "actors") for p, t in texts.items()}
    for path, own in named.items():
        other = next((a for p, ids in named.items() if p != path for a in ids if a not in own), None)
        if other:
            path.write_text(set_list(texts[path], "actors", [*own, other]), encoding="utf-8")
            return
    raise AssertionError("no actor to add")


def remove_mission(project: Path) -> None:
    path = with_list(project, "missions")
    text = path.read_text(encoding="utf-8")
    path.write_text(set_list(text, "missions", front_list(text, "missions")[1:]), encoding="utf-8")


def edit_text(project: Path) -> None:
    path = articles(project)[1]
    path.write_text(path.read_text(encoding="utf-8").rstrip("\n") + "\n\nA paragraph added by the researcher.\n", encoding="utf-8")


def drop_quotes(project: Path) -> None:
    found = [p for p in articles(project) if re.search(r"^quotes:\n  - ", p.read_text(encoding="utf-8"), flags=re.M)]
    path = found[0] if found else articles(project)[0]
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r"^quotes:\n(?:  [ -].*\n)*", "quotes: []\n", text, count=1, flags=re.M), encoding="utf-8")


def edit_source(project: Path) -> None:
    path = articles(project)[2]
    path.write_text(re.sub(r"^source: .*$", "source: Another Outlet", path.read_text(encoding="utf-8"), count=1, flags=re.M), encoding="utf-8")


def dates(project: Path) -> dict[Path, str]:
    found = {p: re.search(r"^date: '?(\d{4}(?:-\d\d)*)'?$", p.read_text(encoding="utf-8"), flags=re.M) for p in articles(project)}
    return {p: m.group(1) for p, m in found.items() if m}


def edit_date_to_a_listed_year(project: Path) -> None:
    """A dated article moved to another year that some other article already has."""
    dated = dates(project)
    path = list(dated)[0]
    other = next(d for d in dated.values() if d[:4] != dated[path][:4])
    path.write_text(re.sub(r"^date: .*$", f"date: '{other}'", path.read_text(encoding="utf-8"), count=1, flags=re.M), encoding="utf-8")


def copy_another_text(project: Path) -> None:
    """An article's text replaced by another's: a duplicate for the review."""
    first, second = articles(project)[:2]
    text = second.read_text(encoding="utf-8")
    head = text[:text.index("\n---\n", 4) + 5]
    second.write_text(head + first.read_text(encoding="utf-8").split("\n---\n", 1)[1], encoding="utf-8")


def set_field(key: str, value: str, which: int = 3):
    """An edit writing one front-matter field of one article (added after `title` when missing)."""
    def edit(project: Path) -> None:
        path = articles(project)[which]
        text = path.read_text(encoding="utf-8")
        line = f"{key}: {value}"
        if re.search(rf"^{key}:", text, flags=re.M):
            text = re.sub(rf"^{key}:(?: .*)?\n(?:  [ -].*\n)*", lambda _m: line + "\n", text, count=1, flags=re.M)
        else:
            text = re.sub(r"^(title: .*\n)", lambda m: m.group(1) + line + "\n", text, count=1, flags=re.M)
        path.write_text(text, encoding="utf-8")
    return edit


EDITS = {
    "title": edit_title, "date, another year": edit_date, "date, same year": edit_date_same_year,
    "date, a year listed": edit_date_to_a_listed_year,
    "actor removed": remove_actor, "actor added": add_actor, "mission removed": remove_mission,
    "text": edit_text, "quotes removed": drop_quotes, "source": edit_source,
    "text, a copy of another's": copy_another_text,
    # fields only a review section lists (review.review_sections)
    "date basis inferred": set_field("date_basis", "inferred"), "title derived": set_field("title_basis", "derived"),
    "name unresolved": set_field("unresolved", "[Someone Nobody Knows]"), "outlet by domain": set_field("source_origin", "domain"),
    "date printed otherwise": set_field("date_printed", "'2001-02-03'"),
}


def reject_an_actor(project: Path) -> None:
    path = project / "data" / "actors.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r"^    status: (candidate|confirmed)$", "    status: rejected", text, count=1, flags=re.M), encoding="utf-8")


def delete_copied_article(project: Path) -> None:
    (project / "data" / "articles" / "copied-article.md").unlink()


def copy_article(project: Path) -> None:
    path = articles(project)[0]
    text = re.sub(r"^id: .*$", "id: copied-article", path.read_text(encoding="utf-8"), count=1, flags=re.M)
    (path.parent / "copied-article.md").write_text(re.sub(r"^events:\n(?:  - .*\n)*", "events: []\n", text, count=1, flags=re.M), encoding="utf-8")


def rename_an_actor(project: Path) -> None:
    path = project / "data" / "actors.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r"^(  - id: .*\n    name: ).*$", lambda m: m.group(1) + "A Renamed Actor", text, count=1, flags=re.M), encoding="utf-8")


# Each: (what the project holds before the first build, the edit).
FALLBACKS = {"registry": (None, reject_an_actor), "article removed": (copy_article, delete_copied_article), "article added": (None, copy_article),
             "actor renamed": (None, rename_an_actor)}  # an article added is a copy of another's text: a duplicate


def site(project: Path, cache: ParseCache, long_list: int, last=None, key=()):
    corpus = load_corpus(Project(project), cache)
    assert not corpus.problems, [p.one_line() for p in corpus.problems]
    return corpus, rebuild(last, corpus, project / "templates", long_list, key=key)


@pytest.fixture(scope="module")
def example(tmp_path_factory) -> Path:
    return example_project()


@pytest.mark.parametrize("long_list", [100, 2], ids=["one page per list", "a page per year"])
@pytest.mark.parametrize("edit", sorted(EDITS))
def test_an_incremental_rebuild_equals_a_full_build_of_the_edited_data(example, tmp_path, edit, long_list):
    project = copy_project(example, tmp_path / "project")
    cache = ParseCache()
    _corpus, (last, _modified, how) = site(project, cache, long_list)
    assert how == "full"
    EDITS[edit](project)
    corpus, (rendered, modified, how) = site(project, cache, long_list, last)
    assert edited_articles(last.corpus, corpus), "the edit changed no article"
    full = render_site(load_corpus(Project(project)), project / "templates", long_list)
    assert sorted(rendered.pages) == sorted(full)
    for path in full:
        assert rendered.pages[path] == full[path], path
    assert modified == {p for p in full if last.pages.get(p) != full[p]}
    assert modified, "the edit changed no page"


@pytest.mark.parametrize("edit", ["title", "actor removed", "actor added", "text", "quotes removed"])
def test_an_edit_to_one_article_renders_only_some_pages(example, tmp_path, edit):
    project = copy_project(example, tmp_path / "project")
    cache = ParseCache()
    _corpus, (last, _m, _how) = site(project, cache, 100)
    EDITS[edit](project)
    _corpus, (rendered, _m, how) = site(project, cache, 100, last)
    count = int(re.fullmatch(r"incremental, (\d+) rendered", how).group(1))
    assert count < len(rendered.pages)


@pytest.mark.parametrize("edit", sorted(FALLBACKS))
def test_an_edit_beyond_articles_content_renders_the_whole_site(example, tmp_path, edit):
    project = copy_project(example, tmp_path / "project")
    before, change = FALLBACKS[edit]
    if before:
        before(project)
    cache = ParseCache()
    _corpus, (last, _m, _how) = site(project, cache, 100)
    change(project)
    corpus, (rendered, modified, how) = site(project, cache, 100, last)
    assert how == "full"
    assert edited_articles(last.corpus, corpus) is None
    assert rendered.pages == render_site(load_corpus(Project(project)), project / "templates")
    assert modified == {p for p in rendered.pages if last.pages.get(p) != rendered.pages[p]}


def test_another_key_renders_the_whole_site_and_counts_every_page_changed(example, tmp_path):
    """The key holds what else pages depend on (templates, configuration, seeds, search
    languages): when it differs, every page is rendered and counted as changed."""
    project = copy_project(example, tmp_path / "project")
    cache = ParseCache()
    _corpus, (last, _m, _how) = site(project, cache, 100, key=("templates", 1))
    template = project / "templates" / "article.md.j2"
    template.write_text(template.read_text(encoding="utf-8").replace("## Text", "## The text"), encoding="utf-8")
    _corpus, (rendered, modified, how) = site(project, cache, 100, last, key=("templates", 2))
    assert how == "full" and modified is None
    assert rendered.pages == render_site(load_corpus(Project(project)), project / "templates")
    assert any("## The text" in text for text in rendered.pages.values())


def test_a_new_page_makes_a_full_render(example, tmp_path):
    """A date moved to a year no article had: the list gets a page for that year, the set of
    pages differs from the last build's, and the whole site is rendered."""
    project = copy_project(example, tmp_path / "project")
    cache = ParseCache()
    _corpus, (last, _m, _how) = site(project, cache, 2)
    edit_date(project, "1990-06-01")
    _corpus, (rendered, _modified, how) = site(project, cache, 2, last)
    assert how == "full"
    assert set(rendered.pages) - set(last.pages)


@pytest.mark.parametrize("path, wanted", [
    ("articles/a1.md", True), ("articles/a2.md", False), ("articles/by-year/2020.md", True), ("articles/index.md", True),
    ("actors/x.md", True), ("actors/x/2020.md", True), ("actors/y.md", False), ("actors/y/2020.md", False), ("actors/index.md", True),
    ("missions/m.md", False), ("events/e1.md", True), ("events/e2.md", False), ("events/index.md", True),
    ("quotes/actors/x.md", True), ("quotes/actors/y/2021.md", False), ("quotes/actors/x/2021.md", False), ("quotes/actors/x/2020-2.md", True),
    ("quotes/2021.md", False), ("quotes/2020.md", True), ("quotes.md", True),
    ("timeline/2020.md", True), ("timeline/2020-3.md", True), ("timeline/2019.md", False), ("timeline/undated.md", False), ("timeline.md", True),
    ("actors/x/2019.md", False), ("articles/by-year/2019.md", False),
    ("articles/by-source/bbc.md", True), ("articles/by-source/bbc/2020.md", True), ("articles/by-source/bbc/2019.md", False),
    ("articles/by-source/afp.md", False), ("articles/by-source/afp/2020.md", False), ("articles/by-source.md", True),
    ("review/warnings/2.md", True), ("index.md", True), ("data.md", True), ("network.md", True), ("downloads/articles.csv", True),
])
def test_a_plan_wants_its_own_pages_and_every_shared_one(path, wanted):
    plan = Plan(frozenset({"a1"}), frozenset({("actors", "x")}), frozenset({"e1"}),
                {"articles": frozenset({"a1", "a2"}), "actors": frozenset({"x", "y"}), "missions": frozenset({"m"}),
                 "events": frozenset({"e1", "e2"})}, frozenset({"2020"}), frozenset({"articles/by-source/bbc"}))
    assert plan.wants(path) is wanted


def files(folder: Path) -> dict[str, bytes]:
    """Every file of a built site but the search index (Pagefind's, written from the pages)."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*")
            if p.is_file() and p.relative_to(folder).parts[0] != "pagefind"}


@pytest.mark.parametrize("edit", ["title", "actor removed", "date, same year"])
def test_a_dirty_serve_rebuild_leaves_the_site_a_full_build_makes(example, tmp_path, monkeypatch, edit):
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")
    project = copy_project(example, tmp_path / "project")
    session = DirtySession(project, tmp_path / "served")
    session.build()
    EDITS[edit](project)
    session.build()
    config = load_config(str(project / "mkdocs.yml"), site_dir=str(tmp_path / "full"))
    config.site_url = SERVE_URL
    config.plugins.on_startup(command="build", dirty=False)  # a build from scratch: no state kept
    build(config, serve_url=SERVE_URL)
    served, full = files(session.site), files(tmp_path / "full")
    assert sorted(served) == sorted(full)
    for name in full:
        assert served[name] == full[name], name
    shutil.rmtree(tmp_path / "served")


def test_an_article_in_a_language_no_page_had_rewrites_every_page(example, tmp_path, monkeypatch):
    """Each page's hidden search stems are made in every language of the corpus (plugin
    on_page_content): a language new to the corpus changes every page's HTML, not only the
    Markdown of the pages the edit touches, so a dirty rebuild writes them all."""
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")
    project = copy_project(example, tmp_path / "project")
    session = DirtySession(project, tmp_path / "served")
    session.build()
    path = articles(project)[0]
    path.write_text(re.sub(r"^language: .*$", "language: de", path.read_text(encoding="utf-8"), count=1, flags=re.M), encoding="utf-8")
    session.build()
    plugin = session.plugins["newsdossier"]
    assert "de" in plugin.search_languages
    assert len(plugin.rebuilt) == sum(1 for p in plugin.rendered.pages if p.endswith(".md"))


def test_the_search_index_is_written_at_a_lower_priority_than_the_rebuilds(monkeypatch, tmp_path):
    """Under serve, Pagefind runs in a background thread; it and the process it starts run at a
    lower CPU priority (a higher niceness) than the server, so the next save's rebuild goes first."""
    import os
    import subprocess
    import sys

    from newsdossier import plugin

    seen = {}

    def index(site, cancel=None, glob=None, keep=()):
        seen["child"] = int(subprocess.run([sys.executable, "-c", "import os; print(os.nice(0))"],
                                           capture_output=True, text=True, check=True).stdout)

    monkeypatch.setattr(plugin, "index_site_apart", index)
    indexer = plugin.SearchIndexer()
    indexer.request(tmp_path)
    assert indexer.settled(timeout=60)
    assert seen["child"] >= min(os.nice(0) + plugin.BACKGROUND_NICENESS, 19)


def full_build(project: Path, site: Path) -> dict[str, bytes]:
    config = load_config(str(project / "mkdocs.yml"), site_dir=str(site))
    config.site_url = SERVE_URL
    config.plugins.on_startup(command="build", dirty=False)  # a build from scratch: no state kept
    build(config, serve_url=SERVE_URL)
    return files(site)


@pytest.mark.parametrize("edits", [("title", "actor removed"), ("date, same year", "title"), ("source", "text")])
def test_saves_in_a_row_keep_the_site_a_full_build_makes(example, tmp_path, monkeypatch, edits):
    """A dirty rebuild hands MkDocs the last build's files (and their Pages) of the pages it
    leaves as they are (plugin kept_files): after several saves the site is still the one a
    full build of the edited data makes, including the sitemap, which lists every page."""
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")
    project = copy_project(example, tmp_path / "project")
    session = DirtySession(project, tmp_path / "served")
    session.build()
    for edit in edits:
        EDITS[edit](project)
        session.build()
    served, full = files(session.site), full_build(project, tmp_path / "full")
    assert sorted(served) == sorted(full)
    for name in full:
        assert served[name] == full[name], name


NAV_URLS = {"./", *(f"{path.removesuffix('.md').removesuffix('index')}/".replace("//", "/") for path in NAV_PAGES if path != "index.md")}


def test_a_dirty_rebuild_makes_no_new_page_for_an_unchanged_file(example, tmp_path, monkeypatch):
    """Of the generated pages outside the navigation, a dirty rebuild gives MkDocs the same file
    (holding its Page) for every page whose content did not change, a new one for the others."""
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")
    project = copy_project(example, tmp_path / "project")
    session = DirtySession(project, tmp_path / "served")
    session.build()
    plugin = session.plugins["newsdossier"]
    before = dict(plugin.kept_files)
    sources_before = dict(plugin.kept_sources)
    assert before and all(f.page is not None for f in before.values() if f.src_uri.endswith(".md"))
    edit_title(project)
    session.build()
    after = plugin.kept_files
    changed = {path for path in after if after[path] is not before.get(path)}
    assert changed and changed < set(after)
    assert all(not after[path].changed for path in set(after) - changed)
    # the pages rewritten: the changed ones kept, and pages of the navigation (new files each build)
    assert {after[path].url for path in changed if path.endswith(".md")} == {url for url in plugin.rebuilt if url not in NAV_URLS}
    # the seeds' and data files' files too, while each is published as before
    assert sources_before and all(plugin.kept_sources[path][1:] == kept[1:] for path, kept in sources_before.items())


def test_a_page_whose_output_went_missing_is_written_again_from_a_kept_file(example, tmp_path, monkeypatch):
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")
    project = copy_project(example, tmp_path / "project")
    session = DirtySession(project, tmp_path / "served")
    session.build()
    path = next(p for p in session.plugins["newsdossier"].kept_files if p.startswith("actors/") and p.count("/") == 1)
    output = Path(session.plugins["newsdossier"].kept_files[path].abs_dest_path)
    written = output.read_bytes()
    output.unlink()
    edit_title(project)
    session.build()
    assert output.read_bytes() == written


def test_under_serve_the_search_reads_the_pages_of_the_site(example, tmp_path, monkeypatch):
    """The glob Pagefind reads under serve (kept from the last build while the files are the
    same) is search.index_glob of the site's pages and other HTML files, after every save."""
    from newsdossier.search import index_glob, searched_page

    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")
    project = copy_project(example, tmp_path / "project")
    session = DirtySession(project, tmp_path / "served")
    session.build()
    plugin = session.plugins["newsdossier"]
    first = plugin.search_glob
    edit_title(project)
    session.build()
    assert plugin.search_glob == first
    site = tmp_path / "served"
    pages = sorted(str(p.relative_to(site)) for p in site.rglob("index.html") if p.relative_to(site).parts[0] not in ("pagefind",))

    def read(page: str) -> bool:  # the glob gives the page: by its path, its folder, or its folder's pages one down
        folder = page.split("/")[0]
        return page in first or f"{folder}/**/*.html" in first or (page.count("/") == 2 and f"{folder}/*/index.html" in first)
    for page in pages:
        if page != "404.html":  # the pages a long list is split into are left out (search.searched_page)
            assert read(page) == searched_page("index.md" if page == "index.html" else page.removesuffix("/index.html") + ".md"), page
    assert first == index_glob(*plugin.glob_of[0])


def graphs_around(project: Path, edit: str):
    """(the last build's corpus and graph, the edited corpus, the graph made from the last one as a
    save under serve makes it, a graph made from scratch of the edited data)."""
    from newsdossier.corpus import ArticleMemo
    from newsdossier.graph import build_graph

    cache, memo = ParseCache(), ArticleMemo()
    before = load_corpus(Project(project), cache, memo)
    last = build_graph(before)
    assert last.related_ids is not None  # every article's entities asked for, as a build asks
    EDITS[edit](project)
    corpus = load_corpus(Project(project), cache, memo)
    graph = build_graph(corpus, last, edited_articles(before, corpus))
    return before, last, corpus, graph, build_graph(load_corpus(Project(project)))


@pytest.mark.parametrize("edit", ["title", "actor removed", "actor added", "mission removed", "date, another year"])
def test_a_graph_made_from_the_last_names_the_entities_and_relates_the_articles_a_fresh_one_does(example, tmp_path, edit):
    _before, _last, corpus, graph, fresh = graphs_around(copy_project(example, tmp_path / "project"), edit)
    for article in corpus.articles.values():
        assert graph.article_entities(article) == fresh.article_entities(fresh.corpus.articles[article.id]), article.id
    assert graph.related_ids == fresh.related_ids


def test_an_edited_title_keeps_the_last_ranking_of_related_articles_and_renders_the_pages_listing_it(example, tmp_path):
    """A title changes nothing that relates articles: the last build's ranking is reused as it
    is, and the plan renders the edited article's page and those listing it as related."""
    from newsdossier.incremental import plan
    from newsdossier.network import Network, graph_groups

    before, last, corpus, graph, _fresh = graphs_around(copy_project(example, tmp_path / "project"), "title")
    assert graph.related_ids is last.related_ids
    rendered = incremental_rendered(before, last)
    wanted = plan(rendered, corpus, graph, Network(graph_groups(graph)))
    edited = edited_articles(before, corpus)
    listing = {a for a, ids in graph.related_ids.items() if edited & set(ids)}
    assert listing, "no article lists the edited one: the example tests nothing"
    assert wanted.articles == edited | listing


def incremental_rendered(corpus, graph):
    from newsdossier.incremental import Pages, Rendered
    from newsdossier.network import Network, graph_groups

    return Rendered(corpus, graph, Network(graph_groups(graph)), Pages({}))


def test_of_the_long_lists_an_edit_renders_only_the_pages_listing_what_it_changed(example, tmp_path, monkeypatch):
    """A page of a long list (a year or part of the timeline, of the articles, of the quotes, of
    an entity's mentions, of a review section) is rendered again only when its entries read
    otherwise (render.ListInputs): after a title edit, exactly the pages whose text changed."""
    from newsdossier import incremental

    project = copy_project(example, tmp_path / "project")
    cache = ParseCache()
    _corpus, (last, _m, _how) = site(project, cache, 2)
    made: list[str] = []

    def spy(*args, **kwargs):
        pages = render_site(*args, **kwargs)
        made.extend(pages)
        return pages
    monkeypatch.setattr(incremental, "render_site", spy)
    edit_title(project)
    _corpus, (rendered, _m, how) = site(project, cache, 2, last)
    assert how.startswith("incremental")
    listed = set(rendered.inputs)
    assert {p.split("/")[0] for p in listed} >= {"timeline", "articles", "quotes", "review"}
    changed = {p for p in listed if last.pages[p] != rendered.pages[p]}
    assert changed and changed < listed
    assert {p for p in made if p in listed} == changed


def test_a_broken_file_and_its_repair_keep_the_site_a_full_build_makes(example, tmp_path, monkeypatch):
    """A save that breaks an article's YAML is served from the last good data; the save that
    repairs it (with an edit of its own) leaves the site a full build of the edited data makes."""
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")
    project = copy_project(example, tmp_path / "project")
    session = DirtySession(project, tmp_path / "served")
    session.build()
    path = articles(project)[0]
    good = path.read_text(encoding="utf-8")
    path.write_text(good.replace("\ntitle: ", "\ntitle: [an unclosed list\n  x: ", 1), encoding="utf-8")
    session.build()
    assert session.plugins["newsdossier"].corpus_loaded is False
    path.write_text(good, encoding="utf-8")
    edit_title(project)
    session.build()
    served, full = files(session.site), full_build(project, tmp_path / "full")
    assert sorted(served) == sorted(full)
    for name in full:
        assert served[name] == full[name], name


@pytest.mark.parametrize("last, now, fresh", [
    (None, ("a", 1), True),  # no last build: rendered
    (("a", 1), ("a", 1), False),  # the same entries: kept
    (("a", 1), ("a", 2), True),  # another entry: rendered
    (("a", 1), ("a", 1, 2), True),  # one entry more: rendered
])
def test_list_inputs_say_a_page_changed_when_its_entries_differ(last, now, fresh):
    from newsdossier.render import ListInputs

    inputs = ListInputs({"timeline/2020.md": last} if last is not None else {})
    assert inputs.changed("timeline/2020.md", now) is fresh
    assert inputs.now == {"timeline/2020.md": now}


def test_list_inputs_keep_the_last_entries_of_a_page_not_rendered_again():
    from newsdossier.render import ListInputs

    inputs = ListInputs({"timeline/2020.md": ("a",)})
    inputs.keep("timeline/2020.md")
    inputs.keep("timeline/2021.md")  # no last entries: none kept, the next build renders it
    assert inputs.now == {"timeline/2020.md": ("a",)}


def test_an_edited_article_reads_otherwise_in_a_page_s_entries(example, tmp_path):
    """An Article compares by its data: the same object, or an equal one, keeps a page; an edited
    one renders it again."""
    from dataclasses import replace

    from newsdossier.render import ListInputs

    corpus = load_corpus(Project(example))
    article = next(iter(corpus.articles.values()))
    inputs = ListInputs({"p.md": (article,)})
    assert not inputs.changed("p.md", (replace(article),))
    assert inputs.changed("p.md", (replace(article, meta={**article.meta, "title": "Another title of my own"}),))
