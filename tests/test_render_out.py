"""`newsdossier render --out DIR`: every generated page as a Markdown file (and the downloads,
the seed and data files with their readable pages, the docs folder's own files), so that an
engine that does not run MkDocs plugins builds the same site: here MkDocs itself, strict,
with docs_dir pointed at DIR and the newsdossier plugin left out."""
from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from conftest import ROOT, copy_project, example_project, run
from newsdossier.corpus import load_corpus
from newsdossier.export import MANIFEST, engine_config, raw_name, relative_links
from newsdossier.publish import readable
from newsdossier.render import render_site
from newsdossier.seeds import seed_listing
from newsdossier.store import Project, recorded_seed_reasons


# --- links that every engine resolves (pure) ------------------------------------------------------------


@pytest.mark.parametrize(("page", "markdown", "expected"), [
    ("articles/a.md", "[Lacroix](/actors/lacroix.md)", "[Lacroix](../actors/lacroix.md)"),
    ("index.md", "[Actors](/actors/index.md)", "[Actors](actors/index.md)"),
    ("actors/x/2021.md", "[back](/actors/x.md)", "[back](../x.md)"),
    ("articles/a.md", "[file](/data/articles/a.md.html#L12)", "[file](../data/articles/a.md.html#L12)"),
    ("review.md", '<a href="/seeds/s%20t.txt.html">s</a>', '<a href="seeds/s%20t.txt.html">s</a>'),
    ("articles/a.md", "[home](/)", "[home](../index.md)"),
    ("articles/a.md", "<https://example.org/x>", "<https://example.org/x>"),  # another site: as it is
    ("articles/a.md", "[x](https://example.org/y.md)", "[x](https://example.org/y.md)"),
    ("articles/a.md", "Le texte &#91;cité&#93;(/pas/un/lien)", "Le texte &#91;cité&#93;(/pas/un/lien)"),  # escaped text is text
])
def test_links_from_the_root_become_relative_to_the_page(page, markdown, expected):
    assert relative_links(markdown, page) == expected


@pytest.mark.parametrize(("published", "written"), [
    ("seeds/a.txt", "seeds/a.txt"),
    ("seeds/note.md", "seeds/note.md.txt"),  # a Markdown seed is a text, never a page
    ("data/articles/x.md", "data/articles/x.md.txt"),
    ("data/actors.yaml", "data/actors.yaml"),
])
def test_a_markdown_raw_file_is_written_as_text(published, written):
    assert raw_name(published) == written


@pytest.mark.parametrize("plugins", [
    "plugins:\n  - newsdossier:\n      root: .\n  - search\n",
    "plugins:\n  newsdossier:\n    root: .\n  search: {}\n",
    "plugins:\n  - search\n  - newsdossier\n",
])
def test_the_engine_config_leaves_out_the_plugin_and_points_at_the_folder(tmp_path, plugins):
    config = tmp_path / "project" / "mkdocs.yml"
    config.parent.mkdir()
    config.write_text(f"site_name: Dossier  # the title\ndocs_dir: templates/site\ntheme:\n  name: material\n  custom_dir: templates/theme\n{plugins}", encoding="utf-8")
    text = engine_config(config, tmp_path / "out", tmp_path / "engine.yml")
    assert "newsdossier" not in text and "search" in text
    assert "docs_dir: out\n" in text and "custom_dir: project/templates/theme\n" in text  # relative to engine.yml
    assert "# the title" in text


# --- the command on the example corpus ------------------------------------------------------------------


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    """The example project rendered to out/ with an engine config, and that config built by
    MkDocs, strict, without the plugin."""
    work = tmp_path_factory.mktemp("render-out")
    project = copy_project(example_project(), work / "project")
    result = run("newsdossier", "render", "--out", "../out", "--config-out", "../engine.yml", cwd=project)
    assert result.returncode == 0, result.stderr
    built = run("mkdocs", "build", "--strict", "-f", str(work / "engine.yml"), "-d", str(work / "site"), cwd=work)
    return project, work / "out", work / "site", result, built


def _expected_pages(project: Path) -> dict[str, str]:
    corpus = load_corpus(Project(project))
    listing = seed_listing(project / "seeds", {str(a.meta.get("seed")) for a in corpus.articles.values()}, recorded_seed_reasons(Project(project)))
    return render_site(corpus, project / "templates", seeds=readable(listing))


def test_every_generated_page_and_download_is_written(rendered):
    project, out, _site, _result, _built = rendered
    pages = _expected_pages(project)
    assert pages
    missing = [path for path in pages if not (out / path).is_file()]
    assert missing == []
    for path, content in pages.items():
        if path.startswith("downloads/"):
            assert (out / path).read_bytes() == content.encode("utf-8"), path


def test_the_seeds_data_files_and_assets_are_there_too(rendered):
    project, out, _site, _result, _built = rendered
    for seed in (project / "seeds").iterdir():
        assert (out / "seeds" / seed.name).read_bytes() == seed.read_bytes()
        assert (out / "seeds" / f"{seed.name}.html").is_file()
    for article in (project / "data" / "articles").glob("*.md"):
        assert (out / "data" / "articles" / f"{article.name}.txt").read_bytes() == article.read_bytes()
        assert not (out / "data" / "articles" / article.name).exists()  # not a page for the engine
        view = (out / "data" / "articles" / f"{article.name}.html").read_text(encoding="utf-8")
        assert f'href="{article.name}.txt"' in view
    for asset in (ROOT / "templates" / "site").rglob("*"):
        if asset.is_file():
            assert (out / asset.relative_to(ROOT / "templates" / "site")).is_file()


