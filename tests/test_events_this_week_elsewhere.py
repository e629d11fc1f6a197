"""Events: a day the text puts in the article's own week ("ce dimanche 21 juillet", "este
domingo 21 de julio", "this Sunday, July 21") that lies weeks away from the article's day is
another story's (a teaser left at the foot of the page), no happening of the article. Such a
day near the article's day, and a day printed without "this", stay happenings. In EN, FR, ES.
Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import article_events

ANCHOR = PartialDate(2019, 1, 20)  # a Sunday
LEAD = {"en": "Two peacekeepers were killed on Saturday when their convoy hit a mine near Gao.",
        "fr": "Deux casques bleus ont été tués samedi lorsque leur convoi a sauté sur une mine près de Gao.",
        "es": "Dos cascos azules murieron el sábado cuando su convoy pisó una mina cerca de Gao."}


def dates_of(sentence: str, language: str) -> list[str]:
    return [e.date for e in article_events([LEAD[language], sentence], language, ANCHOR)]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("La coureuse de l'équipe locale a franchi la ligne d'arrivée à Lyon ce dimanche 21 juillet.", "fr", id="fr-ce-dimanche"),
        pytest.param("La corredora del equipo local cruzó la línea de llegada en Lyon este domingo 21 de julio.", "es", id="es-este-domingo"),
        pytest.param("The rider of the local team crossed the finish line in Lyon this Sunday, July 21.", "en", id="en-this-sunday"),
    ],
)
def test_a_day_of_this_week_far_from_the_article_is_no_happening(sentence, language):
    assert dates_of(sentence, language) == ["2019-01-19"]


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("Les renforts sont arrivés à Gao ce mercredi 16 janvier.", "fr", ["2019-01-19", "2019-01-16"], id="fr-this-week-near"),
        pytest.param("Les renforts sont arrivés à Gao le dimanche 21 juillet 2018.", "fr", ["2019-01-19", "2018-07-21"], id="fr-no-this-word"),
    ],
)
def test_a_near_day_or_one_without_this_stays(sentence, language, expected):
    assert dates_of(sentence, language) == expected
