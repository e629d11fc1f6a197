"""A press release prints its place and date on a line of their own under its headline,
closed by a full stop ("Harbour Barracks, Dublin, 7th November 2013.", "Dakar, le 29 mai
2018."). The stop was read as a sentence's, the line as the lead, and the release had no date.
A sentence closing on a date ("The battalion was set up on 7 November 2013.") stays a sentence.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE, LEAD, MORE
from newsdossier.extract import extract

PLACE_DATE = {
    "en": ("Harbour Barracks, Dublin, 7th November 2013.", "2013-11-07"),
    "fr": ("Dakar, le 29 mai 2018.", "2018-05-29"),
    "es": ("Ciudad de México, 12 de marzo de 2019.", "2019-03-12"),
    "vi": ("Hà Nội, ngày 12 tháng 3 năm 2019.", "2019-03-12"),
}


@pytest.mark.parametrize("language", ["en", "fr", "es", "vi"])
def test_a_place_and_date_line_closed_by_a_stop_dates_the_release(language):
    line, day = PLACE_DATE[language]
    extraction = extract("\n\n".join([HEADLINE[language], line, LEAD[language], MORE[language]]))
    assert extraction.text_date[:2] == (day, "explicit")


SENTENCE = {
    "en": "The battalion was set up on 7 November 2013.",
    "fr": "Le bataillon a été créé le 29 mai 2018.",
    "es": "El batallón fue creado el 12 de marzo de 2019.",
    "vi": "Tiểu đoàn được thành lập ngày 12 tháng 3 năm 2019.",
}


@pytest.mark.parametrize("language", ["en", "fr", "es", "vi"])
def test_a_sentence_closing_on_a_date_is_no_date_line(language):
    # (must not change) a short sentence of the text under the headline closing on its date
    extraction = extract("\n\n".join([HEADLINE[language], SENTENCE[language], LEAD[language], MORE[language]]))
    assert extraction.text_date[1] != "explicit"


# the place and date line printing the weekday's name before the date, as a release often does
PLACE_WEEKDAY_DATE = {
    "en": ("Harbour Barracks, Dublin, Thursday 7 November 2013.", "2013-11-07"),
    "fr": ("Dakar, le mardi 29 mai 2018.", "2018-05-29"),
    "es": ("Ciudad de México, martes 12 de marzo de 2019.", "2019-03-12"),
    "vi": ("Hà Nội, thứ Ba, ngày 12/3/2019.", "2019-03-12"),
}


@pytest.mark.parametrize("language", ["en", "fr", "es", "vi"])
def test_a_place_and_date_line_with_its_weekday_closed_by_a_stop_dates_the_release(language):
    line, day = PLACE_WEEKDAY_DATE[language]
    extraction = extract("\n\n".join([HEADLINE[language], line, LEAD[language], MORE[language]]))
    assert extraction.text_date[:2] == (day, "explicit")


WEEKDAY_SENTENCE = {
    "en": "The battalion left the port on Thursday, 7 November 2013.",
    "fr": "Le bataillon a quitté le port le mardi 29 mai 2018.",
    "es": "El batallón dejó el puerto el martes, 12 de marzo de 2019.",
    "vi": "Tiểu đoàn rời cảng vào thứ Ba, ngày 12/3/2019.",
}


@pytest.mark.parametrize("language", ["en", "fr", "es", "vi"])
def test_a_sentence_closing_on_a_weekday_and_date_is_no_date_line(language):
    # (must not change)
    extraction = extract("\n\n".join([HEADLINE[language], WEEKDAY_SENTENCE[language], LEAD[language], MORE[language]]))
    assert extraction.text_date[1] != "explicit"
