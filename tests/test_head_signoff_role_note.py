"""A writer's sign-off under the text that prints the writer's role after the name, in
brackets or after a dash ("Minh Anh (PV)", "Hoàng Nam - PV", "Ana Gil (corresponsal)"):
the name is the writer's, the role no outlet nor part of the name. A role alone ("PV",
"Nhóm PV") names no writer.

Every text is invented for the tests.
"""
from __future__ import annotations

import datetime

import pytest

from headcases import HEADLINE, LEAD, MORE
from newsdossier.extract import extract

_TODAY = datetime.date(2026, 12, 1)


@pytest.mark.parametrize(("language", "signoff", "authors"), [
    ("vi", "Minh Anh (PV)", ["Minh Anh"]),
    ("vi", "Hoàng Nam - PV", ["Hoàng Nam"]),
    ("vi", "Thu Hằng (Phóng viên)", ["Thu Hằng"]),
    ("vi", "Ngọc Lan (CTV)", ["Ngọc Lan"]),
    ("es", "Ana Gil (corresponsal)", ["Ana Gil"]),
    ("fr", "Claire Martin (correspondante)", ["Claire Martin"]),
    # (must not change) a role alone, and a writer with a known agency
    ("vi", "PV", []),
    ("vi", "Nhóm PV", []),
    ("vi", "Minh Anh (TTXVN)", ["Minh Anh"]),
])
def test_a_signoff_with_the_writers_role(language, signoff, authors):
    text = "\n\n".join([HEADLINE[language], LEAD[language], MORE[language], signoff])
    x = extract(text, today=_TODAY)
    assert x.fields.get("authors", []) == authors
    assert x.fields.get("source", "") in ("", "Vietnam News Agency")
