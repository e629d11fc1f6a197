"""Two writers' names joined by a spaced dash are two authors, but what stands after the dash
may be no person: an outlet's name the reference does not know ("Harbour Gazette", "Báo Bình
Minh"), a role ("Phóng Viên", reporter) or a site's section ("Foreign Desk") keep the dash as
theirs and add no second writer. A Vietnamese name whose word folds to a newspaper's word
("Quốc Bảo", "báo") is still a writer.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE, LEAD, MORE
from newsdossier.extract import extract


def _page(language: str, *tail: str) -> str:
    return "\n\n".join([HEADLINE[language], LEAD[language], MORE[language], *tail])


@pytest.mark.parametrize(("language", "credit", "not_a_writer"), [
    ("en", "By Jane Roe – Harbour Gazette", "Harbour Gazette"),
    ("en", "By Jane Roe – Foreign Desk", "Foreign Desk"),
    ("vi", "Tác giả: Nguyễn An – Phóng Viên", "Phóng Viên"),
    ("vi", "Tác giả: Lan Anh – Báo Bình Minh", "Báo Bình Minh"),
    ("fr", "Par Jean Dupont – Le Courrier Du Fleuve", "Le Courrier Du Fleuve"),
])
def test_what_follows_the_dash_is_no_second_writer(language, credit, not_a_writer):
    assert not_a_writer not in extract(_page(language, credit)).fields["authors"]


@pytest.mark.parametrize(("language", "credit", "authors"), [
    ("vi", "Tác giả: Minh Anh – Quốc Bảo", ["Minh Anh", "Quốc Bảo"]),
    ("es", "Por Ana Gómez — Luis Ortega", ["Ana Gómez", "Luis Ortega"]),
])
def test_two_names_are_still_two_writers(language, credit, authors):
    assert extract(_page(language, credit)).fields["authors"] == authors
