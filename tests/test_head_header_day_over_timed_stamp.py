"""A site's header printing the day the page was seen ("Tuesday Mar 4, 2025"), then, right under
it and before any headline, the article's own stamp with its clock time ("Monday, 12 April 2021
00:15"): the stamp dates the article, the header's day is the site's clock. Main kept the first
date line and threw the stamp away, so a story of 2021 was dated 2025. A stamp later than the
header's day, or two bare days with no clock time, are read as before (the first one stays).

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE, LEAD, MORE
from newsdossier.extract import extract

HEADER = {"en": "Tuesday Mar 4, 2025", "fr": "Mardi 4 mars 2025", "es": "Martes, 4 de marzo de 2025"}
STAMP = {"en": ("Monday, 12 April 2021 00:15", "2021-04-12"), "fr": ("Lundi 12 avril 2021 à 10h15", "2021-04-12"),
         "es": ("Lunes, 12 de abril de 2021 10:15", "2021-04-12")}
BYLINE = {"en": "By Jane Roe", "fr": "Par Jean Dupont", "es": "Por Ana Gómez"}


@pytest.mark.parametrize("language", list(HEADER))
@pytest.mark.parametrize("tail", ["", " - - 214"])
def test_timed_stamp_under_the_header_day_dates_the_article(language, tail):
    stamp, day = STAMP[language]
    text = "\n".join([HEADER[language], stamp + tail, BYLINE[language], LEAD[language], "", MORE[language]])
    extraction = extract(text)
    assert extraction.fields["date"] == day
    assert extraction.determined_date == day


@pytest.mark.parametrize(("first", "second", "day"), [
    # (must not change) a stamp after the header's day, and two bare days: the first stays
    pytest.param("Monday, 12 April 2021", "Tuesday Mar 4, 2025 10:15", "2021-04-12", id="later-stamp"),
    pytest.param("Tuesday Mar 4, 2025", "Monday, 12 April 2021", "2025-03-04", id="no-clock"),
])
def test_other_pairs_keep_the_first(first, second, day):
    text = "\n".join([first, second, BYLINE["en"], LEAD["en"], "", MORE["en"]])
    assert extract(text).fields["date"] == day


@pytest.mark.parametrize(("first", "second", "language"), [
    # (must not change) a first date line that labels itself the publication's day is the
    # article's own stamp, no site clock: an earlier timed line under it (another story's,
    # a ticker's) does not replace it
    pytest.param("Published Tuesday Mar 4, 2025", "Monday, 3 March 2025 18:15", "en", id="en"),
    pytest.param("Publié le mardi 4 mars 2025", "Lundi 3 mars 2025 à 18h15", "fr", id="fr"),
    pytest.param("Publicado el martes, 4 de marzo de 2025", "Lunes, 3 de marzo de 2025 18:15", "es", id="es"),
])
def test_labelled_publication_day_is_no_header(first, second, language):
    text = "\n".join([first, second, HEADLINE[language], BYLINE[language], LEAD[language], "", MORE[language]])
    assert extract(text).fields["date"] == "2025-03-04"
