"""The worst seeds at once: one normalize over all of them, then the site built from the result.
Each bad seed gets one line saying what was done; good ones become articles; nothing from a
seed runs in the site; nothing is written outside data/."""
from __future__ import annotations

import os
import re
from html import unescape
from pathlib import Path

import pytest

from conftest import EXAMPLE_SEEDS, copy_project, example_project, new_project, run, served_folder
from newsdossier.store import read_article, read_registry

FRENCH = (
    "Le général a visité Bamako mardi. La réunion s’est tenue à Genève le 3 mars 2021.\n\n"
    "Les casques bleus de la MINUSMA ont ouvert un nouvel hôpital près de Gao, selon l’ONU.\n"
)
ENGLISH = "Peacekeepers arrive in Juba\n\nPeacekeepers arrived in Juba on 3 March 2021, the mission said.\n\nThey will stay a year.\n"
TWIN = (EXAMPLE_SEEDS / "001_7ba0d90fc6ab2652.txt").read_bytes()


def _big(path: Path) -> None:
    line = b"The United Nations said peacekeepers arrived in Juba on 3 March 2021.\n"
    with open(path, "wb") as handle:
        handle.write(line * (50 * 1024 * 1024 // len(line) + 1))


# name -> (content or a function writing the file, what normalize must say of it: a regex on its
# one line, or None when it must become an article without a word)
SEEDS = {
    "empty.txt": (b"", r"skipped: empty"),
    "whitespace.txt": (b"  \n\t\n  ", r"skipped: empty"),
    "image.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8, r"skipped: binary data"),
    "nul-bytes.txt": (b"Hello\x00world, peacekeepers", r"skipped: binary data"),
    "latin-1.txt": (("Titre du jour\n\n" + FRENCH).encode("latin-1", "replace"), r"decoded as (cp1252|latin_1|iso8859)"),
    "windows-1252.txt": (("« Titre » du jour\n\n" + FRENCH).encode("cp1252"), r"decoded as cp1252"),
    "utf-16-bom.txt": (("Titre du jour\n\n" + FRENCH).encode("utf-16"), r"decoded as UTF-16"),
    "utf-16-no-bom.txt": (("Titre du jour\n\n" + FRENCH).encode("utf-16-le"), r"decoded as UTF-16 \(no byte order mark\)"),
    "utf-8-bom-crlf.txt": (b"\xef\xbb\xbf" + ENGLISH.replace("\n", "\r\n").encode("utf-8"), None),
    "mojibake.txt": (("Titre du jour\n\n" + FRENCH).encode("utf-8").decode("latin-1").encode("utf-8"), r"repaired mis-decoded characters"),
    "one-long-line.txt": (("Peacekeepers arrived in Juba on 3 March 2021. " * 45_000).encode("utf-8"), r"read from the first [\d,]+ characters of the body only \([\d,]+ more kept, not read\)"),
    "fifty-megabytes.txt": (_big, r"skipped: too large \(50 MB"),
    "only-a-title.txt": (b"UN peacekeepers arrive in Juba\n", r"skipped: no article text"),
    "only-boilerplate.txt": (b"Leave A Reply\nRelated News\nShare this article\n", r"skipped: no article text"),
    "html.txt": (b'<script>alert(1)</script> Peacekeepers arrive\n\n<img src=x onerror="alert(2)"> The peacekeepers <a href="javascript:alert(3)">arrived</a> in Juba.\n\n[click](javascript:alert(4)) <iframe src="http://example.com/"></iframe>.\n', None),
    "markdown.txt": (b"---\ntitle: injected\n---\n# Heading one\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n[ref]: http://example.com/\n\nThe peacekeepers [arrived][ref] in Juba on 3 March 2021.\n", None),
    "jinja.txt": (b"{{ config }} Peacekeepers {% for x in range(3) %}x{% endfor %}\n\n{# hidden #} The peacekeepers {{ 7 * 7 }} arrived in Juba {% raw %} on 3 March 2021.\n", None),
    "yaml-tag.txt": (b'!!python/object/apply:os.system ["touch pwned"]\n\nThe peacekeepers arrived: in Juba # not a comment - "quoted" \'single\' on 3 March 2021.\n', None),
    "yaml-title.txt": (b"Title: with colon # hash - dash \"quotes\" 'q' & *star !tag {x}\n\nThe peacekeepers arrived in Juba on 3 March 2021.\n", None),
    "title-break.txt": (b"</title><script>alert(5)</script> Peacekeepers arrive\n\nThe peacekeepers arrived in Juba on 3 March 2021, the mission said.\n", None),
    "name with spaces.txt": (ENGLISH.replace("Juba", "Bor").encode("utf-8"), None),
    "nöñ-ascii é.txt": (ENGLISH.replace("Juba", "Malakal").encode("utf-8"), None),
    ".hidden-dot.txt": (ENGLISH.encode("utf-8"), r"skipped: a hidden file"),
    "..escape.txt": (ENGLISH.encode("utf-8"), r"skipped: a hidden file"),
    "twin-of-001.txt": (TWIN, r"skipped: same bytes as seeds/001_7ba0d90fc6ab2652\.txt \(duplicate\)"),
    "001_7BA0D90FC6AB2652.txt": (TWIN.replace(b"China", b"Korea"), None),  # the same id once lowercased
    "link.txt": (lambda path: os.symlink("/etc/passwd", path), r"skipped: a symbolic link"),
}


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    """A project with the five example seeds and every hostile one, normalized once."""
    project = new_project(tmp_path_factory.mktemp("hostile"))
    for name, (content, _said) in SEEDS.items():
        if callable(content):
            content(project / "seeds" / name)
        else:
            (project / "seeds" / name).write_bytes(content)
    before = _outside_data(project)
    result = run("newsdossier", "normalize", cwd=project)
    return project, result, before


def _outside_data(project: Path) -> dict[str, tuple[int, int]]:
    return {
        str(p.relative_to(project)): (p.lstat().st_size, p.lstat().st_mtime_ns)
        for p in project.rglob("*") if not p.relative_to(project).parts[0] in ("data", "site", ".newsdossier-cache")
    }


CACHE_FILES = {"articles.json", "seeds.json", "no-article.json", "registries.json", "links.json", "run.lock"}  # normalize's own names, none from a seed
CACHE_KEYED = re.compile(  # and the copies it keeps under a key of the code or library that made them
    r"reference-[0-9a-f]{16}\.pickle|registry-(actors|missions|events)\.pickle"
    r"|parsed-written-[0-9]{20}-[0-9]+\.pickle")  # the parses normalize leaves for the next build, named by time and process


def _line_of(output: str, name: str) -> list[str]:
    return [line for line in output.splitlines() if line.startswith(f"seeds/{name}:")]


@pytest.mark.parametrize("name", sorted(SEEDS))
def test_each_hostile_seed_gets_one_line_or_becomes_an_article(hostile, name):
    project, result, _before = hostile
    output = result.stdout + result.stderr
    said = SEEDS[name][1]
    lines = _line_of(output, name)
    articles = [p for p in (project / "data" / "articles").glob("*.md") if read_article(p)[0].get("seed") == name]
    if said is None:
        assert lines == [] and len(articles) == 1, output
    elif "skipped" in said:
        assert len(lines) == 1 and re.search(said, lines[0]), output
        assert articles == []
    else:  # decoded with a note, then an article
        assert any(re.search(said, line) for line in lines), output
        assert len(articles) == 1


def test_normalize_reports_the_skips_in_its_exit_code_under_strict_and_never_a_traceback(hostile):
    project, result, _before = hostile
    assert result.returncode == 0, result.stderr  # the good seeds were written; the bad ones are named
    assert "Traceback" not in result.stdout + result.stderr
    strict = run("newsdossier", "normalize", "--strict", cwd=project)
    assert strict.returncode == 1 and "Traceback" not in strict.stdout + strict.stderr


def test_the_data_written_from_hostile_seeds_is_valid(hostile):
    project, _result, _before = hostile
    result = run("newsdossier", "check", cwd=project)
    assert result.returncode == 0, result.stdout
    for path in (project / "data" / "articles").glob("*.md"):
        front, _body = read_article(path)
        assert isinstance(front["title"], str) and front["title"]
    for name in ("actors", "missions", "events"):
        assert isinstance(read_registry(project / "data" / f"{name}.yaml"), list)


def test_nothing_is_written_outside_data(hostile):
    project, _result, before = hostile
    assert _outside_data(project) == before
    assert not list(project.rglob("pwned"))
    cache = project / ".newsdossier-cache"  # normalize's index of what it read (store.Project.cache)
    assert not cache.exists() or {p.name for p in cache.iterdir() if not CACHE_KEYED.fullmatch(p.name)} <= CACHE_FILES


def test_each_seed_gets_its_own_article_id(hostile):
    project, _result, _before = hostile
    ids = [read_article(p)[0]["id"] for p in (project / "data" / "articles").glob("*.md")]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"[a-z0-9][a-z0-9_-]*", i) for i in ids)


