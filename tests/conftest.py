"""Shared fixtures: projects made from fixture corpora (never from the repository's own seeds/ or
data/, which a researcher replaces), the site built from the example corpus, a browser."""
from __future__ import annotations

import atexit
import contextlib
import functools
import http.server
import os
import signal
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]


@pytest.fixture(scope="session", autouse=True)
def shared_cache_folder(tmp_path_factory) -> Path:
    """The copies no project owns (store.shared_cache: the language model, the spelling lists)
    go to one folder of this test session, shared by its workers, never to the user's cache.
    Set in the environment, so the commands the tests run use it too."""
    from newsdossier.store import SHARED_CACHE_VARIABLE

    base = tmp_path_factory.getbasetemp()
    folder = (base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base) / "shared-cache"
    os.environ[SHARED_CACHE_VARIABLE] = str(folder)
    return folder


def pytest_addoption(parser):
    parser.addoption("--project-root", default=str(ROOT), help="the project whose corpus tests/test_project.py checks (default: this repository)")


def run(*args: str, cwd: Path, check: bool = False) -> subprocess.CompletedProcess:
    """Run a command of the installed tool as a user would, capturing its output."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    return subprocess.run([str(BIN / args[0]), *args[1:]], cwd=cwd, env=env, capture_output=True, text=True, check=check)


EXAMPLE_SEEDS = ROOT / "tests" / "corpus" / "example" / "seeds"
"""The five example articles the repository ships in seeds/, frozen here with their labels
(tests/corpus/example/labels.yaml): the corpus most tests run on, whatever seeds/ holds."""
OTHER_SEEDS = [ROOT / "tests" / "corpus" / name for name in (
    "test/en_un-press-2023-accra-peacekeeping-ministerial-announced.txt",
    "test/fr_kbs_reunion_ministerielle_accra.txt",
    "dev/es_efe_ultimahora_ministerial_londres_2016.txt",
    "test/vi_baoquocte_congbinh2_abyei.txt",
)]
"""A different small corpus (four labelled articles in four languages), for a researcher's own dossier."""


def new_project(target: Path, seeds: Path | list[Path] = EXAMPLE_SEEDS) -> Path:
    """Make `target` a project with no data/ yet: the given seeds (a folder or a list of files)
    in seeds/, the repository's templates/ and mkdocs.yml. Returns `target`."""
    files = sorted(seeds.iterdir()) if isinstance(seeds, Path) else list(seeds)
    (target / "seeds").mkdir(parents=True, exist_ok=True)
    for seed in files:
        shutil.copy(seed, target / "seeds" / seed.name)
    shutil.copytree(ROOT / "templates", target / "templates")
    shutil.copy(ROOT / "mkdocs.yml", target / "mkdocs.yml")
    return target


def copy_project(source: Path, target: Path, long_list: int | None = None) -> Path:
    """Copy a project's seeds/, data/ (with data/.machine), templates/ and mkdocs.yml to `target`;
    with `long_list`, the plugin's threshold for splitting long lists is set to it. Returns `target`."""
    for name in ("seeds", "data", "templates"):
        shutil.copytree(source / name, target / name)
    config = (source / "mkdocs.yml").read_text(encoding="utf-8")
    if long_list is not None:
        assert "      templates: templates\n" in config
        config = config.replace("      templates: templates\n", f"      templates: templates\n      long_list: {long_list}\n")
    (target / "mkdocs.yml").write_text(config, encoding="utf-8")
    return target


def copy_repository(target: Path) -> Path:
    """Copy the repository as a clone would hold it into `target`: the files git tracks, and the
    new files it does not ignore (a change not yet committed is part of the copy); file times
    are kept. Without git, everything but .git, .venv and the built or cached folders."""
    listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                            cwd=ROOT, capture_output=True)
    if listed.returncode == 0:
        names = [name for name in listed.stdout.decode("utf-8").split("\0") if name]
    else:
        skip = {".git", ".venv", "site", "out", "__pycache__", ".pytest_cache", ".hypothesis"}
        names = [str(p.relative_to(ROOT)) for p in ROOT.rglob("*") if p.is_file() and not skip & set(p.relative_to(ROOT).parts)]
    for name in names:
        source = ROOT / name
        if source.is_file() and not source.is_symlink():  # a file deleted but not yet committed is not copied
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    return target


