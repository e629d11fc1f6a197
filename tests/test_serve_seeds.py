"""Seeds dropped into seeds/ while `mkdocs serve` runs are normalized and show on reload; a seed
that cannot be read is named in the log and on the review page."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from conftest import ROOT, fetch, new_project, serving

FIRST = "Ghanaian peacekeepers decorated in Bentiu\n\nBENTIU, 12 May 2021 (GNA) - More than 700 Ghanaian soldiers serving with UNMISS received UN medals.\n"


@pytest.fixture
def serving_seeds(tmp_path: Path):
    """A project of one seed and no data/ yet under `mkdocs serve --dirty`."""
    first = tmp_path / "first.txt"
    first.write_text(FIRST, encoding="utf-8")
    project = new_project(tmp_path / "project", [first])
    with serving(project, tmp_path / "temp", "articles/", "--dirty") as server:
        server.wait_for(lambda: "Ghanaian peacekeepers decorated" in (fetch(f"{server.base}/articles/") or ""), "the first article")
        yield project, server


def test_a_project_with_seeds_and_no_data_is_normalized_when_served(serving_seeds):
    project, _server = serving_seeds
    assert list((project / "data" / "articles").glob("*.md"))


def test_a_seed_dropped_in_while_serving_shows_on_reload(serving_seeds):
    project, server = serving_seeds
    (project / "seeds" / "second.txt").write_text(
        "Les casques bleus sénégalais décorés à Bangui\n\nBANGUI, 10 juin 2022 (APS) - Quelque 150 casques bleus "
        "sénégalais de la Minusca ont reçu la médaille des Nations unies.\n", encoding="utf-8")
    server.wait_for(lambda: "casques bleus sénégalais" in (fetch(f"{server.base}/articles/") or ""), "the new seed's article")
    assert (project / "data" / "articles" / "second.md").is_file()


def test_a_seed_that_cannot_be_read_is_named_in_the_log_and_on_the_review_page(serving_seeds):
    project, server = serving_seeds
    (project / "seeds" / "broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    server.wait_for(lambda: "broken.txt" in (fetch(f"{server.base}/review/") or ""), "the review page to name the seed")
    assert re.search(r"seeds/broken\.txt: skipped: binary data", server.log.read_text())
    review = fetch(f"{server.base}/review/")
    assert "binary data" in review


def test_a_saved_page_and_a_metadata_row_added_while_serving_show_on_reload(serving_seeds):
    project, server = serving_seeds
    shutil.copy(ROOT / "tests" / "ingest" / "published-time.html", project / "seeds" / "page.html")
    server.wait_for(lambda: "Harbour Courier" in (fetch(f"{server.base}/articles/page/") or ""), "the saved page's article")
    (project / "seeds" / "metadata.csv").write_text("file,url\nfirst.txt,https://www.ghananewsagency.org/2021/05/12/bentiu-medals\n", encoding="utf-8")
    server.wait_for(lambda: "https://www.ghananewsagency.org/2021/05/12/bentiu-medals" in (fetch(f"{server.base}/articles/first/") or ""), "the address from metadata.csv")
