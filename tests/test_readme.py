"""The README and the command line keep their word: every `make` target the README names is in
`make help`, every command answers --help without starting work, every id in the README's
examples exists in the example corpus they come from, and no test but the corpus-level ones
(test_project.py) reads the repository's own seeds/ or data/, which a researcher replaces."""
from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
import yaml

from conftest import BIN, EXAMPLE_SEEDS, ROOT, example_project
from newsdossier.cli import build_parser
from newsdossier.corpus import load_corpus
from newsdossier.store import Project

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _help_targets() -> set[str]:
    result = subprocess.run(["make", "--no-print-directory", "help"], cwd=ROOT, capture_output=True, text=True, check=True)
    return {line.split()[1] for line in result.stdout.splitlines() if line.startswith("make ")}


README_TARGETS = sorted(set(re.findall(r"`make ([\w-]+)`", README)) | set(re.findall(r"^make ([\w-]+)", README, re.M)))
PHONY = sorted(set(re.search(r"^\.PHONY: (.*)$", (ROOT / "Makefile").read_text(encoding="utf-8"), re.M).group(1).split()) - {"help"})


def test_the_readme_names_make_targets():
    assert {"serve", "test", "normalize", "check"} <= set(README_TARGETS)


@pytest.mark.parametrize("target", README_TARGETS)
def test_make_help_lists_every_target_the_readme_names(target):
    assert target in _help_targets()


@pytest.mark.parametrize("target", PHONY)
def test_make_help_lists_every_target_of_the_makefile(target):
    assert target in _help_targets()


# --- --help ---------------------------------------------------------------------------------

SUBCOMMANDS = sorted(next(a for a in build_parser()._actions if a.dest == "command").choices)
COMMANDS = {
    "newsdossier": [str(BIN / "newsdossier"), "--help"],
    **{f"newsdossier {name}": [str(BIN / "newsdossier"), name, "--help"] for name in SUBCOMMANDS},
}
BENCH_SCRIPTS = sorted(p.name for p in (ROOT / "bench").glob("*.py"))


def _answers_help(command: list[str], cwd: Path) -> None:
    before = sorted(cwd.rglob("*"))
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.startswith("usage: "), result.stdout[:500]
    assert sorted(cwd.rglob("*")) == before  # nothing created: no work started


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_command_answers_help_without_starting_work(tmp_path, name):
    _answers_help(COMMANDS[name], tmp_path)


@pytest.mark.parametrize("script", BENCH_SCRIPTS)
def test_every_bench_script_answers_help_without_starting_work(tmp_path, script):
    """Run from a copy of bench/, so a script that starts work creates its out/ folder there."""
    bench = tmp_path / "bench"
    bench.mkdir()
    for source in (ROOT / "bench").glob("*.py"):
        (bench / source.name).write_bytes(source.read_bytes())
    _answers_help([str(BIN / "python"), str(bench / script), "--help"], tmp_path)
    assert not (bench / "out").exists()


# --- the ids in the README's examples ----------------------------------------------------------


@pytest.fixture(scope="module")
def example():
    """The example corpus the README's examples come from (tests/corpus/example/, normalized)."""
    return load_corpus(Project(example_project()))


def _example_front_matter() -> dict:
    block = re.search(r"`data/articles/<id>\.md`, for example:\n\n```yaml\n---\n(.*?)\n---\n", README, re.S).group(1)
    return yaml.safe_load(block.replace(", ...]", "]").replace("[...]", "[]"))


def test_the_article_example_is_an_article_of_the_example_corpus(example):
    front = _example_front_matter()
    article = example.articles[front["id"]]
    assert (EXAMPLE_SEEDS / front["seed"]).is_file() and article.meta["seed"] == front["seed"]
    for key in ("title", "date", "source", "language", "authors", "dateline"):
        assert article.meta[key] == front[key], key
    for key in ("actors", "missions", "missions_inferred", "events"):
        assert set(front[key]) <= set(article.meta[key]), key


def _page_ids() -> list[tuple[str, str]]:
    """Entity pages the README names as examples (`actors/<id>.md`, `actors/<id>/2021/`)."""
    return sorted(set(re.findall(r"`(actors|missions|events|articles)/([a-z0-9_-]+)[./]", README)))


def _listed_ids() -> list[str]:
    """Ids the README shows added to a list (`- <id>`), placeholders in <> aside."""
    return sorted(set(re.findall(r"`- ([a-z0-9][a-z0-9_-]*)`", README)))


def test_the_readme_has_examples_to_check():
    assert _page_ids() and _listed_ids()


@pytest.mark.parametrize(("kind", "entity"), _page_ids(), ids=[f"{k}/{i}" for k, i in _page_ids()])
def test_every_page_the_readme_names_is_an_entity_of_the_example_corpus(example, kind, entity):
    assert entity in getattr(example, kind)


@pytest.mark.parametrize("entity", _listed_ids())
def test_every_id_the_readme_adds_to_a_list_exists_in_the_example_corpus(example, entity):
    assert entity in example.actors or entity in example.missions or entity in example.events


# --- the rule the suite keeps ---------------------------------------------------------------

READS_THE_CORPUS = re.compile(
    r"""ROOT\s*/\s*["'](?:seeds|data)\b"""  # a path into them
    r"""|Project\(\s*ROOT\s*\)"""  # the corpus loaded from them
    r"""|["'](?:mkdocs|normalize|check)["'].*cwd\s*=\s*ROOT\b"""  # a build, normalize or check run on them
)
TEST_FILES = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "tests").rglob("*.py") if p.name != "test_project.py")


@pytest.mark.parametrize("path", TEST_FILES)
def test_no_test_reads_the_repositorys_own_seeds_or_data(path):
    """Those are the researcher's: tests of the tool run on fixture corpora (conftest.py)."""
    text = (ROOT / path).read_text(encoding="utf-8")
    assert [line.strip() for line in text.splitlines() if READS_THE_CORPUS.search(line)] == []