@pytest.fixture(scope="module")
def hostile_site(hostile):
    project, _result, _before = hostile
    result = run("mkdocs", "build", "--strict", "-d", str(project / "site"), cwd=project)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return project / "site"


SCRIPTED = re.compile(r"<script>alert|onerror=\"alert|href=\"javascript:|<iframe|<title>[^<]*<script")


def test_no_markup_from_a_seed_is_live_in_the_built_pages(hostile_site):
    for page in hostile_site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert not SCRIPTED.search(html), f"{page.relative_to(hostile_site)}: {SCRIPTED.search(html).group()}"


def test_template_code_from_a_seed_is_shown_as_text_not_run(hostile_site):
    pages = [unescape(p.read_text(encoding="utf-8")) for p in (hostile_site / "articles").glob("*/index.html")]
    assert any("The peacekeepers {{ 7 * 7 }} arrived" in text for text in pages)
    assert not any("peacekeepers 49 arrived" in text for text in pages)


@pytest.fixture(scope="module")
def hostile_url(hostile_site):
    """The site built from the hostile seeds, served on a free localhost port."""
    with served_folder(hostile_site) as url:
        yield url


HOSTILE_PAGES = ["articles/html/", "articles/title-break/", "articles/jinja/", "articles/markdown/", "articles/yaml-tag/", "review/", "timeline/", "articles/"]


