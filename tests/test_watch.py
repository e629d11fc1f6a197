"""`mkdocs serve` notices changes to data/, seeds/ and templates/ through the operating system's
change notices (watch.py) and MkDocs polls one flag file, not every file of the corpus; where
no notices come, MkDocs polls the folders as before."""
from __future__ import annotations

import os
import time
from pathlib import Path
from types import SimpleNamespace

import pytest

from newsdossier.plugin import NewsdossierPlugin
from newsdossier.watch import FLAG, SETTLE_LIMIT, FlagTouch, LightPoller, watch_natively


def _wait(predicate, seconds: float = 10.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.05)
    return False


@pytest.mark.parametrize("change", ["write", "create", "delete", "move"])
def test_a_change_to_a_file_in_a_watched_folder_touches_the_flag(tmp_path: Path, change: str):
    watched = tmp_path / "data" / "articles"
    watched.mkdir(parents=True)
    existing = watched / "a.md"
    existing.write_text("title: a\n", encoding="utf-8")
    flag_dir = tmp_path / "cache"
    observer = watch_natively([tmp_path / "data"], flag_dir)
    if observer is None:
        pytest.skip("no native change notices on this platform")
    try:
        time.sleep(0.2)
        assert not (flag_dir / FLAG).exists()
        if change == "write":
            existing.write_text("title: b\n", encoding="utf-8")
        elif change == "create":
            (watched / "b.md").write_text("title: b\n", encoding="utf-8")
        elif change == "delete":
            existing.unlink()
        else:
            existing.rename(watched / "c.md")
        assert _wait((flag_dir / FLAG).exists), f"no flag after a {change}"
    finally:
        observer.stop()
        observer.join()


def test_reading_a_watched_file_touches_nothing(tmp_path: Path):
    """The build reads every file of data/: a read (opened, closed unwritten) is no change,
    or every build would start the next."""
    watched = tmp_path / "data"
    watched.mkdir()
    existing = watched / "a.md"
    existing.write_text("title: a\n", encoding="utf-8")
    flag_dir = tmp_path / "cache"
    observer = watch_natively([watched], flag_dir)
    if observer is None:
        pytest.skip("no native change notices on this platform")
    try:
        time.sleep(0.2)
        assert existing.read_text(encoding="utf-8") == "title: a\n"
        assert not _wait((flag_dir / FLAG).exists, seconds=1.0)
    finally:
        observer.stop()
        observer.join()


_MODIFIED = SimpleNamespace(is_directory=False, event_type="modified")


def test_the_flag_is_touched_again_on_a_later_change(tmp_path: Path):
    flag = tmp_path / "cache" / FLAG
    handler = FlagTouch(flag, quiet=0.05)
    handler.dispatch(_MODIFIED)
    assert _wait(flag.exists)
    first = flag.stat().st_mtime_ns
    time.sleep(0.02)
    handler.dispatch(_MODIFIED)
    assert _wait(lambda: flag.stat().st_mtime_ns > first)


def _touch_count(handler) -> list:
    touches = []
    real_touch = handler.touch
    handler.touch = lambda: (touches.append(1), real_touch())
    return touches


def test_a_save_told_in_two_notices_apart_touches_the_flag_once(tmp_path: Path):
    """An editor truncates the file, then writes it a moment later: two notices. Before, each
    touched the flag, and the second could reach MkDocs after the build the first started had
    begun: a second build that read nothing new."""
    handler = FlagTouch(tmp_path / "cache" / FLAG, quiet=0.2)
    touches = _touch_count(handler)
    handler.dispatch(_MODIFIED)
    time.sleep(0.1)
    handler.dispatch(_MODIFIED)
    assert touches == []
    assert _wait(lambda: touches == [1])
    time.sleep(0.4)
    assert touches == [1]


def test_a_notice_not_yet_told_when_a_build_starts_is_the_builds(tmp_path: Path):
    handler = FlagTouch(tmp_path / "cache" / FLAG, quiet=0.2)
    touches = _touch_count(handler)
    handler.dispatch(_MODIFIED)
    handler.hold()
    handler.release()
    time.sleep(0.5)
    assert touches == []


