"""`mkdocs serve` as a researcher runs it: an edit to data/ shows on reload; broken YAML is
logged, the last good site stays up, and the fix is picked up on the next save. The server is
stopped as a person stops it (Ctrl-C), so it removes the copy of the site it built in the
temporary folder."""
from __future__ import annotations

import os
import re
import signal
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from conftest import BIN, free_port

ARTICLE = "004_5b41338369c89941"  # in the example corpus (tests/corpus/example/)
WAIT = 120  # seconds: a whole rebuild on a slow machine, not a speed figure


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except (urllib.error.URLError, OSError):
        return None


def wait_for(predicate, what: str, server: subprocess.Popen):
    deadline = time.monotonic() + WAIT
    while time.monotonic() < deadline:
        assert server.poll() is None, f"mkdocs serve stopped while waiting for {what}"
        value = predicate()
        if value:
            return value
        time.sleep(0.5)
    pytest.fail(f"gave up waiting for {what}")


def stop(server: subprocess.Popen) -> None:
    """Stop `mkdocs serve` as Ctrl-C does, so it removes its build folder (a killed server leaves
    a mkdocs_* folder with a whole site in the temporary folder); kill it only if it hangs."""
    if server.poll() is None:
        server.send_signal(signal.SIGINT)
        try:
            server.wait(timeout=60)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


@pytest.fixture
def served(normalized: Path, tmp_path: Path):
    """`mkdocs serve` on a copy of the example project, with a temporary folder of its own; after
    the test, the server is stopped and must have left nothing in that folder."""
    port = free_port()
    temp = tmp_path / "temp"
    temp.mkdir()
    log = open(normalized / "serve.log", "w")
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", TMPDIR=str(temp))
    server = subprocess.Popen(
        [str(BIN / "mkdocs"), "serve", "-a", f"127.0.0.1:{port}"],
        cwd=normalized, env=env, stdout=log, stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}/articles/{ARTICLE}/"
    try:
        wait_for(lambda: fetch(url), "the first build", server)
        assert [p.name for p in temp.iterdir() if p.name.startswith("mkdocs_")], "the server builds into the temporary folder"
        yield normalized, url, server
    finally:
        stop(server)
        log.close()
    assert sorted(p.name for p in temp.iterdir()) == []
    assert server.returncode == 0, (normalized / "serve.log").read_text(encoding="utf-8")[-2000:]


def page(html: str | None) -> str | None:
    """The page without the live-reload script's build counters."""
    return re.sub(r"livereload\(\d+, \d+\)", "", html) if html else html


def set_title(project: Path, title: str) -> None:
    path = project / "data" / "articles" / f"{ARTICLE}.md"
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r"^title: .*$", f"title: {title}", text, count=1, flags=re.M), encoding="utf-8")


def test_an_edit_to_an_article_shows_on_reload(served):
    project, url, server = served
    set_title(project, "A title corrected while the site is served")
    wait_for(lambda: "A title corrected while the site is served" in (fetch(url) or ""), "the edited title", server)


def test_broken_yaml_keeps_the_last_good_site_up_and_the_fix_is_picked_up(served):
    project, url, server = served
    before = fetch(url)
    actors = project / "data" / "actors.yaml"
    good = actors.read_text(encoding="utf-8")
    actors.write_text(good + "\n  - id: [unclosed\n", encoding="utf-8")
    log = project / "serve.log"
    wait_for(lambda: "data/actors.yaml" in log.read_text(encoding="utf-8"), "the problem in the log", server)
    assert page(fetch(url)) == page(before)  # still serving the last good site
    actors.write_text(good, encoding="utf-8")
    set_title(project, "Fixed and edited again")
    wait_for(lambda: "Fixed and edited again" in (fetch(url) or ""), "the fix", server)
    assert "Traceback" not in log.read_text(encoding="utf-8")
