"""newsdossier check: every problem in data/ is one line with file, line and what is expected."""
from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from conftest import BIN, copy_project, example_project, run


@pytest.fixture
def data_copy(tmp_path):
    """A scratch project holding a copy of the example corpus's data/."""
    shutil.copytree(example_project() / "data", tmp_path / "data")
    return tmp_path


def _first_article(root):
    return sorted((root / "data" / "articles").glob("*.md"))[0]


def _edit(path, old, new):
    text = path.read_text(encoding="utf-8")
    if isinstance(old, re.Pattern):
        assert old.search(text), f"{old.pattern!r} not in {path.name}"
        path.write_text(old.sub(new, text, count=1), encoding="utf-8")
        return
    assert old in text, f"{old!r} not in {path.name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


BREAKAGES = {
    "broken YAML in a registry": ("data/actors.yaml", "kind: person", "kind: [person", r"data/actors\.yaml:\d+: a list opened with '\[' on this line is not closed"),
    "unknown actor kind": ("data/actors.yaml", "kind: person", "kind: wizard", r"data/actors\.yaml:\d+: kind 'wizard': expected one of person"),
    "unknown status": ("data/actors.yaml", "status: candidate", "status: maybe", r"data/actors\.yaml:\d+: status 'maybe'"),
    "bad event date": ("data/events.yaml", "date: 2021-12-07/2021-12-08", "date: 7 Dec 2021", r"data/events\.yaml:\d+: date '7 Dec 2021' is not an EDTF date"),
    "id with a slash": ("data/missions.yaml", "id: unisfa", "id: ../unisfa", r"data/missions\.yaml:\d+: mission id '\.\./unisfa' is not valid"),
    "duplicate id": ("data/missions.yaml", "id: unisfa", "id: unmiss", r"data/missions\.yaml:\d+: duplicate id 'unmiss'"),
    "duplicate key": ("data/actors.yaml", "    kind: person\n", "    kind: person\n    kind: country\n", r"data/actors\.yaml:\d+: key 'kind' appears twice in one mapping"),
    "required key missing": ("data/actors.yaml", "    name: Atul Khare\n", "", r"data/actors\.yaml:\d+: actor 'atul-khare' lacks name"),
    "status is a list": ("data/actors.yaml", "    status: candidate\n", "    status: [candidate]\n", r"\Adata/actors\.yaml:\d+: status must be a single value, not a list\n\Z"),
    "name is a list": ("data/actors.yaml", "    name: Atul Khare\n", "    name: [Atul Khare]\n", r"data/actors\.yaml:\d+: name must be a single value, not a list"),
    "aliases not a list": ("data/actors.yaml", "    aliases:\n      - U.N.\n", "    aliases: U.N.\n", r"data/actors\.yaml:\d+: aliases must be a list"),
    "alias is a mapping": ("data/actors.yaml", "      - U.N.\n", "      - {U.N.: 1}\n", r"data/actors\.yaml:\d+: aliases must list single values"),
    "same_as an unknown actor": ("data/actors.yaml", "  - id: atul-khare\n", "  - id: atul-khare\n    same_as: nobody-at-all\n", r"data/actors\.yaml:\d+: actor 'atul-khare' is same_as 'nobody-at-all', which does not exist"),
    "same_as an unknown event": ("data/events.yaml", "\n    title: ", "\n    same_as: no-such-event\n    title: ",
                                 r"data/events\.yaml:\d+: event '[^']+' is same_as 'no-such-event', which does not exist"),
    "same_as an unknown mission": ("data/missions.yaml", "  - id: unisfa\n", "  - id: unisfa\n    same_as: no-such-mission\n",
                                   r"data/missions\.yaml:\d+: mission 'unisfa' is same_as 'no-such-mission', which does not exist"),
    "same_as a mission only the reference knows": ("data/missions.yaml", "  - id: unisfa\n", "  - id: unisfa\n    same_as: minusma\n",
                                                   r"data/missions\.yaml:\d+: mission 'unisfa' is same_as 'minusma', a mission of the reference \(MINUSMA\) that data/missions\.yaml has no entry for: "
                                                   r"add one \(- id: minusma, acronym: MINUSMA, status: confirmed\) to merge into it"),
    "event lists an unknown actor": ("data/events.yaml", "    actors:\n", "    actors:\n      - nobody-at-all\n", r"data/events\.yaml:\d+: event '[^']+' lists actor 'nobody-at-all', which does not exist"),
    "event lists an unknown article": ("data/events.yaml", "    articles:\n", "    articles:\n      - no-such-article\n", r"data/events\.yaml:\d+: event '[^']+' lists article 'no-such-article', which does not exist"),
    "event sentences not a mapping": ("data/events.yaml", "    sentences:\n", "    sentences: one sentence\n    old_sentences:\n", r"data/events\.yaml:\d+: sentences must map ids to texts"),
}


