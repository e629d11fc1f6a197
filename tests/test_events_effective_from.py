"""Events: a date after "à partir du", "a partir del", "with effect from" opens the span a
provision holds for ("qu'à partir du 1er mars, les effectifs devront être réduits"): the
bound of a span, no day of a happening, as "since" and "as of" are. Every sentence here is
written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2019, 4, 14)


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Outre la prolongation du mandat, le texte prévoit qu'à partir du 1er mars 2020, les effectifs "
                     "devront être réduits de 200 hommes.", "fr", id="fr"),
        pytest.param("Además de la prórroga del mandato, el texto prevé que a partir del 1 de marzo de 2020 los "
                     "efectivos deberán reducirse en 200 hombres.", "es", id="es"),
        pytest.param("Besides the extension of the mandate, the text provides that with effect from 1 March 2020 the "
                     "ceiling must be cut by 200 troops.", "en", id="en"),
    ],
)
def test_the_start_of_a_provision_is_no_happening(sentence, language):
    assert "2020-03-01" not in [e.date for e in body_events(sentence, language, ANCHOR)]


# French elides "de" before a vowel: "à partir d'avril", "à compter d'octobre" open a span as
# "à partir de mai" does, the apostrophe running into the month's name.
@pytest.mark.parametrize(
    "sentence, language, date",
    [
        pytest.param("A partir d'avril 2018, la brigade a été renforcée peu à peu par des soldats venus d'Europe.", "fr",
                     "2018-04", id="fr-a-partir-d-avril"),
        pytest.param("À compter d’octobre 2020, les patrouilles de nuit ont été réduites de moitié.", "fr",
                     "2020-10", id="fr-a-compter-d-octobre"),
    ],
)
def test_an_elided_span_opener_is_no_happening(sentence, language, date):
    assert date not in [e.date for e in body_events(sentence, language, ANCHOR)]


@pytest.mark.parametrize(
    "sentence, language, date",
    [
        # near misses: "d'" of a place, or a day printed alone, tells a happening's day
        pytest.param("Le contingent est parti d'Abidjan le 3 avril 2018 pour rejoindre Bangui.", "fr", "2018-04-03",
                     id="fr-parti-d-abidjan"),
        pytest.param("Le 2 avril 2018, la brigade a été renforcée par des soldats venus d'Europe.", "fr", "2018-04-02",
                     id="fr-day-alone"),
    ],
)
def test_a_day_beside_an_elided_word_stays_a_happening(sentence, language, date):
    assert date in [e.date for e in body_events(sentence, language, ANCHOR)]
