"""Time the plugin's render step alone, per kind of page: the pages made in memory, nothing written.

Usage: python bench/render_timed.py PROJECT [--json FILE] [--digests FILE] [--profile FILE]

PROJECT is a project folder with data/ normalized (e.g. bench/out/scale-N/ after bench/scale.py's
normalize step). The corpus is loaded as the plugin's on_pre_build loads it (parsed in memory),
then every page is made as its on_files makes them (incremental.rebuild with no last build: the
whole render of `mkdocs build`). Printed (JSON): the load's and the render's seconds (wall and CPU),
the CPU seconds of the parts made outside the templates (graph, quotes, timeline rows, review
sections, downloads), and for each kind of page (article, actor, mission, event, the entity year
pages, redirects, and the index and list pages together) its count, CPU seconds, size and cost
per page and per KB of Markdown: a kind whose cost per KB grows with the corpus reads more than it
shows. --digests writes a SHA-256 per page (to compare the pages of two versions of the code);
--profile writes cProfile statistics of the render.
"""
from __future__ import annotations

import argparse
import cProfile
import hashlib
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

ENTITY_TEMPLATES = ("article.md.j2", "actor.md.j2", "mission.md.j2", "event.md.j2", "entity_year.md.j2", "redirect.md.j2")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench/render_timed.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("project", type=Path, help="a project folder with data/ normalized")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument("--digests", type=Path, help="write {page path: SHA-256 of its content} to this file")
    parser.add_argument("--profile", type=Path, help="write cProfile statistics of the render to this file")
    args = parser.parse_args(argv)
    import jinja2

    from newsdossier import incremental, render
    from newsdossier.corpus import load_corpus
    from newsdossier.publish import readable
    from newsdossier.seeds import seed_listing
    from newsdossier.store import ParseCache, Project, recorded_seed_reasons

    root = args.project.resolve()
    project = Project(root)
    started = time.perf_counter()
    corpus = load_corpus(project, ParseCache(), None)
    article_seeds = {str(a.meta.get("seed")) for a in corpus.articles.values()}
    seeds = readable(seed_listing(project.seeds, article_seeds, recorded_seed_reasons(project)))
    load_s = time.perf_counter() - started

    # Each page's template render, timed in CPU seconds of this thread (a page's includes and
    # macros run inside it); the work done outside the templates, by part.
    spent, count, size = defaultdict(float), defaultdict(int), defaultdict(int)
    depth = [0]
    original = jinja2.Template.render

    def timed_render(self, *a, **k):
        depth[0] += 1
        begun, out = time.thread_time(), ""
        try:
            out = original(self, *a, **k)
            return out
        finally:
            depth[0] -= 1
            if depth[0] == 0:
                spent[self.name] += time.thread_time() - begun
                count[self.name] += 1
                size[self.name] += len(out)

    jinja2.Template.render = timed_render
    parts: dict[str, float] = defaultdict(float)
    for module, name, part in ((incremental, "build_graph", "graph"), (render, "build_downloads", "downloads"),
                               (render, "corpus_quotes", "quotes"), (render, "timeline_rows", "timeline_rows"),
                               (render, "review_sections", "review_sections")):
        def wrapped(*a, __f=getattr(module, name), __part=part, **k):
            begun = time.thread_time()
            try:
                return __f(*a, **k)
            finally:
                parts[__part] += time.thread_time() - begun
        setattr(module, name, wrapped)

    profile = cProfile.Profile() if args.profile else None
    started, started_cpu = time.perf_counter(), time.process_time()
    if profile:
        profile.enable()
    rendered, _modified, _how = incremental.rebuild(None, corpus, root / "templates", render.LONG_LIST, seeds, (), frozen=None)
    if profile:
        profile.disable()
        profile.dump_stats(args.profile)
    whole, whole_cpu = time.perf_counter() - started, time.process_time() - started_cpu
    pages = rendered.pages
    markdown = sum(1 for path in pages if path.endswith(".md"))
    kinds: dict[str, list] = defaultdict(lambda: [0.0, 0, 0])
    for name in spent:
        kind = name.removesuffix(".md.j2") if name in ENTITY_TEMPLATES else "index and list pages"
        kinds[kind][0] += spent[name]
        kinds[kind][1] += count[name]
        kinds[kind][2] += size[name]
    figures = {
        "articles": len(corpus.articles), "pages": len(pages), "markdown_pages": markdown,
        "load_s": round(load_s, 3), "render_s": round(whole, 3), "render_cpu_s": round(whole_cpu, 3),
        "render_cpu_ms_per_page": round(1000 * whole_cpu / max(markdown, 1), 3),
        "parts_cpu_s": {k: round(v, 3) for k, v in parts.items()},
        "kinds": {k: {"pages": n, "cpu_s": round(s, 3), "ms_per_page": round(1000 * s / n, 3),
                      "kb_per_page": round(b / n / 1000, 2), "ms_per_kb": round(1000 * s / max(b / 1000, 1e-9), 4)}
                  for k, (s, n, b) in sorted(kinds.items())},
        "templates": {k: {"pages": count[k], "cpu_s": round(spent[k], 3)} for k in sorted(spent, key=lambda k: -spent[k])},
    }
    print(json.dumps(figures, indent=1))
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1), encoding="utf-8")
    if args.digests:
        args.digests.write_text(json.dumps({path: hashlib.sha256(pages[path].encode("utf-8") if isinstance(pages[path], str) else pages[path]).hexdigest()
                                            for path in sorted(pages)}, indent=0), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
