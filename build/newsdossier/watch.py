"""Watching data/, seeds/ and templates/ under `mkdocs serve` through the operating system's
change notices rather than MkDocs' polling.

MkDocs' server polls every watched folder twice a second (watchdog's PollingObserver, one
`stat` per file): with 10,000 articles, data/ and seeds/ hold about 30,000 files and the polling
alone takes about a third of a core, in the same process as the rebuild. Here a native observer
(inotify on Linux, FSEvents on macOS, ReadDirectoryChangesW on Windows; watchdog's documentation,
"Supported platforms") watches those folders, and on a change touches one flag file in a small
folder that MkDocs polls: MkDocs still decides when to rebuild, through its public
`server.watch`, and polls one file instead of 30,000.

Change notices are not delivered on some file systems (network drives, some container bind
mounts, Windows drives seen from WSL): the plugin option `watch: polling` keeps MkDocs' own
polling of every folder there.
"""
from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Any, Callable, Iterable

FLAG = "changed"  # the flag file's name, in the flag folder
CHANGES = frozenset({"created", "modified", "deleted", "moved", "closed"})  # watchdog's event types of a change ("closed": after a write)


class FlagTouch:
    """A watchdog event handler that touches `flag` (a file, created if missing) on any change
    to a file under the watched folders. Directory events are left out: MkDocs' own handler
    leaves them out too (mkdocs.livereload.LiveReloadServer.watch)."""

    def __init__(self, flag: Path):
        self.flag = flag

    def dispatch(self, event: Any) -> None:
        """watchdog's entry point: `event` has `is_directory` and `event_type`. Only a change
        counts (CHANGES): watchdog's native observers also report a file opened or closed
        unwritten, and the build reads every file of data/, so counting those would rebuild
        forever. Never raises: a flag that cannot be written is left for the next change."""
        if event.is_directory or getattr(event, "event_type", None) not in CHANGES:
            return
        try:
            self.flag.parent.mkdir(parents=True, exist_ok=True)
            with open(self.flag, "a", encoding="utf-8"):
                pass
            os.utime(self.flag)
        except OSError:
            pass


def watch_natively(folders: Iterable[Path], flag_dir: Path, *, observer_factory: Callable[[], Any] | None = None) -> Any | None:
    """Start a native observer on `folders` (recursively) that touches flag_dir/changed on every
    file change under them. Returns the started observer (call
    `.stop()` when done), or None when the platform gives no native observer or starting it
    fails (OSError, e.g. the inotify watch limit reached): the caller then polls the folders
    itself. `observer_factory` defaults to watchdog.observers.Observer (for tests)."""
    if observer_factory is None:
        from watchdog.observers import Observer
        from watchdog.observers.polling import PollingObserver
        if Observer is PollingObserver:  # no native observer on this platform
            return None
        observer_factory = Observer
    handler = FlagTouch(flag_dir / FLAG)
    observer = observer_factory()
    try:
        for folder in folders:
            observer.schedule(handler, str(folder), recursive=True)
        observer.start()
    except (OSError, RuntimeError):
        with contextlib.suppress(Exception):
            observer.stop()
        return None
    return observer

