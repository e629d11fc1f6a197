"""Seeds dropped into seeds/ while `mkdocs serve` runs are normalized and show on reload; a seed
that cannot be read is named in the log and on the review page."""
from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from conftest import BIN, ROOT, free_port

WAIT = 120  # seconds: a whole rebuild on a slow machine, not a speed figure
FIRST = "Ghanaian peacekeepers decorated in Bentiu\n\nBENTIU, 12 May 2021 (GNA) - More than 700 Ghanaian soldiers serving with UNMISS received UN medals.\n"


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except (urllib.error.URLError, OSError):
        return None


def wait_for(predicate, what: str, server: subprocess.Popen, log: Path):
    deadline = time.monotonic() + WAIT
    while time.monotonic() < deadline:
        assert server.poll() is None, f"mkdocs serve stopped while waiting for {what}:\n{log.read_text()}"
        value = predicate()
        if value:
            return value
        time.sleep(0.5)
    pytest.fail(f"gave up waiting for {what}:\n{log.read_text()}")


@pytest.fixture
def serving(tmp_path: Path):
    """A project of one seed (no data/ yet) under `mkdocs serve --dirty`; stopped with Ctrl-C,
    as a person stops it, so MkDocs removes its temporary site folder."""
    shutil.copytree(ROOT / "templates", tmp_path / "templates")
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "first.txt").write_text(FIRST, encoding="utf-8")
    port = free_port()
    log = tmp_path / "serve.log"
    with open(log, "w") as out:
        server = subprocess.Popen(
            [str(BIN / "mkdocs"), "serve", "--dirty", "-a", f"127.0.0.1:{port}"],
            cwd=tmp_path, env=dict(os.environ, NO_MKDOCS_2_WARNING="1"), stdout=out, stderr=subprocess.STDOUT,
        )
        base = f"http://127.0.0.1:{port}"
        try:
            wait_for(lambda: "Ghanaian peacekeepers decorated" in (fetch(f"{base}/articles/") or ""), "the first build", server, log)
            yield tmp_path, base, server, log
        finally:
            server.send_signal(signal.SIGINT)
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()


def test_a_project_with_seeds_and_no_data_is_normalized_when_served(serving):
    project, _base, _server, _log = serving
    assert list((project / "data" / "articles").glob("*.md"))


def test_a_seed_dropped_in_while_serving_shows_on_reload(serving):
    project, base, server, log = serving
    (project / "seeds" / "second.txt").write_text(
        "Les casques bleus sénégalais décorés à Bangui\n\nBANGUI, 10 juin 2022 (APS) - Quelque 150 casques bleus "
        "sénégalais de la Minusca ont reçu la médaille des Nations unies.\n", encoding="utf-8")
    wait_for(lambda: "casques bleus sénégalais" in (fetch(f"{base}/articles/") or ""), "the new seed's article", server, log)
    assert (project / "data" / "articles" / "second.md").is_file()


def test_a_seed_that_cannot_be_read_is_named_in_the_log_and_on_the_review_page(serving):
    project, base, server, log = serving
    (project / "seeds" / "broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    wait_for(lambda: "broken.txt" in (fetch(f"{base}/review/") or ""), "the review page to name the seed", server, log)
    assert re.search(r"seeds/broken\.txt: skipped: binary data", log.read_text())
    review = fetch(f"{base}/review/")
    assert "binary data" in review


def test_a_saved_page_and_a_metadata_row_added_while_serving_show_on_reload(serving):
    project, base, server, log = serving
    shutil.copy(ROOT / "tests" / "ingest" / "published-time.html", project / "seeds" / "page.html")
    wait_for(lambda: "Harbour Courier" in (fetch(f"{base}/articles/page/") or ""), "the saved page's article", server, log)
    (project / "seeds" / "metadata.csv").write_text("file,url\nfirst.txt,https://www.ghananewsagency.org/2021/05/12/bentiu-medals\n", encoding="utf-8")
    wait_for(lambda: "https://www.ghananewsagency.org/2021/05/12/bentiu-medals" in (fetch(f"{base}/articles/first/") or ""), "the address from metadata.csv", server, log)