def test_a_directory_event_touches_nothing(tmp_path: Path):
    flag = tmp_path / "cache" / FLAG
    FlagTouch(flag, quiet=0.0).dispatch(SimpleNamespace(is_directory=True, event_type="modified"))
    time.sleep(0.2)
    assert not flag.exists()


def test_a_flag_that_cannot_be_written_raises_nothing(tmp_path: Path):
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the folder would be", encoding="utf-8")
    handler = FlagTouch(blocker / FLAG, quiet=0.0)
    handler.touch()
    handler.dispatch(_MODIFIED)
    time.sleep(0.2)


class _FailingObserver:
    """An observer that cannot watch (as when the inotify watch limit is reached)."""

    stopped = False

    def schedule(self, handler, path, recursive=False):
        raise OSError(28, "inotify watch limit reached")

    def start(self):
        raise AssertionError("not started after a failed schedule")

    def stop(self):
        type(self).stopped = True


def test_an_observer_that_cannot_watch_gives_none(tmp_path: Path):
    assert watch_natively([tmp_path], tmp_path / "cache", observer_factory=_FailingObserver) is None
    assert _FailingObserver.stopped


class _Server:
    def __init__(self):
        self.watched: list[str] = []

    def watch(self, path: str) -> None:
        self.watched.append(path)


def _plugin(project: Path, watch: str) -> NewsdossierPlugin:
    for folder in ("data", "seeds", "templates"):
        (project / folder).mkdir(parents=True, exist_ok=True)
    (project / "mkdocs.yml").write_text("site_name: t\n", encoding="utf-8")
    plugin = NewsdossierPlugin()
    errors, warnings = plugin.load_config({"root": ".", "templates": "templates", "watch": watch}, str(project / "mkdocs.yml"))
    assert not errors, errors
    plugin.on_config(SimpleNamespace(config_file_path=str(project / "mkdocs.yml")))
    return plugin


def test_native_watching_has_mkdocs_poll_only_the_flag_folder(tmp_path: Path):
    plugin = _plugin(tmp_path, "native")
    server = _Server()
    plugin.on_serve(server, None, None)
    try:
        if plugin.observer is None:
            pytest.skip("no native change notices on this platform")
        assert server.watched == [str(tmp_path / ".newsdossier-cache" / "serve-watch")]
        (tmp_path / "seeds" / "new.txt").write_text("A seed.\n", encoding="utf-8")
        assert _wait((tmp_path / ".newsdossier-cache" / "serve-watch" / FLAG).exists)
    finally:
        plugin.on_shutdown()
    assert plugin.observer is None


def test_polling_has_mkdocs_poll_only_the_flag_folder_that_our_poller_touches(tmp_path: Path):
    plugin = _plugin(tmp_path, "polling")
    server = _Server()
    plugin.on_serve(server, None, None)
    try:
        assert isinstance(plugin.observer, LightPoller)
        assert server.watched == [str(tmp_path / ".newsdossier-cache" / "serve-watch")]
        (tmp_path / "data" / "new.md").write_text("title: n\n", encoding="utf-8")
        assert _wait((tmp_path / ".newsdossier-cache" / "serve-watch" / FLAG).exists)
    finally:
        plugin.on_shutdown()
    assert plugin.observer is None


@pytest.mark.parametrize("change", ["added", "saved", "removed", "added in a subfolder", "saved, same size, time set back",
                                    "replaced by a rename, same size and time"])
