"""The tool's reference data, parsed once and kept in a project's cache folder (reference.keep_parsed_in):
read back while the file reads as when it was parsed, parsed again when it changed."""
from __future__ import annotations

import os

import subprocess
import sys
from pathlib import Path
import pytest

from newsdossier import reference as reference_module
from newsdossier.reference import keep_parsed_in, load_reference


@pytest.fixture
def own_reference(tmp_path, monkeypatch):
    """A reference folder of our own (the package's is left alone) and a cache folder; the
    cache is switched off again afterwards. Yields (reference folder, cache folder)."""
    folder = tmp_path / "reference"
    folder.mkdir()
    cache = tmp_path / "cache"
    monkeypatch.setattr(reference_module, "_reference_file", lambda name: folder / name)
    keep_parsed_in(cache)
    yield folder, cache
    keep_parsed_in(None)


def _age(path, seconds: float = 60) -> None:
    """Set a file's modification time back, as for a file saved a while ago (a file saved
    just now is parsed again each time: its clock may not tell a second save from the first)."""
    then = os.stat(path).st_mtime - seconds
    os.utime(path, (then, then))


def _refuse_parsing(monkeypatch) -> None:
    def refuse(_handle):
        raise AssertionError("parsed again")
    monkeypatch.setattr(reference_module._yaml, "load", refuse)


@pytest.mark.parametrize("text, parsed", [
    ("- code: ZZ\n  name: Zedland\n  aliases: [Zed]\n", [{"code": "ZZ", "name": "Zedland", "aliases": ["Zed"]}]),
    ("greeting:\n  en: [hello, good day]\n  fr: [bonjour]\nlimit: 3\n", {"greeting": {"en": ["hello", "good day"], "fr": ["bonjour"]}, "limit": 3}),
    ("empty: ~\nflag: true\nshare: 0.5\n", {"empty": None, "flag": True, "share": 0.5}),
])
def test_a_file_parsed_once_is_read_back_from_the_cache(own_reference, monkeypatch, text, parsed):
    folder, cache = own_reference
    (folder / "words.yaml").write_text(text, encoding="utf-8")
    _age(folder / "words.yaml")
    assert load_reference("words.yaml") == parsed
    assert list(cache.iterdir()), "nothing was kept"
    _refuse_parsing(monkeypatch)
    assert load_reference("words.yaml") == parsed


def test_the_values_read_back_are_a_new_copy_each_time(own_reference):
    folder, _cache = own_reference
    (folder / "words.yaml").write_text("en: [hello]\n", encoding="utf-8")
    _age(folder / "words.yaml")
    first = load_reference("words.yaml")
    first["en"].append("changed by a caller")
    assert load_reference("words.yaml") == {"en": ["hello"]}


@pytest.mark.parametrize("before, after, expected", [
    ("en: [hello]\n", "en: [hello, hi]\n", {"en": ["hello", "hi"]}),  # another size
    ("en: [hello]\n", "en: [howdy]\n", {"en": ["howdy"]}),  # the same size, another time
])
def test_a_file_changed_since_is_parsed_again(own_reference, before, after, expected):
    folder, _cache = own_reference
    path = folder / "words.yaml"
    path.write_text(before, encoding="utf-8")
    _age(path, 120)
    load_reference("words.yaml")
    path.write_text(after, encoding="utf-8")
    _age(path, 60)
    assert load_reference("words.yaml") == expected


def test_a_file_saved_just_now_is_not_kept(own_reference):
    folder, cache = own_reference
    (folder / "words.yaml").write_text("en: [hello]\n", encoding="utf-8")
    assert load_reference("words.yaml") == {"en": ["hello"]}
    assert not cache.exists() or not list(cache.iterdir())


@pytest.mark.parametrize("damage", [b"", b"not a pickle", b"\x80\x05garbage"])
def test_a_damaged_cache_file_is_parsed_again(own_reference, damage):
    folder, cache = own_reference
    (folder / "words.yaml").write_text("en: [hello]\n", encoding="utf-8")
    _age(folder / "words.yaml")
    load_reference("words.yaml")
    for kept in cache.iterdir():
        kept.write_bytes(damage)
    assert load_reference("words.yaml") == {"en": ["hello"]}