@pytest.mark.parametrize("case", sorted(BREAKAGES))
def test_a_broken_registry_gives_one_clear_line_and_a_failing_exit(data_copy, case):
    path, old, new, expected = BREAKAGES[case]
    _edit(data_copy / path, old, new)
    result = run("newsdossier", "check", cwd=data_copy)
    assert result.returncode == 1
    assert re.search(expected, result.stdout, flags=re.M), result.stdout
    assert "Traceback" not in result.stdout + result.stderr


ARTICLE_BREAKAGES = {
    "bad date": (re.compile(r"^date: .*$", re.M), "date: 2021-13-45", r":\d+: date '2021-13-45' is not an EDTF date"),
    "unknown actor": ("actors:\n", "actors:\n  - nobody-at-all\n", r":\d+: actors lists 'nobody-at-all', which is not in data/actors\.yaml"),
    "unknown basis": ("date_basis: ", "date_basis: guessed\nx_old_basis: ", r":\d+: date_basis 'guessed'"),
    "no closing fence": ("\n---\n\n", "\n\n", r":1: front-matter is not closed"),
    "duplicate key": ("\ntitle: ", "\ntitle: Another\ntitle: ", r":\d+: key 'title' appears twice in one mapping"),
    "title is a mapping": (re.compile(r"^title: .*$", re.M), "title: {text: x}", r":\d+: title must be a single value, not a mapping"),
    "language is a list": (re.compile(r"^language: .*$", re.M), "language: [en, fr]", r":\d+: language must be a single value, not a list"),
    "required key missing": (re.compile(r"^title: .*\n", re.M), "", r":\d+: lacks title"),
    "list holds a mapping": ("actors:\n", "actors:\n  - {id: x}\n", r":\d+: actors must list single values"),
    "unknown event": ("events:\n", "events:\n  - no-such-event\n", r":\d+: events lists 'no-such-event', which is not in data/events\.yaml"),
    "unknown mission": ("missions_inferred:\n", "missions_inferred:\n  - no-such-mission\n", r":\d+: missions_inferred lists 'no-such-mission', which is not in data/missions\.yaml"),
    "reasons not a mapping": (re.compile(r"^reasons:\n(  .*\n)*", re.M), "reasons: [a, b]\n", r":\d+: reasons must map ids to texts"),
}


@pytest.mark.parametrize("case", sorted(ARTICLE_BREAKAGES))
def test_a_broken_article_names_its_file_and_line(data_copy, case):
    old, new, expected = ARTICLE_BREAKAGES[case]
    article = _first_article(data_copy)
    _edit(article, old, new)
    if case == "unknown basis":
        text = article.read_text(encoding="utf-8")
        article.write_text(re.sub(r"x_old_basis: \w+\n", "", text), encoding="utf-8")
    result = run("newsdossier", "check", cwd=data_copy)
    assert result.returncode == 1
    assert re.search(re.escape(f"data/articles/{article.name}") + expected, result.stdout), result.stdout
    assert len(result.stdout.splitlines()) == 1, "one problem, one line: no cascade of follow-on errors"


