"""Unit tests of newsdossier.store: front-matter, registries and atomic writes in data/."""
from __future__ import annotations

import os
import re

import pytest

from newsdossier.store import DataError, atomic_write, read_article, read_registry, split_front_matter


# --- split_front_matter -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "front", "body"),
    [
        pytest.param("---\ntitle: x\n---\nbody\n", "title: x\n", "body\n", id="front-and-body"),
        pytest.param("---\ntitle: x\n---\n\n\nbody\n", "title: x\n", "body\n", id="blank-lines-before-body-dropped"),
        pytest.param("---\ntitle: x\n---\n", "title: x\n", "", id="no-body"),
        pytest.param("---\ntitle: x\n---", "title: x\n", "", id="closing-fence-without-newline"),
        pytest.param("---\ntitle: x\n---\n\n\n", "title: x\n", "", id="closing-fence-then-blank-lines"),
        pytest.param("---\n---\nbody", "", "body", id="empty-front-matter"),
        pytest.param(
            "---\na: 1\nb: 2\n---\nbody\n---\nmore\n", "a: 1\nb: 2\n", "body\n---\nmore\n", id="later-fence-stays-in-body"
        ),
    ],
)
def test_split_front_matter_gives_yaml_and_body(text, front, body):
    assert split_front_matter(text, "article.md") == (front, body)


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        pytest.param("title: x\n", 1, "no front-matter", id="no-opening-fence"),
        pytest.param("", 1, "no front-matter", id="empty-file"),
        pytest.param("--- \ntitle: x\n---\n", 1, "no front-matter", id="opening-fence-with-trailing-space"),
        pytest.param("---\ntitle: x\nbody text\n", 1, "not closed", id="no-closing-fence"),
        pytest.param("---\ntitle: x\n---- \nbody\n", 1, "not closed", id="closing-fence-misspelt"),
        pytest.param("---\n", 1, "not closed", id="only-opening-fence"),
    ],
)
def test_split_front_matter_errors_carry_a_line_number_and_a_message(text, line, message):
    with pytest.raises(DataError) as caught:
        split_front_matter(text, "data/articles/a.md")
    error = caught.value
    assert error.path == "data/articles/a.md"
    assert error.line == line
    assert message in error.message
    assert str(error) == f"data/articles/a.md:{line}: {error.message}"


# --- read_article -----------------------------------------------------------------------------


def test_read_article_gives_the_front_matter_mapping_and_the_body(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("---\ntitle: Envoy visits\ndate: '2021-11-26'\n---\n\nThe envoy came.\n", encoding="utf-8")
    assert read_article(path) == ({"title": "Envoy visits", "date": "2021-11-26"}, "The envoy came.\n")


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        pytest.param("---\ntitle: x\ndate: [2021\nother: 1\n---\nbody\n", 3, "a list opened with '[' on this line is not closed", id="unclosed-list-opened-on-line-3"),
        pytest.param("---\ntitle: x\n  bad: : y\n---\nbody\n", 3, "[YAML:", id="bad-mapping-on-line-3"),
        pytest.param("---\n- a\n- b\n---\nbody\n", 2, "must be a mapping", id="list-instead-of-mapping"),
        pytest.param("---\njust words\n---\nbody\n", 2, "must be a mapping", id="scalar-instead-of-mapping"),
    ],
)
def test_read_article_reports_the_file_line_of_a_front_matter_error(tmp_path, text, line, message):
    path = tmp_path / "a.md"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DataError) as caught:
        read_article(path)
    assert (caught.value.line, caught.value.path) == (line, str(path))
    assert message in caught.value.message


def test_read_article_rejects_a_file_that_is_not_utf8(tmp_path):
    path = tmp_path / "a.md"
    path.write_bytes("---\ntitle: Genève\n---\n".encode("cp1252"))
    with pytest.raises(DataError, match="not UTF-8"):
        read_article(path)