@functools.cache
def example_project() -> Path:
    """The example corpus normalized once per test run, in a temporary folder removed at exit.
    Read only: a test that edits it works on `copy_project(example_project(), tmp_path)`."""
    folder = Path(tempfile.mkdtemp(prefix="newsdossier-example-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    project = new_project(folder / "project")
    result = run("newsdossier", "normalize", cwd=project)
    assert result.returncode == 0, result.stderr
    return project


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A fresh project folder: the example seeds, the repository's templates and mkdocs.yml, and no data/ yet."""
    return new_project(tmp_path)


@pytest.fixture
def normalized(tmp_path: Path) -> Path:
    """A scratch project holding the example seeds and the data/ `newsdossier normalize` produced from them."""
    return copy_project(example_project(), tmp_path / "project")


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The site built with `mkdocs build --strict` from the example corpus."""
    out = tmp_path_factory.mktemp("site")
    result = run("mkdocs", "build", "--strict", "-d", str(out), cwd=example_project())
    assert result.returncode == 0, result.stderr
    return out


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


class _QuietServer(http.server.ThreadingHTTPServer):
    """A browser that leaves a page drops the connections still loading its files: that is
    no error of the site, so it prints nothing (socketserver prints a traceback)."""

    def handle_error(self, request, client_address):
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


@contextlib.contextmanager
def served_folder(folder: Path, handler: type = _QuietHandler):
    """A folder of static files served on a free localhost port: yields its address,
    "http://127.0.0.1:<port>" (no trailing slash); the server stops after the block."""
    server = _QuietServer(("127.0.0.1", 0), functools.partial(handler, directory=str(folder)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()


@pytest.fixture(scope="session")
def site_url(built_site: Path):
    """The built site served on a free localhost port for the browser tests."""
    with served_folder(built_site) as url:
        yield url


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    """Debian's Chromium, headless, with no background traffic (never a downloaded browser)."""
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (make browser)")
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_ARGS}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


SERVE_WAIT = 120  # seconds: a whole rebuild on a slow machine, not a speed figure


def fetch(url: str) -> str | None:
    """The page at url as text, or None while the server cannot answer it."""
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except (urllib.error.URLError, OSError):
        return None


class Served:
    """A running `mkdocs serve`: its process, its address and its log file."""

    def __init__(self, server: subprocess.Popen, base: str, log: Path):
        self.server, self.base, self.log = server, base, log

    def wait_for(self, predicate, what: str):
        """Poll predicate until it gives a true value (returned); fail after SERVE_WAIT seconds
        or when the server stops."""
        deadline = time.monotonic() + SERVE_WAIT
        while time.monotonic() < deadline:
            assert self.server.poll() is None, f"mkdocs serve stopped while waiting for {what}:\n{self.log.read_text()[-2000:]}"
            value = predicate()
            if value:
                return value
            time.sleep(0.5)
        pytest.fail(f"gave up waiting for {what}:\n{self.log.read_text()[-2000:]}")


def _interruptible() -> None:
    """In a child process before it runs its program: SIGINT back to its default action (a
    signal ignored by the parent stays ignored across exec, POSIX execve)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def stop(server: subprocess.Popen) -> None:
    """Stop `mkdocs serve` as Ctrl-C does, so it removes its build folder (a killed server leaves
    a mkdocs_* folder with a whole site in the temporary folder); kill it only if it hangs."""
    if server.poll() is None:
        server.send_signal(signal.SIGINT)
        try:
            server.wait(timeout=60)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


@contextlib.contextmanager
def serving(project: Path, temp: Path, first_page: str, *options: str):
    """`mkdocs serve` (with options, e.g. --dirty) on project, with the temporary folder temp of
    its own, once first_page (a path below the site's root) answers. After the block the server
    is stopped and must have left nothing in temp and ended cleanly."""
    temp.mkdir(exist_ok=True)
    port = free_port()
    log = project / "serve.log"
    with open(log, "w") as out:
        env = dict(os.environ, NO_MKDOCS_2_WARNING="1", TMPDIR=str(temp))
        server = subprocess.Popen(
            [str(BIN / "mkdocs"), "serve", *options, "-a", f"127.0.0.1:{port}"],
            cwd=project, env=env, stdout=out, stderr=subprocess.STDOUT,
            # Ctrl-C (SIGINT) stops the server as a person's does, even when the tests run as a
            # background job, which starts with SIGINT ignored and passes that on to its children
            preexec_fn=_interruptible,
        )
        served = Served(server, f"http://127.0.0.1:{port}", log)
        try:
            served.wait_for(lambda: fetch(f"{served.base}/{first_page}"), "the first build")
            assert [p.name for p in temp.iterdir() if p.name.startswith("mkdocs_")], "the server builds into the temporary folder"
            yield served
        finally:
            stop(server)
    assert sorted(p.name for p in temp.iterdir()) == []
    assert server.returncode == 0, log.read_text(encoding="utf-8")[-2000:]


SERVE_URL = "http://127.0.0.1:8000/"


class DirtySession:
    """One `mkdocs serve --dirty` session without the server: the plugin objects live across
    rebuilds, as MkDocs keeps them when they define on_startup."""

    def __init__(self, project: Path, site: Path):
        self.project, self.site, self.plugins = project, site, None

    def build(self) -> None:
        from mkdocs.commands.build import build
        from mkdocs.config import load_config

        config = load_config(str(self.project / "mkdocs.yml"), site_dir=str(self.site))
        config.site_url = SERVE_URL
        if self.plugins is None:
            config.plugins.on_startup(command="serve", dirty=True)
            self.plugins = config.plugins
        else:
            config.plugins = self.plugins
        build(config, serve_url=SERVE_URL, dirty=True)
        # Under serve the search index is written in the background: wait for it.
        assert self.plugins["newsdossier"].search_settled(timeout=300)
