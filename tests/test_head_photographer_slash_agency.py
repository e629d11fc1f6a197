"""A picture's credit in the form news agencies print it, alone on its line under the headline:
the photographer's first name capitalised, the surname in capitals, a slash and the agency
("Fabrice COFFRINI / AFP"). It credits the picture, not the story: no writer, no source. A
writer's byline that writes the surname as the first name ("Jane Roe / AFP"), or that a
byline word opens ("Por Ana PÉREZ / EFE"), still credits the writer and the agency. Every name here is invented for the tests."""
from __future__ import annotations

import pytest

from headcases import HEADLINE, LEAD, MORE
from newsdossier.extract import extract


def _page(language: str, line: str) -> str:
    return "\n\n".join([HEADLINE[language], line, LEAD[language], MORE[language]])


@pytest.mark.parametrize("language, line", [
    pytest.param("es", "Ana María PÉREZ / EFE", id="es-efe"),
    pytest.param("fr", "Jean-Marc DUPONT / AFP", id="fr-afp-hyphenated"),
    pytest.param("en", "Jane ROE / Reuters", id="en-reuters"),
    pytest.param("es", "Luis GARCÍA/AFP", id="es-no-spaces"),
])
def test_a_photographer_credit_is_no_byline(language, line):
    fields = extract(_page(language, line)).fields
    assert (fields["source"] or "", fields["authors"]) == ("", [])


@pytest.mark.parametrize("language, line, author, source", [
    pytest.param("en", "Jane Roe / AFP", "Jane Roe", "Agence France-Presse", id="en-writer-slash-agency"),
    pytest.param("fr", "Jean Dupont / Reuters", "Jean Dupont", "Reuters", id="fr-writer-slash-agency"),
    pytest.param("es", "Por Ana PÉREZ / EFE", "Ana PÉREZ", "Agencia EFE", id="es-byline-word-then-capitals"),
    pytest.param("fr", "Par Jean DUPONT / AFP", "Jean DUPONT", "Agence France-Presse", id="fr-byline-word-then-capitals"),
    pytest.param("en", "By Jane ROE / Reuters", "Jane ROE", "Reuters", id="en-byline-word-then-capitals"),
])
def test_a_writer_slash_agency_stays_a_byline(language, line, author, source):
    fields = extract(_page(language, line)).fields
    assert (fields["source"], fields["authors"]) == (source, [author])


def test_a_long_line_in_capitals_is_read_at_once():
    """A line of capitals after a capitalised word and no slash ("Mali PEACEKEEPERS LEAVE ...")
    is no picture's credit, read without trying every way to split its capitals."""
    import time

    from newsdossier.segment import photographer_slash_agency
    line = "Mali PEACEKEEPERS LEAVE THE NORTHERN DESERT BASE AFTER TEN YEARS OF DUTY IN GAO"
    start = time.perf_counter()
    assert not photographer_slash_agency(line)
    assert time.perf_counter() - start < 0.5