# --- read_registry ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("- id: a\n- id: b\n", [{"id": "a"}, {"id": "b"}], id="list-of-entries"),
        pytest.param("[]\n", [], id="empty-list"),
        pytest.param("", [], id="empty-file"),
        pytest.param("# only a comment\n", [], id="only-a-comment"),
    ],
)
def test_read_registry_gives_the_list_of_entries(tmp_path, text, expected):
    path = tmp_path / "people.yaml"
    path.write_text(text, encoding="utf-8")
    assert read_registry(path) == expected


def test_read_registry_of_a_missing_file_is_empty(tmp_path):
    assert read_registry(tmp_path / "missing.yaml") == []


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("id: a\nname: Alpha\n", id="mapping"),
        pytest.param("just some text\n", id="scalar-string"),
        pytest.param("42\n", id="scalar-number"),
    ],
)
def test_read_registry_on_a_non_list_gives_data_error(tmp_path, text):
    path = tmp_path / "people.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DataError) as caught:
        read_registry(path)
    assert (caught.value.path, caught.value.line) == (str(path), 1)
    assert "must be a YAML list" in caught.value.message


def test_read_registry_on_invalid_yaml_gives_the_line(tmp_path):
    path = tmp_path / "people.yaml"
    path.write_text("- id: a\n- id: b\n  name: x: y\n- id: c\n", encoding="utf-8")
    with pytest.raises(DataError) as caught:
        read_registry(path)
    assert caught.value.line == 3
    assert "a ': ' inside a value: put the whole value in quotes" in caught.value.message


# --- atomic_write -----------------------------------------------------------------------------


def leftovers(folder):
    """Names in the folder other than the file written: temp files left behind."""
    return sorted(p.name for p in folder.iterdir() if p.name != "out.md")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("---\ntitle: x\n---\n\nbody\n", id="article"),
        pytest.param("Genève, Đà Nẵng, 北京\n", id="non-ascii"),
        pytest.param("line\n" * 50_000, id="large"),
        pytest.param("", id="empty"),
    ],
)
def test_atomic_write_writes_the_complete_file_and_leaves_no_temp_file(tmp_path, text):
    path = tmp_path / "out.md"
    assert atomic_write(path, text) is True
    assert path.read_bytes() == text.encode("utf-8")
    assert leftovers(tmp_path) == []


def test_atomic_write_returns_false_when_the_content_is_unchanged(tmp_path):
    path = tmp_path / "out.md"
    first = atomic_write(path, "same\n")
    inode = os.stat(path).st_ino  # a rewrite renames a new file into place: a new inode
    second = atomic_write(path, "same\n")
    assert (first, second) == (True, False)
    assert os.stat(path).st_ino == inode
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize(
    ("old", "new"),
    [
        pytest.param("old text\n", "new text\n", id="different-text"),
        pytest.param("text\n", "text", id="newline-dropped"),
        pytest.param("a much longer old text\n", "short\n", id="shorter-text-no-stale-tail"),
    ],
)
def test_atomic_write_replaces_changed_content(tmp_path, old, new):
    path = tmp_path / "out.md"
    path.write_text(old, encoding="utf-8")
    assert atomic_write(path, new) is True
    assert path.read_text(encoding="utf-8") == new
    assert leftovers(tmp_path) == []


def test_atomic_write_replaces_a_file_that_is_not_utf8(tmp_path):
    path = tmp_path / "out.md"
    path.write_bytes(b"\xff\xfe broken")
    assert atomic_write(path, "fixed\n") is True
    assert path.read_text(encoding="utf-8") == "fixed\n"


def test_atomic_write_creates_missing_folders(tmp_path):
    path = tmp_path / "data" / "articles" / "out.md"
    assert atomic_write(path, "text\n") is True
    assert path.read_text(encoding="utf-8") == "text\n"


