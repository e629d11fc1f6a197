"""A headline closed by a day printed without its year after a dash or a colon and a word
linking them ("Harbour Day - on June 12", "Fête du port : le 12 juin", "Día del puerto - el
12 de junio"), with the page's full date line right under it, is the title, as the same
headline without the linking word is; the date line under it is the page's date
(newsdossier.segment). The link words are vocabulary "headline_day_links"; the headline's text
before the day is read without its trailing spaces, so the word need not be followed by one.
Every line is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.segment import segment

LEAD = "Boats of the harbour paraded along the quay for the yearly feast of the port. The mayor thanked the crews."
SECOND = "A second paragraph follows the first one. It ends here."


@pytest.mark.parametrize(("headline", "date_line"), [
    pytest.param("Fête des marins du port : le 12 juin", "13 juin 2022", id="fr-colon-le"),
    pytest.param("Fête des marins du port - le 12 juin", "13 juin 2022", id="fr-dash-le"),
    pytest.param("Journée des bateliers du fleuve, le 3 mai", "4 mai 2022", id="fr-comma-le"),
    pytest.param("Harbour Sailors Day - on June 12", "June 13, 2022", id="en-dash-on"),
    pytest.param("Harbour Sailors Day: the 12th of June", "June 13, 2022", id="en-colon-the"),
])
def test_a_headline_closed_by_a_linked_day_over_the_date_line(headline, date_line):
    layout = segment("\n".join([headline, date_line, LEAD, SECOND]))
    assert (layout.title, layout.metadata.get("date")) == (headline, date_line)


@pytest.mark.parametrize(("headline", "date_line"), [
    # (must not change) read so before the change: a headline without a link word, and one
    # whose link word the day's own mention takes in ("el 12 de junio")
    pytest.param("Fête des marins du port : 12 juin", "13 juin 2022", id="fr-bare"),
    pytest.param("Fiesta de los marineros del puerto - el 12 de junio", "13 de junio de 2022", id="es-el"),
])
def test_the_headlines_read_so_before(headline, date_line):
    layout = segment("\n".join([headline, date_line, LEAD, SECOND]))
    assert (layout.title, layout.metadata.get("date")) == (headline, date_line)


def test_a_word_only_beginning_like_a_link_is_no_link():
    # "Theodore" is no "the": the headline's text is not cut before it
    from newsdossier.segment import _headline_day_gap
    assert _headline_day_gap().sub("", "Harbour Sailors Day - Theodore") == "Harbour Sailors Day - Theodore"
