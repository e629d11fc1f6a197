"""`newsdossier render --out DIR`: the site's sources written as files, for an engine that does
not run MkDocs plugins (Zensical reads mkdocs.yml but ignores plugins it does not know), or for
any other use. DIR becomes a complete docs folder: every generated page as Markdown, the
downloads, the seeds and data files with their readable pages, and the files of the project's
own docs folder (assets, hand-written pages, which win over generated pages of the same path).
Build it with the project's mkdocs.yml, `docs_dir` pointed at DIR and the newsdossier plugin
left out (`engine_config` writes that file)."""
from __future__ import annotations

import io
import os
import posixpath
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

from .publish import published_sources, readable, render_view
from .text import counted

# A link to a page or file of the site written from its root, as the templates write them for
# MkDocs (validation.links.absolute_links: relative_to_docs): "](/actors/x.md)", href="/x".
# Text never holds these: render.md_escape writes "]", '"' and "<" of a text as entities.
_ABSOLUTE = re.compile(r'(?P<open>\]\(|href=")/(?P<target>[^)"\s]*)')
MANIFEST = ".newsdossier-render"  # in DIR: the files the last render wrote, one path a line
PLUGIN = "newsdossier"


class ExportError(Exception):
    """The render cannot be done as asked: the message says why and what to do."""


@dataclass
class Settings:
    """What a render needs from mkdocs.yml: the project folder, templates, the project's own
    docs folder, the plugin's long_list and whether pages link with directory URLs."""

    root: Path
    templates: Path
    docs_dir: Path
    long_list: int
    directory_urls: bool = True


def settings(config_file: Path) -> Settings:
    """Read mkdocs.yml as MkDocs does (mkdocs.config.load_config: defaults, paths relative to
    the file) and the newsdossier plugin's options. Raises ExportError when the file cannot be
    read or does not list the plugin."""
    from mkdocs.config import load_config
    from mkdocs.exceptions import ConfigurationError

    if not config_file.is_file():
        raise ExportError(f"{config_file}: no such file: run in the project folder or give --root")
    try:
        config = load_config(str(config_file))
    except (ConfigurationError, OSError) as error:
        raise ExportError(f"{config_file}: {error}") from None
    plugin = config.plugins.get(PLUGIN)
    if plugin is None:
        raise ExportError(f"{config_file}: the {PLUGIN} plugin is not listed under plugins: nothing tells where data/ and templates/ are")
    base = config_file.resolve().parent
    return Settings(
        root=(base / plugin.config.root).resolve(),
        templates=(base / plugin.config.templates).resolve(),
        docs_dir=Path(config.docs_dir).resolve(),
        long_list=plugin.config.long_list,
        directory_urls=bool(config.use_directory_urls),
    )


def relative_links(markdown: str, page: str) -> str:
    """The Markdown of the page at `page` (a docs-relative path) with its links written from
    the site's root made relative to the page ("/actors/x.md" on "articles/y.md" becomes
    "../actors/x.md"), which every engine resolves (MkDocs, Zensical), also when the site is
    served under a sub-path. An anchor or query stays as it is."""
    folder = posixpath.dirname(page) or "."

    def relative(match: re.Match) -> str:
        target = match.group("target")
        path, mark, rest = re.split(r"([#?])", target, maxsplit=1) if re.search(r"[#?]", target) else (target, "", "")
        if not path:
            path = "index.md"
        return match.group("open") + posixpath.relpath(path, folder) + mark + rest

    return _ABSOLUTE.sub(relative, markdown)


def raw_name(published: str) -> str:
    """Where DIR holds a raw file published at `published`: the same path, but a Markdown file
    gets ".txt" added, so that an engine copies it as a file instead of rendering it as a page
    (a seed's markup must never run on the site; an article's data file is not a page)."""
    return published + ".txt" if published.lower().endswith((".md", ".markdown")) else published


@dataclass
class Written:
    pages: int = 0
    downloads: int = 0
    sources: int = 0  # raw files, each with its readable page
    own: int = 0  # files of the project's own docs folder
    removed: int = 0  # files of the last render no longer made
    paths: list[str] = field(default_factory=list)


def check_target(out: Path, root: Path, force: bool) -> list[str]:
    """The files an earlier render wrote into `out` (its manifest), after checking that `out`
    may be written: a folder that does not exist yet, an empty one, or one an earlier render
    wrote (it has the manifest); any other folder only with force. Never the project folder, a
    folder holding it, or a folder inside its data/, seeds/ or templates/. Raises ExportError."""
    out, root = out.resolve(), root.resolve()
    if out == root or out in root.parents:
        raise ExportError(f"{out} is the project folder or holds it: choose a new folder, e.g. {root / 'rendered'}")
    for kept in ("data", "seeds", "templates"):
        if out.is_relative_to(root / kept):
            raise ExportError(f"{out} is inside the project's {kept}/: choose a folder outside it")
    if out.exists() and not out.is_dir():
        raise ExportError(f"{out} is a file, not a folder")
    manifest = out / MANIFEST
    if manifest.is_file():
        return [line for line in manifest.read_text(encoding="utf-8").splitlines() if line]
    if out.is_dir() and any(out.iterdir()) and not force:
        raise ExportError(f"{out} is not empty and no earlier render wrote it: give an empty or new folder, "
                          "or --force to write into it (files of the same path are replaced, the others kept)")
    return []