@pytest.mark.parametrize("batched", [False, True], ids=["alone", "in one_sync"])
def test_atomic_write_makes_a_folder_removed_between_two_writes_again(tmp_path, batched):
    import contextlib
    import shutil

    from newsdossier.store import one_sync

    first, second = tmp_path / "data" / "a" / "one.md", tmp_path / "data" / "b" / "two.md"
    with one_sync() if batched else contextlib.nullcontext():
        assert atomic_write(first, "one\n") is True
        shutil.rmtree(tmp_path / "data" / "b", ignore_errors=True)
        assert atomic_write(second, "two\n") is True
    assert first.read_text(encoding="utf-8") == "one\n" and second.read_text(encoding="utf-8") == "two\n"
    assert [p.name for p in tmp_path.rglob("*.tmp")] == []


def test_atomic_write_keeps_the_old_file_and_no_temp_file_when_the_rename_fails(tmp_path, monkeypatch):
    path = tmp_path / "out.md"
    path.write_text("old\n", encoding="utf-8")

    def failing_replace(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", failing_replace)
    with pytest.raises(OSError, match="disk full"):
        atomic_write(path, "new\n")
    assert path.read_text(encoding="utf-8") == "old\n"
    assert leftovers(tmp_path) == []


def test_atomic_write_returns_false_for_unchanged_text_with_crlf(tmp_path):
    path = tmp_path / "out.md"
    atomic_write(path, "a\r\nb\r\n")
    assert atomic_write(path, "a\r\nb\r\n") is False


def test_an_atomic_write_gives_the_file_ordinary_permissions(tmp_path):
    from newsdossier.store import atomic_write

    path = tmp_path / "new.yaml"
    atomic_write(path, "a: 1\n")
    mask = os.umask(0)
    os.umask(mask)
    assert path.stat().st_mode & 0o777 == 0o666 & ~mask
    path.chmod(0o640)
    atomic_write(path, "a: 2\n")
    assert path.stat().st_mode & 0o777 == 0o640  # a replaced file keeps its mode


# --- ParseCache: what `mkdocs serve` keeps between loads of data/ ------------------------------


def _copy_data(tmp_path):
    import shutil

    from conftest import example_project

    shutil.copytree(example_project() / "data", tmp_path / "data")
    return tmp_path


def test_a_parse_cache_parses_again_only_the_files_that_changed(tmp_path, monkeypatch):
    from newsdossier import store
    from newsdossier.corpus import load_corpus

    root = _copy_data(tmp_path)
    parsed: list[str] = []
    real = store.parse_yaml
    monkeypatch.setattr(store, "parse_yaml", lambda text, path, *a, **k: parsed.append(str(path)) or real(text, path, *a, **k))
    cache = store.ParseCache()
    load_corpus(store.Project(root), cache)
    assert len(parsed) == 3 + len(list((root / "data" / "articles").glob("*.md")))
    article = sorted((root / "data" / "articles").glob("*.md"))[0]
    article.write_text(article.read_text(encoding="utf-8").replace("\ntitle: ", "\ntitle: Edited ", 1), encoding="utf-8")
    parsed.clear()
    corpus = load_corpus(store.Project(root), cache)
    assert parsed == [str(article)]
    assert any(a.meta["title"].startswith("Edited ") for a in corpus.articles.values())


# A value of data/ made the wrong shape: the first list of its kind in the file (whatever the
# corpus names) written as a plain value, or a status no entry may have.
BROKEN = {
    "aliases not a list": ("actors.yaml", r"    aliases:\n      - ([^\n]+)\n", r"    aliases: \1\n"),
    "roles not a list": ("actors.yaml", r"    roles:\n      - ([^\n]+)\n", r"    roles: \1\n"),
    "unknown status": ("actors.yaml", r"    status: candidate\n", "    status: maybe\n"),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_a_cached_load_reports_the_same_problems_every_time(tmp_path, case):
    from newsdossier.corpus import load_corpus
    from newsdossier.store import ParseCache, Project

    root = _copy_data(tmp_path)
    name, old, new = BROKEN[case]
    path = root / "data" / name
    text = path.read_text(encoding="utf-8")
    assert re.search(old, text), f"the example data holds no {case.split(' not')[0]} to break"
    path.write_text(re.sub(old, new, text, count=1), encoding="utf-8")
    cache = ParseCache()
    loads = [[p.one_line() for p in load_corpus(Project(root), cache).problems] for _ in range(3)]
    assert loads[0], "the broken value must be reported"
    assert loads[0] == loads[1] == loads[2] == [p.one_line() for p in load_corpus(Project(root)).problems]


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        pytest.param("- id: a\n  name: A\n- id: b\n", {"a": 1, "b": 3}, id="plain"),
        pytest.param("- id: a\n\n\n- id: b\n", {"a": 1, "b": 4}, id="blank-lines-before-an-entry"),
        pytest.param("# comment\n  - id: 'a'  # quoted\n  - id: \"b\"\n", {"a": 2, "b": 3}, id="indented-and-quoted"),
    ],
)
def test_entry_lines_gives_the_line_of_each_entry(tmp_path, text, lines):
    from newsdossier.store import entry_lines

    path = tmp_path / "actors.yaml"
    path.write_text(text, encoding="utf-8")
    assert entry_lines(path) == lines