@pytest.mark.browser
@pytest.mark.parametrize("path", HOSTILE_PAGES)
def test_no_script_from_a_seed_runs_in_the_browser(page, hostile_url, path):
    from urllib.parse import urlsplit

    dialogs, outside = [], []
    page.on("dialog", lambda dialog: dialogs.append(dialog.message) or dialog.dismiss())
    page.on("request", lambda request: urlsplit(request.url).hostname not in ("127.0.0.1", None) and outside.append(request.url))
    page.goto(f"{hostile_url}/{path}")
    page.wait_for_load_state("networkidle")
    assert page.locator("h1").first.is_visible()
    assert dialogs == [] and outside == []


# Hand-edited values in data/ that would be markup if they were not escaped.
PAYLOAD = "</title><script>alert(9)</script><img src=x onerror=alert(8)> [x](javascript:alert(7)) {{ 6 * 7 }}"
DATA_EDITS = {
    "actor name": ("data/actors.yaml", "    name: Jean-Pierre Lacroix\n", f"    name: '{PAYLOAD}'\n"),
    "actor alias": ("data/actors.yaml", "      - U.N.\n", f"      - U.N.\n      - '{PAYLOAD}'\n"),
    "mission name": ("data/missions.yaml", "    name: United Nations Interim Security Force for Abyei\n", f"    name: '{PAYLOAD}'\n"),
    "event title": ("data/events.yaml", "    title: 2021 UN Peacekeeping Ministerial\n", f"    title: '{PAYLOAD}'\n"),
    "article source": ("article", "source: Xinhua\n", f"source: '{PAYLOAD}'\n"),
    "article author": ("article", "  - Wang Jiangang\n", f"  - '{PAYLOAD}'\n"),
    "article title": ("article", "title: UN peacekeeping chief hopes to enhance cooperation with China\n", f"title: '{PAYLOAD}'\n"),
    "article text": ("article", "\n---\n\n", f"\n---\n\n{PAYLOAD}\n\n"),
}


@pytest.mark.parametrize("edit", sorted(DATA_EDITS))
def test_a_hostile_value_written_into_data_stays_text_in_every_page(tmp_path, edit):
    copy_project(example_project(), tmp_path)
    where, old, new = DATA_EDITS[edit]
    path = tmp_path / "data" / "articles" / "001_7ba0d90fc6ab2652.md" if where == "article" else tmp_path / where
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    result = run("mkdocs", "build", "--strict", "-d", str(tmp_path / "site"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr[-2000:]
    shown = False
    for page in (tmp_path / "site").rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert not re.search(r"<script>alert|<img[^>]*onerror|href=\"javascript:|<title>[^<]*<script|\b42\b \[x\]", html), page
        shown = shown or "alert(9)" in unescape(html)
    assert shown, "the value is shown somewhere, as text"


@pytest.mark.parametrize(
    ("title", "shown"),
    [
        pytest.param("</title><script>alert(1)</script>", "\u2039/title\u203a\u2039script\u203aalert(1)\u2039/script\u203a", id="tags-become-text"),
        pytest.param("&lt;/title&gt;", "\u2039/title\u203a", id="entities-cannot-become-tags"),
        pytest.param("Q&A: UN & AU", "Q&amp;A: UN &amp; AU", id="ampersand-kept-as-text"),
        pytest.param("Peacekeepers arrive", "Peacekeepers arrive", id="plain-title-unchanged"),
    ],
)
def test_a_page_title_is_safe_printed_raw_and_printed_decoded(title, shown):
    from markupsafe import Markup

    from newsdossier.plugin import safe_title

    safe = safe_title(title)
    assert safe == shown
    assert "<" not in safe and "<" not in Markup(safe).striptags()  # Material's <title>{{ page.title | striptags }}


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        pytest.param("{{ meta.title }}", "{{ meta.title }", r"templates/article\.md\.j2:\d+: TemplateSyntaxError", id="syntax-error"),
        pytest.param("{{ meta.title }}", "{{ meta.title.no.such }}", r"templates/article\.md\.j2:\d+: UndefinedError", id="undefined-value"),
    ],
)
def test_a_broken_template_is_one_line_naming_its_file_and_line(tmp_path, old, new, expected):
    copy_project(example_project(), tmp_path)
    template = tmp_path / "templates" / "article.md.j2"
    text = template.read_text(encoding="utf-8")
    assert old in text
    template.write_text(text.replace(old, new, 1), encoding="utf-8")
    result = run("mkdocs", "build", "-d", str(tmp_path / "site"), cwd=tmp_path)
    assert result.returncode != 0
    assert re.search(expected, result.stderr), result.stderr[-1500:]
    assert "Traceback" not in result.stderr
