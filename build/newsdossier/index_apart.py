"""The search index of a built site, written by a process of its own (`python -m
newsdossier.index_apart`), for `mkdocs serve`.

Under `mkdocs serve` the index is written in the background while the next save is rebuilt.
search.index_site, beside running Pagefind, does work of its own in Python: it links each page of
a part of the index into a folder and removes that folder afterwards, tens of thousands of files
at 10,000 articles. Done by a thread of the server, that work takes the interpreter lock turn
about with the rebuild a researcher waits for, at a lower CPU priority, so the rebuild waits on
it; a process of its own has its own interpreter. The request is read as JSON from standard input:
{"site": folder, "glob": null | glob | [{"folder", "pages", "languages"} per part], "keep": [folder]}
(the arguments of search.index_site). Exit status 0: written; 1: search.index_site raised SearchIndexError (its
message on standard error); 2: the site folder could not be read or written (OSError, the
message on standard error). SIGTERM cancels the run (index_site's `cancel`): Pagefind is
stopped and nothing of the new index is left.
"""
from __future__ import annotations

import json
import signal
import sys
import threading
from pathlib import Path
from typing import Iterable

from .search import IndexPart, SearchIndexError, index_site

CANCELLED = 1  # exit status of a failed or cancelled run (SearchIndexError)
UNREADABLE = 2  # exit status when the site folder could not be read or written (OSError)


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
    cancel = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: cancel.set())
    try:
        site_dir, glob, keep = parse_request(sys.stdin.read())
        index_site(site_dir, cancel=cancel, glob=glob, keep=keep)
    except (SearchIndexError, ValueError) as error:
        print(error, file=sys.stderr)
        return CANCELLED
    except OSError as error:
        print(error, file=sys.stderr)
        return UNREADABLE
    return 0


if __name__ == "__main__":
    sys.exit(main())
