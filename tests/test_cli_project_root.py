"""A --root that names no project is told, not reported as an empty corpus that passed:
normalize and check on a mistyped path, a file, or a folder without seeds/ or data/."""
from __future__ import annotations

import pytest

from newsdossier.cli import main


@pytest.mark.parametrize("command", ["normalize", "check"])
@pytest.mark.parametrize(("make_root", "told"), [
    pytest.param(lambda d: d / "no" / "such" / "folder", "is not a folder (no such path); nothing read", id="mistyped-path"),
    pytest.param(lambda d: (d / "article.txt").write_text("A text.") and d / "article.txt", "is not a folder; nothing read", id="a-file"),
])
def test_a_root_that_is_no_folder_is_told_and_exits_2(tmp_path, capsys, command, make_root, told):
    root = make_root(tmp_path)
    assert main([command, "--root", str(root)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"{command}: --root {root} ") and told in err
    assert not (tmp_path / ".newsdossier-cache").exists()


def test_normalize_in_a_folder_without_seeds_or_data_writes_nothing(tmp_path, capsys):
    assert main(["normalize", "--root", str(tmp_path)]) == 2
    assert "holds neither seeds/ nor data/" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []  # no cache folder, no data/


def test_check_without_data_says_there_is_nothing_to_check(tmp_path, capsys):
    (tmp_path / "seeds").mkdir()
    assert main(["check", "--root", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "has no data/ folder: nothing to check" in err and "is valid" not in err


def test_a_project_of_seeds_alone_is_normalized_and_then_checked(tmp_path, capsys):
    # near miss: a new project (seeds/, no data/ yet) is one
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "note.txt").write_text("Blue helmets rebuild a bridge\n\nEngineers of the mission rebuilt the bridge on Monday.\n",
                                                 encoding="utf-8")
    assert main(["normalize", "--root", str(tmp_path), "--jobs", "1"]) == 0
    assert main(["check", "--root", str(tmp_path)]) == 0
    assert "check: data/ is valid (1 article" in capsys.readouterr().err
