"""The extractor fingerprint covers every module of the package that extraction runs: a change
to any of them re-extracts the seeds instead of trusting output of older code."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

import newsdossier

PACKAGE = Path(newsdossier.__file__).parent


def _imported(module: str) -> set[str]:
    """The package's own modules (file names) `module` imports, directly and through them."""
    seen: set[str] = set()
    todo = [module]
    while todo:
        name = todo.pop()
        if name in seen or not (PACKAGE / name).is_file():
            continue
        seen.add(name)
        for node in ast.walk(ast.parse((PACKAGE / name).read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module:
                todo.append(node.module.split(".")[0] + ".py")
    return seen


@pytest.mark.parametrize("module", ["extract.py", "events.py", "entities.py", "segment.py"])
def test_every_module_extraction_imports_is_fingerprinted(module):
    # store.py reads and writes files: how output is kept, not what extraction finds
    missing = sorted(_imported(module) - set(newsdossier._EXTRACTION_SOURCES) - {"store.py"})
    assert missing == [], missing
