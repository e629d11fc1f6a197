"""Property: any generated corpus (English, French, Spanish, Vietnamese; people sharing surnames
and given names, names with and without diacritics, events reported many times, datelines after
today, duplicates, hostile headlines and text) goes through normalize, check and a strict build.

The corpus comes from bench/generate.py, seeded: each parameter is one corpus, built once and
normalized once (module-scoped), then each property is its own test so each fails alone. Every
failure message names the seed of the generator, so `python bench/generate.py DIR --count N
--seed S --today T` writes the same files again."""
from __future__ import annotations

import shutil
import sys
from datetime import date
from pathlib import Path

import pytest

from conftest import ROOT, run
from newsdossier.store import read_article, read_registry
from newsdossier.text import fold

sys.path.insert(0, str(ROOT / "bench"))
from generate import generate  # noqa: E402

# (generator seed, number of seed files): a few hundred articles in all, so CI stays near a minute.
CORPORA = [(1, 120), (2, 90), (3, 60)]
# The day the generator's "after today" dates are counted from: the real today, as the tool's.
# Failure messages print it, so the same files can be written again on another day.
TODAY = date.today()


class Corpus:
    """A scratch project built from one generated corpus, with the output of every command run on it."""

    def __init__(self, root: Path, seed: int, count: int):
        self.root, self.seed, self.count = root, seed, count
        self.seeds = generate(count, seed, TODAY)
        for name in ("templates",):
            shutil.copytree(ROOT / name, root / name)
        shutil.copy(ROOT / "mkdocs.yml", root / "mkdocs.yml")
        (root / "seeds").mkdir()
        (root / "data").mkdir()
        for item in self.seeds:
            (root / "seeds" / item.name).write_bytes(item.content)
        self.normalize = run("newsdossier", "normalize", cwd=root)
        self.data_after_first = _snapshot(root / "data")
        self.normalize_again = run("newsdossier", "normalize", cwd=root)
        self.data_after_second = _snapshot(root / "data")
        self.check = run("newsdossier", "check", cwd=root)
        self.build = run("mkdocs", "build", "--strict", "-d", str(root / "site"), cwd=root)

    def __repr__(self) -> str:  # shown by pytest in failures: how to write the same files again
        return f"<corpus: python bench/generate.py DIR --count {self.count} --seed {self.seed} --today {TODAY}>"

    @property
    def bad_names(self) -> set[str]:
        return {item.name for item in self.seeds if item.deliberately_bad}


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module", params=CORPORA, ids=[f"seed{s}-n{n}" for s, n in CORPORA])
def corpus(request, tmp_path_factory) -> Corpus:
    """One generated corpus in a scratch project, normalized twice, checked and built (each once)."""
    seed, count = request.param
    return Corpus(tmp_path_factory.mktemp(f"corpus-{seed}-{count}"), seed, count)


def _log_lines(result) -> list[str]:
    """normalize's lines to the user, without the progress counter."""
    return [line for line in result.stderr.splitlines() if line and not line.startswith("normalize: ")]


def test_normalize_skips_only_the_deliberately_bad_seeds(corpus):
    lines = _log_lines(corpus.normalize)
    assert "internal error" not in corpus.normalize.stderr, corpus.normalize.stderr[-2000:]
    problems = []
    for line in lines:
        name = line.split(": ", 1)[0].removeprefix("seeds/")
        if ": skipped: " in line and name not in corpus.bad_names:
            problems.append(line)  # a good seed skipped, or an extraction that failed
        elif ": skipped: " not in line and not line.startswith(f"seeds/{name}: decoded as") \
                and "repaired mis-decoded" not in line:
            problems.append(line)  # a line of a kind this corpus should not cause
    assert not problems, f"{corpus!r}\n" + "\n".join(problems)
    # A skipped seed is reported, not a failure of the run (only --strict makes it one)
    assert corpus.normalize.returncode == 0, corpus.normalize.stderr[-2000:]


def test_every_good_seed_becomes_one_article(corpus):
    articles = [read_article(p)[0] for p in sorted((corpus.root / "data" / "articles").glob("*.md"))]
    written = {str(front["seed"]) for front in articles}
    good = {item.name for item in corpus.seeds if not item.deliberately_bad}
    assert written == good, f"{corpus!r}: missing {sorted(good - written)}, unexpected {sorted(written - good)}"
    assert all(str(front["title"]).strip() for front in articles)


def test_check_finds_no_error(corpus):
    """Warnings (doubtful values listed on the review page) are allowed; errors are not."""
    assert corpus.check.returncode == 0, f"{corpus!r}\n{corpus.check.stdout[-4000:]}{corpus.check.stderr[-1000:]}"
    assert "internal error" not in corpus.check.stderr


def test_strict_build_passes(corpus):
    output = corpus.build.stderr + corpus.build.stdout
    noisy = [line for line in output.splitlines() if line.startswith(("WARNING", "ERROR")) or "Traceback" in line]
    assert corpus.build.returncode == 0 and not noisy, f"{corpus!r}\n" + "\n".join(noisy[:40]) + output[-1500:]
    assert (corpus.root / "site" / "index.html").exists()


def test_normalize_run_twice_changes_no_byte(corpus):
    first, second = corpus.data_after_first, corpus.data_after_second
    changed = sorted(name for name in first.keys() | second.keys() if first.get(name) != second.get(name))
    assert not changed, f"{corpus!r}: the second run changed {changed[:20]}"
    assert corpus.normalize_again.returncode == corpus.normalize.returncode


def _active_people(root: Path) -> list[dict]:
    actors = read_registry(root / "data" / "actors.yaml") or []
    return [a for a in actors if isinstance(a, dict) and a.get("kind") == "person"
            and a.get("status") != "rejected" and not a.get("same_as")]


def test_no_person_has_a_word_of_another_persons_name_as_an_alias(corpus):
    """A surname alone (Diallo, Nguyen, Kim) names nobody in particular in a corpus where several
    people carry it: no person may hold as an alias one word that is part of another's name."""
    people = _active_people(corpus.root)
    words_of: dict[str, set[str]] = {}
    for person in people:
        for name in [person.get("name") or "", *(person.get("aliases") or [])]:
            for word in fold(str(name)).split():
                words_of.setdefault(word, set()).add(person["id"])
    clashes = []
    for person in people:
        for alias in person.get("aliases") or []:
            words = fold(str(alias)).split()
            if len(words) == 1 and words_of.get(words[0], set()) - {person["id"]}:
                others = sorted(words_of[words[0]] - {person["id"]})
                clashes.append(f"{person['id']}: alias {alias!r} is a word of {others[:5]}")
    assert not clashes, f"{corpus!r}\n" + "\n".join(clashes[:30])


def test_generator_is_deterministic():
    first, second = generate(40, 5, date(2024, 1, 1)), generate(40, 5, date(2024, 1, 1))
    assert [(s.name, s.content) for s in first] == [(s.name, s.content) for s in second]
    assert [(s.name, s.content) for s in generate(40, 6, date(2024, 1, 1))] != [(s.name, s.content) for s in first]


def test_generator_sets_its_traps():
    """The corpus holds every trap it promises (else the property above would test less than it says)."""
    traps = {trap for item in generate(400, 1, date(2024, 1, 1)) for trap in item.traps}
    for trap in ("same-surname-in-article", "full-name-then-surname", "name-without-diacritics", "dateline-after-today",
                 "exact-duplicate", "syndicated-copy", "hostile-title", "hostile-text", "caption", "teasers",
                 "surname-only-headline", "future-date-in-text"):
        assert trap in traps, trap