def test_a_poll_notices_each_kind_of_change_and_nothing_else(tmp_path: Path, change: str):
    watched = tmp_path / "data"
    (watched / "articles").mkdir(parents=True)
    existing = watched / "articles" / "a.md"
    existing.write_text("title: a\n", encoding="utf-8")
    poller = LightPoller([watched], tmp_path / "flag")
    flag = tmp_path / "flag" / FLAG
    existing.read_text(encoding="utf-8")  # reading is no change
    assert not poller.poll() and not flag.exists()
    if change == "added":
        (watched / "b.md").write_text("title: b\n", encoding="utf-8")
    elif change == "saved":
        existing.write_text("title: a, longer\n", encoding="utf-8")
    elif change == "removed":
        existing.unlink()
    elif change == "saved, same size, time set back":
        before = existing.stat()
        existing.write_text("title: b\n", encoding="utf-8")
        os.utime(existing, ns=(before.st_atime_ns, before.st_mtime_ns))
    elif change == "replaced by a rename, same size and time":
        before = existing.stat()
        copy = tmp_path / "copy.md"
        copy.write_text("title: c\n", encoding="utf-8")
        os.utime(copy, ns=(before.st_atime_ns, before.st_mtime_ns))
        os.replace(copy, existing)
    else:
        (watched / "articles" / "deeper").mkdir()
        (watched / "articles" / "deeper" / "c.md").write_text("title: c\n", encoding="utf-8")
    assert poller.poll() and not flag.exists()  # told once the change has settled:
    assert not poller.poll() and flag.exists()  # the next poll finds nothing new


def _counted_touches(poller: LightPoller) -> list:
    touches = []
    real_touch = poller.flag.touch
    poller.flag.touch = lambda: (touches.append(1), real_touch())
    return touches


def test_a_save_caught_half_written_by_one_poll_and_finished_by_the_next_is_told_once(tmp_path: Path):
    """An editor truncates the file, then writes it: a poll between the two saw the save, the
    next its end. Before, each poll touched the flag, and the second touch could reach MkDocs
    after the build the first started had begun: a second build that read nothing new."""
    watched = tmp_path / "seeds"
    watched.mkdir()
    seed = watched / "a.txt"
    seed.write_text("A seed.\n", encoding="utf-8")
    poller = LightPoller([watched], tmp_path / "flag")
    touches = _counted_touches(poller)
    seed.write_text("", encoding="utf-8")
    assert poller.poll() and touches == []
    seed.write_text("A seed, saved again with a sentence more.\n", encoding="utf-8")
    assert poller.poll() and touches == []
    assert not poller.poll() and touches == [1]
    assert not poller.poll() and touches == [1]


def test_a_stream_of_changes_is_told_once_its_first_is_old_enough(tmp_path: Path, monkeypatch):
    watched = tmp_path / "seeds"
    watched.mkdir()
    poller = LightPoller([watched], tmp_path / "flag")
    touches = _counted_touches(poller)
    clock = [100.0]
    monkeypatch.setattr(time, "monotonic", lambda: clock[0])
    for second in range(int(SETTLE_LIMIT) + 1):
        (watched / f"{second}.txt").write_text("A seed.\n", encoding="utf-8")
        assert poller.poll()
        assert touches == ([1] if second >= SETTLE_LIMIT else []), second
        clock[0] += 1.0


def test_a_change_not_yet_told_when_a_build_starts_is_the_builds(tmp_path: Path):
    watched = tmp_path / "data"
    watched.mkdir()
    poller = LightPoller([watched], tmp_path / "flag")
    touches = _counted_touches(poller)
    (watched / "a.md").write_text("title: a\n", encoding="utf-8")
    assert poller.poll() and touches == []
    poller.pause()
    poller.rebase([watched])
    poller.resume()
    assert not poller.poll() and touches == []


def test_a_poll_that_fails_is_logged_and_polling_goes_on(tmp_path: Path, monkeypatch, caplog):
    watched = tmp_path / "seeds"
    watched.mkdir()
    poller = LightPoller([watched], tmp_path / "flag", interval=0.05)
    calls = []
    real_poll = poller.poll

    def failing_once():
        calls.append(1)
        if len(calls) == 1:
            raise ValueError("a listing that could not be compared")
        return real_poll()

    monkeypatch.setattr(poller, "poll", failing_once)
    poller.start()
    try:
        assert _wait(lambda: len(calls) >= 2)
        (watched / "new.txt").write_text("A seed.\n", encoding="utf-8")
        assert _wait((tmp_path / "flag" / FLAG).exists)
    finally:
        poller.stop()
    assert "could not be compared" in caplog.text