def test_it_says_what_it_did(rendered):
    _project, out, _site, result, _built = rendered
    lines = result.stderr.splitlines()
    assert lines[0].startswith("render: ") and "articles read" in lines[0]
    assert any(re.search(r"render: \d+ pages, \d+ downloads, \d+ seed and data files", line) for line in lines)
    assert (out / MANIFEST).is_file()


def test_mkdocs_builds_the_folder_strict_without_the_plugin(rendered):
    _project, out, site, _result, built = rendered
    assert built.returncode == 0, built.stderr
    assert "WARNING" not in built.stderr, built.stderr
    for page in out.rglob("*.md"):
        relative = page.relative_to(out).with_suffix("")  # actors/x -> actors/x/index.html, actors/index -> actors/index.html
        folder = relative.parent if relative.name == "index" else relative
        assert (site / folder / "index.html").is_file(), page


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in ("href", "src") and value:
                self.links.append(value)


def test_every_link_of_the_site_built_without_the_plugin_resolves(rendered):
    _project, _out, site, _result, built = rendered
    assert built.returncode == 0, built.stderr
    broken = []
    for page in sorted(site.rglob("*.html")):
        if page.name == "404.html":
            continue  # served at any address, it links from the root
        parser = _Links()
        parser.feed(page.read_text(encoding="utf-8"))
        for link in parser.links:
            parts = urlsplit(link)
            if parts.scheme or parts.netloc or not parts.path:
                continue
            target = (page.parent / unquote(parts.path)).resolve()
            if target.is_dir():
                target = target / "index.html"
            if not target.is_file():
                broken.append(f"{page.relative_to(site)}: {link}")
    assert broken == []


def test_french_keeps_its_accents_in_the_written_pages(rendered):
    project, out, _site, _result, _built = rendered
    corpus = load_corpus(Project(project))
    french = next(a for a in corpus.articles.values() if a.meta["language"] == "fr")
    text = (out / "articles" / f"{french.id}.md").read_text(encoding="utf-8")
    assert "secrétaire" in text and "Ã" not in text


# --- the folder it may write ------------------------------------------------------------------------------


@pytest.fixture
def project(tmp_path):
    return copy_project(example_project(), tmp_path / "project")


def test_a_folder_it_did_not_write_is_refused_untouched(project, tmp_path):
    out = tmp_path / "mine"
    out.mkdir()
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    result = run("newsdossier", "render", "--out", str(out), cwd=project)
    assert result.returncode == 1
    assert "is not empty" in result.stderr and "--force" in result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["notes.txt"]


def test_force_writes_into_it_and_keeps_the_other_files(project, tmp_path):
    out = tmp_path / "mine"
    out.mkdir()
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    result = run("newsdossier", "render", "--out", str(out), "--force", cwd=project)
    assert result.returncode == 0, result.stderr
    assert (out / "notes.txt").read_text(encoding="utf-8") == "mine" and (out / "index.md").is_file()


def test_rendering_again_replaces_its_own_output_and_removes_what_is_no_longer_made(project, tmp_path):
    out = tmp_path / "out"
    assert run("newsdossier", "render", "--out", str(out), cwd=project).returncode == 0
    (out / "actors" / "gone.md").write_text("# an actor rejected since", encoding="utf-8")
    (out / MANIFEST).write_text((out / MANIFEST).read_text(encoding="utf-8") + "actors/gone.md\n", encoding="utf-8")
    (out / "notes.txt").write_text("mine", encoding="utf-8")  # not in the manifest: kept
    again = run("newsdossier", "render", "--out", str(out), cwd=project)
    assert again.returncode == 0, again.stderr
    assert not (out / "actors" / "gone.md").exists() and (out / "notes.txt").is_file()
    assert "1 file of the last render removed" in again.stderr


@pytest.mark.parametrize("where", [".", "data/out", "seeds/out", "templates/out", ".."])
def test_the_project_and_its_own_folders_are_refused(project, where):
    result = run("newsdossier", "render", "--out", where, "--force", cwd=project)
    assert result.returncode == 1
    assert result.stderr.startswith("render: ") and "Traceback" not in result.stderr


def test_data_with_errors_is_refused_with_the_problem(project, tmp_path):
    registry = project / "data" / "actors.yaml"
    registry.write_text(registry.read_text(encoding="utf-8") + "  - id: [broken\n", encoding="utf-8")
    result = run("newsdossier", "render", "--out", str(tmp_path / "out"), cwd=project)
    assert result.returncode == 1
    assert "data/ has" in result.stderr and "data/actors.yaml:" in result.stderr
    assert not (tmp_path / "out").exists()


def test_a_hand_written_page_replaces_the_generated_one_as_under_the_plugin(project, tmp_path):
    own = project / "templates" / "site" / "actors" / "index.md"
    own.parent.mkdir(parents=True)
    own.write_text("# Actors, chosen by hand\n", encoding="utf-8")
    result = run("newsdossier", "render", "--out", str(tmp_path / "out"), cwd=project)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out" / "actors" / "index.md").read_text(encoding="utf-8") == "# Actors, chosen by hand\n"
