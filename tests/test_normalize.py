"""normalize: seeds/ in, data/ out; reproducible, incremental, byte-stable, and calm with bad files.
Run on fixture corpora in scratch projects (the repository's own corpus is checked by test_project.py)."""
from __future__ import annotations

import filecmp
import re
from pathlib import Path

import pytest

from conftest import EXAMPLE_SEEDS, OTHER_SEEDS, example_project, new_project, run


def _tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


CORPORA = {"example": EXAMPLE_SEEDS, "other": OTHER_SEEDS}


def _seed_count(project: Path) -> int:
    return sum(1 for _ in (project / "seeds").iterdir())


@pytest.mark.parametrize("corpus", sorted(CORPORA))
def test_normalize_from_scratch_is_reproducible(tmp_path, corpus):
    first, second = new_project(tmp_path / "first", CORPORA[corpus]), new_project(tmp_path / "second", CORPORA[corpus])
    for folder in (first, second):
        result = run("newsdossier", "normalize", cwd=folder)
        assert result.returncode == 0, result.stderr
        assert f"{_seed_count(folder)} extracted, 0 unchanged" in result.stderr
    assert _tree(first / "data") == _tree(second / "data")


def test_the_shared_example_data_is_what_normalize_produces(project):
    run("newsdossier", "normalize", cwd=project, check=True)
    assert _tree(project / "data") == _tree(example_project() / "data")


def test_rerunning_normalize_on_an_unchanged_corpus_changes_no_byte(normalized):
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in (normalized / "data").rglob("*") if p.is_file()}
    result = run("newsdossier", "normalize", cwd=normalized)
    after = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in (normalized / "data").rglob("*") if p.is_file()}
    assert result.returncode == 0
    assert after == before
    assert f"0 extracted, {_seed_count(normalized)} unchanged" in result.stderr


def test_every_seed_becomes_one_article_file_naming_its_seed(normalized):
    seeds = sorted(p.name for p in (normalized / "seeds").iterdir())
    named = sorted(
        line.split(": ", 1)[1]
        for path in (normalized / "data" / "articles").glob("*.md")
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.startswith("seed: ")
    )
    assert named == seeds


def test_seeds_are_never_modified(normalized):
    assert not filecmp.dircmp(normalized / "seeds", EXAMPLE_SEEDS).diff_files


def test_check_passes_on_freshly_normalized_data(normalized):
    result = run("newsdossier", "check", cwd=normalized)
    assert result.returncode == 0, result.stdout + result.stderr


BAD_SEEDS = {
    "empty.txt": (b"", "empty"),
    "blank.txt": (b"   \n\n\t\n", "empty"),
    "empty.json": (b"", "empty"),
    "blank.jsonl": (b"\n \n", "empty"),
    "empty.html": (b"  \n", "empty"),
    "image.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary"),
}


@pytest.mark.parametrize("name", sorted(BAD_SEEDS))
def test_a_bad_seed_is_skipped_with_one_line_naming_it_and_the_good_ones_still_processed(project, name):
    content, reason = BAD_SEEDS[name]
    (project / "seeds" / name).write_bytes(content)
    result = run("newsdossier", "normalize", cwd=project)
    assert result.returncode == 0, result.stderr  # a skipped seed is reported, and listed on the review page
    lines = [line for line in result.stderr.splitlines() if name in line]
    assert len(lines) == 1 and reason in lines[0] and "skipped" in lines[0]
    assert "Traceback" not in result.stderr
    assert len(list((project / "data" / "articles").glob("*.md"))) == _seed_count(project) - 1
    again = run("newsdossier", "normalize", "--strict", cwd=project)
    assert again.returncode == 1  # --strict: a skip fails the run, as long as the seed stays bad
    assert [line for line in again.stderr.splitlines() if name in line] == lines


