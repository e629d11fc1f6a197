"""A place head word closing one phrase ("in Ituri province", "dans la province", "en el
departamento") and a person's name opening the next, after a comma, are two things: the head
names a place only with the words joined to it, before it or after it with no mark between
("Ituri province", "province of Ituri"); the name set off by a comma is the person's
(tests/corpus/README.md: people named in the article text). Every sentence is written for the
test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def _people(text: str) -> set[str]:
    return {e.name for e in extract(text).entities.values() if e.kind == "person"}


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The convoy was ambushed near Bunia in Ituri province, Mary Jones, a spokeswoman for the mission, said on Monday.",
                     {"Mary Jones"}, id="en-province-spokeswoman"),
        pytest.param("Two soldiers died in the attack in Ituri province, John Smith said on Tuesday.",
                     {"John Smith"}, id="en-province-said"),
        pytest.param("Rebels shelled a village in Upper Nile state, Peter Okello, the county commissioner, told reporters.",
                     {"Peter Okello"}, id="en-state-commissioner"),
        # a quotation closing after the head: its speaker
        pytest.param("\u201cWe will not accept more raids on patrols in Kasai province,\u201d Ndoko Tali, head of the mission, wrote on Twitter.",
                     {"Ndoko Tali"}, id="en-quote-closed-named-head"),
        pytest.param("\"Nobody is safe in the province,\" Ndoko Tali, the governor, wrote on Friday.",
                     {"Ndoko Tali"}, id="en-quote-closed-bare-head"),
        # a head with no name of its own, then a given name: a person all the same
        pytest.param("Three people died in the raid on the district, David Lomong said on Friday.",
                     {"David Lomong"}, id="en-bare-head-given-name"),
        pytest.param("Dos civiles murieron en el municipio, Carlos Obando, alcalde encargado, dijo el martes.",
                     {"Carlos Obando"}, id="es-bare-head-given-name"),
    ],
)
def test_name_after_comma_is_a_person(text, expected):
    assert _people(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # guards: the words joined to the head are the place, no person
        pytest.param("The patrol reached the province of Haut Uele on Monday.", set(), id="province-of-place"),
        pytest.param("The patrol reached Haut Uele province on Monday.", set(), id="place-province"),
    ],
)
def test_place_joined_to_head_is_no_person(text, expected):
    assert _people(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a colon, a bracket, quotation marks or a dash after a head open the place's own
        # name or a list of places; a comma after a head with no name of its own ("the
        # village,") opens its name in apposition
        pytest.param("Gunmen burned two villages: Ndoko Tali and Lembo, the mission said.", id="en-colon-list"),
        pytest.param("The convoy stopped outside the town (Kpala Mbete) for the night.", id="en-bracket"),
        pytest.param("The patrol camped in the county \u2013 Kuol Adeng \u2013 until dawn.", id="en-dash"),
        pytest.param("Les assaillants ont incendié deux villages : Ndoko Tali et Lembo.", id="fr-colon-list"),
        pytest.param("La patrouille a passé la nuit dans la localité \u00ab Kpala Mbete \u00bb avant de repartir.", id="fr-quotes"),
        pytest.param("The convoy reached the village, Kpala Mbete, shortly after noon.", id="en-comma-apposed"),
        pytest.param("Le convoi a atteint le village, Kpala Mbete, peu après midi.", id="fr-comma-apposed"),
        pytest.param("La patrulla llegó al pueblo, Kpala Mbete, poco después del mediodía.", id="es-comma-apposed"),
    ],
)
def test_place_set_off_after_head_is_no_person(text):
    assert _people(text) == set()
