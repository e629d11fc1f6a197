"""A date line closed by its byline whose byline word takes a colon ("11 de octubre de 2024
Por: Ana Torres", "October 11, 2024 By: John Smith"), as the same line without the colon
already is: the date is the page's, the name its writer; a desk's credit so printed ("Por:
Redacción Example") names the outlet, not a writer. Lines read before the change stay guards.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE, LEAD, MORE
from newsdossier.extract import extract


def _read(language: str, line: str):
    result = extract("\n\n".join([HEADLINE[language], line, LEAD[language], MORE[language]]))
    return result.fields["authors"], result.determined_date, result.fields["title"] == HEADLINE[language]


@pytest.mark.parametrize(("language", "line", "name", "day"), [
    ("es", "11 de octubre de 2024 Por: Ana Torres", "Ana Torres", "2024-10-11"),
    ("en", "October 11, 2024 By: John Smith", "John Smith", "2024-10-11"),
    ("fr", "11 octobre 2024 Par: Marie Dupont", "Marie Dupont", "2024-10-11"),
    ("es", "3 de marzo de 2021 Por : Luis Pérez Gómez", "Luis Pérez Gómez", "2021-03-03"),
    # guards: read before the change
    ("es", "11 de octubre de 2024 Por Ana Torres", "Ana Torres", "2024-10-11"),
    ("en", "October 11, 2024 By John Smith", "John Smith", "2024-10-11"),
])
def test_a_date_line_closed_by_a_colon_byline_gives_date_and_writer(language, line, name, day):
    assert _read(language, line) == ([name], day, True)


def test_a_desk_credit_after_the_colon_names_no_writer():
    result = extract("\n\n".join([HEADLINE["es"], "11 de octubre de 2024 Por: Redacción Example Diario", LEAD["es"], MORE["es"]]))
    assert (result.fields["authors"], result.determined_date) == ([], "2024-10-11")
