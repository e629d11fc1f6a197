"""A writer's name and the page's full date on one line in the page's head, with no word
between them ("Jane Roe 4 June 2022", "Pierre Martin, 4 juin 2022"), as student and club
papers print them: the name, opened by a given name the vocabulary lists, is the author and
the day the printed date. A weekday, a site section or a place before the date is no writer.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE, LEAD, MORE
from newsdossier.extract import extract


@pytest.mark.parametrize(("language", "line", "writer", "day"), [
    ("en", "Sarah Whitcombe 4 June 2022", "Sarah Whitcombe", "2022-06-04"),
    ("en", "Peter Lindqvist, June 4, 2022", "Peter Lindqvist", "2022-06-04"),
    ("fr", "Pierre Martinot 4 juin 2022", "Pierre Martinot", "2022-06-04"),
    ("es", "Juan Pérez Ortega, 4 de junio de 2022", "Juan Pérez Ortega", "2022-06-04"),
])
def test_a_name_and_a_full_day_under_the_headline_are_writer_and_date(language, line, writer, day):
    result = extract("\n\n".join([HEADLINE[language], line, LEAD[language], MORE[language]]))
    assert (result.fields["authors"], result.determined_date, result.fields["title"]) == ([writer], day, HEADLINE[language])


@pytest.mark.parametrize(("language", "line"), [
    ("en", "Monday Evening 4 June 2022"),
    ("en", "World News 4 June 2022"),
    ("fr", "Bamako Ville 4 juin 2022"),
])
def test_no_given_name_before_the_day_makes_no_writer(language, line):
    result = extract("\n\n".join([HEADLINE[language], line, LEAD[language], MORE[language]]))
    assert result.fields["authors"] == []
