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
mounts, Windows drives seen from WSL): the plugin option `watch: polling` (the default) polls
the folders instead, but with LightPoller, a thread comparing one `stat` per file as plain
tuples and paused while a build runs, which touches the same flag file for MkDocs.
"""
from __future__ import annotations

import contextlib
import logging
import os
from pathlib import Path
from typing import Any, Callable, Iterable

_log = logging.getLogger("mkdocs.plugins.newsdossier")

FLAG = "changed"  # the flag file's name, in the flag folder
CHANGES = frozenset({"created", "modified", "deleted", "moved", "closed"})  # watchdog's event types of a change ("closed": after a write)
# A change is told (the flag touched) once it has settled: after QUIET seconds with no other
# change, or, under a stream of changes (a scraper writing seeds, a copy of thousands of files),
# once the first change not yet told is SETTLE_LIMIT seconds old, so the site follows a long
# copy as it goes. Told at each change, a save written in two steps (an editor truncates a
# file, then writes it) touched the flag twice, and the second touch could reach MkDocs after
# the build the first started had begun: a second build that read nothing new.
QUIET = 0.25
SETTLE_LIMIT = 2.0


class FlagTouch:
    """A watchdog event handler that touches `flag` (a file, created if missing) once a change
    to a file under the watched folders has settled (QUIET, SETTLE_LIMIT), in a timer thread.
    Directory events are left out: MkDocs' own handler leaves them out too
    (mkdocs.livereload.LiveReloadServer.watch)."""

    def __init__(self, flag: Path, quiet: float = QUIET):
        import threading

        self.flag = flag
        self.quiet = quiet
        self._lock = threading.Lock()
        self._held: set[str] | None = None  # while a build runs: the paths changed, not yet told
        self._known: dict[str, tuple | None] = {}  # what the build itself wrote (rebase)
        self._rebased: tuple[str, ...] = ()
        self._untold: float | None = None  # time.monotonic() of the first change not yet told
        self._timer: Any = None  # the threading.Timer that tells it

    def dispatch(self, event: Any) -> None:
        """watchdog's entry point: `event` has `is_directory` and `event_type` (and `src_path`,
        `dest_path` for a move). Only a change counts (CHANGES): watchdog's native observers
        also report a file opened or closed unwritten, and the build reads every file of data/,
        so counting those would rebuild forever. While held (a build runs), the paths are kept
        for release(); otherwise the change is told once settled. Never raises: a flag that
        cannot be written is left for the next change."""
        import threading
        import time

        if event.is_directory or getattr(event, "event_type", None) not in CHANGES:
            return
        with self._lock:
            if self._held is not None:
                self._held.update(str(p) for p in (getattr(event, "src_path", ""), getattr(event, "dest_path", "")) if p)
                return
            now = time.monotonic()
            if self._untold is None:
                self._untold = now
            if self._timer is not None:
                self._timer.cancel()
            self._timer = threading.Timer(0 if now - self._untold >= SETTLE_LIMIT else self.quiet, self._tell)
            self._timer.daemon = True
            self._timer.start()

    def _tell(self) -> None:
        with self._lock:
            if self._untold is None:  # a build started meanwhile (hold): the change is its own
                return
            self._untold, self._timer = None, None
        self.touch()

    def hold(self) -> None:
        """A build starts: changes are kept, not told, until release(); a change not yet told is
        the build's (it reads the folders as they are now)."""
        with self._lock:
            self._held, self._known, self._rebased = set(), {}, ()
            if self._timer is not None:
                self._timer.cancel()
            self._untold, self._timer = None, None

    def rebase(self, folders: Iterable[Path]) -> None:
        """The build wrote to `folders` itself (normalize writing data/) and reads them next:
        what they hold now is its own, no save (as LightPoller.rebase)."""
        folders = list(folders)
        known = folder_state(folders)
        with self._lock:
            self._known = known
            self._rebased = tuple(os.path.join(str(folder), "") for folder in folders)

    def release(self) -> None:
        """The build ended: the flag is touched if a change kept meanwhile is not the build's own
        (a file under a rebased folder that reads as it did at rebase, or is gone as it was)."""
        from .store import stat_signature

        with self._lock:
            held, known, rebased = self._held or set(), self._known, self._rebased
            self._held, self._known, self._rebased = None, {}, ()
        for path in sorted(held):
            if rebased and path.startswith(rebased):
                try:
                    now = stat_signature(os.stat(path, follow_symlinks=False))
                except OSError:
                    now = None
                if known.get(path) == now:
                    continue
            self.touch()
            return

    def touch(self) -> None:
        """Touch the flag (created if missing); never raises."""
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
    observer.flag_touch = handler  # hold(), rebase() and release() around a build (plugin.py)
    try:
        for folder in folders:
            observer.schedule(handler, str(folder), recursive=True)
        observer.start()
    except (OSError, RuntimeError):
        with contextlib.suppress(Exception):
            observer.stop()
        return None
    return observer