def test_two_articles_with_one_id_are_reported_with_both_files(data_copy):
    article = _first_article(data_copy)
    copy = article.with_name("zz-copy.md")
    copy.write_text(article.read_text(encoding="utf-8"), encoding="utf-8")
    result = run("newsdossier", "check", cwd=data_copy)
    assert result.returncode == 1
    assert re.search(rf"data/articles/zz-copy\.md:\d+: duplicate article id '{article.stem}', also used by data/articles/{article.name}", result.stdout), result.stdout


@pytest.mark.parametrize("value", ["'1899-05-01'", "'1945'", "'XXXX-01-01'", "'1950-01/1950-03'"])
def test_a_date_long_ago_or_without_a_year_is_valid(data_copy, value):
    _edit(_first_article(data_copy), re.compile(r"^date: .*$", re.M), f"date: {value}")
    result = run("newsdossier", "check", cwd=data_copy)
    assert result.returncode == 0, result.stdout


def test_a_file_that_is_not_utf8_is_reported_not_crashed_on(data_copy):
    (data_copy / "data" / "articles" / "latin1.md").write_bytes("---\nid: x\ntitle: caf\xe9\n---\n".encode("latin-1"))
    result = run("newsdossier", "check", cwd=data_copy)
    assert result.returncode == 1
    assert "data/articles/latin1.md: not UTF-8" in result.stdout


def _two_ids(root, registry: str) -> tuple[str, str]:
    """The ids of the first two entries of a registry of the scratch copy."""
    from newsdossier.store import read_registry
    first, second = (entry["id"] for entry in read_registry(root / "data" / f"{registry}.yaml")[:2])
    return first, second


@pytest.mark.parametrize("registry", ["actors", "missions", "events"])
def test_a_merge_cycle_is_reported(data_copy, registry):
    first, second = _two_ids(data_copy, registry)
    path = data_copy / "data" / f"{registry}.yaml"
    _edit(path, f"  - id: {first}\n", f"  - id: {first}\n    same_as: {second}\n")
    _edit(path, f"  - id: {second}\n", f"  - id: {second}\n    same_as: {first}\n")
    result = run("newsdossier", "check", cwd=data_copy)
    assert result.returncode == 1 and re.search(rf"^data/{registry}\.yaml:\d+: same_as of '{first}' loops back", result.stdout, re.M), result.stdout