def render_to(config_file: Path, out: Path, force: bool = False, log=lambda line: None) -> Written:
    """Write every generated page (render.render_site: Markdown, and the downloads), every raw
    seed and data file with its readable page (publish), and every file of the project's own
    docs folder into `out`. Rerunning into the same folder replaces the last render's files and
    removes those no longer made. Raises ExportError when the folder may not be written
    (check_target) or data/ has errors. log: called with a line at each stage."""
    from .corpus import load_corpus
    from .render import render_site
    from .seeds import seed_listing
    from .store import Project, recorded_seed_reasons

    found = settings(config_file)
    out = out.resolve()
    earlier = check_target(out, found.root, force)
    project = Project(found.root)
    corpus = load_corpus(project)
    if corpus.problems:
        shown = "\n".join(problem.one_line() for problem in corpus.problems[:20])
        raise ExportError(f"data/ has {counted(len(corpus.problems), 'error')} ('newsdossier check' lists them all):\n{shown}")
    log(f"render: {len(corpus.articles)} articles read from {project.data}")
    listing = readable(seed_listing(project.seeds, {str(a.meta.get("seed")) for a in corpus.articles.values()}, recorded_seed_reasons(project)))
    pages = render_site(corpus, found.templates, found.long_list, listing)
    own = sorted(p for p in found.docs_dir.rglob("*") if p.is_file() and not _hidden(p.relative_to(found.docs_dir))) if found.docs_dir.is_dir() else []
    own_paths = {p.relative_to(found.docs_dir).as_posix() for p in own}
    sources = published_sources(project, corpus)
    log(f"render: {len(pages)} pages and downloads rendered, writing them to {out}")

    written = Written()
    made: list[str] = []
    out.mkdir(parents=True, exist_ok=True)
    # The manifest names everything this render may write before it writes, so a render that
    # is stopped half-way leaves a folder the next render recognises as its own.
    planned = [*pages, *own_paths, *(raw_name(s.path) for s in sources), *(s.view for s in sources)]
    _write_text(out / MANIFEST, "\n".join(sorted(set(earlier) | set(planned))) + "\n")
    for path, content in pages.items():
        if path in own_paths:
            continue  # a hand-written page of the same path wins, as under the plugin
        _write_text(out / path, relative_links(content, path) if path.endswith(".md") else content)
        made.append(path)
        if path.startswith("downloads/"):
            written.downloads += 1
        else:
            written.pages += 1
    for source in own:
        path = source.relative_to(found.docs_dir).as_posix()
        target = out / path
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
        made.append(path)
        written.own += 1
    for source in sources:
        raw = raw_name(source.path)
        target = out / raw
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source.source, target)
        _write_text(out / source.view, render_view(source, quote(Path(raw).name), found.directory_urls))
        made += [raw, source.view]
        written.sources += 1
    keep = set(made)
    for stale in sorted(set(earlier) - keep):
        target = out / stale
        if target.is_file() and target.resolve().is_relative_to(out):
            target.unlink()
            written.removed += 1
            _prune(target.parent, out)
    _write_text(out / MANIFEST, "\n".join(sorted(keep)) + "\n")
    written.paths = made
    return written


def _hidden(relative: Path) -> bool:
    return any(part.startswith(".") for part in relative.parts)


def _write_text(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_text(text, encoding="utf-8", newline="")
    os.replace(temporary, path)


def _prune(folder: Path, top: Path) -> None:
    """Remove the folders left empty below `top`."""
    while folder != top and folder.is_relative_to(top):
        try:
            folder.rmdir()
        except OSError:
            return
        folder = folder.parent


def engine_config(config_file: Path, docs_dir: Path, target: Path) -> str:
    """The text of a mkdocs.yml for building the rendered folder without the newsdossier plugin:
    the project's own file (comments kept) with `docs_dir` set to `docs_dir`, the plugin left out
    of `plugins`, and the paths MkDocs reads relative to the file (docs_dir, site_dir,
    theme.custom_dir) written relative to `target`, where it is to be saved. Raises ExportError
    when mkdocs.yml cannot be read as YAML."""
    from ruamel.yaml import YAML
    from ruamel.yaml.error import YAMLError

    yaml = YAML()  # round trip: comments and order kept
    yaml.preserve_quotes = True
    yaml.width = 4096  # no line folded that was not
    yaml.indent(mapping=2, sequence=4, offset=2)
    try:
        data = yaml.load(config_file.read_text(encoding="utf-8"))
    except YAMLError as error:
        raise ExportError(f"{config_file}: cannot be read as YAML ({' '.join(str(error).split())[:200]})") from None
    base, there = config_file.resolve().parent, target.resolve().parent
    data["docs_dir"] = _relative(docs_dir.resolve(), there)
    data["site_dir"] = _relative((base / str(data.get("site_dir") or "site")).resolve(), there)
    theme = data.get("theme")
    if isinstance(theme, dict) and theme.get("custom_dir"):
        theme["custom_dir"] = _relative((base / str(theme["custom_dir"])).resolve(), there)
    plugins = data.get("plugins")
    if isinstance(plugins, dict):
        plugins.pop(PLUGIN, None)
    elif plugins is not None:
        kept = [p for p in plugins if not (p == PLUGIN or (isinstance(p, dict) and PLUGIN in p))]
        plugins.clear()
        plugins.extend(kept)
    stream = io.StringIO()
    yaml.dump(data, stream)
    return stream.getvalue()


def _relative(path: Path, base: Path) -> str:
    """`path` relative to `base` when it is below it, else absolute."""
    return path.relative_to(base).as_posix() if path.is_relative_to(base) else path.as_posix()
