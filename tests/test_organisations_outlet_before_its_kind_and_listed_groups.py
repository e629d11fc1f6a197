"""Bodies missed in fresh articles on peacekeeping: an outlet the reference does not know,
named as the source of what the sentence reports before the noun of its kind ("Khabarhub news
agency reported") or closing the sentence after a word of reporting (", reports The Rising
Nepal."); Sierra Leone's rebels by their acronym (RUF) and Hezbollah in a Spanish spelling
("Hizbolá"). Every sentence is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def organisations(text: str) -> dict[str, str]:
    """id -> name of the organisations an article of this text holds."""
    return {f.id: f.name for f in extract(text).entities.values() if f.kind == "organisation"}


@pytest.mark.parametrize(
    "text, name",
    [
        pytest.param("The peacekeepers left for Juba on Friday, Dhulikhel news agency reported.", "Dhulikhel", id="en-news-agency"),
        pytest.param("The Kathmandu Courier newspaper reported that 110 soldiers left on Sunday.",
                     "The Kathmandu Courier", id="en-newspaper"),
        pytest.param("The battalion came first among the ten contingents, reports The Rising Nepal.",
                     "The Rising Nepal", id="en-reports-closing"),
        pytest.param("Troops left Wau on Monday, reported The Kapoeta Mirror.", "The Kapoeta Mirror", id="en-reported-closing"),
        pytest.param("The company ranked first among the contingents deployed there reports The Himalayan Mirror.",
                     "The Himalayan Mirror", id="en-reports-closing-no-comma"),
    ],
)
def test_an_unknown_outlet_named_as_the_source(text, name):
    assert name in organisations(text).values()


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The battalion has been praised, reports the local council.", id="en-lowercase"),
        pytest.param("The contingent left on Friday, Reuters news agency reported.", id="en-known-agency"),
    ],
)
def test_no_outlet_of_common_words_or_a_known_one_twice(text):
    assert all(not name.lower().startswith(("the local", "reuters news")) for name in organisations(text).values())


@pytest.mark.parametrize(
    "text, body",
    [
        pytest.param("The rebels of Sierra Leone (RUF) took the peacekeepers hostage near Makeni.", "revolutionary-united-front", id="en-ruf"),
        pytest.param("Le RUF a libéré les casques bleus retenus près de Makeni.", "revolutionary-united-front", id="fr-ruf"),
        pytest.param("Las milicias de Hizbolá y el Ejército israelí mantienen un frágil alto el fuego.", "hezbollah", id="es-hizbola"),
    ],
)
def test_listed_groups_in_their_press_forms(text, body):
    assert body in organisations(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Le Sénégal a acté lundi la dissolution de son dernier détachement, a constaté l'APS.", id="fr-a-constate"),
        pytest.param("Les derniers casques bleus sont rentrés à Dakar, ont constaté l'APS et la RTS.", id="fr-ont-constate"),
    ],
)
def test_a_national_agency_that_saw_it_in_its_own_language(text):
    assert "agence-de-presse-senegalaise" in organisations(text)
