"""A newsletter's name in the languages that put the head word first ("Bản tin sáng", "Resumen
semanal", "Revue de presse du jour") printed where a byline stands names the page's regular
feature, as "Daily Briefing" does in English: no writer. A writer's name beside such a
name is still the writer's.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE, LEAD, MORE
from newsdossier.extract import extract

_DATE = {"en": "12 May 2024", "fr": "12 mai 2024", "es": "12 de mayo de 2024", "vi": "12/05/2024"}


def _page(language: str, line: str) -> str:
    return "\n".join([line, _DATE[language], HEADLINE[language], LEAD[language], MORE[language]])


@pytest.mark.parametrize(("language", "line"), [
    ("vi", "Bản Tin Sáng"),
    ("vi", "Điểm Tin Quốc Tế"),
    ("es", "Resumen Semanal"),
    ("fr", "Revue De Presse Du Jour"),
])
def test_a_newsletter_name_head_first_is_no_writer(language, line):
    assert extract(_page(language, line)).fields["authors"] == []


@pytest.mark.parametrize(("language", "line", "writer"), [
    ("en", "By Jane Doe, Daily Briefing", "Jane Doe"),
    ("es", "Por Ana Ruiz, Resumen Semanal", "Ana Ruiz"),
])
def test_a_writer_beside_a_newsletter_name_is_kept(language, line, writer):
    assert extract(_page(language, line)).fields["authors"] == [writer]
