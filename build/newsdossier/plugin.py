"""The MkDocs plugin: generates every page from data/ and templates/ in memory, and watches them."""
from __future__ import annotations

from pathlib import Path

from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, get_plugin_logger
from mkdocs.structure.files import File, Files, InclusionLevel

from .corpus import load_corpus
from .render import NAV_PAGES, render_site
from .seeds import list_seeds
from .store import Project

log = get_plugin_logger(__name__)


class NewsdossierConfig(Config):
    root = c.Type(str, default=".")  # the project folder, relative to mkdocs.yml
    templates = c.Type(str, default="templates")


class NewsdossierPlugin(BasePlugin[NewsdossierConfig]):
    serving = False  # under `mkdocs serve`
    last_good = None  # the last corpus without problems, served while data/ has some

    def on_config(self, config):
        base = Path(config.config_file_path).parent if config.config_file_path else Path.cwd()
        self.project = Project((base / self.config.root).resolve())
        self.templates = (base / self.config.templates).resolve()
        return config

    def on_startup(self, *, command, dirty) -> None:
        # Defining on_startup keeps this one plugin object across the rebuilds of `mkdocs serve`.
        self.serving = command == "serve"

    def on_pre_build(self, config) -> None:
        # Validate before MkDocs cleans the site folder. `mkdocs build` fails with the problems;
        # `mkdocs serve` logs them and rebuilds from the last good data, so the browser keeps
        # the last good site (a failed build would leave MkDocs' server waiting) until a save
        # fixes them.
        corpus = load_corpus(self.project)
        if corpus.problems:
            for problem in corpus.problems:
                log.error(problem.one_line())
            if self.serving and self.last_good is not None:
                log.error(f"data/ has {len(corpus.problems)} problem(s): serving the last good data until they are fixed")
                self.corpus = self.last_good
                return
            raise PluginError(f"data/ has {len(corpus.problems)} problem(s); run 'newsdossier check' for the list")
        self.corpus = self.last_good = corpus

    def on_files(self, files: Files, config) -> Files:
        corpus = self.corpus
        pages = render_site(corpus, self.templates)
        for path in sorted(pages):
            if files.get_file_from_path(path) is not None:
                continue  # a hand-written page of the same path wins over the generated one
            generated = File.generated(config, path, content=pages[path])
            if path.endswith(".md") and path not in NAV_PAGES:
                generated.inclusion = InclusionLevel.NOT_IN_NAV
            files.append(generated)
        for seed in list_seeds(self.project.seeds):
            files.append(File.generated(config, f"seeds/{seed.name}", abs_src_path=str(seed)))
        log.info(f"generated {len(pages)} pages from {len(corpus.articles)} articles")
        return files

    def on_serve(self, server, config, builder):
        for folder in (self.project.data, self.templates, self.project.seeds):
            if folder.exists():
                server.watch(str(folder))
        return server