def folder_state(folders: Iterable[Path]) -> dict[str, tuple[int, int, int, int]]:
    """{path: store.stat_signature} of every file under the folders (recursively; links are
    not followed), read with one directory listing per folder and one `stat` per file. A file
    or folder that vanishes while it is read is left out."""
    from .store import stat_signature

    state: dict[str, tuple[int, int, int, int]] = {}
    pending = [str(folder) for folder in folders]
    while pending:
        folder = pending.pop()
        try:
            with os.scandir(folder) as entries:
                for entry in entries:
                    try:
                        if entry.is_dir(follow_symlinks=False):
                            pending.append(entry.path)
                        else:
                            stat = entry.stat(follow_symlinks=False)
                            state[entry.path] = stat_signature(stat)
                    except OSError:
                        continue
        except OSError:
            continue
    return state


class LightPoller:
    """Polls folders for changes in a thread of its own and touches `flag_dir`/changed on each
    (added, removed, saved file), for MkDocs to poll that one file: MkDocs' own polling
    (watchdog's PollingObserver) keeps a snapshot object per file and compares them in Python,
    about 0.3 s of the interpreter twice a second with 20,000 files, taken from the rebuild
    it runs beside. Here a poll is one listing per folder and one `stat` per file compared as
    plain tuples (folder_state), every `interval` seconds or, on a large corpus, every
    SPACING times the CPU time the last poll took. `pause()` stops polling while a build runs (the build has the
    interpreter to itself); the first poll after `resume()` compares with the state before the
    pause, so a save made during the build is noticed then.

    The flag is touched once a change has settled (see QUIET): by the first poll that finds the
    folders as the one before it left them, or, under a stream of changes, once the first change
    not yet told is SETTLE_LIMIT seconds old. A save a poll catches half-written is so told once,
    finished."""

    def __init__(self, folders: Iterable[Path], flag_dir: Path, interval: float = 0.25):
        import threading

        self.folders = list(folders)
        self.flag = FlagTouch(flag_dir / FLAG)
        self.interval = interval
        self._state = folder_state(self.folders)
        self._stopped = threading.Event()
        # Held by a poll from its listing to its verdict, and by pause() and rebase(): a poll
        # under way when a build starts ends before the build takes the folders as seen, so the
        # state it listed (a save caught half-written) never replaces the build's.
        self._lock = threading.Lock()
        self._running = threading.Event()  # set: polling; clear: paused
        self._running.set()
        self._untold: float | None = None  # time.monotonic() of the first change not yet told, if any
        self._thread = threading.Thread(target=self._run, name="newsdossier-poll", daemon=True)

    def start(self) -> "LightPoller":
        """Start polling in the thread; returns self."""
        self._thread.start()
        return self

    def poll(self) -> bool:
        """Compare the folders with the last poll; touch the flag once a change has settled (see
        the class). True if the folders changed since the last poll (False while paused)."""
        import time

        with self._lock:
            if not self._running.is_set():  # paused while this poll waited for the lock
                return False
            state = folder_state(self.folders)
            changed, self._state = state != self._state, state
            now = time.monotonic()
            if changed and self._untold is None:
                self._untold = now
            tell = self._untold is not None and (not changed or now - self._untold >= SETTLE_LIMIT)
            if tell:
                self._untold = None
        if tell:
            self.flag.touch()
        return changed

    # A poll takes about 0.13 s of a core with 30,000 files: the next waits at least this many
    # times as long, so that polling takes at most a fifth of a core whatever the corpus.
    SPACING = 4

    def _run(self) -> None:
        import time

        wait = self.interval
        while not self._stopped.wait(wait):
            self._running.wait()
            if self._stopped.is_set():
                return
            started = time.thread_time()  # this thread's CPU: not the build's or the server's
            try:
                self.poll()
            except Exception as error:  # a poll that fails is tried again; the thread never dies
                _log.warning("newsdossier: watching the project's files failed: %s", error)
            wait = max(self.interval, self.SPACING * (time.thread_time() - started))

    def rebase(self, folders: Iterable[Path]) -> None:
        """Take what `folders` (some of the watched ones) hold now as seen: the build calls it
        once it has written there itself (normalize writing data/ from a saved seed) and before
        it reads them, so its own writes do not count as a save and start a second build. A
        save made to them after this call is noticed as any other."""
        folders = [folder for folder in folders if folder in self.folders]
        prefixes = tuple(os.path.join(str(folder), "") for folder in folders)
        with self._lock:
            fresh = folder_state(folders)
            state = {path: signature for path, signature in self._state.items() if not path.startswith(prefixes)}
            state.update(fresh)
            self._state = state

    def pause(self) -> None:
        """Stop polling until resume() (a build is running); returns once a poll under way has
        ended. A change not yet told is the build's: it reads the folders as they are now."""
        self._running.clear()
        with self._lock:
            self._untold = None

    def resume(self) -> None:
        """Poll again; the first poll compares with the state before the pause."""
        self._running.set()

    def stop(self) -> None:
        """End polling and wait up to 5 s for the thread."""
        self._stopped.set()
        self._running.set()
        if self._thread.is_alive():
            self._thread.join(timeout=5)