def test_mkdocs_build_fails_with_the_same_messages_and_no_traceback(tmp_path):
    copy_project(example_project(), tmp_path)
    _edit(tmp_path / "data" / "actors.yaml", "kind: person", "kind: wizard")
    result = run("mkdocs", "build", "--strict", "-d", str(tmp_path / "site"), cwd=tmp_path)
    assert result.returncode != 0
    assert re.search(r"data/actors\.yaml:\d+: kind 'wizard'", result.stderr)
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("registry", ["actors", "missions", "events"])
def test_an_unreadable_registry_is_one_problem_not_one_per_reference_to_it(normalized, registry):
    path = normalized / "data" / f"{registry}.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "\n  - id: [unclosed\n", encoding="utf-8")
    result = run("newsdossier", "check", cwd=normalized)
    assert result.returncode == 1
    problems = [line for line in result.stdout.splitlines() + result.stderr.splitlines() if line.startswith("data/")]
    assert len(problems) == 1, problems
    assert problems[0].startswith(f"data/{registry}.yaml:") and "[YAML:" in problems[0]


@pytest.mark.parametrize(
    ("path", "old", "new", "expected"),
    [
        pytest.param("article", "actors:\n", "actors:\n" + "".join(f"  - ghost-{i}\n" for i in range(20_000)),
                     r"actors lists 20000 ids \('ghost-0', 'ghost-1', 'ghost-2', 'ghost-3', 'ghost-4', \.\.\.\), which are not in data/actors\.yaml", id="unknown-ids"),
        pytest.param("data/events.yaml", "    actors:\n", "    actors:\n" + "".join(f"      - ghost-{i}\n" for i in range(5_000)),
                     r"event '[^']+' lists actors 5000 ids \('ghost-0', .*\.\.\.\), which do not exist", id="event-unknown-ids"),
    ],
)
def test_a_huge_list_of_unknown_ids_is_one_line(data_copy, path, old, new, expected):
    _edit(_first_article(data_copy) if path == "article" else data_copy / path, old, new)
    result = run("newsdossier", "check", cwd=data_copy)
    assert result.returncode == 1
    assert len(result.stdout.splitlines()) == 1 and re.search(expected, result.stdout), result.stdout[:500]


def test_a_huge_list_of_valid_values_is_checked_and_built(tmp_path):
    copy_project(example_project(), tmp_path)
    _edit(tmp_path / "data" / "actors.yaml", "      - U.N.\n", "      - U.N.\n" + "".join(f"      - Alias number {i}\n" for i in range(30_000)))
    assert run("newsdossier", "check", cwd=tmp_path).returncode == 0
    result = run("mkdocs", "build", "--strict", "-d", str(tmp_path / "site"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr[-2000:]


def test_check_piped_into_a_reader_that_stops_early_ends_quietly(data_copy):
    actors = data_copy / "data" / "actors.yaml"  # 5,000 problems: far more than a pipe holds
    actors.write_text(actors.read_text(encoding="utf-8") + "".join(
        f"  - id: wizard-{i}\n    name: Wizard {i}\n    kind: wizard\n    status: candidate\n" for i in range(5_000)), encoding="utf-8")
    result = subprocess.run(f"'{BIN / 'newsdossier'}' check | head -c 1", shell=True, cwd=data_copy, capture_output=True, text=True)
    assert "internal error" not in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize("value", ["0", "-3"])
def test_a_long_list_threshold_below_one_is_a_clear_error(tmp_path, value):
    copy_project(example_project(), tmp_path, long_list=value)
    result = run("mkdocs", "build", "-d", str(tmp_path / "site"), cwd=tmp_path)
    assert result.returncode != 0
    assert f"long_list is {value}: expected a number of entries of 1 or more" in result.stderr
    assert "Traceback" not in result.stderr


# A key no entry of the registry has (a mistyped same_as, an alias written "alias:") is read by
# nothing: the edit would do nothing, silently. One warning at the key's own line.
UNKNOWN_KEYS = {
    "same_as mistyped with a hyphen": ("data/actors.yaml", "  - id: atul-khare\n", "  - id: atul-khare\n    same-as: jean-pierre-lacroix\n",
                                       r"^data/actors\.yaml:(\d+): warning: key 'same-as' of actor 'atul-khare' is not a key of actors, so nothing reads it \(did you mean 'same_as'\?\)$", "same-as"),
    "aliases written in the singular": ("data/actors.yaml", "  - id: atul-khare\n", "  - id: atul-khare\n    alias: A. Khare\n",
                                        r"^data/actors\.yaml:(\d+): warning: key 'alias' of actor 'atul-khare' .*did you mean 'aliases'\?\)$", "alias"),
    "a merge mistyped on a mission": ("data/missions.yaml", "  - id: unisfa\n", "  - id: unisfa\n    same-as: unmiss\n",
                                      r"^data/missions\.yaml:(\d+): warning: key 'same-as' of mission 'unisfa' is not a key of missions, so nothing reads it \(did you mean 'same_as'\?\)$", "same-as"),
    "a note as a key of an event": ("data/events.yaml", "    articles:\n", "    note: checked twice\n    articles:\n",
                                    r"^data/events\.yaml:(\d+): warning: key 'note' of event '[^']+' is not a key of events.*a note of your own goes in a comment", "note"),
}


@pytest.mark.parametrize("case", sorted(UNKNOWN_KEYS))
def test_a_key_nothing_reads_is_one_warning_at_its_line(data_copy, case):
    path, old, new, expected, key = UNKNOWN_KEYS[case]
    _edit(data_copy / path, old, new)
    result = run("newsdossier", "check", cwd=data_copy)
    assert result.returncode == 0, result.stdout  # a warning: the site still builds
    found = re.search(expected, result.stdout, flags=re.M)
    assert found, result.stdout
    line = (data_copy / path).read_text(encoding="utf-8").splitlines()[int(found.group(1)) - 1]
    assert line.strip().startswith(f"{key}:"), line


@pytest.mark.parametrize("edit", [
    ("data/actors.yaml", "  - id: atul-khare\n", "  - id: atul-khare\n    same_as: jean-pierre-lacroix\n"),
    ("data/missions.yaml", "  - id: unisfa\n", "  - id: unisfa\n    same_as: unmiss\n"),
    ("data/actors.yaml", "  - id: atul-khare\n", "  - id: atul-khare\n    acronym: AK\n"),
    ("data/events.yaml", "    articles:\n", "    # checked twice\n    articles:\n"),
], ids=["same_as written right", "a mission's same_as", "an actor's acronym", "a note as a comment"])
def test_a_key_the_site_reads_and_a_comment_pass_without_warning(data_copy, edit):
    """Near miss: the keys of the registry, written right, and a comment, are no warning."""
    _edit(data_copy / edit[0], edit[1], edit[2])
    result = run("newsdossier", "check", cwd=data_copy)
    assert "is not a key of" not in result.stdout, result.stdout


@pytest.mark.parametrize("registry", ["events", "missions"])
def test_an_entry_merged_into_another_is_valid_and_counted_once(data_copy, registry):
    """same_as on an event or a mission (the way to tell the site that two entries are one) is
    a key check knows: no warning, no error, and the merged entry leaves the count."""
    before = run("newsdossier", "check", cwd=data_copy)
    first, second = _two_ids(data_copy, registry)
    _edit(data_copy / "data" / f"{registry}.yaml", f"  - id: {first}\n", f"  - id: {first}\n    same_as: {second}\n")
    result = run("newsdossier", "check", cwd=data_copy)
    assert result.returncode == 0 and "warning" not in result.stdout, result.stdout
    counted = [int(re.search(rf"(\d+) {registry[:-1]}s?\b", r.stderr).group(1)) for r in (before, result)]
    assert counted[1] == counted[0] - 1, (before.stderr, result.stderr)


@pytest.mark.parametrize("text", ['{"an-event": {"date": "2021"', "[1]", '{"an-event": 3}'], ids=["cut short", "a list", "an event without fields"])
def test_a_broken_record_of_the_machine_s_event_values_is_one_warning_naming_it(data_copy, text):
    """data/.machine/_events.json cut short or hand-edited: the event pages can no longer say what
    a person set, and the next normalize would take the person's values for the machine's.
    One warning naming the file, no crash, and the review page names it without a link (the
    machine's records have no page). Near miss: no file at all (a data/ of an older version)
    is no warning."""
    from newsdossier.corpus import load_corpus
    from newsdossier.render import render_site
    from newsdossier.store import Project
    record = data_copy / "data" / ".machine" / "_events.json"
    record.write_text(text, encoding="utf-8")
    corpus = load_corpus(Project(data_copy))
    named = [w.one_line() for w in corpus.warnings if "_events.json" in w.one_line()]
    assert len(named) == 1 and not corpus.problems, named
    pages = render_site(corpus, example_project() / "templates")
    review = "".join(text for path, text in pages.items() if path.startswith("review") and isinstance(text, str))
    assert "- data/.machine/&#95;events.json: " in review and "](/data/.machine/" not in review
    record.unlink()
    assert not [w for w in load_corpus(Project(data_copy)).warnings if "_events.json" in w.one_line()]