def test_a_change_made_while_paused_is_noticed_after_the_pause(tmp_path: Path):
    watched = tmp_path / "seeds"
    watched.mkdir()
    poller = LightPoller([watched], tmp_path / "flag", interval=0.05).start()
    try:
        poller.pause()
        time.sleep(0.2)
        (watched / "new.txt").write_text("A seed.\n", encoding="utf-8")
        time.sleep(0.3)
        assert not (tmp_path / "flag" / FLAG).exists()  # no poll while paused
        poller.resume()
        assert _wait((tmp_path / "flag" / FLAG).exists)
    finally:
        poller.stop()


def test_an_unknown_watch_option_is_a_configuration_error(tmp_path: Path):
    plugin = NewsdossierPlugin()
    errors, _warnings = plugin.load_config({"watch": "sometimes"}, str(tmp_path / "mkdocs.yml"))
    assert errors and "watch" in str(errors[0])


def _flag_after(plugin, tmp_path: Path, during_build) -> bool:
    """Under polling: a save seen half-written (its file truncated) starts a build; the
    rest of the save lands before the build starts (hold) or while it runs (during_build);
    whether the flag is touched again after the build ends."""
    flag = tmp_path / ".newsdossier-cache" / "serve-watch" / FLAG
    article = tmp_path / "data" / "article.md"
    article.write_text("", encoding="utf-8")  # the save as a poll may catch it: truncated
    assert _wait(flag.exists)
    flag.unlink()
    if during_build is None:
        article.write_text("title: the whole save\n", encoding="utf-8")
    plugin._watch_hold()  # the build starts: it reads data/ from here on
    if during_build is not None:
        during_build(article)
    plugin._watch_release()
    time.sleep(0.6)
    return flag.exists()


def test_a_save_caught_half_written_makes_one_build_under_polling(tmp_path: Path):
    plugin = _plugin(tmp_path, "polling")
    plugin.on_serve(_Server(), None, None)
    try:
        assert not _flag_after(plugin, tmp_path, None)
    finally:
        plugin.on_shutdown()


def test_a_save_made_while_a_build_runs_still_starts_the_next_build_under_polling(tmp_path: Path):
    plugin = _plugin(tmp_path, "polling")
    plugin.on_serve(_Server(), None, None)
    try:
        assert _flag_after(plugin, tmp_path, lambda article: article.write_text("title: saved during the build\n", encoding="utf-8"))
    finally:
        plugin.on_shutdown()


def test_a_poll_under_way_when_a_build_starts_does_not_undo_what_the_build_takes_as_seen(tmp_path: Path, monkeypatch):
    """A poll lists a save half-written (the file truncated); the build starts (pause, rebase)
    while that poll is still comparing, and reads the file finished. Before, the poll's stale
    listing replaced the build's once it ended, so the first poll after the build saw the
    finished file as a second save and started a second build ('0 changed')."""
    import threading

    import newsdossier.watch as watch

    watched = tmp_path / "data"
    watched.mkdir()
    article = watched / "a.md"
    article.write_text("title: a\n", encoding="utf-8")
    poller = LightPoller([watched], tmp_path / "flag")
    article.write_text("", encoding="utf-8")  # the save, caught half-written by the poll below
    half_written = watch.folder_state([watched])
    entered, go = threading.Event(), threading.Event()
    real_state = watch.folder_state

    def slow_listing(folders):
        if threading.current_thread().name == "poll":
            entered.set()
            go.wait(5)
            return half_written
        return real_state(folders)

    monkeypatch.setattr(watch, "folder_state", slow_listing)
    poll = threading.Thread(target=poller.poll, name="poll")
    poll.start()
    assert entered.wait(5)
    article.write_text("title: a, edited\n", encoding="utf-8")  # the save finished before the build reads it

    def build_starts():
        poller.pause()
        poller.rebase([watched])

    build = threading.Thread(target=build_starts)
    build.start()
    time.sleep(0.1)
    go.set()
    poll.join(5)
    build.join(5)
    poller.resume()
    assert not poller.poll()  # the build read the finished file: no second build
    article.write_text("title: a, edited again\n", encoding="utf-8")
    assert poller.poll()  # a save after the build starts one
