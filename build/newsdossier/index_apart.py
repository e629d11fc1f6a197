"""The search index of a built site, written by a process of its own (`python -m
newsdossier.index_apart`), for `mkdocs serve`.

Under `mkdocs serve` the index is written in the background while the next save is rebuilt.
search.index_site, beside running Pagefind, does work of its own in Python: it links each page of
a part of the index into a folder and removes that folder afterwards, tens of thousands of files
at 10,000 articles. Done by a thread of the server, that work takes the interpreter lock turn
about with the rebuild a researcher waits for, at a lower CPU priority, so the rebuild waits on
it; a process of its own has its own interpreter. The request is read as JSON from standard input:
{"site": folder, "glob": null | glob | [{"folder", "pages", "languages"} per part], "keep": [folder]}
(the arguments of search.index_site).

Exit status (one line on standard error for each but 0):
  0 OK: written.
  1 FAILED: search.index_site raised SearchIndexError (Pagefind failed, or the run was cancelled).
  2 UNREADABLE: the site folder could not be read or written (OSError: disk full, permissions).
  3 BAD_REQUEST: the request is not one `request_of` makes (ValueError): a bug of the caller.
  4 INTERNAL: any other exception, a bug: "internal error (Type: message)".
SIGTERM cancels the run (index_site's `cancel`): Pagefind is stopped and nothing of the new index
is left. The process runs in a session of its own (the server starts it so, to stop Pagefind with
it), so a server killed hard (SIGKILL) does not take it along: on Linux it asks for SIGTERM when
its parent dies (prctl PR_SET_PDEATHSIG); elsewhere it finishes its run on its own and exits.
"""
from __future__ import annotations

import json
import signal
import sys
import threading
from pathlib import Path
from typing import Iterable

from .search import IndexPart, SearchIndexError, index_site, one_line

OK = 0
FAILED = 1  # exit status of a failed or cancelled run (SearchIndexError)
UNREADABLE = 2  # exit status when the site folder could not be read or written (OSError)
BAD_REQUEST = 3  # exit status of a request of another shape (ValueError)
INTERNAL = 4  # exit status of any other exception (a bug)



class InternalError(Exception):
    """Raised by the server's side when the process ended with INTERNAL or BAD_REQUEST (a bug);
    the message is the process's last line ("internal error (Type: message)")."""


_PR_SET_PDEATHSIG = 1  # Linux prctl option: the signal sent to this process when its parent dies


def _stop_with_parent() -> None:
    """On Linux, ask for SIGTERM (a cancel) when the parent process dies; elsewhere, or if libc
    cannot be reached, nothing (the run then ends on its own)."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, int(signal.SIGTERM), 0, 0, 0)
    except (OSError, AttributeError):
        pass


def request_of(site_dir: Path, glob: list[IndexPart] | str | None, keep: Iterable[str] = ()) -> str:
    """The JSON request for a run over `site_dir` reading `glob`, keeping the parts `keep`
    (search.index_site's arguments)."""
    parts = [{"folder": p.folder, "pages": list(p.pages), "languages": list(p.languages)} for p in glob] if isinstance(glob, list) else glob
    return json.dumps({"site": str(site_dir), "glob": parts, "keep": sorted(keep)})


def parse_request(text: str) -> tuple[Path, list[IndexPart] | str | None, tuple[str, ...]]:
    """(site folder, glob, parts kept) of a request made by `request_of`. Raises ValueError (json's, or
    KeyError/TypeError turned into it) for a request of another shape."""
    try:
        request = json.loads(text)
        glob = request["glob"]
        if isinstance(glob, list):
            glob = [IndexPart(str(p["folder"]), tuple(p["pages"]), tuple(p["languages"])) for p in glob]
        elif glob is not None and not isinstance(glob, str):
            raise TypeError(f"glob is a {type(glob).__name__}")
        keep = tuple(str(folder) for folder in request.get("keep", ()))
        return Path(request["site"]), glob, keep
    except (KeyError, TypeError) as error:
        raise ValueError(f"not an index request: {error}") from None


def main() -> int:
    """Read a request (JSON, `request_of`) from standard input and run search.index_site on it.
    Returns the exit status (module docstring: OK, FAILED, UNREADABLE, BAD_REQUEST, INTERNAL);
    for each but OK, one line on standard error naming the problem. Never raises."""
    cancel = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: cancel.set())
    _stop_with_parent()
    try:
        site_dir, glob, keep = parse_request(sys.stdin.read())
    except ValueError as error:
        print(f"bad request ({error})", file=sys.stderr)
        return BAD_REQUEST
    try:
        index_site(site_dir, cancel=cancel, glob=glob, keep=keep)
    except SearchIndexError as error:
        print(one_line(str(error)), file=sys.stderr)
        return FAILED
    except OSError as error:
        print(one_line(str(error)), file=sys.stderr)
        return UNREADABLE
    except Exception as error:  # a bug: one line, for the server to log as one to report
        print(one_line(f"internal error ({type(error).__name__}: {error})"), file=sys.stderr)
        return INTERNAL
    return OK


if __name__ == "__main__":
    sys.exit(main())
