"""A day printed with its year after a since-word ("missing since the sinking of May 8, 2017",
"depuis le naufrage du 8 mai 2017", "desde el naufragio del 7 de mayo de 2017") a day or
three before the article's own day printed without a year pins that year: a story begun a
few days before is no long story (vocabulary history_year_words), and the text gives the
same days a full date. A since-day on the same day and month is an anniversary's (the year
stays open), as before. Every sentence is written for these tests."""
from __future__ import annotations

import datetime

import pytest

from newsdossier.extract import extract

TODAY = datetime.date(2026, 12, 1)


def dates(text: str) -> tuple[str, str]:
    extraction = extract(text, today=TODAY)
    return extraction.fields["date"], extraction.determined_date


@pytest.mark.parametrize(
    ("text", "date"),
    [
        pytest.param("Marins disparus\n\nDeux marins sont portés disparus depuis le naufrage du 8 mai 2017 au large du port, "
                     "a indiqué ce 9 mai la capitainerie.\n\nLes recherches continuent.",
                     "2017-05-09", id="fr-depuis"),
        pytest.param("Sailors missing\n\nPORTLAND, May 9 - Two sailors have been missing since the sinking of May 8, 2017 "
                     "off the harbour, the coast guard said.\n\nThe search goes on.",
                     "2017-05-09", id="en-since"),
        pytest.param("Marineros desaparecidos\n\nVALPARAÍSO, 9 may - Dos marineros siguen desaparecidos desde el naufragio del "
                     "7 de mayo de 2017 frente al puerto, informó la Armada.\n\nLa búsqueda continúa.",
                     "2017-05-09", id="es-desde"),
    ],
)
def test_a_since_day_just_before_the_articles_day_pins_its_year(text, date):
    assert dates(text) == (date, date)


def test_a_since_day_on_the_same_day_and_month_is_an_anniversary():
    # (must not change) the club's founding day comes back every year: no year for the regatta
    text = ("Regatta held\n\nPORTLAND, March 3 - The harbour club, open since March 3, 1964, held its regatta off the "
            "old pier, its chairman said.\n\nForty boats took part.")
    assert dates(text)[1] == "XXXX-03-03"