def test_keep_pickled_writes_whole_and_replaces_older_keys(tmp_path):
    import pickle

    from newsdossier.store import keep_pickled

    older = tmp_path / "cache" / "thing-old.pickle"
    older.parent.mkdir()
    older.write_bytes(b"older key")
    path = tmp_path / "cache" / "thing-new.pickle"
    assert keep_pickled(path, {"a": [1, 2]}, replaces="thing-*.pickle")
    assert pickle.loads(path.read_bytes()) == {"a": [1, 2]}
    assert sorted(p.name for p in path.parent.iterdir()) == ["thing-new.pickle"]  # no older key, no temporary file


@pytest.mark.parametrize("case", ["value that cannot be pickled", "folder that cannot be made"])
def test_keep_pickled_never_raises(tmp_path, case):
    from newsdossier.store import keep_pickled

    if case.startswith("value"):
        path, value = tmp_path / "thing.pickle", (lambda: None)
    else:
        (tmp_path / "file").write_text("a file where the folder would be")
        path, value = tmp_path / "file" / "thing.pickle", 1
    assert keep_pickled(path, value) is False
    assert not path.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


# -- safe loading with the version looked up once (store._OnceVersionedResolver) -------------

@pytest.mark.parametrize("text", [
    "a: yes\nb: no\nc: on\n",  # YAML 1.2: words, not booleans
    "a: 010\nb: 0o10\nc: 0x1F\nd: 1_000\n",  # 1.2 octal only with 0o
    "id: '00019'\nother: 00019\n",
    "date: 2021-11-26\nwhen: 2021-11-26T10:00:00Z\n",  # dates stay text
    "a: 1.5\nb: .inf\nc: null\nd: ~\ne: true\nf: False\n",
    "- 1:20\n- 190:20:30\n",  # sexagesimals are 1.1 only
    "%YAML 1.1\n---\na: yes\nb: 010\n",  # a directive: the C parser leaves it to the loader's version
    "a: [x, 'y', \"z\"]\nb: {c: 1}\n",
])
def test_safe_loading_gives_what_ruamels_own_resolver_gives(text):
    from ruamel.yaml import YAML
    from newsdossier.store import _SafeTextDates, _safe_yaml
    plain = YAML(typ="safe", pure=False)
    plain.Constructor = _SafeTextDates
    loader = _safe_yaml()
    assert loader.load(text) == plain.load(text)
    assert loader.load(text) == plain.load(text)  # a loader used again


def test_the_pure_python_parser_still_reads_the_version_directive():
    from ruamel.yaml import YAML
    from newsdossier.store import _OnceVersionedResolver, _SafeTextDates
    loaders = [YAML(typ="safe", pure=True), YAML(typ="safe", pure=True)]
    for loader in loaders:
        loader.Constructor = _SafeTextDates
    loaders[1].Resolver = _OnceVersionedResolver
    documents = ["a: yes\n", "%YAML 1.1\n---\na: yes\n", "a: yes\n"]
    read = [[loader.load(text) for text in documents] for loader in loaders]
    assert read[1] == read[0]
    assert read[1][1] == {"a": True}  # 1.1: a boolean
