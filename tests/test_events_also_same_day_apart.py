"""Events: a happening marked by a word of addition ("were also attacked on Sunday", "ont
également été attaqués dimanche", "también fueron atacados el domingo") on the day of one
told before, at a place within the first one's country, is another happening, not a later
telling of the first; more of the first told so ("also wounded in the blast") is still one.
Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import article_events

ANCHOR = PartialDate(2023, 9, 17)  # a Sunday


@pytest.mark.parametrize(
    "language, sentences",
    [
        pytest.param("fr", ["Un soldat a été tué dimanche par une mine dans le nord du Mali, a indiqué l'armée.",
                            "Des soldats ont également été attaqués dimanche près de Bandiagara par des hommes armés."], id="fr"),
        pytest.param("en", ["A soldier was killed on Sunday by a mine in northern Mali, the army said.",
                            "Soldiers were also attacked on Sunday near Bandiagara by gunmen."], id="en"),
        pytest.param("es", ["Un soldado murió el domingo por una mina en el norte de Malí, informó el ejército.",
                            "Otros soldados también fueron atacados el domingo cerca de Bandiagara."], id="es"),
    ],
)
def test_an_added_happening_of_the_same_day_is_another(language, sentences):
    dates = [e.date for e in article_events(sentences, language, ANCHOR)]
    assert dates.count("2023-09-17") == 2


@pytest.mark.parametrize(
    "language, sentences",
    [
        pytest.param("fr", ["Un soldat a été tué dimanche par une mine dans le nord du Mali, a indiqué l'armée.",
                            "Deux autres soldats ont également été blessés dans l'explosion dimanche."], id="fr-named-again"),
        pytest.param("en", ["A soldier was killed on Sunday by a mine in northern Mali, the army said.",
                            "Two other soldiers were also wounded in the blast on Sunday."], id="en-named-again"),
    ],
)
def test_more_of_the_same_happening_stays_one(language, sentences):
    dates = [e.date for e in article_events(sentences, language, ANCHOR)]
    assert dates.count("2023-09-17") == 1


@pytest.mark.parametrize(
    "language, sentences",
    [
        pytest.param("en", ["A peacekeeper was killed on Sunday when a mine hit his vehicle, the mission said.",
                            "Two other peacekeepers were also wounded on Sunday near Kidal."], id="en-first-placeless"),
        pytest.param("fr", ["Un casque bleu a été tué dimanche, a indiqué la mission.",
                            "Deux autres casques bleus ont également été blessés dimanche près de Kidal."], id="fr-first-placeless"),
        pytest.param("es", ["Un casco azul murió el domingo al pisar una mina, informó la misión.",
                            "Otros dos cascos azules también resultaron heridos el domingo cerca de Kidal."], id="es-first-placeless"),
    ],
)
def test_a_place_given_only_with_the_addition_is_not_another_place(language, sentences):
    """The first telling names no place: the place told with "also" is the first happening's
    too, not a place apart from it."""
    dates = [e.date for e in article_events(sentences, language, ANCHOR)]
    assert dates.count("2023-09-17") == 1
