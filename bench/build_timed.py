"""Run `mkdocs build` in this process with the newsdossier plugin's own work timed, hook by hook.

Usage: python bench/build_timed.py --report FILE [mkdocs build options]   (run in the project folder)

The plugin's hooks are wrapped with a timer before MkDocs loads it (nothing in the plugin
changes), then MkDocs' own command line runs the build. The report (JSON) gives the seconds
spent in each part of the plugin's work and the whole build's seconds, measured in here:
- load: reading and validating data/ (on_pre_build);
- render: generating every page from data/ and templates/ (on_files, in memory); under
  `mkdocs build` the templates run in a process of their own while MkDocs converts the pages
  (pagestream.PageStream): in wall seconds on_files (the pages' paths) and MkDocs' waits for a
  page not yet made, in CPU seconds those and all of that process's ("render_process_cpu_s");
- search_fields: the search metadata of each page (stems, spellings, names): on_page_content;
  under `mkdocs build` the fields are worked out in a process of their own
  (fieldstream.FieldStream): in wall seconds MkDocs' thread's sending of each page's HTML and its
  wait for the fields in on_env, in CPU seconds those and all of that process's
  ("fields_process_cpu_s");
- page_context: the title and language of each page (on_page_context);
- source_views: the readable pages of the seed and data files (written as the site is);
- index: Pagefind indexing the built site (its own processes): in wall seconds, on_env (the
  parts of the index settled, the pages put in their order) and the wait in on_post_build,
  after the last page (a large site's index is written part by part while the
  pages are, search.PartedIndex: only what is left of it then is waited for); in CPU seconds,
  all of Pagefind's runs and the plugin's index thread, whenever they ran.
"pages" is the number of pages MkDocs rendered (Markdown pages, one on_page_context each).
"children_peak_mb" and "children_cpu_s": the peak memory (the kernel's maxrss) of the largest
process the build started (Pagefind's runs, and the render process), and the CPU seconds
(user + system) of Pagefind's runs.
"parts_cpu_s", "plugin_cpu_s" and "whole_cpu_s": the same parts and the whole build in CPU seconds
(user + system): a hook's, of the thread that runs it (MkDocs' main thread), a timed call made
inside another counted once, as its own part's; "index" adds every
other thread's of this process (the index's) and the processes it started (Pagefind's runs):
on a machine shared with other work, wall seconds measure the others' load too. Pagefind runs on
several threads, so its CPU seconds can exceed its wall seconds.
"""
from __future__ import annotations

import argparse
import functools
import json
import os
import resource
import sys
import time
from collections import defaultdict
from pathlib import Path

# (class name in newsdossier.plugin, method, part of the plugin's work)
HOOKS = [
    ("NewsdossierPlugin", "on_pre_build", "load"),
    ("NewsdossierPlugin", "on_files", "render"),
    ("NewsdossierPlugin", "on_page_content", "search_fields"),
    ("NewsdossierPlugin", "on_page_context", "page_context"),
    ("NewsdossierPlugin", "on_post_build", "index"),
    ("SourceView", "copy_file", "source_views"),
    # `mkdocs build` renders the pages in a process of its own (pagestream.PageStream): MkDocs'
    # waits for a page not yet rendered are the render's wall time, the process's CPU its CPU
    ("PageStream", "take", "render"),
    # `mkdocs build` works the search fields out in a process of their own (fieldstream.FieldStream):
    # on_env waits for them (its own time is the index's: the parts of the index settled)
    ("NewsdossierPlugin", "_collect_fields", "search_fields"),
    ("NewsdossierPlugin", "on_env", "index"),
]


def cpu_seconds() -> float:
    """CPU seconds (user + system) of this process (all its threads) and of its children that have ended."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def instrument() -> tuple[dict[str, float], dict[str, int], dict[str, float]]:
    """Wrap the plugin's hooks with timers; returns (seconds per part, calls per part, CPU seconds
    per part), filled as the build runs. The wrappers keep the hooks' attributes (MkDocs' event
    priorities)."""
    from newsdossier import plugin

    spent: dict[str, float] = defaultdict(float)
    calls: dict[str, int] = defaultdict(int)
    cpu: dict[str, float] = defaultdict(float)
    inner = [0.0, 0.0]  # the wall and CPU seconds of the timed calls made inside the one running (counted once, as theirs)
    for owner_name, method, part in HOOKS:
        owner = getattr(plugin, owner_name)
        original = getattr(owner, method)

        def timed(*args, __original=original, __part=part, **kwargs):
            outer, inner[:] = inner[:], [0.0, 0.0]
            started, started_cpu = time.perf_counter(), time.thread_time()
            try:
                return __original(*args, **kwargs)
            finally:
                wall, used = time.perf_counter() - started, time.thread_time() - started_cpu
                spent[__part] += wall - inner[0]
                cpu[__part] += used - inner[1]
                calls[__part] += 1
                inner[:] = [outer[0] + wall, outer[1] + used]

        setattr(owner, method, functools.wraps(original)(timed))
    close = plugin.PageStream.close

    def closed(stream, __close=close):
        __close(stream)
        cpu["render process"] += stream.child_cpu_s or 0.0

    plugin.PageStream.close = functools.wraps(close)(closed)
    fields_close = plugin.FieldStream.close

    def fields_closed(stream, __close=fields_close):
        __close(stream)
        cpu["search fields process"] += stream.child_cpu_s or 0.0

    plugin.FieldStream.close = functools.wraps(fields_close)(fields_closed)
    return spent, calls, cpu


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench/build_timed.py", description=__doc__.split("\n\n")[0],
                                     epilog="Other options are passed to `mkdocs build` (e.g. -d SITE_DIR, --strict).")
    parser.add_argument("--report", required=True, type=Path, help="the JSON file to write the timings to")
    args, rest = parser.parse_known_args(argv)
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    spent, calls, cpu = instrument()
    from mkdocs.__main__ import cli

    started, started_cpu, started_thread = time.perf_counter(), cpu_seconds(), time.thread_time()
    code = 0
    try:
        cli.main(args=["build", *rest], prog_name="mkdocs", standalone_mode=False)
    except SystemExit as stop:
        code = stop.code if isinstance(stop.code, int) else 1
    except Exception as error:  # a build error: reported, and its time still written
        print(f"build failed: {type(error).__name__}: {error}", file=sys.stderr)
        code = 1
    whole, whole_cpu = time.perf_counter() - started, cpu_seconds() - started_cpu
    plugin = sum(spent.values())
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    # what ran beside MkDocs' thread: Pagefind's runs (the children), the index's own thread,
    # and the render process, whose CPU is the render's
    process = cpu.pop("render process", 0.0)
    fields = cpu.pop("search fields process", 0.0)
    cpu["index"] += whole_cpu - (time.thread_time() - started_thread) - process - fields
    cpu["render"] += process
    cpu["search_fields"] += fields
    args.report.write_text(json.dumps({
        "whole_s": whole, "plugin_s": plugin, "parts_s": dict(spent), "calls": dict(calls),
        "pages": calls.get("page_context", 0), "exit": code,
        "whole_cpu_s": whole_cpu, "plugin_cpu_s": sum(cpu.values()), "parts_cpu_s": dict(cpu),
        "children_peak_mb": children.ru_maxrss / 1024, "children_cpu_s": children.ru_utime + children.ru_stime - process - fields,
        "render_process_cpu_s": process, "fields_process_cpu_s": fields,
    }, indent=2), encoding="utf-8")
    return code


if __name__ == "__main__":
    sys.exit(main())