def test_without_a_cache_folder_nothing_is_written(tmp_path, monkeypatch):
    folder = tmp_path / "reference"
    folder.mkdir()
    (folder / "words.yaml").write_text("en: [hello]\n", encoding="utf-8")
    _age(folder / "words.yaml")
    monkeypatch.setattr(reference_module, "_reference_file", lambda name: folder / name)
    keep_parsed_in(None)
    assert load_reference("words.yaml") == {"en": ["hello"]}
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["reference", "words.yaml"]


@pytest.mark.parametrize("name", ["missions.yaml", "countries.yaml", "vocabulary.yaml"])
def test_the_shipped_files_read_back_as_parsed(tmp_path, name):
    keep_parsed_in(None)
    parsed = load_reference(name)
    keep_parsed_in(tmp_path)
    try:
        assert load_reference(name) == parsed  # parsed and kept (or parsed only, if just installed)
        assert load_reference(name) == parsed  # read back
    finally:
        keep_parsed_in(None)


def test_the_plugin_keeps_parsed_reference_data_in_the_project_cache(tmp_path):
    from newsdossier.plugin import NewsdossierPlugin

    (tmp_path / "mkdocs.yml").write_text("site_name: t\n", encoding="utf-8")
    plugin = NewsdossierPlugin()
    plugin.load_config({"root": str(tmp_path)})

    class Config(dict):
        config_file_path = str(tmp_path / "mkdocs.yml")

    try:
        plugin.on_config(Config())
        assert reference_module._PARSED["folder"] == tmp_path / ".newsdossier-cache" / "parsed-reference"
    finally:
        keep_parsed_in(None)


def test_a_file_loaded_twice_in_one_run_is_parsed_once(tmp_path, monkeypatch):
    folder = tmp_path / "reference"
    folder.mkdir()
    (folder / "words.yaml").write_text("en: [hello]\nfr: [bonjour]\n", encoding="utf-8")
    _age(folder / "words.yaml")
    monkeypatch.setattr(reference_module, "_reference_file", lambda name: folder / name)
    keep_parsed_in(None)
    first = load_reference("words.yaml")
    _refuse_parsing(monkeypatch)
    first["en"].append("changed by a caller")
    assert load_reference("words.yaml") == {"en": ["hello"], "fr": ["bonjour"]}


def test_a_file_saved_just_now_is_parsed_at_each_load(tmp_path, monkeypatch):
    folder = tmp_path / "reference"
    folder.mkdir()
    (folder / "words.yaml").write_text("en: [hello]\n", encoding="utf-8")
    monkeypatch.setattr(reference_module, "_reference_file", lambda name: folder / name)
    keep_parsed_in(None)
    load_reference("words.yaml")
    calls = []
    parse = reference_module._yaml.load
    monkeypatch.setattr(reference_module._yaml, "load", lambda handle: calls.append(1) or parse(handle))
    assert load_reference("words.yaml") == {"en": ["hello"]}
    assert calls == [1]


def test_normalize_keeps_parsed_reference_data_in_the_shared_cache(tmp_path):
    # a new process, as a researcher's run is: in this one, other tests' runs may already hold
    # the parsed files (and the functions built on them) in memory, so nothing would be read
    shared = tmp_path / "shared"
    (tmp_path / "project" / "seeds").mkdir(parents=True)
    (tmp_path / "project" / "seeds" / "one.txt").write_text(
        "Talks resume in Geneva\n\nGENEVA, 3 March 2021 - Delegates met on Wednesday to resume the talks.\n", encoding="utf-8")
    env = dict(os.environ, NEWSDOSSIER_CACHE_DIR=str(shared), PYTHONPATH=str(Path(reference_module.__file__).parent.parent))
    result = subprocess.run([sys.executable, "-m", "newsdossier.cli", "normalize", "--jobs", "1"], cwd=tmp_path / "project",
                            env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    kept = list((shared / "parsed-reference").rglob("*.pickle"))
    assert {path.name for path in kept} >= {"countries.pickle", "vocabulary.pickle"}


def test_each_installation_keeps_its_parsed_files_apart(tmp_path, monkeypatch):
    from newsdossier.reference import shared_parsed_folder

    monkeypatch.setattr(reference_module, "_reference_file", lambda name: tmp_path / "one" / name)
    first = shared_parsed_folder(tmp_path)
    monkeypatch.setattr(reference_module, "_reference_file", lambda name: tmp_path / "two" / name)
    assert shared_parsed_folder(tmp_path) != first
    assert first.parent == shared_parsed_folder(tmp_path).parent == tmp_path / "parsed-reference"