def test_a_seed_with_the_same_bytes_as_another_is_reported_as_a_duplicate(project):
    original = sorted((project / "seeds").iterdir())[0]
    (project / "seeds" / "copy of it.txt").write_bytes(original.read_bytes())
    result = run("newsdossier", "normalize", cwd=project)
    assert "duplicate" in result.stderr and original.name in result.stderr
    assert len(list((project / "data" / "articles").glob("*.md"))) == _seed_count(project) - 1


@pytest.mark.parametrize("text", [".", "... !!! ???", "— • —", "Title\n\n.\n"])
def test_a_seed_of_punctuation_only_is_skipped_not_written_with_an_empty_title(project, text):
    (project / "seeds" / "punctuation.txt").write_text(text, encoding="utf-8")
    result = run("newsdossier", "normalize", cwd=project)
    assert "seeds/punctuation.txt: skipped: no article text" in result.stdout + result.stderr
    assert run("newsdossier", "check", cwd=project).returncode == 0


@pytest.mark.parametrize("broken", ["registry", "article"])
def test_a_file_of_data_that_cannot_be_read_fails_the_run_even_without_strict(project, broken):
    """Seeds skipped are the collector's to fix and leave the exit code 0; a file of data/ that
    cannot be read means part of the run was not written: exit 1, with the file named."""
    assert run("newsdossier", "normalize", cwd=project).returncode == 0
    article = sorted((project / "data" / "articles").glob("*.md"))[0]
    seed = project / "seeds" / re.search(r"^seed: '?([^'\n]+)'?$", article.read_text(encoding="utf-8"), re.M).group(1)
    target = project / "data" / "actors.yaml" if broken == "registry" else article
    target.write_text(target.read_text(encoding="utf-8").replace("\n", "\n\t", 3), encoding="utf-8")
    seed.write_bytes(seed.read_bytes() + b"\n\nA sentence added to the seed.\n")
    (project / "seeds" / "added.txt").write_text("Talks open\n\nThe talks opened in the capital on Monday.\n", encoding="utf-8")
    result = run("newsdossier", "normalize", cwd=project)
    assert result.returncode == 1, result.stderr
    named = target.relative_to(project).as_posix()
    assert any(line.startswith(named) for line in result.stderr.splitlines()), result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("date", "refused"),
    [
        pytest.param("7 to 8 December 2021", True, id="in-words"),
        pytest.param("07/12/2021", True, id="day-first"),
        pytest.param("2021/12/07", True, id="slashes-year-first"),
        # near misses: a date corrected by hand into another EDTF form is taken
        pytest.param("'2021-12-07'", False, id="edtf-day"),
        pytest.param("2021-12", False, id="edtf-month"),
    ],
)
def test_an_event_date_that_is_not_edtf_stops_normalize_before_it_writes(normalized, date, refused):
    """An event is matched to the articles' findings by its date: one that no EDTF form reads
    matches none, and the merge would give its reports to another event and strip that one's
    participants. So normalize refuses the registry, as one it cannot read: exit 1, one line
    naming the file, the line and the event, data/ left as it was."""
    assert run("newsdossier", "normalize", cwd=normalized).returncode == 0  # its indexes: what an edit is told from
    events = normalized / "data" / "events.yaml"
    text = events.read_text(encoding="utf-8")
    edited = text.replace("    date: 2021-12-07/2021-12-08\n", f"    date: {date}\n", 1)
    assert edited != text
    events.write_text(edited, encoding="utf-8")
    line = edited[:edited.index(f"    date: {date}\n")].count("\n") + 1
    before = _tree(normalized / "data")
    result = run("newsdossier", "normalize", cwd=normalized)
    if refused:
        assert result.returncode == 1, result.stdout + result.stderr
        problem = f"data/events.yaml:{line}: date {date!r} of event '2021-12-07-un-peacekeeping-ministerial' is not an EDTF date ("
        assert any(out.startswith(problem) and out.endswith("fix it first: normalize wrote nothing")
                   for out in result.stderr.splitlines()), result.stderr
        assert "Traceback" not in result.stderr
        assert _tree(normalized / "data") == before
    else:
        assert result.returncode == 0, result.stderr
        assert "not an EDTF date" not in result.stderr
