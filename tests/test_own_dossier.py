"""A researcher's own dossier, on a copy of the repository: the README's "Start your own dossier"
commands run as typed (with another small corpus in place of the example), then the curation
steps of "Correcting the data"; after each, the corpus-level checks (tests/test_project.py, run
afresh with pytest on the copy) pass. The copy uses this test run's virtualenv: `make` is given
`-o install` so it does not set one up again."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import BIN, OTHER_SEEDS, ROOT, copy_repository
from newsdossier.corpus import load_corpus
from newsdossier.render import render_site
from newsdossier.store import Project, read_article, read_registry

README = (ROOT / "README.md").read_text(encoding="utf-8")


def readme_commands(heading: str) -> list[str]:
    """The lines of the first ```sh block after `heading` in the README."""
    section = README.split(f"\n{heading}\n", 1)[1]
    return re.search(r"```sh\n(.*?)```", section, re.S).group(1).splitlines()


@pytest.fixture
def repository(tmp_path: Path) -> Path:
    """A copy of the repository whose .venv is the virtualenv running these tests."""
    repo = copy_repository(tmp_path / "repo")
    (repo / ".venv").symlink_to(Path(sys.executable).parent.parent)
    return repo


def shell(command: str, cwd: Path) -> subprocess.CompletedProcess:
    if command.startswith("make "):
        command = "make -o install " + command.removeprefix("make ")
    return subprocess.run(["bash", "-c", command], cwd=cwd, capture_output=True, text=True)


def project_checks(repo: Path, scratch: Path) -> subprocess.CompletedProcess:
    """A fresh pytest run of the copy's corpus-level test module, pointed at the copy."""
    return subprocess.run(
        [str(BIN / "python"), "-m", "pytest", "-q", "-p", "no:cacheprovider", "--basetemp", str(scratch),
         "tests/test_project.py", "--project-root", str(repo)],
        cwd=repo, capture_output=True, text=True,
    )


def articles_by_seed(repo: Path) -> dict[str, Path]:
    return {read_article(path)[0]["seed"]: path for path in (repo / "data" / "articles").glob("*.md")}


def test_start_your_own_dossier_as_the_readme_says(repository: Path, tmp_path: Path):
    collected = tmp_path / "articles"
    collected.mkdir()
    for seed in OTHER_SEEDS:
        (collected / seed.name).write_bytes(seed.read_bytes())
    commands = readme_commands("## Start your own dossier")
    assert commands[-1].split("#")[0].strip() == "make serve"  # the server is tested by test_serve.py
    assert shell("make -n serve", repository).returncode == 0
    for command in commands[:-1]:
        result = shell(command.replace("~/articles", str(collected)), repository)
        assert result.returncode == 0, f"{command}\n{result.stdout[-2000:]}{result.stderr[-2000:]}"
    assert sorted(articles_by_seed(repository)) == sorted(seed.name for seed in OTHER_SEEDS)
    checks = project_checks(repository, tmp_path / "checks")
    assert checks.returncode == 0, checks.stdout[-4000:]
    assert " passed" in checks.stdout


def set_status(actors: Path, actor_id: str, status: str) -> None:
    """Change one actor's status in the registry as a person does in a text editor."""
    text = actors.read_text(encoding="utf-8")
    block = re.search(rf"^  - id: {re.escape(actor_id)}\n(?:    .*\n|      .*\n)*", text, flags=re.M).group()
    edited = re.sub(r"^    status: \w+.*$", f"    status: {status}", block, count=1, flags=re.M)
    assert edited != block
    actors.write_text(text.replace(block, edited, 1), encoding="utf-8")


def test_the_curation_steps_of_the_readme_keep_the_corpus_valid(repository: Path, tmp_path: Path):
    added = OTHER_SEEDS[0]
    (repository / "seeds").mkdir(exist_ok=True)
    (repository / "seeds" / added.name).write_bytes(added.read_bytes())  # add a seed
    result = shell("make normalize", repository)
    assert result.returncode == 0, result.stderr[-2000:]
    article = articles_by_seed(repository)[added.name]
    front, _body = read_article(article)
    registry = {entry["id"]: entry for entry in read_registry(repository / "data" / "actors.yaml")}
    candidate = next(a for a in front["actors"] if registry[a]["status"] == "candidate")

    text = article.read_text(encoding="utf-8")  # correct a title
    article.write_text(re.sub(r"^title: .*$", "title: A title corrected by hand  # checked", text, count=1, flags=re.M), encoding="utf-8")
    set_status(repository / "data" / "actors.yaml", candidate, "rejected  # not an actor")  # reject a candidate
    for command in ("make normalize", "make check"):
        result = shell(command, repository)
        assert result.returncode == 0, f"{command}\n{result.stdout[-2000:]}{result.stderr[-2000:]}"

    front, _body = read_article(article)
    assert front["title"] == "A title corrected by hand"
    assert {e["id"]: e for e in read_registry(repository / "data" / "actors.yaml")}[candidate]["status"] == "rejected"
    pages = render_site(load_corpus(Project(repository)), repository / "templates")
    assert f"actors/{candidate}.md" not in pages  # no page, no links
    assert f"(/actors/{candidate}.md)" not in pages[f"articles/{front['id']}.md"]
    checks = project_checks(repository, tmp_path / "checks")
    assert checks.returncode == 0, checks.stdout[-4000:]
